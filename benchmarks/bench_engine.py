"""Engine throughput on one core: 1,000-word statements against a 25-criterion role.

Prints statements/s for the whole engine (median of RUNS runs, in CPU time), the time split by
stage, and, in the same run on the same statements, the bare ``spacy.blank("en")`` tokenizer's
throughput (the floor cost of reading the words) and spaCy's trained small English pipeline
over each whole statement (tagger, parser, lemmatizer; NER excluded), the alternative the
engine's claim reader avoids by parsing only the sentences that carry a checkable fact. All start
cold in every run (a fresh tokenizer, a fresh engine, a freshly loaded pipeline), so none profits
from caches another lacks, and all run with the garbage collector settled as ``get_engine()``
leaves it. Run with ``make bench`` or ``python benchmarks/bench_engine.py [--statements N]
[--runs N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import time
from collections import defaultdict

import spacy

from criteria.spec import Criterion, RoleSpec
from matching.claims import load_trained_pipeline
from matching.engine import Engine, aggregate, settle_heap
from matching.pipeline import parse

REFERENCE_DATE = dt.date(2026, 11, 22)
# CPU time of this process: what one core spends on the work, whatever else the machine runs
# (wall-clock time also counts the time other processes hold the core, and moved by +-25% here).
clock = time.process_time
TARGET_WORDS = 1000

# Sentence templates a real statement is made of; slots are filled at random.
TEMPLATES = [
    "I qualified as {a_profession} in {month} {year} and have worked in {setting} since {year2}.",
    "I am registered with the {body} ({number}) and I keep my CPD portfolio up to date.",
    "In my current role I {verb} {thing} for {people}, which {outcome}.",
    "When {situation}, I {verb} {thing}; I {verb2} {thing2} and {outcome}.",
    "I have {duration} of experience in {setting}, mostly with {people}.",
    "{month} {year} – {end}: {job}, {employer}.",
    "I have a good understanding of {law} and apply it in my day-to-day practice.",
    "I hold a full UK driving licence and have access to a car for work.",
    "My manager is {a_role} and has supported me to develop my practice.",
    "I would be keen to train as {a_role} in the future.",
    "I work closely with {partners} to make sure people get the right support at the right time.",
    "I am confident using {system} and I keep my case records accurate and up to date.",
    "Last year I {verb} {thing} for a {person} with {condition}, and {outcome}.",
    "I enjoy working as part of a team and I value reflective supervision.",
    "I completed my {qualification} at {university} in {year}.",
    "I speak {welsh} Welsh and offer people the choice of language.",
    "I am not currently {a_role}, but I am interested in the training.",
    "During the pandemic I {verb} {thing} and {outcome}.",
]
SLOTS: dict[str, list[str]] = {
    "a_profession": ["an occupational therapist", "a social worker", "an OT"],
    "month": ["January", "March", "June", "September", "Sept", "Nov"],
    "year": [str(y) for y in range(2008, 2024)],
    "year2": [str(y) for y in range(2010, 2025)],
    "end": ["present", "March 2021", "to date", "Feb 2020"],
    "setting": [
        "a community OT team",
        "hospital discharge",
        "a reablement service",
        "adult social care",
        "a community mental health team",
    ],
    "body": ["HCPC", "Health and Care Professions Council", "Social Work England"],
    "number": ["OT40517", "OT12345", "SW104532"],
    "verb": ["led", "completed", "assessed", "arranged", "coordinated", "reviewed"],
    "verb2": ["liaised with", "recommended", "set up", "agreed"],
    "thing": [
        "a section 42 enquiry",
        "a Care Act assessment",
        "a moving and handling assessment",
        "a DFG referral",
        "a capacity assessment under the MCA",
        "a multi-disciplinary meeting",
        "a carer's assessment",
    ],
    "thing2": ["the GP", "a through-floor lift", "a strategy meeting", "the housing association"],
    "people": ["older people", "adults with learning disabilities", "people living with dementia"],
    "person": ["man", "woman", "young person", "carer"],
    "condition": ["dementia", "MND", "a learning disability", "a stroke", "Parkinson's"],
    "outcome": [
        "the risk was reduced",
        "she now lives independently at home",
        "he was discharged safely within two days",
        "the family thanked the team",
        "the waiting list fell by a third",
    ],
    "situation": [
        "a neighbour raised a concern about financial abuse",
        "a carer was close to breakdown",
        "a hospital discharge was delayed",
    ],
    "duration": ["three years", "over ten years", "18 months", "5 yrs", "nearly four years"],
    "job": ["Community OT", "Senior Social Worker", "Rehabilitation OT", "Care Officer"],
    "employer": ["Northshire County Council", "Royal Infirmary", "Hillside Adults Team"],
    "law": ["the Care Act 2014", "the Mental Capacity Act", "the Mental Health Act"],
    "a_role": ["an AMHP", "a Best Interests Assessor", "a Practice Educator", "a BIA"],
    "partners": ["district nurses", "GPs", "housing providers", "the police and health partners"],
    "system": ["Mosaic", "Microsoft Office", "Liquidlogic", "WCCIS"],
    "qualification": ["BSc (Hons) Occupational Therapy", "MA Social Work", "DipCOT"],
    "university": ["Cardiff University", "the University of Derby", "Bangor University"],
    "welsh": ["conversational", "fluent", "some"],
}


# Real statements use about 480 distinct words per 1,000 (measured on the seed documents); the
# templates alone give about 240. Clauses of everyday English words, drawn with a Zipf-like
# distribution from spacy-lookups-data's lemma list, bring the vocabulary up to that.
CLAUSES = [
    ", which meant {w} {w} and {w} for the {w}",
    " ({w}, {w} and {w})",
    ", including {w} {w}, {w} and {w}",
    " so that the {w} could {w} with {w}",
    ", and I {w} the {w} {w}",
    ' - "{w} {w}" - as the {w} put it',
]
CLAUSE_RATE = 1.0


def word_pool() -> list[str]:
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    words = sorted({w for w in table.values() if w.isalpha() and w.islower() and 3 <= len(w) <= 12})
    random.Random(7).shuffle(words)
    return words


def make_statement(rng: random.Random, pool: list[str], weights: list[float]) -> str:
    sentences: list[str] = []
    words = 0
    while words < TARGET_WORDS:
        template = rng.choice(TEMPLATES)
        sentence = template.format(**{k: rng.choice(v) for k, v in SLOTS.items()})
        if rng.random() < CLAUSE_RATE:
            clause = rng.choice(CLAUSES)
            filler = rng.choices(pool, weights=weights, k=clause.count("{w}"))
            sentence = sentence[:-1] + clause.replace("{w}", "{}").format(*filler) + sentence[-1]
        sentences.append(sentence)
        words += len(sentence.split())
        if rng.random() < 0.15:
            sentences.append("\n")
    return " ".join(sentences)


def make_statements(count: int, seed: int = 20261122) -> list[str]:
    pool = word_pool()
    weights = [1 / (rank + 40) for rank in range(len(pool))]
    rng = random.Random(seed)
    return [make_statement(rng, pool, weights) for _ in range(count)]


def make_role() -> RoleSpec:
    rules: list[dict] = [
        {"kind": "registration", "bodies": ["HCPC"]},
        {"kind": "qualification", "subjects": ["occupational_therapy"], "min_level": "degree"},
        {"kind": "experience_years", "min_years": 2, "post_qualification": True},
        {"kind": "experience_years", "min_years": 5},
        {"kind": "approved_role", "roles": ["AMHP", "BIA", "practice_educator"]},
        {"kind": "asye", "accept_commitment": True},
        {"kind": "driving", "access_to_transport": True, "disability_alternative": True},
        {"kind": "language", "language": "welsh"},
        {"kind": "specialisms", "options": ["housing", "moving and handling", "paediatrics"]},
        {"kind": "pre_employment", "check": "dbs"},
    ]
    evidence = [
        "Experience of undertaking safeguarding investigations",
        "Knowledge of the Care Act 2014 and its application",
        "Understanding of the Mental Capacity Act 2005",
        "Experience in assisting people to obtain disabled facilities grants",
        "Experience of complex moving and handling assessments",
        "Ability to write and present reports to a high standard",
        "Well-developed communication skills",
        "Experience of supervising staff",
        "Ability to organise and prioritise work",
        "Ability to develop key relationships with other teams, services and agencies",
        "Experience of chairing multi-disciplinary meetings",
        "Experience of working with people living with dementia",
        "Commitment to person-centred and strengths-based practice",
        "Good IT skills, including electronic case recording",
        "Experience of hospital discharge and reablement",
    ]
    criteria = [
        Criterion(id=f"rule-{i}", text=rule["kind"], rule=rule, assessed_by=["application"])
        for i, rule in enumerate(rules)
    ] + [
        Criterion(id=f"evidence-{i}", text=text, assessed_by=["application", "interview"])
        for i, text in enumerate(evidence)
    ]
    assert len(criteria) == 25
    return RoleSpec(id="bench-role", title="Benchmark role", criteria=criteria)


def bench_tokenizer(statements: list[str]) -> float:
    nlp = spacy.blank("en")
    settle_heap()  # the same garbage-collector state as the engine's run
    try:
        start = clock()
        for _ in nlp.tokenizer.pipe(statements, batch_size=32):
            pass
        return clock() - start
    finally:
        gc.unfreeze()


def bench_full_pipeline(statements: list[str]) -> float:
    nlp = load_trained_pipeline()
    settle_heap()
    try:
        start = clock()
        for _ in nlp.pipe(statements, batch_size=32):
            pass
        return clock() - start
    finally:
        gc.unfreeze()


def bench_engine(statements: list[str], role: RoleSpec) -> float:
    engine = Engine()  # fresh caches, like the fresh tokenizer it is compared with
    settle_heap()  # as get_engine() does once the process's engine is built
    try:
        start = clock()
        engine.score_many(role, statements, reference_date=REFERENCE_DATE)
        return clock() - start
    finally:
        gc.unfreeze()  # so this run's engine can be collected before the next one


def stage_split(statements: list[str], role: RoleSpec) -> dict[str, float]:
    """Seconds per stage, running the engine's steps one by one on the same statements."""
    engine = Engine()
    settle_heap()
    try:
        return _stage_times(engine, statements, role)
    finally:
        gc.unfreeze()


def _stage_times(engine: Engine, statements: list[str], role: RoleSpec) -> dict[str, float]:
    nlp = engine.nlp
    stages: dict[str, float] = defaultdict(float)
    for text in statements:
        start = clock()
        doc = nlp.make_doc(text)
        stages["tokenise"] += clock() - start
        for name, component in nlp.pipeline:
            start = clock()
            doc = component(doc)
            stages[f"component {name}"] += clock() - start
        start = clock()
        parsed = parse(doc, engine.features, engine.claims)
        stages["parse (qualifiers, mentions, claims)"] += clock() - start
        start = clock()
        engine.look_up_evidence_words(role, parsed)
        stages["evidence scoring"] += clock() - start
        results = []
        for criterion in role.criteria:
            start = clock()
            results.append(
                engine.score_criterion(criterion, role.scale, parsed, None, REFERENCE_DATE)
            )
            stage = "recognisers" if criterion.rule is not None else "evidence scoring"
            stages[stage] += clock() - start
        start = clock()
        aggregate(role, results, reference_date=REFERENCE_DATE, disability_confident=False)
        stages["aggregation"] += clock() - start
    return dict(stages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    statements = make_statements(args.statements)
    words = statistics.mean(len(s.split()) for s in statements)
    types = statistics.mean(len(set(s.split())) for s in statements)
    role = make_role()

    engine_times, tokenizer_times, full_times = [], [], []
    for _ in range(args.runs):
        tokenizer_times.append(bench_tokenizer(statements))
        engine_times.append(bench_engine(statements, role))
        full_times.append(bench_full_pipeline(statements))
    engine_median = statistics.median(engine_times)
    tokenizer_median = statistics.median(tokenizer_times)
    full_median = statistics.median(full_times)
    n = len(statements)
    print(
        f"engine benchmark: {n} statements of ~{words:.0f} words ({types:.0f} distinct), "
        "25-criterion role, one core"
    )
    print(f"runs: {args.runs} (median, CPU time)")
    print(f"  bare spacy.blank('en') tokenizer: {n / tokenizer_median:8.1f} statements/s")
    print(f"  whole engine:                     {n / engine_median:8.1f} statements/s")
    print(f"  trained small pipeline, whole:    {n / full_median:8.1f} statements/s")
    print(f"  engine time / tokenizer time:     {engine_median / tokenizer_median:8.2f}x")
    print(f"  engine time / full pipeline time: {engine_median / full_median:8.2f}x")
    stages = stage_split(statements, role)
    total = sum(stages.values())
    print("  time per statement by stage:")
    for stage, seconds in stages.items():
        print(f"    {stage:34s} {1000 * seconds / n:7.3f} ms  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()

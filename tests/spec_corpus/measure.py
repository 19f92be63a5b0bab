"""Import each corpus document through the public entry and compare what comes back with its
truth: roles, criteria found and invented, priority, assessed-by, weight, rule kind and rule
parameters; and whether a document that is not a person specification is refused.

Criteria are paired by :func:`criteria.parser.compare.compare_role` (one to one, rapidfuzz
``ratio`` on normalised text); then, among what is left, a parsed text that lies inside a true
one or holds it (``partial_ratio`` >= 95, the shorter at least 60% of the longer) pairs too,
so that a criterion read with or without an advert's lead-in ("You must be ...", "The
successful candidate will have ...") counts as found either way. Parsed roles are paired with
true roles greedily by how many criteria they share, then by title similarity; a parsed role
left unpaired counts as invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from criteria.documents import DocumentError
from criteria.parser import SpecParseError, import_document
from criteria.parser.compare import Pair, compare_role, normalise
from criteria.spec import Criterion, Priority, RoleSpec, Rule
from tests.spec_corpus.build import render
from tests.spec_corpus.model import CorpusDocument, Format, truth_spec

CONTAINED_CUTOFF = 95.0
CONTAINED_LENGTH = 0.6
COUNTS = ("essential", "essential_agree", "desirable", "desirable_agree", "assessed",
          "assessed_agree", "weighted", "weight_agree", "kinds", "kind_agree", "params",
          "params_agree")


@dataclass
class Run:
    """One document in one format."""

    document: str
    layout: str
    fmt: str
    refuse_expected: bool
    roles_expected: int = 0
    roles_found: int = 0
    expected: int = 0
    parsed: int = 0
    matched: int = 0
    refused: bool = False
    error: str | None = None
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    missed: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)

    @property
    def no_spec_failure(self) -> bool:
        """A real person specification the parser said had none."""
        return not self.refuse_expected and self.refused

    def share(self, agree: str, total: str) -> float | None:
        return self.counts[agree] / self.counts[total] if self.counts[total] else None


def rule_key(rule: Rule | None) -> object:
    """The parameters a recruiter checks on a rule, comparable between parsed and truth."""
    if rule is None:
        return None
    kind = rule.kind
    if kind == "registration":
        return kind, frozenset(rule.bodies)
    if kind == "qualification":
        return kind, frozenset(rule.subjects), rule.min_level
    if kind == "experience_years":
        return kind, float(rule.min_years), rule.post_qualification
    if kind == "approved_role":
        return kind, frozenset(rule.roles), rule.accept_commitment
    if kind == "asye":
        return kind, rule.accept_commitment
    if kind == "driving":
        return kind, rule.access_to_transport
    if kind == "language":
        return kind, rule.language, rule.min_level
    if kind == "pre_employment":
        return kind, rule.check
    if kind == "specialisms":
        return kind, rule.min_count
    return kind, frozenset(str(rule_key(inner)) for inner in rule.rules)


def _pair_roles(parsed: list[RoleSpec], truth: list[RoleSpec]) -> list[tuple[RoleSpec, RoleSpec]]:
    candidates = []
    for i, want in enumerate(truth):
        for j, got in enumerate(parsed):
            shared = len(compare_role(got, want).pairs)
            title = fuzz.token_set_ratio(normalise(want.title), normalise(got.title))
            candidates.append((shared, title, i, j))
    pairs, used_truth, used_parsed = [], set(), set()
    for shared, title, i, j in sorted(candidates, reverse=True):
        if i in used_truth or j in used_parsed or (shared == 0 and title < 60):
            continue
        used_truth.add(i)
        used_parsed.add(j)
        pairs.append((parsed[j], truth[i]))
    return pairs


def _contained_pairs(missed: list[Criterion], invented: list[Criterion]) -> list[Pair]:
    scored = []
    for i, want in enumerate(missed):
        for j, got in enumerate(invented):
            a, b = normalise(want.text), normalise(got.text)
            if min(len(a), len(b)) < CONTAINED_LENGTH * max(len(a), len(b)):
                continue
            score = fuzz.partial_ratio(a, b)
            if score >= CONTAINED_CUTOFF:
                scored.append((score, i, j))
    pairs, used_missed, used_invented = [], set(), set()
    for score, i, j in sorted(scored, reverse=True):
        if i not in used_missed and j not in used_invented:
            used_missed.add(i)
            used_invented.add(j)
            pairs.append(Pair(expected=missed[i], parsed=invented[j], similarity=score))
    return pairs


def _count(run: Run, pair: Pair, weighted: bool) -> None:
    want, got = pair.expected, pair.parsed
    c = run.counts
    if want.priority is Priority.essential:
        c["essential"] += 1
        c["essential_agree"] += got.priority is Priority.essential
    else:
        c["desirable"] += 1
        c["desirable_agree"] += got.priority is Priority.desirable
    c["assessed"] += 1
    c["assessed_agree"] += set(want.assessed_by) == set(got.assessed_by)
    if weighted:
        c["weighted"] += 1
        c["weight_agree"] += float(want.weight) == float(got.weight)
    c["kinds"] += 1
    want_kind = want.rule.kind if want.rule else None
    c["kind_agree"] += want_kind == (got.rule.kind if got.rule else None)
    if want.rule is not None and got.rule is not None and want_kind == got.rule.kind:
        c["params"] += 1
        c["params_agree"] += rule_key(want.rule) == rule_key(got.rule)


def measure(document: CorpusDocument, fmt: Format) -> Run:
    filename = f"{document.name}.{fmt}"
    run = Run(document.name, document.layout, fmt, document.refuse,
              roles_expected=len(document.roles))
    truth = [truth_spec(role, filename) for role in document.roles]
    run.expected = sum(len(role.criteria) for role in truth)
    try:
        parsed = [role.spec for role in import_document(render(document, fmt), filename)]
    except SpecParseError as error:
        run.refused, run.error = True, str(error)
        run.missed = [c.text for role in truth for c in role.criteria]
        return run
    except DocumentError as error:
        run.error = f"unreadable: {error}"
        run.missed = [c.text for role in truth for c in role.criteria]
        return run
    except Exception as error:  # a parser crash is measured, not fatal
        # A crash (not a refusal) loses every criterion of the run and is named in the report,
        # so one document cannot stop a whole set from being measured.
        first = str(error).splitlines()[0] if str(error) else ""
        run.error = f"crashed: {type(error).__name__}: {first}"
        run.missed = [c.text for role in truth for c in role.criteria]
        return run
    run.roles_found = len(parsed)
    run.parsed = sum(len(role.criteria) for role in parsed)
    paired = _pair_roles(parsed, truth)
    paired_parsed = {id(got) for got, _ in paired}
    paired_truth = {id(want) for _, want in paired}
    for got, want in paired:
        comparison = compare_role(got, want)
        contained = _contained_pairs(comparison.missed, comparison.invented)
        pairs = [*comparison.pairs, *contained]
        run.matched += len(pairs)
        run.missed += [c.text for c in comparison.missed
                       if all(c is not p.expected for p in contained)]
        run.invented += [c.text for c in comparison.invented
                         if all(c is not p.parsed for p in contained)]
        for pair in pairs:
            _count(run, pair, document.has_weights)
    run.missed += [c.text for r in truth if id(r) not in paired_truth for c in r.criteria]
    run.invented += [c.text for r in parsed if id(r) not in paired_parsed for c in r.criteria]
    return run


@dataclass
class Totals:
    runs: list[Run]

    def _sum(self, attribute: str) -> int:
        return sum(getattr(run, attribute) for run in self.runs if not run.refuse_expected)

    def _counted(self, key: str) -> int:
        return sum(run.counts[key] for run in self.runs)

    @property
    def recall(self) -> float:
        return self._sum("matched") / max(self._sum("expected"), 1)

    @property
    def precision(self) -> float:
        parsed = self._sum("parsed")
        return self._sum("matched") / parsed if parsed else 0.0

    def share(self, agree: str, total: str) -> float:
        return self._counted(agree) / max(self._counted(total), 1)

    @property
    def figures(self) -> dict[str, float]:
        return {
            "recall": self.recall,
            "precision": self.precision,
            "priority_essential": self.share("essential_agree", "essential"),
            "priority_desirable": self.share("desirable_agree", "desirable"),
            "assessed_by": self.share("assessed_agree", "assessed"),
            "weight": self.share("weight_agree", "weighted"),
            "rule_kind": self.share("kind_agree", "kinds"),
            "rule_parameters": self.share("params_agree", "params"),
        }

    @property
    def not_refused(self) -> list[str]:
        return [f"{r.document}.{r.fmt}" for r in self.runs if r.refuse_expected and not r.refused]

    @property
    def no_spec_failures(self) -> list[str]:
        return [f"{r.document}.{r.fmt}" for r in self.runs if r.no_spec_failure]


def measure_all(documents: list[CorpusDocument]) -> Totals:
    return Totals([measure(d, fmt) for d in documents for fmt in d.formats])

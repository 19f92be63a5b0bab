"""The matching engine: score supporting statements against a role spec, with evidence.

``get_engine()`` builds one :class:`Engine` per process on first use (never at import). After
construction an engine is read-only, so concurrent ``score`` calls from a thread pool are safe.
The engine never reads the clock: callers pass ``reference_date``.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Sequence
from typing import NamedTuple

from criteria.spec import Criterion, Priority, RoleSpec, Scale
from matching.applicant import Applicant
from matching.claims import ClaimReader
from matching.disability_confident import opt_in_sentence
from matching.evidence import EvidenceScorer, TermAnalyser, band_verdict, score_evidence
from matching.pipeline import ParsedStatement, SentenceFeatures, build_pipeline, parse
from matching.recognisers import RuleRegistry
from matching.recognisers.base import RuleOutcome, quote
from matching.recognisers.driving import disability_stops_driving
from matching.result import (
    CriterionResult,
    Essentials,
    Evidence,
    Recommendation,
    ScoreResult,
    Verdict,
)
from matching.topics import CriterionTopics

ENGINE_VERSION = "1.12.0"
TRAVEL_TOPIC = "travel"  # the competency vocabulary's topic for getting to visits and premises
BATCH_SIZE = 32
# Share of the essential evidence criteria that must be met for a shortlist when some are not
# (every essential checkable fact met, none settled not met); see docs/scoring.md.
SHORTLIST_SHARE = 0.8


def rule_score(verdict: Verdict, scale: Scale) -> int:
    """met = the top of the scale; partly met = the midpoint rounded down (at least min + 1)."""
    if verdict is Verdict.met:
        return scale.max
    if verdict is Verdict.partly_met:
        return max((scale.min + scale.max) // 2, scale.min + 1)
    return scale.min


def band_score(band: int, scale: Scale) -> int:
    """An evidence band (0..3) on the criterion's scale."""
    return scale.min + round(band * (scale.max - scale.min) / 3)


class Engine:
    """Scores statements; build once (about a second), then call from any thread."""

    def __init__(self) -> None:
        self.nlp = build_pipeline()
        self.features = SentenceFeatures(self.nlp)
        self.analyser = TermAnalyser(self.nlp)
        self.registry = RuleRegistry(self.analyser)
        self.claims = ClaimReader()

    def parse_many(self, statements: Sequence[str]) -> list[ParsedStatement]:
        docs = self.nlp.pipe(statements, batch_size=BATCH_SIZE)
        return [parse(doc, self.features, self.claims) for doc in docs]

    def score(
        self,
        spec: RoleSpec,
        statement: str,
        *,
        reference_date: dt.date,
        applicant: Applicant | None = None,
        warnings: Sequence[str] = (),
    ) -> ScoreResult:
        (parsed,) = self.parse_many([statement])
        return self.score_parsed(
            spec, parsed, reference_date=reference_date, applicant=applicant, warnings=warnings
        )

    def score_many(
        self,
        spec: RoleSpec,
        statements: Sequence[str],
        *,
        reference_date: dt.date,
        applicants: Sequence[Applicant | None] | None = None,
    ) -> list[ScoreResult]:
        if applicants is not None and len(applicants) != len(statements):
            raise ValueError(f"{len(applicants)} applicants given for {len(statements)} statements")
        # Each statement is scored as soon as it is parsed, so its parse can be freed at once: a
        # batch never holds every parsed statement, and the garbage collector has less to walk.
        docs = self.nlp.pipe(statements, batch_size=BATCH_SIZE)
        return [
            self.score_parsed(
                spec,
                parse(doc, self.features, self.claims),
                reference_date=reference_date,
                applicant=applicants[i] if applicants is not None else None,
            )
            for i, doc in enumerate(docs)
        ]

    def score_parsed(
        self,
        spec: RoleSpec,
        statement: ParsedStatement,
        *,
        reference_date: dt.date,
        applicant: Applicant | None = None,
        warnings: Sequence[str] = (),
    ) -> ScoreResult:
        self.look_up_evidence_words(spec, statement)
        self.read_evidence_ahead(spec, statement)
        results = [
            self.score_criterion(criterion, spec.scale, statement, applicant, reference_date)
            for criterion in spec.criteria
        ]
        # Only the form's field gives a guaranteed interview; the applicant asking for the
        # scheme in the statement is quoted for a person to confirm (docs/scoring.md).
        on_form = applicant is not None and applicant.disability_confident
        claim = None if on_form else opt_in_sentence(statement)
        claim_evidence = None
        if claim is not None:
            (claim_evidence,) = _evidence(statement, [(claim.start, claim.end)])
            warnings = [
                *warnings,
                "The statement asks for the Disability Confident scheme but the application "
                f"does not record that they are in it ({quote(claim.text)}); a person "
                "should confirm with the applicant: if they are in the scheme and meet the "
                "essential criteria, they are guaranteed an interview.",
            ]
        return aggregate(
            spec,
            results,
            reference_date=reference_date,
            disability_confident=on_form,
            warnings=warnings,
            disability_confident_claim=claim_evidence,
        )

    def read_evidence_ahead(self, spec: RoleSpec, statement: ParsedStatement) -> None:
        """Parse the sentences every evidence criterion of ``spec`` will read, in one batch."""
        scorer = EvidenceScorer.of(self.nlp)
        asked = [
            self.asked(criterion)
            for criterion in spec.criteria
            if criterion.rule is None and criterion.assessed_at_sift
        ]
        scorer.read_ahead(statement, [one for one in asked if one.recognised])

    def asked(self, criterion: Criterion) -> CriterionTopics:
        """What an evidence criterion asks: the topics the role spec corrects it to, else the
        ones read from its text (compiled once per text)."""
        compiler = EvidenceScorer.of(self.nlp).compiler
        if criterion.topics is None:
            return compiler.compile(criterion.text)
        return compiler.with_topics(criterion.text, criterion.topics)

    def look_up_evidence_words(self, spec: RoleSpec, statement: ParsedStatement) -> None:
        """Find every evidence criterion's words in one pass over the statement (remembered on
        the statement for the criteria that follow)."""
        statement.positions(
            lemma
            for criterion in spec.criteria
            if criterion.rule is None and criterion.assessed_at_sift
            for lemma in self.analyser.terms(criterion.text).lemmas
        )

    def score_criterion(
        self,
        criterion: Criterion,
        scale: Scale,
        statement: ParsedStatement,
        applicant: Applicant | None,
        reference_date: dt.date,
    ) -> CriterionResult:
        rule_kind = criterion.rule.kind if criterion.rule is not None else None
        # A pre-employment check's own recogniser explains that HR checks it, at any stage.
        if not criterion.assessed_at_sift and rule_kind != "pre_employment":
            stages = ", ".join(stage.value for stage in criterion.assessed_by)
            return CriterionResult(
                id=criterion.id,
                priority=criterion.priority,
                verdict=Verdict.not_assessed,
                score=0,
                max_score=0,
                confidence=1.0,
                explanation=f"Not scored at sift: assessed by {stages}.",
                rule_kind=rule_kind,
            )
        if criterion.rule is None:
            scorer = EvidenceScorer.of(self.nlp)
            asked = self.asked(criterion)
            if asked.recognised:
                found = scorer.score(statement, asked)
            else:  # no topic of the vocabulary: the criterion's own words, as before
                terms = self.analyser.terms(criterion.text)
                found = score_evidence(statement, terms, criterion.text)
            score = band_score(found.band, scale)
            verdict = band_verdict(score, scale.min, scale.max)
            explanation = f"Score {score} of {scale.max}. " + " ".join(found.explanation)
            evidence = list(found.evidence)
            flags: list[str] = []
            # needs review: nothing found may be a paraphrase the words missed (a denial is the
            # applicant's own), and a travel criterion read beside a disability that stops the
            # applicant driving is the panel's call, never a settled not met (docs/scoring.md)
            needs_review = verdict is Verdict.not_met and not found.denied
            if TRAVEL_TOPIC in asked.topics:
                reason = disability_stops_driving(statement)
                if reason is not None:
                    flags.append("disability_alternative")
                    needs_review = True
                    evidence.extend(reason)
                    if verdict is Verdict.not_met:
                        verdict, score = Verdict.partly_met, rule_score(Verdict.partly_met, scale)
                    explanation += (
                        " The applicant says a disability stops them driving: any way of "
                        "travelling may meet this criterion, so the panel should consider how "
                        "they would travel (a reasonable adjustment)."
                    )
            return CriterionResult(
                id=criterion.id,
                priority=criterion.priority,
                verdict=verdict,
                score=score,
                max_score=scale.max,
                confidence=found.confidence,
                needs_review=needs_review,
                evidence=_evidence(statement, sorted(set(evidence))),
                explanation=explanation,
                flags=flags,
            )
        outcome: RuleOutcome = self.registry.evaluate(
            criterion.rule, statement, applicant, reference_date
        )
        if outcome.verdict is Verdict.not_assessed:
            return CriterionResult(
                id=criterion.id,
                priority=criterion.priority,
                verdict=Verdict.not_assessed,
                score=0,
                max_score=0,
                confidence=outcome.confidence,
                explanation=" ".join(outcome.explanation),
                rule_kind=rule_kind,
            )
        return CriterionResult(
            id=criterion.id,
            priority=criterion.priority,
            verdict=outcome.verdict,
            score=rule_score(outcome.verdict, scale),
            max_score=scale.max,
            confidence=round(outcome.confidence, 2),
            needs_review=outcome.needs_review,
            evidence=_evidence(statement, outcome.evidence),
            explanation=" ".join(outcome.explanation),
            rule_kind=rule_kind,
            flags=list(outcome.flags),
        )


def aggregate(
    spec: RoleSpec,
    results: list[CriterionResult],
    *,
    reference_date: dt.date,
    disability_confident: bool,
    warnings: Sequence[str] = (),
    disability_confident_claim: Evidence | None = None,
) -> ScoreResult:
    """Totals, essentials, the recommendation and the guaranteed interview (see docs/scoring.md)."""
    weights = {criterion.id: criterion.weight for criterion in spec.criteria}
    assessed = [r for r in results if r.verdict is not Verdict.not_assessed]
    essentials = [r for r in assessed if r.priority is Priority.essential]
    met = sum(1 for r in essentials if r.verdict is Verdict.met)
    all_met = met == len(essentials)
    # Only a settled not met rejects: the applicant's own denial, or a checkable fact absent or
    # failed. A not met the engine marked for review (its own miss, perhaps a paraphrase) is
    # "review", so the machine never rejects on a keyword miss.
    checkable = {criterion.id for criterion in spec.criteria if criterion.rule is not None}
    recommendation = recommend(
        [Essential(r.verdict, r.needs_review, r.id in checkable) for r in essentials]
    )
    return ScoreResult(
        role_id=spec.id,
        reference_date=reference_date,
        criteria=results,
        essentials=Essentials(met=met, total=len(essentials), all_met=all_met),
        score=round(sum(r.score * weights[r.id] for r in assessed), 2),
        max_score=round(sum(r.max_score * weights[r.id] for r in assessed), 2),
        recommendation=recommendation,
        # the scheme's "meets the essential criteria" is the machine's shortlist: a disabled
        # applicant is never held to a stricter reading than the shortlist (docs/scoring.md)
        guaranteed_interview=disability_confident and recommendation is Recommendation.shortlist,
        engine_version=ENGINE_VERSION,
        warnings=list(warnings),
        disability_confident_claim=disability_confident_claim,
    )


class Essential(NamedTuple):
    """What the recommendation needs of one essential criterion scored at sift."""

    verdict: Verdict
    needs_review: bool  # the machine's own doubt (a panel's agreed verdict has none)
    checkable: bool  # a rule criterion (registration, years ...), not an evidence one


def recommend(essentials: Sequence[Essential]) -> Recommendation:
    """The recommendation from the essential criteria, for the engine and for the shortlist
    with the panel's verdicts in (docs/scoring.md):

    - reject only on a settled not met (never on a not met the machine marked for review);
    - shortlist when all are met, or when every checkable one is met and at least
      SHORTLIST_SHARE of the evidence ones are (the rest partly met, or not found and marked for
      review): a statement thin on one criterion in five is still a shortlist, as a panel would
      have it, with the thin ones marked;
    - review otherwise.
    """
    if any(e.verdict is Verdict.not_met and not e.needs_review for e in essentials):
        return Recommendation.reject
    if all(e.verdict is Verdict.met for e in essentials):
        return Recommendation.shortlist
    evidence = [e for e in essentials if not e.checkable]
    if (
        evidence
        and all(e.verdict is Verdict.met for e in essentials if e.checkable)
        and sum(1 for e in evidence if e.verdict is Verdict.met) >= SHORTLIST_SHARE * len(evidence)
    ):
        return Recommendation.shortlist
    return Recommendation.review


def _evidence(statement: ParsedStatement, spans: Sequence[tuple[int, int]]) -> list[Evidence]:
    text = statement.text
    return [Evidence(start=start, end=end, text=text[start:end]) for start, end in spans]


_engine: Engine | None = None
_engine_lock = threading.Lock()


def get_engine() -> Engine:
    """The process's engine, built on first call (then the heap is settled, see below)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = Engine()
                settle_heap()
    return _engine


def settle_heap() -> None:
    """Collect garbage once, then take every object alive now out of the cyclic garbage
    collector's full scans (``gc.freeze``). They are the imported libraries, the pipeline and its
    tables, which live as long as the process; without this, every full collection while
    statements are scored walks all of them again (about 7% of the engine's time in a batch).
    Reference counting still frees them, and ``gc.unfreeze`` undoes it."""
    gc.collect()
    gc.freeze()

"""Build a vacancy's shortlist: load the rows, apply the panel, rank, filter, shape."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.auth.service import Principal, Role
from app.errors import Problem, not_found
from app.models import Vacancy
from app.panel import repository as panel_repository
from app.panel.schemas import DecisionRead, MemberScoreRead
from app.panel.service import agreements
from app.shortlist import repository
from app.shortlist.ranking import (
    Candidate,
    Decision,
    Filters,
    FinalDecision,
    Row,
    apply_filters,
    rank,
)
from app.shortlist.schemas import (
    MachineCell,
    PanelCell,
    ShortlistCell,
    ShortlistCriterion,
    ShortlistEntry,
    ShortlistRead,
)
from app.vacancies.titles import titles
from criteria.spec import Priority, RoleSpec


@dataclass(frozen=True)
class Shortlist:
    vacancy: Vacancy
    spec: RoleSpec
    spec_version: int
    total: int
    rows: list[Row]
    versions: dict[str, int]
    hidden: set[str]


def _sequence(applicant_ref: str) -> int:
    digits = "".join(ch for ch in applicant_ref if ch.isdigit())
    return int(digits) if digits else 0


def build(
    session: Session,
    principal: Principal,
    vacancy_id: str,
    filters: Filters,
    *,
    evidence: bool = False,
) -> Shortlist:
    """The ranked, filtered shortlist. The machine's evidence and explanations (only the XLSX
    export shows them) are loaded when ``evidence`` is asked for."""
    vacancy = repository.vacancy_in_org(session, principal.org_id, vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    version = repository.latest_version(session, vacancy.id)
    if version is None:
        raise Problem(409, "this vacancy has no role spec yet")
    spec = RoleSpec.model_validate(version.spec)
    applications = repository.applications_of(session, principal.org_id, vacancy.id)
    ids = [a.id for a in applications]
    results = repository.machine_results(session, ids, evidence=evidence)
    scores = defaultdict(list)
    for s in panel_repository.scores_for(session, ids):
        scores[s.application_id].append(s)
    completions = defaultdict(list)
    for c in panel_repository.completions_for(session, ids):
        completions[c.application_id].append(c)
    decisions = panel_repository.decisions_for(session, ids)
    is_member = principal.role is Role.panel
    candidates: list[Candidate] = []
    versions: dict[str, int] = {}
    hidden: set[str] = set()
    for application in applications:
        found = results.get(application.id)
        if found is None:
            continue
        versions[application.id] = found.spec_version
        completed_keys = {c.api_key_id for c in completions[application.id]}
        if is_member and principal.key_id not in completed_keys:
            hidden.add(application.id)
            agreed = {}
        elif scores[application.id]:
            machine = {c.id: c for c in found.criteria}
            agreed = agreements(machine, scores[application.id], completed_keys)
        else:
            agreed = {}  # nobody has scored: the machine's figures stand
        decision = decisions.get(application.id)
        identity = application.identity or {}
        candidates.append(
            Candidate(
                application_id=application.id,
                number=application.applicant_ref,
                sequence=_sequence(application.applicant_ref),
                results=found.criteria,
                disability_confident=bool((application.fields or {}).get("disability_confident")),
                name=identity.get("name"),
                email=identity.get("email"),
                phone=identity.get("phone"),
                external_id=application.external_id,
                agreements=agreed,
                decision=FinalDecision(
                    Decision(decision.decision),
                    decision.reason,
                    decision.decided_by,
                    decision.decided_at,
                )
                if decision
                else None,
                panel_completed_by=[c.member for c in completions[application.id]],
            )
        )
    ranked = rank(spec, candidates)
    return Shortlist(
        vacancy=vacancy,
        spec=spec,
        spec_version=version.version,
        total=len(ranked),
        rows=apply_filters(ranked, filters),
        versions=versions,
        hidden=hidden,
    )


def _decision(row: Row) -> DecisionRead | None:
    d = row.candidate.decision
    if d is None:
        return None
    return DecisionRead(
        decision=d.decision, reason=d.reason, decided_by=d.decided_by, decided_at=d.decided_at
    )


def to_read(shortlist: Shortlist, *, blind: bool) -> ShortlistRead:
    spec = shortlist.spec
    named = titles(spec.criteria)
    entries = []
    for row in shortlist.rows:
        c = row.candidate
        cells = []
        for cell in row.cells:
            a = cell.agreement
            panel = None
            if a is not None and a.scored:
                panel = PanelCell(
                    agreement="unanimous" if a.agreed else "split",
                    agreed_verdict=a.agreed_verdict,
                    agreed_score=a.agreed_score,
                    members_disagree=a.members_disagree,
                    panel_disagrees_with_machine=a.panel_disagrees_with_machine,
                    members=[
                        MemberScoreRead(
                            member=m.member, verdict=m.verdict, score=m.score, reason=m.reason
                        )
                        for m in (a.machine, *a.members)
                    ],
                )
            cells.append(
                ShortlistCell(
                    criterion_id=cell.criterion_id,
                    verdict=cell.verdict,
                    score=cell.score,
                    source=cell.source,
                    needs_review=cell.needs_review,
                    disagreement=cell.disagreement,
                    machine=MachineCell(
                        verdict=cell.machine.verdict,
                        score=cell.machine.score,
                        confidence=cell.machine.confidence,
                        needs_review=cell.machine.needs_review,
                    ),
                    panel=panel,
                )
            )
        entries.append(
            ShortlistEntry(
                rank=row.rank,
                application_id=c.application_id,
                applicant_ref=c.number,
                external_id=None if blind else c.external_id,
                name=None if blind else c.name,
                email=None if blind else c.email,
                phone=None if blind else c.phone,
                gate=row.gate,
                recommendation=row.recommendation,
                machine_recommendation=row.machine_recommendation,
                score=row.score,
                max_score=row.max_score,
                machine_score=row.machine_score,
                essentials_met=row.essentials_met,
                essentials_total=row.essentials_total,
                needs_review=row.needs_review,
                needs_review_count=row.needs_review_count,
                guaranteed_interview=row.guaranteed_interview,
                disability_confident=None if blind else c.disability_confident,
                decision=_decision(row),
                panel_completed_by=list(c.panel_completed_by),
                panel_hidden=c.application_id in shortlist.hidden,
                spec_version=shortlist.versions[c.application_id],
                cells=cells,
            )
        )
    return ShortlistRead(
        vacancy_id=shortlist.vacancy.id,
        title=shortlist.vacancy.title,
        spec_version=shortlist.spec_version,
        blind=blind,
        total=shortlist.total,
        count=len(entries),
        criteria=[
            ShortlistCriterion(
                id=c.id,
                title=named[c.id],
                text=c.text,
                priority=c.priority.value,
                essential=c.priority is Priority.essential,
                assessed_at_sift=c.assessed_at_sift,
                weight=c.weight,
            )
            for c in spec.criteria
        ],
        applicants=entries,
    )

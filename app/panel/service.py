"""Panel scoring the way NHS Jobs/Trac and Applied panels work.

Each panel member (a panel key) scores each sift criterion themselves. Their scores stay
private until they mark their set complete; from then on they see every completed member's
scores beside the machine's, with agreement per criterion. The lead (a panel key with ``lead``)
finalises a decision per applicant. Everything is written to the audit log.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import audit
from app.auth.service import Principal, Role
from app.errors import Problem, not_found
from app.models import (
    Application,
    ApplicationResult,
    PanelCompletion,
    PanelScore,
    SpecVersion,
    utcnow,
)
from app.models import Decision as DecisionRow
from app.panel import repository
from app.panel.agreement import (
    MACHINE,
    CriterionAgreement,
    MemberScore,
    criterion_agreement,
    default_score,
    score_problem,
)
from app.panel.schemas import (
    ApplicationProgress,
    CriterionPanelRead,
    DecisionRead,
    DecisionWrite,
    MachineRead,
    MemberProgress,
    MemberScoreRead,
    PanelRead,
    PanelScoresWrite,
    PanelScoreWrite,
    ProgressRead,
)
from app.shortlist.ranking import Decision
from app.shortlist.words import VERDICT_WORDS, in_words
from app.vacancies.titles import title_of
from app.webhooks.service import enqueue_event
from criteria.spec import RoleSpec
from matching.result import CriterionResult, Verdict


def member_name(principal: Principal) -> str:
    return principal.name or principal.prefix


@dataclass(frozen=True)
class ScoredApplication:
    """An application with the machine's result it is being panelled against."""

    application: Application
    result: ApplicationResult
    version: SpecVersion
    spec: RoleSpec
    machine: dict[str, CriterionResult]


def load(session: Session, principal: Principal, application_id: str) -> ScoredApplication:
    application = repository.application_in_org(session, principal.org_id, application_id)
    if application is None:
        raise not_found("application")
    found = repository.latest_results(session, [application.id]).get(application.id)
    if found is None:
        raise Problem(409, f"application {application.applicant_ref} has no score yet")
    result, version = found
    machine = {c.id: c for c in repository.criterion_results(result)}
    return ScoredApplication(
        application, result, version, RoleSpec.model_validate(version.spec), machine
    )


def agreements(
    machine: dict[str, CriterionResult],
    scores: list[PanelScore],
    completed_keys: set[str],
) -> dict[str, CriterionAgreement]:
    """Agreement per criterion among members who completed, with the machine beside them."""
    by_criterion: dict[str, list[MemberScore]] = defaultdict(list)
    for s in scores:
        if s.api_key_id in completed_keys:
            by_criterion[s.criterion_id].append(
                MemberScore(s.member, Verdict(s.verdict), s.score, s.reason)
            )
    return {
        cid: criterion_agreement(
            cid, MemberScore(MACHINE, result.verdict, result.score), by_criterion.get(cid, [])
        )
        for cid, result in machine.items()
    }


def _decision_read(row: DecisionRow | None) -> DecisionRead | None:
    if row is None:
        return None
    return DecisionRead(
        decision=Decision(row.decision),
        reason=row.reason,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
    )


def _member_read(score: MemberScore | PanelScore) -> MemberScoreRead:
    return MemberScoreRead(
        member=score.member, verdict=Verdict(score.verdict), score=score.score, reason=score.reason
    )


def panel_view(session: Session, principal: Principal, scored: ScoredApplication) -> PanelRead:
    application = scored.application
    scores = repository.scores_for(session, [application.id])
    completions = repository.completions_for(session, [application.id])
    completed_keys = {c.api_key_id for c in completions}
    is_member = principal.role is Role.panel
    completed = principal.key_id in completed_keys
    visible = completed or not is_member
    mine = {s.criterion_id: s for s in scores if s.api_key_id == principal.key_id}
    agreed = agreements(scored.machine, scores, completed_keys)
    criteria: list[CriterionPanelRead] = []
    for criterion in scored.spec.criteria:
        machine = scored.machine.get(criterion.id)
        if machine is None:
            continue
        a = agreed[criterion.id]
        criteria.append(
            CriterionPanelRead(
                criterion_id=criterion.id,
                priority=criterion.priority.value,
                at_sift=criterion.assessed_at_sift,
                machine=MachineRead(
                    verdict=machine.verdict,
                    score=machine.score,
                    max_score=machine.max_score,
                    confidence=machine.confidence,
                    needs_review=machine.needs_review,
                    explanation=machine.explanation,
                ),
                mine=_member_read(mine[criterion.id]) if criterion.id in mine else None,
                members=[_member_read(m) for m in (a.machine, *a.members)] if visible else None,
                agreement=(
                    None
                    if not visible
                    else "no_scores"
                    if not a.scored
                    else "unanimous"
                    if a.agreed
                    else "split"
                ),
                agreed_verdict=a.agreed_verdict if visible else None,
                agreed_score=a.agreed_score if visible else None,
                members_disagree=a.members_disagree if visible else None,
                panel_disagrees_with_machine=a.panel_disagrees_with_machine if visible else None,
            )
        )
    return PanelRead(
        application_id=application.id,
        applicant_ref=application.applicant_ref,
        spec_version=scored.version.version,
        member=member_name(principal) if is_member else None,
        completed=completed,
        others_visible=visible,
        completed_by=[c.member for c in completions],
        criteria=criteria,
        decision=_decision_read(
            repository.decisions_for(session, [application.id]).get(application.id)
        ),
    )


def _checked(
    scored: ScoredApplication, item: PanelScoreWrite
) -> tuple[PanelScoreWrite, float, str | None]:
    """The item with its score (the verdict's default when none was given) and its reason, or
    a 422 saying what is wrong with it."""
    where = f"criterion {item.criterion_id!r}"
    if item.criterion_id not in scored.machine:
        raise Problem(422, f"{where} is not in this vacancy's spec", code="invalid-score")
    where = f"“{title_of(scored.spec.criterion(item.criterion_id))}” ({item.criterion_id})"
    if not scored.spec.criterion(item.criterion_id).assessed_at_sift:
        raise Problem(
            422,
            f"{where} is assessed later (not at sift) and is not scored now",
            code="invalid-score",
        )
    scale = scored.spec.scale
    score = item.score if item.score is not None else default_score(item.verdict, scale)
    problem = score_problem(item.verdict, score, scale)
    if problem:
        raise Problem(422, f"{where}: {problem}", code="invalid-score")
    machine = scored.machine[item.criterion_id]
    reason = (item.reason or "").strip() or None
    if item.verdict is not machine.verdict and reason is None:
        raise Problem(
            422,
            f"{where}: a reason is required when your verdict "
            f"({in_words(VERDICT_WORDS, item.verdict)}) differs from the machine's "
            f"({in_words(VERDICT_WORDS, machine.verdict)})",
            code="reason-required",
        )
    return item, score, reason


def record_scores(
    session: Session, principal: Principal, application_id: str, body: PanelScoresWrite
) -> PanelRead:
    scored = load(session, principal, application_id)
    application = scored.application
    if repository.completion(session, application.id, principal.key_id) is not None:
        raise Problem(
            409,
            f"your scores for {application.applicant_ref} are marked complete; reopen them "
            "(DELETE .../panel/complete) to change them",
            code="panel-complete",
        )
    checked = [_checked(scored, item) for item in body.scores]
    ids = [item.criterion_id for item, _, _ in checked]
    if len(set(ids)) != len(ids):
        twice = next(cid for cid in ids if ids.count(cid) > 1)
        raise Problem(
            422, f"criterion {twice!r} is scored twice in one request", code="invalid-score"
        )
    existing = repository.member_scores(session, application.id, principal.key_id)
    now = utcnow()
    changes = []
    for item, score, reason in checked:
        row = existing.get(item.criterion_id)
        before = {"verdict": row.verdict, "score": row.score} if row else None
        if row is None:
            row = PanelScore(
                org_id=principal.org_id,
                application_id=application.id,
                api_key_id=principal.key_id,
                member=member_name(principal),
                criterion_id=item.criterion_id,
                created_at=now,
            )
            session.add(row)
        row.verdict, row.score, row.reason, row.updated_at = item.verdict.value, score, reason, now
        changes.append(
            {
                "criterion_id": item.criterion_id,
                "verdict": item.verdict.value,
                "score": score,
                "machine_verdict": scored.machine[item.criterion_id].verdict.value,
                "previous": before,
                "reason": reason,
            }
        )
    session.flush()
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "panel.scores_recorded",
        "application",
        application.id,
        {
            "applicant_ref": application.applicant_ref,
            "vacancy_id": application.vacancy_id,
            "scores": changes,
        },
    )
    return panel_view(session, principal, scored)


def complete(session: Session, principal: Principal, application_id: str) -> PanelRead:
    scored = load(session, principal, application_id)
    application = scored.application
    if repository.completion(session, application.id, principal.key_id) is None:
        mine = repository.member_scores(session, application.id, principal.key_id)
        missing = [
            c.id
            for c in scored.spec.criteria
            if c.assessed_at_sift and c.id in scored.machine and c.id not in mine
        ]
        if missing:
            raise Problem(
                422,
                f"score every sift criterion before completing; missing: {', '.join(missing)}",
                code="scores-missing",
            )
        repository.add(
            session,
            PanelCompletion(
                org_id=principal.org_id,
                application_id=application.id,
                api_key_id=principal.key_id,
                member=member_name(principal),
            ),
        )
        audit.record(
            session,
            principal.org_id,
            principal.actor,
            "panel.completed",
            "application",
            application.id,
            {"applicant_ref": application.applicant_ref, "vacancy_id": application.vacancy_id},
        )
    return panel_view(session, principal, scored)


def reopen(session: Session, principal: Principal, application_id: str) -> PanelRead:
    """Take the caller's completed set back so they can revise it after the panel's discussion
    (how a split is settled); their scores leave the agreement until they complete again."""
    scored = load(session, principal, application_id)
    application = scored.application
    row = repository.completion(session, application.id, principal.key_id)
    if row is not None:
        session.delete(row)
        session.flush()
        audit.record(
            session,
            principal.org_id,
            principal.actor,
            "panel.reopened",
            "application",
            application.id,
            {"applicant_ref": application.applicant_ref, "vacancy_id": application.vacancy_id},
        )
    return panel_view(session, principal, scored)


def finalise(
    session: Session, principal: Principal, application_id: str, body: DecisionWrite
) -> DecisionRead:
    if not principal.lead:
        raise Problem(
            403,
            "only the panel lead (a panel key with lead rights) finalises decisions",
            code="forbidden",
        )
    scored = load(session, principal, application_id)
    application = scored.application
    row = repository.decisions_for(session, [application.id]).get(application.id)
    previous = row.decision if row else None
    now = utcnow()
    if row is None:
        row = DecisionRow(org_id=principal.org_id, application_id=application.id)
        session.add(row)
    row.decision = body.decision.value
    row.reason = body.reason.strip()
    row.api_key_id = principal.key_id
    row.decided_by = member_name(principal)
    row.decided_at = now
    session.flush()
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "decision.finalised",
        "application",
        application.id,
        {
            "applicant_ref": application.applicant_ref,
            "vacancy_id": application.vacancy_id,
            "decision": row.decision,
            "previous_decision": previous,
            "machine_recommendation": scored.result.recommendation,
            "reason": row.reason,
        },
    )
    enqueue_event(
        session,
        principal.org_id,
        "decision.finalised",
        {
            "vacancy_id": application.vacancy_id,
            "application_id": application.id,
            "applicant_ref": application.applicant_ref,
            "external_id": application.external_id,
            "decision": row.decision,
            "reason": row.reason,
            "decided_by": row.decided_by,
            "decided_at": now.isoformat(),
        },
        application_id=application.id,
    )
    return _decision_read(row)


def progress(
    session: Session, principal: Principal, vacancy_id: str, applications: list[Application]
) -> ProgressRead:
    """Who has completed which applications of a vacancy, and what is left."""
    ids = [a.id for a in applications]
    refs = {a.id: a.applicant_ref for a in applications}
    completions = repository.completions_for(session, ids)
    scores = repository.scores_for(session, ids)
    decisions = repository.decisions_for(session, ids)
    members: dict[str, tuple[str, bool]] = {
        k.id: (k.name or k.prefix, k.lead) for k in repository.panel_keys(session, principal.org_id)
    }
    for row in [*completions, *scores]:
        members.setdefault(row.api_key_id, (row.member, False))
    done: dict[str, set[str]] = defaultdict(set)
    for c in completions:
        done[c.api_key_id].add(c.application_id)
    started: dict[str, set[str]] = defaultdict(set)
    for s in scores:
        started[s.api_key_id].add(s.application_id)
    completed_by: dict[str, list[str]] = defaultdict(list)
    for c in completions:
        completed_by[c.application_id].append(c.member)

    def in_order(app_ids: set[str]) -> list[str]:
        return [refs[i] for i in ids if i in app_ids]

    return ProgressRead(
        vacancy_id=vacancy_id,
        applications=len(ids),
        decided=len(decisions),
        undecided=len(ids) - len(decisions),
        members=[
            MemberProgress(
                member=name,
                lead=lead,
                completed=in_order(done[key_id]),
                in_progress=in_order(started[key_id] - done[key_id]),
                remaining=len(ids) - len(done[key_id]),
            )
            for key_id, (name, lead) in sorted(members.items(), key=lambda kv: kv[1][0])
        ],
        by_application=[
            ApplicationProgress(
                application_id=i,
                applicant_ref=refs[i],
                completed_by=completed_by[i],
                decision=Decision(decisions[i].decision) if i in decisions else None,
            )
            for i in ids
        ],
    )

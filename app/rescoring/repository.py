"""SQL for re-scoring runs and the applications they score."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Application, ApplicationResult, SpecVersion
from app.rescoring.models import RescoreRun


def add_run(session: Session, run: RescoreRun) -> RescoreRun:
    session.add(run)
    session.flush()
    return run


def get_run(session: Session, run_id: str) -> RescoreRun | None:
    return session.get(RescoreRun, run_id, populate_existing=True)


def latest_run(session: Session, vacancy_id: str) -> RescoreRun | None:
    return session.scalars(
        select(RescoreRun)
        .where(RescoreRun.vacancy_id == vacancy_id)
        .order_by(RescoreRun.started_at.desc())
        .limit(1)
        .execution_options(populate_existing=True)
    ).first()


def running_since(session: Session, vacancy_id: str, since: dt.datetime) -> RescoreRun | None:
    """A run of the vacancy still going (it moved after ``since``)."""
    return session.scalars(
        select(RescoreRun)
        .where(
            RescoreRun.vacancy_id == vacancy_id,
            RescoreRun.status == "running",
            RescoreRun.updated_at >= since,
        )
        .limit(1)
    ).first()


def advance(session: Session, run_id: str, **counts: Any) -> None:
    """Add to the run's counts (``rescored=20``) and stamp it as moving."""
    values: dict[str, Any] = {
        name: getattr(RescoreRun, name) + amount for name, amount in counts.items()
    }
    values["updated_at"] = dt.datetime.now(dt.UTC)
    session.execute(update(RescoreRun).where(RescoreRun.id == run_id).values(**values))


def finish(session: Session, run_id: str, status: str, detail: str | None = None) -> None:
    now = dt.datetime.now(dt.UTC)
    session.execute(
        update(RescoreRun)
        .where(RescoreRun.id == run_id)
        .values(status=status, detail=detail, updated_at=now, finished_at=now)
    )


def applications(session: Session, ids: list[str]) -> list[Application]:
    return list(session.scalars(select(Application).where(Application.id.in_(ids))).all())


def scored_with(session: Session, ids: list[str], version_id: str) -> set[str]:
    """Of these applications, those that already have a result for this spec version."""
    return set(
        session.scalars(
            select(ApplicationResult.application_id).where(
                ApplicationResult.application_id.in_(ids),
                ApplicationResult.spec_version_id == version_id,
            )
        ).all()
    )


def previous_versions(session: Session, ids: list[str]) -> dict[str, int]:
    """The newest spec version each application was scored with before (for the audit)."""
    rows = session.execute(
        select(ApplicationResult.application_id, SpecVersion.version)
        .join(SpecVersion, SpecVersion.id == ApplicationResult.spec_version_id)
        .where(ApplicationResult.application_id.in_(ids))
        .order_by(SpecVersion.version)
    ).all()
    return {application_id: version for application_id, version in rows}

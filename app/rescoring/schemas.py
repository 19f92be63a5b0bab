"""What the API says about a re-scoring run."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from app.rescoring.models import RescoreRun


class RescoreRunRead(BaseModel):
    id: str
    vacancy_id: str
    version: int = Field(
        description="The spec version (criteria) the applications are scored with."
    )
    status: str = Field(description="running, done or failed")
    total: int = Field(description="Applications to score with this version when the run began.")
    processed: int = Field(description="Of those, how many are dealt with so far.")
    rescored: int = Field(description="Scored and stored with this version by this run.")
    failed: int = Field(description="The engine could not score them (logged); not stored.")
    already_scored: int = Field(description="Already had a result for this version.")
    skipped: int = Field(description="Erased statements, which cannot be scored again.")
    percent: float
    started_by: str
    started_at: dt.datetime
    updated_at: dt.datetime
    finished_at: dt.datetime | None
    detail: str | None

    @classmethod
    def of(cls, run: RescoreRun) -> RescoreRunRead:
        percent = 100.0 if run.total == 0 else round(100 * run.processed / run.total, 1)
        return cls(
            id=run.id,
            vacancy_id=run.vacancy_id,
            version=run.version,
            status=run.status,
            total=run.total,
            processed=run.processed,
            rescored=run.rescored,
            failed=run.failed,
            already_scored=run.already_scored,
            skipped=run.skipped,
            percent=percent,
            started_by=run.started_by,
            started_at=run.started_at,
            updated_at=run.updated_at,
            finished_at=run.finished_at,
            detail=run.detail,
        )

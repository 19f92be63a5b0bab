"""The shortlist as JSON."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.panel.schemas import DecisionRead, MemberScoreRead
from app.shortlist.ranking import Gate
from matching.result import Recommendation, Verdict


class ShortlistCriterion(BaseModel):
    id: str
    title: str = Field(description="A short name for headings and menus; the id stays the key.")
    text: str
    priority: str
    essential: bool
    assessed_at_sift: bool
    weight: float


class MachineCell(BaseModel):
    verdict: Verdict
    score: float
    confidence: float
    needs_review: bool


class PanelCell(BaseModel):
    agreement: str = Field(description="unanimous, split or no_scores among completed members")
    agreed_verdict: Verdict | None
    agreed_score: float | None
    members_disagree: bool
    panel_disagrees_with_machine: bool
    members: list[MemberScoreRead]


class ShortlistCell(BaseModel):
    criterion_id: str
    verdict: Verdict = Field(
        description="Effective: the panel's agreed verdict, else the machine's."
    )
    score: float
    source: str = Field(description="panel or machine")
    needs_review: bool
    disagreement: bool
    machine: MachineCell
    panel: PanelCell | None = Field(
        description="Null when nobody completed, or hidden from a member who has not completed."
    )


class ShortlistEntry(BaseModel):
    rank: int
    application_id: str
    applicant_ref: str
    external_id: str | None = Field(default=None, description="Hidden when blind.")
    name: str | None = Field(default=None, description="Hidden when blind.")
    email: str | None = Field(default=None, description="Hidden when blind.")
    phone: str | None = Field(default=None, description="Hidden when blind.")
    gate: Gate
    recommendation: Recommendation
    machine_recommendation: Recommendation
    score: float
    max_score: float
    machine_score: float
    essentials_met: int
    essentials_total: int
    needs_review: bool
    needs_review_count: int
    guaranteed_interview: bool = Field(description="Disability Confident and meets essentials.")
    disability_confident: bool | None = Field(
        description="Special category data: hidden when blind (guaranteed_interview stays)."
    )
    decision: DecisionRead | None
    panel_completed_by: list[str]
    panel_hidden: bool = Field(
        description="True when the calling member has not completed this applicant yet."
    )
    spec_version: int
    cells: list[ShortlistCell]


class ShortlistRead(BaseModel):
    vacancy_id: str
    title: str
    spec_version: int
    blind: bool
    total: int = Field(description="Applicants before filters.")
    count: int = Field(description="Applicants after filters.")
    criteria: list[ShortlistCriterion]
    applicants: list[ShortlistEntry]

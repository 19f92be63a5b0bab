"""Equality monitoring answers, one row per application, in a table of their own.

Revision ID: 0003_equality
Revises: 0002_panel
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_equality"
down_revision = "0002_panel"
branch_labels = None
depends_on = None

QUESTIONS = (
    "sex",
    "gender_identity",
    "age_band",
    "ethnic_group",
    "disability",
    "sexual_orientation",
    "religion",
)


def upgrade() -> None:
    op.create_table(
        "equality_monitoring",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("vacancy_id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        *(sa.Column(question, sa.String(length=40), nullable=True) for question in QUESTIONS),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organisations.id"],
            name=op.f("fk_equality_monitoring_org_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancies.id"],
            name=op.f("fk_equality_monitoring_vacancy_id_vacancies"),
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_equality_monitoring_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equality_monitoring")),
        sa.UniqueConstraint("application_id", name=op.f("uq_equality_monitoring_application_id")),
    )
    with op.batch_alter_table("equality_monitoring", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_equality_monitoring_org_id"), ["org_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_equality_monitoring_vacancy_id"), ["vacancy_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("equality_monitoring")

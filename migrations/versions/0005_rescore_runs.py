"""Re-scoring runs: the progress of re-scoring a vacancy's applications with one spec version.

Revision ID: 0005_rescore_runs
Revises: 0004_audit_erasure
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_rescore_runs"
down_revision = "0004_audit_erasure"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rescore_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("vacancy_id", sa.String(length=36), nullable=False),
        sa.Column("spec_version_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("processed", sa.Integer(), nullable=False),
        sa.Column("rescored", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("already_scored", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("started_by", sa.String(length=250), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name=op.f("fk_rescore_runs_org_id_organisations")
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancies.id"], name=op.f("fk_rescore_runs_vacancy_id_vacancies")
        ),
        sa.ForeignKeyConstraint(
            ["spec_version_id"],
            ["spec_versions.id"],
            name=op.f("fk_rescore_runs_spec_version_id_spec_versions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rescore_runs")),
    )
    with op.batch_alter_table("rescore_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rescore_runs_org_id"), ["org_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rescore_runs_vacancy_id"), ["vacancy_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("rescore_runs")

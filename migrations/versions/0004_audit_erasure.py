"""The audit log stays append-only, with one exception: erasing an application may rewrite the
detail of the lines about it to the applicant reference, the vacancy and ``"erased": true``.

Panel reasons and decision reasons are free text that can name the applicant; before this
revision they outlived the erasure in the audit (and on PostgreSQL could not be removed). The
triggers allow exactly that rewrite and nothing else: every other column unchanged, the new
detail built from the old one. Rows still cannot be deleted.

Revision ID: 0004_audit_erasure
Revises: 0003_equality
"""

from __future__ import annotations

from alembic import op

revision = "0004_audit_erasure"
down_revision = "0003_equality"
branch_labels = None
depends_on = None

UNCHANGED = (
    "NEW.id = OLD.id AND NEW.org_id IS NOT DISTINCT FROM OLD.org_id AND NEW.at = OLD.at "
    "AND NEW.actor = OLD.actor AND NEW.action = OLD.action "
    "AND NEW.subject_type = OLD.subject_type AND NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id"
)
POSTGRES_ERASED = (
    "NEW.detail::jsonb = jsonb_build_object("
    "'applicant_ref', OLD.detail::jsonb -> 'applicant_ref', "
    "'vacancy_id', OLD.detail::jsonb -> 'vacancy_id', 'erased', true)"
)
SQLITE_ERASED = (
    "json(NEW.detail) = json_object("
    "'applicant_ref', json_extract(OLD.detail, '$.applicant_ref'), "
    "'vacancy_id', json_extract(OLD.detail, '$.vacancy_id'), 'erased', json('true'))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND {UNCHANGED} AND {POSTGRES_ERASED} THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
            END;
            $$ LANGUAGE plpgsql
            """
        )
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            f"WHEN NOT ({UNCHANGED} AND {SQLITE_ERASED}) "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
            END;
            $$ LANGUAGE plpgsql
            """
        )
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )

"""a dropped brief is SQL NULL (pending), never the JSON value null (#23)

Before, a story whose members changed had its brief set to the JSON value `null`, which
`BRIEF_PENDING` (`brief IS NULL`) does not match: such a story was listed with 0
independent sources and 0 disputes as if they were known, and `synoptic briefs` never
built it. The model now writes SQL NULL; the stored JSON nulls become SQL NULL here.

Revision ID: 0007_lazy
Revises: 0006_web
Create Date: 2026-12-04 21:20:00
"""

from __future__ import annotations

from alembic import op

revision = '0007_lazy'
down_revision = '0006_web'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE stories SET brief = NULL WHERE brief IS NOT NULL AND CAST(brief AS TEXT) = 'null'")


def downgrade() -> None:
    pass  # SQL NULL is what the older code reads as "no brief" too

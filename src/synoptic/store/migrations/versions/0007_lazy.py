"""a dropped brief is SQL NULL (pending), never the JSON value null; pending stories indexed (#23)

Before, a story whose members changed had its brief set to the JSON value `null`, which
`BRIEF_PENDING` (`brief IS NULL`) does not match: such a story was listed with 0
independent sources and 0 disputes as if they were known, and `synoptic briefs` never
built it. The model now writes SQL NULL; the stored JSON nulls become SQL NULL here.
Briefs being lazy by default, the views ask for pending stories often (is any pending, how
many, which are the newest: `store.briefs`): a partial index holds only those, so the
question costs nothing on a store whose briefs are built, and never reads a story's row.

Revision ID: 0007_lazy
Revises: 0006_web
Create Date: 2026-12-04 21:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_lazy'
down_revision = '0006_web'
branch_labels = None
depends_on = None


# `store.queries.BRIEF_PENDING`, as SQLAlchemy writes it (a partial index is used only for
# a query whose WHERE implies the index's)
PENDING = 'brief IS NULL AND brief_error IS NULL'


def upgrade() -> None:
    op.execute("UPDATE stories SET brief = NULL WHERE brief IS NOT NULL AND CAST(brief AS TEXT) = 'null'")
    op.create_index('ix_stories_pending', 'stories', ['updated_at', 'id'],
                    sqlite_where=sa.text(PENDING), postgresql_where=sa.text(PENDING))


def downgrade() -> None:
    # SQL NULL is what the older code reads as "no brief" too: the values stay
    op.drop_index('ix_stories_pending', 'stories')

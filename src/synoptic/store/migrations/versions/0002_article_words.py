"""articles keep the words of their whole text for story clustering

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 07:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # nullable: rows stored before have none; loading them computes their words from
    # their text (store.Store), so no backfill pass is needed here
    # a plain ADD COLUMN on SQLite and PostgreSQL alike: no table copy, however large
    op.add_column('articles', sa.Column('words', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # SQLite drops a column only by copying the table: Alembic's batch mode does that
    with op.batch_alter_table('articles') as batch:
        batch.drop_column('words')

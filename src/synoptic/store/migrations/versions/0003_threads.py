"""threads of stories (one developing topic over days and weeks), stories' news days

Revision ID: 0003_threads
Revises: 0002
Create Date: 2026-12-03 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_threads'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'threads',
        sa.Column('id', sa.String(64), primary_key=True),
        sa.Column('title', sa.Text(), nullable=False, server_default=''),
        sa.Column('story_count', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('first_day', sa.Date(), nullable=True),
        sa.Column('last_day', sa.Date(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
    )
    op.create_index('ix_threads_last_day', 'threads', ['last_day'])
    # plain ADD COLUMNs (no table copy on SQLite or PostgreSQL); stored stories get their
    # thread and profile the next time a batch touches them or their neighbours
    op.add_column('stories', sa.Column('thread_id', sa.String(64), nullable=True))
    op.add_column('stories', sa.Column('news_first_day', sa.Date(), nullable=True))
    op.add_column('stories', sa.Column('news_last_day', sa.Date(), nullable=True))
    op.add_column('stories', sa.Column('profile', sa.LargeBinary(), nullable=True))
    op.create_index('ix_stories_thread_id', 'stories', ['thread_id'])
    op.create_index('ix_stories_news_last_day', 'stories', ['news_last_day'])
    # news days of the stories stored already: their articles' own dates (one statement)
    op.execute(
        "UPDATE stories SET "
        "news_first_day = (SELECT MIN(a.published) FROM articles a WHERE a.story_id = stories.id), "
        "news_last_day = (SELECT MAX(a.published) FROM articles a WHERE a.story_id = stories.id)"
    )


def downgrade() -> None:
    op.drop_index('ix_stories_news_last_day', 'stories')
    op.drop_index('ix_stories_thread_id', 'stories')
    # plain columns dropped in place (PostgreSQL, SQLite >= 3.35): batch mode would copy the
    # table and drop the old one, and with foreign keys on that drop cascades to every
    # story's entities, facts and origins
    for column in ('profile', 'news_last_day', 'news_first_day', 'thread_id'):
        op.drop_column('stories', column)
    op.drop_index('ix_threads_last_day', 'threads')
    op.drop_table('threads')

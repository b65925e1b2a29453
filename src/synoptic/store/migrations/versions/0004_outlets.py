"""articles keep their resolved outlet and wire credit; per-outlet, per-story profile rows and per-outlet totals

Revision ID: 0004_outlets
Revises: 0003_threads
Create Date: 2026-12-03 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_outlets'
down_revision = '0003_threads'
branch_labels = None
depends_on = None

_ARTICLE_COLUMNS = (
    ('outlet_id', 300), ('outlet_kind', 30), ('outlet_country', 8), ('outlet_language', 20),
    ('outlet_name_from', 20), ('wire', 300),
)
_COUNTS = (
    'articles', 'copies', 'exclusive_single', 'exclusive_corroborated', 'corroborated', 'dated',
    'first_reports', 'disputes', 'dispute_majority', 'dispute_alone', 'updated',
)


def upgrade() -> None:
    # nullable ADD COLUMNs: rows stored before have no resolved outlet (their `outlet`
    # label stays); no table copy, however large
    for name, length in _ARTICLE_COLUMNS:
        op.add_column('articles', sa.Column(name, sa.String(length=length), nullable=True))
    op.create_index('ix_articles_outlet_id', 'articles', ['outlet_id'], unique=False)
    op.create_table(
        'outlet_stories',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('story_id', sa.String(length=64), nullable=False),
        sa.Column('outlet_id', sa.String(length=300), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _COUNTS),
        sa.Column('delay_days', sa.Integer(), nullable=True),
        sa.Column('languages', sa.JSON(), nullable=False),
        sa.Column('evidence', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_outlet_stories_story_id', 'outlet_stories', ['story_id'], unique=False)
    op.create_index('ix_outlet_stories_outlet_story', 'outlet_stories', ['outlet_id', 'story_id'], unique=False)
    op.create_table(
        'outlets',
        sa.Column('id', sa.String(length=300), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=True),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('country', sa.String(length=8), nullable=True),
        sa.Column('language', sa.String(length=20), nullable=True),
        sa.Column('stories', sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _COUNTS),
        sa.Column('typical_delay_days', sa.Float(), nullable=True),
        sa.Column('delays_dated', sa.Integer(), nullable=False),
        sa.Column('languages', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_outlets_articles', 'outlets', ['articles'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outlets_articles', table_name='outlets')
    op.drop_table('outlets')
    op.drop_index('ix_outlet_stories_outlet_story', table_name='outlet_stories')
    op.drop_index('ix_outlet_stories_story_id', table_name='outlet_stories')
    op.drop_table('outlet_stories')
    op.drop_index('ix_articles_outlet_id', table_name='articles')
    # in place, not in batch mode: copying `articles` and dropping the old table would
    # cascade to its revisions (see 0003_threads)
    for name, _ in reversed(_ARTICLE_COLUMNS):
        op.drop_column('articles', name)

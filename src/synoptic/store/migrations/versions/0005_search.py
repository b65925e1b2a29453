"""full-text search: an FTS5 index (SQLite) or tsvector columns (PostgreSQL) over
articles and entity names, and each story's lede

Revision ID: 0005_search
Revises: 0004_outlets
Create Date: 2026-12-03 12:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = '0005_search'
down_revision = '0004_outlets'
branch_labels = None
depends_on = None

# case- and accent-folded words; see synoptic.util.folding for the same rules in Python
FTS5_TOKENIZE = "tokenize=\"unicode61 remove_diacritics 2\""


def upgrade() -> None:
    bind = op.get_bind()
    pg = bind.dialect.name == "postgresql"
    # a plain ADD COLUMN on both backends: no table copy
    op.add_column('stories', sa.Column('lede', sa.Text(), nullable=True))
    # sqlite_autoincrement: an id is never reused, so an FTS row left by a deleted article
    # can never point at another one
    op.create_table(
        'article_search',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('article_id', sa.String(length=200),
                  sa.ForeignKey('articles.id', ondelete='CASCADE'), nullable=False, unique=True),
        # the article's news day and ingest time, copied here so results sort in this small
        # table: in SQLite, reading them from `articles` walks past each row's long text
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('ingested_at', sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index('ix_article_search_order', 'article_search', ['day', 'ingested_at'])
    # the story of a matching article without reading its row (covering, for SQLite)
    op.create_index('ix_articles_id_story', 'articles', ['id', 'story_id'])
    # the list's other two sorts: most independent sources, most disputes
    op.create_index('ix_stories_sources', 'stories', ['independent_sources', 'article_count'])
    op.create_index('ix_stories_disputes', 'stories', ['conflicts', 'independent_sources'])
    op.create_table(
        'entity_names',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('key', sa.String(length=300), nullable=False, unique=True),
        sa.Column('names', sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    if pg:
        from sqlalchemy.dialects.postgresql import TSVECTOR

        for table in ('article_search', 'entity_names'):
            op.add_column(table, sa.Column('tsv', TSVECTOR(), nullable=False))
            op.create_index(f'ix_{table}_tsv', table, ['tsv'], postgresql_using='gin')
    else:
        # contentless: the text is kept once, in articles
        op.execute(f"CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', {FTS5_TOKENIZE})")
        op.execute(f"CREATE VIRTUAL TABLE entity_fts USING fts5(names, {FTS5_TOKENIZE})")
    # index what is stored already
    from synoptic.store.search_index import backfill

    session = Session(bind=bind)
    backfill(session)
    session.flush()


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    if not pg:
        op.execute("DROP TABLE IF EXISTS entity_fts")
        op.execute("DROP TABLE IF EXISTS article_fts")
    op.drop_table('entity_names')
    op.drop_index('ix_article_search_order', 'article_search')
    op.drop_table('article_search')
    op.drop_index('ix_articles_id_story', 'articles')
    op.drop_index('ix_stories_sources', 'stories')
    op.drop_index('ix_stories_disputes', 'stories')
    if pg:
        op.drop_column('stories', 'lede')
    else:
        # SQLite >= 3.35 drops a plain column in place; Alembic's batch mode would copy the
        # table and drop the old one, and with foreign keys on, that drop cascades to every
        # story's entities, facts and origins
        op.execute("ALTER TABLE stories DROP COLUMN lede")

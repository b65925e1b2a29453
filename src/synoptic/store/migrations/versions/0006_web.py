"""the web's reads from indexes alone: each stories-list sort a full covering index, the
outlets and languages of a story's articles, and search results newest first with their
language beside them (#22)

Revision ID: 0006_web
Revises: 0005_search
Create Date: 2026-12-03 16:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_web'
down_revision = '0005_search'
branch_labels = None
depends_on = None

# the stories list's three orders (store/search.py `_story_order`), every column of each,
# so a page is read off the index in order, never sorted; PostgreSQL puts undated stories
# last explicitly (SQLite sorts NULL last in DESC already)
_LATEST = ('news_last_day DESC', 'updated_at DESC', 'id')
_SORTS = {
    'ix_stories_by_latest': _LATEST,
    'ix_stories_by_sources': ('independent_sources DESC', 'article_count DESC', *_LATEST),
    'ix_stories_by_disputes': ('conflicts DESC', 'independent_sources DESC', *_LATEST),
}


def _columns(cols: tuple[str, ...], pg: bool) -> list:
    return [sa.text(c + (' NULLS LAST' if pg and c == 'news_last_day DESC' else '')) for c in cols]


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    # superseded by the full-order indexes below
    op.drop_index('ix_stories_sources', 'stories')
    op.drop_index('ix_stories_disputes', 'stories')
    for name, cols in _SORTS.items():
        op.create_index(name, 'stories', _columns(cols, pg))
    # a list card's outlets and languages, counted from the index alone (an article row is
    # long: its text)
    op.create_index('ix_articles_story_outlet_language', 'articles', ['story_id', 'outlet', 'language'])
    # an outlet's feed: its newest articles off the index
    op.create_index('ix_articles_outlet_newest', 'articles', ['outlet_id', sa.text('ingested_at DESC'), sa.text('id DESC')])
    # search results newest first, off the index; the language filter without reading articles
    op.add_column('article_search', sa.Column('language', sa.String(length=20), nullable=True))
    op.execute("UPDATE article_search SET language = (SELECT lower(articles.language) FROM articles "
               "WHERE articles.id = article_search.article_id)")
    op.drop_index('ix_article_search_order', 'article_search')
    op.create_index('ix_article_search_newest', 'article_search',
                    [sa.text('day DESC'), sa.text('ingested_at DESC'), 'article_id'])


def downgrade() -> None:
    op.drop_index('ix_article_search_newest', 'article_search')
    op.create_index('ix_article_search_order', 'article_search', ['day', 'ingested_at'])
    with op.batch_alter_table('article_search') as batch:
        batch.drop_column('language')
    op.drop_index('ix_articles_story_outlet_language', 'articles')
    op.drop_index('ix_articles_outlet_newest', 'articles')
    for name in _SORTS:
        op.drop_index(name, 'stories')
    op.create_index('ix_stories_sources', 'stories', ['independent_sources', 'article_count'])
    op.create_index('ix_stories_disputes', 'stories', ['conflicts', 'independent_sources'])

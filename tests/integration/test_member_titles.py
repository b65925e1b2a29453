"""Untitled stories' titles made in one read (`briefs.member_titles`, the ingest's) are the
ones `briefs.member_title` makes story by story; new articles' rows inserted from plain
rows (`writes.NewArticleRow`) read back as the articles they came from (#23)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from synoptic import read
from synoptic.briefs import member_title, member_titles
from synoptic.ingest import Ingester
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.store.models import ArticleRow, StoryRow
from synoptic.store.queries import MEMBER_ORDER

DATA = Path(__file__).resolve().parents[1] / "data" / "outlets" / "rotterdam-strike.jsonl"


def test_member_titles_are_member_title_story_by_story(tmp_path: Path, example_dir: Path) -> None:
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"  # fast and stateless
    with Store(f"sqlite:///{tmp_path / 'titles.db'}") as store:
        documents = list(read.read_paths([str(DATA), str(example_dir)], settings.read))
        Ingester(store).ingest(documents, settings)
        with store.write() as session:
            stories = list(session.scalars(select(StoryRow).order_by(StoryRow.id)))
            assert len(stories) >= 2 and all(s.title for s in stories)
            members: dict[str, list] = {}
            for r in session.execute(select(ArticleRow.story_id, ArticleRow.id)
                                     .order_by(ArticleRow.story_id, *MEMBER_ORDER)):
                members.setdefault(r.story_id, []).append(r)
            pairs = [(s, members[s.id]) for s in stories]
            assert member_titles(session, pairs, settings) == {}  # every story has its title
            for s in stories:
                s.title = ""
            titles = member_titles(session, pairs, settings)
            assert titles == {s.id: member_title(session, m, settings) for s, m in pairs}
            assert all(titles.values())
            # the stored rows hold what was read, under the columns' own types
            row = session.scalars(select(ArticleRow).order_by(ArticleRow.id)).first()
            assert isinstance(row.meta, dict) and isinstance(row.names, list) and row.story_id
            assert row.revision == 1 and row.cluster_day is not None
            session.rollback()

"""`store/peek.py`: before SQLAlchemy loads, `synoptic show` asks a SQLite store whether the
story's brief is still to build and which encoder made its vectors, to start the encoder's
helper early (#23); any doubt answers None. Data: the bundled example, ingested lazily."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from synoptic import briefs, read
from synoptic.ingest import Ingester
from synoptic.settings import Settings, VectorSettings
from synoptic.store import Store
from synoptic.store.peek import pending_brief_encoder, sqlite_file
from synoptic.vectors import for_store, use_available

pytestmark = pytest.mark.slow


@pytest.fixture()
def lazy_store(tmp_path: Path, example_dir: Path):
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    db = tmp_path / "lazy.db"
    with Store(f"sqlite:///{db}") as store:
        (sid,) = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings).stories
        yield store, sid, db, settings


def test_a_pending_story_names_the_store_s_encoder_until_its_brief_is_built(lazy_store) -> None:
    store, sid, db, settings = lazy_store
    for url in (str(db), f"sqlite:///{db}"):
        assert pending_brief_encoder(url, sid) == "tfidf"
    assert pending_brief_encoder(str(db), "st-nope") is None
    assert briefs.current_brief(store, sid, settings) is not None  # the first view builds it
    assert pending_brief_encoder(str(db), sid) is None


def test_any_doubt_is_none(tmp_path: Path) -> None:
    assert pending_brief_encoder(str(tmp_path / "missing.db"), "st-1") is None
    assert not (tmp_path / "missing.db").exists()  # read-only: nothing is created
    (tmp_path / "text.db").write_text("not a database")
    assert pending_brief_encoder(str(tmp_path / "text.db"), "st-1") is None
    assert sqlite_file("postgresql://user@host/db") is None and sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("~/x.db") == Path("~/x.db").expanduser()


def test_the_store_s_encoder_is_chosen_as_brief_settings_chooses_it(lazy_store) -> None:
    store, _, _, _ = lazy_store
    auto = Settings(quiet=True)
    assert briefs.brief_settings(store, auto).vectors == for_store(auto.vectors, "tfidf")
    assert for_store(auto.vectors, "tfidf").encoder == ("tfidf" if use_available() else "auto")
    same = VectorSettings(encoder="tfidf")
    assert for_store(same, "tfidf") is same and for_store(same, None) is same and for_store(same, "other") is same
    assert for_store(same, "use-multilingual").encoder == "use"


def test_the_peek_loads_no_sqlalchemy(lazy_store) -> None:
    _, sid, db, _ = lazy_store
    code = ("import sys; from synoptic.store.peek import pending_brief_encoder as p; "
            f"print(p({str(db)!r}, {sid!r}), 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["tfidf", "False"]

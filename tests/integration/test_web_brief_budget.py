"""A story whose brief never finishes cannot hold the web server's worker: the
POST that built it answers once the brief budget has run out (the articles are
stored), and the story's page and API say why it has no brief."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi.testclient import TestClient

import synoptic.ingest
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.web import create_app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "geneva-2022"
LOCAL = ("127.0.0.1", 50000)


def _example_articles(n: int = 3) -> list[dict]:
    out = []
    for path in sorted(EXAMPLE.glob("*.txt"))[:n]:
        text = path.read_text(encoding="utf-8")
        out.append({"id": path.stem, "text": text, "published": "2022-01-10", "language": "en"})
    return out


def test_a_story_brief_that_never_ends_is_cut_at_its_budget_in_a_worker_thread(tmp_path, monkeypatch):
    threads: list[str] = []

    def endless_brief(*args, **kwargs):  # a pathological story: its brief never finishes
        threads.append(threading.current_thread().name)
        while True:
            pass

    monkeypatch.setattr(synoptic.ingest, "build_brief", endless_brief)
    settings = Settings()
    settings.vectors.encoder = "tfidf"
    settings.store.brief_seconds = 2.0
    with Store(f"sqlite:///{tmp_path / 'web.db'}") as store:
        client = TestClient(create_app(store, settings, cache_seconds=0), client=LOCAL,
                            raise_server_exceptions=False)
        posted = client.post("/api/v1/articles", json=_example_articles())
        assert posted.status_code == 200, posted.text
        report = posted.json()
        assert report["added"] == 3 and report["stories"]
        # the brief was built (and cut) off the main thread, where no SIGALRM can reach
        assert threads and threading.main_thread().name not in threads
        for story_id in report["stories"]:
            assert store.story_error(story_id) == "too slow in brief (over 2 s)"
            page = client.get(f"/stories/{story_id}")
            assert page.status_code == 503
            assert "could not be built: too slow in brief (over 2 s)" in page.text
            api = client.get(f"/api/v1/stories/{story_id}")
            assert api.status_code == 503 and "too slow in brief" in api.json()["detail"]
        # the articles themselves were stored and are served
        assert client.get(f"/api/v1/articles/{report['articles'][0]}").status_code == 200
        assert client.get("/stories/no-such-story").status_code == 404

"""A story whose brief never finishes cannot hold the web server's worker: the POST
stores the articles (briefs are lazy), the story's first view builds its brief in a
worker thread and answers once the brief budget (the app's settings) has run out, and
the story's page and API say why it has no brief."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi.testclient import TestClient

import synoptic.pipeline
import synoptic.text
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

    real_analyze = synoptic.text.analyze

    def analyze(article, text_settings):
        threads.append(threading.current_thread().name)
        return real_analyze(article, text_settings)

    monkeypatch.setattr(synoptic.pipeline, "build_brief", endless_brief)
    monkeypatch.setattr(synoptic.text, "analyze", analyze)
    settings = Settings()
    settings.vectors.encoder = "tfidf"
    settings.store.brief_seconds = 2.0  # the articles' analyses and the brief together
    with Store(f"sqlite:///{tmp_path / 'web.db'}") as store:
        client = TestClient(create_app(store, settings, cache_seconds=0), client=LOCAL,
                            raise_server_exceptions=False)
        posted = client.post("/api/v1/articles", json=_example_articles())
        assert posted.status_code == 200, posted.text
        report = posted.json()
        assert report["added"] == 3 and report["stories"]
        for story_id in report["stories"]:
            page = client.get(f"/stories/{story_id}")  # the first view builds it: cut at 2 s
            assert store.story_error(story_id) == "too slow in brief (over 2 s)"
            assert page.status_code == 503
            assert "could not be built: too slow in brief (over 2 s)" in page.text
            api = client.get(f"/api/v1/stories/{story_id}")
            assert api.status_code == 503 and "too slow in brief" in api.json()["detail"]
        # the story's work ran (and was cut) off the main thread, where no SIGALRM can reach
        assert threads and threading.main_thread().name not in threads
        # the articles themselves were stored and are served
        assert client.get(f"/api/v1/articles/{report['articles'][0]}").status_code == 200
        assert client.get("/stories/no-such-story").status_code == 404


def test_an_article_too_slow_in_text_is_left_out_of_its_story_brief(tmp_path, monkeypatch):
    posted = _example_articles()
    slow_id = posted[1]["id"]
    real_analyze = synoptic.text.analyze
    seen: list[list[str]] = []

    def analyze(article, text_settings):
        if article.id == slow_id:
            while True:  # a record whose analysis never finishes
                pass
        return real_analyze(article, text_settings)

    def brief_spy(story_id, articles, analyses, settings):
        seen.append(sorted(a.id for a in articles))
        raise ValueError("stopped after the analyses")  # what reaches the brief is all this test needs

    monkeypatch.setattr(synoptic.text, "analyze", analyze)
    monkeypatch.setattr(synoptic.pipeline, "build_brief", brief_spy)
    settings = Settings()
    settings.vectors.encoder = "tfidf"
    settings.clean.record_seconds = 1.0
    with Store(f"sqlite:///{tmp_path / 'web.db'}") as store:
        client = TestClient(create_app(store, settings, cache_seconds=0), client=LOCAL)
        report = client.post("/api/v1/articles", json=posted).json()
        assert report["added"] == 3
        for story_id in report["stories"]:
            client.get(f"/api/v1/stories/{story_id}")  # the first view builds the brief
    assert seen and all(slow_id not in ids for ids in seen)
    assert sorted(i for ids in seen for i in ids) == sorted(a["id"] for a in posted if a["id"] != slow_id)

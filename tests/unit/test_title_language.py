"""A story's title is a headline in the brief's language where an article has one, and a
dash inside a headline is not a site's suffix. The headlines are Wikinews' (the Wikinews
timelines, trial split; CC BY 3.0, see NOTICE) and one of the Gun Violence Corpus (CC BY
4.0)."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.write.title import story_title

# One report in four languages (Wikinews 279494, 25 August 2011)
HEADLINES = {
    "en": "Apple executive Steve Jobs resigns",
    "es": "El ejecutivo de Apple, Steve Jobs, dimite",
    "it": "L'amministratore delegato di Apple Steve Jobs si dimette",
    "nl": "Apple executive Steve Jobs treedt terug",
}


def _articles(headlines: dict[str, str]) -> list[Article]:
    return [Article(id=f"{code}/279494", source="", title=title, text=title, language=code)
            for code, title in headlines.items()]


def _title(articles: list[Article], language: str | None) -> str:
    s = Settings()
    return story_title(articles, [], s.write, s.compare.clarity, language)


def test_the_brief_language_headline_wins():
    # Spanish first and a clearer shape: a reader of the English brief still reads English
    articles = _articles({k: HEADLINES[k] for k in ("es", "it", "en", "nl")})
    assert _title(articles, "en") == HEADLINES["en"]
    assert _title(articles, "es") == HEADLINES["es"]
    assert _title(articles, "it") == HEADLINES["it"]


def test_a_dash_inside_the_headline_stays():
    wal_mart = "Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller"  # Wikinews 103623
    assert _title(_articles({"en": wal_mart}), "en") == wal_mart


def test_a_site_name_after_a_dash_goes():
    gvc = "2-year-old injured in shooting at Madison apartment - WSMV Channel 4"  # a GVC headline
    assert _title(_articles({"en": gvc}), "en") == "2-year-old injured in shooting at Madison apartment"

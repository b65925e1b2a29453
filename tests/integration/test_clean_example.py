"""The bundled example, line by line: every piece of page furniture goes, with
the right kind of reason, and every line of the story stays.

The expectations below are the test's ground truth, written by reading the
five files; the cleaner itself names none of these phrases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.clean import clean_documents, normalize_text
from synoptic.model import Article, Skipped
from synoptic.read import read_paths
from synoptic.settings import CleanSettings, ReadSettings

# file prefix -> {line start: allowed reasons}
JUNK: dict[str, dict[str, set[str]]] = {
    "000": {
        "Listen to this story": {"promo", "media"},
        "Cesar Romero": {"byline"},
        "3 min read": {"reading_time"},
        # the headline again, as an image's alt text, then that image's caption
        "Dialogue between Russia and the United States on the armed crisis": {"duplicate_title"},
        "Meeting in plenary session of the Russian and American commissions.": {"caption"},
    },
    "001": {
        "Live updates as Russia issues warning": {"media", "navigation", "promo"},
        "Please use Chrome browser for a more accessible video player": {"media"},
        "Will Russia go to war with Ukraine?": {"media"},
        "Analysis by Mark Stone, American correspondent": {"byline"},
        "Russia carried out military exercises in December": {"caption"},
        "Related Articles": {"navigation"},
        "Leave a Reply": {"comments"},
        "Your email address will not be published.": {"comments"},
        "9 − nine =": {"comments"},
    },
    "002": {
        "Leave A Reply": {"comments"},
        "Your email address will not be published.": {"comments"},
    },
    "003": {
        "Support The Moscow Times!": {"promo"},
        "A Ukrainian soldier near Debaltsevo": {"caption"},
        "… we have a small favor to ask.": {"promo"},
        "As you may have heard, The Moscow Times": {"promo"},
        "We, the journalists of The Moscow Times": {"promo"},
        "Your support, no matter how small": {"promo"},
        "Continue": {"navigation"},
        "Read more": {"navigation"},
    },
    "004": {
        "source site-29": {"site_signature"},
    },
}
# lines that may go or stay: a video's title vs. a subhead after the player
EITHER = {"“Putin is good at playing with strength a weak hand”"}
# subheads that must be kept and marked as headings
HEADINGS = {
    "000": ["The new \"Soviet Union\"", "Delicate consequences"],
    "001": ["“Opposing views on what needs to be done”", "“It’s time to call Putin’s bluff”"],
    "003": ["'Soviet Union 2.0'", "'Severe costs' of invasion"],
    "004": ["Moscow says it does not want to invade Ukraine", "“The situation is not hopeless”"],
}
TITLES = {
    "000": "Dialogue between Russia and the United States on the armed crisis in Ukraine",
    "001": "Russian-Ukrainian tensions: no breakthrough on the day of talks between the United States "
           "and Moscow as Putin fears prepare for an invasion",
    "002": "US-Russian talks on Ukraine end after eight hours without agreement",
    "003": "U.S., Russia Hold High-Stakes Talks on Ukraine",
    "004": "the United States and Russia start tense negotiations in Switzerland",
}


@pytest.fixture(scope="module")
def cleaned(example_dir: Path) -> dict[str, Article]:
    docs = list(read_paths([str(example_dir)], ReadSettings()))
    assert not [d for d in docs if isinstance(d, Skipped)]
    articles, skipped = clean_documents(docs, CleanSettings())
    assert skipped == []
    return {a.id[:3]: a for a in articles}


def _junk_reason(prefix: str, line: str) -> set[str] | None:
    for start, reasons in JUNK[prefix].items():
        if line.startswith(start):
            return reasons
    return None


@pytest.mark.parametrize("prefix", sorted(JUNK))
def test_every_line_is_judged_right(cleaned: dict[str, Article], example_dir: Path, prefix: str) -> None:
    article = cleaned[prefix]
    raw = next(example_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    removed = {r.text: r.reason for r in article.removed}
    flat_text = article.text.replace("\n\n", " ")
    for line in normalize_text(raw).split("\n"):
        if not line.strip():
            continue
        reasons = _junk_reason(prefix, line)
        if reasons is not None:
            assert line in removed, f"{prefix}: not removed: {line!r}"
            assert removed[line] in reasons, f"{prefix}: {line!r} removed as {removed[line]}, want {reasons}"
            assert line not in article.text
        elif line in EITHER:
            continue
        elif line == TITLES[prefix] or line.startswith(TITLES[prefix]):
            assert article.title == TITLES[prefix]
        else:
            # a story line: kept whole (a hard-wrapped sentence may be rejoined)
            assert line not in removed, f"{prefix}: story line removed as {removed.get(line)}: {line!r}"
            assert line in flat_text, f"{prefix}: story line lost: {line!r}"


def test_titles_and_suffix(cleaned: dict[str, Article]) -> None:
    for prefix, title in TITLES.items():
        assert cleaned[prefix].title == title
    assert cleaned["001"].meta.get("title_suffix") == "World news"


def test_headings_are_kept_and_marked(cleaned: dict[str, Article]) -> None:
    for prefix, heads in HEADINGS.items():
        article = cleaned[prefix]
        marked = [article.text[s:e] for s, e in article.headings]
        for head in heads:
            assert head in marked, f"{prefix}: {head!r} not marked as heading ({marked})"
        # story sentences are never marked as headings
        assert all(len(h.split()) <= 16 for h in marked)


def test_removed_lines_point_at_the_raw_text(cleaned: dict[str, Article]) -> None:
    for article in cleaned.values():
        lines = normalize_text(article.raw_text).split("\n")
        for r in article.removed:
            # the whole line, or the bracketed furniture cut from its end
            assert r.line is not None and lines[r.line].endswith(r.text)


def test_hard_wrapped_sentence_is_rejoined(cleaned: dict[str, Article]) -> None:
    assert "consultations in Brussels with the North Atlantic Treaty Organization" in cleaned["002"].text


def test_no_outlet_is_invented_and_language_found(cleaned: dict[str, Article]) -> None:
    for article in cleaned.values():
        assert article.outlet is None  # plain text files, no URL, no record: unknown
        assert article.language == "en"

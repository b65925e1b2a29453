"""Main text and metadata of an HTML page, with trafilatura.

The text keeps one paragraph per line; the line classifier then gives a
second opinion on every line trafilatura kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from synoptic.settings import CleanSettings

_SCRIPT_ONLY = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
# what no extractor reads: scripts (except JSON-LD metadata), styles, inline
# images, comments. Dropping them first makes huge pages cheap to parse.
_HEAVY = re.compile(
    r"<(script|style|svg|noscript|template)\b(?![^>]*application/ld\+json)[^>]*>.*?</\1\s*>|<!--.*?-->|"
    r"data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]{64,}",
    re.S | re.I,
)
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def strip_heavy(markup: str) -> str:
    return _HEAVY.sub(" ", markup)


def has_visible_text(markup: str) -> bool:
    """False for a page that is only scripts/styles/markup."""
    visible = _TAGS.sub(" ", _SCRIPT_ONLY.sub(" ", markup))
    return bool(re.search(r"[^\W\d_]{2,}.*[^\W\d_]{2,}", visible, re.S))


def extract_main(markup: str, url: str | None, settings: CleanSettings) -> Extracted | None:
    """Two opinions: trafilatura tuned for precision, checked against its balanced mode.

    The precise mode drops more furniture (related links, teasers) but now and
    then loses the article itself and keeps only a stray notice; when its text
    is short and the balanced extraction finds at least twice as much, the
    balanced one wins.
    """
    precise = extract_html(markup, url, favor="precision")
    n_precise = len(precise.text.split()) if precise else 0
    if n_precise >= settings.precise_enough_words:
        return precise
    balanced = extract_html(markup, url, favor="balanced")
    n_balanced = len(balanced.text.split()) if balanced else 0
    if (
        balanced is not None
        and n_balanced >= settings.balanced_factor * n_precise
        and n_balanced - n_precise >= settings.balanced_extra_words
    ):
        return balanced
    return precise or balanced


def extract_html(markup: str, url: str | None = None, favor: str = "balanced") -> Extracted | None:
    """trafilatura's main text + metadata; None when it finds no article."""
    import trafilatura

    kwargs = {"favor_precision": favor == "precision", "favor_recall": favor == "recall"}
    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            **kwargs,
        )
    except Exception:  # trafilatura/lxml raise on pathological markup
        return None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        return None
    return Extracted(
        text=text,
        title=data.get("title") or None,
        author=data.get("author") or None,
        date=data.get("date") or None,
        sitename=data.get("sitename") or None,
        hostname=data.get("hostname") or None,
        language=data.get("language") or None,
        url=data.get("url") or url,
        description=data.get("description") or None,
    )

"""A story's title: the headline of its most central article, in the brief's language,
without the site's name; without any headline, a lead sentence cut to headline length.
Never invented, never empty while there is text, never a file name or an id."""

from __future__ import annotations

import re
from collections import Counter

from synoptic.compare import lexical as lx
from synoptic.compare.facts import clarity
from synoptic.lang import language_code
from synoptic.model import Article, Fact, SummarySentence
from synoptic.settings import ClaritySettings, WriteSettings
from synoptic.text import person_evidence as pe
from synoptic.write.headline import lead_headline, without_closing_stop

# A site or section suffix after a separator: "Headline | World news".
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")


# Any length of suffix goes when it names the site: "... - KiiiTV.com South Texas, Corpus
# Christi, Coastal Bend" (a domain in it, or the outlet's own name).
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—]+)$")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|co|tv|news|info|[a-z]{2})\b", re.IGNORECASE)


# Words a site's or section's name writes in lower case ("Region 8 News, weather, sports")
_SECTION_WORDS = pe.OUTLET_WORDS | frozenset("weather sports traffic and of the".split())


def _suffix_cut(match: re.Match) -> str:
    """A suffix after "|" goes; after a dash only when it reads as a name ("- WSMV Channel
    4", "- Region 8 News, weather, sports"), not as the headline going on ("Apple's iTunes
    replaces Wal - Mart as No. 1 U.S. music seller"; "Storm hits coast - thousands without
    power"): no word of it in lower case but those a site's name has."""
    segment = match.group()
    if segment.lstrip()[:1] == "|":
        return ""
    lower = [w for w in re.findall(r"\w+", segment) if w[:1].islower()]
    return segment if any(w not in _SECTION_WORDS for w in lower) else ""


def _clean_title(title: str, settings: WriteSettings, outlet: str | None = None) -> str:
    title = " ".join(title.split())
    stripped = _TITLE_SUFFIX.sub(_suffix_cut, title)
    site = _SITE_SUFFIX.search(title)
    if site and (_DOMAIN.search(site["site"]) or (outlet and _folded(outlet) in _folded(site["site"]))):
        stripped = title[: site.start()]
    stripped = _site_trail(stripped, outlet)
    return without_closing_stop(stripped if lx.word_count(stripped) >= settings.title_min_words_cut else title)


def _site_trail(title: str, outlet: str | None) -> str:
    """The title without the rest of a trail of site segments, each naming a site: "…
    identified - CBS News 8 - San Diego, CA News Station - KFMB Channel 8" (the last one
    already cut) is "… identified"."""
    while (m := _TITLE_SUFFIX.search(title)) and lx.word_count(title[: m.start()]) >= 3:
        segment = m.group()
        if not (_DOMAIN.search(segment) or (outlet and _folded(outlet) in _folded(segment))
                or {w.casefold() for w in re.findall(r"\w+", segment)} & pe.OUTLET_WORDS):
            break
        title = title[: m.start()]
    return title


def _folded(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def story_title(
    articles: list[Article],
    facts: list[Fact],
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
    language: str | None = None,
    summary: list[SummarySentence] | None = None,
) -> str:
    """The headline of the most central article (by the facts it shares), in the brief's
    `language` where one is; never invented, never empty while there is text: without
    any headline, the lead sentence of the summary (or the first article's first line)."""
    if not articles:
        return ""
    title = _headline(articles, facts, settings, clarity_settings, language)
    if title:
        return title
    if summary:
        return summary[0].text
    for article in articles:
        line = next((x.strip() for x in article.text.splitlines() if x.strip()), "")
        if line:
            return line
    return ""  # no text at all: a file name or an id is never a title


def _headline(
    articles: list[Article],
    facts: list[Fact],
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
    language: str | None,
) -> str:
    support: Counter[str] = Counter()
    for fact in facts:
        if len(fact.articles) >= 2:
            for aid in fact.articles:
                support[aid] += fact.weight
    best_score, best_title = None, ""
    for n, article in enumerate(articles):
        title = _clean_title(article.title or "", settings, article.outlet)
        if not title or _names_a_file(title, article):
            continue
        words = lx.word_count(title)
        shape = clarity(title if title[-1:] in ".!?" else title + ".", clarity_settings)
        short_or_long = words < settings.title_min_words or words > settings.title_max_words
        shape -= settings.title_length_penalty if short_or_long else 0.0
        shape -= settings.title_all_caps_penalty if title.isupper() else 0.0
        shape -= settings.title_lowercase_penalty if title[:1].islower() else 0.0
        own = language_code(article.language) == (language or "en")
        central = support[article.id] / (max(support.values()) or 1) if support else 0.0
        key = (own, central + shape, -n)
        if best_score is None or key > best_score:
            best_score, best_title = key, title
    # no article has a title: the most central lead sentence, cut to a headline
    return best_title or lead_headline(articles, settings.headline_max_words)


def _names_a_file(title: str, article: Article) -> bool:
    """A "title" that is only the article's id or file name says nothing of the news."""
    stem = re.split(r"[\\/]", article.source or "")[-1].rsplit(".", 1)[0]
    return title.casefold() in {article.id.casefold(), stem.casefold()} - {""}

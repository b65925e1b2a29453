"""The clean stage's documents: `clean_documents` and `clean_document` (the stage is
described in `synoptic/clean/__init__.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from synoptic.clean.batch import learn_boilerplate
from synoptic.clean.dates import (
    date_in_line,
    headline_before_dateline,
    opening_date,
    without_date_prefix,
)
from synoptic.clean.html import extract_main, has_visible_text, strip_heavy
from synoptic.clean.language import detect_language
from synoptic.clean.lines import Line, classify, join_wrapped
from synoptic.clean.normalize import line_key, normalize_text
from synoptic.clean.outlet import (
    article_outlet,
    domain_of,
    page_site_name,
    share_names,
    site_key,
    split_title_suffix,
    wire_agency,
)
from synoptic.model import Article, Document, Removed, Skipped
from synoptic.read.files import looks_like_html
from synoptic.settings import CleanSettings
from synoptic.util.budget import TooSlow, time_budget

__all__ = ["clean_documents", "clean_document", "learn_boilerplate", "normalize_text", "line_key"]

NO_TEXT = "no article text found"


@dataclass
class _Prepared:
    doc: Document
    text: str  # normalized text, one paragraph per line
    title: str | None = None
    sitename: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    page_name: str | None = None  # the site's own name in the page's metadata
    page_brand: bool = False  # the page vouches that its bare domain label is its brand


def _prepare(doc: Document, settings: CleanSettings) -> _Prepared | Skipped:
    if doc.kind == "html":
        # ten times the limit is too much even if most of it were scripts
        markup = strip_heavy(doc.content) if len(doc.content) <= settings.max_raw_html_factor * settings.max_html_chars else doc.content
        if len(markup) > settings.max_html_chars:
            return Skipped(doc.source, f"{NO_TEXT}: page too large to be one article "
                                       f"({len(markup) / 1e6:.1f} MB of markup without scripts)")
        if not has_visible_text(markup):
            return Skipped(doc.source, f"{NO_TEXT} (page has no visible text)")
        ex = extract_main(markup, doc.url, settings)
        if ex is None and not looks_like_html(doc.content):
            # marked as a page but plain text after all: clean it as text
            return _prepare(replace(doc, kind="text"), settings)
        if ex is None:
            return Skipped(doc.source, NO_TEXT)
        page_name, page_brand = page_site_name(markup, doc.url or ex.url)
        return _Prepared(
            doc,
            normalize_text(ex.text),
            title=doc.title or (normalize_text(ex.title) if ex.title else None),
            sitename=ex.sitename,
            author=doc.author or ex.author,
            date=ex.date,
            language=doc.language or ex.language,
            url=doc.url or ex.url,
            # og:site_name or the JSON-LD publisher as the page writes them; trafilatura's
            # sitename also guesses from authors and copyright lines (bench/outlets.py)
            page_name=page_name,
            page_brand=page_brand,
        )
    if len(doc.content) > settings.max_text_chars:
        return Skipped(doc.source, f"{NO_TEXT}: text too long to be one article ({len(doc.content)} characters)")
    return _Prepared(
        doc,
        normalize_text(doc.content),
        title=normalize_text(doc.title) if doc.title else None,
        author=doc.author,
        language=doc.language,
        url=doc.url,
    )


def _published(doc: Document, date_str: str | None):
    if doc.published is not None:
        return doc.published
    if date_str:
        from synoptic.read.files import parse_date

        return parse_date(date_str)
    return None


def _assemble(lines: list[Line], texts: list[str], settings: CleanSettings) -> tuple[str, list[tuple[int, int]]]:
    """The kept lines as the article's text, paragraphs apart, and where its headings are."""
    parts: list[str] = []
    headings: list[tuple[int, int]] = []
    pos = 0
    for para in join_wrapped(lines, texts, settings.lines):
        chunk = " ".join(ln.text for ln in para)
        if parts:
            pos += 2
        if len(para) == 1 and para[0].heading:
            headings.append((pos, pos + len(chunk)))
        parts.append(chunk)
        pos += len(chunk)
    return "\n\n".join(parts), headings


def _finish(prep: _Prepared, settings: CleanSettings, learned: frozenset[str]) -> Article | Skipped:
    doc = prep.doc
    texts = prep.text.split("\n")
    lines, title = classify(texts, title=prep.title, learned=learned, find_title=doc.kind == "text",
                           html=doc.kind == "html", settings=settings.lines)
    text, headings = _assemble(lines, texts, settings)
    if not text.strip() and doc.kind == "text" and any(ln.reason == "caption" for ln in lines):
        # a record that is nothing but a photo's caption (a photo page's text): the caption
        # is what it reports, not boilerplate around an article
        for ln in lines:
            ln.reason = None if ln.reason == "caption" else ln.reason
        text, headings = _assemble(lines, texts, settings)
    # notes from the reader (a field cut to its limit) come first
    removed = list(doc.removed) + [Removed(ln.text, ln.reason, ln.number) for ln in lines if ln.reason is not None]

    body_chars = len(text) - sum(end - start for start, end in headings)
    # a page whose extraction is this short is an index page or a wall; text a
    # user supplies as an article only needs one real sentence
    floor = settings.min_article_chars if doc.kind == "html" else settings.min_text_chars
    if not text.strip() or body_chars < floor or len(text.split()) < settings.min_article_words:
        return Skipped(doc.source, NO_TEXT)

    meta: dict[str, str] = dict(prep.meta)
    # the name may be written anywhere on the page: headline suffix, text, <title>, footer
    outlet_info = article_outlet(doc.outlet, prep.page_name, prep.url, f"{title or ''}\n{doc.content}",
                                 page_brand=prep.page_brand)
    outlet = outlet_info.label if outlet_info else None
    if not title and doc.kind == "text" and text.strip():
        # a first line that runs headline, dateline and lede together: its headline
        first = text.strip().split("\n", 1)[0]
        headline = headline_before_dateline(first)
        title = headline if headline != first else None
    clean_title, suffix = split_title_suffix(without_date_prefix(_said_once(title)), outlet) if title else ("", None)
    if suffix:
        meta["title_suffix"] = suffix
    if prep.sitename:
        meta["sitename"] = prep.sitename
    domain = domain_of(prep.url)
    if domain:
        meta["domain"] = domain
    language = prep.language or detect_language(text, settings)
    if prep.language is None and language:
        meta["language_detected"] = "auto"

    published = _published(doc, prep.date)
    if published is None:
        # the page's own dateline ("Published: 3 March 2023"), never a guess
        for r in removed:
            # a whole line: a stamp cut from the end of a line of prose dates a video or a caption
            whole = r.line is None or texts[r.line].strip() == r.text.strip()
            if r.reason in ("dateline", "byline") and whole and (found := date_in_line(r.text, language)):
                published = found
                meta["published_from"] = "dateline"
                break
    if published is None and (found := opening_date(text, language)):
        published = found  # a dateline run into the first line of the text
        meta["published_from"] = "dateline"

    return Article(
        id=doc.id,
        source=doc.source,
        text=text,
        raw_text=prep.text,  # normalized, before cleaning: `Removed.line` indexes its lines
        title=clean_title,
        outlet=outlet,
        url=prep.url,
        language=language,
        published=published,
        author=prep.author,
        removed=removed,
        headings=headings,
        meta=meta,
        outlet_info=outlet_info,
        # credits sit in datelines and closing lines, which cleaning removes: the text as scraped
        wire=_credited_agency(prep.text),
    )


def _credited_agency(text: str) -> str | None:
    found = wire_agency(text)
    return found[0].id if found else None


def clean_document(
    doc: Document, settings: CleanSettings, learned: frozenset[str] = frozenset()
) -> Article | Skipped:
    """One document alone (with optional boilerplate keys learned from its batch)."""
    try:
        prep = _prepare(doc, settings)
        if isinstance(prep, Skipped):
            return prep
        return _finish(prep, settings, learned)
    except Exception as exc:  # one bad page never stops the batch
        return Skipped(doc.source, f"clean failed: {type(exc).__name__}: {str(exc)[:200]}".splitlines()[0])


def clean_documents(
    docs: list[Document], settings: CleanSettings
) -> tuple[list[Article], list[Skipped]]:
    """Clean a batch; lines recurring across the batch or an outlet are learned as boilerplate."""
    prepared: list[_Prepared] = []
    skipped: list[Skipped] = []
    for doc in docs:
        try:
            with time_budget(settings.record_seconds, "clean"):
                prep = _prepare(doc, settings)
        except TooSlow as exc:
            prep = Skipped(doc.source, str(exc))
        except Exception as exc:  # one bad page never stops the batch
            prep = Skipped(doc.source, f"clean failed: {type(exc).__name__}: {str(exc)[:200]}".splitlines()[0])
        (skipped if isinstance(prep, Skipped) else prepared).append(prep)
    learned = learn_boilerplate(
        [p.text for p in prepared],
        [p.doc.outlet or p.sitename or domain_of(p.url) for p in prepared],
        settings,
    )
    articles: list[Article] = []
    for prep in prepared:
        try:
            with time_budget(settings.record_seconds, "clean"):
                result = _finish(prep, settings, learned)
        except TooSlow as exc:
            result = Skipped(prep.doc.source, str(exc))
        except Exception as exc:  # one bad page never stops the batch
            result = Skipped(prep.doc.source, f"clean failed: {type(exc).__name__}: {str(exc)[:200]}".splitlines()[0])
        (skipped if isinstance(result, Skipped) else articles).append(result)
    # a site named by one article's page or text is named for its siblings
    share_names([(site_key(a.url), a.outlet_info) for a in articles])
    for article in articles:
        if article.outlet_info is not None:
            article.outlet = article.outlet_info.label
    return articles, skipped


def _said_once(title: str) -> str:
    """A headline a page gives twice, run together ("Man Shot In The HeadMan Shot In The
    Head": its <title> and its heading joined by a scraper): once."""
    t = title.strip()
    half = len(t) // 2
    for cut in (half, half + 1):
        head, tail = t[:cut].strip(), t[cut:].strip()
        if len(head) >= 10 and head == tail:
            return head
    return title


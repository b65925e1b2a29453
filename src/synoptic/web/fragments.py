"""The HTML a story page repeats hundreds of times, made here rather than in a template:
citation markers (`cites`) and the cells of the who-reported-what grid (`cells`); and the
items lists repeat: a list's story cards (`card_html`), search results (`hits_html`).

Every value is escaped (markupsafe's escaping, as plain str: one str join instead of
Markup additions). What depends only on a source (its link, its outlet) is escaped once
per source and kept (`_source`), not once per marker.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from synoptic.web.views import Citation, seg


def _esc(value: object) -> str:
    return str.__str__(escape(value))


@lru_cache(maxsize=8192)
def _source(article: str, outlet: str) -> tuple[str, str, str]:
    """(the article page's URL, the article id, the outlet), escaped."""
    return _esc(f"/articles/{seg(article)}"), _esc(article), _esc(outlet)


@lru_cache(maxsize=16384)
def _cited(env: Any, quote: str) -> str:
    """The cited words as a marker's tooltip shows them: cut, escaped (a story's markers
    cite the same sentences again and again)."""
    return _esc(do_truncate(env, quote, 160))


@lru_cache(maxsize=16384)
def _anchor(anchor: str) -> str:
    return _esc(anchor)


def render_cites(env: Any, citations: list[Citation]) -> Markup:
    """The citation markers as HTML (the `cites` of the templates)."""
    out = ['<span class="cites">']
    for c in citations:
        href, article, outlet = _source(c.article, c.outlet)
        title = f"{outlet}: {_cited(env, c.quote)}" if c.quote else outlet
        anchor = ""
        if c.anchor:
            at = _anchor(c.anchor)
            href, anchor = f"{href}#{at}", f' data-anchor="{at}"'
        out.append(f'<a class="cite" href="{href}" data-article="{article}"{anchor} '
                   f'title="{title}" aria-label="source {c.number}, {outlet}">[{c.number}]</a>')
    out.append("</span>")
    return Markup("".join(out))


def render_cells(cells: list[Citation | None]) -> Markup:
    """One grid row's cells (the `cells` of the templates): a filled one links to the
    sentence of that source that reports the fact, an empty one says which source it is."""
    out = []
    for n, c in enumerate(cells, start=1):
        if c is None:
            out.append(f'<td class="cell off"><span class="visually-hidden">not in source {n}</span></td>')
            continue
        href, _, outlet = _source(c.article, c.outlet)
        if c.anchor:
            href = f"{href}#{_anchor(c.anchor)}"
        out.append(f'<td class="cell on"><a href="{href}" aria-label="reported by source {c.number}, {outlet}" '
                   f'title="{outlet}"><span class="dot" aria-hidden="true">\u25cf</span>'
                   f'<span class="n" aria-hidden="true">[{c.number}]</span></a></td>\n')
    return Markup("".join(out))


def _plural(n: Any) -> str:
    return "" if n == 1 else "s"


_HAS_DISPUTES = ' class="has-disputes"'


def _counts_line(c: dict) -> str:
    """macros.html's `counts_line`, the same bytes."""
    out = f'<span class="counts"><span>{_esc(c["articles"])} article{_plural(c["articles"])}</span> / '
    if c["pending"]:
        out += ('<span class="pending" title="counted when the story is first opened">independent sources and '
                'disputes: brief pending</span>')
    else:
        out += (f'<span>{_esc(c["independent"])} independent source{_plural(c["independent"])}</span> / '
                f'<span{_HAS_DISPUTES if c["disputes"] else ""}>{_esc(c["disputes"])} '
                f'dispute{_plural(c["disputes"])}</span>')
    return out + "</span>"


def render_card(s: dict) -> Markup:
    """macros.html's `story_card` of a list's card (`finding.card`), the same bytes, made in
    Python: a list draws 20 of them, each two macro calls and some forty lookups in Jinja."""
    def get(key: str) -> Any:  # as the template reads it: a missing key prints nothing
        return s[key] if key in s else ""

    title, outlets = get("title"), s.get("outlets") or []
    first, last = get("first_day"), get("last_day")
    out = [f'<li class="story-card" data-filter="{_esc(title)} {_esc(" ".join(map(str, outlets)))}">\n'
           f'  <h3><a href="/stories/{_esc(seg(s["id"]))}">'
           f'{"Untitled story" if get("untitled") else _esc(title)}</a></h3>\n']
    if get("lede_cut"):
        out.append(f'<p class="lede">{_esc(s["lede_cut"])}</p>')
    out.append('  <p class="meta">')
    if first:
        if first == last or not last:
            out.append(f'<span class="days"><time datetime="{_esc(first)}">{_esc(first)}</time></span> · ')
        else:
            out.append(f'<span class="days"><time datetime="{_esc(first)}">{_esc(first)}</time> – '
                       f'<time datetime="{_esc(last)}">{_esc(last)}</time></span> · ')
    elif "dated" in s:
        out.append('<span class="days">no date</span> · ')
    out.append(_counts_line(s["counts"]) + "</p>\n")
    shown, languages = get("outlets_shown"), get("languages")
    if shown or languages:
        out.append(f'<p class="outlets">{_esc(" · ".join(map(str, shown)))}')
        if s["outlets_more"] > 0:
            out.append(f' <span class="more" title="{_esc(", ".join(map(str, outlets[len(shown):])))}">'
                       f'+{_esc(s["outlets_more"])}</span>')
        if languages:
            out.append(f'{" · " if shown else ""}<span class="langs" title="languages">'
                       f'{_esc(", ".join(map(str, languages)))}</span>')
        out.append("</p>")
    thread = get("thread")
    if thread:
        mapping = isinstance(thread, dict)
        out.append(f'<p class="thread">Thread: <a href="/threads/{_esc(seg(thread["id"] if mapping else thread))}">'
                   f'{_esc(thread["title"] if mapping else s.get("thread_title") or "the developing topic")}</a></p>')
    out.append("</li>")
    return Markup("".join(out))


def render_hits(articles: list[dict]) -> Markup:
    """search.html's results (`finding.search_page`'s articles, each with its snippet's
    segments), the same bytes as the template's loop, made in Python: 20 a page, each a
    dozen lookups and an escape per snippet segment in Jinja."""
    out = []
    for a in articles:
        out.append(f'<li class="hit">\n  <h3><a href="/articles/{_esc(seg(a["id"]))}">'
                   f'{_esc(a.get("title") or "Untitled article")}</a></h3>\n  <p class="snippet">')
        out.extend(f"<mark>{_esc(part)}</mark>" if hit else _esc(part) for part, hit in a["snippet"])
        out.append('</p>\n  <p class="meta">')
        if a.get("outlet"):
            out.append(f'<span class="outlet">{_esc(a["outlet"])}</span> · ')
        if a.get("day"):
            out.append(f'<time datetime="{_esc(a["day"])}">{_esc(a["day"])}</time>')
        if a.get("language"):
            out.append(f' · <span lang="{_esc(a["language"])}">{_esc(a["language"])}</span>')
        if a.get("story"):
            card = a.get("story_card")
            out.append(f' · story: <a href="/stories/{_esc(seg(a["story"]))}">'
                       f'{_esc((card.get("title") if card else "") or "its story")}</a>')
        out.append("</p>\n</li>")
    return Markup("".join(out))

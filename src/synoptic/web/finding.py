"""Finding a story: the stories list a reader scans (`/`) and search (`/search`).

The store does the matching (`store.search`); here: reading the form, cutting ledes
and snippets at word boundaries, pages that never contradict their totals, and empty
states that say why. Templates escape everything (autoescape); snippets are segments
(text, highlighted?) so no markup is ever built from article text here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from synoptic.briefs import pending_count
from synoptic.render.view import shorten
from synoptic.settings import WebSettings
from synoptic.store.search import SORTS, Filters
from synoptic.util.folding import WORD_CHAR, find_words, fold_in_place, iter_words, words_within
from synoptic.web import views
from synoptic.web.pages import page_renderer
from synoptic.web.params import blank, build_named, form_date, pending_note

SORT_LABELS = {"latest": "Latest news", "sources": "Most independent sources", "disputes": "Most disputes"}


def cut(text: str | None, limit: int) -> str:
    """`text` to at most `limit` characters, cut after a whole word, with an ellipsis."""
    return shorten(text or "", limit)


_END = re.compile("[.!?\u2026\u3002][\"'\u201d\u2019)\\]]*\\s+")
WINDOW = 600  # characters looked at on each side of a match for its sentence's ends


_LAST_TOKEN = re.compile(r"(\S+)$")


def _is_end(window: str, m: re.Match) -> bool:
    """Punctuation and space (`m`, in `window`) end a sentence: not after an initial or a
    known abbreviation, not before a lower-case letter."""
    word = _LAST_TOKEN.search(window[max(0, m.start() - 12) : m.start()])
    token = word.group(1) if word else ""
    if (len(token) == 1 and token.isupper()) or token.lower() in views._ABBREV:
        return False
    return not window[m.end() : m.end() + 1].islower()


NEAR = 160  # characters before a match looked at first for its sentence's start (most are this short)


def _start_near(text: str, start: int) -> int | None:
    """The start of the sentence around `start` when it is found within the `NEAR`
    characters before it, else None: a sentence end found there is one the whole window
    finds, and tested alike while the 12 characters `_is_end` reads before it are there."""
    near = start - NEAR
    before = text[near:start]
    for m in reversed(list(_END.finditer(before))):
        if m.start() < 12:
            return None
        if _is_end(before, m):
            return near + m.end()
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], within its paragraph and `WINDOW` characters:
    from the last sentence end before it to the first after it (each tested from the match
    outwards, only until one holds)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    lo, hi = max(para_start, start - WINDOW), min(para_end, end + WINDOW)
    left = _start_near(text, start) if start - lo > NEAR else None
    if left is None:
        before = text[lo:start]
        left = next((lo + m.end() for m in reversed(list(_END.finditer(before))) if _is_end(before, m)), lo)
    after = text[end:hi]
    right = next((end + m.end() for m in _END.finditer(after) if _is_end(after, m)), None)
    # the end's punctuation is kept, the space after it not (text[end:right] holds the punctuation)
    return left, end + len(after[: right - end].rstrip()) if right is not None else hi


SNIPPET_HITS = 12  # matches whose sentences are weighed for a snippet
FOLD_WHOLE = 20_000  # characters of a text folded whole for its snippet (longer: in steps)


def _within(folded: str, terms: set[str], left: int, right: int) -> list[tuple[int, int]]:
    """The matches inside text[left:right] (the characters on either side decide word ends),
    `folded` the text folded (`fold_in_place`) at least to right + 1."""
    return [(a, b) for a, b in words_within(folded, terms, max(0, left - 1), right + 1)
            if left <= a and b <= right]


def _inside(every: list[tuple[int, int]], folded: str, terms: set[str], left: int, right: int):
    """`_within`, read off the text's own matches (`every`, in order, at least to `right`)
    when a search of the sentence alone finds the same: it starts and ends beside a
    character that is no part of a word (a term starts and ends with one) and no match
    runs across either end ("Wendy. Sherman" for "wendy sherman"); else searched again."""
    if ((left == 0 or not WORD_CHAR.match(folded, left - 1))
            and (right >= len(folded) or not WORD_CHAR.match(folded, right))):
        i = bisect_left(every, (left, -1))
        if i == 0 or every[i - 1][1] <= left:
            out = []
            for a, b in every[i:]:
                if a >= right:
                    break
                if b > right:  # runs across the end
                    return _within(folded, terms, left, right)
                out.append((a, b))
            return out
    return _within(folded, terms, left, right)


def snippet(text: str, terms: set[str], limit: int) -> list[tuple[str, bool]]:
    """The sentence with the most of `terms`, as (text, highlighted) segments cut to about
    `limit` characters around its first match; [] when no word matches."""
    # the best of the first few sentences: enough, and bounded (a long text is folded only
    # as far as they reach; an article's, once)
    every: list[tuple[int, int]] | None = None
    if len(text) <= FOLD_WHOLE:
        folded = fold_in_place(text)
        found = iter_words(folded, terms, 0, len(text))
        hits = every = list(islice(found, SNIPPET_HITS))
    else:
        hits = find_words(text, terms, first=SNIPPET_HITS)[:SNIPPET_HITS]
        folded = fold_in_place(text[: max((e for _, e in hits), default=0) + WINDOW + 1])
    if not hits:
        return []
    sentences = list(dict.fromkeys(_sentence(text, s, e) for s, e in hits))  # a sentence weighed once
    if every is not None:
        reach = max(r for _, r in sentences)
        for hit in found:  # the text's later matches, as far as the sentences reach
            every.append(hit)
            if hit[0] >= reach:
                break
    best, best_score = None, -1
    for left, right in sentences:
        inside = _inside(every, folded, terms, left, right) if every is not None else \
            _within(folded, terms, left, right)
        score = len({text[a:b].lower() for a, b in inside})
        if score > best_score:
            best, best_score = (left, right, inside), score
    left, right, inside = best
    first = inside[0][0]
    sentence = (left, right)
    if right - left > limit:  # a long sentence: a window that starts near the first match
        left = max(left, first - limit // 3)
        while left > 0 and not text[left - 1].isspace() and first - left < limit // 2:
            left -= 1
        right = min(right, left + limit)
        while right < len(text) and not text[right].isspace() and right - left < limit + 30:
            right += 1
    out: list[tuple[str, bool]] = []
    pos = left
    for a, b in inside:
        if a < pos or b > right:
            continue
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < right:
        out.append((text[pos:right], False))
    # an ellipsis only where the window cut the sentence
    if left > sentence[0] and out:
        out[0] = ("\u2026" + out[0][0].lstrip(), out[0][1])
    if right < sentence[1] and out:
        out[-1] = (out[-1][0].rstrip() + "\u2026", out[-1][1])
    return out


def card(story: dict, web: WebSettings) -> dict:
    """A story as the list shows it: lede cut, a few outlets then "+N", counts."""
    outlets = story.get("outlets") or []
    shown = outlets[: web.list_outlets]
    return dict(story, counts=views.story_counts(story), lede_cut=cut(story.get("lede"), web.lede_chars),
                outlets_shown=shown, outlets_more=len(outlets) - len(shown),
                untitled=not story.get("title") or story.get("title") == story.get("id"))


def link(request: Request, **changes: Any) -> str:
    """This page's URL with some query values changed (None drops one); page resets to 1."""
    params = {k: v for k, v in request.query_params.items() if v != "" and k != "page"}
    for k, v in changes.items():
        if v is None or v == "" or (k == "page" and v == 1):
            params.pop(k, None)
        else:
            params[k] = str(v)
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def paging(request: Request, page_no: int, total: int, size: int) -> dict:
    """Pages of a known total: "Page 2 of 3", and past the end a link back to the last page."""
    pages = max(1, -(-total // size))
    return {
        "page": page_no, "pages": pages, "total": total,
        "prev": link(request, page=min(page_no - 1, pages)) if page_no > 1 else None,
        "next": link(request, page=page_no + 1) if page_no < pages else None,
        "beyond": total > 0 and page_no > pages,
        "last": link(request, page=pages),
        "first_shown": (page_no - 1) * size + 1,
    }


def _why_empty(found: dict, filters: Filters, filtered: bool) -> str:
    """Why nothing is listed, in a sentence."""
    if found.get("no_words") or (filters.query is not None and found.get("terms") == []):
        return ("The text has no words to search for: punctuation such as % or _ is not searched, "
                "and nothing is a wildcard.")
    if filters.entity and found.get("entity_keys") == []:
        return f"No person or organization named \u201c{filters.entity.strip()}\u201d appears in any stored story."
    if not filtered:
        return "No stories yet: nothing has been ingested into this store (synoptic ingest FILES --db \u2026)."
    return "No stories match all of these filters; remove one to see more."


def read_form(q, entity, outlet, language, since, until) -> tuple[Filters, dict]:
    filters = Filters(query=blank(q), entity=blank(entity), outlet=blank(outlet), language=blank(language),
                      since=form_date(since, "since"), until=form_date(until, "until"))
    form = {"q": q or "", "entity": entity or "", "outlet": outlet or "", "language": language or "",
            "since": since or "", "until": until or ""}
    return filters, form


def finding_router(store: Any, web: WebSettings, tpl: Jinja2Templates) -> APIRouter:
    """`/` and `/search` over `store` (the `Store` API with `find_stories`, `search_articles`)."""
    router = APIRouter(include_in_schema=False)
    page = page_renderer(tpl)
    size = web.stories_page

    @router.get("/", response_class=HTMLResponse)
    def stories_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        entity: str | None = Query(None, max_length=300),
        outlet: str | None = Query(None, max_length=200),
        language: str | None = Query(None, max_length=20),
        since: str | None = Query(None, max_length=20),
        until: str | None = Query(None, max_length=20),
        sort: str = Query("latest", max_length=20),
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
    ):
        filters, form = read_form(q, entity, outlet, language, since, until)
        sort = sort if sort in SORTS else "latest"
        pending = build_named(store, filters.query, filters.entity)
        note = pending_note(pending)
        if sort != "latest" and (waiting := pending_count(store)):
            # sorted by counts its pending stories do not have yet (0 until their briefs are built)
            note = " ".join(filter(None, [note, f"{waiting} {'story is' if waiting == 1 else 'stories are'} not "
                                          "analysed yet (brief pending): this order counts their independent sources "
                                          "and disputes as none until their briefs are built."]))
        found = store.find_stories(filters, sort=sort, limit=size, offset=(page_no - 1) * size)
        filtered = any(v is not None for v in vars(filters).values())
        sorts = [{"key": k, "label": v, "href": link(request, sort=None if k == "latest" else k),
                  "current": k == sort} for k, v in SORT_LABELS.items()]
        return page(request, "stories.html", stories=[card(s, web) for s in found["stories"]],
                    total=found["total"], form=form, filtered=filtered, sorts=sorts, sort=sort,
                    entities=found.get("entities") or [], pager=paging(request, page_no, found["total"], size),
                    why_empty=_why_empty(found, filters, filtered), clear=request.url.path,
                    pending_note=note)

    @router.get("/search", response_class=HTMLResponse)
    def search_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        entity: str | None = Query(None, max_length=300),
        outlet: str | None = Query(None, max_length=200),
        language: str | None = Query(None, max_length=20),
        since: str | None = Query(None, max_length=20),
        until: str | None = Query(None, max_length=20),
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
    ):
        filters, form = read_form(q, entity, outlet, language, since, until)
        found, pending = None, 0
        if filters.query:
            pending = build_named(store, filters.query, filters.entity)
            found = store.search_articles(filters, limit=size, offset=(page_no - 1) * size)
            terms = set(found.get("terms") or [])
            stories = {s["id"]: card(s, web) for s in found.get("stories") or []}
            found = dict(found, stories=list(stories.values()), articles=[
                dict(a, snippet=snippet(a.get("text") or "", terms, web.snippet_chars)
                     or [(cut(a.get("text"), web.snippet_chars), False)],
                     story_card=stories.get(a.get("story")))
                for a in found.get("articles") or []])
        feed = "/search/feed.atom?" + urlencode({k: v for k, v in form.items() if v}) if filters.query else None
        return page(request, "search.html", q=q or "", form=form, found=found, feed=feed,
                    pager=paging(request, page_no, found["total"], size) if found else None,
                    why_empty=_why_empty(found or {}, filters, True) if found is not None else "",
                    pending_note=pending_note(pending))

    return router

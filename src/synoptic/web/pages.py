"""The HTML pages: stories, a story, a thread, an article, an entity, search, the API docs.

Pages work without JavaScript; `static/app.js` only adds filtering and hover highlights.
Everything untrusted (article text, titles, outlets, URLs) goes through Jinja2 autoescape.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from synoptic.briefs import current_brief
from synoptic.render.view import article_regions, safe_url, segments
from synoptic.settings import WebSettings
from synoptic.web import fragments, views
from synoptic.web.derived import BriefViews
from synoptic.web.params import (
    article_or_404,
    blank,
    entity_or_404,
    pager,
)

HERE = Path(__file__).parent


class _Environment(Environment):
    """Jinja2's environment with a quicker `x.name` on a dict: the templates read dicts by
    attribute (`f.text`), which Jinja tries first as a Python attribute, an AttributeError
    raised and caught a lookup (thousands a story page). The same answer: a dict has no
    attribute beyond its class's, so a key that is not one of those is looked up directly."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and not hasattr(dict, attribute):
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def templates() -> Jinja2Templates:
    env = _Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["seg"] = views.seg
    env.globals["cites"] = lambda citations: fragments.render_cites(env, citations)
    env.globals["cells"] = fragments.render_cells
    env.globals["card_html"] = fragments.render_card  # a list's story card
    env.globals["hits_html"] = fragments.render_hits  # search results
    return Jinja2Templates(env=env)


def page_renderer(tpl: Jinja2Templates):
    """`page(request, template, status, **context)`: one rendered HTML response."""

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return tpl.TemplateResponse(request, name, ctx, status_code=status)

    return page


def pages_router(store: Any, web: WebSettings, tpl: Jinja2Templates, briefs: BriefViews) -> APIRouter:
    """The HTML pages over `store` (the `synoptic.store.Store` API); `briefs` keeps what
    the story page derives from each brief."""
    router = APIRouter(include_in_schema=False)
    page = page_renderer(tpl)
    size = web.stories_page

    @router.get("/stories/{story_id:path}", response_class=HTMLResponse)
    def story_page(request: Request, story_id: str,
                   facts_page: int = Query(1, ge=1, le=100_000),
                   facts_q: str | None = Query(None, max_length=200),
                   facts_status: str | None = Query(None, pattern="^(|corroborated|single_source|disputed)$"),
                   timeline_page: int = Query(1, ge=1, le=100_000),
                   people_page: int = Query(1, ge=1, le=100_000)):
        found = briefs.get(store, story_id)

        def body() -> Markup:  # the page below its header: the brief's views, this query's pages
            brief = found.brief
            srcs = views.sources(brief)
            offset = (facts_page - 1) * web.facts_page
            grid = views.matrix(brief, srcs, web.facts_page, offset, blank(facts_q), blank(facts_status))
            timeline, people = views.timeline(brief, srcs), views.people(brief, srcs)
            tl_offset, people_offset = (timeline_page - 1) * web.timeline_page, (people_page - 1) * web.people_page
            n_tl = len(timeline["entries"][tl_offset : tl_offset + web.timeline_page])
            n_people = len(people[people_offset : people_offset + web.people_page])
            return Markup(tpl.env.get_template("story_body.html").render(
                sources=srcs, summary=views.summary(brief, srcs), disputes=views.disputes(brief, srcs), grid=grid,
                grid_pager=pager(request, facts_page, offset, len(grid["rows"]), grid["total"], web.facts_page,
                                 param="facts_page", fragment="coverage"),
                timeline=timeline, tl_offset=tl_offset, tl_size=web.timeline_page,
                tl_pager=pager(request, timeline_page, tl_offset, n_tl, len(timeline["entries"]), web.timeline_page,
                               param="timeline_page", fragment="timeline"),
                people=people, people_offset=people_offset, people_size=web.people_page,
                people_pager=pager(request, people_page, people_offset, n_people, len(people), web.people_page,
                                   param="people_page", fragment="people"),
                origins=views.origin_groups(brief, srcs), coverage=views.coverage(brief, srcs)))

        def head() -> tuple[dict, dict]:  # what the header shows of the brief (its thread aside)
            story = found.brief["stories"][0]
            return ({k: story.get(k) for k in ("id", "title", "reference_date", "reference_date_inferred")},
                    views.story_counts(story))

        story, counts = found.get("head", head)
        # the page as most requests ask for it (no query) is kept with the brief's other
        # views; another page of its facts, timeline or people is made for its request
        return page(request, "story.html", story=dict(story, thread=found.thread), counts=counts,
                    body=found.get("body", body) if not request.url.query else body())

    @router.get("/threads/{thread_id:path}", response_class=HTMLResponse)
    def thread_page(request: Request, thread_id: str):
        found = store.thread(thread_id) if len(thread_id) <= 200 else None
        if found is None:
            raise HTTPException(404, "no such thread")
        return page(request, "thread.html", thread=found)

    @router.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str):
        art = article_or_404(store, article_id)
        story, number = None, None
        brief = current_brief(store, art["story"]) if art.get("story") else None  # built when pending
        if brief and brief.get("stories"):
            story = brief["stories"][0]
            ids = story.get("articles") or []
            number = ids.index(article_id) + 1 if article_id in ids else None
        text = art.get("text") or ""
        regions = article_regions(story, article_id, text)
        facts = {f.get("id"): f for f in (story or {}).get("facts") or []}
        return page(request, "article.html", article=art, story=story, number=number,
                    segments=segments(text, regions, art.get("headings")), facts=facts,
                    regions=regions, url=safe_url(art.get("url")))

    @router.get("/entities/{key}", response_class=HTMLResponse)
    def entity_page(request: Request, key: str, page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        ent = entity_or_404(store, key)
        all_stories = ent.get("stories") or []
        offset = (page_no - 1) * size
        shown = all_stories[offset : offset + size]
        return page(request, "entity.html", entity=ent, stories=shown,
                    pager=pager(request, page_no, offset, len(shown), len(all_stories), size))

    @router.get("/api/v1/docs", response_class=HTMLResponse)
    def api_docs(request: Request):
        return page(request, "api.html", spec=request.app.openapi())

    return router

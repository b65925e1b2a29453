"""Outlet pages and API: `/outlets`, `/outlets/{domain}`, `/api/v1/outlets[/{domain}]`.

Each outlet's profile is measured from the store's evidence (`compare.outlet_profiles`):
every figure is a count with the articles behind it, never a grade. The store sums the
per-story rows written with each brief, so a page reads one indexed slice.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from synoptic.compare.outlet_profiles import EVIDENCE, MAX_EVIDENCE
from synoptic.render.outlets import LABELS
from synoptic.web.pages import page_renderer

# what each figure means, in the words the pages and the CLI use
FIGURES = LABELS
MAX_KEY = 300


def outlet_profile(store: Any, key: str) -> dict[str, Any] | None:
    """One outlet's profile: its totals, and the article ids behind each figure (at most
    `MAX_EVIDENCE` a figure, newest stories first); None when no analysed story has it.
    Its stories' pending briefs are built first, within the view's budget; the stories still
    pending are counted in `stories_pending` (their figures are not in the totals yet)."""
    from synoptic.briefs import brief_outlet

    pending = brief_outlet(store, key.strip())
    found = store.outlet_summary(key)
    if found is None:
        return None
    found["stories_pending"] = pending
    found["copy_share"] = round(found["copies"] / found["articles"], 3) if found["articles"] else None
    found["evidence"] = store.outlet_evidence(found["id"], EVIDENCE, MAX_EVIDENCE)
    return found


def pending_outlets(store: Any) -> int:
    """Before a listing of outlets (summed from built briefs): the newest pending briefs,
    within the view's budget; how many stories stay pending (their figures not counted yet)."""
    from synoptic.briefs import brief_newest

    return brief_newest(store)


def pending_line(count: int) -> str | None:
    """What a listing of outlets says of the stories not analysed yet."""
    if not count:
        return None
    return (f"{count} {'story is' if count == 1 else 'stories are'} not analysed yet (brief pending): their outlets' "
            "figures are not counted here. Opening a story builds its brief; `synoptic briefs` builds them all.")


def outlet_listing(store: Any, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Outlets, most articles first, with their summed figures (of analysed stories: see
    `pending_outlets`)."""
    out = []
    for o in store.list_outlets(limit=limit, offset=offset):
        o = dict(o)
        o["copy_share"] = round(o["copies"] / o["articles"], 3) if o["articles"] else None
        out.append(o)
    return out


def _profile_or_404(store: Any, domain: str) -> dict[str, Any]:
    found = outlet_profile(store, domain) if len(domain) <= MAX_KEY else None
    if found is None:
        pending = pending_of(store, domain) if len(domain) <= MAX_KEY else 0
        raise HTTPException(404, "no such outlet in this store" + (
            f"'s analysed stories; {pending} of its stories are not analysed yet (brief pending): "
            "opening one builds its brief, `synoptic briefs` builds them all" if pending else ""))
    return found


def pending_of(store: Any, outlet: str) -> int:
    """How many stories of an outlet have their brief still to build (nothing built)."""
    from synoptic.store.briefs import pending_of_outlet

    return pending_of_outlet(store.engine, outlet.strip(), 0)[1] if hasattr(store, "engine") else 0


def outlets_router(store: Any, tpl: Jinja2Templates) -> APIRouter:
    """The outlet pages and their JSON API over `store` (`Store.list_outlets`, `outlet_rows`)."""
    router = APIRouter()
    page = page_renderer(tpl)

    @router.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request, page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        size = 100
        pending = pending_outlets(store)
        total = store.count_outlets()
        listed = outlet_listing(store, limit=size, offset=(page_no - 1) * size)
        pages = max(1, (total + size - 1) // size)
        return page(request, "outlets.html", outlets=listed, total=total, page_no=page_no, pages=pages,
                    pending_note=pending_line(pending))

    @router.get("/outlets/{domain:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, domain: str):
        found = _profile_or_404(store, domain)
        ids = sorted({a for name in EVIDENCE for a in found["evidence"].get(name, [])})
        labels = store.article_labels(ids)
        evidence = [
            (name, FIGURES[name], [labels.get(a, {"id": a, "title": a}) for a in found["evidence"].get(name, [])])
            for name in EVIDENCE
        ]
        return page(request, "outlet.html", outlet=found, evidence=evidence, figures=FIGURES, cap=MAX_EVIDENCE)

    @router.get("/api/v1/outlets", tags=["outlets"], summary="Outlets, most articles first, with their figures")
    def api_outlets(limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)):
        pending = pending_outlets(store)
        # stories_pending: stories not analysed yet, whose figures are not in these sums (add-only)
        return {"total": store.count_outlets(), "outlets": outlet_listing(store, limit=limit, offset=offset),
                "figures": FIGURES, "stories_pending": pending}

    @router.get("/api/v1/outlets/{domain:path}", tags=["outlets"],
                summary="One outlet's profile: each figure with the article ids behind it")
    def api_outlet(domain: str):
        return _profile_or_404(store, domain)

    return router

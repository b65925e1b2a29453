"""Which of a person's roles a reader's page lists: those written in the brief's language
where any is, so an English brief says "Apple CEO", not also "CEO de Apple" and "CEO van
Apple" from the translations (the JSON keeps every role with its articles)."""

from __future__ import annotations

from typing import Any

from synoptic.lang import language_code
from synoptic.render.view import StoryView


def roles_shown(view: StoryView, entity: dict[str, Any] | None) -> list[dict[str, Any]]:
    roles = list((entity or {}).get("roles") or [])
    wanted = language_code(view.story.get("language"))
    if not wanted:
        return roles
    own = [r for r in roles if any(language_code(view.articles.get(a, {}).get("language")) == wanted
                                   for a in r.get("articles") or [])]
    return own or roles

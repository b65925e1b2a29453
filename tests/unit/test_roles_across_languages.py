"""A person's roles fold into a fuller one only within a language: an English report's
"CEO" folded into "CEO de Apple" of its Spanish translation, and the English brief of
Wikinews 195869 (dev, read as a reader) listed "Steve Jobs: CEO de Apple [1][2][4]"."""

from __future__ import annotations

from synoptic.link.role_forms import fold_contained
from synoptic.model import Role


def _roles() -> dict[str, Role]:
    return {"ceo": Role(role="CEO", articles=["en/1", "nl/1"]), "ceo de apple": Role(role="CEO de Apple", articles=["es/1"])}


def test_roles_of_two_languages_stay_apart():
    langs = {"en/1": "en", "nl/1": "nl", "es/1": "es"}
    folded = fold_contained(_roles(), langs)
    assert {r.role: r.articles for r in folded.values()} == {"CEO": ["en/1", "nl/1"], "CEO de Apple": ["es/1"]}


def test_roles_of_one_language_or_unknown_languages_fold():
    roles = {"mayor": Role(role="Mayor", articles=["a"]), "new haven mayor": Role(role="New Haven Mayor", articles=["b"])}
    folded = fold_contained(roles, {"a": "en", "b": "en"})
    assert [(r.role, r.articles) for r in folded.values()] == [("New Haven Mayor", ["b", "a"])]
    assert len(fold_contained(_roles())) == 1

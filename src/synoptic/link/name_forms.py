"""A person's written name as `link/entities.py` compares it: the form without its
possessive, its tokens without honorifics and initials (surname particles joined)."""

from __future__ import annotations

from synoptic.text import names as nm
from synoptic.text.tokens import INITIAL, POSSESSIVE


def _clean_form(surface: str) -> str:
    s = surface.strip()
    for p in POSSESSIVE:
        if s.endswith(p):
            s = s[: -len(p)]
    return s


# particles that belong to the surname after them: "Del Giudice" is spelled
# "DelGiudice" too, "Le Pen" "LePen"
_SURNAME_PARTICLES = frozenset("de del della delle di da das dos du van von der den ter le la lo".split())


_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _person_tokens(form: str) -> list[str]:
    words = [w for w in form.replace(".", ". ").split() if w]
    words = [w for w in words if w.lower() not in nm.HONORIFICS and not INITIAL.fullmatch(w)]
    # a generational suffix ends the name, the surname is before it ("John DeStefano Jr.")
    while len(words) > 2 and words[-1].lower().rstrip(".") in _SUFFIXES:
        words = words[:-1]
    out: list[str] = []
    for i, w in enumerate(words):
        if out and out[-1].lower() in _SURNAME_PARTICLES and (len(out) > 1 or i == 1):
            out[-1] += w
        else:
            out.append(w)
    return out


def _bare_surname(token: str) -> str:
    """A surname without the particle `_person_tokens` joined to it ("deBoer" -> "Boer")."""
    for particle in _SURNAME_PARTICLES:
        rest = token[len(particle) :]
        if token.lower().startswith(particle) and rest[:1].isupper():
            return rest
    return token

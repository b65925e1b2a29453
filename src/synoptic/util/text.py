"""Text keys shared by the store and the faces."""

from __future__ import annotations

import re
import unicodedata


def slugify(name: str) -> str:
    """The entity key of a canonical name ("Wendy Sherman" -> "wendy-sherman"): case and
    accents folded, every run of non-word characters one hyphen; the store keys entities by it."""
    folded = unicodedata.normalize("NFKD", (name or "").casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", folded).strip("-")[:300] or "entity"

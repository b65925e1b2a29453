"""Text keys shared by the store and the faces."""

from __future__ import annotations

import re
import unicodedata

# the longest entity key: the store's key column holds it (String(300)) and the web
# looks up and filters by keys up to this length, so every linked key answers
MAX_ENTITY_KEY = 300


def slugify(name: str) -> str:
    """The entity key of a canonical name ("Wendy Sherman" -> "wendy-sherman"): case and
    accents folded, every run of non-word characters one hyphen; the store keys entities by it."""
    folded = unicodedata.normalize("NFKD", (name or "").casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", folded).strip("-")[:MAX_ENTITY_KEY] or "entity"

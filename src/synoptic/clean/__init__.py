"""clean stage: from a raw `Document` to an `Article` whose text is only the story.

    doc --(HTML: trafilatura main text + metadata)--> text
        --(ftfy normalization)--> lines
        --(line classifier + batch-learned boilerplate)--> kept paragraphs, removed lines
        --> Article(text, title, outlet, language, headings, removed, meta)

The cleaned text is fixed before any offset exists: every later `Span` points
into `Article.text`. Paragraphs are separated by a blank line; sentences
never cross a line break.

The stage's functions live in `documents.py` and are imported when first asked for
(`from synoptic.clean import clean_documents`, `clean.clean_documents`): what reads only
stored articles (`synoptic show`, a web view building a brief) imports neither them nor
ftfy, trafilatura's helpers and the line classifier's patterns, though the language layer
reads the outlet registry and dates of this package (a fifth of the imports of `synoptic
show`: #23).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["clean_documents", "clean_document", "learn_boilerplate", "normalize_text", "line_key"]
_LAZY = {*__all__, "NO_TEXT"}

if TYPE_CHECKING:
    from synoptic.clean.documents import (  # noqa: F401
        NO_TEXT,
        clean_document,
        clean_documents,
        learn_boilerplate,
        line_key,
        normalize_text,
    )


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from synoptic.clean import documents

        return getattr(documents, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

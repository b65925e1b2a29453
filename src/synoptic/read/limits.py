"""Per-record field limits: one hostile field never costs more than its limit.

`limit_document` is applied to every `Document` that `read_paths` yields.
Text either store cannot hold is normalised here, once, the same way for both:
C0 control characters other than tab, newline and carriage return go (PostgreSQL
refuses NUL), and lone surrogates (valid in JSON escapes, not in UTF-8) become
U+FFFD. Over-long fields are cut, or dropped when a cut value would be wrong
(a URL), with a note in `Document.removed` (reason `oversize`); a malformed
language code becomes unknown (reason `invalid`). An over-long id skips the
record: a cut id could silently merge two records. Every step is linear in the
field's length.
"""

from __future__ import annotations

import re
from dataclasses import replace

from synoptic.model import Document, Removed, Skipped
from synoptic.settings import ReadSettings

__all__ = ["limit_document", "clean_field", "plausible_language"]

# C0 controls except tab, newline, carriage return; the cleaner drops them from
# text anyway, and PostgreSQL cannot store NUL in a text field
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# a BCP 47-shaped tag: "en", "pt-BR", "zh-Hant-TW", "und"; case and "_" tolerated
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")


def clean_field(value: str) -> str:
    """`value` without C0 controls (tab/newline/CR kept) and with lone surrogates as U+FFFD."""
    if value.isascii():
        return _CONTROL.sub("", value) if _CONTROL.search(value) else value
    value = _CONTROL.sub("", value)
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def plausible_language(value: str, max_chars: int) -> bool:
    return len(value) <= max_chars and _LANGUAGE.fullmatch(value) is not None


def _note(field_name: str, length: int, limit: int, action: str) -> Removed:
    return Removed(f"{field_name}: {length:,} characters over the limit of {limit:,}, {action}", "oversize")


def _cut_content(content: str, limit: int) -> str:
    """The first `limit` characters, ended at the last line break when one is near."""
    head = content[:limit]
    newline = head.rfind("\n", max(0, limit - limit // 10))
    return head[:newline] if newline > 0 else head


def limit_document(doc: Document, settings: ReadSettings) -> Document | Skipped:
    """`doc` within the field limits of `settings`, or a `Skipped` naming the field."""
    doc_id = clean_field(doc.id)
    if len(doc_id) > settings.max_id_chars:
        return Skipped(doc.source, f"id too long: {len(doc_id):,} characters > limit "
                                   f"{settings.max_id_chars:,}")
    notes = list(doc.removed)
    content = clean_field(doc.content)
    if len(content) > settings.max_content_chars:
        notes.append(_note("text", len(content), settings.max_content_chars, "cut"))
        content = _cut_content(content, settings.max_content_chars)

    def short(name: str, value: str | None, limit: int) -> str | None:
        if value is None:
            return None
        value = clean_field(value).strip()
        if len(value) > limit:
            notes.append(_note(name, len(value), limit, "cut"))
            value = value[:limit].rstrip()
        return value or None

    title = short("title", doc.title, settings.max_title_chars)
    outlet = short("outlet", doc.outlet, settings.max_outlet_chars)
    author = short("author", doc.author, settings.max_author_chars)
    url = doc.url
    if url is not None:
        url = clean_field(url).strip() or None
        if url is not None and len(url) > settings.max_url_chars:
            notes.append(_note("url", len(url), settings.max_url_chars, "dropped"))
            url = None
    language = doc.language
    if language is not None:
        language = clean_field(language).strip() or None
        if language is not None and not plausible_language(language, settings.max_language_chars):
            shown = language[:40] + ("…" if len(language) > 40 else "")
            notes.append(Removed(f"language: {shown!r} is not a language code, dropped", "invalid"))
            language = None
    return replace(doc, id=doc_id, source=clean_field(doc.source), content=content, title=title,
                   outlet=outlet, author=author, url=url, language=language, removed=notes)

"""One quotation told in several languages. A report's translations quote the same words in
their own language, which no wording similarity joins (`link/quotes.py` compares words), so
a reader met the same sentence of one speaker once per language. Quotes of one translated
origin, in sentences that one fact aligns, by one speaker (or one side unattributed: the
same words in the same aligned sentence) become one quote, each language's wording a
variant; the quote's text is the wording in the brief's language where one has it."""

from __future__ import annotations

from collections import defaultdict

from synoptic import lang
from synoptic.model import Article, Fact, Origin, Quote


def fold_translated_quotes(
    quotes: list[Quote], facts: list[Fact], origins: list[Origin], articles: list[Article], language: str | None
) -> list[Quote]:
    origin_of = {a: o.id for o in origins if o.relation == "translated" for a in o.articles}
    if not origin_of:
        return quotes
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for f in facts:
        for m in f.mentions:
            spans[m.article].append((m.start, m.end, f.id))
    language_of = {a.id: lang.language_code(a.language) for a in articles}
    out: list[Quote] = []
    held_by: dict[int, set[str]] = {}  # id of a kept quote -> the facts its sentences are in
    for q in quotes:
        held = _facts_holding(q, spans)
        home = {origin_of.get(a) for a in q.articles}
        host = None
        if held and len(home) == 1 and None not in home:
            host = next((k for k in out if held_by[id(k)] & held and _foldable(k, q, origin_of)), None)
        if host is None:
            out.append(q)
            held_by[id(q)] = held
            continue
        _fold(host, q, language_of, language)
        held_by[id(host)] |= held
    for i, q in enumerate(out, start=1):
        q.id = f"q{i}"
    return out


def _facts_holding(q: Quote, spans: dict[str, list[tuple[int, int, str]]]) -> set[str]:
    return {fid for m in q.mentions for s, e, fid in spans.get(m.article, ()) if s <= m.start and m.end <= e}


def _foldable(host: Quote, q: Quote, origin_of: dict[str, str]) -> bool:
    """Same translated origin, no article quoted twice, and no two speakers."""
    if {origin_of.get(a) for a in host.articles} != {origin_of.get(a) for a in q.articles}:
        return False
    if set(host.articles) & set(q.articles):
        return False
    return host.speaker == q.speaker or host.speaker is None or q.speaker is None


def _fold(host: Quote, q: Quote, language_of: dict[str, str | None], language: str | None) -> None:
    host.variants.extend(q.variants)
    host.articles.extend(a for a in q.articles if a not in host.articles)
    host.mentions.extend(q.mentions)
    host.verbatim = host.verbatim and q.verbatim
    if host.speaker is None and q.speaker is not None:
        host.speaker, host.speaker_name, host.speaker_mention = q.speaker, q.speaker_name, q.speaker_mention
    host.speaker_name = host.speaker_name or q.speaker_name
    host.cue = host.cue or q.cue
    # the wording a reader of the brief's language reads
    if language and not any(language_of.get(a) == language for a in _text_articles(host)):
        own = next((v for v in host.variants if any(language_of.get(a) == language for a in v.articles)), None)
        if own is not None:
            host.text = own.text


def _text_articles(q: Quote) -> list[str]:
    return [a for v in q.variants if v.text == q.text for a in v.articles]

"""Claim disputes: one attribute of one thing given two values of a closed set.

"She was taken to a New Orleans hospital with a bullet wound behind her left ear" /
"... with a bullet wound behind her right ear"; "she was hit by a silver Toyota Camry" /
"she was struck by a gray 2013 Toyota Camry". Two statements of one aligned fact from
different sources each give one value of a closed set (`CONTRASTS` in
`lang/xx/disputes.py`: sides, colours) to the same word, between the same neighbours (the
word before and the word after the value, figures skipped: "a ... Toyota", "her ...
ear"), and the values differ. When in doubt, no dispute:

- an article that gives two values of the set to that word anywhere (a left and a right
  leg, two cars of two colours) is left out: it speaks of two things;
- the word after the value must be a content word of three letters or more.

In sentences the aligner kept apart, a value followed by the same name of a thing ("a
silver Toyota Camry" / "a grey 2013 Toyota Camry") is compared too (`_named_things`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from synoptic import lang
from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings

_WORD = re.compile(r"[A-Za-z]+|\d[\d,.:]*")


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[int, str]]:
    """Each value's set and its canonical spelling ("gray" -> "grey")."""
    index: dict[str, tuple[int, str]] = {}
    for n, line in enumerate(sorted(lang.all_dispute_words("CONTRASTS"))):
        for value in line.split():
            spellings = value.split("/")
            for s in spellings:
                index[s] = (n, spellings[0])
    return index


def _values(span: Span) -> list[tuple[tuple[int, str, str], str, Span]]:
    """(set, word before, word after), value, the value's span: each value of a contrast
    set in a statement with its neighbours (figures skipped)."""
    index = _index()
    words = [(m.group(0), m.start()) for m in _WORD.finditer(span.text)]
    plain = [w.casefold() for w, _ in words]
    out = []
    for i, w in enumerate(plain):
        if w not in index:
            continue
        before = next((x for x in reversed(plain[:i]) if not x[0].isdigit()), "")
        after = next((x for x in plain[i + 1 :] if not x[0].isdigit()), "")
        if len(after) < 3 or after in index or after in lang.all_stop_words():
            continue
        start = span.start + words[i][1]
        set_id, value = index[w]
        out.append(((set_id, before, after), value, Span(span.article, start, start + len(w), words[i][0])))
    return out


def _named_values(span: Span) -> list[tuple[tuple[int, str, str], str, Span]]:
    """(set, next word, the word after it), value, span: values followed by two words
    that name the thing ("a grey 2013 Toyota Camry" -> "toyota", "camry"), the first
    capitalized (a make, a name), figures skipped."""
    index = _index()
    words = [(m.group(0), m.start()) for m in _WORD.finditer(span.text)]
    out = []
    for i, (w, at) in enumerate(words):
        if w.casefold() not in index:
            continue
        following = [x for x, _ in words[i + 1 :] if not x[0].isdigit()][:2]
        if len(following) < 2 or not following[0][0].isupper() or not following[1][0].isalpha():
            continue
        if any(x.casefold() in index or len(x) < 3 for x in following):
            continue
        set_id, value = index[w.casefold()]
        start = span.start + at
        key = (set_id, following[0].casefold(), following[1].casefold())
        out.append((key, value, Span(span.article, start, start + len(w), w)))
    return out


def _article_values(text: str) -> dict[tuple[int, str], set[str]]:
    """The values an article gives each (set, word after) anywhere."""
    found: dict[tuple[int, str], set[str]] = defaultdict(set)
    for (set_id, _, after), value, _ in _values(Span("", 0, len(text), text)):
        found[(set_id, after)].add(value)
    return found


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Aligned statements from different sources giving one attribute two values."""
    idx = story.index
    if not _index():
        return []
    in_article: dict[str, dict[tuple[int, str], set[str]]] = {}
    out: list[Conflict] = []
    for fact in story.facts:
        if not idx.may_differ(fact.articles):
            continue
        by_key: dict[tuple[int, str, str], dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
        for m in fact.mentions:
            for key, value, span in _values(m):
                article = idx.articles.get(m.article)
                if article is None:
                    continue
                if m.article not in in_article:
                    in_article[m.article] = _article_values(article.text)
                if len(in_article[m.article].get((key[0], key[2]), set())) != 1:
                    continue
                by_key[key][value].append(span)
        for key, by_value in by_key.items():
            if len(by_value) < 2:
                continue
            variants = _disputed(by_value, idx)
            if not variants:
                continue
            topic = f"{' or '.join(v.value for v in variants)} {key[2]}"
            out.append(make_conflict("claim", topic, variants, idx))
    return out + _named_things(story, out)


def _disputed(by_value: dict[str, list[Span]], idx) -> list[Variant]:
    """One attribute's values as variants (the most told first), when sources apart give
    them and no article gives two; else none."""
    variants = [
        variant_of(value, spans)
        for value, spans in sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    return variants if cross_source(variants, idx) and one_count_per_article(variants) else []


def _named_things(story: StoryInputs, found: list[Conflict]) -> list[Conflict]:
    """One named thing given two values in sentences the aligner kept apart ("hit by a
    silver Toyota Camry and sent flying" / "struck by a grey Toyota Camry heading north"):
    the value is followed by the same two words, a name first; each article gives that
    thing one value anywhere (`_article_values` on the name)."""
    idx = story.index
    taken = {(m.article, m.start) for c in found for v in c.variants for m in v.mentions}
    by_key: dict[tuple[int, str, str], dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for aid, article in idx.articles.items():
        values = _article_values(article.text)
        for sent in idx.sentences.get(aid, []):
            sentence = Span(aid, sent.start, sent.end, article.text[sent.start : sent.end])
            for key, value, span in _named_values(sentence):
                if (aid, span.start) in taken or len(values.get((key[0], key[1]), set())) != 1:
                    continue
                by_key[key][value].append(span)
    out = []
    for by_value in by_key.values():
        if len(by_value) < 2:
            continue
        variants = _disputed(by_value, idx)
        if not variants:
            continue
        written = variants[0].mentions[0]
        text = idx.articles[written.article].text[written.end : written.end + 60]
        name = " ".join(w for w in re.findall(r"[^\W\d_]+", text)[:2])
        out.append(make_conflict("claim", f"{' or '.join(v.value for v in variants)} {name}", variants, idx))
    return out

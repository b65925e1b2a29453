"""Story-level quotes: one quote per thing said, with the wording each outlet or
translation gives of it as a variant (same speaker entity + content-word overlap or
character similarity)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from synoptic import lang
from synoptic.model import Article, ArticleAnalysis, Entity, Quote, QuoteVariant
from synoptic.settings import LinkSettings
from synoptic.text import names as nm
from synoptic.text.pronoun_speakers import WORD
from synoptic.text.quote_surnames import cue_subject_word, story_bearer


@lru_cache(maxsize=1 << 12)  # a quote is compared with every quote of the groups before it
def _norm(s: str) -> str:
    return " ".join(WORD.findall(s.lower()))


def _entity_of(q: Quote, entities: list[Entity]) -> str | None:
    """The speaker's entity: the one named in full as the article named the speaker, else
    the one holding the mention. (A bare surname two people share, "Warren", is held by one
    of them; the article's reading of who "he" is, "Wendell Warren", decides.)"""
    named = None
    if q.speaker_name:
        key = nm.translit_key(q.speaker_name)
        named = next((e.id for e in entities if any(nm.translit_key(f) == key for f in [e.name, *e.aliases])), None)
        if named is not None and len(q.speaker_name.split()) > 1:
            return named
    if q.speaker_mention is not None:
        sm = q.speaker_mention
        for e in entities:
            for m in e.mentions:
                if m.article == sm.article and m.start == sm.start and m.end == sm.end:
                    return e.id
    return named


def _story_speaker(q: Quote, text: str, people: list[Entity], language: str | None) -> str | None:
    """A quote whose cue names its speaker by a surname alone that its article names nowhere
    in full, and one other article of the story does: that person ('"…," قال بيلهام' in one
    article, "روجر بلهام" in another)."""
    if not q.mentions or not people:
        return None
    span = cue_subject_word(text, q.mentions[0].start, q.mentions[-1].end, q.cue or "")
    if span is None:
        return None
    for e in people:
        if any(m.article == q.mentions[0].article and m.start < span[1] and span[0] < m.end for m in e.mentions):
            return None  # the word is a name the story already holds (another person's)
    k = story_bearer(text[span[0] : span[1]], [e.name for e in people], language)
    return people[k].id if k is not None else None


_STOP = frozenset(nm.FUNCTION_WORDS | {"s", "t", "ll", "re", "ve", "d", "m"})


@lru_cache(maxsize=1 << 12)  # as `_norm`
def _stems(s: str) -> frozenset[str]:
    return frozenset(lang.stem(w) for w in WORD.findall(s.lower()) if w not in _STOP)


def _similar(a: str, b: str, settings: LinkSettings) -> float:
    """0..100: content-word agreement (Dice, or containment of a short partial quote)
    or character similarity, whichever is larger."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    sa, sb = _stems(a), _stems(b)
    shared = len(sa & sb)
    dice = 200.0 * shared / (len(sa) + len(sb)) if sa and sb else 0.0
    small = min(len(sa), len(sb))
    least = settings.quote_contained_min_words
    contained = 100.0 * shared / small if small >= least and shared >= least else 0.0
    chars = max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb))
    # character similarity of unrelated sentences sits around 40-55: trust it only when high
    trusted = chars if chars >= settings.quote_char_similarity_floor else 0.0
    return max(dice, settings.quote_containment_weight * contained, trusted)


def merge_quotes(
    articles: list[Article], analyses: dict[str, ArticleAnalysis], entities: list[Entity], settings: LinkSettings
) -> list[Quote]:
    """One quote per thing said, with each outlet's wording as a variant."""
    texts = {a.id: a.text for a in articles}
    order = [a.id for a in articles if a.id in analyses]
    groups: list[dict] = []
    people = [e for e in entities if e.type == "PERSON" and len(e.name.split()) >= 2]
    languages = {a.id: a.language for a in articles}
    for aid in order:
        for q in analyses[aid].quotes:
            sid = _entity_of(q, entities)
            if sid is None and q.speaker_name is None and q.cue and settings.quote_story_surnames:
                sid = _story_speaker(q, texts.get(aid, ""), people, languages.get(aid))
            best, best_score = None, 0.0
            for g in groups:
                if sid is not None and g["speaker"] is not None and g["speaker"] != sid:
                    continue
                if any(aid in v.articles for v in g["quotes"]) and not any(
                    _norm(v.text) == _norm(q.text) for v in g["quotes"]
                ):
                    continue  # two quotes of one article are two things said, unless repeated
                score = max(_similar(q.text, v.text, settings) for v in g["quotes"])
                same_speaker = sid is not None and sid == g["speaker"]
                need = settings.quote_same_speaker_similarity if same_speaker else settings.quote_similarity
                if score >= need and score > best_score:
                    best, best_score = g, score
            if best is None:
                best = {"speaker": sid, "quotes": []}
                groups.append(best)
            if best["speaker"] is None:
                best["speaker"] = sid
            best["quotes"].append(q)
    names = {e.id: e.name for e in entities}
    out: list[Quote] = []
    for g in groups:
        qs: list[Quote] = g["quotes"]
        variants: dict[str, QuoteVariant] = {}
        for q in qs:
            key = _norm(q.text)
            v = variants.get(key)
            if v is None:
                v = variants[key] = QuoteVariant(text=q.text, articles=[], mentions=[])
            for a in q.articles:
                if a not in v.articles:
                    v.articles.append(a)
            v.mentions.extend(q.mentions)
        chosen = max(variants.values(), key=lambda v: (len(v.articles), len(v.text)))
        arts = [a for a in order if any(a in q.articles for q in qs)]
        verbatim = any(chosen.text in texts.get(a, "") for a in chosen.articles) or all(
            texts.get(m.article, "")[m.start : m.end] == m.text for m in chosen.mentions
        )
        cues = Counter(q.cue for q in qs if q.cue)
        spoken = [q.speaker_name for q in qs if q.speaker_name]
        sid = g["speaker"]
        out.append(
            Quote(
                id="",
                text=chosen.text,
                speaker=sid,
                speaker_name=names.get(sid) if sid else (spoken[0] if spoken else None),
                cue=cues.most_common(1)[0][0] if cues else None,
                variants=list(variants.values()),
                articles=arts,
                verbatim=verbatim,
                mentions=[m for q in qs for m in q.mentions],
                speaker_mention=next((q.speaker_mention for q in qs if q.speaker_mention), None),
            )
        )
    first = {id(q): i for i, q in enumerate(out)}
    out.sort(key=lambda q: (-len(q.articles), first[id(q)]))
    for i, q in enumerate(out, start=1):
        q.id = f"q{i}"
    return out

"""Quote disputes: one quotation worded so that its figures, its sense or a word of
substance differ (`quote_wording.py`)."""

from __future__ import annotations

import re

from synoptic.compare import polarity
from synoptic.compare.detectors import quote_wording
from synoptic.compare.evidence import StoryInputs, make_conflict, short
from synoptic.model import Conflict, Variant
from synoptic.settings import CompareSettings

_DIGITS = re.compile(r"\d[\d,.]*")


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Variants of one quotation from different reports that differ materially."""
    quotes, idx = story.quotes, story.index
    out: list[Conflict] = []
    for quote in quotes:
        variants = [v for v in quote.variants if any(a in idx.articles for a in v.articles)]
        if len(variants) < 2:
            continue
        clash: set[int] = set()
        for i in range(len(variants)):
            for j in range(i + 1, len(variants)):
                a, b = variants[i], variants[j]
                ga = {idx.group(x) for x in a.articles}
                gb = {idx.group(x) for x in b.articles}
                if ga <= gb or gb <= ga:
                    continue  # one report's own translations: a weak signal
                if _quotes_differ(a.text, b.text, settings):
                    clash.update((i, j))
                elif quote.speaker and quote_wording.reworded(a.text, b.text) is not None:
                    # one word of substance for another, told of one known speaker: a
                    # quotation of nobody known may join two statements of two parties
                    clash.update((i, j))
        if not clash:
            continue
        chosen = [variants[i] for i in sorted(clash)]
        out_variants = [
            Variant(value=v.text, articles=list(v.articles), mentions=list(v.mentions))
            for v in chosen
        ]
        speaker = quote.speaker_name or "unattributed"
        topic = f"{speaker}'s words: “{short(quote.text, settings.quote_topic_words)}”"
        out.append(make_conflict("quote", topic, out_variants, idx))
    return out


_CLOCK = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b\d{4}\s*(?:GMT|UTC)\b",
    re.IGNORECASE,
)


def _figures(text: str) -> set[str]:
    """Numbers of a quote, clock times aside ("6:41pm" and "18:41" are one time)."""
    return {d.replace(",", "").rstrip(".") for d in _DIGITS.findall(_CLOCK.sub(" ", text))}


def _quotes_differ(a: str, b: str, settings: CompareSettings) -> bool:
    """Materially different: other figures, or one wording negates the other."""
    da, db = _figures(a), _figures(b)
    if da and db and da != db:
        return True
    why = polarity.contradiction(
        a,
        b,
        min_overlap=settings.quote_min_overlap,
        min_words=settings.quote_min_words,
        min_len_ratio=settings.quote_min_len_ratio,
        negation_reach=settings.negation_reach,
        max_diff_words=settings.claim_max_diff_words,
        diff_divisor=settings.claim_diff_divisor,
    )
    return why is not None

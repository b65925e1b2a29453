"""Two sentences quoting one person's different words are two facts.

Fact alignment joins sentences by their wording, and a quote's frame carries much of it:
"'It's too bad the kids were the victims,' said neighbor Ross Manche" and "'This is such a
strange incident,' said neighbor Ross Manche" share the speaker and the verb, not what he
said. Each sentence's quoted words (the quotes `text/` found inside it) are compared only
when the words outside the quotes show one language (a lower-case word of at least three
letters in common, "said", "neighbor": a quote and its translation are another matter); two
quotes whose shorter shares at most `QUOTE_OVERLAP` of its words with the longer say different
things (a part quoted, "may affect usability", is the same words).
"""

from __future__ import annotations

import re

from synoptic.model import ArticleAnalysis, Span

# share of the shorter quote's words the other holds, at or under which two quotes say
# different things (the shorter may be a part of the longer: "undeserved attention")
QUOTE_OVERLAP = 0.2
_WORD = re.compile(r"[^\W\d_]{3,}")

# share of a quote's words the other sentence holds anywhere, above which it tells the same
# words (a quote whose marks the text set wrong: ECB+ 2_1ecbplus, dev, closed its quote with an
# opening mark, and the words "quoted" were its frame's)
SENTENCE_OVERLAP = 0.5

# (words inside the quotes, lower-case words outside them, all the sentence's words)
Quoted = tuple[frozenset[str], frozenset[str], frozenset[str]]


def quoted_words(span: Span, analysis: ArticleAnalysis | None) -> Quoted | None:
    """A sentence's quoted words and its frame's lower-case words; None without a quote."""
    if analysis is None:
        return None
    inside: list[tuple[int, int]] = [
        (max(m.start, span.start), min(m.end, span.end))
        for q in analysis.quotes
        for m in q.mentions
        if m.article == span.article and m.start < span.end and span.start < m.end
    ]
    if not inside:
        return None
    text, outside, words = span.text, [], set()
    last = 0
    for start, end in sorted(inside):
        outside.append(text[last : start - span.start])
        words.update(w.lower() for w in _WORD.findall(text[start - span.start : end - span.start]))
        last = end - span.start
    outside.append(text[last:])
    frame = frozenset(w for w in _WORD.findall(" ".join(outside)) if w.islower())
    return frozenset(words), frame, frozenset(w.lower() for w in _WORD.findall(text))


def quote_other_words(a: Quoted | None, b: Quoted | None) -> bool:
    """Do two sentences in one language quote different words?"""
    if a is None or b is None or not a[0] or not b[0] or not (a[1] & b[1]):
        return False
    if len(a[0] & b[0]) / min(len(a[0]), len(b[0])) > QUOTE_OVERLAP:
        return False
    return all(len(x[0] & y[2]) / len(x[0]) <= SENTENCE_OVERLAP for x, y in ((a, b), (b, a)))

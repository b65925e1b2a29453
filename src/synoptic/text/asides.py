"""Sentences about another incident than the article's own story.

A local report often ends with the other events of the day or the weekend: "Also this
weekend, in an unrelated incident a man was shot at 3:18 a.m. Saturday in North Toledo."
Those sentences belong to the article but not to its story: read as the story's facts they
put another shooting's victim, time and place in its timeline, its brief and what one
outlet "alone reported". From the sentence that opens such an aside to the article's end
(roundups put them last) the sentences are marked `aside`; the story's facts leave them out.

Only explicit openers count ("in an unrelated incident", "dans une autre affaire", "in
einem anderen Fall"), near the start of a sentence, after the article has told its own
story for a few sentences. "Separately," is not one: wire copy uses it for another angle of
the same story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from synoptic.model import ArticleAnalysis, Sentence, Span
from synoptic.settings import TextSettings

_INCIDENT = r"(?:incident|shooting|stabbing|case|crash|accident|attack|robbery|homicide|killing)s?"
_OPENERS = re.compile(
    rf"\b(?:in|during)\s+(?:an?\s+)?(?:unrelated|separate|another)\s+{_INCIDENT}\b"
    r"|\bin\s+other\s+(?:news|incidents|shootings|violence|crime\s+news)\b"
    r"|\bdans\s+une\s+autre\s+affaire\b|\bdans\s+un\s+autre\s+(?:incident|dossier|drame)\b"
    r"|\ben\s+otro\s+(?:incidente|caso|suceso|hecho)\b|\ben\s+un\s+(?:incidente|caso|hecho)\s+(?:aparte|separado|distinto)\b"
    r"|\bem\s+outro\s+(?:incidente|caso)\b"
    r"|\bin\s+einem\s+(?:anderen|weiteren)\s+(?:Fall|Vorfall)\b"
    r"|\bin\s+un\s+altro\s+(?:episodio|incidente|caso)\b|\bin\s+un\s+episodio\s+(?:separato|distinto)\b"
    r"|\bbij\s+een\s+ander\s+incident\b|\bin\s+een\s+andere\s+zaak\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


def opens_aside(sentence: str, settings: TextSettings) -> bool:
    """Does the sentence open on another incident: "In an unrelated incident, ...", or after
    a short introductory phrase, "Also this weekend, in an unrelated incident ..."? (Not
    "He was wanted in another shooting": there the incident is the story's.)"""
    m = _OPENERS.search(sentence)
    if m is None:
        return False
    before = sentence[: m.start()].strip()
    return not before or before.endswith(",") and len(_WORD.findall(before)) < settings.aside_opening_words


def mark_asides(sentences: list[Sentence], settings: TextSettings) -> list[Sentence]:
    """The sentences, those from the first aside's opener to the end marked `aside`."""
    told = 0
    for k, s in enumerate(sentences):
        if s.is_heading:
            continue
        if told >= settings.aside_min_before and opens_aside(s.span.text, settings):
            return sentences[:k] + [replace(t, aside=True) for t in sentences[k:]]
        told += 1
    return sentences


def without_asides(analysis: ArticleAnalysis) -> ArticleAnalysis:
    """The article's analysis as its story reads it: the quotes, figures and times of its
    asides left out, so no fact, dispute or timeline entry of the story comes from them (the
    sentences stay, marked, for the story's facts to leave out). Its names stay: they are
    the article's, and a person named in an aside may be the story's too."""
    spans = [(s.span.start, s.span.end) for s in analysis.sentences if s.aside]
    if not spans:
        return analysis
    start = spans[0][0]  # asides run to the article's end

    def kept(span: Span) -> bool:
        return span.start < start

    return replace(
        analysis,
        quotes=[q for q in analysis.quotes if not q.mentions or kept(q.mentions[0])],
        quantities=[q for q in analysis.quantities if kept(q.span)],
        times=[t for t in analysis.times if kept(t.span)],
    )

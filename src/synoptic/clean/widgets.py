"""A page's widget flattened into one line of text: a photo gallery's slide or a related
story's box (its headline, a label, its teaser said twice, a "More" link). Prose never
repeats a long run of its own words within one paragraph unless it ends as a sentence does
(a quote said over: "He was such a loving kid, he was such a loving kid, ..."; a paragraph
a source doubled, MultiLing 2011 Hindi); a widget ends on a credit or a label."""

from __future__ import annotations

import re

from synoptic.settings import LineSettings

# a photographer's credit inside a line: "Brian Cassella / Chicago Tribune", "(Jan Novak / CTK)"
_INLINE_CREDIT = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+/\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}")
# a line's last words in brackets, a credit: "(Provided by family)", "(WISH Photo)"
_BRACKETED_CREDIT = re.compile(r"\((?:[^()\s]+\s?){1,5}\)\s*$")
# a link's label of one to three capitalized words after a sentence's end, ending the line
_LINK_LABEL = re.compile(r"[.!?…]\s+[A-Z][\w'’]*(?:\s+[A-Z]?[\w'’]*){0,2}\s*$")
# the end of a sentence, after its closing quote or bracket
_SENTENCE_END = re.compile(r"[.!?…。！？।]\s*[\"”’»)]?\s*$")


def _repeats_a_run(text: str, k: int) -> bool:
    toks = text.split()
    seen: set[tuple[str, ...]] = set()
    for i in range(len(toks) - k + 1):
        gram = tuple(toks[i : i + k])
        if gram in seen:
            return True
        seen.add(gram)
    return False


def flattened_widget(text: str, settings: LineSettings) -> str | None:
    """"caption" for a gallery's slide ("Remembering X Brian Cassella / Chicago Tribune
    Family, neighbors ... gather ... Family, neighbors ... gather ..."), "navigation" for a
    related story's box ("At least 1 dead, several injured in Madisonville shooting Photos
    Police in Madisonville are investigating ... At least 1 dead, ... More", GVC 399367,
    dev); None for a line that may be prose."""
    credit = "/" in text and bool(_INLINE_CREDIT.search(text))  # (its every match holds " / ")
    if not credit and (_SENTENCE_END.search(text) or _BRACKETED_CREDIT.search(text)):
        # (a photo's caption that ends on its bracketed credit states the story's facts, and
        # may be the only place an article names someone in full: "Christian Bandemer
        # Provided by family Christian Bandemer, of the 900 block …, was pronounced dead …
        # (Provided by family)", GVC 571210, dev)
        return None
    if not _repeats_a_run(text, settings.gallery_repeat_words):
        return None
    if credit:
        return "caption"
    # a related story's box ends on its link's label after its teaser's last sentence ("…
    # killed at least one person. More"); a gallery of the story's own photos, its captions
    # run together ("Image 1 of / 4 Caption Close … Tavenor Lane on Thursday"), ends on a
    # caption and states the story's facts, which its grouping uses (GVC dev F1 0.958 ->
    # 0.957 when such lines went too)
    return "navigation" if _LINK_LABEL.search(text) else None

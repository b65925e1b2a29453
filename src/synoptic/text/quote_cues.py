"""The cue of a quote on either side of it (#19): a speech verb right after the closing
mark that names its own subject, a cue that belongs to the next quote, a cue whose title
the speaker's mention already carries."""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.model import EntityMention
from synoptic.settings import TextSettings
from synoptic.text import names as nm
from synoptic.text.attribution_words import PRONOUNS, is_cue
from synoptic.text.pronoun_speakers import WORD

_SENT_END = re.compile(r"[.!?]\s")


def close_to_end(text: str, cue_end: int, end: int, slack: int) -> bool:
    """The cue is followed only by a short object before the quote ("told Sky News:")."""
    gap = text[cue_end:end]
    return len(gap) <= slack and not _SENT_END.search(gap)


def role_between(text: str, cue_end: int, m: EntityMention) -> bool:
    """"قال وزير الخارجية البريطاني مارغريت بيكيت": all between the cue and the name is the
    title the person's mention already carries as its role."""
    r = m.role_span
    return r is not None and cue_end <= r.start and r.end <= m.span.start and not (
        text[cue_end : r.start].strip(" ,،") or text[r.end : m.span.start].strip(" ,،"))


def opens_next_quote(text: str, close: int, cue: re.Match[str], nxt_open: int, settings: TextSettings) -> bool:
    """'"…" ، في حين قالت جدته ، مارغريت سبيري ، "…"' (MultiLing 2011 M002 in Arabic): a cue
    after words of its own clause that introduces the next quote is that quote's, not this
    one's (a quote split around its cue, '"…," said X, "…"', has no words before the cue)."""
    # (the words before the cue open a clause of their own: a conjunction, "في حين", "while";
    # not the cue's subject alone: '"…," she said, "…"' is one quote split around its cue)
    words = [w.lower() for w in WORD.findall(text, close, cue.start())]
    clause = any(w in nm.FUNCTION_WORDS and w not in PRONOUNS for w in words)
    return nxt_open < len(text) and clause and close_to_end(text, cue.end(), nxt_open, settings.quote_cue_gap)


_RIGHT_AFTER = re.compile(r"[\s,،;]*")


def inverted_cue(text: str, close: int, cues_a: list[re.Match[str]], language: str | None) -> re.Match[str] | None:
    """A speech verb right after the closing mark with its own subject after it ('"…" ،
    وقال المتحدث …', '"…," said the agency'): the quote's attribution, not a new clause
    ('"…" ، وقال ان …': "and he said that", no subject)."""
    if not cues_a or not _RIGHT_AFTER.fullmatch(text, close, cues_a[0].start()):
        return None
    c = cues_a[0]
    return c if subject_after(text, c.end(), language) else None


def subject_after(text: str, end: int, language: str | None) -> bool:
    """Does a word of content follow the cue ending at `end` (its subject in a verb-first
    clause: "قال أحد الجنود", one of the soldiers said), not a function word or a pronoun?"""
    nxt = WORD.search(text, end, end + 40)
    if nxt is None or text[end : nxt.start()].strip():
        return False  # (a quotation mark or a colon after the verb opens its own quote)
    w = nxt.group().lower()
    function = nm.FUNCTION_WORDS | lang.stop_words(language or "", "FUNCTION_WORDS")
    if is_cue(w) or w in PRONOUNS:
        return False
    if w not in function:
        return True
    # a quantifier before a definite noun ("أحد الجنود", "بعض المسؤولين"); not "that" ("ان الجنود")
    after = WORD.search(text, nxt.end(), nxt.end() + 30)
    return (after is not None and not text[nxt.end() : after.start()].strip() and after.group().startswith("ال")
            and not w.startswith(("ان", "أن", "إن", "لان", "لأن")))


def adverbial_gap(text: str, end: int, first_open: int, language: str | None) -> bool:
    """Between a verb that opens its sentence and the quote, only an adverbial of function
    words and a colon ('وقال بعد ذلك : "…"', and he said afterwards; MultiLing 2011 M0035 in
    Arabic, dev: the quote stayed unattributed): the verb's own ending is the speaker."""
    gap = text[end:first_open]
    words = WORD.findall(gap)
    function = lang.stop_words(language or "", "FUNCTION_WORDS")
    return 1 <= len(words) <= 3 and gap.rstrip(" \"“«„'‘").endswith((":", "：")) and all(w in function for w in words)


# a statement, the document a quote was read from: "في بيان" (in a statement), "in a
# statement from", "dans un communiqué de"
_STATEMENT = re.compile(r"(?:\b|(?<=[بف]))(?:بيان|البيان|statement|communiqué|comunicado|comunicato|verklaring)\b",
                        re.IGNORECASE)


def statement_source(text: str, close: int, hi: int, mentions: list[EntityMention]) -> EntityMention | None:
    """The organisation whose statement the words right after a quote say it was read from
    ('وقال "…" قراءة في بيان فريق استانا', read in a statement of the Astana team: MultiLing
    2011 M0034 in Arabic, dev, where the verb's "he" went to the rider named before): the
    quote's speaker, not a pronoun's person. Within the quote's sentence, at most three words
    after the statement's noun."""
    m = _STATEMENT.search(text, close, min(hi, close + 60))
    if m is None:
        return None
    # (the organisation named there, or named so before: a later occurrence may be no mention)
    after = text[m.end() : min(hi, m.end() + 60)]
    for e in sorted(mentions, key=lambda e: e.span.start):
        at = e.span.start - m.end() if m.end() <= e.span.start else after.find(e.span.text)
        if e.type == "ORG" and 0 <= at < len(after) and len(WORD.findall(after, 0, at)) <= 3 and not (
                _SENT_END.search(after, 0, at)):
            return e
    return None

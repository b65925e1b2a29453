"""What a title is of, in a language that governs it in the genitive with no preposition.

Czech and Greek write "ředitel Úřadu OSN" (director of the UN Office), "mluvčí Červeného
kříže" (Red Cross spokesman), "Υπουργός Αμύνης Des Browne" (Defence Secretary Des
Browne), "Πρόεδρος του Ηνωμένου Βασιλείου Τόνι Μπλέρ": the capitalized genitive after the
title names an organisation or a country, not the person the title is given to (whose name
stands in the title's own case). The endings and head nouns are per-language lists
(`GENITIVE_ENDINGS`, `GENITIVE_HEADS`, `GENITIVE_ARTICLES` in `lang/cs`, `lang/el`), read
together: each list's words are of its own script (MultiLing 2011 M000-M005 in Czech and
Greek, development).
"""

from __future__ import annotations

from functools import lru_cache

from synoptic import lang
from synoptic.lang.given_names import is_given_name
from synoptic.text import names as nm
from synoptic.text.tokens import Candidate, Token


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    endings = tuple(sorted(lang.all_stop_words("GENITIVE_ENDINGS")))
    return endings, lang.all_stop_words("GENITIVE_HEADS"), lang.all_stop_words("GENITIVE_ARTICLES")


def is_genitive(tok: Token) -> bool:
    """A capitalized word in a genitive form that opens an organisation's or a place's name."""
    endings, heads, _ = _lists()
    low = tok.low
    return low in heads or (len(low) >= 5 and low.endswith(endings))


def _before_given_name(tokens: list[Token]) -> bool:
    """A first word that is no given name before a given name and a surname: the complement
    of the title before them in a form no ending list holds ("manažer Astany Marc Biver",
    the manager of Astana; MultiLing M003 in Czech)."""
    return (len(tokens) >= 3 and not tokens[0].is_acronym and not is_given_name(tokens[0].text)
            and is_given_name(tokens[1].text) and tokens[1].is_cap and tokens[2].is_cap)


def leading_genitives(text: str, cand: Candidate) -> int:
    """How many of a person's first words are a title's genitive complement: the title is
    written right before the name, a genitive article at most between (0 otherwise)."""
    if not cand.tokens or not (is_genitive(cand.tokens[0]) or _before_given_name(cand.tokens)):
        return 0
    _, _, articles = _lists()
    before = text[max(0, cand.start - 80) : cand.start].split()
    if before and before[-1].lower() in articles:
        before = before[:-1]
    if not before or nm.singular(before[-1].lower().strip(",")) not in nm.TITLE_HEADS:
        return 0
    k = 0
    while k < len(cand.tokens) and is_genitive(cand.tokens[k]):
        k += 1
    if k == 0:
        return 1  # a word before a given name and a surname: "manažer Astany Marc Biver"
    if all(t.is_acronym or not t.is_cap for t in cand.tokens[k:]):
        return len(cand.tokens)  # "Úřadu OSN": the UN's office, no name after it
    return k


def settle_genitive_complements(cands: list[Candidate], text: str) -> None:
    """A titled person whose name opens on the title's genitive complement: the person is
    the rest ("Τόνι Μπλέρ"), or, when nothing is left ("Úřadu OSN"), it is the organisation
    the title is of and nobody's name."""
    for c in cands:
        if c.type_hint != "PERSON":
            continue
        k = leading_genitives(text, c) or _prepositional_complement(text, c)
        if k == 0:
            continue
        if k == len(c.tokens):
            c.type_hint, c.role, c.role_span = "ORG", None, None
            c.extra.pop("weak", None)
            continue
        c.tokens = c.tokens[k:]
        c.start = c.tokens[0].start


# a title's complement opens on a preposition and maybe an article ("il commissario europeo per
# la Concorrenza Neelie Kroes", "Secretary of State for Health Alan Johnson")
_COMPLEMENT_PREPS = frozenset("of for per de di del della dello dei degli des du van voor für".split())
_COMPLEMENT_ARTICLES = frozenset("the la il lo le l' el les de het der die".split())


def _prepositional_complement(text: str, cand: Candidate) -> int:
    """How many of a person's first words are what the title before them is of, after a
    preposition: the words that are no given names while two are left, the title a few words
    before the preposition ("per la Concorrenza Neelie Kroes" was a person "Concorrenza
    Neelie Kroes", Wikinews Apple in Italian, dev)."""
    k = 0
    while len(cand.tokens) - k > 2 and cand.tokens[k].is_cap and not cand.tokens[k].is_acronym and not is_given_name(
            cand.tokens[k].text):
        k += 1
    if k == 0:
        return 0
    before = [w.lower().strip(",") for w in text[max(0, cand.start - 80) : cand.start].split()]
    if before and before[-1] in _COMPLEMENT_ARTICLES:
        before = before[:-1]
    if not before or before[-1] not in _COMPLEMENT_PREPS:
        return 0
    return k if any(nm.singular(w) in nm.TITLE_HEADS for w in before[-4:-1]) else 0


def genitive_phrase(text: str, start: int, end: int) -> bool:
    """A name written as a noun's genitive complement: after a genitive article ("του
    Ηνωμένου Βασιλείου", of the United Kingdom; the article agrees with the name), or in a
    genitive form right after a title ("η Υπουργός Εξωτερικών"). Never the subject of a verb
    of saying (a name after a nominative article, "η Διαμαντοπούλου", is not one)."""
    endings, heads, articles = _lists()
    before = text[max(0, start - 40) : start].split()
    words = text[start:end].split()
    if not before or not words:
        return False
    if before[-1].lower() in articles:
        return True
    first = words[0].lower()
    genitive = first in heads or (len(first) >= 5 and first.endswith(endings))
    return genitive and nm.singular(before[-1].lower().strip(",")) in nm.TITLE_HEADS

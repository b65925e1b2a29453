"""Who a figure is about: the person named before it in its sentence ("Robert Buckley fell
about 600 metres"), so that two people's figures are never set against each other; and the
act it measures: the verb of movement before a length, the verb a count is the object of."""

from __future__ import annotations

import re

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.units import stem
from synoptic.model import Span

# A person right before these is the speaker of a figure, not what it is about.
_SPEECH = frozenset(
    """said says told tells added reported according explained stated declared confirmed
    dit déclare declaro dijo afirmo detto zei""".split()
)  # ("a dit", "ha detto": the auxiliary alone is any verb's, "intercepted a pass")


# A name followed by a figure names a model of a thing ("six AK 47 rifles", "AK-47s").
_MODEL_NUMBER = re.compile(r"[ \t-]?\d")

# A person right after these is the object of a preposition, not the figure's subject.
_OBJECT_OF = frozenset("from by to with against of for toward towards".split())


def named_subject(persons: list[Span], sentence: Span, quantity: Span, shortest: int = 3) -> frozenset[str]:
    """The name of the last person named before a figure in its sentence, as prefixes of its
    words (spellings "Rait" / "Raite" meet), skipping one who speaks ("Gaskin said"), with
    the last age given before it ("#36" for "36-year-old")."""
    text = sentence.text
    # a person described by age ("The 36-year-old ... fell"): the age is part of who
    ages = [m for m in _AGED.finditer(text[: quantity.start - sentence.start])]
    aged = {f"#{ages[-1].group(1)}"} if ages else set()
    for p in sorted(persons, key=lambda p: p.start, reverse=True):
        if not (sentence.start <= p.start and p.end <= quantity.start):
            continue
        if _MODEL_NUMBER.match(text, p.end - sentence.start):
            continue  # a name with a number is a model ("AK 47 rifles", "Boeing 737"), not who acts
        after = text[p.end - sentence.start : p.end - sentence.start + 40].split()[:2]
        if any(unidecode(w.strip(",.;:")).casefold() in _SPEECH for w in after):
            continue
        before = text[max(0, p.start - sentence.start - 12) : p.start - sentence.start].split()[-1:]
        possessive = text[p.end - sentence.start : p.end - sentence.start + 2] in ("'s", "’s")
        if possessive or (before and unidecode(before[0]).casefold() in _OBJECT_OF):
            # the object of a preposition or a possessor is not who acts: "Ratliff
            # intercepted a pass from David Garrard (David Garrard's pass) and returned it
            # 35 yards" is Ratliff's return
            continue
        # (`shortest` 2 for organisations: "GM", "BP")
        words = [unidecode(w).casefold()[:4] for w in re.findall(rf"[^\W\d_]{{{shortest},}}", p.text)]
        if words:
            return frozenset(words) | aged
    return frozenset(aged)


def name_words(subject: frozenset[str]) -> frozenset[str]:
    """The name words of a subject (its age marker aside)."""
    return frozenset(w for w in subject if not w.startswith("#"))


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two figures' subjects name one person: a name in common, or the same age where
    no two names differ ("A 36-year-old Australian climber ... falling about 150 metres" /
    "The 36-year-old ... fell approximately 200 metres")?"""
    names_a, names_b = name_words(a), name_words(b)
    if names_a and names_b:
        return bool(names_a & names_b)
    return bool((a - names_a) & (b - names_b))


_AGED = re.compile(r"\b(\d{1,3})-year-old\b", re.IGNORECASE)


# Verbs of movement whose extent a length right after them measures ("fell 200 feet",
# "a chuté de 60 mètres" reads "chute" before "de").
MOVEMENT = frozenset(
    """fell fall falls falling fallen slipped slid slide slides sliding plunged plunge
    plunging plummeted plummeting tumbled tumbling dropped drop dropping descended
    descending climbed climbing sank sinking swam walked ran drove flew travelled traveled
    tombe tombee chute glisse cayo caido cayendo resbalo precipito caduto precipitato
    gevallen viel""".split()
)

_IRREGULAR_VERBS = {"fell": "fall", "sank": "sink", "swam": "swim", "ran": "run", "flew": "fly",
                    "drove": "driv", "viel": "vall", "cayo": "caer", "caido": "caer"}


def verb_key(verb: str) -> str:
    """One key for a movement verb's forms: "fell", "falling", "fallen" -> "fall"."""
    return _IRREGULAR_VERBS.get(verb, verb[:4])


def lead_verb(before: list[tuple[int, int, str]], text: str, end: int, skip: frozenset[str]) -> str:
    """The stem of the verb a figure is the object of ("called in an additional six
    engines" -> "calle"): the nearest word before it (`before`: words with their offsets in
    the sentence `text`; the figure starts at `end`) that is not in `skip` (function words,
    particles, hedges, scope and number words), within the clause, when it is an English past
    form; "" when a clause break, a figure, a capitalized word or another word comes first
    (a noun: "the age of 35", "a mark of 2,290 points" name no act)."""
    for start, stop, w in reversed(before):
        if re.search(r"[,;:()\"“”]", text[stop:end]):
            return ""
        end = start
        low = unidecode(w).casefold()
        if low in skip:
            continue
        if w[0].isdigit() or w[0].isupper() or not (
            low.endswith("ed") or low in lang.all_dispute_words("IRREGULAR_PAST")
        ):
            return ""
        return stem(w)
    return ""


_LETTERS = re.compile(r"[^\W\d_]+")


def act_noun(sentence: Span, quantity: Span, lead: str) -> str:
    """The people who do the act a figure counts, when a noun for people names them right
    before its verb ("Police arrested 12 people" -> "polic", "the gunman fired six shots"
    -> "gunman"): the stem of a word of `PERSON_NOUNS` before the verb whose stem is `lead`,
    with only auxiliaries and adverbs of `ACT_AUXILIARIES` between; else ""."""
    if not lead:
        return ""
    text = sentence.text[: quantity.start - sentence.start]
    words = list(_LETTERS.finditer(text))
    at = next((k for k in range(len(words) - 1, -1, -1) if stem(words[k].group()) == lead), None)
    if at is None:
        return ""
    skip = lang.all_dispute_words("ACT_AUXILIARIES")
    j = at - 1
    while j >= 0 and words[j].group().casefold() in skip:
        j -= 1
    if j < 0 or any(c in text[words[j].end() : words[at].start()] for c in ",;:()\"“”"):
        return ""  # no word before it, or a clause break between: not the verb's subject
    word = words[j].group().casefold()
    return stem(word) if word in lang.all_stop_words("PERSON_NOUNS") else ""

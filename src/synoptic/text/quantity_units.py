"""What a number counts: the noun after it (plural rules of English, French and Spanish,
the first content word elsewhere), a measure named before it, or a label it belongs to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic import lang

# --- what is counted --------------------------------------------------------------

_STOP = lang.all_stop_words("NOUN_SEARCH_WORDS")
_IRREGULAR = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "police": "police", "personnel": "personnel",
    "staff": "staff", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "thieves": "thief", "leaves": "leaf", "series": "series", "species": "species",
    "crises": "crisis", "analyses": "analysis", "hours": "hour", "troops": "troop",
    "persons": "people", "mois": "mois", "fois": "fois", "pays": "pays", "gens": "people",
    "meses": "mes",
    "ans": "an",
    "années": "année", "veces": "vez", "países": "país",
}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")
_LABEL_WORDS = {
    "version", "article", "number", "no", "chapter", "section", "page", "room", "flight",
    "route", "phase", "level", "category", "stage", "grade", "round", "item", "resolution",
    "paragraph", "line", "gate", "terminal", "platform", "block", "unit", "district", "zone",
    "numéro", "número", "artículo", "vol",
}
TIME_UNITS = {"day", "week", "month", "year", "decade", "hour", "minute", "second"}


def singular(word: str, language: str = "en") -> str:
    """Lowercase lemma-ish singular of a count noun (English, French, Spanish plurals;
    other languages keep the word as written, lowercased)."""
    w = word.lower().strip("'’-")
    if language and language not in {"en", "fr", "es"}:
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3:
        return w
    if language == "es" and w.endswith("es") and len(w) > 4:
        # Spanish consonant stems: "ciudades" -> "ciudad", "millones" -> "millon"
        if w[-3] in "dlnrzj" and w[-4] in "aeiouáéíóú":
            stem = w[:-2]
            return stem[:-1] + "z" if stem.endswith("c") else stem
        return w[:-1]
    if language == "fr":
        if w.endswith(("eaux", "eux")):
            return w[:-1]
        if w.endswith("aux"):
            return w[:-3] + "al"
    if language in {"fr", "es"}:
        return w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if w.endswith(_NOT_PLURAL_ENDINGS):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


_INVARIANT = {
    "dead", "wounded", "injured", "missing", "homeless", "displaced", "unemployed",
    "mois", "fois", "pays", "temps", "prix", "corps", "personnel", "staff", "police", "people",
    "cattle", "sheep", "fish", "deer", "aircraft", "crew", "gens", "series", "species",
}
# invariant nouns of a toll that look like participles: counted alone even for one
_TOLL_NOUNS = frozenset({"wounded", "injured"})
# measurement abbreviations count whatever the number
_UNIT_ABBR = {
    "km", "kg", "m", "cm", "mm", "mi", "ft", "lb", "lbs", "oz", "mph", "kmh", "ha", "mw", "gw",
    "kw", "kwh", "bpd", "min", "mins", "sec", "hr", "hrs", "t", "g", "l",
}
# the measure of an earthquake, named after its figure ("a 7.6 magnitude quake") or
# before it ("a magnitude 6.1 quake", "magnitude of 5.7")
# number words: never the noun a compound modifier runs on to ("one officer wounded two")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand".split())
MEASURE_NOUNS = {"magnitude", "magnitud", "magnitudo"}
_MEASURE_RIGHT_BEFORE = re.compile(r"\b(magnitude|magnitud|magnitudo)(?:\s+(?:of\s+|de\s+|di\s+)?|\s*-\s*)$")
# the scale named after a figure with no noun: "registering 6.1 on the Richter scale",
# "5,9 sur l'échelle de Richter", "6,1 grados en la escala de Richter" (ECB+ 20, development)
MEASURE_SCALE_AFTER = re.compile(
    r"\s+(?:(?:degrees?|grados?|degr[ée]s?)\s+)?(?:on|sur|en)\s+(?:the\s+(?:open\s+)?|l['’]\s*|la\s+)?"
    r"(?:richter\b|[ée]chelle\s+(?:ouverte\s+)?de\s+richter\b|escala\s+(?:abierta\s+)?de\s+richter\b)",
    re.IGNORECASE,
)
# a figure with a decimal right before a quake noun is the quake's size ("Earlier on Sunday
# a 5.6 quake jolted the island"; ECB+ 20_5ecb, development)
QUAKE_AFTER = re.compile(r"\s*-?\s*(?:earth)?(?:quake|temblor|tremor)s?\b", re.IGNORECASE)
# "three times", "two others": not a thing that is counted
PLURAL_RULES = {"en", "fr", "es"}
# nouns that spaCy's stop lists hold but that are what a number counts ("tre persone",
# "due anni"): without them an Italian toll has no counted noun
_COUNTED_STOP_WORDS = {
    "it": frozenset("persone anni anno giorni giorno mesi piedi casa città citta gruppo".split()),
}
# scale words of other languages, by stem (declined forms share it)
OTHER_SCALES = (
    ("miliard", 1e9), ("milliard", 1e9), ("miljard", 1e9), ("δισεκατομμύρι", 1e9),
    ("миллиард", 1e9), ("мільярд", 1e9), ("mrd", 1e9), ("miliardi", 1e9), ("bilion", 1e9),
    ("milion", 1e6), ("milión", 1e6), ("million", 1e6), ("miljoen", 1e6), ("miljon", 1e6),
    ("milhões", 1e6), ("milhão", 1e6), ("milioni", 1e6), ("εκατομμύρι", 1e6), ("миллион", 1e6),
    ("мільйон", 1e6), ("mio", 1e6), ("مليون", 1e6), ("ملايين", 1e6), ("מיליון", 1e6),
    ("मिलियन", 1e6), ("करोड़", 1e7), ("लाख", 1e5),
    ("tisíc", 1e3), ("tysiąc", 1e3), ("tysięcy", 1e3), ("χιλιάδ", 1e3), ("тысяч", 1e3),
    ("тисяч", 1e3), ("tausend", 1e3), ("ألف", 1e3), ("آلاف", 1e3), ("אלף", 1e3),
    ("हज़ार", 1e3), ("हजार", 1e3),
)
NOT_UNITS = {"time", "fois", "reprise", "vez", "ocasión", "ocasion", "other", "autre", "otro", "otra"}


def looks_plural(word: str, language: str = "en") -> bool:
    w = word.lower()
    if w in _IRREGULAR and w not in {"mois", "fois", "pays", "series", "species"}:
        return True
    if len(w) <= 3 or not w.endswith(("s", "x")):
        return False
    if language in {"fr", "es"}:
        return not w.endswith("ss")
    return not w.endswith(_NOT_PLURAL_ENDINGS)


# The longest noun phrase read after a number ("99 alleged Sicilian Mafia members").
_PHRASE_WORDS = 7
# English endings of adjectives and participles used as adjectives: words a noun phrase
# may hold before its noun ("alleged", "regional", "Sicilian", "suspected").
_MODIFIER_ENDINGS = ("ed", "al", "ian", "ese", "ish", "ic", "ive", "ous", "ful", "less", "ary", "ern", "ing")
# nouns that are invariant counts on their own ("police") but modify the next plural noun
# ("three police officers", "two staff members", "four crew members")
_NOUN_MODIFIERS = frozenset({"police", "staff", "crew", "personnel", "people"})


def _modifier(word: str, language: str) -> bool:
    """Can `word` stand inside a noun phrase before its noun? English only: a capitalized
    word (a proper adjective or a name used as one, "Sicilian Mafia"), a hyphenated
    compound or an adjective ending."""
    if language not in ("en", ""):
        return False
    return word[0].isupper() or "-" in word or word.lower().endswith(_MODIFIER_ENDINGS)


def _modifier_run(rest: list[tuple[str, int, int]], first: list[tuple[str, int, int]],
                  language: str) -> list[tuple[str, int, int]]:
    """The words after the first three that still belong to the phrase: only while every
    word before them is a modifier, up to and including the first that is not (the noun)."""
    if not all(_modifier(w, language) for w, _s, _e in first):
        return []
    out = []
    for word in rest:
        out.append(word)
        if not _modifier(word[0], language):
            break
    return out


def _head(words: list[tuple[str, int, int]], k: int, language: str) -> tuple[str, int]:
    """The head of a noun compound from its first plural word: "police officers" counts
    officers, not police (English: the head noun comes last)."""
    w, _s, e = words[k]
    if language in ("en", "") and w.lower() in _NOUN_MODIFIERS and k + 1 < len(words):
        nxt, _s2, e2 = words[k + 1]
        if nxt[0].islower() and looks_plural(nxt, language):
            return nxt, e2
    return w, e


# a measure written singular before the noun it measures: "in minus-20 degree temperatures"
_DEGREES = frozenset({"degree", "degré", "grado"})
_OTHER = re.compile(r"\s+(?:other|autres)(?=\s)", re.IGNORECASE)
_OTHER_LANGUAGES = {"en", "fr", ""}


def unit_after(
    text: str, pos: int, count: float | None, language: str = "en"
) -> tuple[str, int] | None:
    """The counted noun after text[pos:] and where it ends, skipping adjectives.

    Up to three words before a function word or punctuation, more while they are
    modifiers of the noun ("99 alleged Sicilian Mafia members"). For counts other
    than one the noun is plural in English, French and Spanish: the first
    plural word (or an invariant noun or a unit abbreviation); for one, the
    first lowercase word that is not a participle.
    """
    words: list[tuple[str, int, int]] = []
    # "three other people", "trois autres blessés": the noun after "other" is what is
    # counted; the span keeps "other", which sets the count apart as a part (`compare`'s
    # scope words) so it only meets other counts of the same part (GVC 630886, development)
    other = _OTHER.match(text, pos)
    i = other.end() if other and language in _OTHER_LANGUAGES else pos
    while len(words) < _PHRASE_WORDS:
        m = _WORD.match(text, i)
        if not m or "\n" in text[i : m.start(1)]:
            break
        w = m.group(1).rstrip("'’-")
        if w.lower() in _STOP:
            break
        words.append((w, m.start(1), m.start(1) + len(w)))
        i = m.start(1) + len(w)
        if text[i : i + 1] in {",", ";", ":", ".", ")", "(", '"', "”", "»"}:
            break
    if not words:
        return None
    # the noun is near: past three words the phrase goes on only over modifiers
    words = words[:3] + _modifier_run(words[3:], words[:3], language)
    if language and language not in PLURAL_RULES:
        # no plural rules for this language: the first lowercase content word ("vojáků")
        stop = lang.spacy_stop_words(language) - _COUNTED_STOP_WORDS.get(language, frozenset())
        for w, _s, e in words[:1]:
            if w.lower() in _UNIT_ABBR:
                return w, e
        for w, _s, e in words:
            # a script without case (Arabic, Hebrew) has no capitals to tell a name by
            caseless = not (w[0].islower() or w[0].isupper())
            if (w[0].islower() or caseless) and len(w) >= 4 and w.lower() not in stop:
                return w, e
        return None
    if count != 1:
        for k, (w, _s, _e) in enumerate(words):
            low = w.lower()
            if looks_plural(w, language) or low in _INVARIANT or low in _UNIT_ABBR or low in MEASURE_NOUNS or low in _DEGREES:
                return _head(words, k, language)
        return None
    if words[0][0].lower() in _TOLL_NOUNS and (len(words) == 1 or not words[1][0][0].islower()):
        return words[0][0], words[0][2]  # "one wounded", "one injured in the crash": a toll of one
    for k, (w, _s, e) in enumerate(words):
        if w[0].islower() and not w.lower().endswith(("ed", "ing")):
            # a noun joined to a participle modifies the noun after them: "one rocket
            # propelled grenade launcher" is no rocket
            nxt = words[k + 1 : k + 3]
            if (language in ("en", "") and len(nxt) == 2 and nxt[0][0].lower().endswith("ed")
                    and nxt[1][0][0].islower() and not nxt[1][0].lower().endswith(("ed", "ing"))
                    and nxt[1][0].lower() not in _NUMBER_WORDS):
                return nxt[1][0], nxt[1][2]
            return w, e
    return None


# "a magnitude of 5.9", "the death toll of 10", "une magnitude de 5,9": a determiner,
# at most one modifier, the measure, the preposition, then (hedge and) the figure
_MEASURE_BEFORE = {
    "en": re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z]+\s+)?([a-z]{3,})\s+of\s+$"),
    "fr": re.compile(r"\b(?:un|une|le|la|l['’]|sa|son|leur|ce|cette)\s*(?:[a-zé]+\s+)?([a-zé]{3,})\s+de\s+$"),
    "es": re.compile(r"\b(?:un|una|el|la|su)\s+(?:[a-zé]+\s+)?([a-záéíóúñ]{3,})\s+de\s+$"),
}
# measures that only count something named elsewhere ("a total of 10", "a group of 20")
_NOT_MEASURES = frozenset(
    """total maximum minimum average number sum excess series range handful couple group
    set lot list batch pair dozen majority minority part share rest crowd team
    nombre groupe ensemble série total moyenne maximum minimum majorité part reste
    número grupo serie conjunto mayoría parte resto""".split()
)


def unit_before(text: str, start: int, language: str) -> str | None:
    """The measure named just before a figure that has no noun after it."""
    right = _MEASURE_RIGHT_BEFORE.search(text[max(0, start - 20) : start].lower())
    if right:
        return "magnitude"
    pattern = _MEASURE_BEFORE.get(language or "en")
    if pattern is None:
        return None
    m = pattern.search(text[max(0, start - 60) : start].lower())
    if not m:
        return None
    word = m.group(1)
    if word in _STOP or word in _NOT_MEASURES or word.endswith(("ed", "ing")):
        return None
    return word


ELIDED = "\0"  # a count whose noun is the one counted just before it in the sentence
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+$")


def after_verb(text: str, start: int, language: str) -> bool:
    """Does a figure follow a participle ("killing one", "wounded 20")? English only."""
    return language in ("en", "") and bool(_VERB_BEFORE.search(text[max(0, start - 30) : start]))



# Arabic has no capitals to tell a name's number by: a number right after a definite noun
# and before a particle or the clause's end is that noun's ("فاز بالمرحلة 13 من سباق فرنسا":
# stage 13, MultiLing 2011 M003 ar, dev, shown as a count of races that "changed over time"
# to 15), where a count is followed by what it counts ("قتل الهجوم 13 شخصا")
_AR_DEFINITE = re.compile(r"[وفبلك]{0,2}ال[\u0621-\u064A]{2,}")
_AFTER_NUMBER = re.compile(r"[\d٠-٩]+(?:[.,][\d٠-٩]+)*\s*([^\W\d_]+)?")


@lru_cache(maxsize=1)
def _arabic_particles() -> frozenset[str]:
    return lang.stop_words("ar", "FUNCTION_WORDS")


def _arabic_label(word: str, text: str, start: int) -> bool:
    if not _AR_DEFINITE.fullmatch(word):
        return False
    after = _AFTER_NUMBER.match(text, start)
    return after is not None and (after.group(1) is None or after.group(1) in _arabic_particles())


def is_label(text: str, start: int, sentence_start: int) -> bool:
    """A number right after a name or label word: "Nord Stream 2", "Article 5"."""
    m = re.search(r"([^\W\d_][\w.]*)\s+$", text[max(sentence_start, start - 30) : start])
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower() in _LABEL_WORDS or _arabic_label(word, text, start):
        return True
    word_start = start - len(m.group(0))
    at_sentence_start = not text[sentence_start:word_start].strip()
    return word[0].isupper() and not at_sentence_start and not word.endswith(("'s", "’s"))


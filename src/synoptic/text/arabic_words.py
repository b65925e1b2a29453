"""The words of Arabic script as `text/arabic_names.py` reads them for names (#18, #19):
spelling folded, the word lists of `lang/ar`, the shapes of verbs and common nouns, and one
sentence's words with what lies between them. Shared by `arabic_names`, `arabic_orgs` and
`arabic_translit`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic import lang
from synoptic.util.scripts import mostly

_AR_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u0640\u064b-\u065f\u0670]+")
_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_AR_LETTERS = re.compile(r"[\u0621-\u064a]")


_FOLDED_LETTERS = str.maketrans("أإآٱىة", "اااايه")


@lru_cache(maxsize=1 << 16)  # a word is folded many times per article (each rule asks again)
def fold(word: str) -> str:
    """A spelling key: diacritics and tatweel dropped, hamza forms of alif, alif maqsura and
    ta marbuta folded ("أحمدي" = "احمدي")."""
    return _DIACRITICS.sub("", word).translate(_FOLDED_LETTERS)


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


FUNCTION = _folded(lang.stop_words("ar", "FUNCTION_WORDS"))
TITLES = _folded(lang.stop_words("ar", "NAME_TITLES"))
VERBS = _folded(lang.stop_words("ar", "SPEECH_VERBS"))
ORG_HEADS = _folded(lang.stop_words("ar", "ORG_HEADS"))
PERSON_NOUNS = _folded(lang.stop_words("ar", "PERSON_NOUNS"))
VERB_FORMS = _folded(lang.stop_words("ar", "VERB_FORMS"))
COMPLEMENTS = _folded(lang.stop_words("ar", "TITLE_COMPLEMENTS"))
NAME_FUNCTION = _folded(lang.stop_words("ar", "NAME_FUNCTION_WORDS"))
# kinship words: "راي كوبر عم آدم سبيري" is Ray Cooper, uncle of Adam Sperry
KINSHIP = _folded(frozenset(
    "عم عمه خال خاله جد جده جدة جدته والد والده والدة والدته شقيق شقيقه شقيقة شقيقته "
    "زوج زوجها زوجة زوجته ابنه ابنته".split()
))
# honorifics end a title: the role of "الجنرال السير روب فولتون" is "الجنرال"
_HONORIFICS = _folded(frozenset("السيد السيدة السير الآنسة اللورد البارونة".split()))
# a peer's title, before a surname alone ("اللورد تريسمان", Lord Triesman: MultiLing 2011 M0023)
_PEERS = _folded(frozenset("اللورد البارونة".split()))
# royal titles, before a given name alone ("الامير تشارلز", "الملكة إليزابيث")
_ROYAL = _folded(frozenset("الأمير الأميرة الملك الملكة".split()))
# particles that take a word with "ال" inside a name: "أبو القاسم", "عبد الله", "بن"
_NAME_PARTICLES = _folded(frozenset("أبو ابو أبي عبد بن ابن بنت آل".split()))
# the Latin letters as Arabic spells them, for acronyms ("بي بي سي" = BBC)
_LETTERS = {fold(k): v for k, v in {
    "إيه": "A", "بي": "B", "سي": "C", "دي": "D", "إي": "E", "إف": "F", "جي": "G", "إتش": "H",
    "آي": "I", "جيه": "J", "كيه": "K", "إل": "L", "إم": "M", "إن": "N", "أو": "O", "كيو": "Q",
    "آر": "R", "إس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W", "إكس": "X", "واي": "Y", "زد": "Z",
}.items()}
_CLITICS = ("و", "ف", "ب", "ل", "ك")
# adverbs of time that qualify a title ("المنتخب حديثا", "the newly elected")
_TITLE_ADVERBS = _folded(frozenset("حديثا مؤخرا سابقا لاحقا حاليا".split()))
_MAX_NAME = 3
# nouns a title governs with the place or body it heads: "رئيس بلدية لندن بوريس جونسون" is
# the mayor (head of the municipality) of London, Boris Johnson; also the places an
# officer commands or runs ("قائد معتقل جوانتانامو", the commander of the Guantanamo camp;
# "الأمين العام الأسبق لسجن أبو غريب", the prison's former warden)
_GOVERNED = ORG_HEADS | _folded(frozenset(
    "بلدية مدينة ولاية محافظة دولة جمهورية مملكة إمارة بلدة سجن معتقل معسكر قاعدة مستشفى مطار ميناء".split()
))


def is_arabic(text: str) -> bool:
    return mostly(text, _AR_LETTERS)


def _bare(word: str) -> str:
    """The word without one clitic conjunction or preposition ("وقال" -> "قال")."""
    w = fold(word)
    if len(w) > 3 and w[0] in _CLITICS:
        return w[1:]
    return w


def _is_title(word: str) -> bool:
    w = fold(word)
    return w in TITLES or _bare(w) in TITLES


def plural_title(word: str) -> bool:
    """A title in a sound plural ("مصممو الأزياء", "والمغنين", "المغنيات"): the singular
    title is in `TITLES` once "-و"/"-ون"/"-ين"/"-ي"/"-ات" is taken off (a defective noun's "ي"
    given back: "المغنين" of "المغني"). A plural names a list's profession, not one person's
    role."""
    for w in {fold(word), _bare(word)}:
        if w not in TITLES:
            continue
        for suffix, back in (("ون", ("", "ي")), ("ين", ("", "ي")), ("و", ("",)), ("ي", ("",)), ("ات", ("", "ة"))):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and any(w[: -len(suffix)] + b in TITLES for b in back):
                return True
    return False


def _name_word(word: str) -> bool:
    w = fold(word)
    if w == "ال":  # the particle "آل" ("آل غور"), not the article
        return True
    return len(w) >= 2 and not w.startswith("ال") and w not in FUNCTION and _bare(w) not in FUNCTION and (
        not _is_title(w) and w not in PERSON_NOUNS and not _definite_with_preposition(w)
        and w not in ORG_HEADS and _bare(w) not in ORG_HEADS
    )


def _definite_with_preposition(w: str, inside: bool = False) -> bool:
    """"للصحافة", "بالزلزال": a preposition glued to the article "ال" opens a common noun
    ("لل" is "ل" + "ال"). "بال" and "وال" also open names ("بالمر", "والتر"): only a long
    word inside a name counts ("والسوبرانو")."""
    if len(w) >= 5 and w.startswith("لل"):
        return True
    return inside and len(w) >= 8 and w.startswith(("بال", "وال"))


def _feminine_noun(word: str) -> bool:
    """A word ending on ta marbuta ("كلمة", "زيارة", "رسالة"): the shape of a common noun;
    a name of foreign origin is not written so, and an Arabic name that is ("حمزة",
    "أسامة") opens a name rather than ending a two-word one."""
    return _DIACRITICS.sub("", word).endswith("ة") and len(word) >= 3


def _verb_shaped(word: str) -> bool:
    """A finite verb ends a name: a frequent one (`VERB_FORMS`), or the shapes of one: the
    tenth form's present ("يستشهد", "تستخدم"), a present opened by "ي"/"ت" with a plural
    ending ("يقولون"), a past plural ("حصلوا")."""
    w = fold(word)
    b = _bare(w)
    if w in VERB_FORMS or b in VERB_FORMS:
        return True
    forms = {w, w[1:] if len(w) > 4 and w[0] in "وف" else w}  # (only "و"/"ف" before a verb)
    forms |= {x[1:] for x in forms if len(x) > 5 and x[0] == "س" and x[1] in "يتن"}  # the future's "س": "سيشاركون"
    for x in forms:
        if len(x) >= 5 and x.startswith(("يست", "تست")):
            return True
        if len(x) >= 5 and x[0] in "يت" and x.endswith("ون"):
            return True
        if len(x) >= 4 and x.endswith("وا") and not x.endswith("اوا"):
            return True
    return False


class _Words:
    """The Arabic words of one sentence with their spans and what lies between them."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.items = [(m.start(), m.end(), m.group()) for m in _AR_WORD.finditer(text, start, end)]

    def gap(self, i: int) -> str:
        """The characters between word i and word i + 1."""
        return self.text[self.items[i][1] : self.items[i + 1][0]]

    def joined(self, i: int) -> bool:
        """Is word i + 1 in the same phrase as word i (only spaces between, or the dot of a
        spelled-out initial: "جورج دبليو. بوش")?"""
        if i + 1 >= len(self.items):
            return False
        gap = self.gap(i).strip()
        return gap == "" or (gap == "." and fold(self.items[i][2]) in _LETTERS and i > 0)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """CLDR's country and region names in Arabic (Babel, a pinned dependency), folded
    ("إيران" = "ايران"): a place, never a person's name. Babel is imported only for an
    article in Arabic (its import cost a first brief ~0.1 s: #23)."""
    try:
        from babel import Locale

        return frozenset(fold(name) for name in Locale("ar").territories.values())
    except Exception:  # pragma: no cover - Babel ships with the default install
        return frozenset()

"""Foreign names written in Arabic script with no title or verb before them (#19):
"مايكل راسموسن من الدنمارك", "نيكولا فوجوندي و ماتيو لاداجنوس". A reader knows them as
transliterations: "مايكل" is Michael, "فريدريك" Frederick.

The evidence is the given names of many countries (`lang/data/given_names.txt`, in Latin
script) compared with the Arabic word as a transliteration keeps them: the same consonants
in the same order (the letters an Arabic spelling merges folded together: c/k/q/kh, g/j/gh,
s/z, p/b, v/f) and a long vowel written only where the Latin name has a vowel. A given name
alone is weak evidence (Arabic words share consonants with some of 24,000 names), so a pair
counts only when both words look transliterated (no letter Arabic keeps for its own words:
ع ح ص ض ط ظ ث ذ ق; a long vowel inside the first word), the second is no noun in a
construct, and the article names the surname again (without a given name), a list joins the
name to another such, a nationality stands before it as a title does, or commas set it
apart as an apposition.
A name listed beside one found so ("اريك تسابل، دانيلو نابوليتانو وتوم بونين") is a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from synoptic.lang.given_names import _FILE as GIVEN_NAMES
from synoptic.text import arabic_words as an
from synoptic.text.name_keys import vowelless_key
from synoptic.util.tables import cached_words, file_stamp

# Arabic consonants as a transliteration uses them; long vowels and weak letters as vowels
_CONSONANTS = dict(zip("بتثجحخدذرزسشصضطظغفقكلمنڤپگ", "bttjhkddrssSsdtsjfkklmnfbj", strict=True))
_VOWELS = {"ا": "a", "و": "u", "ي": "i", "ى": "a", "ة": "a", "ئ": "i", "ؤ": "u", "ع": "a"}
# letters of Arabic words that transliterations of European names hardly use
_NATIVE = frozenset("عحصضطظثذق")
_HAMZA = frozenset("أإءئ")
# how a Latin spelling maps to the same classes (in order: the longest first)
_LATIN = (("sch", "S"), ("sh", "S"), ("ph", "f"), ("th", "t"), ("gh", "j"), ("ck", "k"), ("qu", "k"),
          ("kh", "k"), ("x", "ks"), ("c", "k"), ("q", "k"), ("v", "f"), ("p", "b"), ("w", "u"), ("y", "i"),
          ("h", ""), ("g", "j"), ("z", "s"), ("e", "i"), ("o", "u"))
# a Latin "ch" is k (Michael), tsh (Charles) or sh; a "j" j (John), kh (Alejandro) or y (Jakob)
_ALTERNATIVES = {"ch": ("k", "tS", "S"), "j": ("j", "k", "i")}
# the Latin vowels an Arabic long vowel may stand for: alif any ("Michael" = "مايكل"), ya
# an i, e or the a of a diphthong ("David" = "ديفيد")
_FITS = {"a": "aiu", "i": "ai", "u": "u"}
# the Egyptian month names, transliterations themselves ("مارس", March)
_MONTHS = an._folded(frozenset("يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس "
                               "سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر".split()))
_MIN_CONSONANTS = 3
# the one-letter words Arabic glues to the name after them: "و" (and), "ل" (to, for); not
# "ب" (by), which opens words too often ("بليون دولار", a billion dollars: "ب" + "Leon")
_GLUED = ("و", "ل")
# a shorter name ("تيسا", Tessa; "ماتيو", Matteo) counts with two long vowels written
_SHORT_CONSONANTS = 2


def _slots(consonants_and_vowels: str) -> tuple[str, tuple[str, ...]]:
    """The consonant skeleton (repeats merged) and the vowels before, between and after."""
    cons: list[str] = []
    slots: list[str] = []
    cur = ""
    for ch in consonants_and_vowels:
        if ch in "aiu":
            cur += ch
        elif ch:
            if cons and cons[-1] == ch and not cur:
                continue
            cons.append(ch)
            slots.append(cur)
            cur = ""
    slots.append(cur)
    return "".join(cons), tuple(slots)


def _latin_forms(name: str) -> set[str]:
    s = re.sub(r"[^a-z]", "", unidecode(name).lower())
    forms = {""}
    i = 0
    while i < len(s):
        alt = next((a for a in _ALTERNATIVES if s.startswith(a, i)), None)
        if alt:
            forms, i = {f + c for f in forms for c in _ALTERNATIVES[alt]}, i + len(alt)
            continue
        for pat, rep in _LATIN:
            if s.startswith(pat, i):
                forms, i = {f + rep for f in forms}, i + len(pat)
                break
        else:
            forms, i = {f + s[i] for f in forms}, i + 1
    return forms


def _build() -> frozenset[str]:
    out = set()
    for line in GIVEN_NAMES.read_text(encoding="utf-8").splitlines():
        if line and line[0].isascii() and not line.startswith("#"):
            for form in _latin_forms(line):
                cons, slots = _slots(form)
                if len(cons) >= _SHORT_CONSONANTS:
                    out.add(cons + "\t" + "|".join(slots))
    return frozenset(out)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, ...]]]:
    key = ("translit-given/2", file_stamp(GIVEN_NAMES))
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in cached_words("translit-given", key, _build):
        cons, slots = entry.split("\t")
        index.setdefault(cons, []).append(tuple(slots.split("|")))
    return index


def arabic_slots(word: str) -> tuple[str, tuple[str, ...]]:
    w = an.fold(word)
    return _slots("".join(_CONSONANTS.get(c, _VOWELS.get(c, "")) for c in w))


def _fits(arabic: tuple[str, ...], latin: tuple[str, ...]) -> bool:
    for k, (a, lat) in enumerate(zip(arabic, latin, strict=True)):
        if (a and not lat) or (k == 0 and lat and not a):  # a leading vowel is written in Arabic
            return False
        if any(not set(_FITS[c]) & set(lat) for c in a if c in _FITS):
            return False
        if k == len(arabic) - 1 and a.endswith("i") and "i" not in lat:
            return False  # a final ya is an i ("توني", Tony), not the a of "مراسلي" (Marisela)
    return True


@lru_cache(maxsize=1 << 15)  # asked of every word of an article, for each pair it may open
def transliterated_given_name(word: str) -> bool:
    """Is the Arabic word a transliteration of a known given name ("مايكل", "الكسندر")?"""
    w = an.fold(word)
    cons, slots = arabic_slots(w)
    vowels = sum(c in "اوي" for c in w)
    least = _SHORT_CONSONANTS if vowels >= 2 and len(w) >= 4 else _MIN_CONSONANTS
    if len(cons) < least + 2 * w.startswith("ال") or not _looks_foreign(word) or not an._name_word(w) and not w.startswith("ال"):
        return False
    if w in _MONTHS or an._verb_shaped(w) or an._bare(w) in an.VERBS or w.endswith(("هم", "هما", "كم")):
        return False  # (a pronoun suffix: "اتهامهم", accusing them; "وأولهم", the first of them)
    if not (any(c in "اوي" for c in w[1:-1]) or w.endswith("و") or len(cons) >= 5):
        return False  # a long vowel inside, a final "o" ("ألبرتو"), or many consonants ("الكسندر")
    return any(_fits(slots, latin) for latin in _index().get(cons, ()))


def _looks_foreign(word: str) -> bool:
    """No letter of Arabic's own words, no ta marbuta (a feminine noun's ending), no hamza
    inside the word ("يأسف", regrets; "مؤامرة")."""
    w = an._DIACRITICS.sub("", word)
    return len(w) >= 3 and not set(w) & _NATIVE and not w.endswith("ة") and not set(w[1:]) & _HAMZA


def _surname_word(word: str) -> bool:
    w = an.fold(word)
    return (len(w) >= 4 and _looks_foreign(word) and an._name_word(w) and not w.startswith(("وال", "لل")) and w not in _MONTHS
            and not an._verb_shaped(w) and an._bare(w) not in an.VERBS)


def _pair_at(ws: an._Words, i: int, common: frozenset[str] = frozenset()) -> int | None:
    """A given name and a surname at word i: the clitic "و" glued to it (0 or 1), or None.
    Neither is a word the article also writes with the article "ال" (`common`: "امواج
    تسونامي", the tsunami's waves)."""
    if i + 1 >= len(ws.items) or not ws.joined(i) or not _surname_word(ws.items[i + 1][2]):
        return None
    if an.fold(ws.items[i + 1][2]) in common:
        return None
    w = ws.items[i][2]
    for glued in (0, 1):
        # "و" (and), or a preposition: "وفقا لروجر بلهام" (according to Roger Bilham)
        if glued and an.fold(w)[:1] not in _GLUED:
            break
        if glued and an.fold(w)[:1] == "ل" and not (i + 2 == len(ws.items) or ws.gap(i + 1).strip() in ("،", ",")):
            # (the preposition glued to a common noun is as likely: "لزميل كونتادور بالفريق",
            # Contador's teammate, MultiLing M003 in Arabic, dev; a comma's apposition after
            # the two words, "لروجر بلهام ، أستاذ", marks them one name)
            break
        if an.fold(w[glued:]) not in common and transliterated_given_name(w[glued:]):
            return glued
    return None


def _common_nouns(sentences: list[an._Words]) -> frozenset[str]:
    """The words an article also writes with the article "ال" (after a clitic or not), and so
    as common nouns: "التسونامي", "والأخبار", "بالجرائم"."""
    out = set()
    for ws in sentences:
        for *_, word in ws.items:
            w = an.fold(word)
            for prefix in ("ال", "وال", "بال", "فال", "كال"):
                if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                    out.add(w[len(prefix):])
            if w.startswith("لل") and len(w) >= 5:
                out.add(w[2:])
    return frozenset(out)


def _neighbours(ws: an._Words, first: int, last: int, common: frozenset[str]) -> list[tuple[int, int]]:
    """The two-word names a comma or "و" lists right before or after the name first..last."""
    out = []
    nxt = last + 1
    if nxt < len(ws.items) and (ws.gap(last).strip() in ("،", ",") or ws.joined(last)):
        if an.fold(ws.items[nxt][2]) == "و" and ws.joined(nxt):
            nxt += 1
        if (glued := _pair_at(ws, nxt, common)) is not None and (ws.gap(last).strip() or glued or nxt > last + 1):
            out.append((nxt, glued))
    prev = first - 2
    if prev >= 0 and ws.gap(first - 1).strip() in ("،", ","):
        if (glued := _pair_at(ws, prev, common)) is not None:
            out.append((prev, glued))
    elif prev >= 1 and an.fold(ws.items[first - 1][2]) == "و" and ws.joined(first - 1) and ws.joined(prev):
        if (glued := _pair_at(ws, prev, common)) is not None:
            out.append((prev, glued))
    return out


def _after_nationality(ws: an._Words, i: int) -> bool:
    """"عن الاسباني ألبرتو كونتادور": a nationality adjective (the article, the ending "ي")
    before the name, as a title is."""
    if i == 0 or not ws.joined(i - 1):
        return False
    w = an.fold(ws.items[i - 1][2])
    return w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and w not in an.FUNCTION


def _in_apposition(ws: an._Words, i: int) -> bool:
    """"وقال عامل محلي ، ريكاردو فيفانكو ، المعروف": the pair alone between two commas after
    other words, an apposition naming who the noun before it is (MultiLing M005)."""
    return i >= 1 and i + 2 < len(ws.items) and all(ws.gap(k).strip() in ("،", ",") for k in (i - 1, i + 1))


# a surname matched without its vowel letters keeps this many letters (three match roots of
# Arabic's own words)
_MIN_SKELETON = 4


def _given_glued(word: str) -> bool:
    """A transliterated given name, or one glued to "ل" ("لإيجاد بديل" is no surname written
    alone: the word before it may be a given name's)."""
    return transliterated_given_name(word) or an.fold(word)[:1] == "ل" and transliterated_given_name(word[1:])


def _alone_again(word: str, alone: set[str]) -> bool:
    w = an.fold(word)
    return w in alone or len(key := vowelless_key(w)) >= _MIN_SKELETON and key in alone


def transliterated_names(sentences: list[an._Words], text: str) -> list[tuple[an._Words, int, int, int]]:
    """(sentence, first, last, glued "و") of the transliterated two-word names of an article."""
    common = _common_nouns(sentences)
    alone: set[str] = set()  # the words the article writes once without a given name before them
    for ws in sentences:
        for k, (*_, word) in enumerate(ws.items):
            if not (k and ws.joined(k - 1) and _given_glued(ws.items[k - 1][2])):
                alone.add(an.fold(word))
                # (as a transliteration writes it again, a long vowel more or less: "روجر
                # بلهام" … "قال بيلهام", MultiLing 2011 M000 in Arabic, dev)
                if len(key := vowelless_key(an.fold(word))) >= _MIN_SKELETON:
                    alone.add(key)
    out = []
    for ws in sentences:
        pairs = {i: g for i in range(len(ws.items)) if (g := _pair_at(ws, i, common)) is not None}
        keep = {i: g for i, g in pairs.items() if (
            _alone_again(ws.items[i + 1][2], alone)  # the surname again, alone ("كينجز كروس" is no name)
            or _neighbours(ws, i, i + 1, common) or _after_nationality(ws, i) or _in_apposition(ws, i)
        )}
        todo = list(keep)
        while todo:
            i = todo.pop()
            for j, g in _neighbours(ws, i, i + 1, common):
                if j not in keep:
                    keep[j] = g
                    todo.append(j)
        out.extend((ws, i, i + 1, g) for i, g in sorted(keep.items()))
    return out

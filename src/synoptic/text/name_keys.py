"""Spelling keys of names: what makes transliteration variants of one name equal
("Ryabkov" / "Riabkov" / "Riyabkov"; "Sarkozy" / "ساركوزي" by their consonants)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_TOKEN_KEY = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    return unidecode(text).lower()


_VOWEL_Y = re.compile(r"[yij]+")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_EI = re.compile(r"ei$")
_ARABIC_G = str.maketrans("غ", "ج")


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """A spelling key that makes common transliteration variants equal.

    Ryabkov / Riabkov / Riyabkov, Sergei / Sergey, Mikhail / Mykhailo-like
    variants differ in y/i/j vowels, doubled letters and kh/h: fold those.
    In Arabic script the sound g of a foreign name is written "ج" or "غ" ("مارجريت" /
    "مارغريت" بيكيت, MultiLing 2011 M002 in Arabic): both fold to one letter.
    """
    w = ascii_fold(word.translate(_ARABIC_G))
    w = _TOKEN_KEY.sub("", w)
    w = w.replace("kh", "h").replace("ck", "k").replace("ph", "f").replace("ou", "u")
    w = _VOWEL_Y.sub("i", w)
    w = _DOUBLE.sub(r"\1", w)
    # word-final "ei"/"ey"/"ij" endings -> "i"
    w = _FINAL_EI.sub("i", w)
    return w


# letters an abjad writes for a long vowel or leaves out (Arabic alif, waw, ya, alif maqsura,
# the hamza and its seats, ta marbuta; Hebrew vav, yod and alef as matres lectionis)
_VOWEL_LETTERS = frozenset("اأإآٱوؤيىئءةויא")


@lru_cache(maxsize=65536)
def vowelless_key(word: str) -> str:
    """A word of a script without capitals with its vowel letters and vowel signs left out:
    what two transliterations of one foreign name share when one writes a long vowel the
    other leaves out ("بيلهام" / "بلهام" are "بلهم"; Devanagari "बिल्हम" / "बिलहम": "बलहम")."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.category(c).startswith("M") and c not in _VOWEL_LETTERS)


_NOT_CONSONANT = re.compile(r"[^bcdfghjklmnpqrstvxz]+")


@lru_cache(maxsize=65536)
def consonant_key(word: str) -> str:
    """The consonants of a name in Latin letters, doubled ones once: what survives writing
    a name in a script that leaves short vowels out ("Sarkozy" = "ساركوزي" = "srkz",
    "Blair" = "بلير" = "blr"). Long vowels written as w/y are dropped with the vowels."""
    letters = _NOT_CONSONANT.sub("", ascii_fold(word)).replace("c", "k").replace("q", "k")
    return _DOUBLE.sub(r"\1", letters)


# Greek writes b, d and g of foreign names as two letters at a word's start ("Μπλερ" Blair,
# "Ντμίτρι" Dmitri, "Γκόρντον" Gordon), and inside one nasal and stop ("Λάμπερτ" Lambert);
# Hebrew writes the vowels o and u of a foreign name with the letter vav ("לונדון" London),
# as Arabic does with waw, which transliterates as "w" and is dropped with the vowels
_GREEK_START = re.compile(r"^(?:μπ|ντ|γκ)", re.IGNORECASE)
_VAV = str.maketrans({"ו": "w"})
_GREEK_SOUNDS = {"μπ": "b", "ντ": "d", "γκ": "g"}


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """`consonant_key` of a name written in any script, with the letters some scripts use
    for sounds Latin writes otherwise read as those sounds (Greek "Μπλερ" = "Blair" =
    "blr", Hebrew "לונדון" = "London" = "lndn")."""
    word = _GREEK_START.sub(lambda m: _GREEK_SOUNDS[m.group().lower()], word).translate(_VAV)
    return consonant_key(word)

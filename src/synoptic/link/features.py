"""Article features for story grouping: the vector of title and lead, the named things
(capitalized words), the numbers, and the words of the whole text, each the same whether
or not `text/` ran, so `brief` and the stream group one pile of articles alike."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
from unidecode import unidecode

from synoptic import lang
from synoptic.link.event_days import event_keys
from synoptic.model import Article
from synoptic.settings import LinkSettings
from synoptic.text.name_keys import sound_key
from synoptic.util.scripts import WORD
from synoptic.vectors import Encoder, fold_text, word_counts

# the tokens (a letter at a word's start, then letters, digits, apostrophes and hyphens)
# that may start with a capital: an ASCII capital or a letter beyond ASCII (#23: every
# token had its Python turn, the lower-case ones two in three); one after an apostrophe or
# a hyphen may lie inside a token (`_inside_token`)
_CAP_START = re.compile(r"\b(?:[A-Z]|(?![\x00-\x7f])[^\W\d_])[\w'’-]*")
_TOKEN_CHAR = re.compile(r"[\w'’-]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"\w")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# one to three digits, a point or comma, one or two more: a decimal fraction ("5.9",
# "5,9"), not a thousands separator ("1,500", "1.500")
_DECIMAL = re.compile(r"(\d{1,3})[.,](\d{1,2})")
# Capitalized words that start many sentences without naming anything; a small
# closed vocabulary of function words (English/French/Spanish/German/Italian).
_STOP_CAPS = lang.all_stop_words("OPENING_WORDS")


_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Case- and accent-insensitive key, so spellings of one name meet ("Moscow's" -> "moscow"),
    transliterated from other alphabets so that one name meets across scripts
    ("Путин" -> "putin", "Τσίπρας" -> "tsipras")."""
    folded = _POSSESSIVE.sub("", fold_text(text))
    return folded if folded.isascii() else re.sub(r"[^a-z0-9]", "", unidecode(folded).lower())


def lead_text(article: Article, chars: int) -> str:
    body = article.text[:chars]
    return f"{article.title}\n{body}" if article.title else body


def named_keys(article: Article) -> frozenset[str]:
    """Keys of the named things an article mentions: its capitalized words that do not
    open a sentence, each word alone (so "Wendy Sherman" meets "Sherman").

    A language-independent stand-in for names, and the same whether or not `text/` ran,
    so `brief` and the stream group one pile of articles alike. Entity mentions from
    `text/` grouped worse (ECB+ 0.916 and MultiLing 0.743 against 0.929 and 0.963, by the
    `--text` option `bench/stories.py` had until then): they name fewer things, and the
    weights were chosen on these keys.
    """
    return frozenset(named_forms(article))


def named_forms(article: Article) -> dict[str, str]:
    """`named_keys` with the word each key was first written as ("mpler": "Μπλερ")."""
    keys: dict[str, str] = {}
    for line in f"{article.title}\n{article.text}".splitlines():
        if _in_capitals(line):
            continue  # every word is capitalized there, names or not
        for match in _CAP_START.finditer(line):
            word = match.group()
            if not word[0].isupper():
                continue
            # skip sentence-initial words: capitalized by position, not by being a name
            start = match.start()
            before = line[max(0, start - 3) : start].rstrip(" \t\"'“‘«(")
            if not before or before[-1] in ".!?:":
                continue
            if line[start - 1] in "'’-" and _inside_token(line, start):
                continue  # not a token's start: "o'Neil" is one word
            folded = _fold(word)
            if len(folded) > 2 and folded not in _STOP_CAPS:
                keys.setdefault(folded, word)
    return keys


def _inside_token(line: str, start: int) -> bool:
    """Does a token run on over `start` (a capital after an apostrophe or
    a hyphen): a letter at a word's start earlier in its run of token characters?"""
    at = start - 1
    while at >= 0 and _TOKEN_CHAR.match(line, at):
        if _LETTER.match(line, at) and (at == 0 or not _WORD_CHAR.match(line, at - 1)):
            return True
        at -= 1
    return False


def _in_capitals(line: str) -> bool:
    """A line set in capitals (a shouted headline, a wire story in caps), longer than
    an acronym or two; `str.isupper` settles nearly every line at C speed."""
    return line.isupper() and sum(c.isalpha() for c in line) > 10


def number_keys(article: Article) -> frozenset[str]:
    """The numbers an article states, digits only (the same with or without `text/`);
    a decimal fraction keeps its point ("5.9"; the French "5,9" meets it)."""
    values: set[str] = set()
    for match in _NUMBER.finditer(article.text):
        number = _ascii_digits(match.group())
        decimal = _DECIMAL.fullmatch(number)
        if decimal:
            # a magnitude, a rate, a score: as telling as a large number, though few digits
            values.add(f"{decimal[1]}.{decimal[2]}")
            continue
        digits = re.sub(r"[,.]", "", number)
        # small numbers (1..31, counts of a few) are too common to identify a story
        if len(digits) >= 3:
            values.add(digits.lstrip("0") or "0")
    return frozenset(values)


# Sound keys (`sound_keys`) and the mark of an article the encoder cannot place ride with
# the stored numbers (`stored_sounds`), beside the event-day keys
SOUND_PREFIX = "@~"
UNENCODED = "@?"
LANGUAGE_PREFIX = "@="
_ANY_WORD = re.compile(WORD)


def caseless(text: str) -> bool:
    """Is the text written mostly in a script without capitals (Arabic, Hebrew, Devanagari,
    Thai...)? Read on its first 2,000 characters."""
    head = text[:2000]  # (counted in C: every article asks)
    if head.isascii():
        return False  # every ASCII letter is a capital or a small one
    # an ASCII letter is cased: its letters counted at once (the bytes' deletion of them),
    # the rest a character at a time (#23: a curly quote had sent every character there)
    plain = head.encode("ascii", "ignore")
    ascii_letters = len(plain) - len(plain.translate(None, _ASCII_LETTERS))
    other = "".join(_BEYOND_ASCII.findall(head))
    letters = ascii_letters + sum(map(str.isalpha, other))
    cased = ascii_letters + sum(map(str.isupper, other)) + sum(map(str.islower, other))
    return bool(letters) and cased * 2 < letters


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def sound_keys(article: Article, names: dict[str, str], settings: LinkSettings) -> frozenset[str]:
    """The names of an article as their sounds in Latin letters, to meet across scripts:
    the first `story_sound_consonants` consonants of each name's transliteration
    (`name_keys.consonant_key`: "Ιράν", "ईरान" and "Iran" are all "rn"; "Τσίπρας" and
    "Tsipras" "tspr"). A script with capitals gives its named things (`named_keys`); one
    without (Hindi, Hebrew, Arabic) can not tell a name from a word, so every word gives
    one, and a name of the other side is found among them."""
    least, most = 2, settings.story_sound_consonants
    text = f"{article.title}\n{article.text}"
    if caseless(text):
        words = _ANY_WORD.findall(text)
    else:  # the named things as written, before `_fold` (Greek "Μπλερ" is "Blair")
        words = list(names.values())
    keys = (sound_key(w)[:most] for w in words)
    return frozenset(k for k in keys if len(k) >= least)


def stored_sounds(numbers: list[str] | frozenset[str]) -> tuple[frozenset[str], bool, str | None]:
    """An article's stored numbers column: its sound keys, whether the encoder placed it,
    and its language."""
    sounds = frozenset(n[len(SOUND_PREFIX):] for n in numbers if n.startswith(SOUND_PREFIX))
    language = next((n[len(LANGUAGE_PREFIX):] for n in numbers if n.startswith(LANGUAGE_PREFIX)), None)
    return sounds, UNENCODED not in numbers, language


def sounds_stored(f: Features) -> list[str]:
    """What `stored_sounds` reads back, to store beside the numbers."""
    return (sorted(SOUND_PREFIX + k for k in f.sounds) + ([] if f.encoded else [UNENCODED])
            + ([LANGUAGE_PREFIX + f.language] if f.language else []))


def _ascii_digits(number: str) -> str:
    """Digits of any script as ASCII ones (Hindi "१५" is "15", Arabic "١٥" too), so a
    number meets its translation's."""
    if number.isascii():
        return number
    return "".join(str(d) if (d := unicodedata.decimal(c, None)) is not None else c for c in number)


def no_words() -> np.ndarray:
    return np.zeros(0, dtype=np.int32)


def no_weights() -> np.ndarray:
    return np.zeros(0, dtype=np.float32)


@dataclass
class Features:
    id: str
    vector: np.ndarray
    names: frozenset[str]
    numbers: frozenset[str]
    published: date | None
    # the article's words (`vectors.word_counts` buckets, ascending) and their
    # log-scaled counts: the words of the whole text, where the vector reads the lead
    words: np.ndarray = field(default_factory=no_words)
    word_tf: np.ndarray = field(default_factory=no_weights)
    # the event's day and weekday as its lead tells them (`event_days.event_keys`)
    when: frozenset[str] = frozenset()
    # its names' sounds in Latin letters (`sound_keys`), and whether the encoder knows its
    # language (where it does not, its vector says nothing of its meaning)
    sounds: frozenset[str] = frozenset()
    encoded: bool = True
    language: str | None = None  # (the base code: "hi"; None where unknown)


def article_words(articles: list[Article]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each article's word buckets and log-scaled counts (title and whole text)."""
    counts = word_counts([f"{a.title}\n{a.text}" for a in articles])
    out = []
    for i in range(len(articles)):
        lo, hi = counts.indptr[i], counts.indptr[i + 1]
        # sublinear counts: a word said ten times is not ten times the evidence
        out.append((counts.indices[lo:hi].astype(np.int32), (1.0 + np.log(counts.data[lo:hi])).astype(np.float32)))
    return out


# what `article_parts` gives of one article: its names, numbers, word buckets and their
# weights, event days and name sounds
Parts = tuple[frozenset[str], frozenset[str], np.ndarray, np.ndarray, frozenset[str], frozenset[str]]


def article_parts(articles: list[Article], settings: LinkSettings) -> list[Parts]:
    """What grouping takes of each article besides its vector (`article_features`): a
    function of the article alone, so it can be made where the article is cleaned (the
    encoder's helper process, `executors._hand_off`)."""
    words = article_words(articles)
    forms = [named_forms(a) for a in articles]
    return [(frozenset(forms[i]), number_keys(a), words[i][0], words[i][1], event_keys(a, settings),
             sound_keys(a, forms[i], settings)) for i, a in enumerate(articles)]


def article_features(articles: list[Article], encoder: Encoder, settings: LinkSettings,
                     parts: list[Parts] | None = None, encoding=None) -> list[Features]:
    """Each article's features for grouping; `parts`: its `article_parts`, made already;
    `encoding`: the encoder's helper process encoding the leads (`executors._encode_there`;
    `result()` their rows, or None: encoded here). The parts are made before the vectors
    are asked for: the helper may still be encoding the leads meanwhile."""
    if parts is None:
        parts = article_parts(articles, settings)
    lead_chars = settings.story_lead_chars
    rows = encoding.result() if encoding is not None else None
    if rows is None:
        rows = encoder.encode([lead_text(a, lead_chars) for a in articles])
    vectors = unit_rows(np.asarray(rows, dtype=np.float32))
    return [
        Features(
            id=a.id,
            vector=vectors[i],
            names=names,
            numbers=numbers,
            published=a.published,
            words=words,
            word_tf=word_tf,
            when=when,
            sounds=sounds,
            encoded=_encodable(encoder, a),
            language=(a.language or "").lower().split("-")[0] or None,
        )
        for i, (a, (names, numbers, words, word_tf, when, sounds)) in enumerate(zip(articles, parts, strict=True))
    ]


def _encodable(encoder: Encoder, article: Article) -> bool:
    supports = getattr(encoder, "supports", None)
    return supports is None or bool(supports(article.language))

def unit_rows(vectors: np.ndarray) -> np.ndarray:
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms

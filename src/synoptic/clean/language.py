"""Language of an article: py3langid, with a fast path for unambiguous text.

py3langid's model takes most of a second to load, which dominates a small
batch's cold start. A long text whose function words clearly belong to one
of the common news languages (one profile covers at least a fifth of its
tokens, three times more than any other) is decided by that profile; every
other text, and every language without a profile, goes to py3langid.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from synoptic.settings import CleanSettings

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is that for on with was as it by at from he said his have are be which has but not",
        "de": "der die und das den von zu mit ist im sich auf für nicht dem des ein eine auch es wird bei nach wurde sie",
        "fr": "le la les de des et du un une est en dans que qui pour pas au sur par il ce sont avec plus aux",
        "es": "el la los las de del y en que un una es por para con se al su como más lo pero fue ha sus",
        "it": "il la di che e del della per un una è in non con sono al le dei gli da si nel anche ha alla",
        "pt": "o a os as de do da dos das e em que um uma para com não no na por se mais foi ao é",
        "nl": "de het een en van in is op dat te met voor zijn niet aan er die ook als bij door om wordt naar heeft",
        "pl": "i w na z się że do nie to jest o po przez dla jak od ale co za jego już tak są był oraz",
        "ru": "и в на не что с по к из о от за для это как а он его до также у так же было были",
    }.items()
}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# function word -> the profiles holding it
_PROFILES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in _FUNCTION_WORDS.items() if word in words)
    for word in set().union(*_FUNCTION_WORDS.values())
}
# Letters beyond a-z each profiled language writes (Russian: its Cyrillic alphabet).
_ALPHABETS: dict[str, str] = {
    "en": "",
    "de": "äöüß",
    "fr": "àâçéèêëîïôùûüÿœæ",
    "es": "áéíóúñü",
    "it": "àèéìíòóùú",
    "pt": "áâãàçéêíóôõúü",
    "nl": "éëïöüèáó",
    "pl": "ąćęłńóśźż",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


# a letter outside each language's alphabet (a-z and its own letters; Russian: its own only)
_FOREIGN: dict[str, re.Pattern[str]] = {
    lang: re.compile(f"[^{own}]" if lang == "ru" else f"[^a-z{own}]") for lang, own in _ALPHABETS.items()
}


def _foreign_share(tokens: list[str], lang: str) -> float:
    """The share of letters outside a language's alphabet (a-z and its own letters)."""
    letters = "".join(tokens)
    if not letters:
        return 0.0
    foreign = _FOREIGN.get(lang) or _FOREIGN["en"]  # a language without an alphabet here: a-z
    return len(foreign.findall(letters)) / len(letters)


def _profile_guess(text: str, settings: CleanSettings) -> str | None:
    # (case folding maps each character alone: the tokens folded at once, one call, #23)
    found = _TOKEN.findall(text[: settings.language_profile_chars])
    tokens = "\n".join(found).casefold().split("\n") if found else []
    if len(tokens) < settings.language_profile_min_words:
        return None
    # each distinct token looked up once, in one table for the nine profiles (#23: nine passes
    # over every token were ~8% of cleaning, then nine over the distinct ones ~3%)
    hits = dict.fromkeys(_FUNCTION_WORDS, 0)
    for token, n in Counter(tokens).items():
        for lang in _PROFILES_OF.get(token, ()):
            hits[lang] += n
    scores = sorted(((hits[lang] / len(tokens), lang) for lang in _FUNCTION_WORDS), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    share, margin = settings.language_profile_share, settings.language_profile_margin
    if best < share or best < margin * second:
        return None
    return lang if _foreign_share(tokens, lang) <= settings.language_profile_foreign_share else None


@lru_cache(maxsize=1)
def _langid():
    import py3langid

    return py3langid


def detect_language(text: str, settings: CleanSettings) -> str | None:
    """ISO 639-1 code of `text`, or None for text too short to tell."""
    if len(text.strip()) < settings.language_min_chars:
        return None
    guess = _profile_guess(text, settings)
    if guess is not None:
        return guess
    lang, _score = _langid().classify(text[: settings.language_langid_chars])
    return lang

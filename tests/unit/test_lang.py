"""The words of each language in one place: lists by purpose, one prefix stemmer."""

from __future__ import annotations

import pytest

from synoptic import lang


def test_each_language_holds_its_own_words():
    assert "the" in lang.stop_words("en") and "the" not in lang.stop_words("fr")
    assert "le" in lang.stop_words("fr") and "der" in lang.stop_words("de")
    assert "lundi" in lang.stop_words("fr", "FUNCTION_WORDS")
    assert "gli" in lang.stop_words("it", "OPENING_WORDS")
    assert lang.stop_words("xx") == frozenset()
    # a language without a list for a purpose has none
    assert lang.stop_words("it", "STOP_WORDS") == frozenset()


def test_all_stop_words_is_the_union_over_languages():
    union = lang.all_stop_words("FUNCTION_WORDS")
    for code in lang.LANGUAGES:
        assert lang.stop_words(code, "FUNCTION_WORDS") <= union
    assert {"the", "le", "el"} <= union


def test_unknown_purpose_is_an_error():
    with pytest.raises(ValueError):
        lang.stop_words("en", "NOT_A_LIST")


def test_stem_is_a_case_folded_prefix():
    assert lang.stem("Negotiations") == "negot"
    assert lang.stem("Russia’s") == "russi"
    assert lang.stem("it’s") == "it's"
    assert lang.stem("ab") == "ab"

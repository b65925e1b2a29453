"""`normalize_text` skips work that cannot change its text: ftfy's mojibake search where the
text holds none of the characters every match needs (`normalize._mojibake_guard`), the
ligature and Indic-digit tables where the text holds none of their characters."""

from __future__ import annotations

import random
import re

from ftfy.badness import BADNESS_RE, is_bad

from synoptic.clean import normalize as N


def _pattern_chars() -> list[str]:
    """Every character ftfy's expression names, in its classes and literals."""
    found: set[str] = set()
    for lo, hi in re.findall(r"(.)-(.)", BADNESS_RE.pattern):
        if ord(lo) < ord(hi) < 0x3000:
            found.update(map(chr, range(ord(lo), ord(hi) + 1)))
    found.update(ch for ch in BADNESS_RE.pattern if not ch.isspace())
    return sorted(found)


def test_the_mojibake_guard_answers_as_ftfy_on_short_strings_of_its_characters() -> None:
    rng = random.Random(23)
    alphabet = _pattern_chars() + list("aZ .,?!\n\t") + ["\u00a0"]
    for _ in range(40000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        assert N._may_be_bad(text) == is_bad(text), repr(text)


def _choices(item: tuple, c) -> list[str]:
    """Texts the parsed item matches (a sample where it matches many)."""
    op, av = item
    if op is c.LITERAL:
        return [chr(av)]
    if op is c.IN:
        if av[0][0] is c.NEGATE:
            return ["1"]
        out: list[str] = []
        for kind, value in av:
            if kind is c.LITERAL:
                out.append(chr(value))
            elif kind is c.RANGE:
                out.extend(map(chr, range(value[0], value[1] + 1)))
            else:  # \w, \s
                out.append("a" if value is c.CATEGORY_WORD else " ")
        return out
    if op is c.CATEGORY:
        return ["a"] if av is c.CATEGORY_WORD else [" ", "\n"]
    if op is c.ANY:
        return ["x"]
    if op is c.MAX_REPEAT:
        return [""] + _choices(av[2][0], c)
    return [""]  # an anchor


def test_every_character_of_every_alternative_of_ftfy_s_expression_passes_the_guard() -> None:
    from re import _constants as c
    from re import _parser as parser

    rng = random.Random(23)
    (branch_op, (_, branches)), = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert branch_op is c.BRANCH
    for branch in branches:
        options = [_choices(item, c) for item in branch]
        for k, chars in enumerate(options):
            for ch in chars:  # each character each item matches, in a match of its alternative
                text = "".join(ch if j == k else rng.choice(o) for j, o in enumerate(options))
                assert is_bad(text), repr(text)
                assert N._may_be_bad(text), repr(text)


def test_the_mojibake_guard_answers_as_ftfy_on_text_decoded_wrongly() -> None:
    text = "Café “naïve” – 5 € … Zürich ½ × ² São Paulo Łódź Москва Αθήνα ﬁnal ™ © ® • ¿qué? «oui» „ja“"
    for codec in ("cp1252", "latin-1", "cp1251", "mac_roman", "cp1253", "cp1257", "cp1250", "cp437"):
        wrong = text.encode("utf-8").decode(codec, errors="replace")
        for k in range(len(wrong)):
            piece = wrong[k:k + 12]
            assert N._may_be_bad(piece) == is_bad(piece), (codec, piece)
        assert N._may_be_bad(wrong) and is_bad(wrong), codec


def test_plain_typography_skips_the_mojibake_search() -> None:
    guard = N._mojibake_guard()
    assert guard is not None
    assert guard.search("“Come in,” she said – then left… ‘Fine’ «oui» „ja“") is None


def test_ligatures_and_indic_digits_are_still_unfolded() -> None:
    assert N.normalize_text("ﬁnal ﬂow on २३ मार्च") == "final flow on 23 मार्च"
    assert N.normalize_text("plain “text” – no table character") == "plain “text” – no table character"

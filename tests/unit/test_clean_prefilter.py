"""The line patterns' substring prefilter (`clean.patterns._may_match`) only skips searches
that could not match: every pattern list answers as a plain search of each pattern does,
on the example's lines, furniture lines and their upper- and swapped-case forms."""

from __future__ import annotations

from pathlib import Path

from synoptic.clean import patterns as P
from synoptic.clean.lines import words
from synoptic.clean.normalize import normalize_text

LISTS = ["COMMENTS", "READING_TIME", "SITE_SIGNATURE", "MEDIA", "NAVIGATION", "SHARING", "LEGAL", "CAPTION",
         "PROMO", "APPEAL", "BYLINE"]
FURNITURE = [
    "© 2022 Reuters. All Rights Reserved.", "Tous droits réservés", "Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "We use cookies to improve your experience. Accept all cookies", "Privacy Policy | Terms of Use",
    "Open this story in a new window", "Share this article with a friend", "Leave a comment",
    "Join the conversation", "Comments are closed.", "Manage preferences", "This website uses cookies",
]


def _lines(example_dir: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*")) if p.is_file()]
    lines = [ln for t in texts for ln in normalize_text(t).split("\n") if ln.strip()] + FURNITURE
    return lines + [ln.upper() for ln in lines] + [ln.swapcase() for ln in lines]


def _answers_as_a_plain_search(lines: list[str]) -> None:
    for name in LISTS:
        patterns = getattr(P, name)
        for line in lines:
            n = words(line)
            plain = any(n <= limit and p.search(line) for p, limit in patterns)
            assert P.match_any(patterns, line, n) == plain, (name, line)


def test_every_pattern_list_answers_as_a_plain_search(example_dir: Path) -> None:
    lines = _lines(example_dir)
    assert any(P._prefilter(p)[1] for p, _ in P.LEGAL)  # the legal phrases are prefiltered
    _answers_as_a_plain_search(lines)


def test_the_texts_a_pattern_needs_are_in_each_of_its_matches() -> None:
    for line in FURNITURE:
        if not line.isascii():
            continue
        for name in LISTS:
            for p, _ in getattr(P, name):
                needed = P.needed_texts(p)
                found = p.search(line)
                if found and needed is not None:
                    text = found.group(0).lower() if p.flags & P.re.IGNORECASE else found.group(0)
                    assert any(t in text for t in needed), (name, p.pattern[:40], line)


def test_an_alternation_opening_with_short_words_is_prefiltered_by_the_text_it_needs_later(
        example_dir: Path) -> None:
    # "\b(click|tap)(ing)? here..." needs " here", the reader appeal " need your " or
    # "donat"..., a caption's credit "photo", "crédit"...: a story line holding none of
    # them is not searched (#23: these searches were most of cleaning's)
    prose = next(ln for ln in _lines(example_dir) if words(ln) > 20 and ln.isascii() and " here" not in ln)
    alternations = [P.PROMO[4][0], P.APPEAL[0][0], P.CAPTION[3][0]]
    assert [p.pattern[:12] for p in alternations] == [r"\b(click|tap", r"\b((we|i) ne", r"\b(photo|pho"]
    for p in alternations:
        assert P._prefilter(p)[1], p.pattern[:30]
        assert not P._may_match(p, prose, prose.lower()), (p.pattern[:30], prose)
    assert " here" in P.needed_texts(P.PROMO[4][0])
    # a letter no ASCII letter matches is kept in its text ("crédit"), the Kelvin sign is not
    assert "crédit" in P.needed_texts(P.CAPTION[3][0])
    assert P.needed_texts(P.re.compile("\u212aelvin|ohm", P.re.I)) == frozenset({"elvin", "ohm"})


def test_the_ascii_twins_are_every_letter_beyond_ascii_that_matches_an_ascii_one() -> None:
    import sys

    from synoptic.clean.prefilter import ASCII_TWINS

    letter = P.re.compile("[a-z]", P.re.I)
    assert {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))} == set(ASCII_TWINS)


def test_lines_in_other_scripts_answer_as_a_plain_search(shared_dir: Path) -> None:
    # French, Arabic and Greek report lines (MultiLing, dev topics), with the furniture
    # phrases in other scripts' lines and beside the letters that match ASCII ones
    folder = shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts"
    texts = [p.read_text(encoding="utf-8", errors="replace") for lang in ("french", "arabic", "greek")
             for p in sorted(folder.glob(f"M00[0-2]*.{lang}"))]
    assert texts
    lines = [ln for t in texts for ln in normalize_text(t).split("\n") if ln.strip() and not ln.isascii()]
    lines += [f"{ln} — {f}" for ln, f in zip(lines, FURNITURE * 50, strict=False)]
    lines += ["\u0130mages: Getty \u0130mages", "All r\u0131ghts reserved “2022”", "Photo: \u212aelvin — AFP"]
    _answers_as_a_plain_search(lines)


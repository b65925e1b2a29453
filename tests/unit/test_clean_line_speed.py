"""Shortcuts in classifying a line (#23) answer as the searches they stand for: a date token
told by an ASCII line's words (`patterns.has_date_token`), a line lowered once for every
pattern list (`prefilter.line_view`), and the texts a pattern needs tested before it is
searched, an anchored pattern opening on a repeat included (`prefilter._prefilter`), and
for a pattern asked alone (`prefilter.may_search`)."""

from __future__ import annotations

import json
from pathlib import Path

from synoptic.clean import patterns as P
from synoptic.clean.lines import words
from synoptic.clean.normalize import normalize_text

LISTS = ["COMMENTS", "READING_TIME", "SITE_SIGNATURE", "MEDIA", "NAVIGATION", "SHARING", "LEGAL", "CAPTION",
         "PROMO", "APPEAL", "BYLINE"]


def _dev_lines(shared_dir: Path, example_dir: Path) -> list[str]:
    """Lines of the example, of GVC's development split (raw crawl text, its datelines and
    boilerplate kept) and of MultiLing's development topics in French and Arabic."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*")) if p.is_file()]
    with (shared_dir / "bench" / "stories-gvc" / "gvc.jsonl").open(encoding="utf-8") as f:
        texts += [row["text"] for row in map(json.loads, f) if row.get("split") == "dev"]
    for path in sorted((shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts").glob("M00[0-5]*")):
        if path.suffix in (".french", ".arabic"):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    lines = [ln for t in texts for ln in normalize_text(t).split("\n") if ln.strip()]
    return lines + [ln.upper() for ln in lines[:2000]] + [ln.swapcase() for ln in lines[:2000]]


def test_a_date_token_is_told_by_the_words_of_an_ascii_line_as_the_search_tells_it(
        shared_dir: Path, example_dir: Path) -> None:
    lines = _dev_lines(shared_dir, example_dir)
    # GVC's crawl: "Posted: Mar 24, 2016 8:32 PM EDT", "Updated: ...", story lines
    assert sum(1 for ln in lines if ln.isascii() and not any(c.isdigit() for c in ln)) > 1000
    for line in lines:
        assert P.has_date_token(line) == bool(P.DATE_TOKEN.search(line)), line
    # each month's name as a whole word, glued to others, abbreviated, in other cases
    forms = ["{}", "On {} 3rd", "({})", "{}.", "{}s", "a{}", "{}_x", "{}-based", "Mid-{}, he said"]
    for word in sorted(P._ASCII_MONTHS) + ["Jan.", "Sept.", "mayor", "Mayday", "\u212aan", "\u017fept", "août"]:
        for line in (f.format(word) for f in forms):
            for text in (line, line.upper(), line.title()):
                assert P.has_date_token(text) == bool(P.DATE_TOKEN.search(text)), text
    # the forms holding a digit, alone and inside words
    for text in ("3 hours ago", "il y a 3 jours", "hace 2 dias", "12.05.2016", "8:32pm", "10h30", "x8:32",
                 "2016-03-24T20:32", "Updated 11:05 AM", "Route 66", "No. 12 ranked"):
        assert P.has_date_token(text) == bool(P.DATE_TOKEN.search(text)), text
    assert P.has_date_token("The vigil was held in March for the victims") and "march" in P._ASCII_MONTHS
    assert not P.has_date_token("Police said the suspect fled on foot")


def test_the_pattern_lists_answer_alike_with_the_line_lowered_once(shared_dir: Path, example_dir: Path) -> None:
    for line in _dev_lines(shared_dir, example_dir)[:3000]:
        n, view = words(line), P.line_view(line)
        for name in LISTS:
            patterns = getattr(P, name)
            plain = any(n <= limit and p.search(line) for p, limit in patterns)
            assert P.match_any(patterns, line, n, view) == P.match_any(patterns, line, n) == plain, (name, line)
        # a pattern asked alone is skipped only where it cannot match
        assert P.may_search(P.PROMO_WORDS, line, view) or not P.PROMO_WORDS.search(line), line
    assert not P.may_search(P.PROMO_WORDS, "Police said the suspect fled.", P.line_view("Police said the suspect fled."))
    assert P.may_search(P.PROMO_WORDS, "Sign up for our newsletter", P.line_view("Sign up for our newsletter"))


def test_an_anchored_pattern_opening_on_a_repeat_is_prefiltered_by_the_text_it_needs() -> None:
    # "^([\w'’-]+\s+){0,3}[A-Z]... contributed to this report": the engine tries every
    # opening of up to three words on every line of up to 24 words; "contributed" is rare
    contributed = next(p for p, _ in P.BYLINE if "contributed( reporting)? to this" in p.pattern)
    assert P._prefilter(contributed)[1] == ("contributed",)
    assert P._may_match(contributed, "Police said the suspect fled.", "police said the suspect fled.") is False
    # an anchored pattern failing at its first letter is searched as before
    assert P._prefilter(P.re.compile(r"^(reporting|writing) by\b", P.re.I))[1] == ()
    # of the texts one of which a match holds, those holding another are not tested
    appeal = P._prefilter(P.APPEAL[0][0])[1]
    assert "contribut" in appeal and "contribution" not in appeal and "subscriber" not in appeal

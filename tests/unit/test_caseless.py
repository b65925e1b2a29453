"""Whether a text is in a script without capitals (`link.features.caseless`), told as
counting every letter of its head would."""

from __future__ import annotations

from pathlib import Path


def test_a_caseless_script_is_told_as_counting_every_letter_would(shared_dir: Path) -> None:
    # `features.caseless` counts ASCII letters at once and the rest a character at a time
    from synoptic.link.features import caseless

    folder = shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("M00[0-5]*"))]
    texts += ["", "1,234", "“Quoted” — 2³", "\u01c5emal \u01c8", "\u0130stanbul \u0131 \u017f \u212a"]

    def every_letter(text: str) -> bool:
        head = text[:2000]
        letters = sum(c.isalpha() for c in head)
        return bool(letters) and 2 * sum(c.isupper() or c.islower() for c in head) < letters

    told = [caseless(t) for t in texts]
    assert told == [every_letter(t) for t in texts]
    assert any(told) and not all(told)  # Arabic, Hindi, Hebrew are; English, Greek are not

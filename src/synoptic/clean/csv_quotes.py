"""Lines a spreadsheet export wrapped in quotation marks: a field holding a quotation mark
or the export's delimiter (";") is written between quotation marks, and the quotation marks
inside it doubled, which a later pass split into quoted runs: 'Zoekopdrachten kunnen als
"Smart folders" worden bewaard' became '"Zoekopdrachten kunnen als" "Smart folders"
"worden bewaard"' (the Dutch Wikinews articles of the timeline benchmark, 37 lines). Read
as they stand, each run was a quotation without a speaker and the sentence a quote in the
brief's summary. The runs alternate: outside the quotation, then inside it. A line only
wrapped for its delimiter ('"De 717 is altijd geplaagd door trage verkoop; er zijn 155
vliegtuigen besteld."') is unwrapped only in a text that shows the split runs: elsewhere a
paragraph in quotation marks is a quotation."""

from __future__ import annotations

import re

# the whole line: quoted runs, one space apart (a run may be empty: a quotation opened the line)
_SPLIT_RUNS = re.compile(r'"[^"\n]*"(?: "[^"\n]*")+')
_RUN = re.compile(r'"([^"\n]*)"')
_WRAPPED_FOR_DELIMITER = re.compile(r'"[^"\n]*;[^"\n]*"')
_GLUED = ",.;:!?)-"


def _split_runs(line: str) -> bool:
    """Quoted runs that alternate outside and inside a quotation: three or more, or two
    with an introduction's colon or an empty last run (a quotation's close left alone:
    '"Helaas is die dag aangebroken." ""'); not two quotations side by side ('"Are you
    hurt?" "No."')."""
    if not _SPLIT_RUNS.fullmatch(line):
        return False
    runs = _RUN.findall(line)
    return len(runs) >= 3 or runs[0].endswith(":") or not runs[-1]


def _rejoined(line: str) -> str:
    runs = _RUN.findall(line)
    out = runs[0]
    for k, run in enumerate(runs[1:], start=1):
        if k % 2 and not run:  # a quotation closed here, opened on a line before
            out += '"'
        elif k % 2:  # inside the quotation
            out += f' "{run}"' if out else f'"{run}"'
        elif run:
            out += run if run[0] in _GLUED else f" {run}"
    return out.strip()


def unwrap_export_quotes(text: str) -> str:
    """The text with the lines an export wrapped and split written as the article had them."""
    if '" "' not in text:
        return text
    lines = text.split("\n")
    split = [_split_runs(line) for line in lines]
    if not any(split):
        return text
    return "\n".join(
        _rejoined(line) if is_split else line[1:-1] if _WRAPPED_FOR_DELIMITER.fullmatch(line) else line
        for line, is_split in zip(lines, split, strict=True)
    )

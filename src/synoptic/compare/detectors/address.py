"""House-number disputes: one home or building on one street given two numbers.

"Throneberry's home at 1249 Bell's Ferry Road" / "Throneberry's 1240 Bell's Ferry Road
home": a street address is the number right before a street's name and its kind
("Road", "Street", "Avenue"); two sources giving one street two house numbers that differ
in one digit misreport one address. When in doubt, no dispute:

- block numbers ("the 3500 block of South Parnell") are no house numbers;
- an article that gives one street two numbers names two addresses: the street is left out;
- numbers that differ in more than one digit, or in their length, may be two buildings
  (a home and a neighbour's house where someone was found);
- both sides come from different sources (origin groups).
"""

from __future__ import annotations

import re
from collections import defaultdict

from synoptic.compare.evidence import StoryInputs, cross_source, make_conflict, variant_of
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

_KINDS = {
    "road": "road", "rd": "road", "street": "street", "st": "street", "avenue": "avenue",
    "ave": "avenue", "drive": "drive", "dr": "drive", "lane": "lane", "ln": "lane",
    "boulevard": "boulevard", "blvd": "boulevard", "court": "court", "ct": "court",
    "way": "way", "place": "place", "circle": "circle", "parkway": "parkway", "pike": "pike",
    "terrace": "terrace", "trail": "trail", "highway": "highway", "hwy": "highway",
}
# "1249 Bells Ferry Road", "1240 Bell’s Ferry Road", "3712 North Elm Street"
_ADDRESS = re.compile(
    r"(?<![\w,.-])(?P<num>[1-9]\d{1,4})\s+(?P<name>(?:[A-Z][\w’'.]*\s+){1,4}?)"
    r"(?P<kind>" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")\b\.?",
    re.IGNORECASE,
)


def _street(name: str, kind: str) -> str:
    """One key per street however it is spelled: possessives and points dropped."""
    words = re.sub(r"[’'.]", "", name).casefold().split()
    return " ".join(words + [_KINDS[kind.casefold()]])


def _one_digit_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """House numbers of one street that two sources give differently."""
    idx = story.index
    by_street: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for aid, article in idx.articles.items():
        mine: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
        for m in _ADDRESS.finditer(article.text):
            if not all(w[0].isupper() for w in m.group("name").split()) or not m.group("kind")[0].isupper():
                continue  # "12 people were on the road": a street's name and kind are capitalised
            street = _street(m.group("name"), m.group("kind"))
            mine[street][m.group("num")].append(Span(aid, m.start("num"), m.end("num"), m.group("num")))
        for street, numbers in mine.items():
            if len(numbers) > 1:
                by_street[street]["\0two"] = []  # an article with two numbers: two addresses
            for num, spans in numbers.items():
                by_street[street][num].extend(spans)
    out: list[Conflict] = []
    for street, numbers in by_street.items():
        if "\0two" in numbers or len(numbers) != 2:
            continue
        (a, sa), (b, sb) = numbers.items()
        if not _one_digit_apart(a, b):
            continue
        variants = [
            variant_of(num, spans)
            for num, spans in ((a, sa), (b, sb))
        ]
        if set(variants[0].articles) & set(variants[1].articles) or not cross_source(variants, idx, rewrites=False):
            continue
        out.append(make_conflict("number", f"house number on {street.title()}", variants, idx))
    return out

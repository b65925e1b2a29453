"""Native Arabic names with no title or verb before them (#19): "محمد صديق خان",
"وحيد علي، ومحمد شاكيل سليم". A reader knows them by two kinds of evidence:

- a frequent given name that is hardly ever a common word (`lang/ar/given_names.py`:
  "محمد", "أحمد"), followed by one or two more name words;
- a list: the names a comma or "و" joins to a name found otherwise are names too
  ("محمد صديق خان وتنوير شيزهاد وجيرمين ليندسي", where "جيرمين ليندسي" is a
  transliteration), when they are two or three name-shaped words.

A name word has no article "ال", is no function word, title, verb or feminine noun; a
conjunction "و" glued to a name word with another name word after it opens the next
name of a list.
"""

from __future__ import annotations

from synoptic.lang.ar.given_names import GIVEN_NAMES
from synoptic.text import arabic_words as an

_GIVEN = an._folded(GIVEN_NAMES)
_COMMAS = ("،", ",")

# (sentence, first, last, glued "و": 0 or 1), as `arabic_translit.transliterated_names`
Name = tuple[an._Words, int, int, int]


def _plain(ws: an._Words, k: int) -> bool:
    """A word that can stand inside a name (not the first of a list's next name)."""
    w = ws.items[k][2]
    return (an._name_word(w) and not an._verb_shaped(w) and an._bare(w) not in an.VERBS
            and not an._feminine_noun(w) and not an._definite_with_preposition(an.fold(w), inside=True)
            and not _present_verb(w) and not _pronoun_suffix(w))


def _present_verb(word: str) -> bool:
    """"ويتحدث ويصافح" (and he talks and shakes hands): a present verb opens on "ي"; the
    given names that do are listed ("يوسف")."""
    w = an.fold(word)
    b = w[1:] if w[:1] == "و" and len(w) > 4 else w
    return len(b) >= 4 and b[0] == "ي" and b not in _GIVEN


def _pronoun_suffix(word: str) -> bool:
    """"كلاهما" (both of them), "اتهامهم": a pronoun ends a noun, never a name."""
    w = an.fold(word)
    return len(w) >= 5 and w.endswith(("هما", "كما", "هم", "هن"))


def _opens_next(ws: an._Words, k: int) -> bool:
    """Is word k a name word with "و" glued to it and a name word after it ("وتنوير شيزهاد")?"""
    w = an.fold(ws.items[k][2])
    return (len(w) >= 4 and w[0] == "و" and _plain(ws, k) and k + 1 < len(ws.items) and ws.joined(k)
            and _plain(ws, k + 1))


def _extent(ws: an._Words, i: int) -> int:
    """The last word of a name that opens at word i: up to three words in one phrase,
    ending before the next name of a list."""
    j = i
    while j + 1 < len(ws.items) and ws.joined(j) and j - i + 1 < an._MAX_NAME and (
        _plain(ws, j + 1) and not _opens_next(ws, j + 1) or _middle_ali(ws, j + 1, i)
    ):
        j += 1
    return j


def _middle_ali(ws: an._Words, k: int, first: int) -> bool:
    """"محمد علي حسيني" (MultiLing 2011 M002 in Arabic): "علي" written with "ي" between two
    name words is the name Ali, not the preposition "على" it folds like."""
    return (ws.items[k][2] == "علي" and k + 1 < len(ws.items) and ws.joined(k) and k + 1 - first + 1 <= an._MAX_NAME
            and _plain(ws, k + 1))


def _after_title_comma(ws: an._Words, i: int) -> bool:
    """"المتحدث باسم وزارة الخارجية الايرانية ، محمد علي حسيني": a name after a comma that
    closes a title's phrase, in apposition to it."""
    return i > 0 and ws.gap(i - 1).strip() in _COMMAS and any(
        an._is_title(ws.items[k][2]) for k in range(max(0, i - 6), i)
    ) and all(ws.joined(k) for k in range(max(0, i - 6), i - 1))


def _glued(ws: an._Words, i: int) -> int:
    w = an.fold(ws.items[i][2])
    return int(len(w) >= 4 and w[0] == "و" and _plain(ws, i))


def _given_at(ws: an._Words, i: int) -> int | None:
    """A frequent given name at word i (with "و" glued or not): the glued count, or None."""
    w = an.fold(ws.items[i][2])
    if w in _GIVEN:
        return 0
    if len(w) >= 4 and w[0] == "و" and w[1:] in _GIVEN:
        return 1
    return None


def _in_apposition(ws: an._Words, i: int) -> bool:
    """"هو ، حسيب حسين ،": two name words alone between commas, one of them a frequent
    given name, name who the words before them are."""
    # (the comma before may open the sentence's line: "هو\n، حسيب حسين،")
    before = ws.gap(i - 1) if i else ws.text[: ws.items[0][0]].rstrip()[-1:]
    return (i + 2 < len(ws.items) and before.strip() in _COMMAS and ws.gap(i + 1).strip() in _COMMAS
            and ws.joined(i) and _plain(ws, i) and _plain(ws, i + 1)
            and any(_given_at(ws, k) == 0 for k in (i, i + 1)))


def given_names(sentences: list[an._Words]) -> list[Name]:
    """The names that open on a frequent given name followed by another name word, when the
    article writes the name's last word again ("محمد صديق خان" ... "وداع محمد صديق خان"):
    a given name once beside a name word is weak evidence ("محمد شاكيل سليم السدير" runs two
    defendants' names together); a list beside a name found otherwise, or an apposition,
    makes it one too."""
    seen: dict[str, int] = {}
    for ws in sentences:
        for *_, word in ws.items:
            w = an.fold(word)
            for form in {w, w[1:] if len(w) > 3 and w[0] in an._CLITICS else w}:
                seen[form] = seen.get(form, 0) + 1
    out = []
    for ws in sentences:
        i = 0
        while i < len(ws.items):
            if _in_apposition(ws, i):
                out.append((ws, i, i + 1, 0))
                i += 2
                continue
            g = _given_at(ws, i)
            if g is not None and (i == 0 or not ws.joined(i - 1) or not an._is_title(ws.items[i - 1][2])):
                last = _extent(ws, i)
                if last > i and (seen.get(an.fold(ws.items[last][2]), 0) >= 2 or _after_title_comma(ws, i)):
                    out.append((ws, i, last, g))
                    i = last + 1
                    continue
            i += 1
    return out


def _next_member(ws: an._Words, last: int) -> tuple[int, int, int] | None:
    """The name a comma and/or "و" lists right after a name ending at word `last`."""
    k = last + 1
    if k >= len(ws.items) or not (ws.joined(last) or ws.gap(last).strip() in _COMMAS):
        return None
    glued = 0
    if an.fold(ws.items[k][2]) == "و" and ws.joined(k):
        k += 1
    elif _glued(ws, k) and _opens_next(ws, k):
        glued = 1
    elif ws.joined(last):
        return None  # no comma and no "و": the name goes on, or another phrase begins
    if k >= len(ws.items) or not _plain(ws, k):
        return None
    end = _extent(ws, k)
    return (k, end, glued) if end > k else None


def _previous_member(ws: an._Words, first: int) -> tuple[int, int, int] | None:
    """The two-word name "و" lists right before a name opening at word `first` ("وحيد علي،
    ومحمد"); a comma alone sets an apposition apart ("المشتبه به بتفجيرات لندن ,حسين عثمان")."""
    w = an.fold(ws.items[first][2]) if first < len(ws.items) else ""
    if first >= 1 and w[:1] != "و" and an.fold(ws.items[first - 1][2]) == "و" and ws.joined(first - 1):
        first -= 1  # "و" on its own: "اليخاندرو فالفيردي و ايبان مايو"
    elif w[:1] != "و" or len(w) < 4:
        return None
    if first < 2 or not (ws.gap(first - 1).strip() in _COMMAS or ws.joined(first - 1)):
        return None
    a, b = first - 2, first - 1
    # (a preposition cannot end a phrase before a comma: "وحيد علي،" is the name Ali, not "on")
    ali = ws.gap(b).strip() in _COMMAS and an.fold(ws.items[b][2]) == "علي" and ws.items[b][2].endswith("ي")
    if not (ws.joined(a) and _plain(ws, a) and (_plain(ws, b) or ali)):
        return None
    return a, b, 0  # ("وحيد علي": a name opening on "و" is no conjunction here)


def list_members(sentences: list[an._Words], found: list[tuple[an._Words, int, int]]) -> list[Name]:
    """The names listed beside the found ones (and beside those, in turn)."""
    known = {(id(ws), f, e) for ws, f, e in found}
    covered = {(id(ws), k) for ws, f, e in found for k in range(f, e + 1)}
    todo = list(found)
    out: list[Name] = []
    while todo:
        ws, f, e = todo.pop()
        for member in (_next_member(ws, e), _previous_member(ws, f)):
            if member is None:
                continue
            a, b, g = member
            if (id(ws), a, b) in known or any((id(ws), k) in covered for k in range(a, b + 1)):
                continue
            known.add((id(ws), a, b))
            covered.update((id(ws), k) for k in range(a, b + 1))
            out.append((ws, a, b, g))
            todo.append((ws, a, b))
    return out

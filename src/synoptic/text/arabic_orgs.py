"""Organisations in Arabic script that a noun before them marks (#19): firms listed after
"الشركات بما في ذلك" and outlets named after the noun of their medium ("جريدة", "صحيفة",
"قناة", "إذاعة", "راديو"), which a reporting verb ("حسبما ذكرت جريدة ...") would otherwise
give as a quoted person. Part of `text/arabic_names.py`, whose reading it shares.
"""

from __future__ import annotations

from synoptic.text import arabic_words as an

# the nouns of a medium that open an outlet's name: "جريدة رانكولوسو" (the newspaper
# Rancagüino), "راديو انتري أولاس", "للتلفزة شيلي ناسيونال"
OUTLET_NOUNS = an._folded(frozenset(
    "جريدة صحيفة مجلة قناة إذاعة اذاعة راديو تلفزيون تلفزة الجريدة الصحيفة المجلة القناة الإذاعة".split()
))
_MAX_OUTLET = 2


def outlet_noun(word: str) -> bool:
    """Is the word a medium's noun, with a clitic or "لل" before it ("للتلفزة")?"""
    w = an.fold(word)
    return w in OUTLET_NOUNS or an._bare(w) in OUTLET_NOUNS or (w.startswith("لل") and w[2:] in OUTLET_NOUNS)


def outlet_names(ws: an._Words) -> list[tuple[int, int]]:
    """(first, last) word indexes of the outlet names one sentence gives after a medium's
    noun: one or two name words without the article, up to a verb, a function word or a
    punctuation mark."""
    out = []
    n = len(ws.items)
    for i in range(n - 1):
        if not (outlet_noun(ws.items[i][2]) and ws.joined(i)):
            continue
        last = i
        while last + 1 < n and last - i < _MAX_OUTLET and (last == i or ws.joined(last)) and an._name_word(
            ws.items[last + 1][2]
        ) and not an._verb_shaped(ws.items[last + 1][2]) and an._bare(ws.items[last + 1][2]) not in an.VERBS:
            last += 1
        if last > i:
            out.append((i + 1, last))
    return out


# plural nouns of firms and organisations, and the words that open their examples ("الشركات بما في
# ذلك أبل كمبيوتر، مايكروسوفت": the companies, among them Apple Computer, Microsoft)
_FIRMS = an._folded(frozenset("الشركات شركات المنظمات منظمات المؤسسات مؤسسات".split()))
_EXAMPLES = an._folded(frozenset("مثل منها ومنها بينها كـ".split()))


def _list_word(word: str) -> bool:
    w = an.fold(word)
    return len(w) >= 2 and not w.startswith("ال") and w not in an.FUNCTION  # ("لاين" of "أون لاين")


def firm_list(ws: an._Words) -> list[tuple[int, int, int]]:
    """The names listed after a plural noun of firms and "including"/"such as" (each one to
    three words, separated by commas or "و"): (first, last, 1 when "و" is glued to the first)."""
    out: list[tuple[int, int, int]] = []
    n = len(ws.items)
    for i in range(n):
        if an.fold(ws.items[i][2]) not in _FIRMS:
            continue
        k = i + 1
        if k + 2 < n and [an.fold(ws.items[m][2]) for m in range(k, k + 3)] == ["بما", "في", "ذلك"]:
            k += 3
        elif k < n and an.fold(ws.items[k][2]) in _EXAMPLES:
            k += 1
        else:
            continue
        while k < n:
            w = an.fold(ws.items[k][2])
            glued = int(len(w) > 3 and w[0] == "و" and w != "و")
            if w == "و":
                k += 1
                continue
            if not an._name_word(w[glued:]) or an._verb_shaped(w):
                break
            last = k
            while last + 1 < n and ws.joined(last) and last - k < 2 and _list_word(ws.items[last + 1][2]) and not (
                an._verb_shaped(ws.items[last + 1][2]) or an.fold(ws.items[last + 1][2])[:1] in "يتو"
            ):
                last += 1
            out.append((k, last, glued))
            if last + 1 < n and ws.gap(last).strip() in ("،", ","):
                k = last + 1
            elif last + 1 < n and ws.joined(last) and an.fold(ws.items[last + 1][2])[:1] == "و":
                k = last + 1
            else:
                break
    return out

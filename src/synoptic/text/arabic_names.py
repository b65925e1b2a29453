"""People and organisations in Arabic script, which has no capital letters (#18, #19).

A name is read from the words around it, as a reader does:
- after a title, honorific or kinship word and the adjectives that qualify it ("الرئيس
  الإيراني محمود أحمدي نجاد", "وزير الدفاع البريطاني ديس براون", "جدته ، مارغريت سبيري");
- after a verb of saying, as its subject ("وقال راي كوبر");
- before a comma and a title in apposition ("توني هول، المدير السابق").
A name is one to three words without the article "ال" (the particles of "أبو القاسم",
"عبد الله" excepted) that are not function words; a single word counts only where it is
the surname of a longer name of the article ("السيد بلير" after "توني بلير"). Once found,
every other occurrence of the name (and of its surname) in the article is a mention too,
with the clitics "و", "ب", "ل" before it. Organisations open on a noun of `ORG_HEADS`
followed by words with "ال" ("وزارة الدفاع", "الأمم المتحدة"), or are spelled-out Latin
letters ("بي بي سي" = BBC); one the outlet registry knows is of kind outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic.clean.outlet.registry import registry_outlet_named
from synoptic.lang.given_names import is_given_name
from synoptic.model import Article, EntityMention, Sentence, Span
from synoptic.text import arabic_native, arabic_orgs, arabic_translit
from synoptic.text.arabic_words import (  # noqa: F401 (is_arabic, fold: the module's interface)
    _AR_WORD,
    _CLITICS,
    _GOVERNED,
    _HONORIFICS,
    _LETTERS,
    _MAX_NAME,
    _NAME_PARTICLES,
    _PEERS,
    _ROYAL,
    _TITLE_ADVERBS,
    COMPLEMENTS,
    FUNCTION,
    KINSHIP,
    NAME_FUNCTION,
    ORG_HEADS,
    TITLES,
    VERBS,
    _bare,
    _definite_with_preposition,
    _feminine_noun,
    _is_title,
    _name_word,
    _verb_shaped,
    _Words,
    country_names,
    fold,
    is_arabic,
    plural_title,
)


def _name_after(ws: _Words, i: int, after_title: bool = False) -> tuple[int, int] | None:
    """The name starting at word i: (first, last) word indexes, or None."""
    opens = after_title and i + 1 < len(ws.items) and fold(ws.items[i][2]) in NAME_FUNCTION and ws.joined(i) and (
        _name_word(ws.items[i + 1][2]))  # "الأمين العام بان كي مون"
    if i >= len(ws.items) or not (_name_word(ws.items[i][2]) or opens) or _verb_shaped(ws.items[i][2]):
        return None  # "الجنرال الامريكي يستشهد بقانون": the title's verb, not a name
    j = i
    while j + 1 < len(ws.items) and ws.joined(j) and j - i + 1 < _MAX_NAME:
        nxt = fold(ws.items[j + 1][2])
        if j > i and _second_name(ws, j + 1):
            break  # "أنجيلا سيميليا وديدا دراجان": "و" joins the next name of a list
        if fold(ws.items[j][2]) in _NAME_PARTICLES and nxt.startswith("ال"):
            j += 1
            continue
        if not _name_word(nxt) or _verb_shaped(nxt) or _bare(nxt) in VERBS or _definite_with_preposition(nxt, inside=True) or (
            nxt[:1] == "و" and _feminine_noun(ws.items[j + 1][2][1:])  # "تشارلز ودوقة كورنوول": "and the Duchess"
        ):
            break  # "جلين سيمبكينز حصل على": the name ends before the verb after it
        if j > i and _feminine_noun(ws.items[j + 1][2]) and not any(
            fold(ws.items[k][2]) in _NAME_PARTICLES for k in range(i, j + 1)
        ):
            break  # "غوردون براون كلمة": a noun after a two-word name, its object ("a speech")
        j += 1
    return i, j


def _construct(ws: _Words, k: int) -> bool:
    """Is word k a noun without the article that an organisation's head governs and that
    governs a word with it ("أمانة اتفاقية الأمم")?"""
    w = fold(ws.items[k][2])
    return (not w.startswith("ال") and w not in FUNCTION and _bare(w) not in FUNCTION and len(w) >= 3
            and ws.joined(k) and k + 1 < len(ws.items) and fold(ws.items[k + 1][2]).startswith("ال"))


_ORG_APPOSITION = re.compile(r"\s*[،,]\s*و?(?:هي|هو)\s+(\S+)")


def _org_in_apposition(text: str, end: int) -> bool:
    """"كلايمت فوكس ، وهي شركة استشارية": the name is an organisation's, as its apposition says."""
    m = _ORG_APPOSITION.match(text, end)
    return bool(m) and (fold(m.group(1)) in ORG_HEADS or _bare(m.group(1)) in ORG_HEADS)


def _second_name(ws: _Words, k: int) -> bool:
    """Does word k open a second name with the conjunction "و" ("وديدا دراجان", or "و" on its
    own before two name words)? A surname opening on "و" ("هارلان واتسون") has no name word
    after it."""
    w = fold(ws.items[k][2])
    if w == "و":
        return k + 2 < len(ws.items) and ws.joined(k) and _name_word(ws.items[k + 1][2]) and ws.joined(k + 1) and (
            _name_word(ws.items[k + 2][2]))
    return (len(w) >= 4 and w[0] == "و" and _name_word(w[1:]) and not _feminine_noun(ws.items[k][2][1:])
            and k + 1 < len(ws.items) and ws.joined(k)
            and _name_word(ws.items[k + 1][2]) and not _verb_shaped(ws.items[k + 1][2]))


def _after_title(ws: _Words, i: int) -> int:
    """The first word after a title at i and its qualifying words with "ال" (and one
    comma: "جدته ، مارغريت سبيري")."""
    j = i + 1
    if j < len(ws.items) and ws.joined(i) and fold(ws.items[j][2]) in COMPLEMENTS:
        j += 1  # "رئيس وزراء المملكة المتحدة": the title's governed noun
    # (a qualifier with "لل" too: "رئيس الاتحاد الأوروبي للمناخ ارتور رونج")
    while j < len(ws.items) and ws.joined(j - 1) and fold(ws.items[j][2]).startswith(("ال", "لل")) and j - i <= 4 and (
        fold(ws.items[j][2]) != "ال"  # the particle "آل" opens the name ("نائب الرئيس السابق آل غور")
    ):
        j += 1
    if j < len(ws.items) and ws.joined(j - 1) and fold(ws.items[j][2]) in _TITLE_ADVERBS:
        j += 1  # "الرئيس المنتخب حديثا ترايان باسيسكو": the adverb qualifies the title
    if j < len(ws.items) and j - 1 >= 0 and ws.gap(j - 1).strip() in ("،", ","):
        return j
    return j if j < len(ws.items) and ws.joined(j - 1) else len(ws.items)


def _after_governed(ws: _Words, k: int) -> tuple[int, tuple[int, int] | None]:
    """After a title's governed noun at k, its complement and then the name: of the words
    that could be names, the last two are the person's ("سان فرانسيسكو غافن نيوسوم"), the
    rest the place's; with fewer than three, the title has no name after it."""
    run = k + 1
    while (run < len(ws.items) and ws.joined(run - 1) and run - k <= 5 and _name_word(ws.items[run][2])
           and not _verb_shaped(ws.items[run][2]) and _bare(ws.items[run][2]) not in VERBS):
        run += 1
    if run - (k + 1) < 3:
        return k, None
    return run - 2, (run - 2, run - 1)


# an age in apposition after a name: "، 22 ،", ",22,"
_AGE_GAP = re.compile(r"\s*[,،]\s*\d{1,3}\s*[,،]")


@lru_cache(maxsize=16)
def _org_names(text: str) -> frozenset[str]:
    """Words the article writes right after an organisation's head noun ("فريق استانا", the
    Astana team): an organisation's name, which a title may govern before its holder's name
    ("مدير استانا مارك بييفر" was the person "استانا مارك بييفر", MultiLing 2011 M0034 in
    Arabic, dev, read as a reader)."""
    # (the head without the article, as a construct's is: "المفوضية جوزيه مانويل باروزو" is
    # the Commission and its president's name, M0046, dev)
    words = [m.group() for m in _AR_WORD.finditer(text)]
    return frozenset(fold(b) for a, b in zip(words, words[1:], strict=False)
                     if fold(a) in ORG_HEADS and not fold(a).startswith("ال") and not fold(b).startswith("ال")
                     and fold(b) not in FUNCTION)


def _candidates(ws: _Words) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(first, last, title words) of the names the context marks in one sentence."""
    out = []
    for i, (_, _, word) in enumerate(ws.items):
        if _is_title(word):
            k = _after_title(ws, i)
            if k < len(ws.items) and (fold(ws.items[k][2]) in _GOVERNED or _bare(ws.items[k][2]) in _GOVERNED or (
                fold(ws.items[k][2]) in ("في", "باسم")  # "منسق ... في اندونيسيا مايكل امكويست": where, then who;
            )):  # "المتحدث باسم رابوبنك يعقوب بيرجسما": the spokesman for whom, then who
                k, span = _after_governed(ws, k)
            else:
                if k + 1 < len(ws.items) and ws.joined(k) and fold(ws.items[k][2]) in _org_names(ws.text) and (
                        _name_word(ws.items[k + 1][2])):
                    k += 1  # "مدير استانا مارك بييفر": the title's team ("فريق استانا" elsewhere), then who
                span = _name_after(ws, k, after_title=True)
            kin = _bare(word) in KINSHIP or fold(word) in KINSHIP
            if _apposed(ws, i, out) and not (span and _given(ws.items[span[0]][2])):
                # "بيكي بويل ، مدير سياسات أوكسفام": the title after the name and a comma is
                # the name's role, and the words after it its complement, not another name
                f, last, _ = out[-1]
                out[-1] = (f, last, (i, span[1] if span else min(k, len(ws.items)) - 1))
                if span and _org_in_apposition(ws.text, ws.items[span[1]][1]):
                    out.append((span[0], span[1], None))  # "مدير كلايمت فوكس ، وهي شركة": the firm
            elif kin and i > 0 and ws.joined(i - 1) and out and out[-1][1] == i - 1 and span:
                # "X عم Y": the kinship phrase is X's role; Y is named with no role
                f, last, _ = out[-1]
                out[-1] = (f, last, (i, span[1]))
                out.append((span[0], span[1], None))
            elif span and (fold(word) not in _AMBIGUOUS_TITLES or _given(ws.items[span[0]][2])):
                end = k - 1
                while end > i and fold(ws.items[end][2]) in _HONORIFICS:
                    end -= 1
                start = _title_start(ws, i)
                out.append((span[0], span[1], (start, end) if start is not None else None))
                nxt = span[1] + 1
                if nxt < len(ws.items) and ws.joined(span[1]) and _second_name(ws, nxt):
                    # "مصممو الأزياء كاتينكا رومان و ميهاي البو": the title's list goes on
                    second = _name_after(ws, nxt + 1) if fold(ws.items[nxt][2]) == "و" else _name_after(ws, nxt)
                    if second:
                        out.append((second[0], second[1], None))
        elif _bare(word) in VERBS and ws.joined(i):
            span = _name_after(ws, i + 1)
            if span:
                out.append((span[0], span[1], None))
        if i + 1 < len(ws.items) and ws.gap(i).strip() in ("،", ",") and _is_title(ws.items[i + 1][2]) and (
            fold(ws.items[i + 1][2]) in TITLES  # not "، وعمدة كوردوفا": "and" opens another clause
        ):
            # "توني هول، المدير السابق": the name before a comma and a title
            first = i
            while first - 1 >= 0 and ws.joined(first - 1) and i - first + 1 < 2 and _name_word(ws.items[first - 1][2]):
                first -= 1
            if _name_word(word) and first < i and not _names_a_place(ws, first):
                out.append((first, i, None))
        if i + 1 < len(ws.items) and (_AGE_GAP.match(ws.gap(i)) or (
            # "مجدي اسدي النشار: مستأجر المنزل": a list of profiles, each a name and a colon
            ws.gap(i).strip().startswith(":") and 1 <= i <= 3 and all(ws.joined(k) for k in range(i))
            and all(_name_word(ws.items[k][2]) for k in range(i)) and _given(ws.items[0][2])
        )) and _name_word(word) and not _verb_shaped(word):
            # "شاهزاد تنوير ,22, طالب": two to four name words and an age in apposition
            first = i
            while first - 1 >= 0 and ws.joined(first - 1) and i - first + 1 < 4 and _name_word(ws.items[first - 1][2]):
                first -= 1
            # (not a figure's unit: "50،36 دقيقة شمالا ، 48 ،")
            figure = first > 0 and any(ch.isdigit() for ch in ws.gap(first - 1))
            if first < i and not figure and not _names_a_place(ws, first) and not _verb_shaped(ws.items[first][2]):
                out.append((first, i, None))
    # "نيكوليتا دريكويزين المتحدثة باسم الشبكة": a sentence opening on two name words and a
    # title with the article in apposition
    if len(ws.items) >= 3 and ws.joined(0) and ws.joined(1) and all(_name_word(ws.items[k][2]) for k in (0, 1)) and (
        fold(ws.items[2][2]).startswith("ال") and _is_title(ws.items[2][2]) and not _verb_shaped(ws.items[0][2])
        and fold(ws.items[0][2])[:1] not in _CLITICS and not _feminine_noun(ws.items[1][2])  # "وتعهدت ادارة الرئيس"
    ):
        out.append((0, 1, None))
    # a name found twice (after "قال" and before its apposition) keeps the title either gives
    titled: dict[tuple[int, int], tuple[int, int]] = {}
    for f, e, t in out:
        if t is not None:
            titled.setdefault((f, e), t)
    return [(f, e, titled.get((f, e), t)) for f, e, t in out]


def _apposed(ws: _Words, i: int, out: list[tuple[int, int, tuple[int, int] | None]]) -> bool:
    """Is the title at word i in apposition to the name found just before it and a comma?"""
    return bool(out) and out[-1][1] == i - 1 and out[-1][2] is None and ws.gap(i - 1).strip() in ("،", ",") and (
        fold(ws.items[i][2]) in TITLES)


def _peer_named(ws: _Words, f: int) -> bool:
    """A surname alone after a peer's title ("اللورد تريسمان")."""
    return f > 0 and fold(ws.items[f - 1][2]) in _PEERS and arabic_translit._surname_word(ws.items[f][2])


def _title_start(ws: _Words, i: int) -> int | None:
    """Where the role of a title at word i opens: the title itself, or, for a title word that
    "باسم" or a glued preposition governs ("المتحدث باسم الفريق كورين دروي": the team's
    spokesman; "لزميل كونتادور بالفريق ليفي ليفيميار": Contador's teammate, MultiLing 2011
    M003 in Arabic, dev), the title it completes a few words before; None when there is none
    ("in the team" alone is no role)."""
    w = fold(ws.items[i][2])
    governed = i > 0 and ws.joined(i - 1) and fold(ws.items[i - 1][2]) == "باسم" or w.startswith(("بال", "لل"))
    # (only a title that is as often a common noun: "متحدث باسم رئيس الوزراء البريطاني توني
    # بلير" is the prime minister's spokesman, and Blair the prime minister)
    bare = w[1:] if w.startswith("بال") else "ال" + w[2:] if w.startswith("لل") else w
    if not governed or bare not in _AMBIGUOUS_TITLES:
        return i
    for j in range(i - 1, max(-1, i - 4), -1):
        if not ws.joined(j):
            break
        if _is_title(ws.items[j][2]) and fold(ws.items[j][2]) != "باسم":
            return j
    return None


# titles that are common nouns as often: "الفريق" is a lieutenant-general, or "the team"
# ("الفريق رابوبنك"); a title only before a given name ("الفريق ريكاردو سانشيز")
_AMBIGUOUS_TITLES = frozenset({fold("الفريق")})


def _given(word: str) -> bool:
    return arabic_translit.transliterated_given_name(word) or is_given_name(word)


def _names_a_place(ws: _Words, first: int) -> bool:
    """Do the words from `first` name the place the noun before them is ("في سجن أبو غريب،
    الرقيب السابق ...": the prison's name)? Not after a title ("ورئيس بلدية برناردو
    كورنيخو ،": the mayor's name)."""
    if first < 1 or not ws.joined(first - 1):
        return False
    noun = ws.items[first - 1][2]
    if not (fold(noun) in _GOVERNED or _bare(noun) in _GOVERNED):
        return False
    return not (first >= 2 and ws.joined(first - 2) and _is_title(ws.items[first - 2][2]))


def _variants(words: list[str]) -> set[str]:
    """The folded forms a found name is matched by elsewhere: the full name, the name
    without its first word (a surname of two words, "أحمدي نجاد"), the last word."""
    forms = {" ".join(words)}
    if len(words) >= 3:
        forms.add(" ".join(words[1:]))
    return forms



_INITIAL_END = re.compile(r"(\S+)\.\s*$")


def _joined_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Sentence spans, a sentence cut after a spelled-out initial ("جورج دبليو. بوش") joined
    to the next."""
    spans: list[tuple[int, int]] = []
    cut = False
    for s in sentences:
        if cut and spans:
            spans[-1] = (spans[-1][0], s.span.end)
        else:
            spans.append((s.span.start, s.span.end))
        m = _INITIAL_END.search(text, spans[-1][0], spans[-1][1])
        cut = bool(m) and fold(m.group(1)) in _LETTERS
    return spans


def extract_arabic(article: Article, sentences: list[Sentence]) -> list[EntityMention]:
    """Persons and organisations of an article written in Arabic script."""
    text = article.text
    per_sentence = [_Words(text, start, end) for start, end in _joined_spans(text, sentences)]
    # foreign names with no title or verb before them ("مايكل راسموسن من الدنمارك")
    named = arabic_translit.transliterated_names(per_sentence, text)
    found: list[tuple[_Words, int, int, tuple[int, int] | None]] = []
    for ws in per_sentence:
        for first, last, title in _candidates(ws):
            if last - first == 2 and arabic_translit.transliterated_given_name(ws.items[first + 1][2]) and not (
                arabic_translit.transliterated_given_name(ws.items[first][2])
            ):
                first += 1  # "عمدة لندن بوريس جونسون": the title's place, then the name
            if not arabic_orgs.outlet_noun(ws.items[first][2]):  # "ذكرت جريدة رانكولوسو": an outlet
                found.append((ws, first, last, title))
    spans = {(id(ws), k) for ws, f, e, _ in found for k in range(f, e + 1)}
    translit = {}
    # native names on a frequent given name ("محمد صديق خان"), then the names listed beside
    # any found name ("وتنوير شيزهاد")
    for ws, f, e, g in [*named, *arabic_native.given_names(per_sentence)]:
        if not any((id(ws), k) in spans for k in range(f, e + 1)):
            found.append((ws, f, e, None))
            translit[(id(ws), f)] = g
            spans.update((id(ws), k) for k in range(f, e + 1))
    for ws, f, e, g in arabic_native.list_members(per_sentence, [(ws, f, e) for ws, f, e, _ in found]):
        if not any((id(ws), k) in spans for k in range(f, e + 1)):
            found.append((ws, f, e, None))
            translit[(id(ws), f)] = g
            spans.update((id(ws), k) for k in range(f, e + 1))
    full = [[fold(ws.items[k][2]) for k in range(f, e + 1)] for ws, f, e, _ in found]
    # the second name of a list keeps its conjunction out ("وديدا دراجان" is "ديدا دراجان")
    ends = {(id(ws), e) for ws, _, e, _ in found}
    glued = [translit.get((id(ws), f)) == 1 or (id(ws), f - 1) in ends and full[n][0][:1] == "و" and len(full[n][0]) >= 4
             for n, (ws, f, _, _) in enumerate(found)]
    for n, g in enumerate(glued):
        if g:
            full[n][0] = full[n][0][1:]
    # a name read too long ("بلير بعدم وضع", "أحمدي نجاد يبتسم") is cut back to the
    # name or surname another mention of the article gives
    for n, words in enumerate(full):
        others = [w for m, w in enumerate(full) if m != n and w != words]
        known = {" ".join(w) for w in others} | {" ".join(w[1:]) for w in others if len(w) >= 3}
        lasts = {w[-1] for w in others if len(w) >= 2}
        singles = {w[0] for w in others if len(w) == 1}
        for k in range(1, len(words)):
            # (or a word the article names alone ends it: "دوروثي لوكوود بنصب" ... "وادعى لوكوود")
            if " ".join(words[:k]) in known or (k == 1 and words[0] in lasts) or (k >= 2 and words[k - 1] in singles):
                ws, f, _, title = found[n]
                found[n] = (ws, f, f + k - 1, title)
                full[n] = words[:k]
                break
    # a country's name is no person's ("ايران", "تشيلي", "نيوزيلندا": MultiLing 2011 ar, dev)
    keep = [n for n, w in enumerate(full) if " ".join(w) not in country_names()]
    found, full, glued = [found[n] for n in keep], [full[n] for n in keep], [glued[n] for n in keep]
    # (a surname that is also a function word, "علي" folded as "على", is no mention alone)
    surnames = {w[-1] for w in full if len(w) >= 2 and w[-1] not in FUNCTION} | {
        w[0] for (ws, f, _, _), w in zip(found, full, strict=True) if len(w) == 1 and _peer_named(ws, f)}
    surnames -= country_names()  # ("موجات كبيرة ضربت تشيلي": no one's surname)
    names: dict[str, list[str]] = {}  # folded form -> canonical words
    for words in full:
        if len(words) >= 2:
            for form in _variants(words):
                names.setdefault(form, words)
    mentions: list[EntityMention] = []
    taken: set[tuple[int, int]] = set()

    def add(start: int, end: int, typ: str, role: tuple[int, int] | None = None, kind: str | None = None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.add((start, end))
        role_text = role_span = None
        if role is not None:
            role_text = text[role[0] : role[1]]
            role_span = Span(article.id, role[0], role[1], role_text)
        mentions.append(EntityMention(Span(article.id, start, end, text[start:end]), typ, role_text, role_span, kind))

    # 3. organisations: a head noun and its words with "ال"; spelled-out Latin acronyms
    for ws in per_sentence:
        n = len(ws.items)
        i = 0
        while i < n:
            word = fold(ws.items[i][2])
            if _bare(word) in ORG_HEADS or word in ORG_HEADS:
                # the head, a word with "ال", then adjectives of relation ("-ية", "-ي"):
                # "الخطوط الجوية البريطانية", not "البحرية البريطانية المقبوض"
                j = i
                head = i  # the last noun without the article the name's first definite word follows
                while j + 1 < n and ws.joined(j) and j - i < 4:
                    nxt = fold(ws.items[j + 1][2])
                    if j == i and _construct(ws, j + 1):
                        j = head = j + 1  # "أمانة اتفاقية الأمم المتحدة": a head governing a noun that governs
                        continue
                    if not nxt.startswith("ال") or nxt in FUNCTION or (j > head + (head > i) and not nxt.endswith(("يه", "ي"))):
                        break
                    j += 1
                if j > i:
                    add(ws.items[i][0], ws.items[j][1], "ORG")
                    i = j + 1
                    continue
            j = i
            while j < n and fold(ws.items[j][2]) in _LETTERS and (j == i or ws.joined(j - 1)):
                j += 1
            if j - i >= 2:
                letters = "".join(_LETTERS[fold(ws.items[k][2])] for k in range(i, j))
                if sum(fold(ws.items[k][2]) not in FUNCTION for k in range(i, j)) >= 2:
                    kind = "outlet" if registry_outlet_named(letters) else None
                    if j < n and ws.joined(j - 1) and fold(ws.items[j][2]) == "نيوز":
                        j, kind = j + 1, "outlet"  # "سي بي اس نيوز": CBS News
                    add(ws.items[i][0], ws.items[j - 1][1], "ORG", kind=kind)
                    i = j
                    continue
            i += 1
        for first, last, conj in arabic_orgs.firm_list(ws):
            add(ws.items[first][0] + conj, ws.items[last][1], "ORG")
    # (outlets after the noun of their medium, and wherever the article names them again)
    outlets = set()
    for ws in per_sentence:
        for first, last in arabic_orgs.outlet_names(ws):
            outlets.add(" ".join(fold(ws.items[k][2]) for k in range(first, last + 1)))
            add(ws.items[first][0], ws.items[last][1], "ORG", kind="outlet")
    # 1. the names the context marks (one word only where it is a known surname, or after a
    # royal title: "الامير تشارلز")
    for n, ((ws, f, e, title), words) in enumerate(zip(found, full, strict=True)):
        if len(words) == 1 and words[0] not in surnames and not (
            title and fold(ws.items[title[1]][2]) in _ROYAL and arabic_translit.transliterated_given_name(words[0])
        ) and not _peer_named(ws, f):
            continue
        if _org_in_apposition(text, ws.items[e][1]):
            add(ws.items[f][0], ws.items[e][1], "ORG")
            continue
        if title and all(fold(ws.items[k][2]) in _HONORIFICS for k in range(title[0], title[1] + 1)):
            title = None  # "السيد ايان بيلر": Mr. is no role
        if title and plural_title(ws.items[title[0]][2]):
            title = None  # "والمغنين أنجيلا سيميليا وديدا دراجان": "the singers" is no one's role
        role = (ws.items[title[0]][0], ws.items[title[1]][1]) if title else None
        if role and fold(ws.items[title[0]][2]) not in TITLES and _bare(ws.items[title[0]][2]) in TITLES:
            role = (role[0] + 1, role[1])  # "ورئيس الوزراء": the conjunction is no part of the role
        add(ws.items[f][0] + int(glued[n]), ws.items[e][1], "PERSON", role)
    # 2. every other occurrence of a found name, its two-word surname or its last word
    for ws in per_sentence:
        n = len(ws.items)
        for i in range(n):
            for size in (3, 2, 1):
                if i + size > n or any(not ws.joined(k) for k in range(i, i + size - 1)):
                    continue
                words = [fold(ws.items[k][2]) for k in range(i, i + size)]
                first = words[0][1:] if words[0][:1] in _CLITICS and words[0][1:] else words[0]
                forms = {" ".join(words), " ".join([first, *words[1:]])}
                if any(f in outlets for f in forms):
                    add(ws.items[i][0] + int(first != words[0]), ws.items[i + size - 1][1], "ORG", kind="outlet")
                    break
                if size == 1:
                    hit = any(f in surnames for f in forms) and len(first) >= 3
                else:
                    hit = any(f in names for f in forms)
                if hit:
                    # the span leaves out a clitic glued to the name ("لأحمدي نجاد")
                    clitic = int(" ".join([first, *words[1:]]) in names or (size == 1 and first in surnames)) and (
                        first != words[0]
                    )
                    add(ws.items[i][0] + int(clitic), ws.items[i + size - 1][1], "PERSON")
                    break
    mentions.sort(key=lambda m: m.span.start)
    return mentions

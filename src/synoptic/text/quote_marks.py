"""Quotation marks of one article paired into quoted stretches: curly, straight, British
single, « », „ “; nested quotes stay inside the outer one; a paragraph that opens a
quote without closing it continues into the next one that opens with a quotation mark,
or that closes it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from synoptic import lang
from synoptic.model import EntityMention, Span
from synoptic.text import names as nm
from synoptic.util.scripts import HEBREW_LETTER

# opening mark -> closing marks accepted for it
_PAIRS = {"“": "”“", '"': '"', "«": "»", "„": "“”", "»": "«", "‘": "’", "'": "'"}
# single quotes open a quotation only at the top level (British style); inside a
# double-quoted one they are a nested quote and part of its words
_OPENERS = "“\"«„‘'"
# a double quote left open at the end of its paragraph may have been closed with the other
# kind of double mark ("... purpose,” / “... purpose." / «... voler."): typed by hand or
# mended by an editor; accepted only when that mark is unpaired in the paragraph
_MIXED_CLOSERS = {"“": '"', "„": '"', "«": '"', '"': "”»"}
_PARA = re.compile(r"[^\n]+")
_FUNCTION_WORDS = lang.all_stop_words("FUNCTION_WORDS")  # words a title leaves in lower case
# Hebrew writes acronyms and abbreviations with a gershayim or geresh between letters, typed
# as a straight mark ("ארה\"ב", "או\"ם", "מו\"מ"): no quotation mark at all


@dataclass
class RawQuote:
    """A quoted stretch as the marks give it; `text/quotes.py` fills in who said it."""

    pieces: list[tuple[int, int]]  # inner (start, end) per paragraph
    open_at: int  # position of the first opening mark
    close_at: int | None  # position after the last closing mark (None: unterminated)
    para_start: int
    speaker: EntityMention | None = None
    speaker_name: str | None = None
    cue: str | None = None
    speaker_span: Span | None = None
    carried: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARA.finditer(text)]


def find_quoted(text: str) -> list[RawQuote]:
    """Quoted stretches, paired per paragraph, continued across paragraphs."""
    out: list[RawQuote] = []
    paras = _paragraphs(text)
    open_q: RawQuote | None = None
    closers = ""
    for p_no, (ps, pe) in enumerate(paras):
        i = ps
        piece_start: int | None = None
        if open_q is not None:
            # a continuing quote: this paragraph opens with a quotation mark
            j = ps
            while j < pe and text[j].isspace():
                j += 1
            if j < pe and text[j] in _OPENERS and not _closes_first(text, ps, pe, closers):
                piece_start = j + 1
                i = j + 1
            elif closers != "'" and _closes_first(text, ps, pe, closers):
                piece_start = j  # one sentence per line: the quote goes on to its close
                i = j
            else:
                open_q = None
        # straight single marks from here on open nothing: one found to be an apostrophe met
        # no close in the rest of its paragraph, and neither would any after it (reading the
        # paragraph again from each was quadratic: a 20-article story of tokenised text,
        # "it ' s" throughout, took 51 s to brief at 100k)
        apostrophes_from = pe
        while True:
            while i < pe:
                c = text[i]
                if c in "\"'" and _acronym_mark(text, i, pe):
                    i += 1
                    continue
                if open_q is None:
                    if c in _OPENERS and not (c == "'" and i >= apostrophes_from) and _looks_opening(text, i, ps, pe):
                        open_q = RawQuote(pieces=[], open_at=i, close_at=None, para_start=ps)
                        closers = _PAIRS[c]
                        piece_start = i + 1
                elif piece_start is not None and closers == '"' and c == '"' and (cut := _missed_close(text, piece_start, i, pe)):
                    # '"I'm disappointed, …, neighbor Constance Jones said. "These young people …'
                    # (GVC 399367, dev): the writer left the first quote unclosed before its attribution
                    open_q.pieces.append((piece_start, cut))
                    open_q.close_at = cut
                    out.append(open_q)
                    open_q = RawQuote(pieces=[], open_at=i, close_at=None, para_start=ps)
                    piece_start = i + 1
                elif piece_start is not None and (width := _close_width(text, i, piece_start, pe, closers)):
                    open_q.pieces.append((piece_start, i))
                    open_q.close_at = i + width
                    out.append(open_q)
                    open_q = None
                    piece_start = None
                    i += width - 1
                i += 1
            if open_q is None or piece_start is None:
                break
            mixed = _mixed_close(text, piece_start, pe, text[open_q.open_at])
            if mixed is not None:
                open_q.pieces.append((piece_start, mixed))
                open_q.close_at = mixed + 1
                out.append(open_q)
                open_q = None
                break
            open_q.pieces.append((piece_start, pe))
            nxt = paras[p_no + 1] if p_no + 1 < len(paras) else None
            # a straight single mark is an apostrophe as often as a quote: what it opens goes
            # on only into a paragraph that opens with a mark, and one left open at the end
            # of its own paragraph quoted nothing: the paragraph is read again past it
            # ("Charles O 'Reilly, ... who stated, "Great companies ..."": Wikinews)
            apostrophe = closers == "'"
            nxt_opens = nxt is not None and (
                text[nxt[0] : nxt[1]].lstrip()[:1] in _OPENERS
                or not apostrophe and _closes_first(text, nxt[0], nxt[1], closers)
            )
            if nxt_opens:
                break  # `open_q` stays open; it is recorded once closed
            end = len(text[:pe].rstrip())
            if apostrophe and len(open_q.pieces) == 1 and text[end - 1] == "'" and end - 1 > piece_start:
                # closed by the paragraph's last character, a space before it ("'In 1/1000th
                # of a second, it went to hell '": a GVC headline)
                open_q.pieces[-1] = (piece_start, end - 1)
                open_q.close_at = end
            elif apostrophe and len(open_q.pieces) == 1:
                apostrophes_from = open_q.open_at
                i, open_q, piece_start = open_q.open_at + 1, None, None
                continue
            out.append(open_q)
            open_q = None
            break
    if open_q is not None and open_q.pieces:
        out.append(open_q)
    return out


def _closes_first(text: str, ps: int, pe: int, closers: str) -> bool:
    """Is the first quotation mark of this paragraph the close of an open quote?"""
    for i in range(ps, pe):
        c = text[i]
        if (c in closers or c in _OPENERS) and not _acronym_mark(text, i, pe):
            if c not in closers or i == ps or text[i - 1].isspace():
                return False
            return _looks_closing(text, i, ps, pe, c) and not (
                c in "\"'" and i + 1 < pe and text[i + 1].isalnum()
            )
    return False


def _mixed_close(text: str, start: int, pe: int, opener: str) -> int | None:
    """Where a double quote still open at its paragraph's end was closed with the other kind
    of mark: the last such mark when they are unpaired (an odd count) and it looks closing."""
    marks = [i for i in range(start, pe) if text[i] in _MIXED_CLOSERS.get(opener, "") and not _acronym_mark(text, i, pe)]
    if len(marks) % 2 == 0:
        return None
    i = marks[-1]
    return i if _looks_closing(text, i, start, pe, text[i]) else None


def _close_width(text: str, i: int, start: int, pe: int, closers: str) -> int:
    """How many characters at `i` close the open quote: 2 for two right single quotes typed
    for a right double one after a word ("“playing’’"), 1 for a closing mark (or a straight
    one closing a curly quote with no straight mark inside, or a right one closing a
    straight quote), else 0."""
    if "”" in closers and i > start and text.startswith("’’", i) and not text[i - 1].isspace():
        return 2
    if text[i] == '"' and "”" in closers and '"' not in text[start:i]:
        # “…", typed with a straight close (“La morosidad ... dispararse ", dijo ...): a
        # straight mark that cannot open one nested inside closes the curly quote
        return 1 if _looks_closing(text, i, start, pe, '"') and not (i + 1 < pe and text[i + 1].isalnum()) else 0
    if text[i] == "”" and closers == '"' and '"' not in text[i:pe] and (
        text.count("“", start, i) == text.count("”", start, i)
    ):
        # '"It’s terrible …,” said neighbor Laura Sundquist. “Who knows …”': a straight
        # open closed by a right mark no left one opened, with no straight mark left
        return 1 if _looks_closing(text, i, start, pe, "”") else 0
    return 1 if text[i] in closers and _looks_closing(text, i, start, pe, text[i]) else 0


def _acronym_mark(text: str, i: int, pe: int) -> bool:
    """A straight mark between two Hebrew letters is a gershayim or geresh ("ארה\"ב"), but
    not after a one-letter prefix opening the word with two letters or more after it
    ("כ\"מלך הקוצ'יויו\"", as "the king of cochayuyo": MultiLing 2011 M005 in Hebrew; a
    gershayim stands before an acronym's last letter)."""
    if not (0 < i < pe - 1 and HEBREW_LETTER.match(text[i - 1]) and HEBREW_LETTER.match(text[i + 1])):
        return False
    prefix = text[i - 1] in _HEBREW_PREFIXES and (i < 2 or not HEBREW_LETTER.match(text[i - 2]))
    return not (text[i] == '"' and prefix and i + 2 < pe and HEBREW_LETTER.match(text[i + 2]))


_HEBREW_PREFIXES = frozenset("והבכלמש")


def _looks_opening(text: str, i: int, ps: int, pe: int) -> bool:
    c = text[i]
    if c == '"':
        # an opening straight quote is followed by a non-space; not by a comma or a stop, and
        # not right after a number: an inch mark ('uno schermo da 13,3 ", mentre il Pro …
        # a 15" o 17 "', Wikinews Apple in Italian, dev, quoted ", mentre il Pro …")
        if i + 1 < pe and text[i + 1] in ",.;:)" and not text.startswith("..", i + 1):
            return False  # ('"...for me Bali is very much a make or a break."' opens on an ellipsis)
        return i + 1 < pe and (not text[i + 1].isspace() or _spaced_arabic_open(text, i, ps, pe)) and (
            not _after_number(text, i, ps))
    if c in "'‘":
        # not an apostrophe: follows a space or an opening bracket, precedes a word
        before_ok = i == ps or text[i - 1].isspace() or text[i - 1] in "([—-:"
        return before_ok and i + 1 < pe and text[i + 1].isalnum() and not _elision(text, i + 1, pe)
    return True


_ARABIC_AFTER_SPACE = re.compile(r" [\u0621-\u064a]")


def _spaced_arabic_open(text: str, i: int, ps: int, pe: int) -> bool:
    """An Arabic writer's opening mark set apart by spaces ('" الفحوصات التي …،" حسب ما قال',
    '… للصحفيين " انك لا تغش …": MultiLing 2011 M003 in Arabic, development), never one right
    after a word or a comma, which closes; and only when the paragraph's next mark closes,
    no letter right after it ('" ماري …, قالت للبي بي سي ,"انا …': the stray mark opens
    nothing, the one before "انا" opens the quote; M001 in Arabic)."""
    if not ((i == ps or text[i - 1].isspace()) and _ARABIC_AFTER_SPACE.match(text, i + 1, pe)):
        return False
    j = text.find('"', i + 1, pe)
    return j > 0 and not (j + 1 < pe and text[j + 1].isalpha())


def _after_number(text: str, i: int, ps: int) -> bool:
    """A mark written right after a number ("15\"", "13,3 \""): a unit (inches, seconds)."""
    j = i - 1
    if j >= ps and text[j] == " ":
        j -= 1
    return j >= ps and text[j].isdigit()


_YEAR_ELIDED = re.compile(r"\d\d(?:s\b|(?![\w'‘’]))")


def _elision(text: str, i: int, pe: int) -> bool:
    """A lone consonant after the mark is an elided word, not a quoted one: Dutch "cd ‘s",
    "‘s avonds", "'t", "rock 'n' roll" (no word of a Latin-script language is one consonant);
    so are a year's two last digits ("iLife '11", "the '90s": Wikinews trial es, dev)."""
    c = text[i]
    if _YEAR_ELIDED.match(text, i, pe):
        return True
    return (
        c.isalpha() and c.islower() and c.casefold() not in "aeiouyàáâäèéêëìíîïòóôöùúûü"
        and (i + 1 >= pe or not text[i + 1].isalnum())
    )


def _missed_close(text: str, start: int, i: int, pe: int) -> int | None:
    """Where a straight quote left open ends, when a new one opens at i after a sentence's
    end: before the short clause after its last comma that ends that sentence (its
    attribution); None when the mark at i may close the quote."""
    if not (text[i - 1 : i] == " " and text[i - 2 : i - 1] in (".", "!", "?") and i + 1 < pe and text[i + 1].isupper()):
        return None
    comma = text.rfind(",", start, i)
    clause = text[comma + 1 : i].strip() if comma > start else ""
    return comma if clause and 2 <= len(clause.split()) <= 8 and '"' not in clause and clause[0].islower() else None


def _looks_closing(text: str, i: int, start: int, pe: int, c: str) -> bool:
    if i == start:
        return False
    if c in "“" and text[i - 1].isspace() and i + 1 < pe and not text[i + 1].isspace():
        return False  # a new opening mark, not a close written as “
    if c == '"' and text[i - 1].isspace() and i + 1 < pe and text[i + 1].isalnum():
        return False
    if c in "'’" and (text[i - 1].isspace() or (i + 1 < pe and text[i + 1].isalnum())):
        return False  # an apostrophe inside a word ("don't", "Ukraine’s")
    return True


def trim_quote(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "…" and s == e - 1):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def inside_clause(text: str, open_at: int, close_at: int | None) -> bool:
    """A quoted phrase the sentence runs through: a word right before the opening mark and
    the sentence going on in lower case after the closing one ('a rifle above "The 2nd
    Amendment" written in cursive'): an inscription, a title or a term, not speech."""
    if close_at is None:
        return False
    before = text[max(0, open_at - 2) : open_at].rstrip()
    after = text[close_at : close_at + 2].lstrip()
    return bool(before) and before[-1].isalnum() and bool(after) and after[0].islower()


def after_determiner(text: str, open_at: int) -> bool:
    """A determiner right before the opening mark: the quoted phrase is its noun (the « feuille de route de Bali »)."""
    before = text[max(0, open_at - 12) : open_at].rstrip()
    word = re.search(r"[^\W\d_]+['’]?$", before)
    return word is not None and word.group().lower() in nm.DETERMINERS


def without_introductions(text: str, raws: list[RawQuote]) -> list[RawQuote]:
    """A quoted stretch that ends on a colon and runs straight into the next quotation is the
    narration that introduces it, marked as a quote by a translation's quoting of every
    segment ('"Manager Neil Aspinall zei namens Apple Corps het volgende:" "Met alle respect
    ..."', Wikinews nl/40203, development): it is read as the text before the quote."""
    out = []
    for k, r in enumerate(raws):
        nxt = raws[k + 1] if k + 1 < len(raws) else None
        inner = text[r.pieces[0][0] : r.pieces[0][1]].rstrip() if r.pieces else ""
        # (or that runs on into it, the quotation going on in lower case: '"De nieuwe iPhone werd
        # door Jobs geloofd als" "de grootste sprong …"', nl/190356)
        if (nxt is not None and r.close_at is not None and len(r.pieces) == 1 and nxt.pieces
                and (inner.endswith(":") or inner[-1:].isalpha() and text[nxt.pieces[0][0] : nxt.pieces[0][0] + 1].islower())
                and not text[r.close_at : nxt.open_at].strip(" \t")):
            continue
        out.append(r)
    return out


def title_cased(quoted: str) -> bool:
    """A quoted phrase written as a title or a name ("Back to the Mac", "Yes We Can"): every
    word capitalized but the function words, two capitals at least, no sentence inside. Left
    unattributed, it names an event, a work or a slogan; it reports no speech (Wikinews trial
    nl/214601, development: 'Het “Back to the Mac” -evenement' was an unattributed quote)."""
    words = [w.strip(".,;:!?\"'“”«»()") for w in quoted.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or re.search(r"[.!?]\s", quoted):
        return False
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in words)

"""Sentence spans over an article's cleaned text (pysbd, paragraph by paragraph; the
full stops of Arabic, Hebrew, Indic and CJK scripts directly)."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.utils import TextSpan

from synoptic.model import Article, Sentence, Span
from synoptic.text import names as nm
from synoptic.text import segmenter_patterns
from synoptic.text.acronym_stops import place_acronym_cuts
from synoptic.util.scripts import mostly

segmenter_patterns.install()  # pysbd's patterns compiled once, not at every brief (#23)

# pysbd knows these languages; others fall back to English rules, which split
# on the same punctuation for most Latin-script text.
_PYSBD_LANGS = {
    "en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl", "fa",
    "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk",
}
_PARAGRAPH = re.compile(r"[^\n]+")
# Titles pysbd's English rules do not know as abbreviations: a sentence never ends on
# one ("Army Spc. Charles Graner", "Pfc. Lynndie England")
_TITLE_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:" + "|".join(sorted(a.capitalize() for a in nm.TITLE_ABBREVIATIONS)) + r")\.$"
)


# Scripts whose sentences pysbd's rules get wrong: its Arabic rules end a sentence on the
# Arabic comma "،", and its other rules do not know "؟" or "।". Their own punctuation is
# plain enough to split on directly (#18).
_OWN_SCRIPT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"  # Hebrew, Arabic, Syriac, Thaana, N'Ko
    "\u0900-\u0dff"  # Indic scripts (Devanagari ... Sinhala)
    "\u0e00-\u0eff\u1000-\u109f"  # Thai, Lao, Myanmar
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"  # kana, CJK, Hangul
)
# A sentence ends on a full stop of any script ("." "!" "?" "؟" "۔" "।" "॥" "。" "！" "？"
# "…"), with the closing quotes and brackets after it; the Latin marks only before a space
# (not "3.5"), the full-width ones anywhere. Commas ("،", "、", "，") never end one.
_OWN_END = re.compile(
    r"(?:[.!?؟۔।॥…]+[\"'”’»)\]]*(?=\s|$)|[。！？]+[\"'”’»）」』)\]]*"
    # a full stop run into the next sentence's first Arabic letter, its space lost in typing
    # ("... 2007.انهى فينوكوروف"): not after a one-letter abbreviation ("د.محمد", Dr.)
    r"|(?<=\w\w)[.!?؟]+(?=[\u0620-\u064a]))"
)

# "St." / "Mt." / "Ft." opening a place's name after a lower-case word or a piece's start
# ("De fabriek in St. Louis is ..."): pysbd's Dutch, Spanish and French rules end a
# sentence there. After a capitalised word it may be a street that ends one ("on Bragg St.").
_PLACE_ABBREVIATION_END = re.compile(
    r"(?:^|(\S*)\s)(?:" + "|".join(sorted(a.capitalize() for a in nm.PLACE_ABBREVIATIONS)) + r")\.$"
)
# "a.m." / "p.m." ending a piece after a clock time ("1:45 a.m.", "11 p.m.")
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_DASH_OPENING = re.compile(r"\s*(?:--?|[–—])\s")
# a piece that opens on a comma, semicolon or colon carries on the sentence an
# abbreviation seemed to end ("at 2111 Bragg St., just west of Interstate 30")
_PUNCT_OPENING = re.compile(r"\s*[,;:،]")
# a piece ending on a full stop before a word all in lower case: the stop was an
# abbreviation's ("tegen Apple Inc. om diens apparaat"), no sentence opens so ("iPhone" and
# "eBay" have a capital inside and may)
_FULL_STOP_END = re.compile(r"[^.]\.[\"'”’»)\]]*$")
_LOWER_WORD_OPENING = re.compile(r"\s*[(\[]?[^\W\d_A-Z]+\b")  # ("Apple Inc. (che è stato ...")
# "ha dichiarato il CEO di Apple Inc. Steve Jobs.": after a company's abbreviation, a piece
# that is only a name and its full stop ends the same sentence (no sentence is a bare name)
_COMPANY_END = re.compile(r"\b(?:" + "|".join(sorted(a.capitalize() for a in nm.COMPANY_ABBREVIATIONS)) + r")\.$")
_BARE_NAME = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\.\s*$")


def _ends_on_place_abbreviation(piece: str) -> bool:
    """Does a piece end on "St." / "Mt." after a lower-case word, a comma or its start?"""
    m = _PLACE_ABBREVIATION_END.search(piece.rstrip())
    if not m:
        return False
    before = m.group(1) or ""
    return not before or not before[0].isupper()


def _continues_clock(piece: str) -> bool:
    """Does a piece after a clock time go on with its day, date or zone, or in lower case?"""
    m = _FIRST_WORD.match(piece.lstrip())
    if not m:
        return False
    word = m.group()
    return word[0].islower() or word.casefold() in nm.CALENDAR_WORDS or word.isupper() and len(word) <= 4


def _own_script(text: str) -> bool:
    """Is most of the paragraph's letters in a script `_OWN_SCRIPT` covers?"""
    return mostly(text, _OWN_SCRIPT)


# the last dot of a dotted abbreviation of short letter groups ("सी.ओ.पी.", "(एम.ई.एम.)",
# Hindi writing C.O.P. and M.E.M.), or of one letter ("د. محمد", Dr.): in these scripts a
# sentence ends on its own mark ("।", "؟") or after a word
_DOTTED_ABBREVIATION = re.compile(r"(?:^|[\s(\[])(?:(?:[^\W\d_][^\s.]{0,2}\.)+[^\W\d_][^\s.]{0,2}|[^\W\d_])$")


def split_own_script(text: str) -> list[tuple[int, int]]:
    """Sentence pieces of a paragraph written in a script with its own full stops."""
    pieces, start = [], 0
    for m in _OWN_END.finditer(text):
        if m.group().rstrip("\"'”’»)]") == "." and _DOTTED_ABBREVIATION.search(text, max(0, m.start() - 40), m.start()):
            continue
        pieces.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        pieces.append((start, len(text)))
    return pieces


class _Segmenter(pysbd.Segmenter):
    r"""pysbd's segmenter, its sentences placed in the text by `str.find` instead of a
    regular expression compiled for each sentence (`re.escape(sentence) + r"\s*"`): the
    same spans, but pysbd's way compiled a new pattern per sentence and flushed Python's
    pattern cache, so every other pattern was compiled again (a quarter of `text.analyze`
    on GVC articles)."""

    def sentences_with_char_spans(self, sentences):
        if not all(sentences):  # an empty pattern matches everywhere: pysbd's own way
            return super().sentences_with_char_spans(sentences)
        text = self.original_text
        spans = []
        prior_end = 0
        for sent in sentences:
            pos = 0
            while (start := text.find(sent, pos)) >= 0:
                end = start + len(sent)
                while end < len(text) and text[end].isspace():  # the pattern's trailing \s*
                    end += 1
                if end > prior_end:  # the first match past the previous sentence, as pysbd takes
                    spans.append(TextSpan(text[start:end], start, end))
                    prior_end = end
                    break
                pos = end  # matches do not overlap: the next is searched after this one
        return spans


@lru_cache(maxsize=32)
def _segmenter(language: str) -> pysbd.Segmenter:
    lang = language if language in _PYSBD_LANGS else "en"
    return _Segmenter(language=lang, clean=False, char_span=True)


def _in_heading(start: int, end: int, headings: list[tuple[int, int]]) -> bool:
    return any(h_start <= start and end <= h_end for h_start, h_end in headings)


def split_sentences(article: Article) -> list[Sentence]:
    """Sentences never cross a line break; headings are single sentences flagged as such."""
    text = article.text
    segmenter = _segmenter((article.language or "en").split("-")[0])
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.span()
        if _in_heading(p_start, p_end, article.headings):
            pieces = [(p_start, p_end)]
        elif _own_script(para.group()):
            pieces = [(p_start + s, p_start + e) for s, e in split_own_script(para.group())]
        else:
            pieces = _join_after_titles(
                para.group(), _split_glued(para.group(), [(s.start, s.end) for s in segmenter.segment(para.group())]),
                p_start,
            )
        for start, end in pieces:
            # trim whitespace so spans are exact sentence text
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            # a stray quote mark or dash split off by the segmenter states nothing
            if end <= start or not any(ch.isalnum() for ch in text[start:end]):
                continue
            sentences.append(
                Sentence(
                    span=Span(article.id, start, end, text[start:end]),
                    index=len(sentences),
                    is_heading=_in_heading(start, end, article.headings),
                )
            )
    return sentences


# scraped text that lost the space after a full stop: "arrested on Friday.Police say ...",
# "before joining the Army.He was known ...". Two lower-case letters before the stop keep
# abbreviations ("Mr.", "St.", "U.S.") and domains ("abc7ny.com") whole.
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# a stop and a quotation mark run into the next sentence: the mark closes this sentence's
# quotation ('… He didn't deserve that."Neighbors say …') or opens the next one's
# ('… at Jacobi Hospital."He was nice, …'), as the straight marks before it pair up
_GLUED_QUOTE = re.compile(r"(?<=[a-z]{2}[.!?])([\"”’])(?=[A-Z][a-z])")


def _split_glued(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces cut again where a sentence runs into the next without a space."""
    out = []
    for start, end in pieces:
        cuts = [m.start() for m in _GLUED_STOP.finditer(text, start, end)] + place_acronym_cuts(text, start, end)
        for m in _GLUED_QUOTE.finditer(text, start, end):
            closes = m.group(1) != '"' or text.count('"', 0, m.start()) % 2 == 1
            cuts.append(m.end() if closes else m.start())
        for cut in sorted(cuts):
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


# no sentence ends on an article: its point opens a number ("a .357 Magnum", "a . 45-caliber")
_COMMA_END = re.compile(r",\s*[\"'”’»]?$")
_ARTICLE_STOP = re.compile(r"(?:^|\s)(?:a|an|the)\s*\.$", re.IGNORECASE)


def _join_after_titles(text: str, pieces: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """Pieces of a paragraph, rejoined where one ends on a title before a name, or on a
    clock time's "a.m."/"p.m." before the day or zone it belongs to ("at 1:45 a.m.
    Wednesday, police said"), or before a spaced dash."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and _TITLE_ABBREVIATION.search(text[out[-1][0] : out[-1][1]].rstrip()) and (
            text[start:end].lstrip()[:1].isupper()
        ):
            out[-1] = (out[-1][0], end)
        elif out and _ends_on_place_abbreviation(text[out[-1][0] : out[-1][1]]) and (
            text[start:end].lstrip()[:1].isupper()
        ):
            out[-1] = (out[-1][0], end)
        elif out and _COMPANY_END.search(text[out[-1][0] : out[-1][1]].rstrip()) and _BARE_NAME.match(
            text[start:end]
        ):
            out[-1] = (out[-1][0], end)
        elif out and _CLOCK_END.search(text[out[-1][0] : out[-1][1]].rstrip()) and _continues_clock(
            text[start:end]
        ):
            out[-1] = (out[-1][0], end)
        elif out and _FULL_STOP_END.search(text[out[-1][0] : out[-1][1]].rstrip()) and (
            (w := _LOWER_WORD_OPENING.match(text, start)) and w.group().strip().islower()
        ):
            out[-1] = (out[-1][0], end)
        elif out and _COMMA_END.search(text[out[-1][0] : out[-1][1]].rstrip()):
            # '"… they argued , " Dorsey told NBC10': a comma ends no sentence (ECB+ 22, dev)
            out[-1] = (out[-1][0], end)
        elif out and _ARTICLE_STOP.search(text[out[-1][0] : out[-1][1]].rstrip()) and text[start:end].lstrip()[:1].isdigit():
            # "grabbed a . 357 Magnum": a calibre's point after an article (ECB+ 22, dev, tokenised)
            out[-1] = (out[-1][0], end)
        elif out and (_DASH_OPENING.match(text, start) or _PUNCT_OPENING.match(text, start)):
            # "INDIANAPOLIS, Ind. -- A man ...", "LITTLE ROCK, Ark. - A man ...": no sentence
            # opens on a spaced dash or a comma; the abbreviation before it ended none (a
            # dateline is then cut as one)
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [(offset + s, offset + e) for s, e in out]

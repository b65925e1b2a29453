"""Does a source sentence stand alone in a brief? Datelines, credits, dangling openings.

A summary sentence is a span of its article. Wire copy glues a dateline, a byline or a
wire credit to the first sentence ("NAIROBI, Kenya (AP) _ FBI agents ..."): the span
then starts after them (`lead_offset`), so it stays exact. A sentence whose first words
point back ("He", "The two", "Mais", "Die beiden") needs the sentence before it
(`dangles`); a promo ("Read ... today") and a caption or an editor's bracketed note
glued into a sentence are not statements of the story (`not_a_statement`).

The word lists are per language in `synoptic.lang` (`DANGLING_OPENINGS`,
`PROMO_OPENINGS`, `TIME_NOUNS`); the patterns here are about layout, not words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic import lang
from synoptic.settings import TimeSettings
from synoptic.text.dateline import lead_offset
from synoptic.text.timex import find_times

__all__ = [
    "dangles",
    "introduces_list",
    "caption_paragraph",
    "is_caption",
    "is_promo",
    "lead_offset",
    "not_a_statement",
    "opens_on_relative_day",
    "quote_piece",
]

# a caption or a credit glued into a sentence: it is not the story's statement
_CAPTION = re.compile(
    r"\((?:Photos?|Foto|Image|Picture|Bild)\s*(?:credit\s*)?[:/]|\b(?:Image (?:caption|copyright)|"
    r"Photo(?:graph)?\s*:|Pictured\s*:|Credit\s*:|Getty Images|Crédit photo)",
    re.IGNORECASE,
)
# "[See attached related story...]", "[Editor's note: ...]": a note to editors
# an editor's note: a bracketed aside of a word and two more after it ("[Editor's note: …]"),
# or a bracket the line leaves open. Read bracket by bracket: one pattern with the word inside
# backtracked over every split of a long unclosed bracket's text (42 s of one story's brief
# at 100k synthetic articles, an Arabic sentence opening "[" and never closing it)
_BRACKETED = re.compile(r"\[([^\]\n]*)\]")
_UNCLOSED_BRACKET = re.compile(r"\[[^\]\n]*$")
_NOTE_WORD = re.compile(r"[^\W\d_]{2,}")
_SPACE = re.compile(r"\s")


def _editor_note(text: str) -> bool:
    for m in _BRACKETED.finditer(text):
        word = _NOTE_WORD.search(m.group(1))
        if word is not None and len(_SPACE.findall(m.group(1), word.end())) >= 2:
            return True
    return "[" in text and _UNCLOSED_BRACKET.search(text) is not None
# a telephone number ("(765) 456-7107", "419-255-1111", "1-800-222-TIPS", "+44 800 789 321"):
# a sentence holding one asks the reader to call, it states nothing of the event
_PHONE = re.compile(
    r"(?<![\w-])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])|\b1-8\d\d-\w{3}-\w{4}\b"
    r"|(?<![\w+])\+\d{1,3}(?:[\s-]\d{2,4}){2,4}(?![\w-])"
)
_WORD = re.compile(r"[^\s\"“”'‘’«»()\[\],.;:!?]+(?:['’][^\s\"“”'‘’«»()\[\],.;:!?]+)?")
_OPENING_MARKS = "\"“”'‘’«»„([ \t\n-–—"


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].split("_")[0].lower()


def _opening(text: str, n: int) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text.lstrip(_OPENING_MARKS)[:200])[:n]]


def dangles(text: str, language: str | None) -> bool:
    """Does the sentence open on a word that needs an earlier sentence ("He", "But",
    "Another", "The two")? Demonstratives before a time noun ("This week") do not."""
    code = _base(language)
    openings = lang.stop_words(code, "DANGLING_OPENINGS") or lang.stop_words("en", "DANGLING_OPENINGS")
    words = _opening(text, 3)
    if not words:
        return False
    if len(words) >= 2 and " ".join(words[:2]) in openings:
        return True
    prefixes = lang.stop_words(code, "DANGLING_PREFIXES")
    if any(words[0].startswith(p) and len(words[0]) > len(p) + 1 for p in prefixes):
        return True
    if _subject_gap(words, code) or _object_clitic(text, code) or _pronoun_speaker(text, code):
        return True
    # a pronoun with a clitic ("It's", "They're", "He'll") leans on its referent as the
    # pronoun alone does
    first = words[0] if words[0] in openings else words[0].split("'")[0]
    if first not in openings or (first != words[0] and len(first) < 2):
        return False
    times = lang.stop_words(code, "TIME_NOUNS") or lang.stop_words("en", "TIME_NOUNS")
    return not (len(words) >= 2 and words[1] in times)


# the words after a quote's closing mark that name its speaker: "», a-t-il dit", "," he said"
_SPEAKER_WORDS = 4
_CLOSING = re.compile(r"[\"”»](?=[^\"”»]*$)")


def _pronoun_speaker(text: str, code: str) -> bool:
    """A quote that opens the sentence and whose speaker, after the closing mark, is a
    pronoun ("« Honnêtement … », a-t-il dit.", "\"…,\" she said."): who speaks is named
    in a sentence before it, and next to another sentence of a brief the pronoun would
    name that sentence's person."""
    if text.lstrip()[:1] not in "\"“«„" or not text.strip():
        return False
    close = _CLOSING.search(text)
    if close is None or close.start() == 0:
        return False
    pronouns = lang.stop_words(code, "PRONOUNS") or lang.stop_words("en", "PRONOUNS")
    # the cue's clause: up to its first stop or comma ("said Nagin, who met him": Nagin)
    cue = re.split(r"[,.;:!?]", text[close.end():].lstrip(" ,\t"), maxsplit=1)[0]
    words = re.findall(r"[^\W\d_]+", cue)
    return 0 < len(words) <= _SPEAKER_WORDS and any(w.casefold() in pronouns for w in words)


_CLITIC_SPAN = 6  # "Le président de la République l'a reçu": the subject's words, then the verb


def _object_clitic(text: str, code: str) -> bool:
    """An object pronoun before an auxiliary among the first words, the subject's and the
    verb's ("Le jury l'a condamné à dix ans", "El jurado lo ha condenado"): whom it names
    is in the sentence before (languages with `OBJECT_CLITICS`)."""
    clitics = lang.stop_words(code, "OBJECT_CLITICS")
    if not clitics:
        return False
    auxiliaries = lang.stop_words(code, "AUXILIARIES")
    words = _opening(text, _CLITIC_SPAN + 1)
    for i in range(1, len(words)):
        word = words[i]
        elided = next((c for c in clitics if c.endswith("'") and word.startswith(c)), None)
        if elided and word[len(elided):] in auxiliaries:
            return True
        if word in clitics and i + 1 < len(words) and words[i + 1] in auxiliaries:
            return True
    return False


def _subject_gap(words: list[str], code: str) -> bool:
    """An opening verb with the conjunction "و" and, where its subject would stand, a
    particle or preposition ("وأضاف أن", "واتهم بالاعتداء"): the subject is the previous
    sentence's (languages with `SUBJECT_GAP_WORDS`, Arabic)."""
    gaps = lang.stop_words(code, "SUBJECT_GAP_WORDS")
    if not gaps or len(words) < 2:
        return False
    first, following = (w.strip("،؛؟") for w in words[:2])
    core = first[1:]
    if not first.startswith("و") or len(core) < 3 or core.startswith("ال"):
        return False
    if core in lang.stop_words(code, "NOT_VERBS"):
        return False
    return following in gaps or following.startswith(("بال", "لل"))


def is_promo(text: str, language: str | None) -> bool:
    """An imperative to the reader ("Read ... today", "Subscribe to ..."), outside quotes."""
    stripped = text.lstrip()
    if stripped[:1] in "\"“«'‘":
        return False
    code = _base(language)
    promos = lang.stop_words(code, "PROMO_OPENINGS") | lang.stop_words("en", "PROMO_OPENINGS")
    words = _opening(stripped, 2)
    return bool(words) and (words[0] in promos or " ".join(words) in promos or _sponsor_notice(stripped, code))


def _sponsor_notice(text: str, code: str) -> bool:
    """The publication saying who pays for it ("This week's podcast is sponsored by X"): a
    subject that names the publication itself and a phrase of sponsorship; a sponsor of
    what the news tells of ("The rally was sponsored by the union") is news."""
    codes = (code, "en")
    openings = frozenset().union(*(lang.stop_words(c, "SELF_OPENINGS") for c in codes))
    words = _opening(text, 1)
    if not words or words[0] not in openings:
        return False
    # the phrase follows a short subject ("This week's Tennis Podcast is sponsored by")
    head = " ".join(_opening(text, _SPONSOR_REACH))
    for phrase in (p for c in codes for p in lang.stop_words(c, "SPONSOR_PHRASES")):
        at = head.find(phrase)
        if at > 0:
            subject = head[:at].split()
            nouns = frozenset().union(*(lang.stop_words(c, "PUBLICATION_NOUNS") for c in codes))
            return any(w in nouns for w in subject)
    return False


_SPONSOR_REACH = 12  # words: a subject of up to seven words, then the phrase (hand-set)


def quote_piece(text: str) -> bool:
    """A quotation opened and not closed (or closed and not opened): the sentence is a
    piece of a longer quote, cut from the sentences that tell who speaks."""
    return (text.count("“") != text.count("”") or text.count('"') % 2 == 1
            or text.count("«") != text.count("»"))


@lru_cache(maxsize=1 << 12)  # asked of each sentence by the timeline and by the summary
def not_a_statement(text: str, language: str | None) -> bool:
    """A promo, a caption or credit glued into the sentence, a photo caption on its own
    line, an editor's note, the lead-in of a list ("The other victims were identified
    as:") whose items follow it, or an appeal with a number to call ("Anyone with
    information is asked to contact Crime Stopper at 419-255-1111.", GVC 688979 dev)."""
    return (bool(_CAPTION.search(text) or _editor_note(text) or introduces_list(text) or _PHONE.search(text))
            or is_promo(text, language) or is_caption(text, language))


_CAPTION_TOKEN = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?")
_CAPTION_MAX_WORDS = 12  # a caption is a short line (MultiLing dev M002: 6 words)


def is_caption(text: str, language: str | None) -> bool:
    """A photo caption that stands as a sentence: a noun phrase with its place and time
    and no finite verb ("HMS Cornwall at Zeebrugge in 2006.", MultiLing M0020). Layout,
    not words: short; it holds a number (the year, the date); every word is a name
    (capitalised), a number, or a function word of the language (`FUNCTION_WORDS`) that
    governs a name or a number (a preposition: "at Zeebrugge", "in 2006"). A verb, finite
    or not, is a lowercase word outside the function words ("met", "visits") or a function
    word that governs none ("was in"), so a statement never passes; a script without
    capitals (Arabic) never passes either (conservative: a caption missed stays a
    candidate, a statement lost would not)."""
    words = _CAPTION_TOKEN.findall(text.lstrip(_OPENING_MARKS))
    if not 2 <= len(words) <= _CAPTION_MAX_WORDS or not any(w[0].isdigit() for w in words):
        return False
    code = _base(language)
    function = lang.stop_words(code, "FUNCTION_WORDS") or lang.stop_words(code, "STOP_WORDS")
    if not function:
        return False
    named = 0
    for n, word in enumerate(words):
        if word[0].isdigit():
            continue
        if not word[0].isupper():
            following = words[n + 1] if n + 1 < len(words) else ""
            if word.casefold() not in function or not following or following[0].islower():
                return False
        elif word.casefold() not in function:
            named += 1
    return named >= 2


# a paragraph that ends on a parenthesis opening with a short label and a colon: "(File
# photo: …)", "(ملف الصورة : …)", "(Foto: …)" after its last sentence
_LABELLED_END = re.compile(r"[.!?؟]\s*\((?:[^\W\d_][\w'’-]*\s*){1,3}[:：][^()\n]*\)\s*[.。]?\s*$")


def caption_paragraph(text: str, at: int) -> bool:
    """Is the paragraph (line) holding position `at` a photo caption, as the labelled note in
    parentheses that ends it says ("قارب قابل للنفخ … يوم 23 مارس 2007. (ملف الصورة : …)",
    MultiLing 2011 M0023 in Arabic, dev: the caption was a dated event of the timeline)? A
    label inside a sentence ("Acme (NYSE: ACME) said") is no caption's."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    return bool(_LABELLED_END.search(line)) or _arabic_caption_line(line)


def _arabic_caption_line(line: str) -> bool:
    """A paragraph of one short Arabic line that only names things and a year ("اتش ام اس
    كورنوال في زيبروغ في عام 2006.", HMS Cornwall at Zeebrugge in 2006, MultiLing 2011 M0020,
    dev): with no capitals to tell names, its words are function words, numbers, spelled-out
    Latin letters and at least two long words in the letters of transliterated names (no
    letter only Arabic's own words use), none shaped as a verb; `is_caption` reads the
    capitals of other scripts."""
    from synoptic.text import arabic_translit as tr
    from synoptic.text import arabic_words as an

    words = _CAPTION_TOKEN.findall(line)
    if not 2 <= len(words) <= _CAPTION_MAX_WORDS or not an.is_arabic(line) or not any(w[0].isdigit() for w in words):
        return False
    if len(_SENTENCE_STOP.findall(line.strip().rstrip(".؟!"))) > 0:
        return False  # one sentence only
    kinds = []  # "n" a name word, "f" a function word (a number or a spelled letter: neither)
    for w in words:
        f = an.fold(w)
        if f in an.FUNCTION:  # (before the spelled letters: "في" is also "F")
            kinds.append("f")
            continue
        if w[0].isdigit() or f in an._LETTERS:
            continue
        if len(f) < 4 or f.startswith("ال") or not tr._looks_foreign(w) or an._verb_shaped(w) or an._bare(f) in an.VERBS:
            return False
        kinds.append("n")
    # a thing, then where it is ("كورنوال في زيبروغ"): names on both sides of a preposition
    return "nfn" in "".join(k for i, k in enumerate(kinds) if not i or k != kinds[i - 1])


_SENTENCE_STOP = re.compile(r"[.!?؟]\s")


def introduces_list(text: str) -> bool:
    """A sentence ending on a colon announces what follows it; alone it states nothing."""
    return text.rstrip().endswith((":", "："))


def opens_on_relative_day(text: str, language: str | None, settings: TimeSettings) -> bool:
    """Does the sentence open (within its first two words) on a day named relative to its
    article's date ("Today, ...", "Earlier today", "Yesterday", "This morning", "Hier",
    "Heute", "Ayer", "Vandaag", "أمس")? The words are the time finder's (`text.timex`:
    English, French, Spanish and dateparser's data for the other languages); in a brief
    of several days such a word says nothing of when."""
    body = text.lstrip(_OPENING_MARKS)
    words = list(_WORD.finditer(body[:80]))
    if not words:
        return False
    reach = words[1].end() if len(words) > 1 else words[0].end()
    return any(f.expr.kind == "deictic" and f.start < reach
               for f in find_times(body[:120], _base(language), settings))

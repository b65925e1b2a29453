"""People in Hindi, a script without capitals: a name is read from the words around it.

Two forms are read. A title before the name gives the name and its role: "प्रधानमंत्री
टोनी ब्लेयर ने", "सचिव बैन की-मून ने", "सुश्री उत्तर कहते हैं" (the name runs to the first
postposition, particle or punctuation mark). The subject of a verb of saying, marked by
"ने", gives a name without a title when it has two or three words: "के डेविड मिलार ने कहा";
one word only when it is the last or first word of a name found so ("बाद में बैन ने कहा").
A run holding a noun for people or bodies ("रक्षा मंत्रालय ने कहा", "पुलिस ने कहा") or an
oblique plural ("-ों": "पर्यावरण संगठनों ने कहा") names no person, nor does a run an
auxiliary follows ("समर्थक चलाते हैं": a predicate). Across MultiLing 2011's
Hindi development articles these forms name a person nearly every time. Once found, the
name's other occurrences in the article are mentions too.
"""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.model import Article, EntityMention, Sentence, Span
from synoptic.util.scripts import DEVANAGARI_LETTER, mostly

# a word of Devanagari letters and signs, hyphenated parts joined ("की-मून"); zero-width
# joiners and spaces occur inside words in typed Hindi
_WORD = r"[\u0900-\u0963\u0971-\u097f\u200b-\u200d]+(?:-[\u0900-\u0963\u0971-\u097f\u200b-\u200d]+)*"
_TOKEN = re.compile(rf"(?P<w>{_WORD})|\S")
TITLES = lang.stop_words("hi", "NAME_TITLES")
TITLE_COMPLEMENTS = lang.stop_words("hi", "TITLE_COMPLEMENTS")
VERBS = lang.stop_words("hi", "SPEECH_VERBS")
FUNCTION = lang.stop_words("hi", "FUNCTION_WORDS") | lang.stop_words("hi", "PRONOUNS")
NOUNS = lang.stop_words("hi", "PERSON_NOUNS")
AUXILIARIES = lang.stop_words("hi", "AUXILIARIES")
_AGENT = "ने"  # the ergative postposition: the subject of a past transitive verb
_MAX_WORDS = 3


def is_hindi(text: str) -> bool:
    return mostly(text, DEVANAGARI_LETTER)


def _tokens(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_word) of each token; punctuation, digits and Latin are not words."""
    return [(m.start(), m.end(), m.group("w") is not None) for m in _TOKEN.finditer(text)]


def _clean(word: str) -> str:
    return re.sub("[\u200b-\u200d]", "", word)


def _plain(text: str, token: tuple[int, int, bool]) -> bool:
    """A word that may belong to a name: no grammar word, title or title complement."""
    word = _clean(text[token[0]:token[1]])
    return token[2] and not any(word in words for words in (FUNCTION, TITLES, TITLE_COMPLEMENTS, VERBS))


def _names_a_person(words: list[str]) -> bool:
    """A run of words that names no body, group or thing, and is no oblique plural."""
    return 0 < len(words) <= _MAX_WORDS and not any(w in NOUNS or w.endswith("ों") for w in words)


def _role_start(text: str, tokens: list[tuple[int, int, bool]], i: int) -> int:
    """Index of the first word of the title ending at token i ("प्रधान मंत्री", "विदेश सचिव")."""
    while i > 0 and tokens[i - 1][2] and _clean(text[tokens[i - 1][0]:tokens[i - 1][1]]) in TITLE_COMPLEMENTS:
        i -= 1
    return i


def _titled(text: str, tokens: list[tuple[int, int, bool]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(role span, name span) of each name a title opens."""
    found = []
    for i, (s, e, is_word) in enumerate(tokens):
        if not is_word or _clean(text[s:e]) not in TITLES:
            continue
        j = i + 1
        while j < len(tokens) and _plain(text, tokens[j]):
            j += 1
        words = [_clean(text[a:b]) for a, b, _ in tokens[i + 1:j]]
        if j >= len(tokens) or not _names_a_person(words) or text[tokens[j][0]:tokens[j][1]] in AUXILIARIES:
            continue  # a name ends at a postposition or a mark; before an auxiliary it is a predicate
        found.append(((tokens[_role_start(text, tokens, i)][0], e), (tokens[i + 1][0], tokens[j - 1][1])))
    return found


def _speakers(text: str, tokens: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Spans of the word runs that are the subject of a verb of saying ("X ने कहा")."""
    found = []
    for i in range(1, len(tokens) - 1):
        s, e, _ = tokens[i]
        nxt = tokens[i + 1]
        if text[s:e] != _AGENT or not nxt[2] or _clean(text[nxt[0]:nxt[1]]) not in VERBS:
            continue
        j = i
        while j > 0 and _plain(text, tokens[j - 1]):
            j -= 1
        if j > 0 and tokens[j - 1][2] and _clean(text[tokens[j - 1][0]:tokens[j - 1][1]]) in TITLES:
            continue  # a title before it: read by `_titled`
        words = [_clean(text[a:b]) for a, b, _ in tokens[j:i]]
        if _names_a_person(words):
            found.append((tokens[j][0], tokens[i - 1][1]))
    return found


def extract_hindi(article: Article, sentences: list[Sentence]) -> list[EntityMention]:
    """Persons of an article written in Hindi: those a title or a verb of saying names,
    wherever named."""
    text = article.text
    tokens = _tokens(text)
    found: list[EntityMention] = []
    for (rs, re_), (ns, ne) in _titled(text, tokens):
        found.append(EntityMention(
            Span(article.id, ns, ne, text[ns:ne]), "PERSON", role=text[rs:re_],
            role_span=Span(article.id, rs, re_, text[rs:re_]), evidence="cue",
        ))
    names = {m.span.text for m in found}
    speakers = _speakers(text, tokens)
    names |= {text[s:e] for s, e in speakers if " " in text[s:e]}
    ends = {part for name in names for part in (name.split()[0], name.split()[-1]) if " " in name}
    names |= {text[s:e] for s, e in speakers if text[s:e] in ends}
    taken = [(m.span.start, m.span.end) for m in found]
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\u0900-\u097f]){re.escape(name)}(?![\u0900-\u097f])", text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(EntityMention(Span(article.id, s, e, name), "PERSON", evidence="cue"))
    return sorted(found, key=lambda m: m.span.start)

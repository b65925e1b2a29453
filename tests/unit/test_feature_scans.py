"""The quicker scans of an article's names, words and date words find what the plain
definitions find (#23: each was made cheaper, never different)."""

from __future__ import annotations

import re

from synoptic.link.features import _STOP_CAPS, _fold, _in_capitals, named_forms
from synoptic.model import Article
from synoptic.text.timex import _TRIGGER_SET, find_words
from synoptic.vectors import _WORD, _words, fold_text

# a token as `named_forms` was first written to visit every one
_CAP_TOKEN = re.compile(r"\b[^\W\d_][\w'’-]*", re.UNICODE)

TEXTS = [
    "He said o'Neil and d'Artagnan met McDonald in Paris.",
    "A well-Known x-Ray; 'Bush said' that ‘Obama’ went to l’Élysée with O'Brien.",
    "--Abc said -Def and x'-Ghi met Jkl-Mno, then 'Tis 'Pqr.",
    "3D Abc_Def _Xyz a1B met Ⅻ Roman and ǅemal in Athens.",
    "Ο Τσίπρας συνάντησε τον Μπλερ στην Αθήνα και ο Πούτιν είπε «Όχι».",
    "Путин встретил Ципраса в Москве, сказал Лавров.",
    "THE PRESIDENT SPOKE TODAY IN WASHINGTON ABOUT IT\nThen Smith's aide—Jones—left.",
    "The mayor of São Paulo met Ana María and Müller’s team on Tuesday, 16 décembre.",
    "नरेंद्र मोदी ने कहा कि भारत आगे बढ़ेगा।",
    "Café crème costs 3€ at the Zürich e\u0301cole, said Zoë.",
]


def _named_forms_plainly(article: Article) -> dict[str, str]:
    """`named_forms` as first written: every token of `_CAP_TOKEN` looked at in turn."""
    keys: dict[str, str] = {}
    for line in f"{article.title}\n{article.text}".splitlines():
        if _in_capitals(line):
            continue
        for match in _CAP_TOKEN.finditer(line):
            word = match.group()
            if not word[0].isupper():
                continue
            before = line[max(0, match.start() - 3) : match.start()].rstrip(" \t\"'“‘«(")
            if not before or before[-1] in ".!?:":
                continue
            folded = _fold(word)
            if len(folded) > 2 and folded not in _STOP_CAPS:
                keys.setdefault(folded, word)
    return keys


def test_named_forms_are_those_of_every_token_in_turn():
    for text in TEXTS:
        article = Article(id="a", source="a", title="Headline Here", text=text)
        assert list(named_forms(article).items()) == list(_named_forms_plainly(article).items()), text
    # a capital inside a word after an apostrophe is not a name of its own
    inside = named_forms(Article(id="b", source="b", text="He met d'Artagnan and 'Bush there."))
    assert "artagnan" not in inside and "bush" in inside


def test_words_are_those_of_the_unicode_pattern():
    for text in TEXTS:
        folded = fold_text(text)
        assert _words(folded) == _WORD.findall(folded), text


def test_find_words_are_the_whole_words_of_the_vocabulary():
    for text in TEXTS + ["yesterday's storm, the day before yesterday; todays and today. mardi hier"]:
        low = text.lower()
        present = {w for w in _TRIGGER_SET if re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", low)}
        expected = sorted((m.start(), m.end(), m.group()) for w in present
                          for m in re.finditer(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", low))
        assert find_words(low, _TRIGGER_SET) == expected, text

"""A word keeps the marks of its letters: Python's \\w takes no Devanagari vowel sign, so
every Hindi text read as the same few fragments and one store's Hindi articles of different
topics grouped together. The passage is MultiLing 2011 M002 in Hindi (development; CC BY 3.0,
see NOTICE)."""

from __future__ import annotations

from synoptic.link.dedup import _words
from synoptic.text.tokens import tokenize
from synoptic.vectors import _WORD, fold_text

TITLE = "ईरान द्वारा निरुध ब्रिटिश नाविकों पर जासूसी के लिये मुकद्दमा चलेगा"


def test_hindi_words_are_whole():
    assert _WORD.findall(fold_text(TITLE))[:5] == ["ईरान", "दवारा", "निरुध", "बरिटिश", "नाविकों"]
    assert _words(TITLE)[:4] == ["ईरान", "द्वारा", "निरुध", "ब्रिटिश"]
    assert [t.text for t in tokenize(TITLE, 0)][:4] == ["ईरान", "द्वारा", "निरुध", "ब्रिटिश"]


def test_latin_words_unchanged():
    assert _WORD.findall(fold_text("Le séisme de 2010, abc1 x")) == ["le", "seisme", "de"]

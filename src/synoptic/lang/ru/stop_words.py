"""Russian function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    и в во на с со по о об от до из за для при но а или что как это этот эта эти он она они
    мы я вы его её ее их также однако после перед когда если сегодня вчера завтра
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("я мы ты вы он она оно они".split())

# Verbs of saying (past and present): a quotation's cue, its speaker next to them
# ("заявил Рябков").
SPEECH_VERBS = frozenset(
    """
    сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила
    подчеркнул подчеркнула сообщил сообщила сообщили пояснил пояснила говорит заявляет
    отмечает подчеркивает подчёркивает признал признала ответил ответила
    """.split()
)

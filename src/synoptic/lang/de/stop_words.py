"""German function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# No evidence of content: lexical overlap of facts and the brief's concepts skip them.
STOP_WORDS = frozenset(
    """
    der die das und ein eine ist nicht mit von zu den dem des sich auf für
    """.split()
)

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    der die das ein eine und oder aber im am zu von mit den dem des
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset("ich du er sie wir ihr".split())

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("ich du er sie es wir ihr".split())

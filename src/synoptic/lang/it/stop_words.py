"""Italian function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    il lo gli una e o ma per con del della
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    io tu egli lui noi voi loro secondo anche inoltre dopo prima quando mentre dove come
    perché questo questa questi queste tra fra
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("io tu egli lui lei noi voi essi loro".split())

"""Dutch function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    ik jij je hij zij ze wij we jullie het een de en maar volgens
    andere eerder ook na toen terwijl waar hoe omdat deze dit
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie".split())

# Nouns for people and groups that open sentences: never a person's name alone.
PERSON_NOUNS = frozenset(
    """
    diplomaten agenten getuigen bewoners onderzoekers soldaten deskundigen analisten
    experts slachtoffers passagiers artsen studenten werknemers advocaten
    """.split()
)

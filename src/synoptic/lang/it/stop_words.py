"""Italian function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    il lo gli una e o ma per con del della
    """.split()
)

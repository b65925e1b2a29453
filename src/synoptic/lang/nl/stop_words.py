"""Dutch function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# A sentence opening with one of these needs the sentence before it for its referent
# ("het" and "de" are articles too: only "het is"/"het was" lean back).
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    hij
    zij
    ze
    hem
    hun
    haar
    zijn
    dit
    deze
    dat
    die
    maar
    en
    of
    echter
    ook
    dan
    daarna
    daarom
    bovendien
    toch
    verder
    het is
    het was
    een ander
    een andere
    de twee
    beide
    beiden
        daarnaast
    daarmee
    hiermee
    daardoor
    hierdoor
    daarbij
    hierbij
    ook dat
""".strip().splitlines()
)

PROMO_OPENINGS = frozenset(
    line.strip()
    for line in """
    lees
    abonneer
    klik
    volg
    bekijk
    download
    deel
    """.strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    week maand jaar ochtend middag avond nacht weekend zomer winter lente herfst
    """.split()
)

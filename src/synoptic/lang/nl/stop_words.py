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

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    ik jij je hij zij ze wij we jullie het een de en maar volgens
    andere eerder ook na toen terwijl waar hoe omdat deze dit
    vervolgens daarna daarnaast later inmiddels intussen ondertussen bovendien echter tevens
    verder vandaag gisteren morgen nu dan ook eerst tenslotte uiteindelijk
    tijdens sinds ondanks hoewel alhoewel nadat voordat wanneer zonder vanaf tussen naast qua
    daarom daardoor hierdoor dus zowel
    """.split()
)


# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie".split())


# Nouns for people and groups that open sentences: never a person's name alone.
PERSON_NOUNS = frozenset(
    """
    diplomaten agenten getuigen bewoners onderzoekers soldaten deskundigen analisten
    experts slachtoffers passagiers artsen studenten werknemers advocaten brandweerlieden
    activisten omstanders
    """.split()
)

# Verbs of saying (past and present): a quotation's cue, its speaker next to them ("zei Reid").
SPEECH_VERBS = frozenset(
    """
    zei zegt zeiden zeggen verklaarde verklaart aldus benadrukte benadrukt stelde stelt
    voegde meldde meldt antwoordde vertelde vertelt waarschuwde waarschuwt schreef twitterde
    """.split()
)


# Legal forms and business nouns written inside a name ("Philips NV", "ING Groep",
# "Koninklijke Luchtvaart Maatschappij"): a name holding one is an organisation's.
CORPORATE_WORDS = frozenset(
    """
    nv n.v. bv b.v. groep maatschappij holding verzekeringen spaarbank
    """.split()
)


# Adjectives of a faith or a church, capitalized in names: a name holding one is no person's.
FAITH_ADJECTIVES = frozenset(
    """
    katholiek katholieke protestant protestantse orthodox orthodoxe anglicaans anglicaanse baptist methodist lutherse evangelisch evangelische moslim moslims islamitisch islamitische joods joodse soenniet soennitische sjiitisch sjiitische hindoe boeddhist koptisch koptische
    """.split()
)

# a notice that the publication itself is paid for (see lang/en)
SPONSOR_PHRASES = frozenset(["wordt gesponsord door", "wordt mogelijk gemaakt door", "wordt aangeboden door",
                             "wordt gepresenteerd door"])
SELF_OPENINGS = frozenset("deze dit onze ons".split())
# nouns for the publication itself or a part of it: the subject of a sponsor's notice
# holds one ("This week's Tennis Podcast")
PUBLICATION_NOUNS = frozenset("podcast aflevering programma nieuwsbrief serie rubriek inhoud artikel pagina site editie video".split())

# Prepositions that make the place after them their object ("in Cupertino, California"),
# never a speech verb's subject, and the name after "<preposition> <place>," a region of
# that place (`text/place_pairs.py`; Wikinews trial nl/214601, development).
PLACE_PREPOSITIONS = frozenset("in te bij uit vanuit nabij naar".split())

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("en".split())

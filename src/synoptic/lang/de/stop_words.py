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

# A sentence opening with one of these needs the sentence before it for its referent.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    er
    sie
    es
    ihr
    ihre
    ihm
    ihn
    sein
    seine
    dies
    diese
    dieser
    dieses
    aber
    und
    oder
    doch
    jedoch
    auch
    dann
    danach
    deshalb
    daher
    außerdem
    trotzdem
    zudem
    ein weiterer
    eine weitere
    ein weiteres
    die beiden
    beide
        damit
    dadurch
    daneben
    dabei
    darüber hinaus
""".strip().splitlines()
)

PROMO_OPENINGS = frozenset(
    line.strip()
    for line in """
    lesen sie
    abonnieren sie
    klicken sie
    folgen sie
    hören sie
    sehen sie
    jetzt
    """.strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    woche monat jahr morgen nachmittag abend nacht wochenende sommer winter frühling herbst
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    ich du er sie wir ihr später zuvor danach dann heute gestern morgen außerdem jedoch
    zudem inzwischen bereits schließlich
    """.split()
)


# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("ich du er sie es wir ihr".split())

# Verbs of saying (past and present): a quotation's cue, its speaker next to them ("sagte Merkel").
SPEECH_VERBS = frozenset(
    """
    sagte sagt sagten erklärte erklärt betonte betont fügte warnte warnt schrieb antwortete
    meinte meint berichtete bestätigte
    """.split()
)


# Legal forms and business nouns written inside a name ("Opel GmbH", "Deutsche Bank AG",
# "Volkswagen Konzern"): a name holding one is an organisation's.
CORPORATE_WORDS = frozenset(
    """
    gmbh ag kg kgaa konzern gesellschaft werke versicherung holding
    """.split()
)

# a notice that the publication itself is paid for (see lang/en)
SPONSOR_PHRASES = frozenset(["wird gesponsert von", "wird präsentiert von", "wird unterstützt von",
                             "wird ermöglicht durch"])
SELF_OPENINGS = frozenset("dieser diese dieses unser unsere".split())
# nouns for the publication itself or a part of it: the subject of a sponsor's notice
# holds one ("This week's Tennis Podcast")
PUBLICATION_NOUNS = frozenset("podcast folge episode sendung programm newsletter serie rubrik inhalt artikel seite ausgabe video".split())

# Prepositions that make the place after them their object ("in Cupertino, California"),
# never a speech verb's subject, and the name after "<preposition> <place>," a region of
# that place (`text/place_pairs.py`; Wikinews trial nl/214601, development).
PLACE_PREPOSITIONS = frozenset("in im bei aus nach nahe".split())

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("und".split())

"""Italian function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    il lo gli una e o ma per con del della
    """.split()
)

# A sentence opening with one of these needs the sentence before it for its referent.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    lui
    lei
    loro
    esso
    essa
    questo
    questa
    questi
    queste
    ma
    e
    però
    tuttavia
    anche
    poi
    inoltre
    quindi
    un altro
    un'altra
    i due
    le due
    entrambi
    """.strip().splitlines()
)

PROMO_OPENINGS = frozenset(
    line.strip()
    for line in """
    leggi
    iscriviti
    clicca
    seguici
    guarda
    scarica
    """.strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    settimana mese anno mattina pomeriggio sera notte estate inverno primavera autunno
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    io tu egli lui noi voi loro secondo anche inoltre dopo prima quando mentre dove come
    perché questo questa questi queste tra fra
    il gli un una nel nella nei nelle sul sulla alla ma però tuttavia infatti oggi ieri
    durante già ancora così dunque quindi poi intanto invece sebbene benché ecco ogni
    alcuni alcune molti molte tutti tutte
    """.split()
)

# Endings of finite verbs (passato remoto plural) that open a sentence before a name.
VERB_ENDINGS = ("arono", "irono", "erono")


# Personal pronouns: never a name, and no speaker between a name and its speech verb.
# (with the reflexive and object clitics that open sentences: "Si tratta di", "Ne parla")
PRONOUNS = frozenset("io tu egli lui lei noi voi essi loro si ci vi ne mi ti".split())

# Verbs of saying (participles and present): a quotation's cue ("ha detto Prodi").
SPEECH_VERBS = frozenset(
    """
    detto dice dichiarato dichiara affermato afferma aggiunto aggiunge spiegato spiega
    sottolineato sottolinea annunciato avvertito risposto scritto commentato commenta
    ammesso ammette riconosciuto riconosce dicendo affermando aggiungendo spiegando
    rivelato rivela riferito riferisce osservato osserva ribadito ribadisce precisato precisa
    commentando dichiarando
    """.split()
)


# Legal forms and business nouns written inside a name ("Gruppo Fiat", "Società Autostrade",
# "Banca Intesa", "Fiat SpA"): a name holding one is an organisation's.
CORPORATE_WORDS = frozenset(
    """
    spa s.p.a. srl s.r.l. gruppo banca società societa compagnia industrie assicurazioni
    holding aerolinee linee cassa risparmio mutua
    """.split()
)


# An object pronoun before an auxiliary among a sentence's first words ("La giuria lo ha
# condannato", "l'ha condannato") names someone the sentence before introduced; "l'" is
# written onto the auxiliary.
OBJECT_CLITICS = frozenset("lo la li le gli l'".split())
AUXILIARIES = frozenset("ha hanno aveva avevano avrà avranno avrebbe è sono era erano".split())
# prepositions (and their contractions with an article) that open an adverbial phrase before a
# speech verb whose ending carries its subject ("Tras la reunión, afirmó que", "Nel suo intervento
# ha detto che"); an article after the phrase opens the verb's own subject instead
CLAUSE_PREPOSITIONS = frozenset(
    "durante in nel nella nello nei negli nelle dopo prima al alla allo ai agli alle di del della dello dei degli delle da dal dalla con col secondo su sul sulla per a"
    .split()
)
SUBJECT_ARTICLES = frozenset("il lo la i gli le un uno una l' l’".split())


# Adjectives of a faith or a church, capitalized in names: a name holding one is no person's.
FAITH_ADJECTIVES = frozenset(
    """
    cattolico cattolica cattolici protestante protestanti ortodosso ortodossa anglicano anglicana battista metodista luterano luterana evangelico evangelica musulmano musulmana musulmani islamico islamica ebreo ebraico ebraica sunnita sciita induista buddista copto maronita
    """.split()
)

# a notice that the publication itself is paid for (see lang/en)
SPONSOR_PHRASES = frozenset(["è sponsorizzato da", "è sponsorizzata da", "è offerto da", "è offerta da",
                             "è presentato da", "è presentata da"])
SELF_OPENINGS = frozenset("questo questa questo nostro nostra".split())
# nouns for the publication itself or a part of it: the subject of a sponsor's notice
# holds one ("This week's Tennis Podcast")
PUBLICATION_NOUNS = frozenset("podcast episodio programma newsletter speciale serie rubrica contenuto articolo pagina sito edizione video".split())

# Prepositions that make the place after them their object ("in Cupertino, California"),
# never a speech verb's subject, and the name after "<preposition> <place>," a region of
# that place (`text/place_pairs.py`; Wikinews trial nl/214601, development).
PLACE_PREPOSITIONS = frozenset("a in da nel nella nei negli presso verso ad".split())

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("e ed".split())
# Endings of the gerund: a speech verb so ending has its clause's subject ("…, saying").
GERUND_ENDINGS = tuple("ando endo".split())

"""Spanish function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# No evidence of content: lexical overlap of facts and the brief's concepts skip them.
STOP_WORDS = frozenset(
    """
    el los las y del al por con para una es lo se su sus que
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    el los las unos unas del al y o pero según para por con sin en su sus
    lunes martes miércoles jueves viernes sábado domingo
    un una aunque cuando mientras tras además también después antes luego entonces incluso
    asimismo durante desde hasta hoy ayer ya aún si ni pues porque donde este esta estos
    estas ese esa esos esas dicho dicha dichos dichas cada todo toda todos todas muchos
    muchas algunos algunas varios varias otro otra otros otras ambos ambas posteriormente
    anteriormente finalmente actualmente
    """.split()
)

# Verbs of saying beyond the past-tense ones of `text/attribution_words.py`: the perfect's
# participle ("ha expresado el CEO de Apple Inc., Steve Jobs", Wikinews trial es, dev: the
# quote was unattributed), the imperfect ("confesaba Neil Aspinall") and a few preterites.
SPEECH_VERBS = frozenset(
    """
    dicho afirmado declarado añadido explicado asegurado señalado indicado advertido
    subrayado agregado reconocido admitido expresado manifestado comentado confesado
    expresó manifestó comentó confesó sostuvo apuntó
    decía afirmaba declaraba explicaba aseguraba señalaba confesaba comentaba
    """.split()
)

# Endings of finite verbs (preterite, imperfect) that open a sentence before a name
# ("Creó Apple en 1976", "Anunció Jobs"): such a first word is no part of the name.
VERB_ENDINGS = ("ó", "aron", "ieron", "aba", "aban")

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    el los las y o pero por para con del lo se su sus
    """.split()
)

# End the search for the noun a number counts ("100,000 troops", not "100,000 of the").
NOUN_SEARCH_WORDS = frozenset(
    """
    el los las del al con por para es son han fueron fue según desde sin entre hacia
    y o u e
    """.split()
)

# A sentence opening with one of these needs the sentence before it for its referent.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    él
    ella
    ellos
    ellas
    su
    sus
    este
    esta
    estos
    estas
    ese
    esa
    esos
    esas
    eso
    esto
    pero
    y
    o
    sin embargo
    también
    además
    entonces
    luego
    así
    por eso
    otro
    otra
    otros
    otras
    los dos
    las dos
    ambos
    ambas
        por su parte
    de este modo
    así mismo
    asimismo
""".strip().splitlines()
)

PROMO_OPENINGS = frozenset(
    line.strip()
    for line in """
    lea
    lee
    suscríbete
    suscríbase
    haga clic
    haz clic
    síguenos
    mira
    descarga
    comparte
    """.strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    semana mes año mañana tarde noche fin verano invierno primavera otoño temporada
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
# (with the reflexive and object clitics that open sentences: "Se dice que el iMac ...")
PRONOUNS = frozenset("yo tú él ella nosotros nosotras vosotros ellos ellas usted ustedes se me te nos os".split())


# Nouns for people and groups that open sentences: never a person's name alone.
PERSON_NOUNS = frozenset(
    """
    investigadores testigos vecinos diplomáticos policías manifestantes rescatistas soldados
    militares expertos observadores autoridades víctimas pasajeros médicos estudiantes
    trabajadores abogados jueces padres niños ciudadanos rebeldes sospechosos portavoz
    """.split()
)


# Legal forms and business nouns written inside a name ("Banco Santander", "Grupo Fiat",
# "Compañía Sud Americana de Vapores", "Telefónica S.A."): a name holding one is an organisation's.
CORPORATE_WORDS = frozenset(
    """
    sa s.a. s.l. s.a.b. cía grupo banco compañía compania corporación corporacion empresa
    empresas aerolíneas aerolineas líneas industrias sociedad caja seguros financiera
    ahorros mutua mutual
    """.split()
)


# An object pronoun before an auxiliary among a sentence's first words ("El jurado lo ha
# condenado") names someone the sentence before introduced.
OBJECT_CLITICS = frozenset("lo la los las le les".split())
AUXILIARIES = frozenset("ha han había habían habrá habrán habría habrían".split())
# prepositions (and their contractions with an article) that open an adverbial phrase before a
# speech verb whose ending carries its subject ("Tras la reunión, afirmó que", "Nel suo intervento
# ha detto che"); an article after the phrase opens the verb's own subject instead
CLAUSE_PREPOSITIONS = frozenset(
    "durante en tras después antes al del de desde con según sobre ante para por a"
    .split()
)
SUBJECT_ARTICLES = frozenset("el la los las un una unos unas lo".split())


# Adjectives of a faith or a church, capitalized in names: a name holding one is no person's.
FAITH_ADJECTIVES = frozenset(
    """
    católico católica católicos protestante protestantes ortodoxo ortodoxa anglicano anglicana bautista metodista luterano luterana evangélico evangélica musulmán musulmana musulmanes islámico islámica judío judía judíos suní sunita chií chiita hindú budista copto maronita
    """.split()
)

# a notice that the publication itself is paid for (see lang/en)
SPONSOR_PHRASES = frozenset(["está patrocinado por", "está patrocinada por", "es patrocinado por",
                             "es patrocinada por", "es presentado por", "es presentada por"])
SELF_OPENINGS = frozenset("este esta nuestro nuestra".split())
# nouns for the publication itself or a part of it: the subject of a sponsor's notice
# holds one ("This week's Tennis Podcast")
PUBLICATION_NOUNS = frozenset("podcast episodio programa boletín newsletter especial serie sección contenido artículo página sitio edición columna vídeo video".split())

# Prepositions that make the place after them their object ("in Cupertino, California"),
# never a speech verb's subject, and the name after "<preposition> <place>," a region of
# that place (`text/place_pairs.py`; Wikinews trial nl/214601, development).
PLACE_PREPOSITIONS = frozenset("en a al desde hacia cerca".split())

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("y e".split())
# Endings of the gerund: a speech verb so ending has its clause's subject ("…, saying").
GERUND_ENDINGS = tuple("ando iendo".split())

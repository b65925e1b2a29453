"""French function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# No evidence of content: lexical overlap of facts and the brief's concepts skip them.
STOP_WORDS = frozenset(
    """
    le la les un une des du de et en au aux dans pour par sur avec est sont
    qui que qu ce cette ces il elle ils elles se sa son ses leur leurs pas ne
    plus été être avoir ont fait mais ou où donc car comme selon après avant
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    le la les un une des du de et en au aux ce cette ces il elle ils elles nous vous mais
    ou donc or ni car selon pour par sur dans avec sans
    lundi mardi mercredi jeudi vendredi samedi dimanche
    après avant lorsque quand alors ainsi toutefois cependant pendant depuis lors puis enfin
    aussi déjà hier aujourd'hui cet
    quelques plusieurs certains certaines chaque tous toutes tout toute aucun aucune autres
    nombreux nombreuses beaucoup environ notre nos votre vos leurs
    """.split()
)

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    le la les un une des du de et ou mais il elle ils elles nous vous je en au aux
    """.split()
)

# End the search for the noun a number counts ("100,000 troops", not "100,000 of the").
NOUN_SEARCH_WORDS = frozenset(
    """
    de des du la le les et ou qui que en à au aux par pour sur dans est sont ont ont été
    selon avec sans entre chez vers après avant depuis
    """.split()
)

# A sentence opening with one of these needs the sentence before it for its referent.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    il
    elle
    ils
    elles
    lui
    leur
    leurs
    son
    sa
    ses
    ce
    cet
    cette
    ces
    cela
    ceci
    ça
    celui-ci
    celle-ci
    mais
    et
    or
    donc
    cependant
    pourtant
    toutefois
    néanmoins
    ainsi
    aussi
    puis
    ensuite
    alors
    par ailleurs
    de plus
    en outre
    un autre
    une autre
    d'autres
    les deux
    tous deux
    toutes deux
        en effet
    de ce fait
    pour sa part
    quant à lui
    quant à elle
""".strip().splitlines()
)

PROMO_OPENINGS = frozenset(
    line.strip()
    for line in """
    lisez
    lire aussi
    à lire
    abonnez-vous
    cliquez
    suivez
    regardez
    téléchargez
    partagez
    inscrivez-vous
    écoutez
    découvrez
    """.strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    semaine mois année an matin après-midi soir nuit week-end été hiver printemps automne saison
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
# (with the reflexive "se" that opens sentences: "Se disant ...")
PRONOUNS = frozenset("je j' j’ tu il elle on nous vous ils elles moi toi lui eux se".split())


# Nouns for people and groups that open sentences: never a person's name alone.
PERSON_NOUNS = frozenset(
    """
    enquêteurs témoins habitants diplomates policiers manifestants secouristes soldats
    militaires experts observateurs responsables autorités victimes passagers médecins
    étudiants ouvriers salariés avocats juges parents enfants gens citoyens rebelles
    suspects porte-parole chercheurs scientifiques
    """.split()
)


# Legal forms and business nouns written inside a name ("Groupe PSA", "Banque Populaire",
# "Renault SA"): a name holding one is an organisation's.
CORPORATE_WORDS = frozenset(
    """
    sa s.a. sas s.a.s. sarl cie groupe banque compagnie société industries
    assurances mutuelle
    """.split()
)


# An object pronoun before an auxiliary among a sentence's first words ("Le jury l'a
# condamné", "Le tribunal les a libérés") names someone the sentence before introduced;
# "l'" is written onto the auxiliary. An article before an auxiliary cannot stand there.
OBJECT_CLITICS = frozenset("le la les lui leur l'".split())
AUXILIARIES = frozenset(
    "a ont avait avaient aura auront aurait auraient est sont était étaient sera seront".split()
)


# Lower-case adjectives that continue a capitalized name: "les Nations unies", "l'Union
# européenne", "le Parlement européen" (French capitalizes only a name's first word).
NAME_ADJECTIVES = frozenset("unies unis européenne européen".split())

# Nouns that open an organisation's name written in lower case after its first word ("le
# Conseil des monuments nationaux du Chili", "le Centre de recherche forestière
# internationale", "la Chambre des représentants").
ORG_NAME_HEADS = frozenset(
    """
    chambre sénat assemblée conseil centre comité ministère institut office organisation banque
    cour tribunal agence fédération commission fonds programme bureau haut-commissariat
    """.split()
)


# Adjectives of a faith or a church, capitalized in names: a name holding one is no person's.
FAITH_ADJECTIVES = frozenset(
    """
    catholique catholiques protestant protestante protestants orthodoxe orthodoxes anglican anglicane baptiste méthodiste luthérien luthérienne évangélique évangéliques musulman musulmane musulmans islamique juif juive juifs sunnite sunnites chiite chiites hindou bouddhiste copte maronite
    """.split()
)

# a notice that the publication itself is paid for (see lang/en)
SPONSOR_PHRASES = frozenset(["est sponsorisé par", "est sponsorisée par", "est parrainé par",
                             "est parrainée par", "vous est proposé par", "vous est proposée par"])
SELF_OPENINGS = frozenset("ce cette cet notre nos".split())
# nouns for the publication itself or a part of it: the subject of a sponsor's notice
# holds one ("This week's Tennis Podcast")
PUBLICATION_NOUNS = frozenset("podcast épisode émission newsletter lettre programme dossier série rubrique contenu article page site édition chronique vidéo".split())

# Prepositions that make the place after them their object ("in Cupertino, California"),
# never a speech verb's subject, and the name after "<preposition> <place>," a region of
# that place (`text/place_pairs.py`; Wikinews trial nl/214601, development).
PLACE_PREPOSITIONS = frozenset("à en dans au aux près depuis vers".split())

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("et".split())

"""Czech words, one list per purpose (see `synoptic.lang`). Short on purpose: its
pronouns and function words ("on", "my", "a", "to") are English words too, and the lists
of every language are read together."""

from __future__ import annotations

# Verbs of saying (past and present): a quotation's cue, its speaker next to them
# ("řekl Topolánek", "uvedla mluvčí").
SPEECH_VERBS = frozenset(
    """
    řekl řekla řekli uvedl uvedla uvedli dodal dodala dodali prohlásil prohlásila sdělil
    sdělila vysvětlil vysvětlila zdůraznil zdůraznila poznamenal poznamenala napsal napsala
    uvádí říká řekne odpověděl odpověděla varoval varovala
    """.split()
)

# Titles before a name beyond those of `text/names.py` TITLE_HEADS, masculine and feminine:
# "Reportér Wikinews Diego Grez informoval", "novinářka Tania Arce", "Policista José
# Arévalo" (MultiLing 2011 M005 in Czech, development: the brief listed the person
# "Reportér Wikinews Diego Grez").
NAME_TITLES = frozenset(
    """
    reportér reportérka novinář novinářka redaktor redaktorka zpravodaj zpravodajka
    komentátor komentátorka fotograf fotografka policista policistka hasič mluvčí
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes). Only
# words no other language here writes ("Ale", but not "to" or "a").
FUNCTION_WORDS = frozenset(
    """
    ale však také když podle během jeho její jejich tento tato toto tyto který která které
    protože zatímco dnes včera zítra podobně nicméně proto přesto podle
    navíc mezitím nakonec později potom poté zároveň rovněž například avšak letos loni
    """.split()
) | SPEECH_VERBS

# Czech writes only the first word of a name in capitals ("Evropská unie", "Organizace
# spojených národů", "Spojené království"): the lower-case words that continue one.
NAME_ADJECTIVES = frozenset(
    """
    unie unii komise komisi státy států království spojených spojené národů národy republika
    republiky
    """.split()
)

# A title governs what it is of in the genitive, with no preposition ("ředitel Úřadu OSN",
# "mluvčí Červeného kříže", "prezident Mezinárodní cyklistické unie"; MultiLing 2011 M000,
# M003): the endings of a genitive adjective and the genitives of organisations' head
# nouns that open such a complement. A person's name after a title stands in the title's
# case (nominative "ředitel Jan Egeland"), so these open no name there.
GENITIVE_ENDINGS = ("ého", "ské", "cké", "ové", "ního")
GENITIVE_HEADS = frozenset(
    """
    úřadu institutu výboru svazu ministerstva organizace agentury univerzity rady komise
    unie fondu centra nadace společnosti strany vlády sněmovny senátu parlamentu soudu
    banky policie armády kříže spolku sdružení federace asociace akademie mezinárodní
    národní světové evropské
    """.split()
)

# Common nouns for people and groups that open sentences ("Organizátoři Tour požádali",
# MultiLing 2011 M003): never a person's name on their own.
PERSON_NOUNS = frozenset(
    """
    organizátoři vyšetřovatelé úředníci svědci obyvatelé lékaři policisté vojáci námořníci
    záchranáři odborníci vědci demonstranti představitelé diplomaté politici novináři
    reportéři lidé občané cyklisté jezdci účastníci pozůstalí rodiny oběti
    """.split()
)

# Past plural endings of finite verbs that open sentences before a name ("Opustili Írán",
# "they left Iran", MultiLing 2011 M002): no part of the name. (Not the feminine "-la":
# "Daniela", "Pavla" are given names.)
VERB_ENDINGS = ("ili", "ěli", "yli", "ovali", "ovaly")
# (Czech capitalizes them only where they open a sentence or a quotation)
FUNCTION_WORDS = FUNCTION_WORDS | PERSON_NOUNS

# Nouns of nationality, capitalized in Czech ("Dán Michael Rasmussen", the Dane; MultiLing
# 2011 M003): a person's description before their name, never part of it. Four letters
# and more: "Ir", "Nor", "Rus" may be parts of names.
DEMONYMS = frozenset(
    """
    dán dánka brit britka britové američan američanka američané francouz francouzka němec
    němka ital italka španěl španělka čech češka slovák slovenka polák polka skot skotka
    australan australanka kanaďan kanaďanka íránec íránka iráčan iráčanka japonec japonka
    číňan číňanka rumun rumunka chilan chilanka belgičan belgičanka nizozemec nizozemka
    švéd švédka rakušan rakušanka švýcar švýcarka kolumbijec lucemburčan lucemburčanka
    ukrajinec ukrajinka maďar maďarka
    """.split()
)

# Weekdays, as a dateline run into the first sentence opens with them ("Sobota, 26. března
# 2005 Až čtyřikrát více žen…", MultiLing 2011 M000: the timeline entry kept the dateline).
WEEKDAY_NAMES = frozenset("pondělí úterý středa čtvrtek pátek sobota neděle".split())

# Case endings a noun of nationality takes after its nominative ("Španěl" -> "Španělem",
# "před Španělem Albertem Contadorem", "Dánovi", "Italů"); a feminine "-a" gives way to
# them ("Dánka" -> "Dánkou"): text/names.is_demonym reads a demonym in any case
CASE_ENDINGS = ("em", "ovi", "ové", "ům", "ech", "ů", "a", "u", "e", "é", "y", "i", "ou")

# Words that make a weekday the last or the next one, written before it ("minulý čtvrtek",
# last Thursday: on a Thursday, the week before).
WEEKDAY_PAST = frozenset("minulý minulou minulé minulého minulém minulá".split())
WEEKDAY_NEXT = frozenset("příští příštího příštím".split())

# Month names dateparser lacks: the instrumental ("spojení se 7. červencem", "mezi 30. dubnem
# a 1. květnem"; MultiLing 2011 M001, M005, development: no date was read), January first.
MONTH_NAMES = ("lednem", "únorem", "březnem", "dubnem", "květnem", "červnem", "červencem", "srpnem", "zářím",
               "říjnem", "listopadem", "prosincem")

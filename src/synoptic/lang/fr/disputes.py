"""French words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES` and
`lang/en/disputes.py` for what each list is)."""

HONORIFICS = frozenset("m monsieur mme madame mlle mademoiselle me maitre maître dr docteur pr professeur".split())
OCCURRENCE_VERBS = frozenset(
    {"s'est produit", "s'est produite", "s’est produit", "s’est produite", "a eu lieu",
     "est survenu", "est survenue", "s'est déroulé", "s'est déroulée", "s’est déroulé",
     "s’est déroulée"}
)
GENERIC_EVENT_NOUNS = frozenset("drame incident tragédie événement evenement".split())
GOOD_MANNER = frozenset("bien suffisamment correctement convenablement".split())
BAD_MANNER = frozenset("mal insuffisamment mediocrement".split())
ORDINALS = frozenset("premier premiere deuxieme second seconde troisieme autre dernier derniere nouveau nouvelle".split())
RUNNING_TOTAL = frozenset({"jusqu'à présent", "jusqu’à présent", "jusqu'ici", "jusqu’ici", "à ce jour", "au total", "un total de", "depuis le début"})
# Ordinals tied to a named bearer (see `lang/en/disputes.py`), unaccented as `unidecode` writes
# them where matched so; "second" is left out of the values (also "a second").
ORDINAL_VALUES = frozenset(
    f"{word} {i}" for i, word in enumerate(
        """premier deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme
        onzieme douzieme""".split(), start=1)
) | frozenset({"premiere 1"})
ORDINAL_COPULAS = frozenset({"est le", "est la", "etait le", "etait la", "sera le", "sera la", "devient le",
                             "devient la", "est devenu le", "est devenue la"})
REPEAT_PHRASES = frozenset({"pour la {ord} fois"})
REPEAT_ACTS = frozenset({"conserve defense", "conservait defense", "defend defense", "defendu defense",
                         "defendait defense"})
PEOPLE_KINDS = frozenset("""adulte adultes adolescent adolescents adolescente adolescentes enfant enfants
    homme hommes femme femmes garcon garcons garçon garçons fille filles mineur mineurs jeune jeunes""".split())
AND_WORDS = frozenset({"et", "ou"})

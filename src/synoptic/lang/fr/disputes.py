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

"""Spanish words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES` and
`lang/en/disputes.py` for what each list is)."""

HONORIFICS = frozenset("sr señor senor sra señora senora srta señorita don doña dona dr doctor".split())
OCCURRENCE_VERBS = frozenset({"ocurrió", "ocurrio", "tuvo lugar", "sucedió", "sucedio", "se produjo"})
GENERIC_EVENT_NOUNS = frozenset("incidente tragedia suceso hecho hechos drama".split())
GOOD_MANNER = frozenset("bien suficientemente adecuadamente debidamente".split())
BAD_MANNER = frozenset("mal insuficientemente inadecuadamente".split())
ORDINALS = frozenset("primer primera primero segundo segunda tercer tercera otro otra ultimo ultima nuevo nueva".split())

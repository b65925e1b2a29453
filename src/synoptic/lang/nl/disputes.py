"""Dutch words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES` and
`lang/en/disputes.py` for what each list is)."""

HONORIFICS = frozenset("dhr heer mevr mevrouw mw mr meester dr dokter prof professor".split())
OCCURRENCE_VERBS = frozenset({"gebeurde", "vond plaats", "voltrok zich", "deed zich voor"})
GENERIC_EVENT_NOUNS = frozenset("incident drama tragedie voorval gebeurtenis".split())
GOOD_MANNER = frozenset("goed voldoende degelijk".split())
BAD_MANNER = frozenset("slecht onvoldoende gebrekkig".split())
ORDINALS = frozenset("eerste tweede derde andere laatste nieuwe".split())

"""German words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES` and
`lang/en/disputes.py` for what each list is)."""

HONORIFICS = frozenset("herr frau fräulein dr doktor prof professor".split())
OCCURRENCE_VERBS = frozenset({"ereignete sich", "geschah", "passierte", "fand statt"})
GENERIC_EVENT_NOUNS = frozenset("vorfall tragödie unglück drama ereignis".split())
GOOD_MANNER = frozenset("gut ausreichend hinreichend".split())
BAD_MANNER = frozenset("schlecht unzureichend mangelhaft".split())
ORDINALS = frozenset("erste ersten zweite zweiten dritte dritten andere anderen letzte letzten neue neuen".split())

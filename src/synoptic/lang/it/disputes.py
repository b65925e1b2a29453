"""Italian words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES` and
`lang/en/disputes.py` for what each list is)."""

HONORIFICS = frozenset("sig signor signore sig.ra signora dott dottor dottore dottoressa prof professore".split())
OCCURRENCE_VERBS = frozenset(
    {"è avvenuto", "è avvenuta", "è accaduto", "è accaduta", "ha avuto luogo",
     "si è verificato", "si è verificata", "è successo", "è successa"}
)
GENERIC_EVENT_NOUNS = frozenset("tragedia episodio dramma fatto".split())
GOOD_MANNER = frozenset("ben bene sufficientemente adeguatamente".split())
BAD_MANNER = frozenset("mal male insufficientemente inadeguatamente".split())
ORDINALS = frozenset("primo prima secondo seconda terzo terza altro altra ultimo ultima nuovo nuova".split())

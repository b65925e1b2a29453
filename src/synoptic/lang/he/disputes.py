"""Hebrew words the dispute finders and the name reader take (see `synoptic.lang.DISPUTE_PURPOSES`
and `lang/en/disputes.py` for what each list is)."""

# courtesy titles before a name that say nothing of a post ("סר יאן בלייר", "גברת נורט'")
HONORIFICS = frozenset("""סר מר מרת גברת גב' ד"ר דוקטור""".split())

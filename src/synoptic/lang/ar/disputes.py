"""Arabic words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES` and
`lang/en/disputes.py` for what each list is). Arabic puts the verb first ("وقع الحادث",
"the incident happened"): the finders read the event noun after these verbs."""

HONORIFICS = frozenset("السيد السيدة الآنسة الدكتور الدكتورة الأستاذ".split())
OCCURRENCE_VERBS = frozenset("وقع وقعت حدث حدثت جرى جرت".split())
GENERIC_EVENT_NOUNS = frozenset("الحادث الحادثة المأساة الواقعة".split())
ORDINALS = frozenset("الأول الأولى الثاني الثانية الثالث الثالثة الأخرى الآخر الجديد الجديدة".split())
RUNNING_TOTAL = frozenset({"حتى الآن", "حتى اليوم", "في المجموع", "إجمالي", "بالإجمال", "ما مجموعه"})

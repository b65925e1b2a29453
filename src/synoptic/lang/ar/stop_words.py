"""Arabic function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# A sentence opening with one of these (a personal or demonstrative pronoun, with or
# without the conjunction و, or a contrastive connective) needs the sentence before it.
# "و" alone opens most Arabic news sentences ("وقال"): it is not in the list.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    هو
    هي
    هم
    هما
    هن
    وهو
    وهي
    وهم
    وهما
    هذا
    هذه
    ذلك
    تلك
    هؤلاء
    وهذا
    وهذه
    وذلك
    لكن
    ولكن
    لكنه
    لكنها
    ولكنه
    غير أن
    إلا أن
    بيد أن
    كما
        حيث
    حيث أن
    إذ
    كما أن
    والتي
    الذي
    التي
    الذين
""".strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    الأسبوع العام الشهر اليوم الصباح المساء الليلة السنة
    """.split()
)

# An opening word with one of these prefixes continues the sentence before: "و" or "ف"
# ("and", "so") glued to a definite noun ("والتقصير"), a list's next item, not a clause.
DANGLING_PREFIXES = frozenset(
    """
    وال فال
    """.split()
)

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

# Capitalized only because they open a sentence: never a name (entities, quotes). Only
# words no other language here writes ("Ale", but not "to" or "a").
FUNCTION_WORDS = frozenset(
    """
    ale však také když podle během jeho její jejich tento tato toto tyto který která které
    protože zatímco dnes včera zítra podobně nicméně proto přesto podle
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

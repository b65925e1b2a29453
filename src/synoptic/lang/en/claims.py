"""English words the cross-statement claim finders read (`compare/detectors/statements.py`,
`cross_claims.py`, `state_claims.py`, `place_claims.py`); general vocabulary, matched
unaccented and case folded. Each list is described where it is defined, the main ones here:

- `NEGATORS`: words that negate the verb right after them (auxiliaries and adverbs may
  stand between: "did not live", "has never been charged"); "no", "none" negate a noun,
  not a verb, and are left out;
- `SKIP_VERBS`: verbs whose negation says what a party did not say or know, not what
  happened ("police did not say", "did not identify the victim", "did not comment"): two
  reports of such acts are two moments or two questions, never a claim and its negation;
- `SIDE_VERBS`: verbs and adverbs that make what follows one party's side ("X denied
  that...", "his lawyer insisted", "he allegedly pointed"): a reader expects the outlet to
  report a side, not assert it; `SIDE_SPEAKERS`, accounts of unnamed parties ("some said");
- `NEGATION_SCOPE`: words after a negated verb that move the negation onto a count ("has
  not sent only three observers");
- `TIME_WORDS`: words that place a statement at one moment of a story that moves ("has
  not yet been charged", "is still missing", "later died"): such a statement and
  another are two moments, an update, not a dispute;
- `STATE_SETS`: states of one subject that exclude each other, one set a line: the family,
  then each state's phrasings joined by "/", states split by "|" ("died at the scene" |
  "died at the hospital"). A phrase holds the verb, so "released" alone (a statement, a
  name) never counts;
- `SUBJECT_PRONOUNS`, `PERSON_NOUNS`: who a statement may be of besides a name ("she", "the
  woman"); `OPPOSITE_VERBS`: one act's opposite outcomes ("won" / "lost");
- `PLACE_EVENT_WORDS`, `PLACE_EVENT_PHRASES`, `PLACE_SIDES`, `PLACE_DETERMINERS`: the
  story's violent event told inside or outside a place.
"""

NEGATORS = frozenset("not never n't cannot".split())
# auxiliaries and adverbs that may stand between a negator and its verb
NEGATION_GAP = frozenset(
    """be been being have has had do does did ever yet even also always
    actually really immediately necessarily officially directly personally""".split()
)
SKIP_VERBS = frozenset(
    """say said says saying tell told tells comment commented comments
    know knew known knows think thought believe believed expect expected confirm confirmed
    identify identified name named release released disclose disclosed reveal revealed
    return returned respond responded answer answered elaborate elaborated specify specified
    speak spoke spoken want wanted need needed seem seemed appear appeared say-so
    immediately give given gave provide provided make made have has had get got
    see saw seen hear heard find found""".split()
)
SIDE_VERBS = frozenset(
    """deny denies denied denying insist insists insisted maintain maintains
    maintained contend contends contended claim claims claimed allege alleges alleged
    dispute disputes disputed reject rejects rejected accuse accuses accused argue argues
    argued allegedly purportedly supposedly""".split()
)
# accounts of unnamed parties ("Some said Mr. Gray did not point the gun; others said ..."):
# one side of a contested account, not the outlet's claim
SIDE_SPEAKERS = frozenset(
    {
        "some said",
        "others said",
        "some say",
        "others say",
        "witnesses said",
        "witnesses say",
        "some claimed",
    }
)
# words right after a negated verb that put the negation on a count or a scope ("has not
# sent only three observers", "did not kill all"): the act itself is not denied
NEGATION_SCOPE = frozenset("only just merely all every always entirely fully".split())
TIME_WORDS = frozenset(
    """yet still anymore longer now later initially originally earlier
    previously first until since after before once""".split()
)
STATE_SETS = frozenset(
    {
        # where a person died: at the scene, or later in a hospital or on the way there
        "death place|died at the scene/died on the scene/pronounced dead at the scene/was killed at the scene"
        "/died on the spot/dead at the scene/died instantly"
        "|died at the hospital/died at a hospital/died in hospital/died at hospital/died in the hospital"
        "/pronounced dead at the hospital/pronounced dead at a hospital/pronounced dead at hospital"
        "/died later in hospital/died later at the hospital/died on the way to the hospital"
        "/died on the way to hospital/died en route to the hospital/died en route to hospital",
        # a plea
        "plea|pleaded guilty/pled guilty/pleads guilty|pleaded not guilty/pled not guilty/pleads not guilty"
        "/pleaded innocent",
        # a verdict
        "verdict|was convicted/were convicted/was found guilty/were found guilty|was acquitted/were acquitted"
        "/was found not guilty/were found not guilty",
        # held or let go
        "custody|remains in custody/remained in custody/remain in custody/still in custody"
        "/remains behind bars/remained behind bars/remains jailed/remained jailed/held without bail"
        "/being held without bail/was denied bail|released on bail/freed on bail/released without charge"
        "/released without charges/released from custody/freed from custody/was set free/walked free"
        "/out on bail/was granted bail",
        # a person lived through it or not
        "fate|survived the/survived his/survived her/survived their|was killed/were killed/died in the"
        "/died from/was shot dead/was shot and killed/were shot dead/were shot and killed",
    }
)
# pronouns that stand for a person as the subject of a verb ("she never entered ...")
SUBJECT_PRONOUNS = frozenset("he she".split())
# verbs of one act that say opposite outcomes, as "form form" pairs of one tense ("won lost"):
# one subject doing both of one thing is a claim and its opposite. Acts that follow each other
# in time ("arrested" then "released", "opened" then "closed") are left out: two moments;
# "rejected" is a party's side (`SIDE_VERBS`).
OPPOSITE_VERBS = frozenset(
    {
        "won lost",
        "wins loses",
        "win lose",
        "winning losing",
        "agreed refused",
        "agrees refuses",
        "supported opposed",
        "supports opposes",
        "acquitted convicted",
        "passed failed",
        "passes fails",
    }
)
# nouns for the one person a story is about, as "singular plural" ("the woman died at the
# scene"): such a noun after "the" is a subject when the story never speaks of more than one
# (no plural, no "another woman", "a second woman")
PERSON_NOUNS = frozenset(
    {
        "man men",
        "woman women",
        "boy boys",
        "girl girls",
        "teen teens",
        "teenager teenagers",
        "child children",
        "toddler toddlers",
        "victim victims",
        "suspect suspects",
        "gunman gunmen",
        "shooter shooters",
        "driver drivers",
    }
)
# Where a story's violent event took place, indoors or out ("opened fire inside a crowded
# nightclub" / "a shooting outside a lounge"): words of the event, each side's prepositions,
# and the words that may join them ("shot and killed inside"). Directions of a shot ("fired
# from inside a car") are not where the event was: "from" never joins.
PLACE_EVENT_WORDS = frozenset(
    """shooting shootings shot shots fired gunfire stabbing stabbed killed slain gunned
    attack attacked ambushed wounded""".split()
)
PLACE_EVENT_PHRASES = frozenset(
    {
        "opened fire",
        "open fire",
        "shot and killed",
        "shot and wounded",
        "shot dead",
        "stabbed to death",
        "gunned down",
    }
)
PLACE_SIDES = frozenset({"indoors inside within", "outdoors outside"})
PLACE_DETERMINERS = frozenset("a an the his her their its of".split())

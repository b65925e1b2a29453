"""English words the dispute finders read (see `synoptic.lang.DISPUTE_PURPOSES`).

- `HONORIFICS`: courtesy titles before a name that say nothing of a post ("Mr", "Dr"):
  two people with one surname and one honorific may be relatives, not one person;
- `OCCURRENCE_VERBS`: verb phrases saying that an event took place at a time ("the
  shooting happened on Friday"): their subject is an event, their date its date;
- `GENERIC_EVENT_NOUNS`: nouns a report uses for whatever its story's event is ("the
  tragedy", "the incident"): they may stand for any event noun of the story;
- `NICKNAMES`: pairs of a given name and its familiar form ("bob robert"): one person;
- `GOOD_MANNER` / `BAD_MANNER`: adverbs that grade a participle one way or the other ("well
  equipped" / "ill-equipped", "insufficiently equipped"): said of one subject, a claim and
  its opposite. Matched unaccented (`unidecode`);
- `RESIDENCE_CUES`: what stands between a person's name (and age) and the place they live
  in ("Anthony LaSalle, 36, of Minneapolis", "Chohan, who lived half a mile away in South
  Ozone Park"); "..." stands for up to five lower-case words (`compare/detectors/residence.py`);
- `RESIDENT_NOUNS`: nouns a place-name describes a person by where they live ("LaSalle, a
  Bloomington man"; not "native": where one was born is another attribute);
- `STOP_CUES` / `ROUND_ORDINALS`: words that stop a contest in rounds ("the referee stopped the
  fight at 2:15", "finished the job 44 seconds into the seventh round") and the ordinal words
  of its rounds with their values (`compare/detectors/stoppage.py`);
- `ACT_AUXILIARIES`: auxiliaries and adverbs that may stand between the people who act
  and the verb of the act ("police had arrested", "the gunman reportedly fired"):
  `compare/figure_subject.act_noun`;
- `ACT_FAMILIES`: verbs that say one act in other words, as "family:verb" with the verb's
  forms written out ("leave:pulled out", "enter:checked into"): "X has not departed Y" and "X
  pulled out of Y" are a claim and its negation (`compare/detectors/claim_acts.py`);
  `CLAIM_HEDGES`: words that make a clause no statement of what happened (a modal, a
  condition, a question's "whether"): such a clause is never one side of such a claim;
- `ORDINALS`: words that count events of one kind ("the first shooting", "another
  quake"): a story that uses them with an event noun has several such events.
  Unaccented, as `unidecode` writes them (Arabic as written; it puts them after the noun).
"""

HONORIFICS = frozenset("mr mrs ms miss mister madam sir dame lady lord dr doctor prof professor rev".split())
OCCURRENCE_VERBS = frozenset({"happened", "occurred", "took place", "broke out", "unfolded"})
GENERIC_EVENT_NOUNS = frozenset("incident tragedy event episode ordeal".split())
NICKNAMES = frozenset(
    tuple(pair.split())
    for pair in """bob robert|rob robert|bobby robert|bill william|will william|billy william|
    jim james|jimmy james|jamie james|tom thomas|tommy thomas|dick richard|rick richard|
    rich richard|mike michael|mick michael|dave david|steve stephen|steve steven|joe joseph|
    joey joseph|tony anthony|ted edward|ed edward|eddie edward|ned edward|ted theodore|
    jack john|johnny john|jon jonathan|chuck charles|charlie charles|chris christopher|
    nick nicholas|dan daniel|danny daniel|ben benjamin|sam samuel|andy andrew|drew andrew|
    alex alexander|al albert|al alan|pete peter|matt matthew|greg gregory|jeff jeffrey|
    larry lawrence|harry henry|hank henry|fred frederick|frank francis|gene eugene|
    liz elizabeth|beth elizabeth|betty elizabeth|kate katherine|kathy katherine|
    cathy catherine|kate catherine|peggy margaret|maggie margaret|meg margaret|sue susan|
    jenny jennifer|jen jennifer|pat patricia|pat patrick|trish patricia|debbie deborah|
    becky rebecca|vicky victoria|abby abigail|mandy amanda|sandy sandra|cindy cynthia|
    tim timothy|ron ronald|don donald|ken kenneth|jerry gerald|jerry jerome|walt walter|
    sally sarah|molly mary|polly mary|ray raymond|nate nathan|nate nathaniel|zach zachary|
    mo maurice|moe maurice""".split("|")
)
GOOD_MANNER = frozenset("well adequately sufficiently properly fully amply suitably".split())
BAD_MANNER = frozenset("ill poorly badly insufficiently inadequately improperly under".split())
ORDINALS = frozenset("first second third fourth fifth latest earlier previous other another last next later".split())
# Closed sets of values one attribute takes, one set a line, equivalent spellings joined by
# "/" ("behind her left ear" / "behind her right ear"; "a silver Toyota" / "a gray Toyota"):
# compare/detectors/contrast.py. Colours that also name people ("black", "white") or
# medals ("gold") are left out.
CONTRASTS = frozenset({
    "left right",
    "silver grey/gray red blue green maroon beige",
})
# Words that make the figures of their sentence a running total, counted over several
# events or up to now ("In their five operations so far, ... confiscated 14 AK-47 rifles, 31
# magazines and 923 rounds"): a total is not the count of one event (`compare/numbers.py`).
RUNNING_TOTAL = frozenset({"so far", "thus far", "to date", "until now", "up to now", "a total of", "in total", "all told", "cumulative", "since the start"})
RESIDENCE_CUES = frozenset({"of", "a resident of", "who lived ... in", "who lives ... in", "who had lived ... in"})
RESIDENT_NOUNS = frozenset("man woman resident teen teenager boy girl youth".split())
# verbs that move a competitor to a win-loss record ("Klitschko improved to 58-3"):
# compare/detectors/record.py
RECORD_MOVES = frozenset("improved improves fell falls dropped drops moved moves".split())
STOP_CUES = frozenset("stop stops stopped stopping halted halting waved ended ending finished finishing".split())
ROUND_ORDINALS = frozenset(
    f"{word} {i}" for i, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)
)
# Ordinals tied to a named bearer (`compare/detectors/ordinal.py`): the ordinal words with
# their values; what joins a name to "the fifth coach"; the phrase of an act repeated ("for
# the fifth time"); and acts told by a verb with the noun of the same act ("retained his
# title for the fifth time" = "his fifth defense").
ORDINAL_VALUES = frozenset(
    f"{word} {i}" for i, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(), start=1)
)
ORDINAL_COPULAS = frozenset({"is the", "was the", "will be the", "would be the", "becomes the", "became the",
                             "has become the", "is now the"})
REPEAT_PHRASES = frozenset({"for the {ord} time"})
REPEAT_ACTS = frozenset({"retained defense", "retains defense", "defended defense", "defends defense",
                         "defence defense"})
# Kinds of people a count may name two of, joined ("4 other adults and teenagers", "men and
# women"): such a count counts people (`compare/units.py` people_group). Singular and plural.
PEOPLE_KINDS = frozenset("""adult adults teen teens teenager teenagers child children kid kids man men woman women
    boy boys girl girls juvenile juveniles minor minors youth youths""".split())
AND_WORDS = frozenset({"and", "or"})
# irregular past forms of verbs that take a counted object ("shot four people", "stole 85
# million euros", "threw three touchdowns"): read as `lead` verbs beside the regular "-ed"
# forms (compare/figure_subject.lead_verb)
IRREGULAR_PAST = frozenset("""shot hit won lost stole threw took gave sent spent held caught brought
    made got put found sold bought paid dealt struck""".split())
# words that may stand between who acts and the verb of the act ("police had arrested",
# "the gunman reportedly fired"): compare/figure_subject.act_noun
ACT_AUXILIARIES = frozenset("""had has have was were is are been also then reportedly allegedly
    later previously eventually initially first""".split())
# Where a person was hit (compare/detectors/wound.py): "part:region". Parts of one region
# are one answer in doubt (a jaw is in the face, the face in the head, a shoulder in the
# arm); regions are compared. Vague places ("the body", "the upper body") name no region.
BODY_PARTS = frozenset("""
head:head face:head jaw:head eye:head ear:head cheek:head mouth:head forehead:head skull:head
temple:head nose:head chin:head neck:neck throat:neck
chest:torso abdomen:torso stomach:torso belly:torso back:torso torso:torso ribs:torso
side:torso
arm:arm arms:arm hand:arm hands:arm wrist:arm elbow:arm forearm:arm finger:arm fingers:arm
thumb:arm shoulder:arm shoulders:arm
leg:leg legs:leg thigh:leg knee:leg foot:leg feet:leg ankle:leg calf:leg shin:leg toe:leg
""".split())
# Verbs of being hit, before "in the <part>" ("shot in the shoulder", "struck in the leg")
# and nouns before "to the <part>" ("a gunshot wound to the chest").
WOUND_VERBS = frozenset("shot wounded struck hit stabbed grazed".split())
WOUND_NOUNS = frozenset("wound wounds".split())
# People named by sex: a wound told of a man and one told of a woman are two people's.
MALE_PEOPLE = frozenset("man men boy boys male son father husband brother uncle grandfather he his him".split())
FEMALE_PEOPLE = frozenset("woman women girl girls female daughter mother wife sister aunt grandmother she her".split())
# Words before a wound that tell of one more person than the one told before ("The woman was
# also shot in the chest"): such a wound is compared only when bound by an age or a name.
ANOTHER_PERSON = frozenset("also another other second third".split())


_LEAVE = """depart departs departed departing leave leaves leaving quit quits quitting exit exits exited exiting
withdraw withdraws withdrew withdrawn withdrawing resign resigns resigned resigning"""
_LEAVE_PHRASES = ("pull pulls pulled pulling|out", "step steps stepped stepping|down away aside",
                  "drop drops dropped dropping|out", "bow bows bowed bowing|out", "walk walks walked walking|away")
_ENTER_PHRASES = ("check checks checked checking|in into", "walk walks walked walking|in into")
ACT_FAMILIES = frozenset(
    {f"leave:{w}" for w in _LEAVE.split()}
    | {f"leave:{v} {p}" for vs, ps in (x.split("|") for x in _LEAVE_PHRASES) for v in vs.split() for p in ps.split()}
    | {f"enter:{w}" for w in "enter enters entered entering".split()}
    | {f"enter:{v} {p}" for vs, ps in (x.split("|") for x in _ENTER_PHRASES) for v in vs.split() for p in ps.split()}
)
CLAIM_HEDGES = frozenset("""would will could can may might should must if whether unless expected likely
    possibly perhaps plans planned planning hopes hoped""".split())

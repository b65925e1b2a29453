"""English words for dating one act in statements the aligner kept apart
(`compare/detectors/act_date.py`).

- `ACTS`: "family: forms", the verb forms and event nouns that name one kind of act
  ("shot", "killed", "the shooting of" are one attack on a person). A death is its own
  family: a person shot on Saturday may die on Sunday. Multi-word forms are matched as
  written ("let go", "opened fire");
- `PASSIVE`: auxiliaries before a participle that make its subject the one acted on
  ("Grigoropoulos was killed"): the act's participant is then the noun before them;
- `OF`: the word between an event noun and who or what it was done to ("the sinking of");
- `PHRASE_END`: words that end the noun phrase after an act (prepositions, conjunctions,
  relative words, verbs of reporting);
- `SKIP`: words of a noun phrase that are not its head (determiners, numbers' words);
- `VAGUE`: heads that name no one in particular ("him", "people", "someone");
- `REPEAT`: words that say the act happened more than once or is not the one reported
  ("again", "another", "second"): such a statement is left out;
- `NOT_DONE`: words that make a clause no statement of a done act (plans, conditions,
  denials) and words of a report about the act ("announced"): left out;
- `COMMON`: words any two reports of such acts share ("police", "hospital"): two statements
  whose participant is a common noun ("a boy") must share another word to be one act;
- `PRONOUNS`: personal pronouns: a participant the aligner may have tied to a named one
  ("On June 27, 1973, he pleaded guilty");
- `RELATIVES`: relative pronouns between a participant and its passive verb ("Christian
  Bandemer, 16, who was shot"): the participant is the noun before them;
- `HEAD_LAST`: the head of a noun phrase is its last word (English: "a Thai fishing
  trawler").
"""

ACTS = frozenset(
    line.strip()
    for line in """
attack: shot|shoot|shoots|shooting|killed|kill|kills|killing|murdered|murder|murders|murdering|stabbed|stabbing|gunned down|slain|slaying|beat to death|beaten to death
death: died|dies|death
arrest: arrested|arrest|arrests|arresting|detained|detention|apprehended|taken into custody
charge: charged|charges|charging|indicted|indictment
dismiss: let go|dismissed|dismissal|sacked|laid off|fired from
sink: sank|sunk|sinks|sinking|sink
plead: pleaded guilty|pled guilty|pleads guilty|guilty plea
convict: convicted|conviction|found guilty
sentence: sentenced|sentencing
resign: resigned|resigns|resignation|stepped down
kidnap: kidnapped|abducted|kidnapping|abduction
birth: born
appoint: appointed|appointment|hired|sworn in
rob: robbed|robbery
bomb: bombed|bombing
escape: escaped|escape
""".strip().splitlines()
)
PASSIVE = frozenset("was were been being is are got".split())
OF = frozenset({"of"})
PHRASE_END = frozenset(
    """in on at by for from to with into onto near after before during since until off over under
    against as and or but that which who whom whose where when while because than said says told
    after amid outside inside across along through was were is are had has have been
    early late earlier later last this next about around approximately happened occurred took""".split()
)
SKIP = frozenset(
    """a an the this that these those his her its their our my your one two three
    some several another fatal deadly alleged apparent suspected""".split()
)
VAGUE = frozenset(
    """him her them it he she they us me you someone somebody anyone one people person
    man woman men women others other himself herself themselves victim victims suspect suspects
    police officer officers old""".split()
)
REPEAT = frozenset(
    """again another second third fourth previous previously earlier former first twice
    repeatedly also re-arrested""".split()
)
NOT_DONE = frozenset(
    """will would could can may might should must if whether unless expected likely
    possibly perhaps plans planned planning scheduled due hopes hoped not never no denied deny denies
    announced announces announcement reported confirmed revealed disclosed learned""".split()
)
# words any two reports of such acts share (who reports, where victims are taken): sharing
# them does not make two statements about one act
COMMON = frozenset(
    """police authorities officials investigators detectives deputies sheriff officer officers
    said says told according reported report reports news investigation investigating scene home
    hospital year years dead death family""".split()
)
PRONOUNS = frozenset("he she him her they them it".split())
RELATIVES = frozenset("who which that".split())
HEAD_LAST = True

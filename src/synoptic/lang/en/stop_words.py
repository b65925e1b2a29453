"""English function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _sklearn_stop_words() -> frozenset[str]:
    """scikit-learn's English stop list, read from its own module file.

    Importing sklearn runs its package init (scipy.stats and more: ~0.8 s of every
    cold `synoptic brief`) for a constant; the file alone holds just the list.
    """
    spec = importlib.util.find_spec("sklearn")
    path = Path(spec.origin).parent / "feature_extraction" / "_stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():  # a future layout: pay the import
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS)
    file_spec = importlib.util.spec_from_file_location("_sklearn_stop_words", path)
    module = importlib.util.module_from_spec(file_spec)
    file_spec.loader.exec_module(module)
    return frozenset(module.ENGLISH_STOP_WORDS)


# No evidence of content: lexical overlap of facts and the brief's concepts skip them
# (scikit-learn's list and a few words every news story repeats).
STOP_WORDS = _sklearn_stop_words() | frozenset(
    """
    said says say told also would could just like year years new one two
    """.split()
)

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those there here it its he she they we i you his her their our
    my your in on at to of for by with from as and or but nor so yet if when while after
    before since until although though because however also meanwhile still even just only
    now then thus therefore moreover instead despite during over under about against between
    among through into onto upon within without what which who whom whose where why how
    all any both each every few many most much no not some such one two three four five
    is are was were be been being has have had do does did will would shall should can could
    may might must yes according last next nobody everyone everybody someone somebody
    anyone anybody nothing everything something another neither either whether several
    further others enough unlike oh never
    earlier later previously recently initially finally eventually subsequently additionally
    furthermore nevertheless nonetheless afterwards afterward today yesterday tomorrow tonight
    currently formerly overall elsewhere likewise similarly otherwise indeed perhaps
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december
    """.split()
)

# Open many sentences without naming anything: not a name when story linking
# compares the capitalized words of two articles.
OPENING_WORDS = frozenset(
    """
    the a an and or but if in on at of for to from by with as is are was were be been
    it its this that these those there here he she they we you i his her their our
    mr mrs ms dr said says after before when while during since until about over under
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)

# Function words and reporting verbs: no evidence that two numbers count the same thing.
COUNT_CONTEXT_WORDS = frozenset(
    """
    a an the of to in on at by for from with and or but as is are was were be been
    being has have had that this these those there their its it his her they them he she
    we our you your who which what when where than then into onto over under about
    after before while during since until also just only some any more most less least
    said says say told according would could should will can may might must not no
    nearly almost around roughly approximately estimated least some up out off per
    another other such very so if do does did being all both each
    """.split()
)

# No content when two statements are set against each other (negation, antonyms).
POLARITY_WORDS = frozenset(
    """
    a an the of to in on at by for from with and or but as is are was were be been
    being has have had that this these those there it its he she they we you i his her
    their our your will would could should can may might must do does did said says
    say told also very so than then
    """.split()
)

# End the search for the noun a number counts ("100,000 troops", not "100,000 of the").
NOUN_SEARCH_WORDS = frozenset(
    """
    the a an of in on at to for from with by and or but who which that than as is are was
    were be been being have has had will would could can may might should must said says
    per more less most least this these those their its his her our your my there here
    when where while after before during since until into onto over under about around
    across through between among against each every other such only also just not no
    ago later earlier old
    """.split()
)

# A sentence opening with one of these (a pronoun, a connective, an anaphoric
# determiner: one word, or two) needs the sentence before it for its referent.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    he
    she
    it
    they
    them
    him
    his
    her
    its
    their
    we
    our
    this
    these
    those
    such
    but
    and
    or
    so
    yet
    however
    also
    still
    instead
    meanwhile
    then
    thus
    therefore
    moreover
    furthermore
    nevertheless
    nonetheless
    besides
    otherwise
    likewise
    similarly
    afterwards
    later
    another
    others
    both
    the two
    the pair
    the three
    the other
    the others
    the latter
    the former
    the same
    that is
    that's
    that was
    that has
    that would
    that could
    that means
        in addition
    as a result
    by contrast
    in contrast
    in turn
    even so
    for his part
    for her part
    for their part
""".strip().splitlines()
)

# Imperatives addressed to the reader: a promo or a call to act, never a fact.
PROMO_OPENINGS = frozenset(
    line.strip()
    for line in """
    read
    subscribe
    click
    sign up
    follow
    watch
    download
    join
    listen
    register
    tap
    visit
    like us
    get the
    see also
    see more
    don't miss
    do not miss
    find out
    learn more
    contact
    email
    """.strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    week month year morning afternoon evening night weekend summer winter spring autumn fall season time
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
# (and their contractions that open sentences: "We're", "I've", "Y'all")
PRONOUNS = frozenset("i you he she it we they me him her us them y'all".split())


# Nouns for people and groups that open sentences: never a person's name alone.
PERSON_NOUNS = frozenset(
    """
    policeman policemen policewoman police officials authorities investigators investigator
    witnesses witness residents protesters demonstrators rescuers troops soldiers diplomats
    sources analysts experts observers critics officers relatives neighbours neighbors
    friends family families victims survivors passengers doctors nurses students teachers
    workers employees staff lawmakers legislators prosecutors judges parents children people
    citizens locals villagers militants rebels insurgents gunmen gunman suspects suspect
    detectives agents officer soldier diplomat official spokesman spokeswoman spokesperson
    paramedics firefighters lawyers attorneys fans organisers organizers scientists researchers
    guards classmate classmates friend teammate teammates roommate colleague colleagues
    coworker coworkers co-worker co-workers cops dispatchers troopers activists campaigners
    volunteers medics responders bystanders onlookers commandos personnel teens teenagers kids
    veterans environmentalists filmmaker neighbor neighbour agent
    """.split()
)


# Company law's legal forms and the capitalized nouns that make a name a business's, before or
# after its other words ("Chrysler LLC", "Shavlik Technologies", "Barclays Capital", "Magna
# International Inc."): a name holding one is an organisation's, whatever title stands before
# it ("Washington Mutual", "Golden West Savings", "Apple Computer"). Words that are also common surnames ("Banks",
# "Steel") are left out.
CORPORATE_WORDS = frozenset(
    """
    inc inc. corp corp. co. ltd ltd. llc llp plc l.p. holdings industries industrial
    technologies technology systems motors automotive airlines airways aviation capital
    partners ventures enterprises laboratories labs pharmaceuticals pharma communications
    telecom telecommunications networks software electronics entertainment studios insurance
    financial securities investments wireless petroleum chemicals manufacturing logistics
    bancorp international incorporated limited brothers bros bros.
    mutual savings bankshares bancshares computer computers
    """.split()
)


# Adjectives of a faith or a church, capitalized in names: a name holding one is no person's.
FAITH_ADJECTIVES = frozenset(
    """
    catholic catholics protestant protestants orthodox anglican baptist baptists methodist methodists lutheran presbyterian evangelical evangelicals episcopal episcopalian pentecostal mormon mormons muslim muslims islamic jewish sunni sunnis shia shiite shiites hindu hindus buddhist buddhists sikh sikhs coptic maronite
    """.split()
)


# Words that open an organisation's name before a proper name, never a person's ("Air
# France", "Air Astana", "Air Canada"); as a name's last word they name a product ("MacBook
# Air"), so only the first word counts.
ORG_OPENERS = frozenset("air".split())

# A notice that the publication itself is paid for ("This week's podcast is sponsored by
# X"): the passive phrase in the present, and the words that open a subject naming the
# publication itself (write/standalone.py `is_promo`); "The rally was sponsored by the
# union" is news.
SPONSOR_PHRASES = frozenset(
    ["is sponsored by", "are sponsored by", "is brought to you by", "are brought to you by",
     "is underwritten by", "is paid for by", "is made possible by", "is presented by"]
)
SELF_OPENINGS = frozenset("this this week's today's tonight's our".split())
# nouns for the publication itself or a part of it: the subject of a sponsor's notice
# holds one ("This week's Tennis Podcast")
PUBLICATION_NOUNS = frozenset("podcast podcasts episode episodes newsletter newsletters show programme program coverage series segment feature content article story page site website edition column briefing broadcast video videos stream".split())

# Relative pronouns: a quote closing a relative clause ('a move which Britain considers
# "completely unacceptable"') holds the words of that clause's subject, not of a speech
# verb's subject before it (text/quotes.py; the Greek of MultiLing 2011 M002, development).
RELATIVE_PRONOUNS = frozenset({"which"})

# Prepositions that make the place after them their object ("in Cupertino, California"),
# never a speech verb's subject, and the name after "<preposition> <place>," a region of
# that place (`text/place_pairs.py`; Wikinews trial nl/214601, development).
PLACE_PREPOSITIONS = frozenset("in at near from inside outside across throughout".split())

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("and".split())
# Endings of the gerund: a speech verb so ending has its clause's subject ("…, saying").
GERUND_ENDINGS = tuple("ing".split())

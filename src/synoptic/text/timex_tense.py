"""Tense of the clause around a time expression: future, past or unknown.

Small documented cue lists (English, French, Spanish, Dutch, German, Italian, Arabic;
Greek, Russian, Czech and Hebrew auxiliaries and time words): a weekday or a month without a
year resolves forward in a future clause ("will meet on Sunday") and back otherwise.
"""

from __future__ import annotations

import re

from synoptic.settings import TimeSettings
from synoptic.text.quote_marks import find_quoted

_FLAGS = re.IGNORECASE

_FUTURE = re.compile(
    r"\b(?:will|['’]ll|shall|would|won['’]t|going\s+to|scheduled|due|set\s+to|expected|plans?"
    # ("a council session follows on Wednesday"; but "the hearing follows the testimony
    # Tuesday" follows what came before)
    # ("pending a hearing Jan. 19": the hearing is ahead)
    # ("a planned rally Friday"; but "the boys planned the theft before carrying it out Friday
    # evening": a verb with its object is past)
    r"|planned(?!\s+(?:the|a|an|this|that|these|those|their|his|her|its|our|my|it|them)\b)"
    r"|upcoming|pending|next|follows(?=\s+(?:on|next|later|this|in)\b)|is\s+to|are\s+to|to\s+be\s+held|to\s+meet"
    # "the coming days", not the verb of movement ("gunshots at 3:37 a.m. Sunday coming from")
    r"|coming(?!\s+(?:from|out|in|into|back|down|up|to|off|through|over|under|after|at|toward|towards|across)\b)"
    # a passive infinitive looks ahead: "rumored to be released in May" (but a report
    # of a fact is past: "was said to be taken to hospital on Monday")
    r"|(?<!said\s)(?<!reported\s)(?<!believed\s)(?<!thought\s)(?<!known\s)to\s+be\s+\w+(?:ed|en)"
    # present tense of scheduling verbs reads as future in news: "talks resume Thursday"
    r"|opens?|begins?|starts?|resumes?|reconvenes?|meets|travels|arrives|visits|heads|hosts|kicks\s+off"
    r"|takes\s+place|get\s+under\s+way|gets\s+under\s+way"
    # "Both Detroit residents face arraignment Thursday" (GVC 556993, dev; the noun after
    # it, as "shot in the face Monday" is no verb)
    r"|faces?(?=\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:arraignments?|trials?|hearings?|sentencing|extradition|court|judge)\b)"
    r"|sera|seront|aura|auront|va|vont|prévue?s?|doit|doivent|prochaine?|attendue?s?|s['’]attend"
    # "is expected" in Spanish, Italian, German, Dutch
    r"|se\s+espera|esperad[oa]s?|è\s+attes[oa]|sono\s+attes[ie]|erwartet|verwacht"
    r"|será|serán|va\s+a|van\s+a|previst[oa]s?|próxim[oa]"
    # Dutch, German, Italian: auxiliaries of the future, "next", "tomorrow"
    r"|zal|zullen|volgende|komende|morgen"
    # ... and their present tense of scheduling verbs, as the English one above ("de zaak
    # begint op woensdag", "le procès s'ouvre lundi", "la cumbre comienza el lunes")
    r"|begint|hervat|vergadert|vindt\s+plaats|komt\s+bijeen"
    r"|commence|débute|s['’]ouvre|reprend|se\s+réunit|se\s+tient"
    r"|comienza|empieza|arranca|se\s+reúne|tiene\s+lugar"
    r"|beginnt|startet|findet\s+statt|tagt"
    r"|inizia|comincia|si\s+apre|riprende|si\s+riunisce|si\s+tiene"
    r"|wird|soll|sollen|nächsten?|nächster|kommenden?|morgen"
    r"|sarà|saranno|prossim[oa]|domani"
    # Arabic: "will" (سوف, "and will" وسوف), the future prefix on common verbs of news (سيكون "will be",
    # ستعقد "will be held"), "next", "tomorrow", "it is scheduled"
    r"|[وف]?سوف|س[يت](?:كون|تم|عقد|بدأ|نتهي|ستمر|صل|لتقي|جتمع|زور|علن|قام|صوت|توجه|واصل|قدم|صدر|شارك)"
    r"|سن(?:واصل|عمل|قوم)|المقبل|المقبلة|القادم|القادمة|غدا|غداً|المقرر|المتوقع|يتوقع|تتوقع"
    # Greek, Russian, Czech, Hebrew: the future particle or auxiliary ("θα", "будет",
    # "bude"), "is expected", "next", "tomorrow"
    r"|θα|αναμένεται|αναμένονται|αναμενόμεν\w+|πρόκειται|επόμεν[ηοες]ς?|αύριο"
    r"|будет|будут|состоится|следующ\w+|завтра|bude|budou|příšt\w+|zítra|očekává|očekávají|plánován\w*|מחר|הבא|הבאה|יתקיים"
    r")\b"
    # a future's ending on a verb: written in lower case ("Sebastian Pinera", "Rivera" are
    # names: MultiLing 2011 M005 in Greek, dev, dated "struck on Thursday, 21 minutes before
    # President Sebastian Pinera was sworn in" to the Thursday after the report), and not
    # one of the nouns and adjectives so ending ("lunedì sera", the evening; "la primera vez")
    r"|\b(?!(?:primera|tercera|manera|carrera|frontera|bandera|entera|vera|fiera|intera|madera"
    r"|cualquiera|bandiera|atmosfera|miniera|carriera|costiera|mira|tira|ira)\b)(?-i:[a-zà-öø-ÿ])\w*"
    r"(?:era|eront|ira|iront|rá|rán|erà|eranno|irà|iranno)\b",
    _FLAGS,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|has\s+been|have\s+been|said|met|held|told|took|came|went|began|saw"
    r"|made|gave|spoke|left|fled|fell|won|lost|ran|stood|sent|brought|thought|found|became"
    r"|got|kept|led|struck|shot|fought|flew|drove|wrote|rose|broke|chose|grew|knew|paid|sold"
    r"|spent|threw|withdrew|sought|heard|felt|met|ago|earlier|last"
    r"|avait|avaient|était|étaient|ont|s['’]est|se\s+sont|hier"
    r"|fue|fueron|había|habían|dijo|hubo|ayer"
    r"|waren|hadden|werd|werden|zei|zeiden|gisteren|vorige|afgelopen"
    r"|war|hatte|hatten|wurde|wurden|sagte|gestern|vergangenen?|letzten?"
    r"|erano|aveva|avevano|furono|disse|ieri|scors[oa]"
    # Arabic: "yesterday", "last", "said", "was", "announced" (with the conjunction و)
    r"|أمس|الماضي|الماضية|و?(?:قال|قالت|كان|كانت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|عقد|عقدت"
    # ... "approved", "decided", "was done", "occurred", "reported", "mentioned", "issued"
    r"|وافق|وافقت|قرر|قررت|تم|وقع|وقعت|حدث|حدثت|جرى|جرت|أفاد|أفادت|ذكر|ذكرت|أصدر|أصدرت)"
    # Greek, Russian, Czech, Hebrew: "yesterday", "said", "was", "last"
    r"|χθες|χτες|είπε|δήλωσε|ήταν|περασμέν\w+|вчера|сказал\w?|заявил\w?|был|была|были|прошл\w+"
    r"|včera|řekl\w?|byl\w?|minul\w+|אתמול|אמר|אמרה)\b"
    # the Greek aorist's endings, in lower case ("ανακοίνωσε", "συνελήφθησαν", "έλαβε"): "ο
    # πρόεδρος την Τετάρτη ανακοίνωσε ότι θα απελευθερώσει …" was the Wednesday after the
    # report, by the "θα" of what he announced (MultiLing 2011 M0022 in Greek, dev)
    r"|\b(?-i:[α-ωάέήίόύώϊϋΐΰ]{2,}(?:σε|ξε|ψε|βε|θηκε|θηκαν|σαν|ξαν|ψαν|ηκε|ηκαν))\b"
    # Dutch and German perfect: "heeft/hebben ... gezegd", "hat/haben ... gesagt"
    r"|\b(?:heeft|hebben|zijn|hat|haben|sind)\s+(?:\w+\s+){0,3}ge\w+(?:d|t|en)\b"
    # Dutch and German participles used alone ("woensdag gepubliceerde cijfers")
    r"|\bge\w{3,}(?:d|t|de|te|den|ten)\b"
    # Italian passato prossimo: "ha annunciato", "è stato"
    r"|\b(?:ha|hanno|è|sono)\s+\w+(?:ato|uto|ito|ata|ati|ate)\b"
    # French passé composé, Spanish pretérito perfecto: "a annoncé", "ont été", "ha dicho"
    r"|\b(?:a|ont|est|sont)\s+(?:\w+\s+)?(?:\w+(?:é|ée|és|ées)|dit|fait|pris|mis|eu|été|vu)\b"
    r"|\b(?:ha|han)\s+\w+(?:ado|ido)\b"
    r"|\b(?!(?:be|been|being)\s)\w{2,}ed\b"
    r"|\b\w+(?:ó|aron|ieron)\b",
    _FLAGS,
)
# "until Friday" right before the day: a limit ahead of the report ("the exchanges stay
# closed until Friday"); elsewhere these words are "to" ("rose to 11,188": Dutch "tot")
_UNTIL = re.compile(r"\b(?:until|till|jusqu['’]?à|hasta(?:\s+el)?|fino\s+a|bis|tot|t/m)\s+(?:on\s+|op\s+|am\s+)?$", _FLAGS)
_PASSIVE = re.compile(r"\b(?:be|been|being)\s+\w+$", _FLAGS)


# a weekday naming an event inside a noun phrase ("a Wednesday night shooting", "the
# Sunday attack"): the clause's tense is about something else; news names past events so,
# unless the noun is one that is scheduled ("a Friday deadline", "the Monday vote")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", _FLAGS)
_ATTRIBUTIVE_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?P<noun>[a-z]{4,})\b")
_SCHEDULED_NOUNS = frozenset(
    """deadline meeting meetings vote votes hearing hearings session sessions game games match
    matches race election elections summit talks debate debates trial ceremony service
    services rally march opening launch release event events concert show shows showing premiere
    appointment court date start kickoff final finals""".split()
)

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–،؛]|\s-\s")


def clause_direction(sentence: str, start: int, end: int, settings: TimeSettings) -> int:
    """+1 if the clause around sentence[start:end] is future, -1 past, 0 unknown.

    The nearest tense cue wins; cues after the expression count a little less
    ("met on Sunday" and "On Sunday, they met" both read past). Cues inside the
    expression's own comma-delimited segment come first ("The talks, which began
    on Sunday, resume on Thursday").
    """
    if _UNTIL.search(sentence[max(0, start - 20) : start]):
        return 1
    if _ATTRIBUTIVE_BEFORE.search(sentence[max(0, start - 12) : start]) and (
        m := _ATTRIBUTIVE_AFTER.match(sentence, end)
    ) and m.group("noun").lower() not in _SCHEDULED_NOUNS:
        return -1  # "victims of a Wednesday night shooting are expected to survive": the shooting was
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    seg_start = max((b + 1 for b in breaks if b < start), default=0)
    seg_end = min((b for b in breaks if b >= end), default=len(sentence))
    # a quotation the expression is not in tells the speaker's tense, not the report's ('"...
    # se tam bude mnoho lidí chystat strávit dovolenou ...", uvedl 28. února El Rancagüino')
    quoted = [(a, b) for q in find_quoted(sentence) for a, b in q.pieces if not a <= start < b]
    return _nearest_cue(sentence, start, end, seg_start, seg_end, settings, quoted) or _nearest_cue(
        sentence, start, end, 0, len(sentence), settings, quoted
    )


def _nearest_cue(
    sentence: str, start: int, end: int, lo: int, hi: int, settings: TimeSettings,
    quoted: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> int:
    best: tuple[float, int] | None = None
    for pattern, sign in ((_FUTURE, 1), (_PAST, -1)):
        for m in pattern.finditer(sentence, lo, hi):
            if start <= m.start() < end or any(a <= m.start() < b for a, b in quoted):
                continue
            if sign == -1:
                # "will be held": a participle after "be" is not a past tense
                if _PASSIVE.search(sentence[max(0, m.start() - settings.passive_reach) : m.end()]):
                    continue
            dist = start - m.end() if m.end() <= start else (m.start() - end) * settings.cue_after_weight
            if best is None or dist < best[0]:
                best = (dist, sign)
    return best[1] if best else 0


# words of the past-tense cues that are no verbs: a clause opening on one has a subject
# still to come ("..., and yesterday the police said")
_NOT_VERBS = frozenset(
    "ago earlier last hier ayer gisteren vorige afgelopen gestern vergangenen vergangene letzten letzte ieri "
    "scorso scorsa včera".split()
)


def past_verb_at(text: str) -> int | None:
    """Where the first past-tense verb of the text begins (the cue lists above: "was",
    "launched", "lanzó", "a annoncé"), None without one."""
    for m in _PAST.finditer(text):
        if m.group().split()[0].lower() not in _NOT_VERBS:
            return m.start()
    return None

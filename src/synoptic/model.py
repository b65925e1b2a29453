"""Plain records shared by every stage.

Every derived thing points at its evidence with `Span`s into an article's
cleaned `text`; `article.text[span.start:span.end] == span.text` always holds.
Records are plain dataclasses so that every stage can be run and tested alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Relation = Literal["independent", "duplicate", "syndicated", "translated"]
FactStatus = Literal["corroborated", "single_source", "disputed"]
ConflictKind = Literal["number", "role", "date", "time", "quote", "claim"]
Precision = Literal["year", "month", "day"]

# Fixed vocabulary of reasons a line is removed by `clean/`.
REMOVAL_REASONS = (
    "promo",
    "navigation",
    "comments",
    "byline",
    "dateline",
    "reading_time",
    "caption",
    "media",
    "duplicate_title",
    "repeated",
    "site_signature",
    "sharing",
    "legal",
    "boilerplate",  # learned from the batch: recurs across many articles
    "empty",
    "oversize",  # a record field over its limit was cut or dropped (read/limits.py)
    "invalid",  # a record field that cannot be what it claims was dropped (read/limits.py)
)


@dataclass
class Span:
    """A character range of one article's cleaned text."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    """What `read/` yields: one input item, not yet cleaned.

    `content` is raw text for `kind == "text"` and markup for `kind == "html"`.
    Metadata fields are hints from the record, feed or page; None when unknown.
    """

    id: str
    source: str
    content: str
    kind: Literal["text", "html"] = "text"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    author: str | None = None
    # notes from read/limits.py (a field cut or dropped); the article carries them
    removed: list[Removed] = field(default_factory=list)


@dataclass
class Removed:
    """A line taken out of an article by the cleaner, and why; or the bracketed furniture
    cut from the end of a line of prose ("... investigators. (Published Monday, April 18, 2016)")."""

    text: str
    reason: str
    line: int | None = None  # 0-based line number in the raw text, when known


@dataclass
class Article:
    id: str
    source: str
    text: str  # cleaned; every Span offset refers to this
    raw_text: str = ""
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: date | None = None
    author: str | None = None
    removed: list[Removed] = field(default_factory=list)
    # (start, end) ranges of `text` that are headings/subheads inside the story
    headings: list[tuple[int, int]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    # who published it, resolved from the record, page, registry or text (clean/outlet);
    # None when nothing says (a plain file): `outlet` is then None too, never the file name.
    # `outlet` stays the label shown (the name, else the domain).
    outlet_info: Outlet | None = None
    # the wire agency its text credits ("WASHINGTON (AP) --"): the agency's domain
    wire: str | None = None


@dataclass
class Skipped:
    source: str
    error: str


@dataclass
class Sentence:
    span: Span
    index: int
    is_heading: bool = False
    # about another incident than the article's story (a roundup's "in an unrelated
    # incident ..." to the article's end, `text/asides.py`): no fact of the story
    aside: bool = False


@dataclass
class EntityMention:
    """One surface mention of a name in one article (before canonicalization)."""

    span: Span
    type: str  # PERSON | ORG | PLACE | OTHER
    role: str | None = None  # title attached in this mention, e.g. "Deputy Foreign Minister"
    role_span: Span | None = None
    kind: str | None = None  # "outlet" for a news outlet (an ORG), else None
    # a PERSON only by the shape of its words (two to four capitalized words, none seen in
    # lower case), with no title, cue, age or model behind it: the story must confirm it
    weak: bool = False
    # what typed it when that is evidence both kinds share: "cue" for a PERSON only a speech
    # verb made ("Goldman Sachs said": organisations speak too), "title_of" for an ORG only
    # what a title is of made ("a spokesman for X": people have spokesmen too), "determiner"
    # for an OTHER written with its article as a thing's ("the Nintendo Switch."); else None
    evidence: str | None = None


@dataclass
class Role:
    role: str
    articles: list[str]
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Entity:
    """A canonical entity across the articles of a story."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    kind: str | None = None  # "outlet" for a news outlet (type ORG), else None


@dataclass
class QuoteVariant:
    text: str
    articles: list[str]
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    text: str
    speaker: str | None = None  # entity id
    speaker_name: str | None = None
    cue: str | None = None  # "said", "told", "according to", ...
    variants: list[QuoteVariant] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    verbatim: bool = True
    mentions: list[Span] = field(default_factory=list)
    speaker_mention: Span | None = None


@dataclass
class Quantity:
    """A number with what it counts: "100,000 troops" -> low=high=100000, unit "troops"."""

    span: Span
    low: float | None
    high: float | None
    unit: str  # what is counted, lemma-ish ("troop", "people", "hour", "member")
    approximate: bool = False
    vague: bool = False  # "tens of thousands", "dozens"


@dataclass
class TimeRef:
    span: Span
    value: date | None  # resolved date (start of the period for year/month precision)
    precision: Precision = "day"
    relative: bool = False  # "on Sunday", "eight years after"
    # tense of the clause around a relative ref: +1 future ("will meet on
    # Wednesday"), -1 past ("met on Sunday"), 0 unknown; resolves weekday/month names
    direction: int = 0
    # "last night" in a sentence that puts the event after midnight ("at 2 a.m."): the
    # report's own day, not the day before
    night_of_report: bool = False


@dataclass
class ArticleAnalysis:
    """Everything `text/` finds in one article (spaCy-style: one record per document)."""

    article: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)


@dataclass
class AlignedPair:
    a: Span
    b: Span
    similarity: float


@dataclass
class Origin:
    """Articles that carry one underlying report."""

    id: str
    articles: list[str]
    relation: Relation = "independent"
    evidence: list[AlignedPair] = field(default_factory=list)
    method: str = ""  # which method decided: "minhash", "encoder:use-multilingual", "lexical", ...
    # the wire agency whose story this is, when a member's text credits it or a member is
    # the agency itself (link/wire.py); None otherwise
    agency: Outlet | None = None


@dataclass
class Fact:
    id: str
    text: str  # the clearest mention's sentence text
    mentions: list[Span]
    articles: list[str]
    independent_sources: int = 1
    status: FactStatus = "single_source"
    weight: float = 0.0  # centrality/salience, used for ranking; not part of the contract
    # set on a single-source fact for what one origin's sentence adds to a shared fact
    # (the same sentence is also a mention of that fact): the shared fact's id
    detail_of: str | None = None


@dataclass
class Variant:
    value: str
    articles: list[str]
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Conflict:
    id: str
    kind: ConflictKind
    topic: str
    variants: list[Variant]
    majority: str | None = None  # e.g. "3 of 4 independent sources: 100,000"
    facts: list[str] = field(default_factory=list)
    imprecise: bool = False  # compatible precision difference, not a dispute
    # the figure grew from one publication date to the next ("13 aftershocks", days later
    # "at least 27"): an update as the event went on, not a dispute
    over_time: bool = False
    # every side comes from one origin (two rewrites of one press release or wire story
    # that state the value differently): one source, still a disagreement to show
    same_origin: bool = False

    @property
    def is_dispute(self) -> bool:
        """The sources really disagree: not a precision difference, not an update."""
        return Conflict.dict_is_dispute(vars(self))

    @staticmethod
    def dict_is_dispute(conflict: Mapping[str, Any]) -> bool:
        """The rule of `is_dispute` on a conflict's fields: the record's own (`vars`) or its
        `synoptic.brief/1` dict, which names the two flags as the record does."""
        return not (conflict.get("imprecise") or conflict.get("over_time"))


@dataclass
class TimelineEntry:
    date: str  # ISO: "2022", "2022-01", "2022-01-10"
    precision: Precision
    text: str
    articles: list[str]
    fact: str | None = None
    mentions: list[Span] = field(default_factory=list)
    expression: str | None = None  # the time expression in `text` that gives `date`, as written
    # the language of `text` when it is not the brief's (no source in that language dates it)
    language: str | None = None


@dataclass
class Coverage:
    article: str
    unique_facts: list[str] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)  # entity ids


@dataclass
class SummarySentence:
    text: str
    articles: list[str]
    facts: list[str]
    span: Span | None = None  # the source sentence it was taken from
    # the sentence's language when it is not the brief's: no source in the brief's
    # language states this fact (None: the brief's language)
    language: str | None = None


@dataclass
class Story:
    id: str
    title: str
    articles: list[str]
    origins: list[Origin] = field(default_factory=list)
    independent_sources: int = 0
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    reference_date: date | None = None
    reference_date_inferred: bool = False
    # the language the brief is written in (summary, title, timeline), when known
    language: str | None = None
    # dated entries outside the story's window (its articles' dates, a week either side):
    # earlier events and plans, kept apart from the story's own days in `timeline`
    background: list[TimelineEntry] = field(default_factory=list)
    # dated entries after the story's window: what the sources say is scheduled or expected
    # (a hearing next month, a delivery next year); `background` keeps what came before
    ahead: list[TimelineEntry] = field(default_factory=list)


    thread: str | None = None  # the thread (developing topic) the story belongs to


@dataclass
class Brief:
    """The whole result of a run: the `synoptic.brief/1` contract as records."""

    articles: list[Article]
    stories: list[Story]
    skipped: list[Skipped] = field(default_factory=list)
    # `synoptic brief --by thread`: one brief per thread, across its stories (empty otherwise)
    threads: list[ThreadBrief] = field(default_factory=list)


@dataclass
class ThreadBrief:
    """The brief of a thread (the stories of one developing topic): `brief` is built as a
    story's is, over all the thread's articles (`id` the thread's), its lead taken from the
    thread's main story; `stories` its stories, earliest first."""

    id: str
    stories: list[str]
    brief: Story
    main_story: str
    first_day: date | None = None
    last_day: date | None = None


OutletKind = Literal[
    "wire_agency", "newspaper", "broadcaster", "magazine", "web_only", "state_affiliated", "blog", "unknown"
]


@dataclass
class Outlet:
    """Who published an article: identified by its registrable domain ("france24.com").

    `id` is None only when a name is known but no domain (a record naming an
    outlet the registry does not hold). `name_from` says which evidence gave the
    name: "record", "page", "registry", "text" or None (no name: show the id).
    """

    id: str | None
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, upper case
    language: str | None = None  # ISO 639-1
    kind: OutletKind = "unknown"
    name_from: str | None = None

    @property
    def label(self) -> str | None:
        """What to call it: its name, else its domain; None when unknown."""
        return self.name or self.id


# the figures of an outlet's profile, per story and summed (compare/outlet_profiles.py
# says what each one counts; the store keeps one column each)
OUTLET_COUNTS = (
    "articles", "copies", "exclusive_single", "exclusive_corroborated", "corroborated", "dated",
    "first_reports", "disputes", "dispute_majority", "dispute_alone", "updated",
)

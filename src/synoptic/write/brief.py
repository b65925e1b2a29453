"""The extractive brief: verbatim source sentences, chosen from the story's facts.

Selection is a budgeted greedy maximization (Lin & Bilmes style) of
- coverage of the story's concepts (content words and word pairs), each weighted by
  how many articles use it, so corroborated content wins and a concept
  already covered adds nothing (non-redundancy within a language);
- the value of each not-yet-covered fact: its independent corroboration and
  centrality (one sentence per fact: non-redundancy across paraphrases and
  languages, since a fact groups translations too);
- the sentence's clarity (stands alone, reads cleanly) and an encoder-based
  redundancy penalty against what is already chosen (MMR).
A sentence stands alone or is not used: a dateline, byline or credit glued to it is
left out of its span (`standalone.lead_offset`), promos, captions and editor's notes
are no candidates, and a sentence opening on a pronoun or connective ("He", "But",
"The two") is chosen only once the sentence before it in its article is, and is
placed right after it.

The brief speaks one language (`brief_language`: asked for, or the one most
independent sources use); a fact no source states in that language may speak
through another language's sentence, marked with its language.

The chosen sentences are then ordered as a story: the lead (the first pick, always
an article's opening sentence: who did what, where, when; among them the event as it
was first reported weighs more than a later development) first, then by the dates
of their facts for a dated story, by importance (the order they were picked) otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from synoptic.compare import lexical as lx
from synoptic.compare.embed import embed, story_encoder
from synoptic.compare.facts import centrality, clarity
from synoptic.lang import language_code
from synoptic.model import (
    Article,
    ArticleAnalysis,
    Conflict,
    Fact,
    Origin,
    Span,
    SummarySentence,
    TimelineEntry,
)
from synoptic.settings import ClaritySettings, TimeSettings, WriteSettings
from synoptic.write import standalone

if TYPE_CHECKING:
    from synoptic.vectors import Encoder
else:
    Encoder = Any

# A statement ends with a full stop or "!" (in the scripts' own forms: Devanagari
# danda, CJK, Armenian, Ethiopic, Myanmar), possibly inside closing quotes/brackets.
_STATEMENT_END = re.compile(r"[.!…।॥。！։።။][\"'”’»)\]]*\s*$")


@dataclass
class _Candidate:
    span: Span
    fact: Fact
    position: float  # index / sentences in its article
    lead: float  # the fact's best lead-ness over all its mentions
    words: int
    concepts: set[str]
    clarity: float
    fluency: float
    index: int = 99  # its sentence's index among its article's body sentences
    dangling: bool = False  # needs the sentence before it (index - 1, same article)
    language: str | None = None


def brief_language(articles: list[Article], origins: list[Origin], wanted: str | None = None) -> str | None:
    """The language asked for, or the one most independent sources use (each origin counts
    once, by the language most of its articles have); ties go to the earlier article."""
    if wanted:
        return language_code(wanted)
    language = {a.id: language_code(a.language) for a in articles}
    groups = [o.articles for o in origins] or [[a.id] for a in articles]
    votes: Counter[str] = Counter()
    for group in groups:
        known = Counter(language[a] for a in group if language.get(a))
        if known:
            votes[known.most_common(1)[0][0]] += 1
    if not votes:
        return None
    first = {}
    for n, a in enumerate(articles):
        if language[a.id]:
            first.setdefault(language[a.id], n)
    return max(votes, key=lambda code: (votes[code], -first.get(code, 0)))


def spoken_for(articles: list[Article], origins: list[Origin], language: str | None) -> set[str]:
    """Articles in another language than the brief's that translate an article in it: the
    original speaks for them, so a sentence only they state (an alignment miss of its
    original) never doubles a fact in the brief or its timeline; they still corroborate."""
    if not language:
        return set()
    code = {a.id: language_code(a.language) for a in articles}
    out: set[str] = set()
    for origin in origins:
        if origin.relation != "independent" and any(code.get(a) == language for a in origin.articles):
            out.update(a for a in origin.articles if code.get(a) not in (language, None))
    return out


def _positions(analyses: dict[str, ArticleAnalysis]) -> dict[tuple[str, int], tuple[float, int]]:
    out: dict[tuple[str, int], tuple[float, int]] = {}
    for aid, analysis in analyses.items():
        body = [s for s in analysis.sentences if not s.is_heading]
        for i, s in enumerate(body):
            out[(aid, s.span.start)] = (i / max(1, len(body)), i)
            # a fact's mention starts after the sentence's dateline (`compare.facts`)
            out.setdefault((aid, s.span.start + standalone.lead_offset(s.span.text)), (i / max(1, len(body)), i))
    return out


def _candidates(
    facts: list[Fact],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
    brief_language: str | None = None,
    concepts: dict[str, set[str]] | None = None,
) -> list[_Candidate]:
    """`concepts`: each text's concepts as read so far (`_concepts`), shared with `_concept_weights`."""
    concepts = {} if concepts is None else concepts
    positions = _positions(analyses)
    language = {a.id: language_code(a.language) for a in articles}
    fluency: dict[str, list[float]] = {}
    for fact in facts:
        for span in fact.mentions:
            fluency.setdefault(span.article, []).append(clarity(span.text, clarity_settings))
    article_fluency = {a: float(np.mean(v)) for a, v in fluency.items()}
    out = []
    for fact in facts:
        lead = max(
            float(np.exp(-positions.get((m.article, m.start), (1.0, 99))[1] / settings.position_decay))
            for m in fact.mentions
        )
        mentions = []
        for whole in fact.mentions:
            code = language.get(whole.article)
            span = _own_span(whole)
            n = lx.word_count(span.text)
            if n < settings.min_sentence_words or n > settings.max_sentence_words:
                continue
            if not _STATEMENT_END.search(span.text):  # headlines, captions, questions
                continue
            if standalone.not_a_statement(span.text, code) or standalone.quote_piece(span.text):
                continue
            position, index = positions.get((whole.article, whole.start), (1.0, 99))
            mentions.append(
                _Candidate(
                    span=span,
                    fact=fact,
                    position=position,
                    lead=lead,
                    words=n,
                    concepts=_concepts(span.text, concepts),
                    clarity=clarity(span.text, clarity_settings),
                    fluency=article_fluency.get(whole.article, 0.0),
                    index=index,
                    dangling=standalone.dangles(span.text, code),
                    language=code,
                )
            )
        # a fact speaks through its clearest wording (stands alone, fluent source) in the
        # brief's language when a source states it so: a translation that reads better ("(nl)
        # De beslissing volgt op ...") never stands in for the brief's own ("This move comes
        # after ..."); equally clear wordings all stay candidates
        # ... nor when the brief's own is too short or not a statement to stand in the summary:
        # "(it) Un colpo di pistola corrisponde a 140 dB." in a Dutch brief whose source says
        # "Een pistoolschot is 140 dB." (Wikinews trial nl/37961)
        own = [c for c in mentions if c.language in (brief_language, None)]
        stated = any(language.get(m.article) == brief_language for m in fact.mentions)
        mentions = own if brief_language and (own or stated) else mentions
        if mentions:
            best = max(c.clarity + c.fluency for c in mentions)
            out.extend(c for c in mentions if c.clarity + c.fluency >= best - settings.wording_tolerance)
    return out


def _own_span(span: Span) -> Span:
    """The sentence without a dateline, byline or credit glued before it (still exact)."""
    cut = standalone.lead_offset(span.text)
    if not cut:
        return span
    return Span(span.article, span.start + cut, span.end, span.text[cut:])


def _concepts(text: str, read: dict[str, set[str]]) -> set[str]:
    """`lx.concepts` of a text, read once per summary (a candidate's concepts are its
    fact's mention's, when no dateline is cut): never changed in place."""
    found = read.get(text)
    if found is None:
        found = read[text] = lx.concepts(text)
    return found


def _concept_weights(facts: list[Fact], settings: WriteSettings,
                     concepts: dict[str, set[str]] | None = None) -> dict[str, float]:
    """A concept's weight: the share of articles beyond the first that use it."""
    concepts = {} if concepts is None else concepts
    per_article: dict[str, set[str]] = {}
    for fact in facts:
        for span in fact.mentions:
            per_article.setdefault(span.article, set()).update(_concepts(span.text, concepts))
    df: Counter[str] = Counter()
    for concepts in per_article.values():
        df.update(concepts)
    n_articles = len(per_article)
    if n_articles <= 1:
        return dict.fromkeys(df, 1.0)
    return {
        c: (d - 1) / (n_articles - 1) * (settings.bigram_boost if " " in c else 1.0)
        for c, d in df.items()
        if d >= settings.min_df
    }


def summarize(
    facts: list[Fact],
    conflicts: list[Conflict],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
    language: str | None = None,
    timeline: list[TimelineEntry] | None = None,
    stories: list[set[str]] | None = None,
    time_settings: TimeSettings | None = None,
) -> list[SummarySentence]:
    """The brief's sentences in `language` (None: whatever the sources use), in story order;
    `timeline` (the story's own dated entries) dates the facts for that order;
    `stories` (a thread's stories' articles, its main story first): the lead comes from
    the main story if one fits, then one sentence from each other story (the thread's
    developments) before any second from one, as far as the budget allows. In a thread's
    brief (several stories, or articles of several days) a sentence opening on a relative
    day ("Today, ...": which day, in a brief of weeks?) leads only when no other sentence
    fits the lead, as a dangling one never leads; `time_settings` finds those words."""
    concepts: dict[str, set[str]] = {}
    cands = _in_language(_candidates(facts, articles, analyses, settings, clarity_settings, language, concepts),
                         language)
    if not cands:
        return []
    disputed = {f.id for f in facts if f.status == "disputed"}
    for conflict in conflicts:
        if conflict.is_dispute:
            disputed.update(conflict.facts)
    languages = {a.id: a.language for a in articles}
    encoder = story_encoder(encoder, [languages.get(c.span.article) for c in cands])
    vecs = embed(encoder, [c.span.text for c in cands])
    central = centrality(vecs)
    weights = _concept_weights(facts, settings, concepts)
    max_sources = max(f.independent_sources for f in facts) or 1
    budget = settings.max_words
    early = _earliness(articles, settings.lead_earliness_days)

    lead_rule = True  # the first pick opens an article
    pending = [set(s) for s in stories or [] if s]  # a thread's stories not yet in the brief
    relative_day = _relative_day_test(_spans_days(pending, articles), time_settings)
    avoid_relative_day = settings.thread_lead_avoids_relative_day
    lead_from = pending.pop(0) if pending else None  # the lead: from the thread's main story
    chosen: list[int] = []
    chosen_at: set[tuple[str, int]] = set()  # (article, sentence index) already in the brief
    covered: set[str] = set()
    facts_done: set[str] = set()
    used = 0
    while True:
        best, best_gain = -1, 0.0
        chosen_vecs = vecs[chosen] if chosen else None
        for i, c in enumerate(cands):
            if used + c.words > budget or c.fact.id in facts_done:
                continue
            # the lead opens an article; a dangling sentence follows its referent or is out
            # the lead: a settled fact from an article's opening sentence
            if not chosen and (c.dangling or (lead_rule and (c.index >= settings.lead_sentences
                                                             or c.fact.id in disputed))):
                continue
            if not chosen and lead_from is not None and c.span.article not in lead_from:
                continue
            if not chosen and avoid_relative_day and relative_day(c):
                continue  # "Today, ...": which day, in a thread's brief of days or weeks?
            if chosen and pending and not any(c.span.article in g for g in pending):
                continue  # a development of the thread not yet told comes first
            if c.dangling and (c.span.article, c.index - 1) not in chosen_at:
                continue
            redundancy = float((chosen_vecs @ vecs[i]).max()) if chosen_vecs is not None else 0.0
            if redundancy > settings.max_redundancy:
                continue
            if c.concepts and len(c.concepts - covered) < (1 - settings.max_said_share) * len(c.concepts):
                continue  # nearly every word pair of it is already in the brief: said twice
            concept_gain = sum(weights.get(k, 0.0) for k in c.concepts - covered)
            corroboration = c.fact.independent_sources / max_sources
            fact_value = corroboration + max(0.0, float(central[i]))
            lead_share = settings.lead_floor + (1 - settings.lead_floor) * corroboration
            gain = (
                settings.concept_weight * concept_gain / c.words**settings.length_exponent
                + settings.fact_weight * fact_value
                + settings.position_weight * c.lead * lead_share
                + settings.clarity_weight * c.clarity
                + settings.fluency_weight * c.fluency
                - settings.redundancy_weight * max(0.0, redundancy)
                - (settings.disputed_penalty if c.fact.id in disputed else 0.0)
            )
            if not chosen:  # the lead: the event as first reported, not a later development
                gain += settings.lead_earliness_weight * early.get(c.span.article, 0.0)
            if best < 0 or gain > best_gain:
                best, best_gain = i, gain
        if best < 0:
            if not chosen and avoid_relative_day:
                avoid_relative_day = False  # only "Today, ..." openings fit: one leads
                continue
            if not chosen and lead_from is not None:
                lead_from = None  # no lead from the main story: any article's opening
                continue
            if not chosen and lead_rule:
                # no opening sentence fits: lead with the best sentence that stands alone
                lead_rule = False
                continue
            if pending:  # no sentence of the stories left fits: the rest as any story's
                pending = []
                continue
            break
        c = cands[best]
        pending = [g for g in pending if c.span.article not in g]
        chosen.append(best)
        chosen_at.add((c.span.article, c.index))
        covered |= c.concepts
        facts_done.add(c.fact.id)
        used += c.words

    order = _story_order(chosen, cands, articles, _fact_dates(timeline or []))
    return [_summary_sentence(cands[i], language) for i in order]


def _spans_days(stories: list[set[str]], articles: list[Article]) -> bool:
    """A thread's brief told over days: several stories, or one story's articles
    published on more than one day."""
    if len(stories) >= 2:
        return True
    days = {a.published for a in articles if a.published and any(a.id in s for s in stories)}
    return len(days) >= 2


def _relative_day_test(thread: bool, time_settings: TimeSettings | None) -> Callable[[_Candidate], bool]:
    """For a thread's brief: does a candidate open on a relative day word (cached per
    sentence)? Outside a thread, never: a story's brief keeps its "Today" leads."""
    if not thread:
        return lambda c: False
    found: dict[tuple[str, int], bool] = {}
    time = time_settings or TimeSettings()

    def test(c: _Candidate) -> bool:
        key = (c.span.article, c.span.start)
        if key not in found:
            found[key] = standalone.opens_on_relative_day(c.span.text, c.language, time)
        return found[key]

    return test


def _earliness(articles: list[Article], days: float) -> dict[str, float]:
    """How early each dated article reported the story: 1 on its first day, decaying by
    exp(-days after / `days`); undated articles 0."""
    dated = [a.published for a in articles if a.published]
    if not dated or days <= 0:
        return {}
    first = min(dated)
    return {a.id: float(np.exp(-(a.published - first).days / days)) for a in articles if a.published}


def _in_language(cands: list[_Candidate], language: str | None) -> list[_Candidate]:
    """Sentences in the brief's language; another language's only for a fact that no
    sentence in the brief's language states."""
    if language is None:
        return cands
    stated = {c.fact.id for c in cands if c.language in (language, None)}
    return [c for c in cands if c.language in (language, None) or c.fact.id not in stated]


def _fact_dates(timeline: list[TimelineEntry]) -> dict[str, str]:
    """A fact's earliest day in the story's own timeline."""
    out: dict[str, str] = {}
    for entry in timeline:
        if entry.fact and entry.precision == "day":
            out[entry.fact] = min(out.get(entry.fact, entry.date), entry.date)
    return out


def _story_order(
    chosen: list[int], cands: list[_Candidate], articles: list[Article], fact_dates: dict[str, str]
) -> list[int]:
    """The lead first; then by the dates of the facts when the story is dated (undated
    sentences take their article's date, or the lead's), else in the order picked
    (importance). A dangling sentence goes right after the sentence it leans on."""
    if not chosen:
        return []
    published = {a.id: a.published.isoformat() for a in articles if a.published}
    lead, rest = chosen[0], chosen[1:]
    glued = {i for i in rest if cands[i].dangling}
    free = [i for i in rest if i not in glued]
    dates = {i: fact_dates.get(cands[i].fact.id) for i in chosen}
    if sum(d is not None for d in dates.values()) >= 2:
        lead_date = dates[lead] or published.get(cands[lead].span.article) or ""
        rank = {i: n for n, i in enumerate(chosen)}
        free.sort(key=lambda i: (dates[i] or published.get(cands[i].span.article) or lead_date, rank[i]))
    order = [lead, *free]
    out: list[int] = []

    def place(i: int) -> None:
        out.append(i)
        for j in sorted(glued):
            if (cands[j].span.article, cands[j].index - 1) == (cands[i].span.article, cands[i].index):
                glued.discard(j)
                place(j)

    for i in order:
        place(i)
    return out


def _summary_sentence(c: _Candidate, language: str | None) -> SummarySentence:
    return SummarySentence(
        text=c.span.text, articles=list(c.fact.articles), facts=[c.fact.id], span=c.span,
        language=c.language if language and c.language and c.language != language else None,
    )

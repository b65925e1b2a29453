"""Vectors and the per-article text layer: time expressions, quantities, names, quotes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class VectorSettings:
    # "auto": USE-multilingual when installed, else TF-IDF
    encoder: str = "auto"  # auto | use | tfidf | sentence-transformers
    model_path: str | None = None  # sentence-transformers model folder or package name
    # BLAS threads of the encoder's forward pass. One: USE encodes micro-batches of a few
    # hundred tokens, too small to gain from a second thread, and on a shared 2-core
    # machine OpenBLAS threads that spin waiting for a core cost far more than they give
    # (120 GVC leads of 1,200 characters at load 11: 5.9 s with 1 thread, 41 s with 2;
    # measured by the #23 branch). Raise it for a sentence-transformers model on an idle machine.
    threads: int = 1
    batch_size: int = 256
    # where the USE tokenizer's built tables and its weights as arrays to map are kept between
    # runs (building the one costs ~1.7 s, inflating the other ~0.4 s at every start); None: $SYNOPTIC_CACHE_DIR, else the user's
    # cache directory ($XDG_CACHE_HOME or ~/.cache)/synoptic; "" turns the cache off
    cache_dir: str | None = None
    # `synoptic brief` loads and runs the USE model in a helper process started with the
    # command, on the second core, while this one imports, cleans and analyses (#23: the
    # 10 MultiLing test articles of `bench/latency.py`, cold, from ~3.3 s to ~2 s wall
    # on an idle 2-core machine; the same vectors). `synoptic ingest` of two batches or more
    # runs it there too, encoding batch n+1 while this process links and writes batch n
    # (`executors.LocalExecutor`; stories identical on 510 GVC and 1,500 synthetic
    # articles). False: all in this process.
    helper: bool = True


@dataclass(frozen=True)
class TimeSettings:
    """text/timex.py: finding time expressions (frozen: the finder's cache keys on it)."""

    # characters either side of a trigger word (month, weekday, digits, "ago") in which
    # the full patterns run: longer than any expression's reach from its trigger; one
    # scan per pattern over the whole text costs ~10x more. Hand-set.
    trigger_window: int = 48
    # text/timex_tense.py: a tense cue after the expression counts as this many times its
    # distance (the nearest cue wins; "met on Sunday" and "On Sunday, they met"); hand-set
    cue_after_weight: float = 1.5
    # characters before a past-looking participle searched for "be"/"been" ("will be
    # held" is not past); hand-set to the longest of those words with their spacing
    passive_reach: int = 12
    # text/timex.py: a day and month without a year in a past clause ("shot inside an
    # apartment Jan. 7" in a July report) is in the year before when the nearest year puts
    # it more than this many days after the report. Read on GVC train+dev and Wikinews
    # trial: the flips past a month were right (10 of 10, once "pending" reads ahead);
    # those within days were future clauses whose tense was misread ("si terrà il 12
    # ottobre"). ESC development: no change.
    past_date_slack_days: int = 31
    # the same for a clause without a tense cue the finder reads ("an aftershock of the
    # February 27 earthquake hit ... on Wednesday" in an October report; "Στις 4 Απριλίου
    # ανεγέρθη το πρώτο μνημείο", a Greek past the cue lists miss). Read on every development
    # article with a date (GVC train+dev, Wikinews trial, MultiLing M000-M005 in 7
    # languages, 1,006 articles): 29 such dates resolved more than a month ahead, all 29 in
    # the past (the nearest 124 days ahead); none from a real future. Hand-set to a quarter,
    # so a coming date a few weeks or two months off without a cue stays ahead.
    untensed_date_slack_days: int = 90
    # characters between a weekday and the date right after it that it names ("السبت في 7
    # يوليو": " في "); hand-set to a short preposition with its spaces
    weekday_date_gap: int = 5


@dataclass(frozen=True)
class QuantitySettings:
    """text/quantities.py: finding counted quantities around trigger words."""

    # characters before a number a hedge may start at ("more than", "approximately");
    # hand-set to the longest hedge with its spacing
    reach_back: int = 28
    # characters after a trigger a figure with its scale and currency may reach; hand-set
    reach_ahead: int = 80
    # what a hedge means (text/quantity_words.py `apply_hedge`): "about 300" is 300 times
    # `about_low` to `about_high`, "nearly 300" from `about_low`; an approximate number
    # word (text/quantities.py: "a dozen or so") from `word_low` to `word_high`; hand-set
    about_low: float = 0.9
    about_high: float = 1.1
    word_low: float = 0.8
    word_high: float = 1.2


@dataclass
class TextSettings:
    # spaCy NER (extra `spacy`) only types names the rules cannot; on ECB+ it did not
    # improve entity linking (B-cubed F 0.796 vs 0.806 rules-only) and costs ~4 s to
    # load and ~4x the time per article, so it is opt-in (`synoptic brief --spacy`).
    use_spacy: bool = False
    spacy_model: str = "en_core_web_sm"
    # text/quotes.py, all hand-set: a quotation has at least this many words; an
    # unattributed phrase of at most `quote_term_words` in quotation marks after a
    # determiner, or that its sentence runs through, is a term or a name, not speech
    quote_min_words: int = 3
    quote_term_words: int = 8
    # characters allowed between a cue before a quote ("told Sky News:") or an
    # "according to X" and the quote, for the cue to introduce it; hand-set
    quote_cue_gap: int = 40
    quote_according_gap: int = 60
    # a speaker's surname written alone more than this often before a full name with it is
    # first written: that full name is another person's ("Louis Gigante", the brother, after
    # 40 "Gigante" that are Vincent, ECB+ 26, dev); a headline's and a lead's one or two bare
    # surnames stay below it. Hand-set; no quote speaker of the dev set changed with it
    quote_bare_surnames: int = 3
    # a lone word next to a quote's cue that is the surname of exactly one person the article
    # names in full is that person (`text/quote_surnames.py`: '"…," قال بيلهام' after "روجر
    # بلهام", MultiLing 2011 M000 in Arabic, dev). Hand-set on. Measured on development data
    # (every quote of MultiLing M000-M005 in 7 languages, Wikinews trial, GVC dev, every 4th
    # ECB+ doc of topics 1-30: 813 articles, 1,699 quotes, `text.analyze` main vs branch):
    # 919 -> 926 attributed, none lost (2 ar, 1 cs, 1 he, 3 nl gained, all read right; and,
    # by `full_name`'s first-named bearer, ECB+ 28_5's quote moved from the father to Fred
    # LaRue, right); bench/entities.py --split dev unchanged
    quote_surname_speakers: bool = True
    # an introduction ending on a colon on the quote's own line names its speaker when the
    # person opens its sentence within this many words ("Na afloop van de zaak nodigde Steve
    # Jobs, …:" has 6, an object further on in MultiLing 2011 M0023 in Arabic, dev, 12+);
    # hand-set on the dev quotes of Wikinews trial and MultiLing ar/en/fr
    quote_intro_subject_words: int = 8
    # text/tokens.py `is_headline_case` ("Tara Reid Finally Checks Into Rehab"), all
    # hand-set: a line of at least `headline_min_words` words is in headline case when
    # this share of its words is capitalized and at least `headline_small_caps_share` of
    # its function words ("of", "into") are; with no function word, from
    # `headline_min_words_alone` words and a share of `headline_caps_share_alone`
    headline_min_words: int = 4
    headline_caps_share: float = 0.7
    headline_small_caps_share: float = 0.5
    headline_min_words_alone: int = 5
    headline_caps_share_alone: float = 0.9
    # text/asides.py, hand-set: an aside about another incident ("Also this weekend, in an
    # unrelated incident a man was shot ...") opens a sentence or follows an introductory
    # phrase of fewer than `aside_opening_words` words and a comma, after at least `aside_min_before` sentences of the
    # article's own story (a report that opens on it is about that incident)
    aside_opening_words: int = 8
    aside_min_before: int = 3
    time: TimeSettings = field(default_factory=TimeSettings)
    quantities: QuantitySettings = field(default_factory=QuantitySettings)

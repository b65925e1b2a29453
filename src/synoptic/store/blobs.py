"""Article vectors as database blobs: dense float32, or sparse when that is shorter.

A hashed TF-IDF vector has 8,192 dimensions of which a lead fills about 1,500: stored
dense it is 32 KB, most of a stored article. Sparse, it is a bitmap of the non-zero
dimensions (1 KB) and their float32 values: about 7 KB, losslessly. Dense blobs are
plain float32 bytes, as stores made before sparse blobs hold them; a sparse blob is
only written when it is shorter than the dense one, and is recognised by its header
and its exact length.
"""

from __future__ import annotations

import numpy as np

_MAGIC = b"SPB1"
_HEADER = 12  # magic, dimensions (uint32), non-zero count (uint32)


def _sparse_length(dims: int, count: int) -> int:
    return _HEADER + (dims + 7) // 8 + 4 * count


def pack_vector(vector: np.ndarray) -> bytes:
    """The shorter lossless form of a float32 vector."""
    dense = np.ascontiguousarray(vector, dtype=np.float32).ravel()
    mask = dense != 0
    count = int(mask.sum())
    if _sparse_length(dense.shape[0], count) >= dense.nbytes:
        return dense.tobytes()
    header = _MAGIC + np.array([dense.shape[0], count], dtype="<u4").tobytes()
    return header + np.packbits(mask).tobytes() + dense[mask].astype("<f4").tobytes()


def unpack_vector(blob: bytes) -> np.ndarray:
    """The float32 vector a blob of `pack_vector` (or a plain float32 blob) holds."""
    if blob[:4] == _MAGIC and len(blob) >= _HEADER:
        dims, count = (int(v) for v in np.frombuffer(blob, dtype="<u4", count=2, offset=4))
        # a dense blob is 4 * dims bytes; a sparse one, exactly its own (shorter) length
        if len(blob) == _sparse_length(dims, count) and len(blob) < 4 * dims:
            bitmap = np.frombuffer(blob, dtype=np.uint8, count=(dims + 7) // 8, offset=_HEADER)
            mask = np.unpackbits(bitmap, count=dims).astype(bool)
            vector = np.zeros(dims, dtype=np.float32)
            vector[mask] = np.frombuffer(blob, dtype="<f4", count=count, offset=_HEADER + (dims + 7) // 8)
            return vector
    return np.frombuffer(blob, dtype=np.float32).copy()


def pack_words(words: np.ndarray, weights: np.ndarray) -> bytes:
    """An article's word buckets (uint32) and their weights (float16: a log-scaled count
    needs no more), as one blob."""
    words = np.ascontiguousarray(words, dtype="<u4")
    return words.tobytes() + np.ascontiguousarray(weights, dtype="<f2").tobytes()


def unpack_words(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The word buckets (int32) and weights (float32) of a blob of `pack_words`."""
    count = len(blob) // 6  # 4 bytes of bucket and 2 of weight per word
    if len(blob) != 6 * count:
        raise ValueError(f"a words blob of {len(blob)} bytes is not whole words")
    words = np.frombuffer(blob, dtype="<u4", count=count).astype(np.int32)
    weights = np.frombuffer(blob, dtype="<f2", count=count, offset=4 * count).astype(np.float32)
    return words, weights

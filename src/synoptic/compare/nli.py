"""Optional hook: a local NLI cross-encoder for contradictions the rules cannot see.

Unused by default (`CompareSettings.nli_model_path` is None). When a path to a
sentence-transformers CrossEncoder folder is set (the `st` extra must be installed),
aligned statement pairs are scored and a pair counts as contradictory above
`threshold`. Never downloads anything: the path must be a local folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=2)
def _load(path: str) -> tuple[Any, int] | None:
    if not Path(path).is_dir():
        return None
    # imported here: the `st` extra is heavy and only this hook needs it; a configured
    # model without the extra installed is an error, not a silently skipped check
    from sentence_transformers import CrossEncoder

    model = CrossEncoder(path, local_files_only=True)
    labels = getattr(model.model.config, "id2label", {}) or {}
    idx = next(
        (int(i) for i, name in labels.items() if "contradict" in str(name).lower()), 0
    )
    return model, idx


def contradiction_scores(pairs: list[tuple[str, str]], path: str | None) -> list[float] | None:
    """P(contradiction) per pair, or None when no usable model is configured."""
    if not path or not pairs:
        return None
    loaded = _load(path)
    if loaded is None:
        return None
    model, idx = loaded
    import numpy as np

    logits = np.asarray(model.predict(pairs, apply_softmax=False), dtype=float)
    if logits.ndim == 1:  # single-logit model: a sigmoid score of contradiction
        return [float(1 / (1 + np.exp(-x))) for x in logits]
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = exp / exp.sum(axis=1, keepdims=True)
    return [float(p[idx]) for p in probs]

"""An object's arrays kept on disk as `.npy` files and read back memory-mapped.

Memory-mapping reads only the pages used and shares them with the page cache and with
other processes: a model's 65 MB table costs a new process almost nothing to open,
where reading it into fresh memory costs a copy and the zero-filling of the pages.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np

_MANIFEST = "manifest.json"
_SCALARS = (bool, int, float, str)


def save_attributes(obj: object, folder: Path, skip: frozenset[str]) -> bool:
    """Write `obj`'s attributes (but `skip`) into `folder`: arrays, lists of arrays and
    plain scalars. False, and nothing written, when one is of another kind (then the
    object cannot be rebuilt from the folder). Written into a temporary folder renamed
    at the end, so a reader never sees half of it."""
    arrays: dict[str, np.ndarray] = {}
    lists: dict[str, int] = {}
    scalars: dict[str, object] = {}
    for name, value in vars(obj).items():
        if name in skip:
            continue
        if isinstance(value, np.ndarray):
            arrays[name] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            lists[name] = len(value)
            arrays.update({f"{name}.{i}": v for i, v in enumerate(value)})
        elif isinstance(value, _SCALARS):
            scalars[name] = value
        else:
            return False
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, mode=0o700)
        for name, array in arrays.items():
            np.save(tmp / f"{name}.npy", array, allow_pickle=False)
        manifest = {"arrays": sorted(arrays), "lists": lists, "scalars": scalars}
        (tmp / _MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        os.rename(tmp, folder)  # atomic; fails if another process got there first
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return folder.is_dir()
    return True


def load_attributes(folder: Path) -> dict[str, object]:
    """The attributes `save_attributes` wrote, arrays memory-mapped read-only; raises
    (OSError, ValueError, KeyError) when the folder is missing or damaged."""
    manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
    # np.asarray: plain arrays over the mapping (a memmap subclass would leak into results)
    arrays = {name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False))
              for name in manifest["arrays"]}
    out: dict[str, object] = dict(manifest["scalars"])
    for name, n in manifest["lists"].items():
        out[name] = [arrays.pop(f"{name}.{i}") for i in range(n)]
    out.update(arrays)
    return out

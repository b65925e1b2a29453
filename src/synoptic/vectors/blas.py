"""The widest matrix kernel the processor runs, for a process this one starts.

OpenBLAS (NumPy's BLAS in its wheels) picks its kernels when it loads, by the processor
model it recognizes; a processor newer than the library (here an AMD family 0x1A, `Zen 5`,
under OpenBLAS 0.3.31) falls back to the AVX2 kernels ("Haswell") although it runs
AVX-512. The encoder's second convolutions are single-precision matrix products, and the
AVX-512 kernel ("SkylakeX") runs them about twice as fast on such a processor (measured
with one thread: 110 -> 220 GFLOPS on 240 x 1,280 by 1,280 x 256 products; #23). The
choice can only be made before the library loads, so it is made for the encoder's helper
process (`worker.EncoderHelper`): when this process's OpenBLAS runs an AVX2 kernel, the
processor has every AVX-512 extension the SkylakeX kernel uses, and the user did not pick
a kernel (`OPENBLAS_CORETYPE`), the helper is started with `OPENBLAS_CORETYPE=SkylakeX`.
Vectors agree with the AVX2 kernel's to float32 rounding (largest difference 6e-7 on
synthetic leads; the sums are blocked otherwise).
"""

from __future__ import annotations

import os

# OpenBLAS's names for its AVX2-only kernels (what it falls back to on a newer processor)
_AVX2_KERNELS = frozenset({"haswell", "zen"})
# what OpenBLAS's SkylakeX kernels execute
_SKYLAKEX_FLAGS = frozenset({"avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd"})


def cpu_flags(cpuinfo: str = "/proc/cpuinfo") -> frozenset[str]:
    """The processor's feature flags (Linux); empty where they cannot be read."""
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return frozenset(line.partition(":")[2].split())
    except OSError:
        pass
    return frozenset()


def openblas_kernels() -> list[str]:
    """The kernel family each OpenBLAS loaded in this process runs ("Haswell", "SkylakeX"...)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return []
    try:
        controllers = ThreadpoolController().lib_controllers
    except Exception:  # a library threadpoolctl cannot read: no choice made
        return []
    return [str(c.architecture) for c in controllers
            if getattr(c, "internal_api", "") == "openblas" and getattr(c, "architecture", None)]


def wider_kernel(kernels: list[str], flags: frozenset[str], environ: dict[str, str]) -> dict[str, str]:
    """The environment a child process needs to run OpenBLAS's AVX-512 kernel (empty: none)."""
    if "OPENBLAS_CORETYPE" in environ or not kernels or not _SKYLAKEX_FLAGS <= flags:
        return {}
    if all(k.lower() in _AVX2_KERNELS for k in kernels):
        return {"OPENBLAS_CORETYPE": "SkylakeX"}
    return {}


def helper_blas_env() -> dict[str, str]:
    """`wider_kernel` for this process and processor."""
    return wider_kernel(openblas_kernels(), cpu_flags(), dict(os.environ))

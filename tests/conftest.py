"""Shared fixtures: the bundled example and the shared benchmark data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_DIR = ROOT / "examples" / "geneva-2022"
SHARED_DIR = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE_DIR


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared benchmark data; tests that need it skip visibly when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DIR}")
    return SHARED_DIR

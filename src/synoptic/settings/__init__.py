"""One settings object, with defaults that work offline on a small machine.

Each stage reads only its own section. Settings are plain frozen-ish dataclasses
passed down explicitly: no global state.
"""


from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from synoptic.settings.compare import ClaritySettings, CompareSettings
from synoptic.settings.faces import StoreSettings, WebSettings, WriteSettings
from synoptic.settings.link import LinkSettings
from synoptic.settings.read_clean import (
    CleanSettings,
    LineSettings,
    OutletNameSettings,
    ReadSettings,
    default_threads,
)
from synoptic.settings.text import QuantitySettings, TextSettings, TimeSettings, VectorSettings
from synoptic.settings.threads import ThreadSettings

__all__ = [
    "ClaritySettings", "CleanSettings", "CompareSettings", "LineSettings", "LinkSettings", "OutletNameSettings",
    "QuantitySettings", "ReadSettings", "Settings", "StoreSettings", "TextSettings", "ThreadSettings",
    "TimeSettings", "VectorSettings", "WebSettings", "WriteSettings", "default_threads",
]


@dataclass
class Settings:
    read: ReadSettings = field(default_factory=ReadSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    vectors: VectorSettings = field(default_factory=VectorSettings)
    text: TextSettings = field(default_factory=TextSettings)
    link: LinkSettings = field(default_factory=LinkSettings)
    threads: ThreadSettings = field(default_factory=ThreadSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)
    write: WriteSettings = field(default_factory=WriteSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    web: WebSettings = field(default_factory=WebSettings)
    reference_date: date | None = None  # --date: overrides inference
    # --one-story: the user says the input is one story (a folder about one event): no
    # clustering, every article goes into one brief
    one_story: bool = False
    # `--by thread`: also brief each thread (the stories of one developing topic) across
    # its stories, as one brief; "story" (default): the stories' briefs alone
    brief_by: str = "story"
    quiet: bool = False

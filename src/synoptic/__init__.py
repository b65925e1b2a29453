"""Synoptic: many outlets' coverage of the same events, turned into one cited picture."""

__version__ = "0.1.0"

# a new process's regular expressions from the programs a former run compiled (#23)
from synoptic.util import regex_cache as _regex_cache  # noqa: E402

_regex_cache.install()

"""Synoptic: many outlets' coverage of the same events, turned into one cited picture."""

__version__ = "0.1.0"

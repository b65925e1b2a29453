"""The web face: `create_app(store, settings)` serves pages and the JSON API over a store."""

from synoptic.web.app import create_app

__all__ = ["create_app"]

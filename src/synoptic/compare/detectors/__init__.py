"""Dispute detectors, one module per kind of conflict, each with one signature:
`detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]`.
`compare/conflicts.py` runs them in `DETECTORS` order."""

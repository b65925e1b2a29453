"""Czech word lists (see `synoptic.lang`)."""

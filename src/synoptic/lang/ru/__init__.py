"""Russian word lists (see `synoptic.lang`)."""

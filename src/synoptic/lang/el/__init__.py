"""Greek word lists (see `synoptic.lang`)."""

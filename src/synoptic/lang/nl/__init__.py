"""Dutch words (see `synoptic.lang`)."""

"""Arabic words (see `synoptic.lang`)."""

"""Hebrew word lists (see `synoptic.lang`)."""

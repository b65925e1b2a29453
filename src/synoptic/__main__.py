"""`python -m synoptic ...` runs the command line, as the `synoptic` script does."""

from synoptic.cli import main

main()

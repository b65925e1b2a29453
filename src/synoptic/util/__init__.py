"""Small pure helpers every layer may use (no stage, no face imports)."""

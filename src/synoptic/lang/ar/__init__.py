"""Arabic: `stop_words.py` holds its word lists."""

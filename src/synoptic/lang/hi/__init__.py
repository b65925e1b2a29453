"""Hindi word lists (`stop_words.py`)."""

"""Italian words of clock times ("alle 15.30", "verso le 3 del mattino", "alle ore 11"),
read by `text/clock.py` (see there for what each list is)."""

LEADS = ("alle ore", "alle", "all'", "all’", "verso le", "verso l'", "verso l’", "intorno alle", "dalle", "fino alle",
         "poco dopo le", "poco prima delle", "prima delle", "dopo le", "ore")
HOUR_WORDS = ("ore",)
HOUR_WORD_NEEDED = False  # "alle tre" is a time
HOURS = {"una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
         "nove": 9, "dieci": 10, "undici": 11, "dodici": 12}
NAMED = {"mezzogiorno": 720, "mezzanotte": 0}
MINUTES = {"e mezza": 30, "e mezzo": 30, "e un quarto": 15, "meno un quarto": -15}
HALF_DAY = {"del mattino": "am", "di mattina": "am", "della mattina": "am", "del pomeriggio": "pm",
            "di pomeriggio": "pm", "della sera": "pm", "di sera": "pm", "della notte": "night", "di notte": "night"}
ZONES = {"ora locale": "LOCAL TIME", "ora italiana": "CET"}
DURATION_BEFORE = ("per", "in", "da", "oltre", "più di", "piu di", "meno di")
DURATION_AFTER = ("di viaggio", "di volo", "di cammino", "di distanza", "di auto", "di treno")

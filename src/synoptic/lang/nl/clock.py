"""Dutch words of clock times ("om 15.30 uur", "rond drie uur 's nachts"), read by
`text/clock.py` (see there for what each list is)."""

# ("na 3 uur", "voor 3 uur" are lengths of time as often: left out)
LEADS = ("om", "rond", "omstreeks", "tegen", "kort na", "kort voor", "vanaf", "even na", "even voor")
HOUR_WORDS = ("uur",)
HOUR_WORD_NEEDED = True  # "om drie" is rare: "om drie uur"
HOURS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}
NAMED = {"middernacht": 0}
MINUTES: dict[str, int] = {}  # "half drie" (2:30) comes before the hour: left out
HALF_DAY = {"'s ochtends": "am", "’s ochtends": "am", "'s morgens": "am", "’s morgens": "am",
            "'s middags": "pm", "’s middags": "pm", "'s avonds": "pm", "’s avonds": "pm",
            "'s nachts": "night", "’s nachts": "night"}
ZONES = {"lokale tijd": "LOCAL TIME", "plaatselijke tijd": "LOCAL TIME", "nederlandse tijd": "CET"}
DURATION_BEFORE = ("in", "gedurende", "ruim", "meer dan", "minder dan")
DURATION_AFTER = ("lang", "rijden", "vliegen", "lopen", "reizen")

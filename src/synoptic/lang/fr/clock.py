"""French words of clock times ("à 15 h 30", "vers 11 heures", "à trois heures du matin"),
read by `text/clock.py` (see there for what each list is)."""

# ("après 3 heures", "depuis 3 heures", "environ 3 heures" are lengths of time as often: left out)
LEADS = ("à", "vers", "dès", "peu après", "peu avant", "jusqu'à", "jusqu’à", "aux alentours de", "autour de")
HOUR_WORDS = ("heures", "heure", "h")
HOUR_WORD_NEEDED = True  # "à trois" alone is no time: "à trois heures" is
HOURS = {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
NAMED = {"midi": 720, "minuit": 0}
MINUTES = {"et demie": 30, "et demi": 30, "et quart": 15, "moins le quart": -15, "moins quart": -15}
HALF_DAY = {"du matin": "am", "de l'après-midi": "pm", "de l’après-midi": "pm", "de l'apres-midi": "pm",
            "du soir": "pm", "de la nuit": "night"}
ZONES = {"heure locale": "LOCAL TIME", "heure de paris": "CET"}
# a length of time, not a time of day, after these ("en 3 h 51", "pendant 15 heures")
DURATION_BEFORE = ("en", "pendant", "durant", "il y a", "plus de", "moins de")
# a length of time, not a time of day, after these ("à trois heures de route", "15 heures de
# négociations"; "heures du matin" and "heure de Paris" are read before)
DURATION_AFTER = ("de", "d'", "d’")

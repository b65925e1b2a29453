"""Spanish words of clock times ("a las 15:30", "a las tres de la tarde", "hacia las 11"),
read by `text/clock.py` (see there for what each list is)."""

LEADS = ("a las", "a la", "hacia las", "hacia la", "sobre las", "sobre la", "desde las", "hasta las",
         "a eso de las", "alrededor de las", "cerca de las", "pasadas las", "antes de las", "después de las",
         "despues de las")
HOUR_WORDS = ("horas", "hora", "h")
HOUR_WORD_NEEDED = False  # "a las tres" is a time
HOURS = {"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
         "nueve": 9, "diez": 10, "once": 11, "doce": 12}
NAMED = {"mediodía": 720, "mediodia": 720, "medianoche": 0}
MINUTES = {"y media": 30, "y cuarto": 15, "menos cuarto": -15}
HALF_DAY = {"de la mañana": "am", "de la manana": "am", "de la madrugada": "am", "de la tarde": "pm",
            "de la noche": "night"}
ZONES = {"hora local": "LOCAL TIME", "hora peninsular": "CET"}
DURATION_BEFORE = ("durante", "en", "hace", "más de", "mas de", "menos de")
DURATION_AFTER = ("de viaje", "de vuelo", "de camino", "de distancia", "de coche", "de tren")

"""Arabic words of clock times ("الساعة 11:24 صباحا", "الساعة الثامنة والنصف"), read by
`text/clock.py` (see there for what each list is)."""

LEADS = ("الساعة", "بالساعة", "والساعة", "للساعة")
HOUR_WORDS: tuple[str, ...] = ()
HOUR_WORD_NEEDED = False  # "الساعة الثالثة" is a time: the lead is the word for the hour
HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
         "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11,
         "الثانية عشرة": 12, "الثانية عشر": 12}
NAMED: dict[str, int] = {}
MINUTES = {"والنصف": 30, "و النصف": 30, "والربع": 15, "و الربع": 15, "والثلث": 20, "إلا ربعا": -15,
           "الا ربعا": -15, "إلا ربع": -15, "الا ربع": -15, "إلا الربع": -15, "الا الربع": -15}
HALF_DAY = {"صباحا": "am", "صباحاً": "am", "صباح": "am", "فجرا": "am", "فجراً": "am", "فجر": "am",
            "ظهرا": "pm", "ظهراً": "pm", "ظهر": "pm", "بعد الظهر": "pm", "عصرا": "pm", "عصراً": "pm", "عصر": "pm",
            "مساء": "pm", "مساءً": "pm", "مساءا": "pm", "ليلا": "night", "ليلاً": "night"}
ZONES = {"بالتوقيت المحلي": "LOCAL TIME", "بتوقيت جرينتش": "GMT", "بتوقيت غرينتش": "GMT",
         "بتوقيت غرينيتش": "GMT"}
DURATION_BEFORE: tuple[str, ...] = ()  # every Arabic clock time here has its lead
DURATION_AFTER: tuple[str, ...] = ()
# nouns written with the article beside a clock time that name no event: the hour, the
# clock's zone, parts of the day, weekdays ("في الساعة 3 من صباح يوم الخميس")
NOT_EVENTS = frozenset(
    """ساعة توقيت محلي عالمي صباح مساء ظهر فجر ليل ليلة يوم أمس اليوم سبت أحد احد اثنين ثلاثاء أربعاء اربعاء
    خميس جمعة ماضي ماضية حالي جاري""".split()
)

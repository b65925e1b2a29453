"""Hebrew words, one list per purpose (see `synoptic.lang`; `text/hebrew_names.py` reads
them: Hebrew has no capitals, so a name is found by the words around it)."""

from __future__ import annotations

# Verbs of saying, past tense (masculine, feminine, plural): after a quotation, their
# subject follows them ("...", אמר דה בוהר).
SPEECH_VERBS = frozenset(
    """
    אמר אמרה אמרו ציין ציינה ציינו הוסיף הוסיפה הוסיפו טען טענה טענו הודיע הודיעה הודיעו
    הסביר הסבירה הדגיש הדגישה מסר מסרה הזהיר הזהירה צוטט צוטטה צוטטו
    """.split()
)

# Titles and honorifics written before a name ("אמר המושל יבאררה", "ד"ר גרין"); with the
# article "ה" too. Words with "ה" after one complete it ("ראש העיר", "דובר המדינה").
NAME_TITLES = frozenset(
    """
    ד"ר דוקטור פרופסור פרופ' מר גב' גברת הרב רב נשיא הנשיא שר השר סגן מושל המושל דובר הדובר
    דוברת הדוברת מזכ"ל מנכ"ל יו"ר ראש קולונל אלוף מייג'ור גנרל סרן השופט שופט עו"ד הכתב כתב
    השגריר שגריר עיתונאי עיתונאית כתבת צלם שוטר
    """.split()
)

# Words that stand between a verb of saying and its subject without being a name: times
# and adverbs ("אמר אתמול צ'ן", "said yesterday Chen").
FUNCTION_WORDS = frozenset(
    """
    אתמול היום מחר שוב גם עוד כי אשר כך זאת זה הוא היא הם הן אנו אנחנו אני לא עם על אל של
    בשני בשלישי ברביעי בחמישי בשישי בשבת בראשון
    מאז לאחר אחרי עד לפני במהלך כדי ב
    """.split()
)

# Personal pronouns: never a name.
PRONOUNS = frozenset("אני אתה את הוא היא אנחנו אנו אתם הם הן".split())

# Nouns for people: a subject that is one of them is no name ("אמר תושב מקומי אחד").
PERSON_NOUNS = frozenset(
    """
    תושב תושבת תושבים עד עדה עדים שוטר שוטרים מומחה מומחים פקיד פקידים גורם גורמים אחד אחת
    """.split()
)

# Words that make a weekday the last or the next one, written after it ("ביום חמישי שעבר",
# last Thursday: on a Thursday, the week before; MultiLing 2011 M001, development).
WEEKDAY_PAST = frozenset("שעבר האחרון".split())
WEEKDAY_NEXT = frozenset("הבא הקרוב".split())

# Days of the month written as ordinal words ("בשביעי ביולי", on the seventh of July;
# MultiLing 2011 M001, development: only the month was read), the first to the tenth.
DAY_ORDINALS = ("ראשון|הראשון", "שני|השני", "שלישי|השלישי", "רביעי|הרביעי", "חמישי|החמישי",
                "שישי|השישי", "שביעי|השביעי", "שמיני|השמיני", "תשיעי|התשיעי", "עשירי|העשירי")

# Nouns of time a year is written after as its date ("בשנת 2005", in the year 2005); a year
# after any other word is part of a name or a modifier ("פעולות הטרור 2000", the Terrorism
# Act 2000; text/timex.py)
TIME_NOUNS = frozenset("שנת שנה השנה שנות תחילת סוף אמצע".split())

# Month names, January first, with a spelling dateparser lacks ("26 מרס 2005", MultiLing 2011
# M000 he, development: the article's date was read from its year alone)
MONTH_NAMES = ("ינואר", "פברואר", "מרץ|מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
               "נובמבר", "דצמבר")

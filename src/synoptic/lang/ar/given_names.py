"""The most frequent Arabic given names, as evidence for a native name that no title or verb
introduces (`text/arabic_native.py`): "محمد صديق خان", "أحمد شاه". Written without
diacritics; the reader folds hamza forms of alif and ta marbuta before comparing.

Only names that are hardly ever a common noun, adjective, verb or preposition in news text
are listed as evidence on their own (with a second name word after them). Names that are
as often common words ("عمر", age; "حسن", good; "علي", which folds like the preposition
"على"; "صدام", a clash; "قاسم", a divisor) are left out: such a name is found only by a
title, a verb of saying, an apposition or a list beside a name found otherwise.
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    """
    محمد أحمد محمود مصطفى إبراهيم ابراهيم إسماعيل اسماعيل يوسف يعقوب إسحاق اسحاق سليمان
    سلمان داود موسى عيسى عثمان حسين عبدالله عبدالرحمن عبدالعزيز خالد طارق ياسر أسامة اسامة
    هشام فيصل أيمن ايمن رشيد بشار معمر حسني جلال عمرو زياد مروان هاني سمير عصام عماد إياد
    اياد مهدي حيدر جعفر عباس فؤاد رامي بلال معاذ مازن فهد حمزة يونس إدريس ادريس
    فاطمة عائشة مريم زينب خديجة
    """.split()
)

"""Arabic words, one list per purpose (see `synoptic.lang`).

Arabic has no capital letters, so names are found by the words around them
(`text/arabic_names.py`): titles and honorifics before a name, speech verbs before their
subject, and these function words that end a name. Words are written without diacritics;
the reader folds hamza forms of alif, alif maqsura and ta marbuta before comparing.
"""

from __future__ import annotations

# A sentence opening with one of these (a personal or demonstrative pronoun, with or
# without the conjunction و, or a contrastive connective) needs the sentence before it.
# "و" alone opens most Arabic news sentences ("وقال"): it is not in the list.
DANGLING_OPENINGS = frozenset(
    line.strip()
    for line in """
    هو
    هي
    هم
    هما
    هن
    وهو
    وهي
    وهم
    وهما
    هذا
    هذه
    ذلك
    تلك
    هؤلاء
    وهذا
    وهذه
    وذلك
    لكن
    ولكن
    لكنه
    لكنها
    ولكنه
    غير أن
    إلا أن
    بيد أن
    كما
        حيث
    حيث أن
    إذ
    كما أن
    والتي
    الذي
    التي
    الذين
""".strip().splitlines()
)

# After a demonstrative these name a time, not a referent ("This week").
TIME_NOUNS = frozenset(
    """
    الأسبوع العام الشهر اليوم الصباح المساء الليلة السنة
    """.split()
)

# An opening word with one of these prefixes continues the sentence before: "و" or "ف"
# ("and", "so") glued to a definite noun ("والتقصير"), a list's next item, not a clause.
DANGLING_PREFIXES = frozenset(
    """
    وال فال
    """.split()
)

# A sentence opening on a verb with the conjunction "و" or "ف" ("واتهم", "وأضاف") whose
# next word is one of these (a particle or a preposition) where a subject would stand
# has no subject of its own: "and [he] added that ...", "and [he] was accused of ...";
# it leans on the sentence before it. A next word glued to "بال" or "لل" counts too.
SUBJECT_GAP_WORDS = frozenset(
    """
    أن ان إن إنه انه أنه إنها انها أنها أنهم انهم إنهم بأن بان بأنه بانه بأنها بانها
    على إلى الى في من عن مع ب ل عليه عليها عليهم إليه اليه إليها اليها فيه فيها منه منها
    عنه عنها معه معها له لها لهم به بها بهم للصحفيين
    """.split()
)

# After "و" or "ف" these open an adverbial phrase or a particle, not a verb ("وفقا ل",
# "ومن المتوقع"): such an opening is no subject-less verb.
NOT_VERBS = frozenset(
    """
    وفقا طبقا نظرا تبعا استنادا بناء إضافة اضافة خلافا أيضا ايضا كذلك بعد قبل خلال منذ
    حسب بحسب عند لدى رغم بالرغم على في من إلى الى عن مع ب ل ك حتى ثم قد لقد لم لن لا ما
    إن ان أن إذ اذ إذا اذا كما مثل بين حول ضد دون عبر نحو عقب إثر اثر تم يتم جرى يجري
    فيما بينما عندما حين حينما هذا هذه ذلك تلك هو هي هم
    """.split()
)


# Weekday names (with and without hamza), as they open a dateline ("الثلاثاء 18 يناير 2005").
WEEKDAY_NAMES = frozenset(
    """
    الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت
    """.split()
)


# Month names January..December beyond the Egyptian ones dateparser knows ("يناير"): the
# Levantine and Iraqi names ("كانون الثاني" January, "شباط" February ... "كانون الأول"
# December), as "26 كانون الأول 2004" or "12 تشرين الثاني/نوفمبر" write them; "كانون" and
# "تشرين" name two months each, so they count only with their "first"/"second" (written
# with or without the article and the hamza). Alternatives are separated by "|".
MONTH_NAMES = (
    "كانون الثاني|كانون ثاني|كانون الثانى",
    "شباط",
    "آذار|اذار|أذار",
    "نيسان",
    "أيار|ايار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول|ايلول",
    "تشرين الأول|تشرين الاول|تشرين أول|تشرين اول",
    "تشرين الثاني|تشرين ثاني|تشرين الثانى",
    "كانون الأول|كانون الاول|كانون أول|كانون اول",
)


# Particles, pronouns and other function words: never part of a name, and a name ends
# before one.
FUNCTION_WORDS = frozenset(
    """
    في من إلى الى على عن مع بعد قبل حتى منذ خلال بين عند لدى حول ضد دون عبر نحو مابعد
    و أو او ثم أن ان إن إنه انه أنه إنها انها أنها أنهم انهم إنهم لأن لان لكن بل قد لقد لم لن
    لا ما ماذا هل كيف أين متى كما مثل غير أي كل بعض أحد احد جميع هذا هذه ذلك تلك هؤلاء
    الذي التي الذين اللذين هو هي هم هن نحن أنا انا أنت انت هما
    يوم اليوم أمس غدا الآن أيضا ايضا فقط حيث إذا اذا لو كان كانت يكون تكون ليس ليست
    وقد وقال قال قالت وقالت للصحفيين له لها لهم به بها بهم عليه عليها عليهم منه منها منهم
    عام سنة شهر أسبوع ساعة
    باسم نيابة بإسم لدى وفق وفقا بحسب حسب
    ضمن عدم بعدم لعدم بأن بان لأن لان لأنه لانه لأنها لأننا لاننا بشكل وهو وهي وهم وهما
    حديثا مؤخرا سابقا لاحقا رسميا حاليا مجددا فورا جدا
    واحد اثنان اثنين ثلاثة أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة مئة مائة ألف الف
    مليون مليار بليون بشأن أمام امام خارج داخل تماما
    أيام ايام أشهر اشهر سنوات ساعات دقائق أسابيع اسابيع
    """.split()
)


# Personal pronouns, never a name.
PRONOUNS = frozenset("أنا انا أنت انت هو هي نحن أنتم هم هن هما".split())


# Titles, honorifics and kinship words written before a person's name (without the
# conjunction "و" or a preposition "ب"/"ل" a reader strips first). A title may be followed
# by adjectives with "ال" ("الرئيس الإيراني", "وزير الدفاع البريطاني") before the name.
NAME_TITLES = frozenset(
    """
    الرئيس الرئيسة السيد السيدة السير الآنسة الدكتور الدكتورة الأستاذ البروفيسور الشيخ
    الأمير الأميرة الملك الملكة الإمام المفتي البابا القس الحاخام اللورد البارونة
    الجنرال العقيد اللواء العميد المقدم الرائد النقيب الكابتن الملازم الرقيب الجندي الأدميرال
    المشير الفريق القائد قائد
    رئيس وزير وزيرة الوزير الوزيرة النائب النائبة السفير السفيرة المتحدث المتحدثة الناطق
    المدير المديرة مدير مديرة المستشار المستشارة الأمين الحاكم المحافظ العمدة القاضي
    المحامي المدعي المحقق المراسل الصحفي المحلل الخبير الزعيم زعيم رئيسة
    عم عمه خال خاله جد جده جدة جدته والد والده والدة والدته شقيق شقيقه شقيقة شقيقته
    زوج زوجها زوجة زوجته ابنه ابنته
    منسق المنسق نائب عضو وكيل وكيلة حارس مصمم مصممة مصممو المصمم السوبرانو سوبرانو
    المغني المغنية المغنين المغنيات مغني مغنية الممثل الممثلة الفنان الفنانة اللاعب المدرب
    الكاتب الكاتبة المصور الناشط الناشطة الباحث الأمينة المفوض الوكيل
    الصحافي الصحافية الشرطي الشرطية عمدة محافظ
    """.split()
)

# Nouns a title governs before its qualifiers, without the article ("رئيس وزراء المملكة
# المتحدة غوردون براون", "وزير خارجية ..."): the name comes after them and their qualifiers.
TITLE_COMPLEMENTS = frozenset("وزراء خارجية داخلية دفاع عدل مالية تحرير".split())

# Function words that are also names or the first word of one, after a title ("الأمين العام
# بان كي مون": "بان" is the unhamzated "بأن" too).
NAME_FUNCTION_WORDS = frozenset("بان لي".split())


# Speech and announcement verbs; the subject (often a name) follows the verb.
SPEECH_VERBS = frozenset(
    """
    قال قالت أضاف اضاف أضافت أعلن اعلن أعلنت صرح صرحت أكد اكد أكدت ذكر ذكرت أوضح اوضح
    أوضحت أشار اشار أشارت يقول تقول أفاد افاد نفى نفت
    ادعى ادعت حذر حذرت شدد شددت
    أجاب اجاب أجابت اجابت
    قائلا قائلة مشيرا مشيرة مضيفا مضيفة
    """.split()
)


# Nouns that open an organisation's name ("وزارة الدفاع", "الأمم المتحدة", "دار الأوبرا").
ORG_HEADS = frozenset(
    """
    وزارة منظمة هيئة شركة جامعة مجلس وكالة حزب الأمم جمعية مؤسسة اتحاد الاتحاد
    البحرية الخطوط دار بنك البنك محكمة المحكمة حركة جبهة الجيش جيش الشرطة مصرف
    أمانة مركز صندوق الصندوق مكتب مفوضية المفوضية معهد
    فريق نادي
    """.split()
)


# Nouns for people without a name, which follow a verb of saying as often as a name does
# ("وقال مسؤول إيراني"): never part of a name.
PERSON_NOUNS = frozenset(
    """
    مسؤول مسؤولون مسؤولين متحدث مصدر مصادر شاهد شهود محلل محللون خبير خبراء مراسل
    دبلوماسي دبلوماسيون دبلوماسيين مسؤولو الجنود جنود جندي بحار بحارة رجل امرأة
    عامل عمال صياد صيادون مواطن مواطنون ساكن سكان طبيب أطباء محامي محام مفوض محافظ عمدة
    مستشار سفير قاض ناطق
    """.split()
)


# Finite verbs frequent in news (past and present, masculine and feminine, singular and
# plural), beside the verbs of saying: a name read after a title or a speech verb ends
# before one ("المتحدث جلين سيمبكينز حصل على", "طالب السيد بلير بعدم وضع"). Written without
# the conjunction "و"/"ف", which the reader strips. `text/arabic_names.py` also stops at
# the shapes of verbs (the prefix "يست"/"تست" of the tenth form's present, the plural
# endings "ون"/"وا" of a word opened by "ي"/"ت").
VERB_FORMS = frozenset(
    """
    حصل حصلت وضع وضعت قام قامت أصبح اصبح أصبحت كان كانت يكون تكون بدأ بدأت تم يتم عاد
    عادت وصل وصلت رفض رفضت طالب طالبت دعا دعت اتهم اتهمت اعتبر اعتبرت قتل قتلت أدين
    ادين أدينت صدر جاء جاءت ظهر ظهرت وافق وافقت تولى شغل ترك تركت غادر غادرت عمل
    عملت قضى توفي حضر حضرت التقى زار زارت استقال أعرب اعرب أعربت شارك شاركت أمر أمرت
    سمح سمحت منع منعت أرسل ارسل أرسلت طلب طلبت يريد تريد نريد أريد يرى ترى يعتقد تعتقد
    يعتبر تعتبر يواجه تواجه يمكن يجب سيكون ستكون قد لقد رصد يستشهد استشهد اعترف اعترفت
    أقر اقر أقرت نفذ نفذت ارتكب ارتكبت أشاد اشاد يشير تشير يحاول تحاول حاول
    حاولت خفض يخفض وقع وقعت أجرى اجرى أجرت فاز فازت خسر خسرت احتجز احتجزت احتجاز
    """.split()
)

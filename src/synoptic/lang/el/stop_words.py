"""Greek function words, one list per purpose (see `synoptic.lang`)."""

from __future__ import annotations

# Capitalized only because they open a sentence: never a name (entities, quotes).
FUNCTION_WORDS = frozenset(
    """
    ο η το οι τα τον την του της των τους τις ένας μία μια ένα και αλλά όμως ωστόσο επίσης
    στο στη στην στον στα στους στις σε με για από κατά μετά πριν όπως ενώ όταν αν εάν
    αυτό αυτή αυτός αυτοί αυτές αυτά εκείνος εκείνη εκείνοι σήμερα χθες αύριο
    δευτέρα δευτέρας τρίτη τρίτης τετάρτη τετάρτης πέμπτη πέμπτης παρασκευή παρασκευής
    σάββατο σαββάτου κυριακή κυριακής
    """.split()
)

# Personal pronouns: never a name, and no speaker between a name and its speech verb.
PRONOUNS = frozenset("εγώ εμείς εσύ εσείς αυτός αυτή αυτοί αυτές εκείνος εκείνη εκείνοι".split())

# Verbs of saying (past and present): a quotation's cue, its speaker next to them
# ("είπε ο Metzger", "δήλωσε ο Σταύρος Δήμας").
SPEECH_VERBS = frozenset(
    """
    είπε είπαν λέει λένε δήλωσε δήλωσαν δηλώνει ανέφερε ανέφεραν αναφέρει τόνισε τόνισαν
    τονίζει πρόσθεσε πρόσθεσαν προσθέτει σημείωσε σημειώνει υπογράμμισε εξήγησε υποστήριξε
    επεσήμανε ανακοίνωσε απάντησε προειδοποίησε παραδέχθηκε ισχυρίστηκε
    """.split()
)
# (a verb of saying opens a sentence capitalized, "Είπε ότι ...": no name either)
FUNCTION_WORDS = FUNCTION_WORDS | SPEECH_VERBS

# A title governs what it is of in the genitive ("Υπουργός Αμύνης Des Browne", "Πρόεδρος
# του Ηνωμένου Βασιλείου Τόνι Μπλέρ", "Γενικός Γραμματέας Ανθρωπιστικών Υποθέσεων";
# MultiLing 2011 M000, M002): endings of the genitive singular (-ου) and plural (-ών/-ων),
# and genitives in -ης/-ας of nouns that name ministries and services (a given name may
# end so: "Γιάννης", "Κώστας"). The genitive article may stand between title and complement.
# (and of the third declension's neuters, which no name's nominative ends with: "υπουργός
# Περιβάλλοντος" was a person, MultiLing 2011 M0047 in Greek; "Κράτους", "Ιδρύματος")
GENITIVE_ENDINGS = ("ου", "ού", "ών", "ων", "οντος", "ματος", "ους")
GENITIVE_HEADS = frozenset(
    """
    αμύνης υγείας παιδείας δικαιοσύνης ανάπτυξης εργασίας ασφάλειας ενέργειας υπηρεσίας
    γεωλογικής εθνικής δημόσιας τάξης οικονομίας ναυτιλίας γεωργίας ελλάδας ελλάδος ευρώπης
    ένωσης επιτροπής κυβέρνησης βουλής αστυνομίας
    """.split()
)
GENITIVE_ARTICLES = frozenset("του της των".split())

# Nouns of nationality ("Βρετανίδα", a British woman, was a quote's speaker; MultiLing 2011
# M002): a person's description, never their name.
DEMONYMS = frozenset(
    """
    βρετανός βρετανίδα βρετανοί ιρανός ιρανή ιρανοί αμερικανός αμερικανίδα αμερικανοί γάλλος
    γαλλίδα γάλλοι γερμανός γερμανίδα γερμανοί ιταλός ιταλίδα ισπανός ισπανίδα δανός δανέζα
    ρώσος ρωσίδα κινέζος κινέζα ιάπωνας ιαπωνέζα ιρακινός ιρακινή χιλιανός χιλιανή
    """.split()
)

# Endings of the adjective made of a noun of nationality ("Ιρανική Επαναστατική Φρουρά",
# "το Ιρανικό συμβούλιο", as this translation capitalizes them, were persons and a quote's
# speaker; MultiLing 2011 M002, development): the stem is a `DEMONYMS` word's
DEMONYM_ADJECTIVE_ENDINGS = frozenset("ικός ική ικό ικοί ικές ικά ικού ικής ικών ικούς ικόν ικήν".split())

# A country's name in an oblique case, its accents left out, and the ending of its
# nominative (CLDR, read through Babel, gives the nominative: "Ηνωμένο Βασίλειο", "Χιλή",
# "Καναδάς"): "Ηνωμένου Βασιλείου", "Χιλής", "Καναδά", "Νέας Ζηλανδίας" were persons, and
# "Ιράν" a quote's speaker (MultiLing 2011 M002 and M005 in Greek, development), so
# `text/names.is_place_name` knows a place in any case (`text/declension.declined_place`).
PLACE_CASE_ENDINGS = frozenset("ου=ο ου=ος ας=α ης=η α=ας η=ης ο=ος".split())
# Places CLDR names otherwise ("Ηνωμένο Βασίλειο"): the names the news uses for them.
PLACE_NAMES = frozenset(["βρετανία", "μεγάλη βρετανία", "αμερική", "ευρώπη", "ασία", "αφρική"])

# Prepositions (and their forms merged with the article) that make the place after them
# their object, never a speech verb's subject ("σχολιαστής για την Ιταλία, είπε": Italy was a
# quote's speaker once places were known; MultiLing 2011 M003 in Greek, development).
PLACE_PREPOSITIONS = frozenset("για από σε με προς κατά μετά στην στη στον στο στα στους στις".split())

# Relative pronouns: a quote closing a relative clause ("μία κίνηση την οποία η Βρετανία
# θεωρεί «εντελώς μη αποδεκτή»": which Britain considers "completely unacceptable") holds
# the words of that clause's subject, not of a speech verb's subject before it (Faye Turney
# was given Britain's words; MultiLing 2011 M002 in Greek, development).
RELATIVE_PRONOUNS = frozenset("οποία οποίο οποίος οποίες οποίοι οποίων οποίου οποίας οποίους".split())

# Weekdays, as a dateline run into the first sentence opens with them ("Σάββατο 26 Μαρτίου
# 2005 …", as the Czech and English of MultiLing 2011 M000 run theirs).
WEEKDAY_NAMES = frozenset("δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή".split())

# A title in an oblique case and its nominative, the form a role is shown in ("τον
# Πρόεδρο Mahmoud Ahmadinejad", "του Προέδρου Sebastian Pinera": one title, "Πρόεδρος";
# MultiLing 2011 M002, M005), written "form=nominative".
TITLE_FORMS = frozenset(
    """
    πρόεδρο=πρόεδρος προέδρου=πρόεδρος πρωθυπουργό=πρωθυπουργός πρωθυπουργού=πρωθυπουργός
    υπουργό=υπουργός υπουργού=υπουργός δήμαρχο=δήμαρχος δημάρχου=δήμαρχος αρχηγό=αρχηγός
    αρχηγού=αρχηγός εκπρόσωπο=εκπρόσωπος εκπροσώπου=εκπρόσωπος διευθυντή=διευθυντής
    γραμματέα=γραμματέας καθηγητή=καθηγητής
    """.split()
)

# Words that make a weekday the last or the next one, written before it ("την περασμένη
# Πέμπτη", last Thursday: on a Thursday, the week before).
WEEKDAY_PAST = frozenset("περασμένη περασμένης περασμένο περασμένου προηγούμενη προηγούμενης".split())
WEEKDAY_NEXT = frozenset("επόμενη επόμενης ερχόμενη ερχόμενης προσεχή προσεχής".split())

# Month names dateparser lacks: the accusative ("το Δεκέμβριο του 2004", "τον Οκτώβριο του
# 2003"; MultiLing 2011 M000, M005, development: no date was read), January first.
MONTH_NAMES = ("ιανουάριο", "φεβρουάριο", "μάρτιο", "απρίλιο", "μάιο", "ιούνιο", "ιούλιο", "αύγουστο",
               "σεπτέμβριο", "οκτώβριο", "νοέμβριο", "δεκέμβριο")

# Days of the month written as ordinal words ("με τα γεγονότα της εβδόμη Ιουλίου", of the
# seventh of July; MultiLing 2011 M001, development), the first to the tenth.
DAY_ORDINALS = ("πρώτη|πρώτης", "δεύτερη|δεύτερης|δευτέρας", "τρίτη|τρίτης", "τέταρτη|τετάρτης|τέταρτης",
                "πέμπτη|πέμπτης", "έκτη|έκτης", "έβδομη|εβδόμη|εβδόμης|έβδομης", "όγδοη|ογδόης|όγδοης",
                "ένατη|ενάτης|ένατης", "δέκατη|δεκάτης|δέκατης")

# Conjunctions that join a second verb to a clause's subject ("Steve Jobs onthulde … en zei
# dat …"): a speech verb after one has the clause's subject for its own (`text/quote_speaker.py`).
COORDINATORS = frozenset("και".split())

# Nouns of an organisation's name, in the cases the news writes them: a name holding one is
# an organisation's ("Γεωλογική Υπηρεσία", "Εθνικό Γραφείο Εκτάκτων Αναγκών", "Κέντρο
# Προειδοποίησης", "Ερυθρός Σταυρός" were persons, "Ηνωμένα Έθνη" a place; MultiLing 2011
# M000-M005 in Greek, development). `text/names.ORG_WORDS` holds every language's.
ORG_WORDS = frozenset(
    """
    υπηρεσία υπηρεσίας υπηρεσίες υπηρεσιών γραφείο γραφείου γραφεία γραφείων κέντρο κέντρου
    κέντρα κέντρων πανεπιστήμιο πανεπιστημίου ινστιτούτο ινστιτούτου ίδρυμα ιδρύματος
    οργανισμό οργανισμοί οργανισμών οργανισμούς σταυρός σταυρού σταυρό ημισέληνος ημισελήνου
    έθνη στρατός στρατού στρατό ναυτικό ναυτικού αεροπορία αεροπορίας δικαστήριο δικαστηρίου
    εταιρεία εταιρείας εταιρία εταιρίας πρακτορείο πρακτορείου ακαδημία ακαδημίας σύνδεσμος
    συνδέσμου συμμαχία συμμαχίας νοσοκομείο νοσοκομείου ομοσπονδία ομοσπονδίας
    """.split()
)
# Nouns that end a place's name, in their cases ("Ινδικό Ωκεανό" was a person; MultiLing 2011
# M000 in Greek, development). `text/names.PLACE_WORDS` holds every language's.
PLACE_WORDS = frozenset(
    """
    ωκεανός ωκεανού ωκεανό θάλασσα θάλασσας κόλπος κόλπου κόλπο ποταμός ποταμού ποταμό
    νησί νησιού νησιά νήσος νήσου νήσοι νήσων
    """.split()
)

"""A small, general vocabulary of what is not the story, one regex per reason.

These are generic web-page furniture patterns (in English and the most common
European languages), not phrases of any particular outlet. Each pattern is
matched against one whole line; most only apply to short lines so that a
story sentence that merely mentions a word ("the charity urged people to
donate") is never taken out. Structural and batch-learned evidence lives in
`lines.py` and `batch.py`.
"""

from __future__ import annotations

# the standard engine: the `regex` package matched these alternations no faster on AEB
# pages and MultiLing texts (cProfile of `clean_documents` on 150 of each, #23) and took
# ~0.25 s of CPU to compile them at every start against ~0.05 s; the same lines removed
import re

from synoptic.clean.prefilter import (  # noqa: F401
    _may_match,
    _prefilter,
    ascii_whole_words,
    line_view,
    match_any,
    may_search,
    needed_texts,
)
from synoptic.settings import LineSettings

_I = re.IGNORECASE | re.UNICODE

# Pronouns with which a page addresses its reader ("we need your help"):
# appeals use them densely, news prose rarely does outside quotes.
ADDRESS_WORDS = frozenset(
    """we us our ours you your yours nous notre nos vous votre vos wir uns unser unsere
    unseren unserer ihr ihre ihnen sie nosotros nuestro nuestra nuestros usted ustedes
    tu tus su noi nostro nostra voi vostro vostra nós nosso nossa você vocês""".split()
)

# --- per-reason line patterns -------------------------------------------------
# (pattern, max words of the line for the pattern to apply)

# Appeals to the reader for money or sign-ups. They open a block: the
# paragraphs right after an appeal that keep addressing the reader belong to it.
APPEAL: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"\b((we|i) need your (help|support)|"
                r"(please|consider|by) (support(ing)? (us|our)|donat|subscrib|becom(e|ing) a (member|subscriber|supporter)|"
                r"chip in|contribut)|"
                r"support (us|our journalism|our work|our reporting|independent journalism)\b|"
                r"your (support|contribution|donation) (helps|makes|matters|keeps|means|allows|enables|is)|"
                r"(make|give) a (one[- ]off |monthly |small |recurring )?(contribution|donation|gift) (to|today|now)|"
                r"reader[- ]funded|reader[- ]supported|donate (now|today)|subscribe (now|today)|"
                r"if you (enjoyed|liked|value|appreciate|found) (this|our|reading)|"
                r"unterstützen sie (uns|unsere)|ihre unterstützung|soutenez[- ]nous|votre soutien (est|nous)|"
                r"apóyanos|apoya (nuestro|el periodismo)|tu apoyo|sostieni(ci)? |il tuo sostegno|"
                r"поддержите нас)", _I), 60),
]

PROMO_WORDS = re.compile(
    r"\b(subscribe|subscription|subscriber|sign[ -]?up|newsletter|donat(e|ion)|free trial|"
    r"membership|paywall|abonn\w+|suscr[ií]b\w+|iscriviti|spenden)\b", _I)

# words of a sign-up or donation pitch; judged with the line's shape in `lines.py`
PROMO_KEYWORDS = re.compile(
    r"\b(subscribe|subscription|subscriber|sign[ -]?up|newsletter|donat(e|ion|ing)|"
    r"become an? (member|subscriber|supporter|patron|friend)|free trial|"
    r"unlock (this|the|all|full)|(get|download|install) (the|our) ([\w&'’-]+ ){0,3}apps?\b|"
    r"follow us|join us|log ?in to (read|continue)|"
    r"already a (subscriber|member)|support (us|our|independent|quality|local)|"
    r"abonnez|abonnement|s'abonner|abonnieren|abonniere|abonnent|spende|spenden|"
    r"unterstützen sie|unterstütze|soutenez|faites un don|faire un don|suscr[ií]b|"
    r"suscripci[oó]n|apoya|donar|dona ahora|abbonati|abbonamento|sostieni|"
    r"iscriviti|assine|apoie|подпис|поддерж)", _I)
# a line opening with the call itself: "Subscribe for ...", "Iscriviti alla ..."
PITCH_START = re.compile(
    r"^(subscribe|sign[ -]?up|donate|join|become|support|get|try|register|download|install|follow|"
    r"jetzt|abonnez|abonniere|abonnieren|suscr[ií]bete|iscriviti|abbonati|assine|apoie|apoya|"
    r"soutenez|spenden|подпис\w*|поддерж\w*)\b", _I)
# the page talking to its reader
READER_ADDRESS = re.compile(
    r"\b(you|your|yours|our|ours|us|we|vous|votre|vos|notre|nos|nous|ihnen|euch|unser\w*|nuestr\w+|"
    r"vuestr\w+|usted\w*|nostr\w+|vostr\w+|noss\w+|você\w*|наш\w*|ваш\w*|нас|вас)\b", _I)

PROMO: list[tuple[re.Pattern[str], int]] = [
    # the newsroom speaking of its own coverage: "We expect to get an update about the
    # investigation from officers after a media briefing later today.", "This story will be
    # updated", "Check back for updates", "Stay with KAKE for the latest"
    (re.compile(r"^we(\s+(will|expect|hope|plan|intend|are working|are waiting)|'ll|’ll|'re working|’re working)\b"
                r"[^.!?]{0,90}\b(update|updates|updated|more information|more details|"
                r"the latest|bring you|report back|follow (this|the) story|keep you posted)\b|"
                r"^this (is a )?(developing|breaking) (story|news)\b|"
                r"^this (story|article|report|post|page) (is developing|will be updated|may be updated|"
                r"has been updated|is being updated|will update)\b|"
                r"^(check|come) back\b[^.!?]{0,40}\b(updates?|later|more|details)\b|"
                r"^stay (tuned|with)\b[^.!?]{0,40}\b(updates?|latest|more|details|developments)\b", _I), 30),
    (re.compile(r"^(listen|hear)\b.{0,25}\b(story|article|this|podcast|audio)\b", _I), 8),
    (re.compile(r"^(support|help|back|fund|donate to|join)\b[^.?]{0,60}!\s*$", _I), 9),
    # a note to the reader about the page itself ("Please note this is Waterbury in our
    # expanded area coverage.", "Please share this story"); not a call for information
    (re.compile(r"^please (note|share|like|follow|subscribe|support|consider|donate|enjoy|visit|bookmark)\b", _I), 20),
    (re.compile(r"\b(click|tap)(ing)? here\b|thanks? (you )?for (signing up|subscribing)|"
                r"(check|keep an eye on) your inbox|\b(listen|read|watch|see|find out more|more information) "
                r"(back |more |again )?here\W*$|^have a (news )?tip\b|"
                r"\bfollow (us|me|him|her|them|@?\w+) (on|at) (twitter|facebook|instagram|x|linkedin|"
                r"tiktok|youtube|threads|bluesky|telegram)\b|\bfollow @\w+|"
                r"^follow\b.{0,80}\bon (twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky)\b",
                _I), 60),
    (re.compile(r"\bscroll (down )?to (continue|read)|^(around|from) the web\W*$|\b(by|from) (taboola|outbrain)\b|"
                r"^(sponsored|promoted|partner) (stories|links|content)\W*$|^paid partner content", _I), 12),
    (re.compile(r"^(advertisement|advertising|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|"
                r"sponsored( content)?|paid (post|content)|promoted( content)?|"
                r"story continues below( advertisement)?|continue reading (below|the main story)|"
                r"article continues below)\W*$", _I), 6),
]

NAVIGATION: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(related( articles?| stories| news| content| coverage| posts| topics| links| reading)?|"
                r"read (more|next|also|the full (story|article))|more (from|on|stories|news|articles|"
                r"like this|in)\b.*|see (also|more)|continue( reading)?|next( article| story| post)?|"
                r"previous( article| story| post)?|back to (top|home)|you (may|might) (also )?like|"
                r"recommended( for you| stories| articles)?|most (read|popular|viewed|shared)|"
                r"trending( now| stories)?|top stories|latest( news| stories)?|show more|load more|"
                r"skip to (main )?content|skip (ad|navigation)|home|menu|search|sections?|topics|tags|"
                r"sign in|log ?in|register|sign in to comment|"
                r"(tags?|topics?|categories|category|filed under|keywords?|schlagwörter|mots-clés|"
                r"etiquetas|temas)\s*:.*|"
                r"lire (aussi|la suite|plus)|[àa] lire aussi|voir aussi|lesen sie (auch|mehr)|"
                r"weiterlesen|mehr zum thema|auch interessant|leer m[áa]s|lee (también|tambi[eé]n)|"
                r"ver m[áa]s|noticias relacionadas|leggi (anche|di più)|articoli correlati|"
                r"leia (também|mais)|читайте также)\W*$", _I), 12),
    (re.compile(r"^\(?(read more|read also|also read|see also|related( articles?| stories| news| coverage| content| links)?|more|lire aussi|[àa] lire aussi|"
                r"lesen sie auch|mehr dazu|lee también|leer más|leggi anche( su)?|leia também|lees ook|lees meer|"
                r"czytaj (także|też|również|więcej)|zobacz (także|też)|читайте также|читайте еще|смотрите также)"
                r"\s*[:>»|-]\s*\S", _I), 30),
    # a labelled list of other stories' headlines, "|" between them, however long
    (re.compile(r"^\(?(related( articles?| stories| news| coverage| content| links)?|read (more|also)|see also|"
                r"more stories|lire aussi|lees ook|leggi anche|lee también|lesen sie auch)\s*[:>»-]\s*[^|]+(\|[^|]+)+$", _I), 150),
    (re.compile(r"^(https?://|www\.)\S+$", _I), 200),
    # the same address as a tokenizer leaves it ("http : / / www . example . com / news / a - b . html")
    (re.compile(r"^https?\s*:\s*/\s*/\s*\S+(\s+[/.:?=&#_-]\s+\S+)*$", _I), 200),
    (re.compile(r"^(tags?|topics?|keywords?|schlagwörter|etiquetas|mots-clés|categoria|categoría|"
                r"catégorie|kategorie)\s*:?\s+[^.!?]*,[^.!?]*,[^.!?]*$", _I), 150),
    (re.compile(r"^(don'?t miss|see more|must read|watch next|read next|also on \S+|more:|"
                r"in (other|related) news|related:|recommended:|sponsored links?)\b", _I), 25),
    # a pointer to another page: "See the related story for more", "Watch the full video",
    # "Read our earlier coverage here"
    (re.compile(r"^(see|read|watch|view|click|check out)\b(\W+\w+){0,3}?\W+"
                r"(related|attached|full|previous|earlier|complete|original|our)\b(\W+\w+){0,2}?\W+"
                r"(story|stories|article|articles|video|videos|coverage|report|gallery|link|page)\b"
                r"(\W+(for|here|below|above|more|details|information|on this|at|on)\b)*\W*$", _I), 14),
    # link teasers tagged like "[VIDEO]", "[INSIGHT]" at the end of a headline
    (re.compile(r"\[(video|insight|news|pics|photos|poll|reaction|analysis|latest|watch|live|revealed|"
                r"warning|gallery|quiz|opinion|update|comment)\]\W*$", _I), 30),
]

COMMENTS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(leave|post|add|write|submit|view|show|hide|load) (a |your |the |all )?(reply|repl(y|ies)|"
                r"comments?|response)\b", _I), 8),
    (re.compile(r"^(\d+\s+)?(comments?|responses?|replies|reply|kommentare?|commentaires?|comentarios?|"
                r"commenti)(\s*\(\d+\))?\W*$", _I), 3),
    (re.compile(r"(e-?mail address|e-?mail-adresse|adresse (e-?mail|de messagerie|mail)|"
                r"correo electr[oó]nico|indirizzo (e-?mail|email)).{0,40}"
                r"(not|nicht|ne sera|no ser[áa]|non sar[àa]).{0,20}(publish|veröffentlicht|publi)", _I), 20),
    (re.compile(r"(required fields are marked|save my name|notify me of (new|follow-up)|"
                r"you must be (logged|signed) in to (post|comment)|comments? (are|is) closed|"
                r"join the (conversation|discussion)|this site uses akismet|tell us what you think|"
                r"comments are (moderated|reviewed)|"
                r"what do you think\?\s*(let us know|comment|share)|"
                r"laisser un commentaire|schreibe einen kommentar|kommentar (schreiben|hinterlassen)|"
                r"deja (un|tu) comentario|lascia un commento|"
                r"\bcomment(s|ing)? (policy|guidelines)\b)", _I), 25),
    (re.compile(r"^(name|e-?mail|website|comment|nom|courriel|site web|nombre|correo|sitio web|"
                r"kommentar|nome|sito web)\s*(\*\s*:?|:)$", _I), 2),
    # arithmetic captchas: "7 + four =", "four + 3 = ?"
    (re.compile(r"^\s*(\d++|[a-zà-ÿ]++)\s*[−–\-+×x*÷/]\s*(\d++|[a-zà-ÿ]++)\s*=+\s*[?.]?\s*(\d+)?\s*$", _I), 6),
    (re.compile(r"\b(captcha|i'?m not a robot|je ne suis pas un robot)\b", _I), 12),
]

READING_TIME: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(reading time|read time|temps de lecture|lesezeit|tiempo de lectura|"
                r"tempo di lettura|tempo de leitura|leestijd|czas czytania|время чтения)?\s*:?\s*(~|ca\.?|about)?\s*\d+\s*"
                r"(-\s*\d+\s*)?(min(ute)?s?\.?|mins?\.?|minuten?|minutos?|minuti|мин\.?)\s*"
                r"(read|reading|to read|de lecture|lesezeit|de lectura|di lettura|de leitura|"
                r"lesen|leestijd|чтения)?\W*$", _I), 8),
]

MEDIA: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"\b(video player|audio player|media player|(watch|play|view|load|see) (this|the) video|"
                r"this (video|content) (is|has|cannot|can'?t|isn'?t|requires|will)|watch (the )?(video|live)|"
                r"play(ing)? (video|audio)|your browser (does not|doesn'?t|cannot|can'?t) (support|play)|"
                r"(enable|turn on|activate) javascript|javascript (is )?(disabled|required|needed)|"
                r"flash player|media playback|embedded content|loading (video|player)|now playing|"
                r"autoplay|click to play|video unavailable|"
                r"(trouble|problems?|difficult(y|ies)) (viewing|playing|loading|watching) (the |this )?video|"
                r"ad[- ]?block(ing|ers?)? (extensions?|software|plug-?ins?)|(disable|turn off|pause) (your |any )?ad[- ]?block|"
                r"lecteur vid[ée]o|videoplayer|reproductor)\b", _I), 20),
    (re.compile(r"^(watch|video|listen|audio|podcast|vid[ée]o|ver v[ií]deo|ansehen)\s*[:|]\s*\S", _I), 20),
    (re.compile(r"^(video|audio|watch|vid[ée]o|podcast|loading|chargement|wird geladen|cargando)\W*$", _I), 2),
    (re.compile(r"^\(?\d{1,2}:\d{2}(:\d{2})?\)?$", _I), 3),  # a lone player duration
    # a video widget's list flattened into a line under its label: "MORE VIDEO Smoke Shop
    # Murder Investigation 5 p.m. ..." (the label in capitals, as widgets write it)
    (re.compile(r"^(?:MORE|RELATED|LATEST|TOP|RECOMMENDED) VIDEOS?\b"), 60),
]

CAPTION: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(click to enlarge|enlarge this image|(toggle|hide|show) caption|expand image|"
                r"(image|photo|picture|graphic|gallery|foto|bild)s?)\W*$", _I), 4),
    (re.compile(r"^(photo|photos|image|picture|pictures|photograph|illustration|foto|fotos|bild|imagen|"
                r"immagine|фото|εικόνα|φωτογραφία|credit|credits|image caption|image source|media caption|"
                r"photo caption|caption|source photo)s?\s*(:|by\b|credit\b|©|\||,)", _I), 40),
    # (maybe with the widget's label glued after the credit: "... (Photo: Regina H. Boone,
    # Detroit Free Press)Buy Photo", GVC 556993 dev, whose caption was a timeline entry)
    (re.compile(r"\((photo|image|picture|foto|bild|credit|photograph)[^)]{0,80}\)(\s*(?-i:[A-Z])[^\W\d_]*){0,2}\s*$", _I), 60),
    # a caption ending in its credit: "... on Wednesday. Picture: Tom Barrow / LDRS"
    (re.compile(r"\b(photo|photos|picture|pic|image|foto|fotos|bild|imagen|immagine|фото|credit|photograph|"
                r"crédit|credito|crédito)\s*:\s*[^\s.!?][^.!?]{0,80}$", _I), 45),
    (re.compile(r"^©\s*\S.{0,60}$", _I), 8),
    # a caption ending in its credit in brackets, a name and the outlet apart by a bar or a
    # slash: "... robbing the shop. 12/6/16 (Kelsey Thomas | KSNV)"
    (re.compile(r"\([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*[|/]\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\)\s*$"),
     60),
    (re.compile(r"\b(getty images|via getty|afp photo|ap photo|reuters photo|epa-efe|shutterstock|"
                r"alamy|imago|picture alliance|dpa[- ]bildfunk|anadolu agency|sipa press|ddp images)\b\W*$", _I), 40),
    # a caption ending in a bracketed credit, its source before the word: "... Thursday,
    # August 27, 2015. (WISH Photo)", "(AP Photo/Evan Vucci)" (GVC 402674 dev, whose caption
    # was a corroborated fact)
    (re.compile(r"\((?:[^\W\d_][\w.&'’-]*\s+){1,3}(photo|photos|foto|fotos|image|picture)"
                r"(\s*[/|,:][^)]{0,60})?\)\s*$", _I), 60),
]

# "… Jan Novak / CTK / EPA": a caption ending with a " / "-separated credit list
CREDIT_LIST = re.compile(
    r"(^|[.)\]]\s+|\s-\s)([A-Z][\w'’.-]+(\s+[A-Z][\w'’.-]+){0,3})(\s+/\s+[A-Z][\w'’.&-]*(\s+[A-Z][\w'’.&-]*){0,3}){1,4}\s*$"
)

SHARING: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(this article has been sent to|an error has occurred|please try again later)\b", _I), 10),
    (re.compile(r"\bshare (it|this|the story|this story|this article) (with|on)\b|"
                r"\b(opens|open) in (a )?new (window|tab)\b", _I), 20),
]

SHARING_WORDS = frozenset(
    """share shares sharing tweet email e-mail mail print copy link url facebook twitter x whatsapp
    linkedin pinterest reddit telegram messenger flipboard tumblr threads bluesky mastodon sms
    this article story on via partager teilen compartir condividi compartilhar imprimer drucken
    imprimir stampa opens in new window click to the en sur auf su no na w em dit artikel deel delen
    udostępnij поделиться compartilhe page copied save saved bookmark embed read or and
    like loading""".split()
)

LEGAL: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"(all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|"
                r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
                r"may not be (published|reproduced|republished|broadcast|rewritten|redistributed)|"
                r"without (prior )?(written )?permission|terms (of|and) (use|service|conditions)|"
                r"privacy (policy|notice|settings)|cookie (policy|settings|preferences)|"
                r"we use cookies|this (site|website) uses cookies|accept (all )?cookies|"
                r"datenschutz(erklärung)?|mentions l[ée]gales|aviso legal|impressum|"
                r"for your personal,? non-commercial use|(personal|non-commercial) use only|"
                r"riproduzione riservata|reproducci[óo]n prohibida|manage (preferences|cookies|consent)|"
                r"(cookie|privacy) (settings|preferences)|reject all|order reprints|reprints (and|&) permissions)",
                _I), 40),
    (re.compile(r"^(copyright|\(c\)|©)\s*(\d{4}|[A-Z])", _I), 20),
]

SITE_SIGNATURE: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^(this (article|story|post) )?(was )?(originally (published|appeared|posted)|first appeared) "
                r"(on|in|at|by)\b|^this (article|story|post) (was )?first published (on|in|by)\b", _I), 30),
    # scraper/site tags: "source site-12", "src: feed_7"
    (re.compile(r"^(source|src|via|origin)\s*[:\-]?\s*[a-z0-9]+([_.-][a-z0-9]+)*[_.-]?\d+$", _I), 3),
    (re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|news|info|co\.uk|de|fr|es|it|ru|ua|ch)$", _I), 1),
]

# a broadcast credit standing as a sentence: "Michael George reports.", "Jane Roe has the
# story from Kabul." (capitalized name words, then the credit verb, nothing else)
CREDIT_SENTENCE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+\s+(?:reports|reporting|has\s+(?:the\s+story|more|details))"
    r"(?:\s+from\s+(?:[A-Z][\w'’.-]*\s*){1,4})?\."
)

BYLINE: list[tuple[re.Pattern[str], int]] = [
    # "By Jane Doe", "Von Anna Schmidt und ...", "di Giulia Bianchi": keyword any case, name capitalized
    (re.compile(r"^[—–-]?\s*(?i:by|par|von|por|di|door|av|przez|od|от)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+", 0), 14),
    (re.compile(r"^(\w+\s+){0,2}(?i:by)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+(\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+){0,3}"
                r"\s*(,|$|\||;|and\b|&)", 0), 14),
    (re.compile(r"\b(publicado|publié|pubblicato|veröffentlicht|posted|published|escrito|scritto|geschrieben)"
                r" (por|par|da|von|by)\s*:?\s*[A-ZÀ-ÖØ-Þ]", _I), 20),
    (re.compile(r"^(posted|published|written|updated|publi[ée]|veröffentlicht|publicado|pubblicato)\b.{0,50}"
                r"\b(?i:by|par|von|por|di)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+(\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3}\W*$", _I), 16),
    (re.compile(r"^\(?(reporting|writing|additional reporting|editing|compiled|edited) by\b", _I), 40),
    # a credit line closing a story: "Contributing: Jane Doe and John Roe"
    (re.compile(r"^(contributing|contributors?|contributed|additional reporting|reporting)\s*:\s*[A-ZÀ-ÖØ-Þ]", _I), 14),
    # the author's handles: "Email: jdoe@example.com", "Twitter: @jdoe"
    (re.compile(r"^(e-?mail|twitter|facebook|instagram|x|follow (me|him|her|us)( on twitter)?)\s*:\s*@?\S+$", _I), 4),
    (re.compile(rf"^{CREDIT_SENTENCE.pattern}\s*$"), 10),
    (re.compile(r"^(author|authors|autor|autorin|auteur|autore|autora|автор|written by|words by|story by)\b\s*[:|]?\s*\S", _I), 10),
    (re.compile(r"^(staff (writer|reporter)|(senior |chief |foreign |political |\w+ )?correspondent|"
                r"(news |staff )?reporter|editor|contributor)\W*$", _I), 3),
    (re.compile(r"^\S+@\S+\.\w+$", _I), 1),
    # a news agency's name alone closing a story: "— AFP", "(Reuters)"
    (re.compile(r"^[—–-]?\s*\(?(afp|ap|reuters|dpa|efe|ansa|xinhua|tass|ria novosti|pa|upi|kyodo|yonhap|"
                r"bloomberg|anadolu|apa|sda|belga|anp|ntb|tt|ritzau|ctk|pap|mti|ats)\)?\s*$", _I), 3),
    # the author's address after a colon: "Contact Emma Ockerman: eockerman@freepress.com"
    (re.compile(r"^(contact|reach|write to|e-?mail)\s+([\w'’.-]+\s+){0,3}[\w'’.-]+\s*:\s*\S+@\S+", _I), 20),
    # a name, a colon, then the author's phone or address ("Jesse Paul: 303-954-1733,
    # jpaul@denverpost.com or @JesseAPaul")
    (re.compile(r"^([A-ZÀ-ÖØ-Þ][\w'’.-]+\s+){1,3}?[A-ZÀ-ÖØ-Þ][\w'’.-]+\s*:\s*(\+?[\d(][\d ().-]{6,}\d|\S+@\S+)",
                0), 16),
    # a credit line: "Staff writer Jesse Paul contributed to this report."
    (CREDIT_LINE := re.compile(r"^([\w'’-]+\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’.-]+(\s+(and\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,4}"
                               r"\s+contributed( reporting)? to this (report|story|article)\W*$", _I), 24),
    (CONTACT := re.compile(r"\b(may be reached at|can be reached at|(e-?mail|write to|contact) (\w+ ){1,3}at)"
                           r"\s+\S+@\S+", _I), 40),
    (re.compile(r"^@\w{2,}$", _I), 1),
]

_MONTHS = (
    r"jan(uary|vier|uar|\.)?|feb(ruary|ruar|\.)?|f[ée]v(rier|\.)?|mar(ch|s|\.)?|m[äa]rz|apr(il|\.)?|avr(il|\.)?|"
    r"may|mai|jun(e|i|\.)?|juin|jul(y|i|\.)?|juil(let|\.)?|aug(ust|\.)?|ao[uû]t|sep(t|tember|tembre|\.)?|"
    r"oct(ober|obre|\.)?|okt(ober|\.)?|nov(ember|embre|\.)?|dec(ember|\.)?|d[ée]c(embre|\.)?|dez(ember|\.)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # Arabic (Egyptian and Levantine names) and Hebrew (bare and with the prefix ב)
    r"يناير|فبراير|مارس|[أإا]بريل|مايو|يوني[وه]|يولي[وه]|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|"
    # ("كانون"/"تشرين" with their first/second; "الأول", "الثاني" alone are ordinals)
    r"(?:كانون|تشرين)\s+(?:ال)?(?:ثاني|ثانى|[أا]ول)|شباط|[آاأ]ذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول|"
    r"[בל]?(?:ינואר|פברואר|מר[ץס]|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|"
    # Czech (nominative and genitive), Greek (genitive), Hindi
    r"led(?:en|na)|únor|února|břez(?:en|na)|dub(?:en|na)|květ(?:en|na)|červen(?:ec)?|června|července|"
    r"srp(?:en|na)|září|říj(?:en|na)|listopad(?:u)?|prosin(?:ec|ce)|"
    r"Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μα[ΐί]ου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|"
    r"Νοεμβρίου|Δεκεμβρίου|"
    r"जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|"
    r"दिसंबर|दिसम्बर"
)
_WEEKDAYS = (
    r"mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
    r"ال[اإ]ثنين|الثلاثاء|ال[أا]ربعاء|الخميس|الجمعة|السبت|ال[أا]حد|"
    r"יום|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|"
    r"pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|"
    r"Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή|"
    r"सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार"
)
# a date token's forms other than a month's name: each holds a digit
_DATE_DIGITS = (
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}[:.h]\d{2}(?:\b|(?=[ap]\.?m\b))|"
    r"\b\d+\s+(minutes?|hours?|days?|weeks?|mins?|hrs?|h|stunden?|tagen?|heures?|jours?|horas?|d[ií]as?|ore|giorni)\s+(ago)\b|"
    r"\b(vor|il y a|hace|fa)\s+\d+\s+\w+"
)
DATE_TOKEN = re.compile(rf"\b({_MONTHS})\b|{_DATE_DIGITS}", re.I)
# the month names an ASCII line may hold as whole words, and the other forms (`has_date_token`)
_ASCII_MONTHS = ascii_whole_words(_MONTHS)
_DATE_DIGIT_TOKEN = re.compile(_DATE_DIGITS, re.I)
_ASCII_DIGIT = re.compile(r"[0-9]")
_RUN = re.compile(r"\w+")


def has_date_token(line: str) -> bool:
    """`DATE_TOKEN.search(line)`, told for an ASCII line by its words (a month's name can
    only match a whole word there) and, where it holds a digit, by a search of the other
    forms alone (#23: the search tried the month names at every position of every short
    line, a sixth of classifying a line)."""
    if _ASCII_MONTHS is None or not line.isascii():
        return DATE_TOKEN.search(line) is not None
    if not _ASCII_MONTHS.isdisjoint(_RUN.findall(line.lower())):
        return True
    return _ASCII_DIGIT.search(line) is not None and _DATE_DIGIT_TOKEN.search(line) is not None


# a calendar date, not a clock time: a month's name or a year
CALENDAR_DATE = re.compile(rf"\b({_MONTHS})\b|\b(1[89]|20)\d\d\b", re.I)
# what may surround a date in a dateline ("Published: Mon 10 Jan 2022 17.32 GMT, updated ...")
DATELINE_REST = re.compile(
    rf"\b({_MONTHS}|{_WEEKDAYS}|published|updated|posted|last|first|modified|created|on|at|am|pm|a\.m\.|p\.m\.|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|ist|z|th|st|nd|rd|of|the|and|ago|minutes?|hours?|days?|weeks?|"
    r"mins?|hrs?|publi[ée]|le|mis à jour|à|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|"
    r"las|a las|pubblicato|aggiornato|il|alle|vor|il y a|hace|fa|stunden?|heures?|horas?|ore|today|yesterday|"
    r"heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|de|del|di|du|des|y|et|und|e|time|date|read|"
    r"atualizado|atualizada|publicada|há|em|às|horas?|minutos?|bijgewerkt|gepubliceerd|om|"
    r"aktualizacja|opublikowano|обновлено|опубликовано|в|г)\b|\d+(h\d*|[ap]\.?m\b\.?)?",
    re.I,
)


# a place line standing alone above a story: "BAAR, SWITZERLAND", "LAGOS, Nigeria —"
PLACE_LINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.' -]{1,30},\s+[A-ZÀ-Þ][\w.' -]{1,30}?\s*[—–-]?\s*$")


def is_dateline(line: str, words: int, settings: LineSettings) -> bool:
    """A line that is only a date/time stamp, possibly with Published/Updated words."""
    if words <= settings.place_line_max_words and PLACE_LINE.match(line):
        return True
    if words > settings.dateline_max_words or not has_date_token(line):
        return False
    rest = DATELINE_REST.sub(" ", line)
    return not re.search(r"[^\W\d_]{2,}", rest)


_URL = re.compile(r"\b(?:https?://|www\.)\S+", _I)


def is_sharing(line: str, words: int, settings: LineSettings) -> bool:
    """A row of share buttons: every word is a share/social word."""
    if words > settings.sharing_max_words:
        return False
    # the link a share row carries ("Read or Share this story: https://...") is no word of it
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", _URL.sub(" ", line.casefold()))
    return bool(tokens) and all(t in SHARING_WORDS for t in tokens) and any(
        t in {"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "email", "e-mail",
              "print", "partager", "teilen", "compartir", "condividi", "pinterest", "reddit", "telegram",
              "compartilhar", "compartilhe", "deel", "delen", "udostępnij", "поделиться", "bookmark",
              "embed", "save", "copied", "copy", "like"}
        for t in tokens
    )

"""French words for dating one act in statements the aligner kept apart
(`compare/detectors/act_date.py`); the lists are described in `lang/en/dated_acts.py`.
Unaccented, as `unidecode` writes them. French puts adjectives after the noun: the head
of a noun phrase is its first word ("un chalutier thailandais")."""

ACTS = frozenset(
    line.strip()
    for line in """
attack: tue|tuee|tues|tuees|abattu|abattue|assassine|assassinee|assassinat|meurtre|poignarde|poignardee|fusillade
death: mort|morte|deces|decede|decedee|meurt
arrest: arrete|arretee|arretes|arrestation|interpelle|interpellee|interpellation|place en garde a vue
charge: inculpe|inculpee|mis en examen|mise en examen|inculpation
dismiss: licencie|licenciee|limoge|limogee|limogeage|licenciement|renvoye
sink: coule|coulee|naufrage
plead: plaide coupable
convict: condamne|condamnee|condamnation
resign: demissionne|demission
kidnap: enleve|enlevee|enlevement|kidnappe|kidnappee|kidnapping
birth: ne|nee
""".strip().splitlines()
)
PASSIVE = frozenset("ete etait etaient est sont".split())
OF = frozenset("de du des d".split())
PHRASE_END = frozenset(
    """a au aux en dans sur par pour avec apres avant pendant depuis jusqu et ou mais que qui dont
    lors quand selon contre vers sans est sont etait ete a""".split()
)
SKIP = frozenset("un une le la les l ce cette ces son sa ses leur leurs de du des d".split())
VAGUE = frozenset(
    """il elle ils elles lui le la les on quelqu personne personnes homme femme hommes
    femmes victime victimes suspect suspects policier policiers""".split()
)
REPEAT = frozenset(
    """encore nouveau nouvelle nouveaux autre deuxieme second seconde troisieme
    precedent precedente premiere premier auparavant deja""".split()
)
NOT_DONE = frozenset(
    """va vont sera seront serait pourrait pourraient doit devrait devraient si prevu
    prevue pas jamais ni annonce annoncee rapporte confirme revele""".split()
)
COMMON = frozenset(
    """police gendarmes gendarmerie autorites enqueteurs enquete selon declare annonce indique
    hopital famille morts mort""".split()
)
PRONOUNS = frozenset("il elle ils elles lui".split())
RELATIVES = frozenset({"qui"})
HEAD_LAST = False

"""Cross-document entity linking on ECB+ (Cybulska & Vossen 2014), per topic.

Gold: ECB+ participant and location mentions (HUMAN_PART_*, LOC_*) that are names
(their first word after a determiner or preposition is capitalized: "in Sudan",
"South Sudan officials", not "a refugee camp in South Sudan"), in the sentences the corpus marks as annotated for
coreference (ECBplus_coreference_sentences.csv), grouped by their cross-document
(or within-document) coreference chain. Each ECB+ topic is treated as one story:
its documents go through `text.entities.extract_mentions` and `link.entities.canonicalize` as the
pipeline would run them, and each gold mention takes the canonical entity of the
system mention that overlaps it most (an unmatched gold mention is a singleton).

Reported per topic and overall (mention-weighted):
  detect  share of gold name mentions that overlap a system mention
  B3      B-cubed precision / recall / F1 over the gold name mentions
  pairs   precision / recall / F1 of cross-document links between gold mentions
and, overall, typing: of the detected gold names that ECB+ types as a person
(HUMAN_PART_PER), an organisation (HUMAN_PART_ORG) or a place (LOC_*, HUMAN_PART_GPE),
the share whose canonical entity has that type (what a brief shows), with the confusion;
and, measured in the same run on the same gold mentions, the usual same-string
baseline (mentions with the same lower-cased words are one entity), which is given
the gold mention boundaries and so detects every mention.

Then (first, in the printout) the labelled people-and-organisations sample of issue #19
(`bench/data/entities/`, see its README): 38 stories from MultiLing 2011 en/fr/ar, GVC and
Wikinews en/es/it/nl, run through the user's path (JSONL records -> `synoptic brief`), scored on
the dev and test splits: person and organisation precision / recall, one person split in two,
one system person holding two, outlets, and roles on the right person.

    .venv/bin/python bench/entities.py [--limit N] [--spacy] [--per-topic] [--speed]
                                       [--only ecb|sample] [--split dev|test] [--errors]
                                       [--stories ID ...]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from synoptic.link.entities import canonicalize
from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import LinkSettings, TextSettings
from synoptic.text.entities import extract_mentions
from synoptic.text.quotes import extract_quotes
from synoptic.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "bench" / "stories-ecbplus"
ENTITY_TAGS = ("HUMAN_PART", "LOC_")
_NAMEISH = re.compile(r"^[A-Z][\w.'&-]*$")
_LEADING = {"the", "a", "an", "in", "on", "at", "to", "from", "of", "near", "outside", "inside", "by", "with"}
_NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their"}


# The corpus is tokenized ("T - Mobile", "Sam 's", "`` We"): undo it so the linker reads
# text as an outlet would print it.
_QUOTES = {"``": "\u201c", "''": "\u201d", "-LRB-": "(", "-RRB-": ")"}
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "%", ")", "'s", "'", "n't", "\u201d", "-", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "$", "\u201c", "-"}


def _space_between(prev: str, word: str) -> bool:
    return word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER


@dataclass
class Gold:
    doc: str
    start: int
    end: int
    text: str
    chain: str
    tag: str = ""


def selected_sentences(csv_path: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def read_doc(path: Path, selected: dict[str, set[int]]) -> tuple[Article, list[Gold]]:
    """The document as an Article (tokens joined by spaces, one sentence per line) and
    its gold name mentions with their chains."""
    root = ET.parse(path).getroot()
    doc = path.stem
    sentences: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        sentences[int(tok.get("sentence", "0"))].append((tok.get("t_id", ""), tok.text or ""))
    offsets: dict[str, tuple[int, int]] = {}
    sent_of: dict[str, int] = {}
    parts: list[str] = []
    pos = 0
    straight_open = False  # quotes may span sentences: parity over the document
    for s_no in sorted(sentences):
        line = ""
        prev = ""
        for t_id, raw in sentences[s_no]:
            word = _QUOTES.get(raw, raw)
            if word == '"':  # straight quotes alternate: open, then close
                word = "\u201d" if straight_open else "\u201c"
                straight_open = not straight_open
            if line and _space_between(prev, word):
                line += " "
            offsets[t_id] = (pos + len(line), pos + len(line) + len(word))
            sent_of[t_id] = s_no
            line += word
            prev = word
        parts.append(line)
        pos += len(line) + 1  # newline
    text = "\n".join(parts)
    article = Article(id=doc, source=str(path), text=text, language="en")
    markables = root.find("Markables")
    relations = root.find("Relations")
    instance: dict[str, str] = {}
    anchors: dict[str, tuple[str, list[str]]] = {}
    if markables is not None:
        for m in markables:
            m_id = m.get("m_id", "")
            if m.get("instance_id"):
                instance[m_id] = m.get("instance_id", "")
            toks = [a.get("t_id", "") for a in m.findall("token_anchor")]
            if toks:
                anchors[m_id] = (m.tag, toks)
    chain: dict[str, str] = {}
    if relations is not None:
        for rel in relations:
            target = rel.find("target")
            if target is None:
                continue
            t_id = target.get("m_id", "")
            key = instance.get(t_id) if rel.tag == "CROSS_DOC_COREF" else f"{doc}#{t_id}"
            for src in rel.findall("source"):
                chain[src.get("m_id", "")] = key or f"{doc}#{t_id}"
    wanted = selected.get(doc)
    gold: list[Gold] = []
    for m_id, (tag, toks) in anchors.items():
        if not tag.startswith(ENTITY_TAGS) or any(t not in offsets for t in toks):
            continue
        if wanted is not None and sent_of[toks[0]] not in wanted:
            continue
        words = [text[offsets[t][0] : offsets[t][1]] for t in toks]
        content = [w for w in words if w.lower() not in _LEADING]
        # names, not pronouns or nominals: the first content word is capitalized
        # ("in Sudan", "South Sudan officials"; not "a refugee camp in South Sudan")
        if not content or not _NAMEISH.match(content[0]) or content[0] in _NOT_NAMES:
            continue
        start, end = offsets[toks[0]][0], offsets[toks[-1]][1]
        gold.append(Gold(doc, start, end, text[start:end], chain.get(m_id, f"{doc}#{m_id}#single"), tag))
    return article, gold


def _b_cubed(gold: list[Gold], system: list[str]) -> tuple[float, float]:
    by_sys: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (g, s) in enumerate(zip(gold, system, strict=True)):
        by_sys[s].add(i)
        by_gold[g.chain].add(i)
    p = r = 0.0
    for g, s in zip(gold, system, strict=True):
        inter = len(by_sys[s] & by_gold[g.chain])
        p += inter / len(by_sys[s])
        r += inter / len(by_gold[g.chain])
    n = max(1, len(gold))
    return p / n, r / n


# ECB+ tags -> the types of `synoptic` entities (a country acting is a place there too)
GOLD_TYPES = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "PLACE"}


def gold_type(tag: str) -> str | None:
    return "PLACE" if tag.startswith("LOC_") else GOLD_TYPES.get(tag)


def _pairs(gold: list[Gold], system: list[str]) -> tuple[int, int, int]:
    """(true links, system links, gold links) over mention pairs of different documents."""
    tp = sys_links = gold_links = 0
    for (g1, s1), (g2, s2) in combinations(zip(gold, system, strict=True), 2):
        if g1.doc == g2.doc:
            continue
        same_g, same_s = g1.chain == g2.chain, s1 == s2
        gold_links += same_g
        sys_links += same_s
        tp += same_g and same_s
    return tp, sys_links, gold_links


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _string_key(text: str) -> str:
    words = [w for w in text.lower().split() if w not in ("the", "a", "an")]
    return " ".join(words)


def evaluate_topic(paths: list[Path], selected, settings: TextSettings) -> dict:
    docs = [read_doc(p, selected) for p in paths]
    articles = [a for a, _ in docs]
    gold = [g for _, gs in docs for g in gs]
    t0 = time.perf_counter()
    c0 = time.process_time()
    analyses: dict[str, ArticleAnalysis] = {}
    for a in articles:
        sents = split_sentences(a)
        mentions = extract_mentions(a, sents, settings)
        analyses[a.id] = ArticleAnalysis(a.id, sents, mentions, quotes=extract_quotes(a, sents, mentions, settings))
    t1 = time.perf_counter()
    c1 = time.process_time()
    entities = canonicalize(articles, analyses, LinkSettings())
    t2 = time.perf_counter()
    owner = {(s.article, s.start, s.end): e.id for e in entities for s in e.mentions}
    type_of = {e.id: e.type for e in entities}
    by_doc = defaultdict(list)
    for a in articles:
        by_doc[a.id] = [(m.span.start, m.span.end) for m in analyses[a.id].entities]
    system: list[str] = []
    detected = 0
    for i, g in enumerate(gold):
        best, best_overlap = None, 0
        for s, e in by_doc[g.doc]:
            overlap = min(e, g.end) - max(s, g.start)
            if overlap > best_overlap:
                best, best_overlap = (g.doc, s, e), overlap
        if best is not None and best in owner:
            system.append(owner[best])
            detected += 1
        else:
            system.append(f"unmatched{i}")
    baseline = [_string_key(g.text) for g in gold]
    typing: Counter = Counter()  # (gold type, system type)
    for g, s in zip(gold, system, strict=True):
        if gold_type(g.tag) is not None and s in type_of:
            typing[(gold_type(g.tag), type_of[s])] += 1
    return {
        "typing": typing,
        "docs": len(articles),
        "gold": len(gold),
        "detected": detected,
        "b3": _b_cubed(gold, system),
        "pairs": _pairs(gold, system),
        "base_b3": _b_cubed(gold, baseline),
        "base_pairs": _pairs(gold, baseline),
        "extract_s": t1 - t0,
        "extract_cpu": c1 - c0,
        "canon_s": t2 - t1,
    }


def _row(name: str, r: dict) -> str:
    bp, br = r["b3"]
    tp, sl, gl = r["pairs"]
    pp, pr = (tp / sl if sl else 0.0), (tp / gl if gl else 0.0)
    qp, qr = r["base_b3"]
    btp, bsl, bgl = r["base_pairs"]
    bpp, bpr = (btp / bsl if bsl else 0.0), (btp / bgl if bgl else 0.0)
    return (
        f"{name:>8} {r['docs']:>5} {r['gold']:>6} {r['detected'] / max(1, r['gold']):>7.3f} "
        f"{bp:>6.3f} {br:>6.3f} {_f1(bp, br):>6.3f} {pp:>6.3f} {pr:>6.3f} {_f1(pp, pr):>6.3f} | "
        f"{qp:>6.3f} {qr:>6.3f} {_f1(qp, qr):>6.3f} {bpp:>6.3f} {bpr:>6.3f} {_f1(bpp, bpr):>6.3f}"
    )


def evaluate(topics: list[Path], selected, settings: TextSettings, per_topic: bool = False) -> dict:
    """Every topic scored as one story; overall figures weighted by gold mentions, and the typing counts."""
    total = {"docs": 0, "gold": 0, "detected": 0, "extract_s": 0.0, "extract_cpu": 0.0, "canon_s": 0.0}
    typing: Counter = Counter()
    sums = {"b3": [0.0, 0.0], "base_b3": [0.0, 0.0], "pairs": [0, 0, 0], "base_pairs": [0, 0, 0]}
    for topic in topics:
        r = evaluate_topic(sorted(topic.glob("*.xml")), selected, settings)
        if per_topic:
            print(_row(topic.name, r))
        for k in ("docs", "gold", "detected", "extract_s", "extract_cpu", "canon_s"):
            total[k] += r[k]
        typing.update(r["typing"])
        for k in ("b3", "base_b3"):
            sums[k][0] += r[k][0] * r["gold"]
            sums[k][1] += r[k][1] * r["gold"]
        for k in ("pairs", "base_pairs"):
            sums[k] = [a + b for a, b in zip(sums[k], r[k], strict=True)]
    n = max(1, total["gold"])
    overall: dict = dict(total)
    overall["b3"] = (sums["b3"][0] / n, sums["b3"][1] / n)
    overall["base_b3"] = (sums["base_b3"][0] / n, sums["base_b3"][1] / n)
    overall["pairs"] = tuple(sums["pairs"])
    overall["base_pairs"] = tuple(sums["base_pairs"])
    overall["typing"] = typing
    return overall


def typing_accuracy(typing: Counter) -> float:
    return sum(n for (g, s), n in typing.items() if g == s) / max(1, sum(typing.values()))


# --- The labelled people-and-organisations sample (bench/data/entities/, issue #19) -------------
#
# Each story file holds its articles (data-set references, rebuilt into JSONL records by
# `entity_records.py`), the gold persons and organisations (outlets are organisations of kind
# outlet) with every surface form and role, names left unscored (facilities, events, products,
# places whose type is debatable) and `not_entities` (pronouns, titles without a name, groups,
# sentence-initial words) that a careless tagger would call a person. The system runs the
# user's path (records -> read -> clean -> text -> link -> compare), and its entities are
# matched to the gold by name: see `score_story`.

BENCH = ROOT / "bench"
SAMPLE = BENCH / "data" / "entities"
PERSON_TYPES = {"PERSON"}
ORG_TYPES = {"ORG", "ORGANIZATION", "ORGANISATION", "OUTLET"}


def name_key(text: str) -> str:
    """A name as compared: case and accents folded, typographic apostrophes straightened,
    spaces collapsed, a leading English article dropped ("The New York Times")."""
    from synoptic.vectors import fold_text

    key = " ".join(fold_text(text.replace("\u2019", "'")).split())
    return key[4:] if key.startswith("the ") else key


def load_sample(folder: Path = SAMPLE) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def run_system(story: dict, settings=None) -> dict:
    """The brief the CLI would print for the story's articles as a JSONL file
    (`synoptic brief <file>.jsonl --format json`), as a dict."""
    import tempfile

    if str(BENCH) not in sys.path:  # bench/ is scripts, not a package
        sys.path.insert(0, str(BENCH))
    from entity_records import story_records
    from synoptic import pipeline
    from synoptic.render.json import to_dict
    from synoptic.settings import Settings

    settings = settings or Settings(quiet=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{story['id']}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in story_records(story)), encoding="utf-8")
        return to_dict(pipeline.brief_paths([str(path)], settings))


def _role_matches(system_role: str, gold_role: str) -> bool:
    """The same role: one contains the other and the shorter is most of the longer
    ("chief executive officer" for "chief executive officer of Apple Inc.", but not
    "President" for "former Chrysler President")."""
    s, g = name_key(system_role), name_key(gold_role)
    short, long = sorted((s, g), key=len)
    return len(short) >= 2 and short in long and len(short) >= 0.6 * len(long)


def score_story(story: dict, brief: dict) -> dict:
    """Counts for one story. A system entity is matched by its name to a gold entity whose
    name or surface forms equal it (folded), else by one of its aliases; then to a
    `not_entities` string; then to an unscored name (ignored). A system person matching no
    gold person is a false positive, whatever else it matches; the same for organisations."""
    gold = story["entities"]
    keys: dict[str, int] = {}
    for i, g in enumerate(gold):
        for form in [g["name"], *g["aliases"]]:
            keys.setdefault(name_key(form), i)
    not_entities = {name_key(s) for s in story.get("not_entities", [])}
    unscored = {name_key(s) for s in story.get("unscored", [])}

    def match(entity: dict) -> tuple[str, int | None]:
        if (i := keys.get(name_key(entity["name"]))) is not None:
            return "gold", i
        for alias in entity.get("aliases", []):
            if (i := keys.get(name_key(alias))) is not None:
                return "gold", i
        if name_key(entity["name"]) in not_entities:
            return "not_entity", None
        if name_key(entity["name"]) in unscored:
            return "unscored", None
        return "unlabelled", None

    def gold_kind(i: int) -> str:
        return "person" if gold[i]["type"] == "person" else "organisation" if gold[i]["type"] in ("organisation", "outlet") else gold[i]["type"]

    out: dict = {"story": story["id"], "split": story["split"], "language": story["language"],
                 "systems": len(brief["stories"]), "errors": [], "counts": Counter()}
    c = out["counts"]
    found: dict[str, set[int]] = {"person": set(), "organisation": set()}
    entities_of: dict[int, list[dict]] = defaultdict(list)  # gold index -> system entities (any type)
    for s_story in brief["stories"]:
        per_gold_person: dict[int, list[str]] = defaultdict(list)
        for e in s_story["entities"]:
            kind = "person" if e["type"] in PERSON_TYPES else "organisation" if e["type"] in ORG_TYPES else None
            how, i = match(e)
            if how == "gold":
                entities_of[i].append(e)
                matched_forms = {keys.get(name_key(f)) for f in [e["name"], *e.get("aliases", [])]} - {None}
                if kind == "person" and len({j for j in matched_forms if gold_kind(j) == "person"}) > 1:
                    c["merges"] += 1
                    out["errors"].append(("merge", e["name"], sorted(gold[j]["name"] for j in matched_forms)))
            if kind is None or how == "unscored":
                continue
            c[f"{kind}_system"] += 1
            if how == "gold" and gold_kind(i) == kind:
                c[f"{kind}_tp"] += 1
                found[kind].add(i)
                if kind == "person":
                    per_gold_person[i].append(e["name"])
            else:
                label = f"{gold_kind(i)} ({gold[i]['name']})" if how == "gold" else how.replace("_", " ")
                out["errors"].append((f"false {kind}: {label}", e["name"], ""))
        for i, names in per_gold_person.items():
            if len(names) > 1:
                c["splits"] += len(names) - 1
                out["errors"].append(("split", gold[i]["name"], names))
    for i, g in enumerate(gold):
        kind = gold_kind(i)
        if kind not in found:
            continue
        c[f"{kind}_gold"] += 1
        c[f"{kind}_mentions"] += len(g.get("mentions", []))
        if i in found[kind]:
            c[f"{kind}_found"] += 1
            c[f"{kind}_mentions_found"] += len(g.get("mentions", []))
        else:
            typed = sorted({f"{e['name']}: {e['type']}" for e in entities_of[i]})
            out["errors"].append((f"missed {kind}", g["name"], typed))
        if g.get("kind") == "outlet" or g["type"] == "outlet":
            c["outlet_gold"] += 1
            c["outlet_found"] += i in found["organisation"]
            c["outlet_kind"] += any(e.get("kind") == "outlet" or e["type"] == "OUTLET" for e in entities_of[i])
        for role in g.get("roles", []):
            c["roles_gold"] += 1
            mine = {id(e) for e in entities_of[i]}
            right = any(_role_matches(r["role"], role["role"]) for e in entities_of[i] for r in e["roles"])
            elsewhere = sorted({e["name"] for s_story in brief["stories"] for e in s_story["entities"]
                                if id(e) not in mine and any(_role_matches(r["role"], role["role"]) for r in e["roles"])})
            if right:
                c["roles_right"] += 1
            elif elsewhere:
                c["roles_wrong"] += 1
                out["errors"].append(("role on another", f"{role['role']} ({g['name']})", elsewhere))
            else:
                c["roles_missing"] += 1
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def sample_table(results: list[dict], by_language: bool = False) -> dict[str, dict]:
    """Per split (and per split and language with `by_language`): persons and organisations
    precision / recall (and mention-weighted recall), splits and merges of persons, outlets
    found, roles on the right person."""
    table: dict[str, dict] = {}
    groups = sorted({(r["split"], r["language"]) for r in results}, key=lambda g: (g[0] != "dev", g[1]))
    keys = [(f"{sp} {lang}", sp, lang) for sp, lang in groups] if by_language else [
        (sp, sp, None) for sp in ("dev", "test")
    ]
    for split, sp, language in keys:
        rows = [r for r in results if r["split"] == sp and (language is None or r["language"] == language)]
        c: Counter = sum((r["counts"] for r in rows), Counter())
        table[split] = {
            "stories": len(rows),
            "mentions": c["person_mentions"] + c["organisation_mentions"],
            "person_p": _ratio(c["person_tp"], c["person_system"]),
            "person_r": _ratio(c["person_found"], c["person_gold"]),
            "person_mr": _ratio(c["person_mentions_found"], c["person_mentions"]),
            "org_p": _ratio(c["organisation_tp"], c["organisation_system"]),
            "org_r": _ratio(c["organisation_found"], c["organisation_gold"]),
            "splits": c["splits"],
            "merges": c["merges"],
            "outlets": (c["outlet_found"], c["outlet_kind"], c["outlet_gold"]),
            "roles": (c["roles_right"], c["roles_wrong"], c["roles_missing"]),
            "role_accuracy": _ratio(c["roles_right"], c["roles_right"] + c["roles_wrong"]),
            "counts": c,
        }
    return table


def evaluate_sample(stories: list[dict] | None = None, split: str | None = None, settings=None) -> tuple[dict, list[dict]]:
    stories = load_sample() if stories is None else stories
    results = []
    for story in stories:
        if split and story["split"] != split:
            continue
        r = score_story(story, run_system(story, settings))
        results.append(r)
    return sample_table(results), results


def print_sample(table: dict[str, dict], results: list[dict], errors: bool = False) -> None:
    print("\nLabelled people and organisations (bench/data/entities; MultiLing en/fr/ar, GVC, Wikinews), "
          "the system run as `synoptic brief <story>.jsonl --format json`")
    print("P/R: system entities of the type vs gold entities; mR: recall weighted by gold mentions; "
          "splits: extra system persons for one gold person; merges: one system person holding two; "
          "outlets: found as organisations / given kind outlet / gold; roles: right / on another / missing")
    print(f"{'split':>5} {'stories':>7} {'mentions':>8} | {'per-P':>6} {'per-R':>6} {'per-mR':>6} | "
          f"{'org-P':>6} {'org-R':>6} | {'splits':>6} {'merges':>6} | {'outlets':>9} | {'roles':>9} {'acc':>6}")
    for split, t in table.items():
        if not t["stories"]:
            continue
        outlets = "/".join(map(str, t["outlets"]))
        roles = "/".join(map(str, t["roles"]))
        print(f"{split:>5} {t['stories']:>7} {t['mentions']:>8} | {t['person_p']:>6.3f} {t['person_r']:>6.3f} "
              f"{t['person_mr']:>6.3f} | {t['org_p']:>6.3f} {t['org_r']:>6.3f} | {t['splits']:>6} {t['merges']:>6} | "
              f"{outlets:>9} | {roles:>9} {t['role_accuracy']:>6.3f}")
    print("\nby language")
    for split, t in sample_table(results, by_language=True).items():
        print(f"{split:>8} {t['stories']:>4} {t['mentions']:>8} | {t['person_p']:>6.3f} {t['person_r']:>6.3f} "
              f"{t['person_mr']:>6.3f} | {t['org_p']:>6.3f} {t['org_r']:>6.3f} | {t['splits']:>6} {t['merges']:>6}")
    if not errors:
        return
    print("\nerrors by story (kind, name, detail)")
    for r in results:
        for kind, name, detail in sorted(r["errors"], key=lambda e: e[0]):
            print(f"  {r['story']:<28} [{r['split']}] {kind}: {name}" + (f"  {detail}" if detail else ""))
    kinds = Counter((r["split"], kind.split(" (")[0]) for r in results for kind, _, _ in r["errors"])
    print("\nerrors by kind: " + "; ".join(f"{split} {kind} {n}" for (split, kind), n in sorted(kinds.items())))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N topics")
    ap.add_argument("--spacy", action="store_true", help="use spaCy NER when installed")
    ap.add_argument("--per-topic", action="store_true", help="print one row per topic")
    ap.add_argument("--data", default=str(ECB), help="the stories-ecbplus folder")
    ap.add_argument("--speed", action="store_true", help="also time the whole text/ layer")
    ap.add_argument("--only", choices=("ecb", "sample"), help="run only ECB+ or only the labelled sample")
    ap.add_argument("--split", choices=("dev", "test"), help="the labelled sample's split (default both)")
    ap.add_argument("--errors", action="store_true", help="list the labelled sample's errors by story")
    ap.add_argument("--stories", nargs="+", metavar="ID", help="only these labelled stories (e.g. the fresh ones of a round)")
    args = ap.parse_args(argv)
    if args.only != "ecb":
        stories = [s for s in load_sample() if not args.stories or s["id"] in args.stories]
        table, results = evaluate_sample(stories, split=args.split)
        print_sample(table, results, errors=args.errors)
    if args.only == "sample":
        return
    data = Path(args.data)
    if not (data / "xml").is_dir():
        print(f"ECB+ not found at {data}: nothing to measure")
        return
    selected = selected_sentences(data / "ECBplus_coreference_sentences.csv")
    topics = sorted((p for p in (data / "xml").iterdir() if p.is_dir()), key=lambda p: int(p.name))
    if args.limit:
        topics = topics[: args.limit]
    settings = TextSettings(use_spacy=args.spacy)
    header = (
        f"{'topic':>8} {'docs':>5} {'gold':>6} {'detect':>7} "
        f"{'B3-P':>6} {'B3-R':>6} {'B3-F':>6} {'pr-P':>6} {'pr-R':>6} {'pr-F':>6} | "
        f"{'sameB3P':>6} {'B3-R':>6} {'B3-F':>6} {'pr-P':>6} {'pr-R':>6} {'pr-F':>6}"
    )
    print(f"ECB+ cross-document entity linking (gold name mentions); spaCy={'on' if args.spacy else 'off'}")
    print("left: synoptic (text.entities); right: same-string baseline on gold boundaries")
    print(header)
    overall = evaluate(topics, selected, settings, per_topic=args.per_topic)
    print(_row("all", overall))
    print_typing(overall["typing"])
    rate = overall["docs"] / max(1e-9, overall["extract_s"])
    cpu_rate = overall["docs"] / max(1e-9, overall["extract_cpu"])
    print(
        f"\n{len(topics)} topics, {overall['docs']} documents: sentences+mentions+quotes "
        f"{rate:.1f} docs/s wall, {cpu_rate:.1f} docs/s of CPU time; "
        f"canonicalize {overall['canon_s']:.2f}s in all"
    )
    if args.speed:
        speed(settings, [a for t in topics for a, _ in (read_doc(p, selected) for p in sorted(t.glob("*.xml")))])


def print_typing(typing: Counter) -> None:
    types = ("PERSON", "ORG", "PLACE", "OTHER")
    print(f"\ntyping of detected gold names: {typing_accuracy(typing):.3f} right "
          f"({sum(typing.values())} mentions); rows: ECB+ type, columns: synoptic's")
    print(f"{'':>8} " + " ".join(f"{t:>7}" for t in types) + "  accuracy")
    for g in types[:3]:
        row = [typing[(g, s)] for s in types]
        print(f"{g:>8} " + " ".join(f"{n:>7}" for n in row) + f"  {typing[(g, g)] / max(1, sum(row)):>8.3f}")


def speed(settings: TextSettings, ecb_articles: list[Article]) -> None:
    """The whole text/ layer (`synoptic.text.analyze`: sentences, entities, quotes,
    quantities, times) on the bundled example and on ECB+ documents."""
    from synoptic import text as text_layer
    from synoptic.clean import clean_documents
    from synoptic.read import read_paths
    from synoptic.settings import Settings

    base = Settings()
    example, _ = clean_documents(list(read_paths([str(ROOT / "examples" / "geneva-2022")], base.read)), base.clean)
    print(f"\nwhole text/ layer (text.analyze), spaCy={'on' if settings.use_spacy else 'off'}")
    print(f"{'corpus':>16} {'docs':>5} {'chars/doc':>9} {'wall docs/s':>11} {'cpu docs/s':>10}")
    for name, arts in (("example x10", example * 10), ("ECB+", ecb_articles)):
        if not arts:
            continue
        text_layer.analyze(arts[0], settings)  # load models outside the clock
        t0, c0 = time.perf_counter(), time.process_time()
        for a in arts:
            text_layer.analyze(a, settings)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        chars = sum(len(a.text) for a in arts) / len(arts)
        print(f"{name:>16} {len(arts):>5} {chars:>9.0f} {len(arts) / wall:>11.1f} {len(arts) / cpu:>10.1f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score a built knowledge graph against gold annotations (a copy of shared/tools/score.py).

Kept byte-for-byte in its logic so the test suite measures exactly as the project's
evaluation tool does; refresh it when that tool changes.

Usage:
    python score.py --kg out/kg.ttl --gold ../shared/gold/seeds [--json] [--show-errors]

The graph is read with rdflib (format guessed from the file name). It must use the
terms of ../shared/CONTRACT.md. Gold files are JSON, one per article, named after the
article file (003_x.txt -> 003_x.json). A brand may list "aliases"; a gold file may
carry "aliases": {"variant": "canonical"} for brand and program names. Aliases apply
corpus-wide.

Scores (precision / recall / F1, micro-averaged over the gold files present):
  regions        per article: canonical region names the article mentions (lw:mentions)
  hierarchy      of the matched regions: level class and direct parent (lw:partOf) both right
  brands         per article: labour brand names the article mentions
  brand_origin   corpus-wide pairs (brand, origin region)
  brand_dest     corpus-wide pairs (brand, destination region)
  programs       per article: program names the article mentions
  flows          per article: pairs (origin, destination) of lw:LabourFlow nodes
  flow_workers   of the matched flows: worker count right (gold null -> must be absent)
  metrics        per article: triples (region, value, unit) of lw:Observation nodes
  metric_year    of the matched metrics: year right where the gold gives one
  metric_indicator  of the matched metrics: the indicator says what was counted, i.e. the
                 character Dice overlap of some lw:indicator with the gold indicator is >= 0.5
                 (a lone unit, "的" or a fragment cut mid-phrase fails)
Needs only rdflib.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

LW = Namespace("https://w3id.org/laowu-kg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
LEVEL_CLASS = {"province": LW.Province, "city": LW.City, "county": LW.County}
# Subclasses the contract fixes, so a graph written without the ontology's axioms still scores.
CONTRACT_SUBCLASSES = {LW.Region: {LW.Province, LW.City, LW.County}}
UNIT_ALIASES = {"名": "人", "位": "人", "万人": "人", "余人": "人", "场次": "场"}


def norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip()
    return text.strip("“”\"'《》「」『』")


def norm_unit(unit) -> str:
    unit = norm(unit)
    return UNIT_ALIASES.get(unit, unit)


def num(value):
    try:
        return Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError):
        return None


class KG:
    def __init__(self, path: Path):
        self.g = Graph()
        self.g.parse(str(path))
        self.articles = {}
        for art, src in self.g.subject_objects(LW.sourceFile):
            self.articles[Path(str(src)).name] = art

    def label(self, node) -> str | None:
        for lab in self.g.objects(node, RDFS.label):
            return norm(lab)
        return None

    def labels(self, node) -> set[str]:
        return {norm(lab) for lab in self.g.objects(node, RDFS.label)}

    def is_a(self, node, cls) -> bool:
        types = set(self.g.objects(node, RDF.type))
        if cls in types:
            return True
        subs = {cls} | CONTRACT_SUBCLASSES.get(cls, set())
        subs |= {s for c in set(subs) for s in self.g.transitive_subjects(RDFS.subClassOf, c)}
        return bool(types & subs)

    def mentioned(self, art, cls) -> list[URIRef]:
        return [n for n in self.g.objects(art, LW.mentions) if self.is_a(n, cls)]

    def derived(self, art, cls) -> list[URIRef]:
        return [n for n in self.g.subjects(PROV.wasDerivedFrom, art) if self.is_a(n, cls)]


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.errors: list[str] = []

    def add(self, gold: set, found: set, where: str):
        self.tp += len(gold & found)
        for x in sorted(found - gold, key=str):
            self.fp += 1
            self.errors.append(f"{where}: extra   {x}")
        for x in sorted(gold - found, key=str):
            self.fn += 1
            self.errors.append(f"{where}: missing {x}")

    def row(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


class Accuracy:
    def __init__(self):
        self.right = self.total = 0
        self.errors: list[str] = []

    def add(self, ok: bool, what: str):
        self.total += 1
        self.right += ok
        if not ok:
            self.errors.append(what)

    def row(self):
        acc = self.right / self.total if self.total else 0.0
        return {"right": self.right, "total": self.total, "accuracy": round(acc, 3)}


def indicator_overlap(found: str, gold: str) -> float:
    """Dice coefficient of the two indicators' sets of letters and digits (Han characters included)."""
    a, b = ({c for c in norm(x) if c.isalnum()} for x in (found, gold))
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def canon(name: str, aliases: dict[str, str]) -> str:
    return aliases.get(norm(name), norm(name))


def score(kg: KG, gold_dir: Path):
    t = {k: Tally() for k in ("regions", "brands", "brand_origin", "brand_dest",
                              "programs", "flows", "metrics")}
    a = {k: Accuracy() for k in ("hierarchy", "flow_workers", "metric_year", "metric_indicator")}
    gold_origin, gold_dest, found_origin, found_dest = set(), set(), set(), set()
    missing_articles = []
    gold_files = sorted(gold_dir.glob("*.json"))
    aliases: dict[str, str] = {}
    golds = []
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        golds.append(gold)
        for b in gold.get("brands", []):
            for alias in b.get("aliases", []):
                aliases[norm(alias)] = norm(b["name"])
        for alias, name in gold.get("aliases", {}).items():
            aliases[norm(alias)] = norm(name)
    for gold in golds:
        name = gold["file"]
        art = kg.articles.get(name)
        if art is None:
            missing_articles.append(name)
        # regions
        gold_regions = {norm(r["name"]): r for r in gold.get("regions", [])}
        found_regions = {}
        if art is not None:
            for node in kg.mentioned(art, LW.Region):
                for lab in kg.labels(node):
                    found_regions[lab] = node
        t["regions"].add(set(gold_regions), set(found_regions), f"{name} region")
        for rname in set(gold_regions) & set(found_regions):
            r, node = gold_regions[rname], found_regions[rname]
            level_ok = kg.is_a(node, LEVEL_CLASS[r["level"]])
            parents = {kg.label(p) for p in kg.g.objects(node, LW.partOf)}
            parent_ok = (not parents) if r["parent"] is None else norm(r["parent"]) in parents
            a["hierarchy"].add(level_ok and parent_ok,
                               f"{name} {rname}: level/parent {sorted(map(str, kg.g.objects(node, RDF.type)))} {parents} vs {r['level']} {r['parent']}")
        # brands
        gold_brands = {canon(b["name"], aliases) for b in gold.get("brands", [])}
        for b in gold.get("brands", []):
            if b.get("origin"):
                gold_origin.add((canon(b["name"], aliases), norm(b["origin"])))
            for d in b.get("destinations", []):
                gold_dest.add((canon(b["name"], aliases), norm(d)))
        found_brands = set()
        if art is not None:
            for node in kg.mentioned(art, LW.LabourBrand):
                bname = canon(kg.label(node) or str(node), aliases)
                found_brands.add(bname)
                for o in kg.g.objects(node, LW.origin):
                    found_origin.add((bname, kg.label(o)))
                for d in kg.g.objects(node, LW.destination):
                    found_dest.add((bname, kg.label(d)))
        t["brands"].add(gold_brands, found_brands, f"{name} brand")
        # programs
        gold_programs = {canon(p, aliases) for p in gold.get("programs", [])}
        found_programs = set()
        if art is not None:
            for node in kg.mentioned(art, LW.Program):
                found_programs.add(canon(kg.label(node) or str(node), aliases))
        t["programs"].add(gold_programs, found_programs, f"{name} program")
        # flows
        gold_flows = {}
        for f in gold.get("flows", []):
            gold_flows[(norm(f["from"]), norm(f["to"]))] = f.get("workers")
        found_flows = defaultdict(set)
        if art is not None:
            for node in kg.derived(art, LW.LabourFlow):
                workers = {int(w) for w in kg.g.objects(node, LW.workers)}
                for o in kg.g.objects(node, LW.origin):
                    for d in kg.g.objects(node, LW.destination):
                        found_flows[(kg.label(o), kg.label(d))] |= workers
        t["flows"].add(set(gold_flows), set(found_flows), f"{name} flow")
        for key in set(gold_flows) & set(found_flows):
            want, got = gold_flows[key], found_flows[key]
            ok = (not got) if want is None else (int(want) in got)
            a["flow_workers"].add(ok, f"{name} flow {key}: workers {sorted(got)} vs {want}")
        # metrics
        gold_metrics = {}
        for m in gold.get("metrics", []):
            gold_metrics[(norm(m["region"]), num(m["value"]), norm_unit(m["unit"]))] = m
        found_metrics = defaultdict(set)
        found_indicators = defaultdict(set)
        if art is not None:
            for node in kg.derived(art, LW.Observation):
                years = {str(y)[:4] for y in kg.g.objects(node, LW.year)}
                indicators = {str(i) for i in kg.g.objects(node, LW.indicator)}
                for r in kg.g.objects(node, LW.region):
                    for v in kg.g.objects(node, LW.value):
                        for u in kg.g.objects(node, LW.unit):
                            found_metrics[(kg.label(r), num(v), norm_unit(u))] |= years
                            found_indicators[(kg.label(r), num(v), norm_unit(u))] |= indicators
        t["metrics"].add(set(gold_metrics), set(found_metrics), f"{name} metric")
        for key in set(gold_metrics) & set(found_metrics):
            want = gold_metrics[key].get("year")
            if want is not None:
                got = found_metrics[key]
                a["metric_year"].add(str(want) in got, f"{name} metric {key}: year {sorted(got)} vs {want}")
            want = gold_metrics[key].get("indicator")
            if want:
                got = found_indicators[key]
                ok = max((indicator_overlap(i, want) for i in got), default=0.0) >= 0.5
                a["metric_indicator"].add(ok, f"{name} metric {key}: indicator {sorted(got)} vs {want}")
    t["brand_origin"].add(gold_origin, found_origin, "corpus brand-origin")
    t["brand_dest"].add(gold_dest, found_dest, "corpus brand-destination")
    return t, a, missing_articles


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kg", required=True, type=Path, help="the built graph (Turtle, N-Triples, TriG…)")
    ap.add_argument("--gold", required=True, type=Path, help="folder of gold JSON files")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--show-errors", action="store_true", help="list every extra and missing item")
    args = ap.parse_args(argv)
    kg = KG(args.kg)
    tallies, accs, missing = score(kg, args.gold)
    result = {k: v.row() for k, v in tallies.items()} | {k: v.row() for k, v in accs.items()}
    result["articles_missing"] = missing
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"{'score':<17}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn or right/total")
        for k, v in tallies.items():
            row = v.row()
            print(f"{k:<17}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}   {row['tp']}/{row['fp']}/{row['fn']}")
        for k, v in accs.items():
            row = v.row()
            print(f"{k:<17}{'acc':>7}{'':>7}{row['accuracy']:>7.3f}   {row['right']}/{row['total']}")
        if missing:
            print("articles not in the graph (no lw:sourceFile):", ", ".join(missing))
    if args.show_errors:
        for v in list(tallies.values()) + list(accs.values()):
            for e in v.errors:
                print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

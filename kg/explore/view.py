"""Read a graph file once, streaming, into the compact tables the explorer's page is drawn from."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import UsageError
from kg.rdfio import _parse_error, check_graph_file, curie, rdf_format_for

__all__ = [
    "CLASSES",
    "REGION_CLASSES",
    "Catalog",
    "ViewError",
    "ancestors",
    "brand_scope",
    "find_nodes",
    "province_scope",
    "read_catalog",
]

LW = "https://w3id.org/laowu-kg/ontology#"
ID = "https://w3id.org/laowu-kg/id/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCT = "http://purl.org/dc/terms/"
_PROV = "http://www.w3.org/ns/prov#"

# Explorer classes in display order. Observations, flows and brand-destination links are not
# nodes: flows become region→region edges, observations and evidence go into the details.
CLASSES: tuple[str, ...] = ("Province", "City", "County", "Region", "LabourBrand", "Program", "Article")
REGION_CLASSES = frozenset({"Province", "City", "County", "Region"})
_TYPE_RANK = {LW + c: rank for rank, c in enumerate(CLASSES)}  # an entity typed twice takes the first
_STATEMENTS = {LW + "LabourFlow": "flow", LW + "Observation": "obs", LW + "BrandDestinationLink": "link"}

# The concepts of lw:BrandLevelScheme (ontology/laowu.ttl), for graphs that do not carry the ontology.
_LEVELS = {LW + "NationalLevel": "国家级", LW + "ProvincialLevel": "省级",
           LW + "MunicipalLevel": "市级", LW + "CountyLevel": "县级"}

# The predicates the explorer reads; every other triple is skipped as it streams past.
_SLOT_OF = {iri: i for i, iri in enumerate((
    _RDF + "type", _RDFS + "label", _DCT + "title", LW + "partOf", LW + "adcode", LW + "divisionType",
    LW + "origin", LW + "destination", LW + "occupation", LW + "level", _SKOS + "altLabel",
    _SKOS + "prefLabel", LW + "brand", LW + "region", LW + "indicator", LW + "value", LW + "valueMax",
    LW + "unit", LW + "year", LW + "workers", LW + "approximate", LW + "evidence",
    _PROV + "wasDerivedFrom", LW + "mentions", LW + "subjectRegion", _DCT + "date", _DCT + "source",
    _DCT + "creator", LW + "category", LW + "sourceFile",
))}
(TYPE, LABEL, TITLE, PART_OF, ADCODE, DIVISION, ORIGIN, DEST, OCCUPATION, LEVEL, ALT, PREF, BRAND, REGION,
 INDICATOR, VALUE, VALUE_MAX, UNIT, YEAR, WORKERS, APPROX, EVIDENCE, DERIVED, MENTIONS, SUBJECT, DATE,
 SOURCE, CREATOR, CATEGORY, SOURCE_FILE) = range(len(_SLOT_OF))
_LANG_SLOTS = {LABEL, TITLE, ALT, PREF}  # read with their language tag, to prefer Chinese

# What a region's details list of its figures, newest first (without their sentences: a
# 10,000-article graph has 400,000 of them), at most; the rest is counted and one `kg query` away.
OBSERVATIONS_KEPT = 4


class ViewError(UsageError):
    """A name on the command line that the graph does not hold (unknown province or brand)."""


@dataclass
class Flow:
    """One stated flow: origin and destination node ids, the count as stated, where it was said."""
    origin: int
    destination: int
    workers: str | None
    year: str
    approximate: bool
    article: int  # node id of the article, -1 when unknown
    sentence: str


@dataclass
class Catalog:
    """Every node the explorer can show, by dense id (sorted by IRI), with what hangs off it."""
    iris: list[str] = field(default_factory=list)
    cls: list[str] = field(default_factory=list)
    label: list[str] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)  # regions: the partOf parent, -1 at the top
    names: dict[int, list[str]] = field(default_factory=dict)  # alt labels, for search
    facts: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    observations: dict[int, list[str]] = field(default_factory=dict)
    observation_count: dict[int, int] = field(default_factory=dict)
    origins: list[tuple[int, int]] = field(default_factory=list)  # brand → region
    destinations: dict[tuple[int, int], list[tuple[int, str]]] = field(default_factory=dict)  # → evidence
    flows: list[Flow] = field(default_factory=list)
    mentions: dict[int, list[int]] = field(default_factory=dict)  # article → what it mentions
    subjects: dict[int, list[int]] = field(default_factory=dict)  # article → its subject regions
    triples: int = 0

    def __len__(self) -> int:
        return len(self.iris)

    def index(self) -> dict[str, int]:
        return {iri: i for i, iri in enumerate(self.iris)}


def _number(text: str) -> str:
    """A number as people read it: 84300.0 → 84300, 2.80 → 2.8."""
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    if value == value.to_integral_value():
        return f"{int(value)}"
    return format(value.normalize(), "f")


def _readable(number: str) -> str:
    """The 万/亿 form Chinese readers expect for big figures: 84300 → 8.43万, 2371000000 → 23.71亿."""
    try:
        value = Decimal(number)
    except (InvalidOperation, ValueError):
        return ""
    for step, unit in ((Decimal(100000000), "亿"), (Decimal(10000), "万")):
        if abs(value) >= step:
            scaled = (value / step).quantize(Decimal("0.01")).normalize()
            return f"{format(scaled, 'f')}{unit}"
    return ""


def _first(values) -> str | None:
    if values is None:
        return None
    return min(values) if isinstance(values, list) else values


def _all(values) -> list:
    if values is None:
        return []
    return sorted(set(values)) if isinstance(values, list) else [values]


def _best_label(values) -> str | None:
    """The Chinese label if there is one, else any; the smallest of equals, so output is stable."""
    items = _all(values)
    if not items:
        return None
    zh = [v for lang, v in items if lang and lang.lower().startswith("zh")]
    return min(zh) if zh else min(v for _, v in items)


def _read_records(path: Path) -> tuple[dict[str, list], int]:
    """Subject → slots of the predicates we read; a slot holds one value or a list of them.

    pyoxigraph parses in Rust as the file streams past; this loop is the explorer's hot path (a
    10,000-article graph has four million triples), hence its plainness. Its strings need no
    cleaning: pyoxigraph refuses a lone surrogate (\\uD800) as a syntax error, so all text encodes.
    """
    import pyoxigraph

    records: dict[str, list] = {}
    iris: dict[str, str] = {}  # one str object per IRI however often it is named
    width, lang_slots = len(_SLOT_OF), _LANG_SLOTS
    # Keyed by the parser's own term objects: no str is made for a predicate we skip.
    slot_of = {pyoxigraph.NamedNode(iri): slot for iri, slot in _SLOT_OF.items()}
    named = pyoxigraph.NamedNode
    sourcing, observation = {EVIDENCE, DERIVED}, LW + "Observation"
    count = 0
    last_subject, record = None, None
    fmt = rdf_format_for(path)
    try:
        # lenient: skip IRI validation; the explorer reads, it does not vouch for the graph. The
        # parser is kg.rdfio's (pyoxigraph, which fetches nothing), streamed rather than listed.
        for quad in pyoxigraph.parse(path=str(path), format=fmt.ox(), lenient=True):
            count += 1
            slot = slot_of.get(quad.predicate)
            if slot is None:
                continue
            subject = quad.subject
            if subject != last_subject:
                key = subject.value
                record = records.get(key)
                if record is None:
                    record = records[iris.setdefault(key, key)] = [None] * width
                last_subject = subject
            if slot in sourcing and record[TYPE] == observation:
                continue  # a figure's sentence: not shown, and there are hundreds of thousands
            obj = quad.object
            if slot in lang_slots:
                value = (obj.language, obj.value)
            elif type(obj) is named:
                value = obj.value
                value = iris.setdefault(value, value)
            else:
                value = obj.value
            held = record[slot]
            if held is None:
                record[slot] = value
            elif type(held) is list:
                held.append(value)
            else:
                record[slot] = [held, value]
    except (SyntaxError, ValueError, OSError) as error:
        raise _parse_error(path, fmt, error) from None
    return records, count


def read_catalog(path: str | Path) -> Catalog:
    """Stream the graph file into a Catalog, keeping only what the explorer draws or lists."""
    records, triples = _read_records(check_graph_file(path))
    classes, statements = _classify(records)
    cat = Catalog(triples=triples)
    ordered = sorted(classes)
    ids = {iri: i for i, iri in enumerate(ordered)}
    for iri in ordered:
        record = records[iri]
        cat.iris.append(iri)
        cat.cls.append(classes[iri])
        cat.label.append(_best_label(record[LABEL]) or _best_label(record[TITLE]) or curie(iri))
        cat.parent.append(-1)
    regions = {iri: i for iri, i in ids.items() if cat.cls[i] in REGION_CLASSES}
    for i, iri in enumerate(ordered):
        _add_entity(cat, i, records[iri], records, ids, regions)
    _add_brand_links(cat, [records[s] for s in sorted(statements["link"])], ids, regions)
    _add_flows(cat, [records[s] for s in sorted(statements["flow"])], ids, regions)
    _add_figures(cat, [(s, records[s]) for s in statements["obs"]], regions)
    return cat


def _classify(records: dict[str, list]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The explorer class of each entity, and the subjects of each kind of statement."""
    classes: dict[str, str] = {}
    statements: dict[str, list[str]] = defaultdict(list)
    for subject, record in records.items():
        types = record[TYPE]
        if types is None:
            continue
        best = None
        for type_iri in types if type(types) is list else (types,):
            rank = _TYPE_RANK.get(type_iri)
            if rank is not None and (best is None or rank < best):
                best = rank
            kind = _STATEMENTS.get(type_iri)
            if kind:
                statements[kind].append(subject)
        if best is not None:
            classes[subject] = CLASSES[best]
    return classes, statements


def _source(record: list, ids: dict[str, int]) -> tuple[int, str]:
    """Where a statement was said: the article's node id (-1 if unknown) and the sentence."""
    article = _first(record[DERIVED])
    return ids.get(article, -1) if article else -1, " ".join((_first(record[EVIDENCE]) or "").split())


def _add_entity(cat: Catalog, i: int, record: list, records: dict, ids: dict, regions: dict) -> None:
    """A node's facts, its parent region, and the edges it owns (brand origins, article mentions)."""
    facts: list[tuple[str, str]] = []
    cls = cat.cls[i]
    alt = [v for _, v in _all(record[ALT])]
    if alt:
        cat.names[i] = alt
    if cls in REGION_CLASSES:
        parents = [regions[x] for x in _all(record[PART_OF]) if x in regions]
        cat.parent[i] = min(parents) if parents else -1
        facts += [("adcode", v) for v in _all(record[ADCODE])]
        facts += [("divisionType 类型", v) for v in _all(record[DIVISION])]
    elif cls == "LabourBrand":
        facts += [("altLabel 别名", v) for v in alt]
        facts += [("occupation 职业", v) for v in _all(record[OCCUPATION])]
        for level in _all(record[LEVEL]):
            name = _best_label(records[level][PREF]) if level in records else None
            facts.append(("level 级别", name or _LEVELS.get(level) or curie(level)))
        cat.origins += [(i, regions[r]) for r in _all(record[ORIGIN]) if r in regions]
        for dest in _all(record[DEST]):
            if dest in regions:
                cat.destinations.setdefault((i, regions[dest]), [])
    elif cls == "Program":
        facts += [("altLabel 别名", v) for v in alt]
    elif cls == "Article":
        # The title is the article's label already.
        for slot, name in ((DATE, "date 日期"), (SOURCE, "source 来源"), (CREATOR, "creator 作者"),
                           (CATEGORY, "category 栏目"), (SOURCE_FILE, "sourceFile 文件")):
            facts += [(name, v[1] if isinstance(v, tuple) else v) for v in _all(record[slot])]
        cat.subjects[i] = sorted({regions[r] for r in _all(record[SUBJECT]) if r in regions})
        cat.mentions[i] = sorted({ids[m] for m in _all(record[MENTIONS])
                                  if m in ids and cat.cls[ids[m]] != "Article"})
    if facts:
        cat.facts[i] = facts


def _add_brand_links(cat: Catalog, links: list[list], ids: dict, regions: dict) -> None:
    """Brand → destination links, with the sentence and article that state each."""
    for record in links:
        said = _source(record, ids)
        for brand in _all(record[BRAND]):
            b = ids.get(brand, -1)
            if b < 0 or cat.cls[b] != "LabourBrand":
                continue
            for dest in _all(record[DEST]):
                if dest in regions:
                    lines = cat.destinations.setdefault((b, regions[dest]), [])
                    if said[1] and said not in lines:
                        lines.append(said)


def _add_flows(cat: Catalog, flows: list[list], ids: dict, regions: dict) -> None:
    """One Flow per origin × destination of each lw:LabourFlow between known regions."""
    for record in flows:
        workers = _first(record[WORKERS])
        approx = any(str(v).lower() in ("true", "1") for v in _all(record[APPROX]))
        article, sentence = _source(record, ids)
        for origin in _all(record[ORIGIN]):
            for dest in _all(record[DEST]):
                if origin in regions and dest in regions:
                    cat.flows.append(Flow(regions[origin], regions[dest], _number(workers) if workers else None,
                                          _first(record[YEAR]) or "", approx, article, sentence))


def _add_figures(cat: Catalog, observations: list[tuple[str, list]], regions: dict) -> None:
    """Each region's newest figures as lines; only those few are formatted, the rest are counted."""
    figures: dict[int, list[tuple[int, str, list]]] = defaultdict(list)
    for iri, record in observations:  # 400,000 of them in a 10,000-article graph: kept plain
        year = _first(record[YEAR])
        newest_first = -int(year[:4]) if year and year[:4].isdigit() else 1
        where = record[REGION]
        if type(where) is list:
            for r in {regions.get(x, -1) for x in where} - {-1}:
                figures[r].append((newest_first, iri, record))
        elif where in regions:
            figures[regions[where]].append((newest_first, iri, record))
    for r, found in figures.items():
        found.sort(key=lambda item: item[:2])
        shown: list[str] = []
        for _, _, record in found:
            line = _observation_line(record[INDICATOR], _first(record[VALUE]), _first(record[VALUE_MAX]),
                                     record[APPROX], record[UNIT], _first(record[YEAR]))
            if line not in shown:
                shown.append(line)
                if len(shown) == OBSERVATIONS_KEPT:
                    break
        cat.observations[r] = shown
        cat.observation_count[r] = len(found)


def _observation_line(indicators, value, top, approximate, units, year) -> str:
    """输转城乡劳动力: 约84300人 ≈ 8.43万 (2021)."""
    indicator = ", ".join(_all(indicators)) or "指标"
    approx = any(str(v).lower() in ("true", "1") for v in _all(approximate))
    unit = "".join(_all(units))
    shown = (_number(value) if value else "?") + (f"–{_number(top)}" if top else "")
    big = _readable(_number(value)) if value and not top else ""
    return (f"{indicator}: {'约' if approx else ''}{shown}{unit}" + (f" ≈ {big}" if big else "")
            + (f" ({year})" if year else ""))


def ancestors(cat: Catalog, node: int) -> list[int]:
    """The partOf chain above `node`, nearest first (cycles are cut)."""
    chain, seen = [], {node}
    current = cat.parent[node]
    while current >= 0 and current not in seen:
        chain.append(current)
        seen.add(current)
        current = cat.parent[current]
    return chain


def find_nodes(cat: Catalog, name: str, classes: set[str]) -> list[int]:
    """Nodes of `classes` whose label is `name`; else with that alternative label; else whose label
    starts with it (陕西 → 陕西省)."""
    name = name.strip()
    pool = [i for i in range(len(cat)) if cat.cls[i] in classes]
    for test in (lambda i: cat.label[i] == name,
                 lambda i: name in cat.names.get(i, ()),
                 lambda i: bool(name) and cat.label[i].startswith(name)):
        found = [i for i in pool if test(i)]
        if found:
            return found
    return []


def _with_ancestors(cat: Catalog, nodes: set[int]) -> set[int]:
    out = set(nodes)
    for node in nodes:
        out.update(ancestors(cat, node))
    return out


def province_scope(cat: Catalog, province: int) -> set[int]:
    """What belongs with one province: its regions; brands and flows from or to them and their
    other ends; articles about or mentioning them and the programs those name; all ancestors."""
    inside = {i for i in range(len(cat)) if cat.cls[i] in REGION_CLASSES
              and (i == province or province in ancestors(cat, i))}
    scope = set(inside)
    touching = {b for b, r in cat.origins if r in inside} | {b for b, r in cat.destinations if r in inside}
    scope |= touching
    scope.update(r for b, r in cat.origins if b in touching)
    scope.update(r for b, r in cat.destinations if b in touching)
    for flow in cat.flows:
        if flow.origin in inside or flow.destination in inside:
            scope.update((flow.origin, flow.destination))
    for article, targets in cat.mentions.items():
        if inside.intersection(targets) or inside.intersection(cat.subjects.get(article, ())):
            scope.add(article)
            scope.update(t for t in targets if cat.cls[t] == "Program")
    return _with_ancestors(cat, scope)


def brand_scope(cat: Catalog, brand: int) -> set[int]:
    """One brand with its origin, destinations, their ancestors and the articles that mention it."""
    scope = {brand}
    scope.update(r for b, r in cat.origins if b == brand)
    scope.update(r for b, r in cat.destinations if b == brand)
    scope.update(a for a, targets in cat.mentions.items() if brand in targets)
    return _with_ancestors(cat, scope)

"""Turn the RDF graph into a readable networkx view: one node per region, brand, program and article."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Iterable

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.rdfio import curie as _curie
from kg.rdfio import load_rdflib

# The namespace strings are fixed by docs/GRAPH.md; kg.graph.namespaces owns them, but the
# explorer keeps a literal fallback so it can be imported even while that module changes.
try:  # pragma: no cover - exercised whichever way the checkout is
    from kg.graph.namespaces import ID, LW
except ImportError:  # pragma: no cover
    from rdflib import Namespace

    LW = Namespace("https://w3id.org/laowu-kg/ontology#")
    ID = Namespace("https://w3id.org/laowu-kg/id/")

__all__ = [
    "CLASSES", "EDGE_KINDS", "ViewError", "build_view", "find_nodes", "load_graph",
    "province_scope", "brand_scope", "limit_nodes", "subgraph", "ancestors",
]

# Explorer classes in display order. Observations, flows and brand-destination links are not
# nodes: flows become region→region edges, observations and link evidence go into tooltips,
# so that a graph with thousands of figures still shows its regions and brands readably.
CLASSES: tuple[str, ...] = ("Province", "City", "County", "Region", "LabourBrand", "Program", "Article")
_CLASS_IRIS = {
    LW.Province: "Province",
    LW.City: "City",
    LW.County: "County",
    LW.LabourBrand: "LabourBrand",
    LW.Program: "Program",
    LW.Article: "Article",
}
_REGION_CLASSES = {"Province", "City", "County", "Region"}

# Edge kinds (the networkx edge key), in legend order. `flow` stands for lw:LabourFlow
# (origin → destination); `context` links a program to the subject region of the articles
# that mention it, so programs are not islands when article nodes are hidden.
EDGE_KINDS: tuple[str, ...] = ("partOf", "origin", "destination", "flow", "mentions", "context")

# How much of a long sentence a fact line keeps; the detail panel shows the same text.
_SENTENCE_MAX = 240


class ViewError(ValueError):
    """A user-facing problem: unknown province or brand name, unreadable graph."""


@dataclass
class _Evidence:
    sentence: str
    article: str  # the article's title (or file name) as plain text; "" when unknown

    def line(self) -> str:
        text = _clip(self.sentence)
        return f"《{self.article}》 {text}" if self.article else text


@dataclass
class _Node:
    cls: str
    label: str
    curie: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)


def _clean(text: object) -> str:
    """Plain text safe to encode as UTF-8: lone surrogates (from broken input) become U+FFFD."""
    value = str(text)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    return value


def _clip(text: str, limit: int = _SENTENCE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(lit: object) -> str:
    """A number as people read it: 84300.0 → 84300, 2371000000 → 2371000000, 2.8 → 2.8."""
    try:
        value = Decimal(str(lit))
    except (InvalidOperation, ValueError):
        return _clean(lit)
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


def _truthy(lit: object) -> bool:
    if isinstance(lit, Literal):
        return bool(lit.toPython()) if isinstance(lit.toPython(), bool) else str(lit).lower() == "true"
    return False


def load_graph(path: str) -> Graph:
    """Parse a graph file (format from its suffix); kg.rdfio.GraphFileError if it cannot."""
    return load_rdflib(path)


def _sorted_terms(values: Iterable[object]) -> list:
    return sorted(set(values), key=str)


def _label(graph: Graph, node: URIRef) -> str:
    labels = sorted(_clean(o) for o in graph.objects(node, RDFS.label))
    zh = sorted(_clean(o) for o in graph.objects(node, RDFS.label) if getattr(o, "language", None) == "zh")
    if zh:
        return zh[0]
    if labels:
        return labels[0]
    titles = sorted(_clean(o) for o in graph.objects(node, DCTERMS.title))
    return titles[0] if titles else _curie(node)


def build_view(graph: Graph, *, articles: bool = True) -> nx.MultiDiGraph:
    """The explorer's view of `graph`: nodes keyed by IRI string, edges keyed by kind.

    Node attributes: cls, label, curie, facts [(name, value)], evidence [text],
    observations [text], province (IRI of the province-level ancestor, regions only).
    Edge attributes: kind, label, evidence [text], workers (flows).
    """
    view = nx.MultiDiGraph()
    info: dict[URIRef, _Node] = {}

    # Classes: each entity gets the first explorer class it is typed with; a bare lw:Region
    # (not typed Province/City/County) still shows, as "Region".
    for cls_iri, cls in _CLASS_IRIS.items():
        for subject in graph.subjects(RDF.type, cls_iri):
            if isinstance(subject, URIRef) and subject not in info:
                info[subject] = _Node(cls, _label(graph, subject), _curie(subject))
    for subject in graph.subjects(RDF.type, LW.Region):
        if isinstance(subject, URIRef) and subject not in info:
            info[subject] = _Node("Region", _label(graph, subject), _curie(subject))

    def is_region(node: object) -> bool:
        return node in info and info[node].cls in _REGION_CLASSES

    article_title = {a: n.label for a, n in info.items() if n.cls == "Article"}

    def evidence_of(subject: URIRef) -> list[_Evidence]:
        out = []
        for sentence in _sorted_terms(graph.objects(subject, LW.evidence)):
            sources = _sorted_terms(graph.objects(subject, PROV.wasDerivedFrom)) or [None]
            for source in sources:
                title = article_title.get(source, _curie(source) if source is not None else "")
                out.append(_Evidence(_clean(sentence), title))
        return out

    # Sorted insertion everywhere: networkx keeps insertion order, and the page's node
    # ids and JSON follow it, so the same graph always gives the same bytes.
    for iri in sorted(info, key=str):
        node = info[iri]
        view.add_node(str(iri), cls=node.cls, label=node.label, curie=node.curie)

    def add_edge(u: URIRef, v: URIRef, kind: str, label: str | None = None, **attrs) -> dict:
        key = kind
        data = view.get_edge_data(str(u), str(v), key)
        if data is None:
            view.add_edge(str(u), str(v), key=key, kind=kind, label=label or kind, evidence=[], **attrs)
            data = view.get_edge_data(str(u), str(v), key)
        return data

    # partOf: the province → city → county hierarchy.
    for region in sorted((r for r in info if is_region(r)), key=str):
        for parent in _sorted_terms(graph.objects(region, LW.partOf)):
            if is_region(parent):
                add_edge(region, parent, "partOf")

    # Brands: origin and destination edges; BrandDestinationLink evidence on the destination edge.
    links: dict[tuple[URIRef, URIRef], list[_Evidence]] = defaultdict(list)
    for link in _sorted_terms(graph.subjects(RDF.type, LW.BrandDestinationLink)):
        for brand in graph.objects(link, LW.brand):
            for dest in graph.objects(link, LW.destination):
                links[(brand, dest)].extend(evidence_of(link))
    for brand in sorted((b for b, n in info.items() if n.cls == "LabourBrand"), key=str):
        for origin in _sorted_terms(graph.objects(brand, LW.origin)):
            if is_region(origin):
                add_edge(brand, origin, "origin")
        dests = set(graph.objects(brand, LW.destination)) | {d for (b, d) in links if b == brand}
        for dest in _sorted_terms(dests):
            if is_region(dest):
                data = add_edge(brand, dest, "destination")
                data["evidence"].extend(e.line() for e in links.get((brand, dest), []))

    # Flows: one edge per (origin, destination) pair, however many articles state it.
    flows: dict[tuple[URIRef, URIRef], list[tuple[str, str]]] = defaultdict(list)
    for flow in _sorted_terms(graph.subjects(RDF.type, LW.LabourFlow)):
        for origin in graph.objects(flow, LW.origin):
            for dest in graph.objects(flow, LW.destination):
                if not (is_region(origin) and is_region(dest)):
                    continue
                workers = _sorted_terms(graph.objects(flow, LW.workers))
                approx = any(_truthy(o) for o in graph.objects(flow, LW.approximate))
                years = _sorted_terms(graph.objects(flow, LW.year))
                amount = (_number(workers[0]) + ("+" if approx else "") + "人") if workers else "人数未注明"
                head = amount + (f" ({_clean(years[0])})" if years else "")
                for ev in evidence_of(flow) or [_Evidence("", "")]:
                    flows[(origin, dest)].append((head, ev.line()))
    for (origin, dest), items in sorted(flows.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        items = sorted(set(items))
        heads = sorted({h for h, _ in items})
        label = f"flow {heads[0]}" if len(heads) == 1 else f"flow ×{len(heads)}"
        data = add_edge(origin, dest, "flow", label=label, workers=heads)
        data["evidence"].extend(f"{h}: {line}" if line else h for h, line in items)

    # Articles: mentions edges, and `context` edges program → the article's subject region.
    for article in sorted((a for a, n in info.items() if n.cls == "Article"), key=str):
        subjects = [s for s in _sorted_terms(graph.objects(article, LW.subjectRegion)) if is_region(s)]
        for target in _sorted_terms(graph.objects(article, LW.mentions)):
            if target in info and info[target].cls != "Article":
                add_edge(article, target, "mentions")
                if info[target].cls == "Program":
                    for region in subjects:
                        add_edge(target, region, "context")

    # Observations fold into their region's facts.
    observations: dict[URIRef, list[tuple[str, str]]] = defaultdict(list)
    for obs in _sorted_terms(graph.subjects(RDF.type, LW.Observation)):
        for region in graph.objects(obs, LW.region):
            if not is_region(region):
                continue
            indicator = ", ".join(_clean(o) for o in _sorted_terms(graph.objects(obs, LW.indicator))) or "指标"
            values = [_number(v) for v in _sorted_terms(graph.objects(obs, LW.value))]
            maxima = [_number(v) for v in _sorted_terms(graph.objects(obs, LW.valueMax))]
            unit = "".join(_clean(u) for u in _sorted_terms(graph.objects(obs, LW.unit)))
            years = [_clean(y) for y in _sorted_terms(graph.objects(obs, LW.year))]
            approx = any(_truthy(o) for o in graph.objects(obs, LW.approximate))
            value = (values[0] if values else "?") + (f"–{maxima[0]}" if maxima else "")
            big = _readable(values[0]) if values and not maxima else ""
            line = (f"{indicator}: {'约' if approx else ''}{value}{unit}" + (f" ≈ {big}" if big else "")
                    + (f" ({years[0]})" if years else ""))
            evs = evidence_of(obs)
            observations[region].append((line, evs[0].line() if evs else ""))

    # Facts per node, as (name, value) pairs in a fixed order.
    for iri, node in sorted(info.items(), key=lambda kv: str(kv[0])):
        facts = node.facts
        if node.cls in _REGION_CLASSES:
            for code in _sorted_terms(graph.objects(iri, LW.adcode)):
                facts.append(("adcode", _clean(code)))
            for kind in _sorted_terms(graph.objects(iri, LW.divisionType)):
                facts.append(("divisionType 类型", _clean(kind)))
            for parent in _sorted_terms(graph.objects(iri, LW.partOf)):
                facts.append(("partOf 上级", info[parent].label if parent in info else _curie(parent)))
            for line, ev in sorted(set(observations.get(iri, []))):
                node.observations.append(f"{line} — {ev}" if ev else line)
        elif node.cls == "LabourBrand":
            for alt in _sorted_terms(graph.objects(iri, SKOS.altLabel)):
                facts.append(("altLabel 别名", _clean(alt)))
            for occ in _sorted_terms(graph.objects(iri, LW.occupation)):
                facts.append(("occupation 职业", _clean(occ)))
            for level in _sorted_terms(graph.objects(iri, LW.level)):
                names = sorted(_clean(l) for l in graph.objects(level, SKOS.prefLabel)
                               if getattr(l, "language", None) == "zh")
                facts.append(("level 级别", names[0] if names else _curie(level)))
            for origin in _sorted_terms(graph.objects(iri, LW.origin)):
                facts.append(("origin 来源地", _region_path(origin, info, graph)))
            dests = {d for _, d, k in view.out_edges(str(iri), keys=True) if k == "destination"}
            for dest in sorted(dests):
                facts.append(("destination 去向", _region_path(URIRef(dest), info, graph)))
            for dest in sorted(dests):
                for line in view.get_edge_data(str(iri), dest, "destination")["evidence"]:
                    node.evidence.append(line)
        elif node.cls == "Program":
            for alt in _sorted_terms(graph.objects(iri, SKOS.altLabel)):
                facts.append(("altLabel 别名", _clean(alt)))
        elif node.cls == "Article":
            for pred, name in ((DCTERMS.title, "title 标题"), (DCTERMS.date, "date 日期"),
                               (DCTERMS.source, "source 来源"), (DCTERMS.creator, "creator 作者"),
                               (LW.category, "category 栏目"), (LW.sourceFile, "sourceFile 文件")):
                for value in _sorted_terms(graph.objects(iri, pred)):
                    facts.append((name, _clean(value)))
            for region in _sorted_terms(graph.objects(iri, LW.subjectRegion)):
                facts.append(("subjectRegion 主题地区", info[region].label if region in info else _curie(region)))
        if node.cls != "Article":
            mentioned_in = sorted({article_title[a] for a in graph.subjects(LW.mentions, iri) if a in article_title})
            for title in mentioned_in:
                facts.append(("mentioned in 见于", f"《{title}》"))
        attrs = view.nodes[str(iri)]
        attrs["facts"] = facts
        attrs["evidence"] = node.evidence
        attrs["observations"] = node.observations

    # The province each region sits in (walking partOf up), for filters and scopes.
    for iri in view.nodes:
        if view.nodes[iri]["cls"] in _REGION_CLASSES:
            view.nodes[iri]["province"] = _province_of(view, iri)

    if not articles:
        view.remove_nodes_from([n for n, d in list(view.nodes(data=True)) if d["cls"] == "Article"])
    return view


def _region_path(region: URIRef, info: dict, graph: Graph) -> str:
    """紫阳县 (陕西省 安康市): a region's name with its ancestors, so a tooltip reads on its own."""
    names, seen, current = [], set(), region
    while True:
        parents = _sorted_terms(graph.objects(current, LW.partOf))
        if not parents or parents[0] in seen:
            break
        current = parents[0]
        seen.add(current)
        names.append(info[current].label if current in info else _curie(current))
    own = info[region].label if region in info else _curie(region)
    return own + (f" ({' '.join(reversed(names))})" if names else "")


def ancestors(view: nx.MultiDiGraph, node: str) -> list[str]:
    """The partOf chain above `node`, nearest first (cycles are cut)."""
    chain, seen, current = [], {node}, node
    while True:
        parents = sorted(v for _, v, k in view.out_edges(current, keys=True) if k == "partOf")
        if not parents or parents[0] in seen:
            return chain
        current = parents[0]
        seen.add(current)
        chain.append(current)


def _province_of(view: nx.MultiDiGraph, node: str) -> str:
    chain = [node] + ancestors(view, node)
    for region in chain:
        if view.nodes[region]["cls"] == "Province":
            return region
    return chain[-1]  # topmost known ancestor when no Province is typed


def _regions(view: nx.MultiDiGraph) -> list[str]:
    return [n for n, d in view.nodes(data=True) if d["cls"] in _REGION_CLASSES]


def _with_ancestors(view: nx.MultiDiGraph, nodes: set[str]) -> set[str]:
    out = set(nodes)
    for node in nodes:
        if view.nodes[node]["cls"] in _REGION_CLASSES:
            out.update(ancestors(view, node))
    return out


def find_nodes(view: nx.MultiDiGraph, name: str, classes: set[str]) -> list[str]:
    """Nodes of `classes` whose label is `name`; failing that, whose label starts with it (陕西 → 陕西省)."""
    name = name.strip()
    pool = [n for n, d in view.nodes(data=True) if d["cls"] in classes]
    exact = [n for n in pool if view.nodes[n]["label"] == name]
    if exact:
        return sorted(exact)
    alt = [n for n in pool if any(v == name for k, v in view.nodes[n]["facts"] if k.startswith("altLabel"))]
    if alt:
        return sorted(alt)
    return sorted(n for n in pool if name and view.nodes[n]["label"].startswith(name))


def province_scope(view: nx.MultiDiGraph, province: str) -> set[str]:
    """What belongs with one province: its regions; brands and flows from or to them and their
    other ends; articles about or mentioning them and the programs those name; all ancestors."""
    inside = {n for n in _regions(view) if view.nodes[n].get("province") == province}
    scope = set(inside)
    for u, v, kind in view.edges(keys=True):
        if kind in ("origin", "destination") and v in inside:
            scope.add(u)
            scope.update(w for _, w, k in view.out_edges(u, keys=True) if k in ("origin", "destination"))
        elif kind == "flow" and (u in inside or v in inside):
            scope.update((u, v))
    articles = {u for u, v, k in view.edges(keys=True) if k == "mentions" and v in inside}
    scope |= articles
    for article in articles:
        scope.update(v for _, v, k in view.out_edges(article, keys=True)
                     if k == "mentions" and view.nodes[v]["cls"] == "Program")
    scope.update(u for u, v, k in view.edges(keys=True) if k == "context" and v in inside)
    return _with_ancestors(view, scope)


def brand_scope(view: nx.MultiDiGraph, brand: str) -> set[str]:
    """One brand with its origin, destinations, their ancestors and the articles that mention it."""
    scope = {brand}
    scope.update(v for _, v, k in view.out_edges(brand, keys=True) if k in ("origin", "destination"))
    scope.update(u for u, _, k in view.in_edges(brand, keys=True) if k == "mentions")
    return _with_ancestors(view, scope)


_RANK = {"LabourBrand": 0, "Province": 1, "City": 2, "County": 3, "Region": 3, "Program": 4, "Article": 5}


def limit_nodes(view: nx.MultiDiGraph, max_nodes: int) -> set[str]:
    """At most `max_nodes` nodes, most relevant first: brands (with their origin and destinations),
    then provinces, cities, counties, programs, articles; within a class by degree, then label.
    A region is only kept with its ancestors, so the hierarchy never floats."""
    if max_nodes <= 0:
        raise ViewError("--max-nodes must be positive")

    def key(node: str) -> tuple:
        data = view.nodes[node]
        return (_RANK.get(data["cls"], 9), -view.degree(node), data["label"], node)

    kept: set[str] = set()
    for node in sorted(view.nodes, key=key):
        if len(kept) >= max_nodes:
            break
        need = {node}
        if view.nodes[node]["cls"] == "LabourBrand":
            need.update(v for _, v, k in view.out_edges(node, keys=True) if k in ("origin", "destination"))
        need = _with_ancestors(view, need) - kept
        if len(kept) + len(need) <= max_nodes:
            kept |= need
    return kept


def subgraph(view: nx.MultiDiGraph, nodes: set[str]) -> nx.MultiDiGraph:
    """The induced subgraph as an independent copy, in the view's (sorted) node order."""
    out = nx.MultiDiGraph()
    out.graph.update(view.graph)
    for node, data in view.nodes(data=True):
        if node in nodes:
            out.add_node(node, **data)
    for u, v, k, data in view.edges(keys=True, data=True):
        if u in nodes and v in nodes:
            out.add_edge(u, v, key=k, **data)
    return out

"""Read a graph file into the plain records the map and the dossiers draw: regions, brands, flows, articles."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


__all__ = ["Article", "Brand", "Flow", "BrandLink", "Observation", "Records", "read_records", "safe_link"]

LW = "https://w3id.org/laowu-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
# schema:url as the buildsafe helper adds it; both spellings of schema.org's namespace are in use.
SCHEMA_URL = ("http://schema.org/url", "https://schema.org/url")

REGION_CLASSES = {LW + "Province": "Province", LW + "City": "City", LW + "County": "County",
                  LW + "Region": "Region"}
# The ontology's four brand levels (a closed scheme, lw:BrandLevelScheme), for graphs that do not
# carry their skos:prefLabel.
LEVEL_NAMES = {LW + "NationalLevel": "国家级", LW + "ProvincialLevel": "省级",
               LW + "MunicipalLevel": "市级", LW + "CountyLevel": "县级"}

_HTTP_LINK = re.compile(r"https?://[^\s<>\"'\\\x00-\x1f\x7f]+", re.I)


def safe_link(value: str) -> str:
    """`value` when it is a plain http(s) URL (the only links a page makes clickable), else ""."""
    return value if _HTTP_LINK.fullmatch(value or "") else ""


@dataclass
class Region:
    iri: str
    code: str
    label: str
    cls: str
    parent: str | None  # IRI


@dataclass
class Article:
    iri: str
    title: str
    date: str
    source: str
    url: str  # http(s) only, else ""
    file: str
    mentions: set[str] = field(default_factory=set)

    @property
    def year(self) -> str:
        return self.date[:4] if re.match(r"\d{4}", self.date) else ""


@dataclass
class Brand:
    iri: str
    label: str
    alt_labels: list[str]
    occupations: list[str]
    origins: list[str]  # region IRIs
    levels: list[str]  # 国家级 …
    destinations: list[str]  # region IRIs


@dataclass
class Flow:
    iri: str
    origin: str
    destination: str
    workers: int | None
    approximate: bool
    year: str  # as stated, else the article's year, else ""
    year_stated: bool
    evidence: str
    article: str  # IRI or ""
    shared_with: int = 0  # how many other flows state the same count in the same sentence


@dataclass
class BrandLink:
    iri: str
    brand: str
    destination: str
    evidence: str
    article: str


@dataclass
class Observation:
    region: str
    indicator: str
    value: str
    unit: str
    year: str
    approximate: bool
    evidence: str
    article: str


@dataclass
class Records:
    regions: dict[str, Region]
    articles: dict[str, Article]
    brands: dict[str, Brand]
    programs: dict[str, str]  # IRI -> label
    flows: list[Flow]
    links: list[BrandLink]
    observations: list[Observation]

    def region_chain(self, iri: str) -> list[Region]:
        """The region and its ancestors, nearest first."""
        chain, seen = [], set()
        while iri in self.regions and iri not in seen:
            seen.add(iri)
            chain.append(self.regions[iri])
            iri = self.regions[iri].parent or ""
        return chain

    def province_of(self, iri: str) -> Region | None:
        chain = self.region_chain(iri)
        provinces = [r for r in chain if r.cls == "Province"]
        return provinces[0] if provinces else (chain[-1] if chain else None)

    def label(self, iri: str) -> str:
        region = self.regions.get(iri)
        return region.label if region else iri.rsplit("/", 1)[-1]


# The predicates the map reads; the dossiers add the observations' and the articles' mentions.
_MAP_PREDICATES = {
    RDF_TYPE, RDFS_LABEL, SKOS + "altLabel", SKOS + "prefLabel", DCTERMS + "title", DCTERMS + "date",
    DCTERMS + "source", PROV_DERIVED, *SCHEMA_URL,
    *(LW + name for name in ("adcode", "partOf", "sourceFile", "occupation", "origin", "destination", "level",
                             "workers", "approximate", "year", "evidence", "brand")),
}
_DOSSIER_PREDICATES = {LW + name for name in ("mentions", "region", "value", "unit", "indicator")}


def read_records(graph_path: str | Path, *, observations: bool = True) -> Records:
    """Every record the map and the dossiers need, read in one pass over the file.

    `observations=False` (the map) skips the figures and the articles' mentions: in a large graph they
    are most of the triples, and the map draws none of them.
    """
    import pyoxigraph

    from kg.rdfio import iter_quads

    wanted = _MAP_PREDICATES | (_DOSSIER_PREDICATES if observations else set())
    observation_class = LW + "Observation"
    skipped: set[str] = set()
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    # Observations are most of a large graph: one small dict each (first value per predicate in
    # sort order), and a sentence stated by several of them is kept once.
    compact: dict[str, dict[str, tuple]] = {}
    sentences: dict[str, str] = {}
    by_type: dict[str, list[str]] = defaultdict(list)
    literal, named = pyoxigraph.Literal, pyoxigraph.NamedNode
    for triple in iter_quads(graph_path):
        predicate = triple.predicate.value
        if predicate not in wanted:
            continue
        subject = triple.subject
        if not isinstance(subject, named):
            continue
        subject = subject.value
        if subject in skipped:
            continue
        obj = triple.object
        if isinstance(obj, literal):
            # pyoxigraph's strings come from Rust: valid UTF-8, never a lone surrogate.
            text = obj.value
            value = (sentences.setdefault(text, text) if predicate == LW + "evidence" else text, obj.language or "")
        else:
            value = (obj.value, None)
            if predicate == RDF_TYPE:
                if obj.value == observation_class and subject not in props:
                    # Writers put the type first, so the rest of the subject is handled as it comes.
                    if not observations:
                        skipped.add(subject)
                        continue
                    compact[subject] = {}
                by_type[obj.value].append(subject)
        row = compact.get(subject)
        if row is not None:
            if predicate not in row or value < row[predicate]:
                row[predicate] = value
            continue
        props[subject][predicate].append(value)
    for subject in skipped:
        props.pop(subject, None)

    def texts(subject: str, predicate: str) -> list[str]:
        return sorted({v for v, lang in props[subject].get(predicate, []) if lang is not None})

    def text(subject: str, predicate: str) -> str:
        values = props[subject].get(predicate, [])
        zh = sorted(v for v, lang in values if lang == "zh")
        plain = sorted(v for v, lang in values if lang is not None)
        return (zh or plain or [""])[0]

    def iris(subject: str, predicate: str) -> list[str]:
        return sorted({v for v, lang in props[subject].get(predicate, []) if lang is None})

    def typed(cls: str) -> list[str]:
        return sorted(set(by_type.get(cls, ())))

    regions: dict[str, Region] = {}
    for subject in sorted({s for cls in REGION_CLASSES for s in by_type.get(cls, ())}):
        classes = {REGION_CLASSES[c] for c in iris(subject, RDF_TYPE) if c in REGION_CLASSES}
        cls = next((c for c in ("Province", "City", "County") if c in classes), "Region")
        parents = iris(subject, LW + "partOf")
        regions[subject] = Region(subject, text(subject, LW + "adcode"),
                                  text(subject, RDFS_LABEL) or subject.rsplit("/", 1)[-1], cls,
                                  parents[0] if parents else None)

    articles: dict[str, Article] = {}
    for subject in typed(LW + "Article"):
        urls = [safe_link(u) for p in SCHEMA_URL for u in texts(subject, p) + iris(subject, p)]
        articles[subject] = Article(
            subject, text(subject, DCTERMS + "title") or text(subject, RDFS_LABEL),
            text(subject, DCTERMS + "date"), text(subject, DCTERMS + "source"),
            next((u for u in urls if u), ""), text(subject, LW + "sourceFile"),
            set(iris(subject, LW + "mentions")))

    level_names = dict(LEVEL_NAMES)
    for level in LEVEL_NAMES:
        names = sorted(v for v, lang in props[level].get(SKOS + "prefLabel", []) if lang == "zh") if level in props else []
        if names:
            level_names[level] = names[0]

    brands = {
        subject: Brand(subject, text(subject, RDFS_LABEL) or subject.rsplit("/", 1)[-1],
                       texts(subject, SKOS + "altLabel"), texts(subject, LW + "occupation"),
                       [o for o in iris(subject, LW + "origin") if o in regions],
                       [level_names.get(lv, lv.rsplit("#", 1)[-1]) for lv in iris(subject, LW + "level")],
                       [d for d in iris(subject, LW + "destination") if d in regions])
        for subject in typed(LW + "LabourBrand")}
    programs = {subject: text(subject, RDFS_LABEL) or subject.rsplit("/", 1)[-1]
                for subject in typed(LW + "Program")}

    def first_article(subject: str) -> str:
        sources = iris(subject, PROV_DERIVED)
        return sources[0] if sources else ""

    def truthy(subject: str, predicate: str) -> bool:
        return any(v.lower() in ("true", "1") for v, lang in props[subject].get(predicate, []) if lang is not None)

    flows = []
    for subject in typed(LW + "LabourFlow"):
        article = first_article(subject)
        counts = [int(v) for v in texts(subject, LW + "workers") if re.fullmatch(r"[+-]?\d+", v)]
        years = texts(subject, LW + "year")
        article_year = articles[article].year if article in articles else ""
        for origin in iris(subject, LW + "origin"):
            for destination in iris(subject, LW + "destination"):
                flows.append(Flow(subject, origin, destination, counts[0] if counts else None,
                                  truthy(subject, LW + "approximate"),
                                  (years[0][:4] if years else article_year), bool(years),
                                  text(subject, LW + "evidence"), article))
    # One count in one sentence for several destinations (赴新疆、江苏等地 200 人) is one count:
    # each arc shows it, marked shared, and every total counts it once.
    groups: dict[tuple, list[Flow]] = defaultdict(list)
    for flow in flows:
        if flow.workers is not None:
            groups[(flow.article, flow.origin, flow.workers, flow.evidence)].append(flow)
    for group in groups.values():
        for flow in group:
            flow.shared_with = len(group) - 1

    links = [BrandLink(subject, brand, destination, text(subject, LW + "evidence"), first_article(subject))
             for subject in typed(LW + "BrandDestinationLink")
             for brand in iris(subject, LW + "brand") for destination in iris(subject, LW + "destination")]

    observations = []
    for subject in typed(LW + "Observation"):
        row = compact.get(subject)
        if row is None:  # typed after its other triples: read as any subject
            row = {p: min(values) for p, values in props[subject].items() if values}
        region = row.get(LW + "region", ("", ""))
        if region[1] is not None:
            continue

        def field(predicate: str, row: dict = row) -> str:
            found = row.get(LW + predicate)
            return found[0] if found and found[1] is not None else ""

        observations.append(Observation(
            region[0], field("indicator"), field("value"), field("unit"), field("year")[:4],
            field("approximate").lower() in ("true", "1"), field("evidence"),
            row[PROV_DERIVED][0] if PROV_DERIVED in row and row[PROV_DERIVED][1] is None else ""))
    return Records(regions, articles, brands, programs, flows, links, observations)

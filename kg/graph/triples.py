"""One article's facts as Turtle-encoded triples under the ontology (see docs/GRAPH.md)."""
from __future__ import annotations

import functools
from collections.abc import Iterator

from kg.gazetteer import Gazetteer
from kg.graph import terms as t
from kg.graph.turtle import triple_line
from kg.model import ArticleFacts, Evidence
from kg.text.script import t2s

Triple = tuple[str, str, str]

LEVEL_CLASS = {"province": "lw:Province", "city": "lw:City", "county": "lw:County"}
BRAND_LEVEL = {
    "national": "lw:NationalLevel",
    "provincial": "lw:ProvincialLevel",
    "municipal": "lw:MunicipalLevel",
    "county": "lw:CountyLevel",
}


def article_node(facts: ArticleFacts) -> str:
    # Content and name together: the same file copied under two names is two article records,
    # each with its one lw:sourceFile.
    document = facts.article.document
    return t.node("article", t.digest(document.content_hash or facts.article.text_hash, document.source_file))


@functools.lru_cache(maxsize=8192)  # bounded by the gazetteer: the same few regions name most facts
def region_node(code: str) -> str:
    return t.node("region", code)


def brand_node(name: str) -> str:
    return t.node("brand", t.digest("brand", name))


def program_node(name: str) -> str:
    return t.node("program", t.digest("program", name))


# Memoised, bounded by the gazetteer's size: nearly every article names regions other articles name too.
@functools.lru_cache(maxsize=8192)
def region_triples(code: str, gazetteer: Gazetteer) -> tuple[Triple, ...]:
    """A region and every ancestor up to its province, so the hierarchy is always complete."""
    return tuple(_region_chain_triples(code, gazetteer))


def _region_chain_triples(code: str, gazetteer: Gazetteer) -> Iterator[Triple]:
    region = gazetteer.get(code)
    while region is not None:
        subject = region_node(region.code)
        yield subject, "rdf:type", LEVEL_CLASS[region.level]
        yield subject, "rdfs:label", t.text(region.name)
        yield subject, "lw:adcode", t.text(region.code, lang=None)
        if region.kind:
            yield subject, "lw:divisionType", t.text(region.kind, lang=None)
        if not region.parent:
            return
        yield subject, "lw:partOf", region_node(region.parent)
        region = gazetteer.get(region.parent)


# Literals of closed vocabularies (units, years), encoded once per process.
@functools.lru_cache(maxsize=1024)
def _vocabulary_literal(value: str) -> str:
    return t.text(value, lang=None)


_year_literal = functools.lru_cache(maxsize=1024)(t.gyear)


def _evidence(subject: str, evidence: Evidence, article: str, literals: dict[str, str]) -> Iterator[Triple]:
    """`literals`: the article's evidence sentences already encoded (a sentence often carries several facts)."""
    literal = literals.get(evidence.text)
    if literal is None:
        literal = literals[evidence.text] = t.text(evidence.text, lang=None)
    yield subject, "lw:evidence", literal
    yield subject, "prov:wasDerivedFrom", article


def article_triples(facts: ArticleFacts, gazetteer: Gazetteer) -> Iterator[Triple]:
    """Every triple one article contributes, regions' ancestors included."""
    yield from own_triples(facts)
    yield from shared_triples(facts, gazetteer)


# The build keeps an article's triples in two parts: those about nodes minted for this article alone
# (the article, its flows, observations and brand-destination links), written as one Turtle block, and
# those about nodes many articles state (regions, brands, programs), merged across the corpus.


def own_triples(facts: ArticleFacts) -> Iterator[Triple]:
    """The triples whose subject is a node minted for this article alone."""
    article = facts.article
    document = article.document
    a = article_node(facts)
    yield a, "rdf:type", "lw:Article"
    yield a, "lw:sourceFile", t.text(document.source_file, lang=None)
    if article.title:
        yield a, "rdfs:label", t.text(article.title)
        yield a, "dcterms:title", t.text(article.title)
    if document.date:
        yield a, "dcterms:date", t.date(document.date)
        if document.date_inferred:
            yield a, "lw:dateInferred", t.boolean(True)
    # Metadata keeps the script it was written in; the graph speaks simplified Chinese throughout.
    if document.source:
        yield a, "dcterms:source", t.text(t2s(document.source))
    if document.author:
        yield a, "dcterms:creator", t.text(t2s(document.author))
    link = t.web_link(document.url) if document.url else None
    if link:
        yield a, "schema:url", link  # beside the outlet's name: where a reader can follow a fact to its page
    for category in document.categories:
        yield a, "lw:category", t.text(category, lang=None)
    yield a, "lw:textHash", t.text(article.text_hash, lang=None)

    for code in sorted(facts.regions.codes):
        yield a, "lw:mentions", region_node(code)
    if facts.regions.subject:
        yield a, "lw:subjectRegion", region_node(facts.regions.subject)
    for brand in facts.brands:
        yield a, "lw:mentions", brand_node(brand.name)
    for program in facts.programs:
        yield a, "lw:mentions", program_node(program.name)

    evidence_literals: dict[str, str] = {}
    for link in facts.brand_destinations:
        b = brand_node(link.brand)
        d = region_node(link.destination)
        node = t.hashed_node("brand-destination", a, b, d)
        yield node, "rdf:type", "lw:BrandDestinationLink"
        yield node, "lw:brand", b
        yield node, "lw:destination", d
        yield from _evidence(node, link.evidence, a, evidence_literals)

    for flow in facts.flows:
        f = t.hashed_node("flow", a, flow.origin, flow.destination)
        yield f, "rdf:type", "lw:LabourFlow"
        yield f, "lw:origin", region_node(flow.origin)
        yield f, "lw:destination", region_node(flow.destination)
        if flow.workers is not None:
            yield f, "lw:workers", t.integer(flow.workers)
            yield f, "lw:approximate", t.boolean(flow.approximate)
        if flow.year is not None:
            yield f, "lw:year", _year_literal(flow.year)
        yield from _evidence(f, flow.evidence, a, evidence_literals)

    for obs in facts.observations:
        o = t.hashed_node("observation", a, str(obs.evidence.start), obs.region, str(obs.value), obs.unit, obs.indicator)
        yield o, "rdf:type", "lw:Observation"
        yield o, "lw:region", region_node(obs.region)
        yield o, "lw:value", t.decimal(obs.value)
        if obs.value_max is not None:
            yield o, "lw:valueMax", t.decimal(obs.value_max)
        yield o, "lw:unit", _vocabulary_literal(obs.unit)
        yield o, "lw:indicator", t.text(obs.indicator, lang=None)
        if obs.year is not None:
            yield o, "lw:year", _year_literal(obs.year)
        yield o, "lw:approximate", t.boolean(obs.approximate)
        yield from _evidence(o, obs.evidence, a, evidence_literals)


def shared_triples(facts: ArticleFacts, gazetteer: Gazetteer) -> Iterator[Triple]:
    """The triples about brands, programs and every region the article's facts name, with their ancestors."""
    yield from _entity_triples(facts)
    for code in sorted(regions_named(facts)):
        yield from region_triples(code, gazetteer)


def shared_lines(facts: ArticleFacts, gazetteer: Gazetteer) -> set[str]:
    """shared_triples as encoded lines (kg.graph.turtle.triple_line), the form the build merges them in."""
    lines = set(map(triple_line, _entity_triples(facts)))
    for code in regions_named(facts):
        lines.update(region_lines(code, gazetteer))
    return lines


def _entity_triples(facts: ArticleFacts) -> Iterator[Triple]:
    """The brands and programs an article names, and its brands' destinations."""
    for brand in facts.brands:
        b = brand_node(brand.name)
        yield from _named_entity(b, "lw:LabourBrand", brand.name, brand.alt_labels)
        if brand.occupation:
            yield b, "lw:occupation", t.text(brand.occupation, lang=None)
        if brand.origin:
            yield b, "lw:origin", region_node(brand.origin)
        if brand.level:
            yield b, "lw:level", BRAND_LEVEL[brand.level]
    for link in facts.brand_destinations:
        yield brand_node(link.brand), "lw:destination", region_node(link.destination)
    for program in facts.programs:
        yield from _named_entity(program_node(program.name), "lw:Program", program.name, program.alt_labels)


def _named_entity(node: str, cls: str, name: str, alt_labels) -> Iterator[Triple]:
    yield node, "rdf:type", cls
    yield node, "rdfs:label", t.text(name)
    for alt in alt_labels:
        yield node, "skos:altLabel", t.text(alt)


@functools.lru_cache(maxsize=8192)
def region_lines(code: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """region_triples as encoded lines, memoised alike."""
    return tuple(map(triple_line, region_triples(code, gazetteer)))


def regions_named(facts: ArticleFacts) -> set[str]:
    """Every region code the article's facts use: mentions, subject, brands' origins, links, flows, figures."""
    codes = set(facts.regions.codes)
    if facts.regions.subject:
        codes.add(facts.regions.subject)
    codes.update(brand.origin for brand in facts.brands if brand.origin)
    codes.update(link.destination for link in facts.brand_destinations)
    for flow in facts.flows:
        codes.update((flow.origin, flow.destination))
    codes.update(obs.region for obs in facts.observations)
    return codes


def vocabulary_triples() -> Iterator[Triple]:
    """The brand-level concepts, so a graph read without the ontology still has their labels."""
    labels = {
        "lw:NationalLevel": ("国家级", "national"),
        "lw:ProvincialLevel": ("省级", "provincial"),
        "lw:MunicipalLevel": ("市级", "municipal"),
        "lw:CountyLevel": ("县级", "county"),
    }
    for concept, (zh, en) in labels.items():
        yield concept, "rdf:type", "skos:Concept"
        yield concept, "skos:prefLabel", t.text(zh)
        yield concept, "skos:prefLabel", t.text(en, lang="en")
        yield concept, "skos:inScheme", "lw:BrandLevelScheme"

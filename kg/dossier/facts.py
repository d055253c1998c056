"""Gather what the graph says about one labour brand: origin chain, destinations, figures by year, articles."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from kg.map.records import Brand, Records

__all__ = ["Dossier", "Destination", "ArticleEntry", "Index", "build_dossier", "page_name"]


@dataclass
class Destination:
    label: str
    chain: str  # 上海市 or 北京市 · 朝阳区, from the top down
    workers: int  # stated counts, a shared count once
    facts: int
    years: list[str]
    stated_by_brand: bool  # the brand itself names it (lw:destination or a BrandDestinationLink)
    shared: bool  # a count in it was stated for several destinations at once


@dataclass
class ArticleEntry:
    title: str
    date: str
    source: str
    url: str
    file: str
    sentences: list[str] = field(default_factory=list)


@dataclass
class Dossier:
    iri: str
    name: str
    page: str
    aliases: list[str]
    occupations: list[str]
    origins: list[str]  # "陕西省 → 安康市 → 紫阳县"
    levels: list[str]
    destinations: list[Destination]
    workers_by_year: list[tuple[str, int]]
    figures: list[tuple[str, str, str, str]]  # year, region, indicator, value with unit
    programs: list[str]
    articles: list[ArticleEntry]


def page_name(iri: str) -> str:
    """A file name made from the brand IRI's last part: letters, digits and dashes only."""
    tail = re.sub(r"[^A-Za-z0-9-]+", "-", iri.rstrip("/").rsplit("/", 1)[-1]).strip("-")
    return f"brand-{tail or 'x'}.html"


def _chain(records: Records, iri: str) -> str:
    return " → ".join(r.label for r in reversed(records.region_chain(iri))) or records.label(iri)


def _number(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


class Index:
    """The graph's records indexed once, so that a thousand dossiers cost one pass each."""

    def __init__(self, records: Records):
        self.flows_under: dict[str, list] = defaultdict(list)  # region -> flows from it or inside it
        for flow in records.flows:
            for region in records.region_chain(flow.origin):
                self.flows_under[region.iri].append(flow)
        self.links: dict[str, list] = defaultdict(list)
        for link in records.links:
            self.links[link.brand].append(link)
        self.mentioned_by: dict[str, list] = defaultdict(list)
        for article in records.articles.values():
            for target in article.mentions:
                self.mentioned_by[target].append(article)
        self.observations: dict[str, list] = defaultdict(list)
        for obs in records.observations:
            self.observations[obs.region].append(obs)


def build_dossier(records: Records, brand: Brand, index: Index | None = None) -> Dossier:
    index = index or Index(records)
    origins = set(brand.origins)
    # Flows from the brand's origin or a region inside it are the brand's home flows.
    home_flows = list({f.iri + "|" + f.destination: f for o in sorted(origins) for f in index.flows_under[o]}.values())
    links = index.links.get(brand.iri, [])
    observations = [obs for o in sorted(origins) for obs in index.observations.get(o, [])]

    by_destination: dict[str, list] = defaultdict(list)
    for flow in home_flows:
        by_destination[flow.destination].append(flow)
    named = set(brand.destinations) | {link.destination for link in links}
    destinations = []
    for iri in sorted(set(by_destination) | named, key=lambda i: (_chain(records, i), i)):
        flows = by_destination.get(iri, [])
        counted = {(f.article, f.origin, f.workers, f.evidence) if f.shared_with else f.iri: f.workers
                   for f in flows if f.workers is not None}
        destinations.append(Destination(records.label(iri), _chain(records, iri), sum(counted.values()),
                                        len(flows), sorted({f.year for f in flows if f.year}), iri in named,
                                        any(f.shared_with for f in flows)))

    per_year: dict[str, dict] = defaultdict(dict)
    for flow in home_flows:
        if flow.workers is not None and flow.year:
            key = (flow.article, flow.origin, flow.workers, flow.evidence) if flow.shared_with else flow.iri
            per_year[flow.year][key] = flow.workers
    workers_by_year = [(year, sum(v.values())) for year, v in sorted(per_year.items())]
    figures = sorted({(o.year or "—", records.label(o.region), o.indicator,
                       ("约" if o.approximate else "") + _number(o.value) + o.unit)
                      for o in observations})

    mentioning = sorted(index.mentioned_by.get(brand.iri, []), key=lambda a: (a.date, a.title, a.iri))
    sentences: dict[str, set[str]] = defaultdict(set)
    for item in [*links, *home_flows]:
        if item.article and item.evidence:
            sentences[item.article].add(item.evidence)
    for obs in observations:
        if obs.article and obs.evidence:
            sentences[obs.article].add(obs.evidence)
    articles = [ArticleEntry(a.title or a.file, a.date, a.source, a.url, a.file, sorted(sentences.get(a.iri, ())))
                for a in mentioning]
    programs = sorted({records.programs[p] for a in mentioning for p in a.mentions if p in records.programs})
    return Dossier(brand.iri, brand.label, page_name(brand.iri), brand.alt_labels, brand.occupations,
                   [_chain(records, o) for o in brand.origins], brand.levels, destinations, workers_by_year,
                   figures, programs, articles)

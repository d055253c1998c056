"""One article through every stage: file -> Document -> Article -> ArticleFacts."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from kg.extract.brand_flows import flows_of_brand_destinations
from kg.extract.brand_links import link_brand_destinations
from kg.extract.brand_origins import home_subject
from kg.extract.brands import find_brands
from kg.extract.flows import find_flows
from kg.extract.metrics import find_metrics
from kg.extract.programs import find_programs
from kg.extract.regions import find_regions, place_in_name, with_title_places
from kg.gazetteer import Gazetteer
from kg.ingest import read_document
from kg.model import Article, ArticleFacts, RegionAnalysis, RegionMention
from kg.normalize import normalize
from kg.text.memo import new_article


def _with_brand_places(regions: RegionAnalysis, article: Article, brands) -> RegionAnalysis:
    """A place named inside a brand name is a mention of it (万载花炮 mentions 万载县)."""
    known = regions.codes
    extra = []
    for brand in brands:
        code = place_in_name(brand.name, regions)
        if code and brand.origin and _provinces_differ(code, brand.origin):
            continue  # the brand's home is a town named like a county far away: that county is not named
        if code and code not in known:
            position = article.text.find(brand.name, brand.evidence.start)
            start = position if position >= 0 else brand.evidence.start
            extra.append(RegionMention(code, start, start + len(brand.name), brand.name))
            known = known | {code}
    if not extra:
        return regions
    return dataclasses.replace(regions, mentions=regions.mentions + tuple(extra))


def _provinces_differ(a: str, b: str) -> bool:
    gaz = Gazetteer.load()
    return gaz.province_code(a) != gaz.province_code(b)


def extract(article: Article) -> ArticleFacts:
    """Run every extractor over one normalised article."""
    new_article()  # memos of the last article's sentences are of no use here (kg.text.memo)
    regions = find_regions(article)
    brands = find_brands(article, regions)
    home = home_subject(article, regions, brands)
    if home is not None:
        regions = find_regions(article, subject=home)
    regions = _with_brand_places(regions, article, brands)
    flows = find_flows(article, regions)
    brand_destinations = link_brand_destinations(article, regions, brands, flows)
    flows = flows_of_brand_destinations(brands, brand_destinations, flows, regions)
    observations = find_metrics(article, regions, brands)
    return ArticleFacts(
        article=article,
        regions=with_title_places(article, regions),
        brands=brands,
        brand_destinations=brand_destinations,
        programs=find_programs(article),
        flows=flows,
        observations=observations,
    )


def process_file(path: Path, source_file: str) -> ArticleFacts:
    """Read, normalise and extract one file; raises kg.ingest.IngestError for bad input."""
    return extract(normalize(read_document(path, source_file)))

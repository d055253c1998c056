"""Flows that a brand's destinations state: its workers go from the brand's origin to each place they work."""
from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.model import Brand, BrandDestination, Flow, RegionAnalysis

# 全市, 我县, 该区 …: the sentence itself says whose workers these are.
_OWN_REGION_WORD = re.compile(r"[全我本该][省市州盟县区旗]")


def flows_of_brand_destinations(brands: tuple[Brand, ...], links: tuple[BrandDestination, ...],
                                flows: tuple[Flow, ...], regions: RegionAnalysis) -> tuple[Flow, ...]:
    """A flow for each (brand origin, destination) that no flow of the article already gives, from the origin or
    from a place inside it (a county of the prefecture whose brand it is).

    "The brand's workers work in A" is an employment of workers from the brand's home in A, which is what a flow
    records (GUIDE: flows are organised transfers or employment); the count, if any, is the flow extractor's, so
    the flow made here carries none.
    """
    gaz = Gazetteer.load()
    origin_of = {brand.name: brand.origin for brand in brands if brand.origin}
    flows = _from_the_brands_home(flows, links, origin_of, gaz, regions)
    senders: dict[str, set[str]] = {}  # destination -> the origins that already send there
    for flow in flows:
        senders.setdefault(flow.destination, set()).add(flow.origin)
    added: list[Flow] = []
    for link in links:
        origin = origin_of.get(link.brand)
        if origin is None or origin == link.destination:
            continue
        if any(gaz.contains(origin, sender) for sender in senders.get(link.destination, ())):
            continue
        senders.setdefault(link.destination, set()).add(origin)
        added.append(Flow(origin=origin, destination=link.destination, evidence=link.evidence))
    return flows + tuple(added)


def _from_the_brands_home(flows: tuple[Flow, ...], links: tuple[BrandDestination, ...], origin_of: dict[str, str],
                          gaz: Gazetteer, regions: RegionAnalysis) -> tuple[Flow, ...]:
    """河套巧厨：…就业辐射宁夏、甘肃: a flow read from the province or city the passage is about, in the very sentence
    that sends a brand's workers to the same place, leaves from the brand's home inside it (the most specific
    origin the text gives), with its count; unless the sentence itself names the wider origin or says 全市/我县."""
    homes: dict[tuple[str, int], set[str]] = {}  # (destination, sentence start) -> the linked brands' homes
    for link in links:
        if (origin := origin_of.get(link.brand)) is not None:
            homes.setdefault((link.destination, link.evidence.start), set()).add(origin)
    if not homes:
        return flows
    out: list[Flow] = []
    for flow in flows:
        inside = [home for home in homes.get((flow.destination, flow.evidence.start), ())
                  if home != flow.origin and gaz.contains(flow.origin, home)]
        if inside and (_OWN_REGION_WORD.search(flow.evidence.text) or any(
                m.code == flow.origin for m in regions.mentions_between(flow.evidence.start, flow.evidence.end))):
            inside = []  # the sentence's own subject is the wider region
        if len(inside) == 1:
            flow = Flow(origin=inside[0], destination=flow.destination, evidence=flow.evidence, workers=flow.workers,
                        approximate=flow.approximate, year=flow.year)
        out.append(flow)
    return _one_per_pair(out)


def _one_per_pair(flows: list[Flow]) -> tuple[Flow, ...]:
    """One flow per (origin, destination), as the graph keys them: the first, with the count of a later one where
    the first has none."""
    kept: dict[tuple[str, str], Flow] = {}
    for flow in flows:
        pair = (flow.origin, flow.destination)
        first = kept.get(pair)
        if first is None:
            kept[pair] = flow
        elif first.workers is None and flow.workers is not None:
            kept[pair] = flow  # the one that gives the count, with the sentence that gives it
    return tuple(kept.values())

"""Flows that a brand's destinations state: its workers go from the brand's origin to each place they work."""
from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.model import Brand, BrandDestination, Flow


def flows_of_brand_destinations(brands: tuple[Brand, ...], links: tuple[BrandDestination, ...],
                                flows: tuple[Flow, ...]) -> tuple[Flow, ...]:
    """A flow for each (brand origin, destination) that no flow of the article already gives, from the origin or
    from a place inside it (a county of the prefecture whose brand it is).

    "The brand's workers work in A" is an employment of workers from the brand's home in A, which is what a flow
    records (GUIDE: flows are organised transfers or employment); the count, if any, is the flow extractor's, so
    the flow made here carries none.
    """
    gaz = Gazetteer.load()
    origin_of = {brand.name: brand.origin for brand in brands if brand.origin}
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

"""Turn flows and brand links into the facts and arcs a map draws, with filters and honest totals."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import KgError
from kg.map import geo
from kg.map.records import Records

__all__ = ["Fact", "Arc", "Filters", "MapModel", "build_model"]


@dataclass
class Fact:
    kind: str  # "flow" (lw:LabourFlow) or "brand" (lw:BrandDestinationLink from the brand's origin)
    origin: str  # region IRI
    destination: str
    workers: int | None
    approximate: bool
    year: str
    year_stated: bool
    shared_with: int
    share_group: str  # facts with the same group state one count: totals add it once
    evidence: str
    article: str  # article IRI or ""
    brands: list[str]  # brand IRIs the fact belongs to
    origin_province: str  # region IRI
    destination_chain: list[str]  # the destination and its ancestors (IRIs)
    drawn_at: list[str] = field(default_factory=list)  # notes: "X drawn at the seat of Y"


@dataclass
class Arc:
    kind: str
    origin: str
    destination: str
    start: geo.Seat
    end: geo.Seat
    facts: list[Fact]

    @property
    def workers(self) -> int:
        counted, total = set(), 0
        for fact in self.facts:
            if fact.workers is not None and fact.share_group not in counted:
                counted.add(fact.share_group)
                total += fact.workers
        return total


@dataclass
class Filters:
    brand: str | None = None
    province: str | None = None
    destination: str | None = None
    year_from: int | None = None
    year_to: int | None = None

    def describe(self) -> str:
        parts = [f"品牌 {self.brand}" if self.brand else "", f"输出省 {self.province}" if self.province else "",
                 f"目的地 {self.destination}" if self.destination else ""]
        if self.year_from is not None or self.year_to is not None:
            low, high = self.year_from, self.year_to
            parts.append(f"年份 {low}" if low == high else f"年份 {low or '…'}–{high or '…'}")
        return "；".join(p for p in parts if p)


@dataclass
class MapModel:
    records: Records
    arcs: list[Arc]
    undrawn: list[tuple[Fact, str]]  # fact, reason
    filters: Filters

    def totals(self) -> dict:
        facts = [f for arc in self.arcs for f in arc.facts]
        groups = {}
        for fact in facts:
            if fact.workers is not None:
                groups[fact.share_group] = fact.workers
        return {"facts": len(facts), "arcs": len(self.arcs), "workers": sum(groups.values()),
                "undrawn": len(self.undrawn)}

    def reasons(self) -> dict[str, int]:
        """Why facts were not drawn: reason -> how many."""
        counts: dict[str, int] = {}
        for _, reason in self.undrawn:
            counts[reason] = counts.get(reason, 0) + 1
        return dict(sorted(counts.items()))


def _find(names: dict[str, list[str]], wanted: str, what: str) -> set[str]:
    """IRIs whose names include `wanted` exactly, else whose first name starts with it (陕西 → 陕西省)."""
    wanted = wanted.strip()
    exact = {iri for iri, ns in names.items() if wanted in ns}
    if exact:
        return exact
    prefix = {iri for iri, ns in names.items() if wanted and ns and ns[0].startswith(wanted)}
    if not prefix:
        raise KgError(f"no {what} named {wanted!r} in the graph")
    return prefix


def _facts(records: Records) -> list[Fact]:
    brand_by_origin: dict[str, list[str]] = {}
    for brand in records.brands.values():
        for origin in brand.origins:
            brand_by_origin.setdefault(origin, []).append(brand.iri)

    def brands_of(origin: str) -> list[str]:
        return sorted({b for r in records.region_chain(origin) for b in brand_by_origin.get(r.iri, [])})

    def province(iri: str) -> str:
        found = records.province_of(iri)
        return found.iri if found else ""

    facts = []
    for flow in records.flows:
        group = (f"{flow.article}|{flow.origin}|{flow.workers}|{flow.evidence}" if flow.shared_with
                 else f"{flow.iri}|{flow.origin}|{flow.destination}")
        facts.append(Fact("flow", flow.origin, flow.destination, flow.workers, flow.approximate, flow.year,
                          flow.year_stated, flow.shared_with, group, flow.evidence, flow.article,
                          brands_of(flow.origin), province(flow.origin),
                          [r.iri for r in records.region_chain(flow.destination)]))
    for link in records.links:
        brand = records.brands.get(link.brand)
        article = records.articles.get(link.article)
        for origin in (brand.origins if brand else []) or [""]:
            facts.append(Fact("brand", origin, link.destination, None, False, article.year if article else "",
                              False, 0, link.iri, link.evidence, link.article, [link.brand],
                              province(origin), [r.iri for r in records.region_chain(link.destination)]))
    # A brand's lw:destination stated without a BrandDestinationLink still draws, without a sentence.
    linked = {(link.brand, link.destination) for link in records.links}
    for brand in records.brands.values():
        for destination in brand.destinations:
            if (brand.iri, destination) in linked:
                continue
            for origin in brand.origins or [""]:
                facts.append(Fact("brand", origin, destination, None, False, "", False, 0,
                                  f"{brand.iri}|{destination}", "", "", [brand.iri], province(origin),
                                  [r.iri for r in records.region_chain(destination)]))
    return facts


def _keep(fact: Fact, brands: set[str] | None, provinces: set[str] | None, destinations: set[str] | None,
          filters: Filters) -> bool:
    if brands is not None and not brands & set(fact.brands):
        return False
    if provinces is not None and fact.origin_province not in provinces:
        return False
    if destinations is not None and not destinations & set(fact.destination_chain):
        return False
    if filters.year_from is not None or filters.year_to is not None:
        if not fact.year.isdigit():
            return False
        year = int(fact.year)
        if (filters.year_from is not None and year < filters.year_from) or (
                filters.year_to is not None and year > filters.year_to):
            return False
    return True


def _seat(records: Records, iri: str) -> tuple[geo.Seat | None, str]:
    region = records.regions.get(iri)
    if region is None:
        return None, "not a region of the graph"
    if not region.code:
        return None, f"{region.label} has no adcode"
    seat = geo.seat_of(region.code)
    if seat is None:
        return None, f"no seat known for {region.label} ({region.code}) or its parents"
    return seat, ""


def build_model(records: Records, filters: Filters | None = None) -> MapModel:
    """The arcs to draw (one per kind, origin and destination) and the facts that cannot be drawn."""
    filters = filters or Filters()
    brands = provinces = destinations = None
    if filters.brand:
        brands = _find({b.iri: [b.label, *b.alt_labels] for b in records.brands.values()}, filters.brand, "brand")
    if filters.province:
        provinces = _find({r.iri: [r.label] for r in records.regions.values() if r.cls == "Province"},
                          filters.province, "province")
    if filters.destination:
        destinations = _find({r.iri: [r.label] for r in records.regions.values()}, filters.destination, "region")
    code_labels = {r.code: r.label for r in sorted(records.regions.values(), key=lambda r: r.iri) if r.code}
    arcs: dict[tuple[str, str, str], Arc] = {}
    undrawn: list[tuple[Fact, str]] = []
    for fact in _facts(records):
        if not _keep(fact, brands, provinces, destinations, filters):
            continue
        if not fact.origin:
            undrawn.append((fact, "the brand has no origin"))
            continue
        start, why_start = _seat(records, fact.origin)
        end, why_end = _seat(records, fact.destination)
        if start is None or end is None:
            undrawn.append((fact, why_start or why_end))
            continue
        if (start.lon, start.lat) == (end.lon, end.lat):
            undrawn.append((fact, "origin and destination are drawn at the same seat"))
            continue
        for iri, seat in ((fact.origin, start), (fact.destination, end)):
            region = records.regions[iri]
            if seat.code != region.code:
                fact.drawn_at.append(f"{region.label} 画在上级驻地 drawn at the seat of "
                                     f"{code_labels.get(seat.code) or _gazetteer_name(seat.code)}")
        key = (fact.kind, fact.origin, fact.destination)
        if key not in arcs:
            arcs[key] = Arc(fact.kind, fact.origin, fact.destination, start, end, [])
        arcs[key].facts.append(fact)
    ordered = [arcs[k] for k in sorted(arcs)]
    for arc in ordered:
        arc.facts.sort(key=lambda f: (f.year, f.article, f.evidence, f.share_group))
    undrawn.sort(key=lambda item: (item[1], item[0].origin, item[0].destination, item[0].share_group))
    return MapModel(records, ordered, undrawn, filters)


def _gazetteer_name(code: str) -> str:
    from kg.gazetteer import Gazetteer

    known = Gazetteer.load().get(code)
    return known.name if known else code

"""Lay the map out once as drawing primitives (outlines, arcs, places, legend) for the SVG and PNG writers."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from kg.map import geo
from kg.map.arcs import Arc, MapModel

__all__ = ["Poly", "Curve", "Circle", "Text", "Group", "Scene", "build_scene", "arc_width", "year_colours",
           "brand_colours", "MAP_WIDTH", "FONT_FAMILY"]

# Installed CJK faces first (Debian's fonts-noto-cjk, then Windows and macOS), sans-serif last.
FONT_FAMILY = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
               '"Microsoft YaHei", "PingFang SC", sans-serif')
MAP_WIDTH = 900.0
LEGEND_WIDTH = 300.0
MARGIN = 16.0
# Sizes in px of a 1216-px-wide figure: printed at A4 width (180 mm) 15 px is about 6.5 pt.
PLACE_SIZE = 15
LEGEND_SIZE = 15
PROVINCE_SIZE = 12
# Sequential colours for years (viridis, dark = early) and categorical ones for brands (tab10).
YEAR_PALETTE = ("#440154", "#46327e", "#365c8d", "#277f8e", "#1fa187", "#4ac16d", "#a0da39", "#e5c92a")
BRAND_PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
                 "#ff7f0e", "#7f7f7f")
UNKNOWN_COLOUR = "#8a8a8a"
LINK_COLOUR = "#e46c0a"
LAND, BORDER, INK = "#f3f0e8", "#b5ad9a", "#222222"
MIN_WIDTH, MAX_WIDTH = 1.4, 9.0
UNKNOWN_DASH = "6 4"
LINK_DASH = "2 4"


@dataclass
class Poly:
    points: list[tuple[float, float]]
    fill: str | None
    stroke: str | None
    width: float = 1.0
    closed: bool = True
    dash: str = ""


@dataclass
class Curve:
    """A quadratic Bézier start → control → end."""
    start: tuple[float, float]
    control: tuple[float, float]
    end: tuple[float, float]
    stroke: str
    width: float
    dash: str = ""
    # An open arrowhead (left, tip, right) drawn with the same stroke: one element per arc, not three.
    arrow: tuple[tuple[float, float], tuple[float, float], tuple[float, float]] | None = None

    def points(self, steps: int = 24) -> list[tuple[float, float]]:
        (x0, y0), (cx, cy), (x1, y1) = self.start, self.control, self.end
        out = []
        for i in range(steps + 1):
            t = i / steps
            a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
            out.append((a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1))
        return out


@dataclass
class Circle:
    center: tuple[float, float]
    radius: float
    fill: str
    stroke: str | None = None
    width: float = 1.0


@dataclass
class Text:
    position: tuple[float, float]
    text: str
    size: float
    fill: str = INK
    anchor: str = "start"  # start | middle | end
    bold: bool = False
    halo: bool = False


@dataclass
class Group:
    role: str  # arc | place | legend | base
    items: list = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)  # data-* attributes of the page's elements


@dataclass
class Scene:
    width: float
    height: float
    groups: list[Group]
    colours: dict[str, str]  # year or brand IRI -> colour, for the page's legend
    places: list[str] = field(default_factory=list)  # region IRIs; a place group's data-place is the index


def arc_width(workers: int, biggest: int) -> float:
    """Width by the square root of the count, so that area, not length, grows with it."""
    if workers <= 0 or biggest <= 0:
        return MIN_WIDTH
    return round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * math.sqrt(workers / biggest), 2)


def year_colours(years: list[str]) -> dict[str, str]:
    years = sorted(set(y for y in years if y))
    if len(years) <= 1:
        return {y: YEAR_PALETTE[3] for y in years}
    step = (len(YEAR_PALETTE) - 1) / (len(years) - 1)
    return {y: YEAR_PALETTE[round(i * step)] for i, y in enumerate(years)}


def brand_colours(brands: list[str]) -> dict[str, str]:
    return {b: BRAND_PALETTE[i % len(BRAND_PALETTE)] for i, b in enumerate(sorted(set(brands)))}


def fact_colour(fact, colour_by: str, colours: dict[str, str]) -> str:
    if fact.kind == "brand" and colour_by == "year":
        return LINK_COLOUR
    key = fact.year if colour_by == "year" else (fact.brands[0] if fact.brands else "")
    return colours.get(key, UNKNOWN_COLOUR)


def _bend(start, end, side: float = 0.22):
    (x0, y0), (x1, y1) = start, end
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    return mx - dy * side, my + dx * side


def _shorten(curve_end, control, by: float):
    ex, ey = curve_end
    dx, dy = ex - control[0], ey - control[1]
    norm = math.hypot(dx, dy) or 1.0
    return ex - dx / norm * by, ey - dy / norm * by, dx / norm, dy / norm


def arc_items(arc: Arc, project: geo.Projection, colour: str, width: float, shared: bool,
              dash: str) -> list:
    start = project(arc.start.lon, arc.start.lat)
    end = project(arc.end.lon, arc.end.lat)
    control = _bend(start, end)
    head = 5.0 + width * 0.8
    tip_x, tip_y, ux, uy = _shorten(end, control, 3.5 + width / 2)
    base_x, base_y = tip_x - ux * head, tip_y - uy * head
    half = head * 0.6
    arrow = ((base_x - uy * half, base_y + ux * half), (tip_x, tip_y), (base_x + uy * half, base_y - ux * half))
    curve = Curve(start, control, (tip_x, tip_y), colour, width, dash, arrow)
    items: list = [curve]
    if shared:
        mid = curve.points(2)[1]
        items.append(Circle(mid, 3.2 + width / 2, "#ffffff", colour, 1.6))
    return items


def _province_label_point(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    ring = max(rings, key=lambda r: abs(_area(r)))
    area = _area(ring)
    if abs(area) < 1e-9:
        return ring[0]
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def _area(ring) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2


# Province labels that would sit on a neighbour's or be too small to carry a name at this size.
_UNLABELLED = {"110000", "120000", "310000", "810000", "820000"}


def base_groups(project: geo.Projection) -> list[Group]:
    land = Group("base")
    names = Group("base")
    for province in geo.outlines():
        rings = [[project(lon, lat) for lon, lat in ring] for ring in province["rings"]]
        for ring in rings:
            land.items.append(Poly(ring, LAND, BORDER, 0.8))
        if province["code"] not in _UNLABELLED:
            x, y = _province_label_point(rings)
            names.items.append(Text((x, y), _short_province(province["name"]), PROVINCE_SIZE, "#9a9381", "middle"))
    inset = Group("base")
    for ring in geo.south_china_sea():
        points = [project(lon, lat) for lon, lat in ring]
        inset.items.append(Poly(points, "#ffffff" if len(ring) > 12 else None, BORDER, 1.0))
    frame = [project(lon, lat) for lon, lat in max(geo.south_china_sea(), key=len)]
    xs, ys = [p[0] for p in frame], [p[1] for p in frame]
    inset.items.append(Text(((min(xs) + max(xs)) / 2, max(ys) - 6), "南海诸岛", PROVINCE_SIZE, "#6f6a5c", "middle"))
    return [land, inset, names]


def _short_province(name: str) -> str:
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _place_label(x: float, y: float, label: str, taken: list) -> Text:
    """The label beside its dot where it overlaps no label placed before (right, left, above, below)."""
    width, height = len(label) * PLACE_SIZE * 0.95, PLACE_SIZE
    options = ((x + 6, y - 5, "start"), (x - 6, y - 5, "end"), (x, y - 9, "middle"), (x, y + 6 + height, "middle"),
               (x + 6, y + 4 + height, "start"), (x - 6, y + 4 + height, "end"))

    def box(tx, ty, anchor):
        left = tx - {"start": 0, "end": width, "middle": width / 2}[anchor]
        return left, ty - height, left + width, ty

    def free(b):
        return all(b[2] <= o[0] or b[0] >= o[2] or b[3] <= o[1] or b[1] >= o[3] for o in taken)

    chosen = next((o for o in options if free(box(*o))), options[0])
    taken.append(box(*chosen))
    return Text(chosen[:2], label, PLACE_SIZE, INK, chosen[2], halo=True)


def build_scene(model: MapModel, colour_by: str = "year", title: str = "", static_totals: bool = True) -> Scene:
    """Every primitive of the figure: base map, arcs (widest first at the back), places, legend."""
    project = geo.Projection(MAP_WIDTH, MARGIN, MARGIN + 34)
    width = MARGIN * 3 + MAP_WIDTH + LEGEND_WIDTH
    height = MARGIN * 2 + 34 + project.height
    facts = [f for arc in model.arcs for f in arc.facts] + [f for f, _ in model.undrawn]
    colours = (year_colours([f.year for f in facts]) if colour_by == "year"
               else brand_colours([b for f in facts for b in f.brands]))
    biggest = max((arc.workers for arc in model.arcs), default=0)
    groups = base_groups(project)
    heading = Group("base", [Text((MARGIN, MARGIN + 20), title or "劳务输转示意图 Labour flows", 20, INK, bold=True),
                             Text((MARGIN + MAP_WIDTH, MARGIN + 20), "示意图 schematic, not to scale", 13,
                                  "#6f6a5c", "end")])
    groups.append(heading)
    drawn = sorted(enumerate(model.arcs), key=lambda item: (-item[1].workers, item[0]))
    places: dict[str, tuple[float, float]] = {}
    for index, arc in drawn:
        first = arc.facts[0]
        known = arc.workers
        dash = LINK_DASH if arc.kind == "brand" else ("" if known else UNKNOWN_DASH)
        shared = any(f.shared_with for f in arc.facts)
        items = arc_items(arc, project, fact_colour(first, colour_by, colours), arc_width(known, biggest),
                          shared, dash)
        groups.append(Group("arc", items, {"arc": str(index)}))
        places.setdefault(arc.origin, project(arc.start.lon, arc.start.lat))
        places.setdefault(arc.destination, project(arc.end.lon, arc.end.lat))
    order = sorted(places, key=lambda i: (model.records.label(i), i))
    taken: list[tuple[float, float, float, float]] = []
    # Bigger places (provinces, then cities) claim their label spot first.
    rank = {"Province": 0, "City": 1}
    for iri in sorted(order, key=lambda i: (rank.get(getattr(model.records.regions.get(i), "cls", ""), 2),
                                            model.records.label(i), i)):
        x, y = places[iri]
        label = model.records.label(iri)
        groups.append(Group("place", [Circle((x, y), 3.2, "#ffffff", INK, 1.4),
                                      _place_label(x, y, label, taken)],
                            {"place": str(order.index(iri))}))
    groups.append(legend(model, colour_by, colours, biggest, MARGIN * 2 + MAP_WIDTH, MARGIN + 34,
                         static_totals))
    return Scene(width, height, groups, colours, order)


def legend(model: MapModel, colour_by: str, colours: dict[str, str], biggest: int, left: float,
           top: float, static_totals: bool = True) -> Group:
    group = Group("legend")
    items = group.items
    y = top + 8
    totals = model.totals()

    def line(text: str, size: float = LEGEND_SIZE, bold: bool = False, colour: str = INK, indent: float = 0):
        nonlocal y
        y += size + 6
        items.append(Text((left + indent, y), text, size, colour, bold=bold))

    line("图例 Legend", 17, True)
    if model.filters.describe():
        line(f"筛选 {model.filters.describe()}", 13, colour="#6f6a5c")
    # The page shows its own totals, which follow its filters; a static figure prints them here.
    if static_totals:
        line(f"{totals['arcs']} 条弧线 arcs · {totals['facts']} 条事实 facts", 14)
        line(f"人数合计 workers: {totals['workers']:,}", 14)
        if totals["undrawn"]:
            line(f"未绘制 not drawn: {totals['undrawn']}", 13, colour="#a33")
            for reason, count in list(model.reasons().items())[:4]:
                line(f"{count} × {reason}", 11, colour="#a33", indent=10)
    y += 8
    line("颜色 colour: " + ("年份 year" if colour_by == "year" else "品牌 brand"), 14, True)
    names = {b.iri: b.label for b in model.records.brands.values()}
    shown = list(colours.items())[:12]
    for key, colour in shown:
        y += 20
        items.append(Poly([(left, y - 5), (left + 30, y - 5)], None, colour, 4, closed=False))
        label = key if colour_by == "year" else names.get(key, key)
        items.append(Text((left + 38, y), label, 14))
    if len(colours) > len(shown):
        line(f"… +{len(colours) - len(shown)}", 13)
    y += 20
    items.append(Poly([(left, y - 5), (left + 30, y - 5)], None, UNKNOWN_COLOUR, 4, closed=False))
    items.append(Text((left + 38, y), "年份不详 year not stated" if colour_by == "year" else "无品牌 no brand", 14))
    y += 14
    line("宽度 width: 人数 workers", 14, True)
    for value in sorted({biggest, biggest // 4, biggest // 16} - {0}, reverse=True):
        y += 22
        items.append(Poly([(left, y - 5), (left + 30, y - 5)], None, INK, arc_width(value, biggest), closed=False))
        items.append(Text((left + 38, y), f"{value:,}", 14))
    y += 22
    items.append(Poly([(left, y - 5), (left + 30, y - 5)], None, INK, MIN_WIDTH, closed=False, dash=UNKNOWN_DASH))
    items.append(Text((left + 38, y), "人数未注明 count not stated", 14))
    y += 22
    items.append(Poly([(left, y - 5), (left + 30, y - 5)], None, LINK_COLOUR if colour_by == "year" else INK, 2,
                      closed=False, dash=LINK_DASH))
    items.append(Text((left + 38, y), "品牌 → 去向 brand destination", 14))
    y += 22
    items.append(Circle((left + 15, y - 5), 5, "#ffffff", INK, 1.6))
    items.append(Text((left + 38, y), "人数为几地共有 count shared", 14))
    line("(合计只计一次 counted once in totals)", 12, colour="#6f6a5c", indent=38)
    return group

"""Write a map scene as SVG: a standalone figure for reports, or the drawing inside the HTML page."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from kg.map.scene import FONT_FAMILY, Circle, Curve, Group, Poly, Scene, Text

__all__ = ["render_svg"]

# What every arc shares, said once: a large graph has tens of thousands of arcs.
ARCS_GROUP = '<g class="arcs" fill="none" stroke-linecap="round" stroke-opacity="0.85">'


def _n(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _xy(value: float) -> str:
    # Positions to the pixel (0.15 mm at A4 width): a large graph's page is mostly coordinates.
    return str(round(value))


def _points(points) -> str:
    return " ".join(f"{_xy(x)},{_xy(y)}" for x, y in points)


def _attrs(**values) -> str:
    return "".join(f" {k.replace('_', '-')}={quoteattr(str(v))}" for k, v in values.items() if v not in (None, ""))


def _item(item) -> str:
    if isinstance(item, Poly):
        tag = "polygon" if item.closed else "polyline"
        return (f"<{tag}{_attrs(points=_points(item.points), fill=item.fill or 'none', stroke=item.stroke, stroke_width=_n(item.width) if item.stroke else None, stroke_dasharray=item.dash, stroke_linejoin='round' if item.stroke else None)}/>")
    if isinstance(item, Curve):
        (x0, y0), (cx, cy), (x1, y1) = item.start, item.control, item.end
        d = f"M{_xy(x0)} {_xy(y0)}Q{_xy(cx)} {_xy(cy)} {_xy(x1)} {_xy(y1)}"
        if item.arrow:
            (lx, ly), (tx, ty), (rx, ry) = item.arrow
            d += f"M{_xy(lx)} {_xy(ly)}L{_xy(tx)} {_xy(ty)}L{_xy(rx)} {_xy(ry)}"
        # fill, line caps and opacity come from the arcs' common group (ARCS_GROUP)
        return f"<path{_attrs(d=d, stroke=item.stroke, stroke_width=_n(item.width), stroke_dasharray=item.dash)}/>"
    if isinstance(item, Circle):
        (x, y) = item.center
        return (f"<circle{_attrs(cx=_xy(x), cy=_xy(y), r=_n(item.radius), fill=item.fill, stroke=item.stroke, stroke_width=_n(item.width) if item.stroke else None)}/>")
    if isinstance(item, Text):
        x, y = item.position
        halo = {"stroke": "#ffffff", "stroke_width": "3", "paint_order": "stroke"} if item.halo else {}
        return (f"<text{_attrs(x=_n(x), y=_n(y), font_size=_n(item.size), fill=item.fill, text_anchor=item.anchor if item.anchor != 'start' else None, font_weight='bold' if item.bold else None, **halo)}>"
                f"{escape(item.text)}</text>")
    raise TypeError(type(item))


def render_svg(scene: Scene, *, standalone: bool = True, title: str = "") -> str:
    """The scene as SVG text; every string from the graph is XML-escaped. `standalone` adds the XML
    declaration; otherwise the element is meant to sit inside an HTML page (which styles it)."""
    # The comment says who wrote the file: kg map replaces only a file that carries it (kg.map.SIGNATURES).
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- laowu-kg map -->\n' if standalone else ""
    # The namespace only in the file: inside HTML it is implied, and the page holds no URL at all.
    namespace = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    out = [head + f'<svg{namespace}{_attrs(viewBox=f"0 0 {_n(scene.width)} {_n(scene.height)}", width=_n(scene.width) if standalone else None, height=_n(scene.height) if standalone else None, font_family=FONT_FAMILY, role="img")}>']
    if title:
        out.append(f"<title>{escape(title)}</title>")
    out.append(f'<rect{_attrs(width=_n(scene.width), height=_n(scene.height), fill="#ffffff")}/>')
    in_arcs = False
    for group in scene.groups:
        if (group.role == "arc") != in_arcs:
            in_arcs = not in_arcs
            out.append(ARCS_GROUP if in_arcs else "</g>")
        out.append(_group(group))
    if in_arcs:
        out.append("</g>")
    out.append("</svg>\n")
    return "\n".join(out)


def _group(group: Group) -> str:
    data = "".join(f" data-{k}={quoteattr(v)}" for k, v in sorted(group.data.items()))
    if group.role == "arc":
        # No <g> per arc: each element carries the arc's class and number itself (a large graph
        # has tens of thousands of arcs, and every element costs the page time to lay out).
        return "".join(_item(i).replace("<path", f'<path class="arc"{data}', 1)
                       .replace("<circle", f'<circle class="arc-mark"{data}', 1) for i in group.items)
    return f'<g class="{group.role}"{data}>' + "".join(_item(i) for i in group.items) + "</g>"

"""`kg map`: labour flows and brand destinations as arcs on a map of China (HTML page, SVG or PNG)."""
from __future__ import annotations

from pathlib import Path

from kg.errors import KgError, UsageError
from kg.owned import refuse_foreign_file

__all__ = ["write_map", "FORMATS"]

FORMATS = {".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}
# What each format's head holds to say kg map wrote it (the page's generator meta, the SVG's comment, the
# PNG's Software text chunk): a file of the output's name without it is the user's and is never replaced.
SIGNATURES = {"html": b'<meta name="generator" content="laowu-kg map">', "svg": b"<!-- laowu-kg map -->",
              "png": b"Software\x00laowu-kg map"}


def write_map(graph_path, output_path, *, brand: str | None = None, province: str | None = None,
              destination: str | None = None, year: int | None = None, year_from: int | None = None,
              year_to: int | None = None, colour_by: str = "year", title: str | None = None) -> dict:
    """Draw the graph's flows into `output_path` (.html, .svg or .png by its suffix), atomically.

    Returns the totals drawn: {"arcs", "facts", "workers", "undrawn", "reasons": {reason: count}}.
    """
    from kg.atomic import atomic_write_bytes, atomic_write_text
    from kg.map.arcs import Filters, build_model
    from kg.map.records import read_records
    from kg.map.scene import build_scene

    output = Path(output_path)
    kind = FORMATS.get(output.suffix.lower())
    if kind is None:
        raise UsageError(f"{output}: write .html, .svg or .png (the suffix picks the format)")
    if output.is_dir():
        raise UsageError(f"{output}: is a folder; give a file name")
    refuse_foreign_file(output, SIGNATURES[kind], "kg map")
    if colour_by not in ("year", "brand"):
        raise UsageError(f"--colour-by must be year or brand, not {colour_by!r}")
    if year is not None and (year_from is not None or year_to is not None):
        raise UsageError("give --year or --from/--to, not both")
    if year is not None:
        year_from = year_to = year
    if year_from is not None and year_to is not None and year_from > year_to:
        raise UsageError(f"--from {year_from} is after --to {year_to}")
    filters = Filters(brand, province, destination, year_from, year_to)
    model = build_model(read_records(graph_path, observations=False), filters)
    heading = title or "劳务输转示意图 Labour flows" + (f" · {filters.describe()}" if filters.describe() else "")
    scene = build_scene(model, colour_by, heading, static_totals=kind != "html")
    try:
        if kind == "svg":
            from kg.map.svg import render_svg

            atomic_write_text(output, render_svg(scene, title=heading))
        elif kind == "png":
            from kg.map.png import render_png

            atomic_write_bytes(str(output), render_png(scene))
        else:
            from kg.map.page import render_page

            atomic_write_text(output, render_page(model, scene, heading, colour_by))
    except OSError as error:
        raise KgError(f"{output}: cannot write ({error.strerror or error})") from None
    return {**model.totals(), "reasons": model.reasons()}

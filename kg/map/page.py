"""The interactive map page: the SVG drawing, the facts as JSON and a small script, in one offline file."""
from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources

from kg.explore.render import json_for_script
from kg.map.arcs import Fact, MapModel
from kg.map.scene import Scene
from kg.map.svg import render_svg

__all__ = ["render_page", "page_data", "FACT_FIELDS"]

FACT_FIELDS = ("kind", "origin", "destination", "workers", "approximate", "year", "yearStated", "shared",
               "group", "evidence", "article", "brands", "province", "destinationChain", "notes")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    here = resources.files("kg").joinpath("data", "map")
    assets = {name: here.joinpath(file).read_text("utf-8")
              for name, file in (("js", "map.js"), ("css", "map.css"), ("template", "page.html.j2"))}
    for name, closing in (("js", "script"), ("css", "style")):
        lowered = assets[name].lower()
        if f"</{closing}" in lowered or "<!--" in lowered:
            raise RuntimeError(f"map.{name} cannot be inlined safely")
    return assets


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def page_data(model: MapModel, scene: Scene, colour_by: str) -> dict:
    """Regions, brands and articles as lists, facts pointing into them by index (no IRI in the page)."""
    records = model.records
    region_index: dict[str, int] = {}
    regions: list[dict] = []

    def region(iri: str) -> int:
        if iri not in region_index:
            region_index[iri] = len(regions)
            found = records.regions.get(iri)
            regions.append({"label": found.label if found else "?", "code": found.code if found else ""})
        return region_index[iri]

    brand_index = {iri: i for i, iri in enumerate(sorted(records.brands))}
    article_index: dict[str, int] = {}
    articles: list[dict] = []

    def article(iri: str) -> int:
        if iri not in records.articles:
            return -1
        if iri not in article_index:
            a = records.articles[iri]
            article_index[iri] = len(articles)
            articles.append({"title": a.title, "date": a.date, "source": a.source, "url": a.url, "file": a.file})
        return article_index[iri]

    # Facts go as columns (one list per field), sentences and share groups as indexes into lists:
    # a large graph has tens of thousands of facts, and many share a sentence.
    columns: dict[str, list] = {name: [] for name in FACT_FIELDS}
    origin_brands: dict[int, list[int]] = {}
    sentences: dict[str, int] = {}
    groups: dict[str, int] = {}

    def fact_brands(f: Fact) -> list[int] | int:
        """A brand link's own brand; for a flow -1, meaning its origin's brands, sent once per origin."""
        indexes = [brand_index[b] for b in f.brands if b in brand_index]
        if f.kind == "brand" or not f.origin:
            return indexes
        origin_brands.setdefault(region(f.origin), indexes)
        return -1

    def fact(f: Fact) -> int:
        values = {
            "kind": f.kind, "origin": region(f.origin) if f.origin else -1, "destination": region(f.destination),
            "workers": f.workers, "approximate": int(f.approximate), "year": f.year,
            "yearStated": int(f.year_stated), "shared": f.shared_with,
            "group": groups.setdefault(f.share_group, len(groups)),
            "evidence": sentences.setdefault(f.evidence, len(sentences)), "article": article(f.article),
            "brands": fact_brands(f),
            "province": region(f.origin_province) if f.origin_province else -1,
            "destinationChain": [region(r) for r in f.destination_chain], "notes": f.drawn_at,
        }
        for name in FACT_FIELDS:
            columns[name].append(values[name])
        return len(columns["kind"]) - 1

    # Arcs as columns too: kind, origin, destination, facts (indexes), one entry per arc.
    arcs = {"kind": [], "origin": [], "destination": [], "facts": []}
    for a in model.arcs:
        for name, value in (("kind", a.kind), ("origin", region(a.origin)), ("destination", region(a.destination)),
                            ("facts", [fact(f) for f in a.facts])):
            arcs[name].append(value)
    undrawn = [{"fact": fact(f), "reason": reason} for f, reason in model.undrawn]
    every = [f for a in model.arcs for f in a.facts] + [f for f, _ in model.undrawn]
    origin_provinces = sorted({region_index[f.origin_province] for f in every if f.origin_province},
                              key=lambda i: regions[i]["code"])
    # A destination filter can name the place or any region above it (浙江省 for 杭州市).
    destinations = sorted({region_index[r] for f in every for r in f.destination_chain},
                          key=lambda i: (regions[i]["code"], regions[i]["label"]))
    return {
        "arcColumns": arcs, "factColumns": columns, "sentences": list(sentences), "undrawn": undrawn,
        "originBrands": {str(k): v for k, v in sorted(origin_brands.items())},
        "regions": regions, "articles": articles,
        "brands": [{"label": records.brands[iri].label} for iri in sorted(records.brands)],
        "originProvinces": origin_provinces, "destinations": destinations,
        "years": sorted({f.year for f in every if f.year.isdigit()}),
        "places": [region(iri) for iri in scene.places], "colourBy": colour_by,
    }


def render_page(model: MapModel, scene: Scene, title: str, colour_by: str) -> str:
    """The whole page as a string: the same graph and options always give the same string."""
    import jinja2

    assets = _assets()
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    # Nothing may be fetched and only our script (by hash) runs: markup that slipped into the page
    # could neither load nor execute anything.
    csp = (f"default-src 'none'; script-src '{_csp_hash(assets['js'])}'; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    return env.from_string(assets["template"]).render(
        title=title, csp=csp, css=assets["css"], js=assets["js"],
        svg=render_svg(scene, standalone=False),
        data_json=json_for_script(page_data(model, scene, colour_by)))

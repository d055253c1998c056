"""`kg dossier`: one offline HTML page per labour brand, with an index, from the graph."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from kg.errors import KgError, UsageError

__all__ = ["write_dossiers", "GENERATOR"]

# Every page carries this tag: a later run replaces only the files that have it.
GENERATOR = "laowu-kg dossier"
# No script at all; styles inline; nothing is ever fetched.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@lru_cache(maxsize=1)
def _templates():
    import jinja2

    here = resources.files("kg").joinpath("data", "dossier")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    css = here.joinpath("dossier.css").read_text("utf-8")
    if "</style" in css.lower():
        raise RuntimeError("dossier.css cannot be inlined safely")
    return (env.from_string(here.joinpath("brand.html.j2").read_text("utf-8")),
            env.from_string(here.joinpath("index.html.j2").read_text("utf-8")), css)


def year_chart(values: list[tuple[str, int]]) -> str:
    """A small bar chart (inline SVG) of workers by year."""
    bar, gap, height, top = 36, 14, 120, 18
    biggest = max(v for _, v in values) or 1
    width = len(values) * (bar + gap) + gap
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + top + 22}" width="{width}" '
             f'height="{height + top + 22}" role="img" aria-label="workers by year">']
    for i, (year, value) in enumerate(values):
        h = max(1, round(height * value / biggest))
        x = gap + i * (bar + gap)
        y = top + height - h
        parts.append(f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="#2e75b6"/>'
                     f'<text x="{x + bar / 2}" y="{y - 4}" text-anchor="middle">{value:,}</text>'
                     f'<text x="{x + bar / 2}" y="{top + height + 16}" text-anchor="middle">{escape(year)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _ours(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:  # only the head: a foreign file may be large
            head = stream.read(4 * 2000).decode("utf-8", errors="replace")[:2000]
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head


def _page_names(brands) -> dict[str, str]:
    """brand IRI -> its page's file name; two IRIs that end alike get -2, -3 … in sorted order."""
    from kg.dossier.facts import page_name

    names, taken = {}, set()
    for iri in sorted(b.iri for b in brands):
        name, n = page_name(iri), 1
        while name in taken:
            n += 1
            name = page_name(iri).replace(".html", f"-{n}.html")
        taken.add(name)
        names[iri] = name
    return names


def write_dossiers(graph_path, out_dir, brand: str | None = None) -> list[Path]:
    """Write OUT_DIR/index.html and one page per brand (only `brand` when given); returns the paths.

    A file of the same name that this command did not write is never overwritten (KgError instead).
    """
    from kg.atomic import atomic_write_bytes
    from kg.dossier.facts import Index, build_dossier
    from kg.map.records import read_records

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file; give a folder for the dossiers")
    records = read_records(graph_path)
    brands = sorted(records.brands.values(), key=lambda b: (b.label, b.iri))
    if brand:
        wanted = brand.strip()
        chosen = [b for b in brands if wanted in (b.label, *b.alt_labels)] or \
                 [b for b in brands if b.label.startswith(wanted)]
        if not chosen:
            raise KgError(f"no brand named {wanted!r} in {graph_path}")
        brands = chosen
    index = Index(records)
    pages = _page_names(brands)
    foreign = [name for name in sorted({*pages.values(), "index.html"})
               if (out / name).exists() and not _ours(out / name)]
    if foreign:
        raise KgError(f"{out / foreign[0]}: exists and was not written by kg dossier; not overwriting it")
    brand_page, index_page, css = _templates()
    written, summaries = [], []
    out.mkdir(parents=True, exist_ok=True)
    try:
        # One brand at a time, built, written and forgotten: a large graph has thousands of brands,
        # and only the index's line of each is kept.
        for brand in brands:
            dossier = build_dossier(records, brand, index)
            dossier.page = pages[brand.iri]
            html = brand_page.render(d=dossier, csp=CSP, generator=GENERATOR, css=css,
                                     chart=year_chart(dossier.workers_by_year) if dossier.workers_by_year else "")
            # Atomic but not flushed to disk one by one.
            atomic_write_bytes(str(out / dossier.page), html.encode("utf-8"))
            written.append(out / dossier.page)
            summaries.append({"page": dossier.page, "name": dossier.name, "origins": dossier.origins,
                              "levels": dossier.levels, "destinations": len(dossier.destinations),
                              "articles": len(dossier.articles)})
        html = index_page.render(dossiers=summaries, csp=CSP, generator=GENERATOR, css=css)
        atomic_write_bytes(str(out / "index.html"), html.encode("utf-8"))
        written.append(out / "index.html")
    except OSError as error:
        raise KgError(f"{out}: cannot write the dossiers ({error.strerror or error})") from None
    return written

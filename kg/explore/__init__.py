"""The HTML graph explorer: an RDF → networkx view rendered through pyvis into one offline, safe page."""
from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError

__all__ = ["default_output", "write_explorer"]


def default_output(graph_path: str | Path) -> Path:
    """Where the page goes when no output is named: beside the graph, GRAPH_DIR/explorer.html."""
    return Path(graph_path).parent / "explorer.html"


def write_explorer(graph_path: str | Path, output: str | Path | None = None, *, province: str | None = None,
                   brand: str | None = None, max_nodes: int | None = None, title: str | None = None,
                   articles: bool = True) -> dict:
    """Build the view of the graph file, narrow it, render and write the page atomically.

    Returns a summary: {"output", "nodes", "edges", "of_nodes"}. A graph that cannot be read raises
    kg.rdfio.GraphFileError (exit 1); a --province or --brand name not in the graph, UsageError (exit 2).
    """
    from kg.explore import render, view as views

    graph = views.load_graph(str(graph_path))
    full = views.build_view(graph)
    keep = set(full.nodes)
    if province:
        matches = views.find_nodes(full, province, {"Province"})
        if not matches:
            raise UsageError(f"no province named {province!r} in {graph_path}")
        keep &= set().union(*(views.province_scope(full, p) for p in matches))
    if brand:
        matches = views.find_nodes(full, brand, {"LabourBrand"})
        if not matches:
            raise UsageError(f"no labour brand named {brand!r} in {graph_path}")
        keep &= set().union(*(views.brand_scope(full, b) for b in matches))
    if not articles:
        keep = {n for n in keep if full.nodes[n]["cls"] != "Article"}
    chosen = views.subgraph(full, keep)
    if max_nodes is not None:
        chosen = views.subgraph(chosen, views.limit_nodes(chosen, max_nodes))
    html = render.render_html(chosen, title=title or render.DEFAULT_TITLE)
    path = render.write_html(html, default_output(graph_path) if output is None else output)
    return {"output": str(path), "nodes": chosen.number_of_nodes(), "edges": chosen.number_of_edges(),
            "of_nodes": full.number_of_nodes()}

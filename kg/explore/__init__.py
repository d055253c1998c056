"""The HTML graph explorer: one offline, safe page that draws the graph one aggregated view at a time."""
from __future__ import annotations

from pathlib import Path

__all__ = ["default_output", "write_explorer", "SIGNATURE"]

# The page's generator meta (kg/data/explorer/page.html.j2): proof that a file of that name is one we wrote.
SIGNATURE = b'<meta name="generator" content="laowu-kg explore'


def default_output(graph_path: str | Path) -> Path:
    """Where the page goes when no output is named: beside the graph, GRAPH_DIR/explorer.html."""
    return Path(graph_path).parent / "explorer.html"


def write_explorer(graph_path: str | Path, output: str | Path | None = None, *, province: str | None = None,
                   brand: str | None = None, max_nodes: int | None = None, title: str | None = None,
                   articles: bool = True) -> dict:
    """Read the graph (streaming), narrow it to a province or brand if asked, write the page atomically.

    The page opens on the overview (or the province's or brand's view); `max_nodes` caps the nodes
    of every view, the rest folded into counts the page shows. Returns a summary: {"output", "nodes",
    "edges", "flows", "of_nodes"}. A graph that cannot be read raises kg.rdfio.GraphFileError (exit 1);
    a --province or --brand name not in the graph, UsageError (exit 2).
    """
    from kg.explore import view as views
    from kg.explore.render import DEFAULT_TITLE, write_page
    from kg.explore.tables import DEFAULT_MAX_NODES, page_data
    from kg.owned import refuse_foreign_file

    target = default_output(graph_path) if output is None else Path(output)
    refuse_foreign_file(target, SIGNATURE, "kg explore")
    if max_nodes is not None and max_nodes <= 0:
        raise views.ViewError(f"--max-nodes must be positive, not {max_nodes}")
    cat = views.read_catalog(graph_path)
    keep: set[int] | None = None
    start = {"view": "overview"}
    if province:
        matches = views.find_nodes(cat, province, {"Province"})
        if not matches:
            raise views.ViewError(f"no province named {province!r} in {graph_path}")
        keep = set().union(*(views.province_scope(cat, p) for p in matches))
        start = {"view": "region", "node": matches[0]}
    if brand:
        matches = views.find_nodes(cat, brand, {"LabourBrand"})
        if not matches:
            raise views.ViewError(f"no labour brand named {brand!r} in {graph_path}")
        scope = set().union(*(views.brand_scope(cat, b) for b in matches))
        keep = scope if keep is None else keep & scope
        start = {"view": "brand", "node": matches[0]}
    if "node" in start:
        if start["node"] not in keep:
            raise views.ViewError(f"the labour brand {brand!r} has nothing to do with the province {province!r} "
                                  f"in {graph_path}")
        start["node"] = sorted(keep).index(start["node"])
    data = page_data(cat, keep, max_nodes=max_nodes or DEFAULT_MAX_NODES, articles=articles, start=start)
    path = write_page(data, target, title=title or DEFAULT_TITLE)
    shown = sum(c["count"] for c in data["classes"])
    edges = (len(data["origins"]) + len(data["dests"]) + len(data["flows"])
             + sum(len(targets) for _, targets in data["mentions"]))
    return {"output": str(path), "nodes": shown, "of_nodes": len(cat), "flows": len(data["flows"]),
            "edges": edges}

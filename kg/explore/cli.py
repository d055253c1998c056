"""The `kg explore` sub-command: read a graph, pick the view, write the HTML explorer."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["add_explore_parser", "run_explore_command", "explore"]

DEFAULT_GRAPH = "out/kg.ttl"
DEFAULT_OUTPUT = "out/explorer.html"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def add_explore_parser(subparsers) -> argparse.ArgumentParser:
    """Register `explore` on the `kg` sub-parsers; sets `func=run_explore_command`."""
    parser = subparsers.add_parser(
        "explore",
        help="write an offline HTML explorer of the graph",
        description="Write one self-contained HTML file (no network needed) that shows the graph: "
                    "regions, brands, programs and articles, with search, class and province filters "
                    "and a brands-to-destinations view.",
    )
    parser.add_argument("graph", nargs="?", default=DEFAULT_GRAPH,
                        help=f"the graph to show (Turtle; default {DEFAULT_GRAPH})")
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT,
                        help=f"the HTML file to write (default {DEFAULT_OUTPUT})")
    parser.add_argument("--province", metavar="NAME",
                        help="only this province (e.g. 陕西省 or 陕西): its regions, the brands and flows "
                             "from or to it with their other ends, and the articles about it")
    parser.add_argument("--brand", metavar="NAME",
                        help="only this brand (e.g. 紫阳修脚) with its origin, destinations and articles")
    parser.add_argument("--max-nodes", type=_positive, metavar="N",
                        help="keep at most N nodes: brands with their regions first, then by class and degree")
    parser.add_argument("--title", help="the page title")
    parser.add_argument("--no-articles", action="store_true",
                        help="leave article nodes out (by default they are in the page, hidden until ticked)")
    parser.set_defaults(func=run_explore_command)
    return parser


def explore(graph_path: str | Path, output: str | Path, *, province: str | None = None,
            brand: str | None = None, max_nodes: int | None = None, title: str | None = None,
            articles: bool = True) -> dict:
    """Build the view, narrow it, render and write the page; returns a summary for the caller."""
    from kg.explore import render, view as views

    graph = views.load_graph(str(graph_path))
    full = views.build_view(graph)
    keep = set(full.nodes)
    if province:
        matches = views.find_nodes(full, province, {"Province"})
        if not matches:
            raise views.ViewError(f"no province named {province!r} in {graph_path}")
        keep &= set().union(*(views.province_scope(full, p) for p in matches))
    if brand:
        matches = views.find_nodes(full, brand, {"LabourBrand"})
        if not matches:
            raise views.ViewError(f"no labour brand named {brand!r} in {graph_path}")
        keep &= set().union(*(views.brand_scope(full, b) for b in matches))
    if not articles:
        keep = {n for n in keep if full.nodes[n]["cls"] != "Article"}
    chosen = views.subgraph(full, keep)
    if max_nodes is not None:
        chosen = views.subgraph(chosen, views.limit_nodes(chosen, max_nodes))
    html = render.render_html(chosen, title=title or render.DEFAULT_TITLE)
    path = render.write_html(html, output)
    return {"output": str(path), "nodes": chosen.number_of_nodes(), "edges": chosen.number_of_edges(),
            "of_nodes": full.number_of_nodes()}


def run_explore_command(args: argparse.Namespace) -> int:
    """Run `kg explore` with parsed arguments; 0 on success, 2 on a bad graph or name."""
    from kg.explore.view import ViewError

    try:
        summary = explore(args.graph, args.output, province=args.province, brand=args.brand,
                          max_nodes=args.max_nodes, title=args.title,
                          articles=not getattr(args, "no_articles", False))
    except ViewError as exc:
        print(f"kg explore: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {summary['output']}: {summary['nodes']} of {summary['of_nodes']} nodes, "
          f"{summary['edges']} edges")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (`python -m kg.explore.cli`), for use before `kg` wires the command."""
    parser = argparse.ArgumentParser(prog="kg")
    add_explore_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

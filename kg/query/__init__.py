"""SPARQL queries over the knowledge graph: one function, two engines, W3C result formats, `kg query`."""
from __future__ import annotations

from pathlib import Path

from kg.query.engine import (
    AUTO_THRESHOLD_BYTES, ENGINES, GraphFileError, LoadedGraph, ParamError, QueryError,
    QueryResult, QuerySyntaxError, Term, UpdateRefused, clear_cache, load_graph, parse_param,
    run_query,
)
from kg.query.formats import FORMATS, render, to_csv, to_json, to_table, to_tsv, write_csv_results
from kg.query.command import add_query_parser, run_query_command

__all__ = [
    "AUTO_THRESHOLD_BYTES", "ENGINES", "FORMATS", "GraphFileError", "LoadedGraph", "ParamError",
    "QueryError", "QueryResult", "QuerySyntaxError", "Term", "UpdateRefused",
    "add_query_parser", "clear_cache", "load_graph", "parse_param", "render", "run_all_queries",
    "run_query", "run_query_command", "to_csv", "to_json", "to_table", "to_tsv",
    "write_csv_results",
]


def run_all_queries(graph_path: Path | str, queries_dir: Path | str, out_dir: Path | str,
                    engine: str = "auto") -> list[Path]:
    """Run every queries_dir/*.rq on the graph without parameters; write out_dir/<name>.csv.

    The graph is loaded once. Every query is attempted; if any fails, the CSVs of the others
    are still written and a QueryError naming each failure is raised at the end.
    """
    queries = sorted(Path(queries_dir).glob("*.rq"))
    loaded = load_graph(graph_path, engine)
    written: list[Path] = []
    failures: list[str] = []
    for query_file in queries:
        try:
            result = loaded.query(query_file.read_text(encoding="utf-8"))
        except QueryError as exc:
            failures.append(f"{query_file.name}: {exc}")
            continue
        written.append(write_csv_results(result, Path(out_dir) / f"{query_file.stem}.csv"))
    if failures:
        raise QueryError("some queries failed:\n  " + "\n  ".join(failures))
    return written

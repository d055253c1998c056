"""SPARQL queries over the knowledge graph: one function, two engines, W3C result formats, built-in queries."""
from __future__ import annotations

from pathlib import Path

from kg.query.engine import (
    AUTO_THRESHOLD_BYTES, ENGINES, GraphFileError, LoadedGraph, ParamError, QueryError,
    QueryResult, QuerySyntaxError, Term, UpdateRefused, clear_cache, load_graph, parse_param,
    run_query,
)
from kg.query.formats import FORMATS, render, to_csv, to_json, to_table, to_tsv, write_csv_results

__all__ = [
    "AUTO_THRESHOLD_BYTES", "ENGINES", "FORMATS", "GraphFileError", "LoadedGraph", "ParamError",
    "QueryError", "QueryResult", "QuerySyntaxError", "Term", "UpdateRefused",
    "builtin_queries", "clear_cache", "load_graph", "parse_param", "query_question", "render",
    "run_all_queries", "run_query", "to_csv", "to_json", "to_table", "to_tsv", "write_csv_results",
]

# The queries that come with the tool. kg/data/queries links to the top-level queries/ folder in a
# checkout, and the wheel carries a copy (pyproject's package-data), so both find them here.
BUILTIN_DIR = Path(__file__).resolve().parents[1] / "data" / "queries"


def builtin_queries() -> dict[str, Path]:
    """Every built-in query by name (its file name without .rq), in name order."""
    return {path.stem: path for path in sorted(BUILTIN_DIR.glob("*.rq"))}


def query_question(path: Path) -> str:
    """The question a query file answers: the first line of its opening comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
        if line.strip():
            break
    return ""


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

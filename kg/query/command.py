"""The `kg query` subcommand: argparse wiring and the function that runs it."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.query.engine import (
    AUTO_THRESHOLD_BYTES, ParamError, QueryError, QuerySyntaxError, parse_param, run_query,
)
from kg.query.formats import FORMATS, render

__all__ = ["add_query_parser", "run_query_command"]

DESCRIPTION = """\
Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the knowledge graph and
print the answer. The query comes from FILE.rq or from -e. UPDATE requests (INSERT, DELETE,
LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) are refused.

--param NAME=VALUE binds the variable ?NAME without editing the query text: VALUE written
<IRI> or with a known prefix (lw:, id:, or one the query declares) binds as an IRI, anything
else as a plain literal. ?NAME must be a variable the SELECT clause names. The queries in
queries/ compare literal parameters with STR(), so 安康市 matches the label "安康市"@zh.

Formats: table (aligned for Chinese text; long cells end in …), and the W3C SPARQL 1.1
Query Results formats csv, tsv and json.
Engines: rdflib, oxigraph, or auto: oxigraph when the graph file is larger than
{mb} MB, else rdflib. Both give the same rows.""".format(mb=AUTO_THRESHOLD_BYTES // (1024 * 1024))

EXAMPLES = """\
examples:
  kg query queries/brand_destinations.rq
  kg query queries/metrics_by_region.rq --param region=安康市
  kg query queries/metrics_by_region.rq --param region=id:region/610900 --format csv -o ankang.csv
  kg query queries/article_facts.rq --param source=003_602e8a491a69bcda.txt --format json
  kg query -e 'PREFIX lw: <https://w3id.org/laowu-kg/ontology#>
               SELECT ?b WHERE { ?b a lw:LabourBrand } ORDER BY ?b' --kg other.nt --engine oxigraph"""

EXIT_STATUS = """\
exit status:
  0  the query ran; its answer was printed (or written to -o FILE)
  1  the query could not be answered: syntax error (with line and column), UPDATE refused,
     graph or query file missing or unreadable, or the engine failed
  2  usage error: bad options, both or neither of FILE and -e, a malformed --param"""


def add_query_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `query` subcommand to `subparsers` (from ArgumentParser.add_subparsers)."""
    parser = subparsers.add_parser(
        "query",
        help="run a SPARQL query over the knowledge graph",
        description=DESCRIPTION,
        epilog=f"{EXAMPLES}\n\n{EXIT_STATUS}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar="FILE.rq", help="a file holding the query")
    parser.add_argument("-e", "--expression", metavar="SPARQL", help="the query text itself")
    parser.add_argument("--kg", default="out/kg.ttl", metavar="FILE",
                        help="the graph, any RDF format by suffix: .ttl .nt .nq .trig .rdf .xml "
                             ".jsonld .n3, or a store folder from `kg build --store` "
                             "(default: out/kg.ttl)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="bind ?NAME to VALUE (repeatable)")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="output format (default: table)")
    parser.add_argument("--engine", choices=("rdflib", "oxigraph", "auto"), default="auto",
                        help=f"query engine (default: auto = oxigraph above "
                             f"{AUTO_THRESHOLD_BYTES // (1024 * 1024)} MB)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the answer to FILE instead of standard output")
    parser.set_defaults(func=run_query_command)
    return parser


def _fail(message: str, status: int) -> int:
    print(f"kg query: {message}", file=sys.stderr)
    return status


def run_query_command(args: argparse.Namespace) -> int:
    """Run `kg query` with parsed `args`; return the exit status (0, 1 or 2)."""
    if bool(args.file) == bool(args.expression):
        return _fail("give either FILE.rq or -e SPARQL (exactly one)", 2)
    try:
        params = dict(parse_param(spec) for spec in args.param)
    except ParamError as exc:
        return _fail(str(exc), 2)

    if args.file:
        query_path = Path(args.file)
        try:
            text = query_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return _fail(f"query file not found: {query_path}", 1)
        except (OSError, UnicodeDecodeError) as exc:
            return _fail(f"cannot read the query file {query_path}: {exc}", 1)
        where = str(query_path)
    else:
        text, where = args.expression, "-e"

    try:
        result = run_query(Path(args.kg), text, params, engine=args.engine)
    except ParamError as exc:
        return _fail(str(exc), 2)
    except QuerySyntaxError as exc:
        return _fail(f"{where}:{exc.line}:{exc.column}: syntax error: {exc.message}", 1)
    except QueryError as exc:
        return _fail(str(exc), 1)

    output = render(result, args.format)
    if args.output:
        try:
            target = Path(args.output)
            target.parent.mkdir(parents=True, exist_ok=True)
            # newline="": CSV's CRLF line ends must reach the file unchanged.
            with open(target, "w", encoding="utf-8", newline="") as handle:
                handle.write(output)
        except OSError as exc:
            return _fail(f"cannot write {args.output}: {exc}", 1)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    return 0

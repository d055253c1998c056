"""The `kg` command: every subcommand's options and the one contract they share (exit 0, 1, 2; one line)."""
from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError, UsageError
from kg.rdfio import check_output_dir, check_output_file
from kg.safetext import visible

EXIT_STATUS = """exit status:
  0  the command did its work (a build may still have skipped bad files: see the report)
  1  it could not: no article built, the graph is missing, unreadable or does not conform,
     the query failed, an output could not be written
  2  usage error: bad options or arguments, an output path that cannot be one"""

DESCRIPTION = """Turn Chinese news about labour transfer (劳务输转) and labour brands (劳务品牌)
into a knowledge graph: regions, brands, programs, labour flows and figures, each traceable
to its article and sentence."""

EXAMPLES = """examples:
  kg build seeds                       build the seed articles into out/kg.ttl
  kg build news/ extra.html --out g/   several inputs, another output folder
  kg validate out/kg.ttl               check the graph against the SHACL shapes
  kg query brand_destinations          a built-in query (kg query --list shows them all)
  kg explore                           write out/explorer.html beside out/kg.ttl"""

DEFAULT_GRAPH = "out/kg.ttl"


class _Parser(argparse.ArgumentParser):
    """argparse with the project's contract: a usage error is one line on stderr and exit status 2.

    Descriptions and epilogs are printed as written (their examples and exit-status tables are laid out
    by hand); every subcommand's parser is a _Parser too, so each gets this without repeating it."""

    def __init__(self, *args, formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)

    def error(self, message: str) -> None:
        say(f"{self.prog}: {message} (see {self.prog} --help)")
        sys.exit(2)


def say(line: str, stream=None) -> None:
    """Print one line the tool wrote around untrusted text (paths, labels): control characters shown escaped."""
    print(visible(line), file=stream or sys.stderr)


# ---------------------------------------------------------------- argument checks, shared by every command

def non_negative_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, got {text}")
    return value


def positive_seconds(text: str) -> float:
    value = non_negative_seconds(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


# Dask's scheduler addresses: [protocol://]host:port, host a name, an IPv4 address or [IPv6].
_DASK_ADDRESS = re.compile(r"(?:(?:tcp|tls|ucx|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(\d{1,5})")


def dask_address(text: str) -> str:
    match = _DASK_ADDRESS.fullmatch(text)
    if not match or not 0 < int(match.group(1)) < 65536:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a scheduler address: write HOST:PORT or tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786")
    return text


# ---------------------------------------------------------------- kg build

class _Progress:
    """A tqdm bar on stderr for long builds; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bar = None

    def __call__(self, done: int, total: int, current: str) -> None:
        if not self.enabled or total < 30:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, leave=False)
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.bar.close()


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build, print_skipped, summary

    check_output_dir("--out", args.out)
    if args.store:
        check_output_dir("--store", args.store)
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    report = build(args.paths, args.out, jobs=args.jobs, dask_scheduler=args.dask_scheduler,
                   use_cache=not args.no_cache, progress=progress, store=args.store)
    print_skipped(report)
    if report.articles == 0:
        raise KgError(f"no article could be built from {', '.join(args.paths)}")
    if not args.quiet:
        say(f"{summary(report)} -> {Path(args.out) / 'kg.ttl'}", sys.stdout)
    return 0


def _add_build(commands) -> None:
    build = commands.add_parser(
        "build",
        help="build articles into a Turtle knowledge graph",
        description="Read articles (.txt, .md, .html, or no extension; UTF-8, GBK/GB18030, Big5 or "
        "UTF-16; simplified or traditional) from files and folders (recursively) and write "
        "OUT/kg.ttl and OUT/report.json. Files that cannot be read are listed with their reason "
        "and the rest still builds; kg.ttl is replaced only when the new one is complete.",
        epilog="exit status:\n  0  the graph was written (see the report for skipped files)\n"
        "  1  no article could be built, or the output could not be written (the previous one is kept)\n"
        "  2  usage error, e.g. --out names a file or --dask-scheduler is not an address\n"
        "  130  interrupted by Ctrl-C, 143 by SIGTERM (the previous outputs are kept)",
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    build.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    build.add_argument("-j", "--jobs", type=positive_int, default=1, metavar="N",
                       help="worker processes (default 1; use the number of cores for large corpora)")
    build.add_argument("--dask-scheduler", type=dask_address, metavar="ADDRESS",
                       help="run the per-article work on a Dask distributed cluster, e.g. tcp://host:8786 "
                       "(gives up after 10 s without an answer; needs the dask extra: "
                       "pip install 'laowu-kg[dask]')")
    build.add_argument("--no-cache", action="store_true",
                       help="re-extract every article instead of reusing DIR/.cache from earlier builds")
    build.add_argument("--store", metavar="DIR",
                       help="also bulk-load the graph into an Oxigraph store in DIR, for fast "
                       "queries on large graphs (kg query --kg DIR)")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    build.set_defaults(func=_cmd_build)


# ---------------------------------------------------------------- kg validate

def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    result = validate(Path(args.file))
    for line in result.violations:
        say(line, sys.stdout)
    if result.conforms:
        say(f"{args.file}: conforms ({result.triples} triples)", sys.stdout)
        return 0
    raise KgError(f"{args.file}: {len(result.violations)} violation(s)")


def _add_validate(commands) -> None:
    validate = commands.add_parser(
        "validate",
        help="check a graph against the ontology's SHACL shapes",
        description="Validate an RDF file (Turtle, N-Triples, ...) against the ontology's shapes "
        "(ontology/shapes.ttl) and print each violation in words.",
        epilog="exit status:\n  0  the graph conforms\n  1  it does not, or it is missing or cannot be read\n"
        "  2  usage error",
    )
    validate.add_argument("file", metavar="FILE", help="the graph to check, e.g. out/kg.ttl")
    validate.set_defaults(func=_cmd_validate)


# ---------------------------------------------------------------- kg query

QUERY_DESCRIPTION = """\
Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the knowledge graph and
print the answer. The query is a built-in one named by NAME (see --list), a file QUERY.rq, or the
text given to -e. UPDATE requests (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused.

--param NAME=VALUE binds the variable ?NAME without editing the query text: VALUE written
<IRI> or with a known prefix (lw:, id:, or one the query declares) binds as an IRI, anything
else as a plain literal. ?NAME must be a variable the SELECT clause names. The built-in queries
compare literal parameters with STR(), so 安康市 matches the label "安康市"@zh.

Formats: table (aligned for Chinese text; long cells end in …); the W3C SPARQL 1.1 results
formats csv, tsv and json; and, for CONSTRUCT and DESCRIBE, the RDF formats ttl, nt and jsonld.
With -o the format follows the file's suffix (.csv .tsv .json .srj .ttl .nt .jsonld) unless
--format says otherwise. Control characters in the answer are shown escaped (\\x1b), and csv
starts a cell a spreadsheet would run as a formula (=, +, -, @) with an apostrophe; --exact-csv
writes the W3C CSV byte for byte instead.
Engines: rdflib, oxigraph, or auto: oxigraph when the graph file is larger than {mb} MB,
else rdflib. Both give the same rows."""

QUERY_EXAMPLES = """\
examples:
  kg query --list
  kg query brand_destinations
  kg query metrics_by_region --param region=安康市 -o ankang.csv
  kg query my_question.rq --kg other.nt --engine oxigraph
  kg query -e 'PREFIX lw: <https://w3id.org/laowu-kg/ontology#>
               CONSTRUCT {?b a lw:LabourBrand} WHERE {?b a lw:LabourBrand}' -o brands.ttl"""

QUERY_EXIT_STATUS = """\
exit status:
  0  the query ran; its answer was printed (or written to -o FILE)
  1  the query could not be answered: syntax error (with line and column), UPDATE, SERVICE
     or FROM refused, stopped by --timeout, graph or query missing or unreadable, the engine
     failed, FILE could not be written
  2  usage error: bad options, none or two of NAME/QUERY.rq, -e and --list, a malformed
     --param, an RDF format for a SELECT or ASK query, -o naming a folder
  130  interrupted (Ctrl-C): the query is stopped at once"""


def _query_text(args: argparse.Namespace) -> tuple[str, str]:
    """(query text, where it came from for messages): -e, a file, or a built-in query by name."""
    if args.expression is not None:
        return args.expression, "-e"
    from kg.query import builtin_queries

    path = Path(args.query)
    if not path.exists():
        builtin = builtin_queries().get(path.name.removesuffix(".rq"))
        if builtin is None or path.parent != Path("."):
            raise KgError(f"{args.query}: no such query file, and no built-in query of that name "
                          f"(kg query --list shows them)")
        path = builtin
    try:
        return path.read_text(encoding="utf-8"), str(args.query)
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(f"{args.query}: cannot read the query: {getattr(error, 'strerror', None) or error}") from None


def _list_queries() -> int:
    from kg.query import builtin_queries, query_question

    queries = builtin_queries()
    width = max(map(len, queries), default=0)
    for name, path in queries.items():
        print(f"{name.ljust(width)}  {query_question(path)}")
    return 0


def _cmd_query(args: argparse.Namespace) -> int:
    from kg.query import QuerySyntaxError, parse_param
    from kg.query.engine import check_query
    from kg.query.formats import RDF_FORMATS, format_for_output, render
    from kg.query.isolated import run_isolated
    from kg.rdfio import write_text

    if args.list:
        if args.query or args.expression is not None:
            raise UsageError("--list takes no query")
        return _list_queries()
    if bool(args.query) == (args.expression is not None):
        raise UsageError("give a built-in query NAME, a QUERY.rq file or -e SPARQL (exactly one)")
    params = dict(parse_param(spec) for spec in args.param)
    fmt = args.format or (format_for_output(args.output) if args.output else "table")
    if args.output:
        check_output_file("-o", args.output)
    text, where = _query_text(args)
    try:
        if fmt in RDF_FORMATS and check_query(text).form not in ("ConstructQuery", "DescribeQuery"):
            raise UsageError(f"{fmt} is an RDF format, for CONSTRUCT and DESCRIBE queries; this query's "
                             f"answer is a table: use csv, tsv, json or table")
        # queryserve: in a child process that --timeout and Ctrl-C stop at once (kg.query.isolated).
        result = run_isolated(Path(args.kg), text, params, args.engine,
                              timeout=args.timeout or None, max_rows=args.max_rows)
    except QuerySyntaxError as error:
        raise KgError(f"{where}:{error.line}:{error.column}: syntax error: {error.message}") from None
    if result.truncated:
        say(f"kg query: stopped at {args.max_rows} rows (--max-rows); there are more")
    output = render(result, fmt, exact_csv=args.exact_csv)
    if args.output:
        write_text(args.output, output)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    return 0


def _add_query(commands) -> None:
    from kg.query.engine import AUTO_THRESHOLD_BYTES, ENGINES
    from kg.query.formats import FORMATS

    megabytes = AUTO_THRESHOLD_BYTES // (1024 * 1024)
    query = commands.add_parser(
        "query",
        help="run a SPARQL query over the knowledge graph",
        description=QUERY_DESCRIPTION.format(mb=megabytes),
        epilog=f"{QUERY_EXAMPLES}\n\n{QUERY_EXIT_STATUS}",
    )
    query.add_argument("query", nargs="?", metavar="NAME|QUERY.rq",
                       help="a built-in query's name (see --list) or a file holding a query")
    query.add_argument("-e", "--expression", metavar="SPARQL", help="the query text itself")
    query.add_argument("--list", action="store_true", help="list the built-in queries and the question each answers")
    query.add_argument("--kg", default=DEFAULT_GRAPH, metavar="FILE",
                       help="the graph, any RDF format by suffix: .ttl .nt .nq .trig .rdf .xml "
                            f".jsonld .n3, or a store folder from `kg build --store` (default: {DEFAULT_GRAPH})")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="bind ?NAME to VALUE (repeatable)")
    query.add_argument("--format", choices=FORMATS,
                       help="output format (default: from -o's suffix, else table)")
    query.add_argument("--exact-csv", action="store_true",
                       help="csv exactly as W3C SPARQL CSV: no apostrophe before formula-like cells, "
                            "control characters kept")
    query.add_argument("--engine", choices=ENGINES, default="auto",
                       help=f"query engine (default: auto = oxigraph above {megabytes} MB)")
    query.add_argument("-o", "--output", metavar="FILE",
                       help="write the answer to FILE (replaced whole, never half-written) instead of "
                            "standard output")
    # queryserve: a time limit and a row limit.
    query.add_argument("--timeout", type=non_negative_seconds, default=60.0, metavar="SECONDS",
                       help="stop the query after SECONDS of running (default: 60; 0: no limit)")
    query.add_argument("--max-rows", type=positive_int, default=None, metavar="N",
                       help="print at most N rows; say so on stderr if there were more")
    query.set_defaults(func=_cmd_query)


# ---------------------------------------------------------------- kg explore

def _cmd_explore(args: argparse.Namespace) -> int:
    from kg.explore import default_output, write_explorer

    output = args.output or default_output(args.graph)
    check_output_file("-o", str(output))
    summary = write_explorer(args.graph, output, province=args.province, brand=args.brand,
                             max_nodes=args.max_nodes, title=args.title, articles=not args.no_articles)
    say(f"wrote {summary['output']}: {summary['nodes']} of {summary['of_nodes']} nodes, "
        f"{summary['edges']} edges", sys.stdout)
    return 0


def _add_explore(commands) -> None:
    explore = commands.add_parser(
        "explore",
        help="write an offline HTML explorer of the graph",
        description="Write one self-contained HTML file (no network needed) that opens on an overview "
                    "of the graph (top-level regions, the most cited brands, the largest flows summed "
                    "per pair) and opens the level below whatever is clicked or searched: regions, "
                    "brands, programs and articles, with class and province filters and a "
                    "brands-to-destinations view.",
        epilog="exit status:\n  0  the page was written\n"
               "  1  the graph is missing or cannot be read, or the page could not be written\n"
               "  2  usage error, e.g. a --province or --brand name not in the graph, -o naming a folder\n"
               "     or a file kg explore did not write",
    )
    explore.add_argument("graph", nargs="?", default=DEFAULT_GRAPH,
                         help=f"the graph to show (default {DEFAULT_GRAPH})")
    explore.add_argument("-o", "--output", metavar="FILE",
                         help="the HTML file to write (default: explorer.html beside the graph); a file of that "
                              "name that kg explore did not write is never replaced")
    explore.add_argument("--province", metavar="NAME",
                         help="only this province (e.g. 陕西省 or 陕西): its regions, the brands and flows "
                              "from or to it with their other ends, and the articles about it; opens on it")
    explore.add_argument("--brand", metavar="NAME",
                         help="only this brand (e.g. 万载花炮) with its origin, destinations and articles; "
                              "opens with it selected and its details shown")
    explore.add_argument("--max-nodes", type=positive_int, metavar="N",
                         help="show at most N nodes in a view (default 120); the rest is folded into counts, "
                              "opened by clicking a region or searching")
    explore.add_argument("--title", help="the page title")
    explore.add_argument("--no-articles", action="store_true",
                         help="leave article nodes out of every view (their titles still name the evidence)")
    explore.set_defaults(func=_cmd_explore)


# ---------------------------------------------------------------- kg map and kg dossier (issue 18)

def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


def _cmd_map(args: argparse.Namespace) -> int:
    from kg.map import write_map

    output = check_output_file("-o", args.output or str(Path(args.graph).parent / "map.html"))
    totals = write_map(args.graph, output, brand=args.brand, province=args.province,
                       destination=args.destination, year=args.year, year_from=args.year_from,
                       year_to=args.year_to, colour_by=args.colour_by)
    say(f"{totals['arcs']} arcs, {totals['facts']} facts, {totals['workers']:,} workers -> {output}", sys.stdout)
    for reason, count in totals["reasons"].items():
        say(f"not drawn: {count} × {reason}", sys.stdout)
    return 0


def _cmd_dossier(args: argparse.Namespace) -> int:
    from kg.dossier import write_dossiers

    output = check_output_dir("-o", args.output or str(Path(args.graph).parent / "dossiers"))
    written = write_dossiers(args.graph, output, brand=args.brand)
    say(f"{len(written) - 1} brand page(s) and index.html -> {output}", sys.stdout)
    return 0


def _add_map_and_dossier(commands) -> None:
    graph_help = f"the graph (default {DEFAULT_GRAPH})"
    map_parser = commands.add_parser(
        "map", help="draw labour flows as arcs on a map of China (HTML, SVG or PNG)",
        description="Draw every labour flow (origin -> destination, width by workers) and brand "
                    "destination on a schematic map of China: an offline HTML page with filters, hover "
                    "and the evidence behind each arc, or a static .svg / .png figure with a legend.",
        epilog="exit status:\n  0  the map was written\n"
               "  1  the graph is missing or cannot be read, a name is not in it, or the map could not be written\n"
               "  2  usage error, e.g. -o with another suffix than .html, .svg, .png, or naming a file\n"
               "     kg map did not write")
    map_parser.add_argument("graph", nargs="?", default=DEFAULT_GRAPH, help=graph_help)
    map_parser.add_argument("-o", "--output", metavar="FILE",
                            help="the file to write: .html, .svg or .png (default: map.html beside the graph); a "
                                 "file of that name that kg map did not write is never replaced")
    map_parser.add_argument("--brand", metavar="NAME", help="only flows from this brand's origin, and its links")
    map_parser.add_argument("--province", metavar="NAME", help="only flows from this province (陕西 or 陕西省)")
    map_parser.add_argument("--destination", metavar="NAME", help="only flows to this region or inside it")
    map_parser.add_argument("--year", type=_year, metavar="Y", help="only this year (as the fact states it, else its article's)")
    map_parser.add_argument("--from", dest="year_from", type=_year, metavar="Y", help="from this year on")
    map_parser.add_argument("--to", dest="year_to", type=_year, metavar="Y", help="up to this year")
    map_parser.add_argument("--colour-by", choices=("year", "brand"), default="year",
                            help="arc colour (default year)")
    map_parser.set_defaults(func=_cmd_map)
    dossier = commands.add_parser(
        "dossier", help="write one HTML page per labour brand, with an index",
        description="Write DIR/index.html and one offline page per brand: aliases, origin chain, "
                    "level, destinations with flows and counts, workers by year, programs, and every "
                    "article that mentions it with its sentences. A file it did not write is never replaced.",
        formatter_class=argparse.HelpFormatter)  # one paragraph, wrapped to the terminal
    dossier.add_argument("graph", nargs="?", default=DEFAULT_GRAPH, help=graph_help)
    dossier.add_argument("-o", "--output", metavar="DIR",
                         help="the folder to write (default: dossiers/ beside the graph)")
    dossier.add_argument("--brand", metavar="NAME", help="only this brand")
    dossier.set_defaults(func=_cmd_dossier)
# ---------------------------------------------------------------- kg serve (issue 20; kg.serve does the work)

SERVE_DESCRIPTION = """\
Serve the graph as a read-only SPARQL 1.1 Protocol endpoint: GET or POST /sparql with a query
parameter, a form, or an application/sparql-query body; answers by Accept in SPARQL JSON, XML,
CSV or TSV (SELECT, ASK) and Turtle, N-Triples or JSON-LD (CONSTRUCT, DESCRIBE). Also served:
the built-in queries as /queries/NAME?PARAM=VALUE (bound as kg query --param binds), an offline
query page at /query, and the explorer (and the map and dossiers where installed).

Safe by default: listens on 127.0.0.1 only (a warning is printed for any other address);
refuses UPDATE and LOAD (403), SERVICE, FROM and FROM NAMED (403), queries that do not parse
(400) and bodies over 1 MiB (413); a query past --timeout is stopped (503) and the server goes
on answering. Queries run in one worker process per core."""

SERVE_EXAMPLES = """\
examples:
  kg serve                                  serve out/kg.ttl at http://127.0.0.1:7878/sparql
  kg serve out/store --port 8000            a store folder from kg build --store
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
       http://127.0.0.1:7878/sparql
  curl 'http://127.0.0.1:7878/queries/metrics_by_region.csv?region=安康市'"""

SERVE_EXIT_STATUS = """\
exit status:
  0  stopped with Ctrl-C (or SIGTERM)
  1  could not start: graph missing or unreadable, address in use
  2  usage error"""


def _cmd_serve(args: argparse.Namespace) -> int:
    import signal

    from kg.serve.app import ServeOptions, Server, print_banner

    options = ServeOptions(Path(args.graph), host=args.host, port=args.port,
                           timeout=args.timeout, max_rows=args.max_rows)
    if args.workers:
        options.workers = args.workers
    server = Server(options)  # a missing or unreadable graph, an address in use: KgError, one line

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        print_banner(server)
        server.serve_forever()
    except KeyboardInterrupt:
        say("kg serve: stopped")
    finally:
        server.close()
    return 0


def _add_serve(commands) -> None:
    serve = commands.add_parser(
        "serve", help="serve the graph as a read-only SPARQL endpoint with its pages",
        description=SERVE_DESCRIPTION, epilog=f"{SERVE_EXAMPLES}\n\n{SERVE_EXIT_STATUS}")
    serve.add_argument("graph", nargs="?", default=DEFAULT_GRAPH, metavar="GRAPH | STORE",
                       help="an RDF file (by suffix) or a store folder from kg build --store "
                            f"(default: {DEFAULT_GRAPH})")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0: any free one)")
    serve.add_argument("--timeout", type=positive_seconds, default=30.0, metavar="SECONDS",
                       help="stop a query after SECONDS (default: 30)")
    serve.add_argument("--max-rows", type=positive_int, default=100_000, metavar="N",
                       help="answer at most N rows; the X-KG-Truncated header says when there "
                            "were more (default: 100000)")
    serve.add_argument("--workers", type=positive_int, default=None, metavar="N",
                       help="query processes (default: one per core)")
    serve.set_defaults(func=_cmd_serve)


# ---------------------------------------------------------------- the command

def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kg",
        description=DESCRIPTION,
        epilog=f"{EXAMPLES}\n\n{EXIT_STATUS}",
    )
    parser.add_argument("--version", action="version", version=f"laowu-kg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_build(commands)
    _add_validate(commands)
    _add_query(commands)
    _add_explore(commands)
    _add_map_and_dossier(commands)
    _add_serve(commands)
    return parser


class _OneLineLog(logging.Handler):
    """Libraries' log records as one escaped line each, without their tracebacks."""

    def emit(self, record: logging.LogRecord) -> None:
        say(f"kg: {record.levelname.lower()}: {' '.join(record.getMessage().split())}")


def _quiet_libraries() -> None:
    # rdflib logs a warning with a full traceback for every ill-typed literal it meets (an article's
    # "3万"^^xsd:integer, or an escape sequence); kg validate reports those as violations in words.
    logging.getLogger("rdflib").setLevel(logging.ERROR)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(_OneLineLog(logging.WARNING))


def main(argv: list[str] | None = None) -> int:
    _quiet_libraries()
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KgError as error:
        say(f"kg {args.command}: {' '.join(str(error).split())}")
        return error.exit_code
    except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
        # Point stdout at /dev/null so that Python's flush at exit does not fail on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:  # a file error no layer below turned into a KgError: still one line
        where = f"{error.filename}: " if error.filename else ""
        say(f"kg {args.command}: {where}{error.strerror or error}")
        return 1
    except KeyboardInterrupt:
        say("kg: interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())

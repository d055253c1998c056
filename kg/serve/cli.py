"""The `kg serve` subcommand: its options, and the loop that runs the server until Ctrl-C."""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

__all__ = ["add_serve_parser", "run_serve_command"]

DESCRIPTION = """\
Serve the graph as a read-only SPARQL 1.1 Protocol endpoint: GET or POST /sparql with a query
parameter, a form, or an application/sparql-query body; answers by Accept in SPARQL JSON, XML,
CSV or TSV (SELECT, ASK) and Turtle, N-Triples or JSON-LD (CONSTRUCT, DESCRIBE). Also served:
the built-in queries as /queries/NAME?PARAM=VALUE (bound as kg query --param binds), an offline
query page at /query, and the explorer (and the map and dossiers where installed).

Safe by default: listens on 127.0.0.1 only (a warning is printed for any other address);
refuses UPDATE and LOAD (403), SERVICE, FROM and FROM NAMED (403), queries that do not parse
(400) and bodies over 1 MiB (413); a query past --timeout is stopped (503) and the server goes
on answering. Queries run in one worker process per core."""

EXAMPLES = """\
examples:
  kg serve                                  serve out/kg.ttl at http://127.0.0.1:7878/sparql
  kg serve out/store --port 8000            a store folder from kg build --store
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
       http://127.0.0.1:7878/sparql
  curl 'http://127.0.0.1:7878/queries/metrics_by_region.csv?region=安康市'"""

EXIT_STATUS = """\
exit status:
  0  stopped with Ctrl-C (or SIGTERM)
  1  could not start: graph missing or unreadable, address in use
  2  usage error"""


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
        return value
    return parse


def add_serve_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "serve", help="serve the graph as a read-only SPARQL endpoint with its pages",
        description=DESCRIPTION, epilog=f"{EXAMPLES}\n\n{EXIT_STATUS}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", nargs="?", default="out/kg.ttl", metavar="GRAPH | STORE",
                        help="an RDF file (by suffix) or a store folder from kg build --store "
                             "(default: out/kg.ttl)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0: any free one)")
    parser.add_argument("--timeout", type=_positive(float), default=30.0, metavar="SECONDS",
                        help="stop a query after SECONDS (default: 30)")
    parser.add_argument("--max-rows", type=_positive(int), default=100_000, metavar="N",
                        help="answer at most N rows; the X-KG-Truncated header says when there "
                             "were more (default: 100000)")
    parser.add_argument("--workers", type=_positive(int), default=None, metavar="N",
                        help="query processes (default: one per core)")
    parser.set_defaults(func=run_serve_command)
    return parser


def _stop(signum, frame):
    raise KeyboardInterrupt


def run_serve_command(args: argparse.Namespace) -> int:
    from kg.query.engine import QueryError
    from kg.serve.app import ServeOptions, Server, print_banner

    options = ServeOptions(Path(args.graph), host=args.host, port=args.port,
                           timeout=args.timeout, max_rows=args.max_rows)
    if args.workers:
        options.workers = args.workers
    try:
        server = Server(options)  # a KgError (address in use) reaches main() as one line
    except QueryError as exc:  # the graph is missing or unreadable
        print(f"kg serve: {exc}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, _stop)
    try:
        print_banner(server)
        server.serve_forever()
    except KeyboardInterrupt:
        print("kg serve: stopped", file=sys.stderr)
    finally:
        server.close()
    return 0

"""The `kg` command: a thin argparse layer over the library's build, validate, query and explore."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError
from kg.explore.cli import add_explore_parser
from kg.query.command import add_query_parser

EXIT_STATUS = """exit status:
  0  the command finished (a build may still have skipped bad files: see the report)
  1  nothing could be done: no article built, the graph does not conform, the query failed
  2  usage error (bad options or arguments)"""

DESCRIPTION = """Turn Chinese news about labour transfer (劳务输转) and labour brands (劳务品牌)
into a knowledge graph: regions, brands, programs, labour flows and figures, each traceable
to its article and sentence."""

EXAMPLES = """examples:
  kg build seeds                       build the seed articles into out/kg.ttl
  kg build news/ extra.html --out g/   several inputs, another output folder
  kg validate out/kg.ttl               check the graph against the SHACL shapes
  kg query queries/brand_destinations.rq
  kg explore out/kg.ttl -o out/explorer.html"""


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


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build, print_skipped, summary

    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    report = build(args.paths, args.out, jobs=args.jobs, dask_scheduler=args.dask_scheduler,
                   use_cache=not args.no_cache, progress=progress, store=args.store)
    print_skipped(report)
    if report.articles == 0:
        print(f"kg build: no article could be built from {', '.join(args.paths)}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"{summary(report)} -> {Path(args.out) / 'kg.ttl'}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    try:
        result = validate(Path(args.file))
    except (OSError, ValueError) as error:
        print(f"kg validate: {error}", file=sys.stderr)
        return 1
    for line in result.violations:
        print(line)
    if result.conforms:
        print(f"{args.file}: conforms ({result.triples} triples)")
        return 0
    print(f"{args.file}: {len(result.violations)} violation(s)", file=sys.stderr)
    return 1


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description=DESCRIPTION,
        epilog=f"{EXAMPLES}\n\n{EXIT_STATUS}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"laowu-kg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build",
        help="build articles into a Turtle knowledge graph",
        description="Read articles (.txt, .md, .html, or no extension; UTF-8, GBK/GB18030, Big5 or "
        "UTF-16; simplified or traditional) from files and folders (recursively) and write "
        "OUT/kg.ttl and OUT/report.json. Files that cannot be read are listed with their reason "
        "and the rest still builds; kg.ttl is replaced only when the new one is complete.",
        epilog=EXIT_STATUS.replace("nothing could be done: no article built, the graph does not "
                                   "conform, the query failed", "no article could be built"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    build.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    build.add_argument("-j", "--jobs", type=_positive_int, default=1, metavar="N",
                       help="worker processes (default 1; use the number of cores for large corpora)")
    build.add_argument("--dask-scheduler", metavar="ADDRESS",
                       help="run the per-article work on a Dask distributed cluster, e.g. tcp://host:8786")
    build.add_argument("--no-cache", action="store_true",
                       help="re-extract every article instead of reusing DIR/.cache from earlier builds")
    build.add_argument("--store", metavar="DIR",
                       help="also bulk-load the graph into an Oxigraph store in DIR, for fast "
                       "queries on large graphs (kg query --kg DIR)")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    build.set_defaults(func=_cmd_build)

    validate = commands.add_parser(
        "validate",
        help="check a graph against the ontology's SHACL shapes",
        description="Validate an RDF file (Turtle, N-Triples, ...) against ontology/shapes.ttl "
        "and print each violation in words.",
        epilog="exit status:\n  0  the graph conforms\n  1  it does not, or cannot be read\n"
        "  2  usage error",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument("file", metavar="FILE", help="the graph to check, e.g. out/kg.ttl")
    validate.set_defaults(func=_cmd_validate)

    add_query_parser(commands)
    add_explore_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KgError as error:
        print(f"kg {args.command}: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

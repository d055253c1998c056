"""Run read-only SPARQL over an RDF file on rdflib or pyoxigraph, with safely bound parameters."""
from __future__ import annotations

import functools
import itertools
import re
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.graph.terms import NAMESPACES as PREFIXES
from kg.rdfio import GraphFileError, check_graph_file, load_oxigraph, load_rdflib, rdf_format_for

__all__ = [
    "AUTO_THRESHOLD_BYTES", "ENGINES", "Term", "QueryResult", "LoadedGraph",
    "QueryError", "QuerySyntaxError", "UpdateRefused", "NotLocalRefused", "GraphFileError",
    "ParamError", "run_query", "load_graph", "check_query", "parse_param", "clear_cache",
    "rdf_format_for",
]

# `auto` picks Oxigraph above this size. rdflib parses and holds every triple as Python
# objects and evaluates joins row by row; Oxigraph (Rust) does both far faster. Measured by
# bench/bench_query.py on 1,000,016 generated triples (148 MB of N-Triples): load 56 s vs
# 5 s, headline query median 73 s vs 3.9 s (~19x). 20 MB is roughly 130-200k triples, where
# rdflib still loads in seconds and answers our queries in a few seconds; below it rdflib,
# the reference the queries were written against, is quick enough.
AUTO_THRESHOLD_BYTES = 20 * 1024 * 1024

ENGINES = ("rdflib", "oxigraph", "auto")

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# --------------------------------------------------------------------------- errors

class QueryError(KgError):
    """A query could not be answered (bad query, unreadable graph, engine failure): exit 1."""


class QuerySyntaxError(QueryError):
    """The query text does not parse; `line` and `column` are 1-based."""

    def __init__(self, message: str, line: int, column: int, engine: str):
        self.message, self.line, self.column, self.engine = message, line, column, engine
        super().__init__(f"syntax error at line {line}, column {column}: {message}")


class UpdateRefused(QueryError):
    """The text is a SPARQL UPDATE request; `kg query` is read-only."""


class NotLocalRefused(QueryError):
    """The query would read something other than the loaded graph (SERVICE, FROM, FROM NAMED)."""


class ParamError(QueryError):
    """A --param is malformed or names a variable the query cannot bind: a usage error (exit 2)."""

    exit_code = 2


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class Term:
    """One RDF term of a result, the same whichever engine produced it.

    kind is 'uri', 'literal' or 'bnode'. For literals `datatype` is None for plain strings
    (xsd:string) and for language-tagged strings (then `lang` is set, lower-cased); numbers
    and booleans carry their canonical lexical form so both engines agree (Oxigraph writes
    the decimal 2371000000.0 as 2371000000, rdflib keeps what the file said).
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def n3(self) -> str:
        """The term in N-Triples form (the encoding SPARQL TSV results use)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = '"' + _escape_literal(self.value) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype:
            return f"{text}^^<{self.datatype}>"
        return text


def _escape_literal(value: str) -> str:
    return (value.replace("\\", "\\\\").replace('"', '\\"')
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))


@dataclass
class QueryResult:
    """The answer to a query: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples as rows."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]
    boolean: bool | None = None
    engine: str = ""
    seconds: float = 0.0
    truncated: bool = False  # more rows existed than the max_rows asked for

    def values(self) -> list[tuple[str | None, ...]]:
        """The rows as plain strings (IRI, lexical form or blank node id; None when unbound)."""
        return [tuple(None if t is None else t.value for t in row) for row in self.rows]


_INTEGER_TYPES = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}


def _canonical(value: str, datatype: str | None) -> str:
    """The canonical lexical form of a number or boolean; anything else unchanged."""
    if datatype is None or not datatype.startswith(XSD):
        return value
    text = value.strip()
    try:
        if datatype in _INTEGER_TYPES:
            return str(int(text))
        if datatype == XSD + "decimal":
            number = Decimal(text)
            if number == number.to_integral_value():
                return str(int(number))
            return format(number.normalize(), "f")
        if datatype in (XSD + "double", XSD + "float"):
            number = float(text)
            if number != number:
                return "NaN"
            if number in (float("inf"), float("-inf")):
                return "INF" if number > 0 else "-INF"
            return repr(number)
        if datatype == XSD + "boolean":
            return {"1": "true", "0": "false"}.get(text, text)
    except (ValueError, InvalidOperation):
        pass  # an ill-typed literal is reported as written
    return value


def _literal(value: str, datatype: str | None, lang: str | None) -> Term:
    if lang:
        return Term("literal", value, None, lang.lower())
    if datatype in (None, XSD + "string", RDF_LANGSTRING):
        return Term("literal", value)
    return Term("literal", _canonical(value, datatype), datatype)


def _from_rdflib(term: Any) -> Term | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return Term("uri", str(term))
    if isinstance(term, BNode):
        return Term("bnode", str(term))
    if isinstance(term, Literal):
        return _literal(str(term), None if term.datatype is None else str(term.datatype),
                        term.language)
    return Term("literal", str(term))


def _from_oxigraph(term: Any) -> Term | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.datatype.value, term.language)
    return Term("literal", str(term))  # an RDF-star triple: not produced by our graphs


# --------------------------------------------------------------------------- parameters

_VARNAME = re.compile(r"^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_\u00B7\u00C0-\uFFFF]*$")
_PNAME = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*)?:([^\s]*)$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Characters the SPARQL/Turtle IRIREF production forbids.
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def parse_param(spec: str) -> tuple[str, str]:
    """Split a `--param name=value` into (name, value); the name may be written ?name or $name."""
    name, sep, value = spec.partition("=")
    name = name.strip()
    if name[:1] in ("?", "$"):
        name = name[1:]
    if not sep or not _VARNAME.match(name):
        raise ParamError(f"--param {spec!r}: expected NAME=VALUE with NAME a SPARQL variable name")
    return name, value


@dataclass(frozen=True)
class _Bound:
    kind: str  # 'uri' or 'literal'
    value: str


def _bind_value(name: str, value: str, prefixes: dict[str, str]) -> _Bound:
    """Decide how a parameter value binds: <IRI> or known-prefix:local as an IRI, else a literal.

    The value never enters the query text; it becomes an engine term object, so quotes,
    braces or `DROP` inside it are just characters of a literal.
    """
    if value.startswith("<") and value.endswith(">") and len(value) >= 2:
        iri = value[1:-1]
        if _BAD_IRI_CHARS.search(iri) or not _SCHEME.match(iri):
            raise ParamError(f"--param {name}: {value!r} is not a valid absolute IRI")
        return _Bound("uri", iri)
    match = _PNAME.match(value)
    if match and (match.group(1) or "") in prefixes:
        iri = prefixes[match.group(1) or ""] + match.group(2)
        if _BAD_IRI_CHARS.search(iri):
            raise ParamError(f"--param {name}: {value!r} does not expand to a valid IRI")
        return _Bound("uri", iri)
    return _Bound("literal", value)


# --------------------------------------------------------------------------- parsing

@dataclass
class _Checked:
    """What parsing told us: the query form, its explicit projection and PREFIX declarations."""

    form: str | None = None            # SelectQuery, AskQuery, ConstructQuery, DescribeQuery
    projection: list[str] | None = None  # None for SELECT * or non-SELECT forms
    prefixes: dict[str, str] = field(default_factory=dict)
    parsed: Any = None
    algebra: Any = None                # rdflib's translated query, reused by every run


def _rdflib_syntax_error(exc: Exception) -> QuerySyntaxError:
    line = getattr(exc, "lineno", None) or 1
    column = getattr(exc, "col", None) or 1
    message = getattr(exc, "msg", None) or str(exc)
    found = getattr(exc, "found", None)
    if found and "found" not in message:
        message = f"{message}, found {found}"
    return QuerySyntaxError(message, int(line), int(column), "rdflib")


def _update_operations(text: str) -> list[str] | None:
    """The operation names if `text` parses as a SPARQL Update request with operations, else None."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parsed = parseUpdate(text)
    except Exception:
        return None
    if "request" not in parsed:
        return None  # empty or comment-only text parses as an empty update: not an update
    return [getattr(op, "name", type(op).__name__) for op in parsed["request"]]


_OP_WORDS = {
    "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT", "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP",
    "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY",
}


@functools.lru_cache(maxsize=64)
def check_query(text: str) -> _Checked:
    """Parse `text` with rdflib's SPARQL grammar: refuse what is not a local read, find the form.

    This is the one place that decides whether a query may run, for both engines and for
    `kg serve`. It decides by parsing, not by looking for words, so a query whose strings or
    comments say "DROP", "INSERT" or "SERVICE" runs normally, while a real update, a SERVICE
    call (both engines would send requests to it) or a FROM / FROM NAMED clause (rdflib would
    fetch the IRI, Oxigraph would read a graph of that name) is refused before anything runs.
    A text rdflib cannot parse is a syntax error on both engines: what is not parsed cannot be
    checked, so it is never handed to Oxigraph either. The result is cached (the built-in
    queries are asked again and again) and must not be changed by callers.
    """
    from rdflib.plugins.sparql.parser import parseQuery

    checked = _Checked()
    try:
        parsed = parseQuery(text)
    except Exception as exc:  # pyparsing.ParseException and friends
        operations = _update_operations(text)
        if operations:
            words = ", ".join(dict.fromkeys(_OP_WORDS.get(op, op) for op in operations))
            raise UpdateRefused(
                f"refused: this is a SPARQL UPDATE request ({words}); queries are read-only"
            ) from None
        if not text.strip() or _only_comments(text):
            raise QuerySyntaxError("the query is empty", 1, 1, "rdflib") from None
        raise _rdflib_syntax_error(exc) from None
    _refuse_non_local(parsed)
    checked.parsed = parsed
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        checked.algebra = translateQuery(parsed)
    except Exception as exc:  # e.g. a variable BIND-ed twice in one group
        raise QueryError(f"invalid query: {exc}") from None
    prologue, body = parsed[0], parsed[1]
    for decl in prologue:
        if getattr(decl, "name", "") == "PrefixDecl":
            prefix = decl["prefix"] if "prefix" in decl else ""
            checked.prefixes[str(prefix)] = str(decl["iri"])
    checked.form = body.name
    if body.name == "SelectQuery" and "projection" in body:
        names = []
        for item in body["projection"]:
            var = item["var"] if "var" in item else item["evar"]
            names.append(str(var))
        checked.projection = names
    return checked


def _refuse_non_local(parsed: Any) -> None:
    """Raise NotLocalRefused if the parse tree holds a SERVICE call or a dataset clause."""
    for node in _parse_nodes(parsed):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise NotLocalRefused(
                f"refused: SERVICE <{node['term']}>: a query may read only the loaded graph, "
                f"never another endpoint")
        if name == "DatasetClause":
            which, iri = ("FROM NAMED", node["named"]) if "named" in node else ("FROM", node["default"])
            raise NotLocalRefused(
                f"refused: {which} <{iri}>: a query reads only the loaded graph; drop the "
                f"dataset clause (use GRAPH <name> {{ ... }} for a named graph in it)")


def _parse_nodes(tree: Any):
    """Every node of rdflib's parse tree (CompValues, lists, ParseResults), depth first."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(node)


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


_OX_POSITION = re.compile(r"(?:error )?at (\d+):(\d+)(?:-\d+:\d+)?:?\s*(.*)", re.S)


def _oxigraph_syntax_error(exc: Exception, text: str) -> QuerySyntaxError:
    message = str(exc)
    match = _OX_POSITION.search(message)
    if match:
        return QuerySyntaxError(match.group(3).strip() or message, int(match.group(1)),
                                int(match.group(2)), "oxigraph")
    offset = re.search(r"offset (\d+)", message)
    if offset:  # only a character offset: turn it into line and column ourselves
        line, column = _line_col(text, int(offset.group(1)))
        return QuerySyntaxError(message, line, column, "oxigraph")
    return QuerySyntaxError(message, 1, 1, "oxigraph")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


# --------------------------------------------------------------------------- graphs

def _choose_engine(engine: str, path: Path) -> str:
    if engine not in ENGINES:
        raise ParamError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine != "auto":
        return engine
    return "oxigraph" if path.stat().st_size > AUTO_THRESHOLD_BYTES else "rdflib"


@dataclass
class LoadedGraph:
    """An RDF file loaded into one engine, ready to answer many queries."""

    path: Path
    engine: str
    store: Any
    quads: bool
    load_seconds: float

    def query(self, text: str, params: dict[str, str] | None = None,
              max_rows: int | None = None) -> QueryResult:
        return _execute(self, text, params or {}, max_rows=max_rows)


def load_graph(graph_path: Path | str, engine: str = "auto") -> LoadedGraph:
    """Load an RDF file (format from its suffix) into the chosen engine.

    A folder is an Oxigraph store written by `kg build --store`: it is opened read-only, with no
    load at all, whatever the engine asked for (rdflib cannot read it).
    """
    path = Path(graph_path)
    if path.is_dir():
        return _open_store(path, engine)
    path = check_graph_file(path)
    chosen = _choose_engine(engine, path)
    quads = rdf_format_for(path).quads
    start = time.perf_counter()
    # Quad formats go into a Dataset whose default graph is the union of all graphs, so the same
    # query sees the same triples as with Oxigraph's union default graph.
    store = load_rdflib(path, dataset=True) if chosen == "rdflib" else load_oxigraph(path)
    return LoadedGraph(path, chosen, store, quads, time.perf_counter() - start)


def _open_store(path: Path, engine: str) -> LoadedGraph:
    if engine == "rdflib":
        raise GraphFileError(f"{path} is an Oxigraph store (from kg build --store): use --engine oxigraph or auto")
    import pyoxigraph as ox

    start = time.perf_counter()
    try:
        store = ox.Store.read_only(str(path))
    except OSError as exc:
        raise GraphFileError(f"{path}: not an Oxigraph store: {exc}") from None
    return LoadedGraph(path, "oxigraph", store, False, time.perf_counter() - start)


# Loading dominates for one-off queries; `make run` and the tests ask many queries of the
# same file, so keep the last few loads, keyed so that a rebuilt file is read again.
_CACHE: OrderedDict[tuple, LoadedGraph] = OrderedDict()
_CACHE_SIZE = 2


def _cached_graph(path: Path, engine: str) -> LoadedGraph:
    if path.is_dir():
        return load_graph(path, engine)  # a store opens instantly; nothing to keep
    if not path.is_file():
        return load_graph(path, engine)  # raises the clear error
    chosen = _choose_engine(engine, path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, chosen)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    loaded = load_graph(path, chosen)
    _CACHE[key] = loaded
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return loaded


def clear_cache() -> None:
    """Forget every loaded graph."""
    _CACHE.clear()


# --------------------------------------------------------------------------- running

def run_query(graph_path: Path | str, query_text: str, params: dict[str, str] | None = None,
              engine: str = "auto", max_rows: int | None = None) -> QueryResult:
    """Answer a read-only SPARQL query over the RDF file `graph_path`.

    `params` binds variables to values without touching the query text: a value written
    <IRI> or with a known prefix (lw:, id:, or one the query declares) binds as an IRI,
    anything else as a plain literal. A parameter must be a variable the SELECT clause
    names (Oxigraph's substitution requires it, and both engines are held to it so they
    answer alike). The query is parsed before the graph is loaded, so syntax errors and
    UPDATE requests are reported at once. With `max_rows`, reading stops after that many rows
    and the result says it was `truncated` if there were more. This runs in the calling
    process; kg.query.isolated runs it where a time limit and Ctrl-C can stop it.
    """
    checked = _precheck(query_text, params or {}, engine)
    loaded = _cached_graph(Path(graph_path), engine)
    return _execute(loaded, query_text, params or {}, checked, max_rows)


def _precheck(text: str, params: dict[str, str], engine: str) -> _Checked:
    if engine not in ENGINES:
        raise ParamError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    checked = check_query(text)
    for name in params:
        if not _VARNAME.match(name):
            raise ParamError(f"--param {name!r}: not a SPARQL variable name")
    if checked.form == "SelectQuery":
        unknown = [n for n in params if checked.projection is None or n not in checked.projection]
        if unknown:
            shown = ", ".join("?" + n for n in unknown)
            raise ParamError(
                f"--param {shown}: a parameter must be a variable the query's SELECT clause "
                f"names explicitly (not SELECT *); this query selects "
                f"{' '.join('?' + v for v in checked.projection or []) or '*'}")
    return checked


def _execute(loaded: LoadedGraph, text: str, params: dict[str, str],
             checked: _Checked | None = None, max_rows: int | None = None) -> QueryResult:
    if checked is None:
        checked = _precheck(text, params, loaded.engine)
    prefixes = {**PREFIXES, **checked.prefixes}
    bound = {name: _bind_value(name, value, prefixes) for name, value in params.items()}
    start = time.perf_counter()
    if loaded.engine == "rdflib":
        result = _run_rdflib(loaded, text, bound, checked, max_rows)
    else:
        result = _run_oxigraph(loaded, text, bound, max_rows)
    result.engine = loaded.engine
    result.seconds = time.perf_counter() - start
    return result


def _take(rows: Any, max_rows: int | None) -> tuple[list, bool]:
    """At most max_rows items of the iterator `rows`, and whether more were left."""
    if max_rows is None:
        return list(rows), False
    taken = list(itertools.islice(rows, max_rows + 1))
    return taken[:max_rows], len(taken) > max_rows


def _run_rdflib(loaded: LoadedGraph, text: str, bound: dict[str, _Bound],
                checked: _Checked, max_rows: int | None) -> QueryResult:
    from rdflib import Literal, URIRef, Variable
    from rdflib.plugins.sparql.evaluate import evalQuery

    from kg.query.aggregates import spec_aggregates

    bindings = {name: URIRef(b.value) if b.kind == "uri" else Literal(b.value)
                for name, b in bound.items()}
    try:
        # evalQuery, not Graph.query: rdflib's Result drops every solution whose variables are
        # all unbound (SELECT * {} has one empty row; an unmatched OPTIONAL keeps its row),
        # which Oxigraph and the spec keep. rdflib evaluates lazily, so the spec-conformant
        # aggregates stay in place while the rows are read.
        with spec_aggregates():
            answer = evalQuery(loaded.store, checked.algebra, bindings)
            if answer["type_"] == "ASK":
                return QueryResult([], [], boolean=bool(answer["askAnswer"]))
            if answer["type_"] in ("CONSTRUCT", "DESCRIBE"):
                triples, truncated = _take(iter(answer["graph"]), max_rows)
                rows = [tuple(_from_rdflib(t) for t in triple[:3]) for triple in triples]
                return QueryResult(["subject", "predicate", "object"], rows, truncated=truncated)
            variables = [str(v) for v in answer["vars_"]]
            keys = [Variable(v) for v in variables]
            solutions, truncated = _take(iter(answer["bindings"]), max_rows)
            rows = [tuple(_from_rdflib(solution.get(k)) for k in keys) for solution in solutions]
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"query failed (rdflib): {type(exc).__name__}: {exc}") from None
    return QueryResult(variables, rows, truncated=truncated)


def _run_oxigraph(loaded: LoadedGraph, text: str, bound: dict[str, _Bound],
                  max_rows: int | None) -> QueryResult:
    import pyoxigraph as ox

    # Oxigraph's SEP-0007 substitutions take term objects; NamedNode validates the IRI and
    # Literal holds any string as data, so nothing a user types can change the query.
    substitutions = {ox.Variable(name): ox.NamedNode(b.value) if b.kind == "uri"
                     else ox.Literal(b.value) for name, b in bound.items()}
    try:
        answer = loaded.store.query(text, substitutions=substitutions or None,
                                    use_default_graph_as_union=loaded.quads)
    except SyntaxError as exc:
        raise _oxigraph_syntax_error(exc, text) from None
    except Exception as exc:
        raise QueryError(f"query failed (oxigraph): {exc}") from None
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult([], [], boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            triples, truncated = _take(answer, max_rows)
            rows = [(_from_oxigraph(t.subject), _from_oxigraph(t.predicate),
                     _from_oxigraph(t.object)) for t in triples]
            return QueryResult(["subject", "predicate", "object"], rows, truncated=truncated)
        variables = [v.value for v in answer.variables]
        solutions, truncated = _take(answer, max_rows)
        rows = [tuple(_from_oxigraph(solution[i]) for i in range(len(variables)))
                for solution in solutions]
    except Exception as exc:
        raise QueryError(f"query failed (oxigraph): {exc}") from None
    return QueryResult(variables, rows, truncated=truncated)


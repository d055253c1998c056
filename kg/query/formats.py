"""Write query results as W3C SPARQL 1.1 CSV, TSV and JSON, as RDF, or as a terminal table for CJK text.

Every format is safe to show or open: control characters are escaped (see kg.safetext), and CSV
defuses cells a spreadsheet would run as formulas unless exact W3C CSV is asked for.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

from kg.graph.terms import NAMESPACES, TURTLE_PREFIXES
from kg.query.engine import QueryResult, Term
from kg.rdfio import FORMATS as RDF_FILE_FORMATS, curie, write_text
from kg.safetext import escape_controls, spreadsheet_cell, visible

__all__ = ["FORMATS", "RDF_FORMATS", "SUFFIX_FORMATS", "display_width", "format_for_output", "render",
           "to_csv", "to_json", "to_rdf", "to_table", "to_tsv", "write_csv_results"]

# The result formats, then the RDF formats that only CONSTRUCT and DESCRIBE answers (triples) have.
RDF_FORMATS = ("ttl", "nt", "jsonld")
FORMATS = ("table", "csv", "tsv", "json", *RDF_FORMATS)

# What `kg query -o FILE` writes when --format is not given; any other suffix gets the table.
SUFFIX_FORMATS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json",
                  ".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld"}


def format_for_output(path: str | Path) -> str:
    """The format `kg query -o path` writes by default: from the suffix, else the text table."""
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "table")

# The header of ASK results in CSV/TSV, which the W3C formats do not define; the name is the
# one Jena and others use, so tools that read their output read ours.
ASK_COLUMN = "_askResult"


def _csv_cell(term: Term | None) -> str:
    # SPARQL 1.1 CSV: IRIs and literals as bare strings (no datatype, no language), blank
    # nodes as _:label, unbound as an empty field.
    if term is None:
        return ""
    if term.kind == "bnode":
        return f"_:{term.value}"
    return term.value


def _spreadsheet_safe(cell: str) -> str:
    return spreadsheet_cell(visible(cell))


def to_csv(result: QueryResult, exact: bool = False) -> str:
    """SPARQL 1.1 Query Results CSV: RFC 4180, CRLF line ends, fields quoted when needed.

    Unless `exact`, the CSV is made safe to open in a spreadsheet: a cell that would start a formula
    (=, +, -, @, tab, CR, e.g. =HYPERLINK(...)) begins with an apostrophe, and control characters
    are written visibly as \x1b. `exact` writes every value as it is, as the W3C format says.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if result.boolean is not None:
        writer.writerow([ASK_COLUMN])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    cell = _csv_cell if exact else lambda term: _spreadsheet_safe(_csv_cell(term))
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([cell(t) for t in row])
    return buffer.getvalue()


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ?var headers, terms in N-Triples form, LF line ends."""
    if result.boolean is not None:
        return f"?{ASK_COLUMN}\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    # Term.n3 escapes tab, CR and LF inside literals, so a row stays one line.
    # Other control characters are written as \uXXXX escapes, which N-Triples reads back as the
    # same character, so the TSV stays exact and safe on a terminal.
    lines += ["\t".join("" if t is None else escape_controls(t.n3()) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Term) -> dict[str, str]:
    if term.kind == "uri":
        return {"type": "uri", "value": term.value}
    if term.kind == "bnode":
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype:
        out["datatype"] = term.datatype
    return out


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON: {"head": {"vars": [...]}, "results": {"bindings": [...]}}."""
    if result.boolean is not None:
        document: dict = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                    for row in result.rows]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    # json.dumps escapes C0 controls itself; C1 controls and bidi overrides get the same \uXXXX form.
    return escape_controls(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


# ---------------------------------------------------------------- terminal table

def char_width(char: str) -> int:
    """Terminal columns one character takes: 2 for East Asian Wide/Fullwidth, 0 for marks."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal columns `text` takes (汉字 count 2, ASCII 1)."""
    return sum(char_width(c) for c in text)


def _truncate(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    out, used = [], 0
    for char in text:
        width = char_width(char)
        if used + width > limit - 1:  # keep one column for the ellipsis
            break
        out.append(char)
        used += width
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _table_cell(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        return visible(curie(term.value), keep_layout=False)  # short IRIs read better: id:region/610900
    if term.kind == "bnode":
        return f"_:{visible(term.value, keep_layout=False)}"
    # One table row per result row: line breaks and tabs inside a literal become spaces.
    text = " ".join(term.value.split()) if any(c in term.value for c in "\n\r\t") else term.value
    return visible(text, keep_layout=False)


def to_table(result: QueryResult, max_width: int = 40) -> str:
    """A plain-text table whose columns line up for Chinese text; long cells end in …."""
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    header = [visible(v, keep_layout=False) for v in result.variables]
    body = [[_truncate(_table_cell(t), max_width) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body])
              for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _ox_term(term: Term):
    import pyoxigraph as ox

    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)


def to_rdf(result: QueryResult, fmt: str) -> str:
    """A CONSTRUCT or DESCRIBE answer as Turtle, N-Triples or JSON-LD, triples in a stable order."""
    import pyoxigraph as ox

    triples = sorted({tuple(t.n3() for t in row): row for row in result.rows}.items())
    graph = [ox.Triple(*(_ox_term(t) for t in row)) for _, row in triples]
    iris = {t.value for _, row in triples for t in row if t.kind == "uri"}
    iris |= {t.datatype for _, row in triples for t in row if t.datatype}
    # kg.ttl's own prefixes (region:610900 reads better than id:region\/610900), then the others.
    prefixes = {p: ns for p, ns in {**TURTLE_PREFIXES, **NAMESPACES}.items() if any(iri.startswith(ns) for iri in iris)}
    prefixes = prefixes if fmt == "ttl" else None  # the only one of the three that abbreviates
    text = ox.serialize(graph, format=RDF_FILE_FORMATS[f".{fmt}"].ox(), prefixes=prefixes)
    return escape_controls(text.decode("utf-8"))


def render(result: QueryResult, fmt: str, exact_csv: bool = False) -> str:
    """The result in one of FORMATS (the RDF ones for CONSTRUCT and DESCRIBE answers only)."""
    if fmt == "table":
        return to_table(result)
    if fmt == "csv":
        return to_csv(result, exact=exact_csv)
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "json":
        return to_json(result)
    if fmt in RDF_FORMATS:
        return to_rdf(result, fmt)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_csv_results(result: QueryResult, path: Path | str, exact: bool = False) -> Path:
    """Write `result` as SPARQL 1.1 CSV (UTF-8) to `path` atomically, creating its folder.

    Spreadsheet-safe unless `exact` (see to_csv)."""
    return write_text(path, to_csv(result, exact=exact))

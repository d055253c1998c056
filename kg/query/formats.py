"""Write query results as W3C SPARQL 1.1 CSV, TSV and JSON, or as a terminal table for CJK text."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

from kg.graph.terms import NAMESPACES as PREFIXES
from kg.query.engine import QueryResult, Term

__all__ = ["FORMATS", "render", "to_csv", "to_tsv", "to_json", "to_table", "display_width",
           "write_csv_results"]

FORMATS = ("table", "csv", "tsv", "json")

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


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: RFC 4180, CRLF line ends, fields quoted when needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if result.boolean is not None:
        writer.writerow([ASK_COLUMN])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_cell(t) for t in row])
    return buffer.getvalue()


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ?var headers, terms in N-Triples form, LF line ends."""
    if result.boolean is not None:
        return f"?{ASK_COLUMN}\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    # Term.n3 escapes tab, CR and LF inside literals, so a row stays one line.
    lines += ["\t".join("" if t is None else t.n3() for t in row) for row in result.rows]
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
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


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


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def _table_cell(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        for prefix, namespace in _BY_LENGTH:  # short IRIs read better: id:region/610900
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    # One table row per result row: line breaks and tabs inside a literal become spaces.
    return " ".join(term.value.split()) if any(c in term.value for c in "\n\r\t") else term.value


def to_table(result: QueryResult, max_width: int = 40) -> str:
    """A plain-text table whose columns line up for Chinese text; long cells end in …."""
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    body = [[_truncate(_table_cell(t), max_width) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body])
              for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def render(result: QueryResult, fmt: str) -> str:
    """The result in one of FORMATS."""
    if fmt == "table":
        return to_table(result)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "json":
        return to_json(result)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_csv_results(result: QueryResult, path: Path | str) -> Path:
    """Write `result` as SPARQL 1.1 CSV (UTF-8) to `path`, creating its folder."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # newline="" : the CSV text already carries its CRLF line ends.
    with open(target, "w", encoding="utf-8", newline="") as handle:
        handle.write(to_csv(result))
    return target

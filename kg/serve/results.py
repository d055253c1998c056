"""Pick a result format from the Accept header and write a QueryResult in it (W3C SPARQL and RDF media types)."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from kg.query.engine import QueryResult, Term
from kg.query.formats import render

__all__ = ["TABLE_TYPES", "GRAPH_TYPES", "FORMAT_NAMES", "negotiate", "serialize", "to_xml"]

# media type -> writer name, in the order offered when the client accepts anything.
TABLE_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
}
# Aliases clients send; answered with the canonical type above.
_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
}
# ?format=NAME, for links and tools that cannot set Accept (a browser's download link, R):
# the names kg query --format uses, and the long ones SPARQLWrapper sends.
FORMAT_NAMES = {name: media for media, name in {**TABLE_TYPES, **GRAPH_TYPES}.items()}
FORMAT_NAMES.update({"turtle": "text/turtle", "ntriples": "application/n-triples",
                     "n-triples": "application/n-triples", "json-ld": "application/ld+json"})


def _accepted(header: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header, best first (stable for equal q)."""
    ranges = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranges.append((position, media, quality))
    ranges.sort(key=lambda r: (-r[2], r[0]))
    return [(media, quality) for _, media, quality in ranges]


def negotiate(accept: str | None, graph_result: bool, format_name: str | None = None) -> str | None:
    """The media type to answer with, or None when nothing the client accepts fits (406).

    `graph_result` is true for CONSTRUCT and DESCRIBE (RDF), false for SELECT and ASK.
    """
    offered = GRAPH_TYPES if graph_result else TABLE_TYPES
    if format_name:
        media = FORMAT_NAMES.get(format_name.lower())
        return media if media in offered else None
    if not accept or not accept.strip():
        return next(iter(offered))
    for media, _ in _accepted(accept):
        media = _ALIASES.get(media, media)
        if media in offered:
            return media
        if media == "*/*":
            return next(iter(offered))
        if media.endswith("/*"):
            family = media[:-1]
            for candidate in offered:
                if candidate.startswith(family):
                    return candidate
    return None


def serialize(result: QueryResult, media: str) -> bytes:
    """The result written in `media` (one of TABLE_TYPES or GRAPH_TYPES), UTF-8."""
    writer = TABLE_TYPES.get(media) or GRAPH_TYPES[media]
    # XML is the one format the endpoint offers that kg query does not.
    return (to_xml(result) if writer == "xml" else render(result, writer)).encode("utf-8")


def _xml_text(text: str) -> str:
    # XML 1.0 cannot hold most control characters even escaped: show them as U+FFFD.
    cleaned = "".join(c if c in "\t\n\r" or (" " <= c and c not in "\ufffe\uffff") else "\ufffd"
                      for c in text)
    return escape(cleaned)


def _xml_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<uri>{_xml_text(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    attributes = ""
    if term.lang:
        attributes = f" xml:lang={quoteattr(term.lang)}"
    elif term.datatype:
        attributes = f" datatype={quoteattr(term.datatype)}"
    return f"<literal{attributes}>{_xml_text(term.value)}</literal>"


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format (second edition)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.boolean is not None:
        lines += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        lines.append("  <head>")
        lines += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
        lines += ["  </head>", "  <results>"]
        for row in result.rows:
            lines.append("    <result>")
            lines += [f"      <binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                      for v, t in zip(result.variables, row) if t is not None]
            lines.append("    </result>")
        lines.append("  </results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"

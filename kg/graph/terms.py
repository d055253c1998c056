"""Turtle term encoding and IRI minting: every node and literal the writer emits passes through here."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from urllib.parse import urlsplit

ONTOLOGY = "https://w3id.org/laowu-kg/ontology#"
INSTANCES = "https://w3id.org/laowu-kg/id/"

# Every namespace the project writes or queries, as plain strings so that writing Turtle and
# parsing a query need not import rdflib. Insertion order is the order of PREFIX lines in SPARQL.
NAMESPACES: dict[str, str] = {
    "lw": ONTOLOGY,
    "id": INSTANCES,
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
    "qb": "http://purl.org/linked-data/cube#",
    "schema": "https://schema.org/",
}

# Instance IRIs live under one namespace per kind; each kind gets its own Turtle prefix
# so that `region:610900` reads well (a "/" is not allowed unescaped in a prefixed name).
KINDS = ("article", "region", "brand", "brand-destination", "program", "flow", "observation")

# Prefixes of the written Turtle, in the order they are written.
TURTLE_PREFIXES: dict[str, str] = {
    "lw": ONTOLOGY,
    "id": INSTANCES,
    **{kind: f"{INSTANCES}{kind}/" for kind in KINDS},
    **{p: NAMESPACES[p] for p in ("rdf", "rdfs", "xsd", "skos", "dcterms", "prov", "schema")},
}


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hex key for an entity named by `parts`."""
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def node(kind: str, key: str) -> str:
    """The prefixed name of an instance; `key` must be made of [0-9a-f] or digits."""
    if kind not in KINDS:
        raise ValueError(f"unknown instance kind {kind!r}")
    if not (key.isascii() and key.isalnum()):
        raise ValueError(f"instance key must be ASCII alphanumeric, got {key!r}")
    return f"{kind}:{key}"


def hashed_node(kind: str, *parts: str) -> str:
    """node(kind, digest(*parts)): a digest is hex, so only the kind needs checking."""
    if kind not in KINDS:
        raise ValueError(f"unknown instance kind {kind!r}")
    return f"{kind}:{digest(*parts)}"


def lw(local: str) -> str:
    return f"lw:{local}"


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# Everything that cannot stand raw in a Turtle string: quotes, backslashes, control characters
# (legal only escaped; raw they trip some parsers), line separators, lone surrogates from
# undecodable file names (not encodable as UTF-8) and non-characters.
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]')


def _escape_char(match: re.Match) -> str:
    ch = match.group()
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if 0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff":
        return "\ufffd"
    return f"\\u{ord(ch):04X}"


def _escape(text: str) -> str:
    # Almost every string needs no escape: one regex scan, no per-character Python loop.
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def text(value: str, lang: str | None = "zh") -> str:
    """A string literal, language-tagged unless `lang` is None."""
    quoted = f'"{_escape(value)}"'
    return f"{quoted}@{lang}" if lang else quoted


def integer(value: int) -> str:
    return str(int(value))


def decimal(value: Decimal) -> str:
    """An xsd:decimal literal in canonical plain notation (no exponent, no trailing zeros)."""
    normalized = value.normalize()
    plain = format(normalized, "f")
    return f'"{plain}"^^xsd:decimal'


# What may not stand raw in a Turtle IRIREF (or, for controls and separators, in any IRI): written as
# %XX of its UTF-8 bytes, which names the same resource.
_IRI_FORBIDDEN = re.compile('[\x00-\x20<>"{}|^`\\\\\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]')


def _percent(match: re.Match) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8", "replace"))


def web_link(url: str) -> str | None:
    """An absolute http(s) address as a Turtle IRI term, or None for anything else (relative, javascript:, ...)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return f"<{_IRI_FORBIDDEN.sub(_percent, url)}>"


def boolean(value: bool) -> str:
    return "true" if value else "false"


def gyear(year: int) -> str:
    return f'"{int(year):04d}"^^xsd:gYear'


def date(value: str) -> str:
    """An xsd:date for YYYY-MM-DD, an xsd:gYear for YYYY."""
    if len(value) == 4:
        return gyear(int(value))
    return f'"{_escape(value)}"^^xsd:date'

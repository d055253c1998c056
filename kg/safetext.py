"""Untrusted text made safe to show: control characters escaped visibly, spreadsheet formulas defused."""
from __future__ import annotations

import re

__all__ = ["escape_controls", "spreadsheet_cell", "visible"]

# Characters a terminal or a viewer acts on instead of showing: C0 controls (ESC starts the
# sequences that retitle a window or clear the screen), DEL, C1 controls (U+009B is a one-byte
# CSI), and the bidirectional embeddings, overrides and isolates that make text display in an
# order other than the one it is stored in. Tab and line feed are the only C0 characters let
# through, and only where the caller says its format allows them.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_OR_LAYOUT = re.compile(f"[{_CONTROLS}\t\n]")


def _backslash(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep_layout: bool = True) -> str:
    """`text` for a terminal: each unsafe character written as \\x1b or \\u202e, so the reader sees it
    is there and nothing acts on it. Tab and line feed pass unless `keep_layout` is false."""
    pattern = _UNSAFE if keep_layout else _UNSAFE_OR_LAYOUT
    return pattern.sub(_backslash, text) if pattern.search(text) else text


def _uchar(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04X}"


def escape_controls(text: str) -> str:
    """`text` (already in N-Triples, Turtle or JSON syntax) with every unsafe character left written
    as the \\uXXXX escape those syntaxes define: a reader of the file gets the same string back."""
    return _UNSAFE.sub(_uchar, text) if _UNSAFE.search(text) else text


# A plain number may begin with + or -: a spreadsheet reads it as the number it is, not a formula.
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """A CSV cell a spreadsheet will show as text: one that would start a formula (=, +, -, @, tab, CR)
    gets a leading apostrophe, as OWASP's CSV-injection advice says; plain numbers are left alone."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text

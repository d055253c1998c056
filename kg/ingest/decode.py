"""Bytes to str: pick the encoding of a Chinese text file without ever guessing silently."""
from __future__ import annotations

import codecs
import re

from kg.text.chars import CJK_BMP
from kg.text.script import common_chars


class IngestError(Exception):
    """An input file that cannot become a Document; `reason` says why in words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


UNDECODABLE = "cannot decode: not UTF-8, GB18030, Big5 or UTF-16"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# Big5 as Python's strict codec knows it, then the vendor supersets that add a few hundred
# characters real Big5 files use (Microsoft cp950, Hong Kong HKSCS).
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
_ODD_RE = re.compile(
    "[\u3040-\u30ff\u3100-\u312f\uac00-\ud7af\ue000-\uf8ff\u2500-\u257f\u0370-\u03ff\u0400-\u04ff]"
)
_CJK_RE = re.compile(f"[{CJK_BMP}]")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausibility(text: str) -> tuple[int, float]:
    """(score, share): common CJK characters, less three for every character of an odd script.

    A wrong double-byte reading lands in the symbol rows (kana, Greek, Cyrillic, box drawing),
    the private-use areas, or rare level-2 characters; a right one is mostly 常用字.
    """
    common = common_chars()
    hits = sum(1 for c in text if c in common)
    odd = len(_ODD_RE.findall(text))
    cjk = len(_CJK_RE.findall(text)) + odd
    return hits - 3 * odd, (hits / cjk if cjk else 1.0)


def _charset_normalizer_verdict(data: bytes, candidates: list[str]) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144], cp_isolation=candidates).best()
    return best.encoding if best is not None else None


def _looks_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: NULs only on one byte parity (the high byte of ASCII characters)."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd and not even:
        encoding = "utf-16-le"
    elif even and not odd:
        encoding = "utf-16-be"
    else:
        return None
    text = _strict(data, encoding)
    if text is None or re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text):
        return None
    # Any even-length run of bytes with NULs in one column "decodes"; text also reads as text.
    ascii_share = len(re.findall("[\t\n\r -~]", text)) / len(text)
    if not _CJK_RE.search(text) and ascii_share < 0.9:
        return None
    return encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; returns (text, encoding) or raises IngestError."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise IngestError(f"cannot decode: invalid {name.upper()} after its byte-order mark")
            return text.lstrip("\ufeff"), name
    if b"\x00" in data:
        utf16 = _looks_utf16(data)
        if utf16:
            return data.decode(utf16), utf16
        raise IngestError("binary file (NUL bytes)")
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"

    viable: dict[str, str] = {}
    gb = _strict(data, "gb18030")
    if gb is not None:
        viable["gb18030"] = gb
    for codec in _BIG5_FAMILY:
        big5 = _strict(data, codec)
        if big5 is not None:
            viable[codec] = big5
            break
    if not viable:
        return _lenient(data)
    if len(viable) == 1:
        (encoding, text), = viable.items()
    else:
        scores = {enc: _plausibility(t) for enc, t in viable.items()}
        ranked = sorted(viable, key=lambda enc: (-scores[enc][0], enc))
        first, second = ranked
        margin = scores[first][0] - scores[second][0]
        if margin * 50 < max(1, len(viable[first])):
            # Within 2 % of the text: too close to call on common characters alone. A few
            # dozen bytes are too few for charset-normalizer too; mainland GB is then likelier.
            verdict = _charset_normalizer_verdict(data, ranked) if len(data) >= 64 else "gb18030"
            if verdict in viable:
                first = verdict
        encoding, text = first, viable[first]
    _, share = _plausibility(text)
    if share < 0.5:
        # It decodes, but not into Chinese anyone writes (Shift_JIS, Latin-1, ...).
        raise IngestError(UNDECODABLE)
    return text, encoding


def _lenient(data: bytes) -> tuple[str, str]:
    """No encoding decodes cleanly: accept the best one if only a handful of bytes are bad.

    A file cut off in the middle of a character, or with one damaged byte, should still build;
    the replacement characters it gets are marked unreliable by normalize.
    """
    allowed = max(2, len(data) // 2000)
    best: tuple[int, str, str] | None = None
    for encoding in ("utf-8", "gb18030", "big5"):
        text = data.decode(encoding, errors="replace")
        errors = text.count("\ufffd")
        if errors <= allowed and (best is None or errors < best[0]):
            best = (errors, encoding, text)
    if best is None:
        raise IngestError(UNDECODABLE)
    _, encoding, text = best
    if _plausibility(text)[1] < 0.5:
        raise IngestError(UNDECODABLE)
    return text, encoding

"""Which characters are Chinese: the ranges of the Unicode CJK blocks, as strings for regex classes."""
from __future__ import annotations

import re

__all__ = ["CJK", "CJK_BMP", "CJK_RE", "HAN", "HAN_RE"]

# The CJK Unified Ideographs block (U+4E00–U+9FFF): every character of simplified and traditional news text
# after normalisation; what the extractors mean by "a Chinese character" inside their patterns.
HAN = "\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")
# The blocks of ideographs in the Basic Multilingual Plane (Extension A, Unified, Compatibility): what a
# double-byte encoding (GBK, Big5) can produce, so what weighs one decoding of raw bytes against another.
CJK_BMP = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Every block of ideographs (those and the supplementary planes): what decides whether raw text is Chinese at
# all, before normalisation has folded rare forms.
CJK = CJK_BMP + "\U00020000-\U0002fa1f"
CJK_RE = re.compile(f"[{CJK}]")

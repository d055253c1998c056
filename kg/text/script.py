"""Which script a text is in: traditional to simplified (OpenCC), and the common characters of both standards."""
from __future__ import annotations

import re
import threading
from functools import lru_cache

__all__ = ["common_chars", "t2s"]

_converter = None
_converter_lock = threading.Lock()


def _opencc():
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return _converter


# OpenCC keeps 著 everywhere, but simplified writes the aspect particle and the zhuó/zháo readings 着 (載著 -> 载着,
# 帶著, 隨著, 著力); 著 stays only where it reads zhù, in the words of that reading in the 现代汉语词典 (著名, 著作,
# 著称, 显著, 土著, 名著, 编著 …), which the two lookarounds keep.
_ZHE = re.compile(r"(?<![显卓昭土原名编巨论专合遗撰译新拙所])著(?![名作称述录书者文有])")


def t2s(text: str) -> str:
    """Traditional to simplified with the one OpenCC converter of this process."""
    # OpenCC keeps 锺 where a phrase of its table holds 鍾 (萬鍾: 10萬鍾祥人 -> 10万锺祥人). The 通用规范汉字表
    # keeps 锺 for surnames only and no place name is written with it, so it goes back to 钟.
    if not text:
        return text
    if _may_change(text):
        text = _opencc().convert(text)
    text = text.replace("锺", "钟")
    return _ZHE.sub("着", text) if "著" in text else text


def _may_change(text: str) -> bool:
    """Whether OpenCC could change `text`: most news is simplified already and comes back unchanged, and one
    search is several times cheaper than a conversion."""
    table = _changes()
    if table is None:
        return True
    pattern, phrases = table
    for found in pattern.finditer(text):
        group = phrases.get(found.group())
        if group is None:  # a character t2s changes
            return True
        at = found.start()
        if any(text.startswith(phrase, at - offset) for phrase, offset in group if at >= offset):
            return True
    return False


@lru_cache(maxsize=1)
def _changes() -> tuple[re.Pattern, dict[str, tuple[tuple[str, int], ...]]] | None:
    """What t2s can change (kg/data/opencc_t2s_changes.txt, made from OpenCC's own dictionaries).

    A pattern of its characters in the Basic Multilingual Plane, every character beyond it and lone surrogates
    (all sent to OpenCC), and the characters its phrases change (覆 of 回覆 -> 回复, a character that alone
    stays); and those phrases by that character, with where it stands in them. None when the installed opencc
    is not the version the table was made from: every text is converted."""
    from importlib.resources import files

    import opencc

    table = files("kg").joinpath("data", "opencc_t2s_changes.txt").read_text(encoding="utf-8")
    made_with, *entries = [line for line in table.splitlines() if line and not line.startswith("#")]
    if made_with != f"opencc {getattr(opencc, '__version__', '')}":
        return None
    chars = "".join(entry for entry in entries if len(entry) == 1 and entry < "\U00010000")
    phrases: dict[str, list[tuple[str, int]]] = {}
    for entry in entries:
        if "\t" in entry:
            phrase, witness = entry.split("\t")
            phrases.setdefault(witness, []).append((phrase, phrase.index(witness)))
    pattern = re.compile(f"[{re.escape(chars + ''.join(phrases))}\ud800-\udfff\U00010000-\U0010ffff]")
    return pattern, {witness: tuple(group) for witness, group in phrases.items()}


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """The 常用字 of two standards: GB 2312 level 1 (3755) and Big5 level 1 (5401).

    Used to judge whether a stretch of characters reads as ordinary Chinese; mis-decoded
    byte pairs land in level 2, the symbol rows or user-defined areas far more often.
    """
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for hi in range(0xA4, 0xC7):
        for lo in trails:
            if hi == 0xC6 and lo > 0x7E:
                break
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)

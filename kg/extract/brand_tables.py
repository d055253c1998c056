"""Brands listed in a table of a notice: a header row that names a brand-name column, then one row a brand."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.brand_levels import LEVEL_RE, LEVEL_WORDS
from kg.model import Article

# The header cell of the names' column: 品牌名称, 劳务品牌名称, 劳务品牌, 品牌 (as 人社 notices print their lists).
_NAME_HEADER = re.compile(r"^(?:劳务)?品牌(?:名称)?$")
# Cells are set apart by spaces (full-width ones are folded to plain by normalising), tabs or bars.
_CELL_SPLIT = re.compile(r"[ \t]+|\s*[|｜]\s*")
ROW_MAX = 120  # a table row is short; a longer line is prose
CAPTION_LINES = 3  # lines above the header that may caption the table (第三批自治区特色劳务品牌名单)
# A list's scope written before its brands without 级: 自治区特色劳务品牌, 全省第二批劳务品牌, 国家劳务品牌.
_SCOPE_LEVEL = re.compile(r"(全国|国家|全省|省|自治区|全区|全市|市|州)(?:第[一二三四五六七八九十\d]{1,3}批|首批)?"
                          r"(?:特色|知名|优秀|示范)?劳务品牌")
_SCOPES = {"全国": "national", "国家": "national", "全省": "provincial", "省": "provincial", "自治区": "provincial",
           "全区": "provincial", "全市": "municipal", "市": "municipal", "州": "municipal"}


@dataclass(frozen=True)
class TableRow:
    """A row's brand-name cell (start, end in the article text), the level of the list, and the span of the row's
    other cells after the name (the unit that declared the brand: 申报单位 A市B县)."""

    start: int
    end: int
    name: str
    level: str | None
    rest: tuple[int, int]


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of each cell."""
    cells, pos = [], 0
    for sep in _CELL_SPLIT.finditer(line):
        if sep.start() > pos:
            cells.append((pos, line[pos:sep.start()]))
        pos = sep.end()
    if pos < len(line):
        cells.append((pos, line[pos:]))
    return cells


def _caption_level(lines: list[tuple[int, str]], header: int) -> str | None:
    """The level of the list that the lines just above the table's header name, if any."""
    captions = [line for _, line in lines[max(0, header - CAPTION_LINES):header] if line.strip()]
    for line in reversed(captions):
        if (found := LEVEL_RE.search(line)) is not None and "劳务品牌" in line[found.end():]:
            return LEVEL_WORDS[found.group()]
        if (scope := _SCOPE_LEVEL.search(line)) is not None:
            return _SCOPES[scope.group(1)]
    return None


def table_brand_cells(article: Article) -> list[TableRow]:
    """Each cell under a brand-name header, row by row until the table ends (a line with another number of cells,
    or prose), with the level its caption gives the list. The caller decides which cells are names."""
    text = article.text
    if "品牌" not in text:
        return []
    out: list[TableRow] = []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        start, line = lines[index]
        index += 1
        if "品牌" not in line or len(line) > ROW_MAX:
            continue  # no header: its name cell says 品牌 (most lines are prose, done without splitting them)
        header = _cells(line.strip())
        columns = [i for i, (_, cell) in enumerate(header) if _NAME_HEADER.match(cell)]
        if len(header) < 2 or len(columns) != 1:
            continue
        column, width = columns[0], len(header)
        level = _caption_level(lines, index - 1)
        while index < len(lines):
            row_start, row = lines[index]
            cells = _cells(row.strip()) if len(row) <= ROW_MAX and "。" not in row else []
            if len(cells) != width:
                break
            lead = len(row) - len(row.lstrip())
            at, cell = cells[column]
            start = row_start + lead + at
            out.append(TableRow(start, start + len(cell), cell, level, (start + len(cell), row_start + len(row))))
            index += 1
    return out

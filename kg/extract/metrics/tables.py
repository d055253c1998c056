"""The figures of a notice's table: whose a row's figure is (its region's cell) and what it counts (its column's header)."""
from __future__ import annotations

from dataclasses import dataclass

# (cells are split as the brands' and the flows' table readers split them: one reading of a notice's table)
from kg.extract.brand_tables import _NAME_HEADER, ROW_MAX, _cells
from kg.extract.flows.tables import _FROM_HEADER
from kg.model import Article, RegionAnalysis

_ROW_SEPARATORS = (" ", "\t", "|", "｜")


@dataclass(frozen=True)
class TableRow:
    """A row under a header that names whose each row is (申报地区, 所在县区): its region, and for each cell (its start
    in the row's sentence) the words that say what a figure in it counts (the row's brand and the column's header)."""

    region: str
    indicators: tuple[tuple[int, int, str], ...]  # (start, end, indicator) of each cell, in the sentence

    def indicator_at(self, at: int) -> str | None:
        return next((words for start, end, words in self.indicators if start <= at < end), None)


def table_rows(article: Article, regions: RegionAnalysis) -> dict[int, TableRow]:
    """The rows of the article's tables, by where their sentence starts (序号 品牌名称 申报地区 … 从业人数: the
    从业人数 of a row is its region's brand's). Empty for an article without such a header (nearly all)."""
    if "申报" not in article.text and "所在" not in article.text and "所属" not in article.text \
            and "推荐" not in article.text:
        return {}
    out: dict[int, TableRow] = {}
    header: list[str] | None = None
    origin_at = name_at = -1
    for sentence in article.sentences:
        text = sentence.text
        if len(text) > ROW_MAX or not any(sep in text for sep in _ROW_SEPARATORS):
            header = None  # prose ends the table
            continue
        cells = _cells(text)
        if header is None or len(cells) != len(header):
            names = [cell for _, cell in cells]
            origin_at = next((i for i, cell in enumerate(names) if _FROM_HEADER.match(cell)), -1)
            header = names if origin_at >= 0 else None
            name_at = next((i for i, cell in enumerate(names) if _NAME_HEADER.match(cell)), -1) if header else -1
            continue
        start, cell = cells[origin_at]
        places = regions.mentions_between(sentence.start + start, sentence.start + start + len(cell))
        if not places or any(b.start != a.end for a, b in zip(places, places[1:])):
            continue  # (none, or a list of several units: no one region owns the row)
        # (a chain, 某市某县, stands for its last and most specific place)
        brand = cells[name_at][1] if name_at >= 0 else ""
        indicators = tuple((s, s + len(c), brand + header[i]) for i, (s, c) in enumerate(cells))
        out[sentence.start] = TableRow(places[-1].code, indicators)
    return out


"""Flows in a notice's table: a header row that names the rows' region and where their workers go, one row a unit."""
from __future__ import annotations

import re

# (a row is split into cells as the brands' table reader splits it: one reading of a notice's table)
from kg.extract.brand_tables import _cells
from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.flows.places import can_flow, contains_region
from kg.extract.flows.record import RawFlow
from kg.text.gate import gated


# Notices of 人社 departments list labour brands or counties in tables: 序号 品牌名称 申报地区 主要输出（服务）地 从业人数.
# The header cell of where the workers go (主要输出地, 输出（服务）地, 务工地, 主要去向), and of whose row it is
# (申报地区, 所在县区, 申报单位).
_TO_HEADER = re.compile(r"^(?:主要)?(?:(?:输出|输入|服务|务工|就业|输转|转移)(?:[（(][^）)]{1,4}[）)])?"
                        r"(?:地|地区|城市|省市)|去向|目的地|流向)$")
_FROM_HEADER = re.compile(r"^(?:申报|所属|所在|推荐)(?:地区|单位|县区|县|市州|地市|地)$")
# (gated: searched through every article, where it is seldom found)
_HEADER_CUE = gated(r"(?:输出|输入|服务|务工|就业|输转|转移)(?:[（(][^）)]{1,4}[）)])?(?:地|城市|省市)|去向|目的地|流向")
ROW_MAX = 120  # a table row is short; a longer line is prose


def table_flows(article: Article, regions: RegionAnalysis) -> dict[int, list[RawFlow]]:
    """The flows of each table row, by the index of its sentence: from the row's region (its most specific place)
    to each place in its destinations' cell. The table's figures (从业人数) count a brand's whole workforce, no
    move: the flows carry no count."""
    if not _HEADER_CUE.search(article.text):
        return {}  # (most articles: no such header anywhere)
    out: dict[int, list[RawFlow]] = {}
    columns: tuple[int, int, int] | None = None  # (cells per row, origin column, destination column)
    for index, sentence in enumerate(article.sentences):
        text = sentence.text
        if len(text) > ROW_MAX or (" " not in text and "\t" not in text and "|" not in text and "｜" not in text):
            columns = None  # prose ends the table
            continue
        cells = _cells(text)
        if columns is None or len(cells) != columns[0]:
            columns = _header(cells)
            continue
        raws = _row_flows(regions, sentence, cells, columns[1], columns[2])
        if raws:
            out[index] = raws
    return out


def _header(cells: list[tuple[int, str]]) -> tuple[int, int, int] | None:
    origin = next((i for i, (_, cell) in enumerate(cells) if _FROM_HEADER.match(cell)), None)
    destination = next((i for i, (_, cell) in enumerate(cells) if _TO_HEADER.match(cell)), None)
    return None if origin is None or destination is None else (len(cells), origin, destination)


def _row_flows(regions: RegionAnalysis, sentence: Sentence, cells: list[tuple[int, str]], origin_at: int,
               destination_at: int) -> list[RawFlow]:
    base = sentence.start
    origins = _most_specific(_mentions_in(regions, base, cells[origin_at]))
    if len(origins) != 1:
        return []  # (a row of several units, or none: no single origin)
    origin = origins[0]
    d_start, d_text = cells[destination_at]
    raws = []
    for place in _most_specific(_mentions_in(regions, base, cells[destination_at])):
        if can_flow(origin, place) and all(raw.destination != place for raw in raws):
            raws.append(RawFlow(origin, place, sentence, base + d_start, base + d_start + len(d_text), None, False,
                                kind="base", shared=True))
    return raws


def _mentions_in(regions: RegionAnalysis, base: int, cell: tuple[int, str]) -> tuple[RegionMention, ...]:
    start, text = cell
    return regions.mentions_between(base + start, base + start + len(text))


def _most_specific(mentions: tuple[RegionMention, ...]) -> list[str]:
    """The places of a cell, a chain (哈尔滨市巴彦县, 辽宁大连) standing for its last, most specific place."""
    out: list[str] = []
    for i, m in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following is not None and following.start == m.end and contains_region(m.code, following.code):
            continue
        out.append(m.code)
    return out

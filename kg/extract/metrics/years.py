"""The year of a figure: time words (2023年, 去年, 今年以来, 一季度 …) read in order through the paragraph."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from kg.extract.numbers import Quantity
from kg.extract.metrics.clauses import clause_stops

_CN_NUM = "一二三四五六七八九十两几"
_YEAR_MARK = re.compile(
    # The lookahead lets the scan skip, in one step, every position that cannot start a marker. Within a run of
    # digits only 19/20 can start one (a month, 1季度 or 10年来 wants no digit before it): the second lookahead
    # passes over the rest of every figure without trying each marker there.
    rf"(?=[12十“\"近多历往每0-9{_CN_NUM}数今截止目至如当眼现去上下前同已正春元])(?!(?<=[0-9])(?!19|20)[0-9])"
    r"(?:(?P<range>(?:19|20)\d{2})年?\s?[至到\-—~～－]\s?(?:19|20)\d{2}年"
    r"|(?P<since>(?:19|20)\d{2})年(?:以来|来|起|开始)"
    r"|(?P<year>(?:19|20)\d{2})年(?:度)?"
    r"|(?P<period>[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期|以来|末|初)|近年来|近几年|近些年|多年来|历年|往年|每年"
    rf"|(?<![0-9])[0-9]{{1,2}}年来|[{_CN_NUM}多数]{{1,3}}年来|近[{_CN_NUM}0-9]{{1,2}}年)"
    r"|(?P<now>今年(?![0-9一二三四五六七八九十]{1,3}岁)(?:以来|来)?|截至目前|截止目前|止目前|截至今|目前|至今|如今|当前|眼下|现有|正在)"
    r"|(?P<last>去年|上年|上一年)|(?P<before_last>前年)|(?P<same>当年|同年|当月)"
    r"|(?P<weak>已经|已(?=[\u4e00-\u9fff]))"
    rf"|(?P<date>(?<![0-9个每])(?:[0-9]{{1,2}}|[{_CN_NUM}]{{1,2}})月(?:份|[0-9]{{1,2}}[日号]|[上中下]旬|初|底)?|正月|春节|春运|元旦"
    # Parts of a year said without it (一季度, 上半年, 前三季度) are in the year last named, else the article's.
    r"|(?<![0-9])[一二三四1-4]季度|前[两二三]季度|[上下]半年))"
)

# A line of a table of figures: a short label, a colon, the figure (- 城镇新增就业：6218人).
# A row of a Markdown or text table (| 农村劳动力转移就业 | 21.3万人 |) is such a line too, and a figure may
# be hedged (实现劳务收入：约420亿元).
TABLE_LINE = re.compile(r"^[\s\-*•·+|｜]{0,4}[\u4e00-\u9fff（）()“”、]{2,24}\s{0,3}(?:[：:|｜\t]|\s{2})\s{0,3}"
                         r"(?:约|逾|近|超过|超|共|达|计|合计|累计)?[0-9０-９一二三四五六七八九十两]")

class _Marker(NamedTuple):
    start: int
    end: int
    kind: str
    value: int | None  # for explicit years
# A time after 较/比 (较去年同期增加, 比前年增加) or inside 与…相比 is the baseline of a comparison, not the
# time of the figure: it neither dates the figure nor changes the year in force.
_BASELINE_BEFORE = ("较", "比", "相较", "相比", "对比", "相对")
_BASELINE_AROUND = re.compile(r"[与和跟同]$")
_BASELINE_AFTER = re.compile(r"[^，,；;。！？!?]{0,16}?(?:相比|相较|比较)")  # (与去年同期的1.48万人相比: the figure inside)
# What the marker must follow for either test to hold ($ also matches before a final newline).
_BASELINE_LAST = frozenset("较比对与和跟同\n")


def _is_baseline(text: str, m: re.Match) -> bool:
    if not m.start() or text[m.start() - 1] not in _BASELINE_LAST:
        return False
    head = text[max(0, m.start() - 2):m.start()]
    if head.endswith(_BASELINE_BEFORE):
        return True
    return bool(_BASELINE_AROUND.search(head)) and bool(_BASELINE_AFTER.match(text, m.end()))


SPAN_KINDS = ("period", "range")  # 每年, 近年来, 2019—2023年: many years, no year in force


def year_markers(text: str) -> list[_Marker]:
    out = []
    for m in _YEAR_MARK.finditer(text):
        if m.start() and text[m.start() - 1] in _BASELINE_LAST and _is_baseline(text, m):  # (its first test, inline)
            continue
        kind = m.lastgroup or ""
        value = int(m.group(kind)[:4]) if kind in ("year", "since", "range") else None
        if kind == "now" and m.group().startswith("今年"):
            kind = "this_year"  # names the year, as 2024年 does: a bare month or quarter after it is in it
        out.append(_Marker(m.start(), m.end(), kind, value))
    return out


def _resolve(marker: _Marker, state: int | None, last_dated: int | None, article_year: int | None,
             same_sentence: bool) -> tuple[int | None, int | None]:
    """(year in force, last named year) after reading one marker."""
    kind = marker.kind
    if kind == "year":
        return marker.value, marker.value
    if kind == "since":
        # X年以来 reports a running total: a single year only when X is the article's own year.
        return (marker.value if marker.value == article_year else None), last_dated
    if kind in ("range", "period"):
        return None, last_dated
    if kind == "now":
        return article_year, last_dated
    if kind == "this_year":
        return article_year, article_year  # 去年…。今年一季度…: the quarter is of the year just named
    if kind == "last":
        y = article_year - 1 if article_year else None
        return y, y
    if kind == "before_last":
        y = article_year - 2 if article_year else None
        return y, y
    if kind == "same":
        return last_dated, last_dated
    if kind == "weak":
        return (state if same_sentence and state is not None else article_year), last_dated
    if kind == "date":
        # A month or festival without a year is in the year last named, else in the article's year.
        return (last_dated if last_dated is not None else article_year), last_dated
    return state, last_dated


def present_after(q: Quantity, text: str, markers: list[_Marker]) -> bool:
    """A present-tense marker (正在, 目前) after the figure in its own clause, and no time word before it."""
    if any(m.end <= q.number_start for m in markers):
        return False
    stops = clause_stops(text)
    i = bisect_left(stops, q.end)
    end = stops[i] if i < len(stops) else len(text)
    return any(m.kind in ("now", "this_year") and q.end <= m.start < end for m in markers)


CAPTION_MARKS = frozenset("—:：")  # (the letter right after a figure that a caption's dash or colon starts with)
_CAPTION_DASH = re.compile(r"\s*(?:——|—|：|:)\s*")


def caption_year(q: Quantity, text: str, markers: list[_Marker], last_dated: int | None,
                 article_year: int | None) -> int | None:
    """The year a caption opens with, of the figure before its dash that no time word precedes
    (▲ 3万人——去年全县外出务工人员): the caption says when as it says what; None where it does not."""
    for marker in markers:
        if marker.end <= q.number_start:
            return None
        if marker.start >= q.end:
            if marker.kind in SPAN_KINDS or marker.kind == "weak":
                return None
            dash = _CAPTION_DASH.match(text, q.end, marker.start)
            if dash is None or dash.end() != marker.start or dash.end() == q.end:
                return None
            return _resolve(marker, None, last_dated, article_year, False)[0]
    return None


def headline_year(title: str | None, article_year: int | None) -> int | None:
    """The one year a headline names, when it is the article's own or the one before (a year's report comes out
    early the next year); None where the headline names none, several, or a span or a year further off."""
    if not title or article_year is None or "年" not in title:
        return None
    markers = year_markers(title)
    if any(m.kind in SPAN_KINDS or m.kind == "since" for m in markers):
        return None  # (2019—2023年, 2021年以来: many years)
    named = {m.value for m in markers if m.kind == "year"}
    year = named.pop() if len(named) == 1 else None
    return year if year is not None and article_year - 1 <= year <= article_year else None


def year_for(pos: int, markers: list[_Marker], state: int | None, last_dated: int | None,
              article_year: int | None) -> int | None:
    seen = False
    for marker in markers:
        if marker.end > pos:
            break
        state, last_dated = _resolve(marker, state, last_dated, article_year, seen)
        seen = True
    return state


def year_after(markers: list[_Marker], state: int | None, last_dated: int | None,
                article_year: int | None) -> tuple[int | None, int | None]:
    seen = False
    for marker in markers:
        state, last_dated = _resolve(marker, state, last_dated, article_year, seen)
        seen = True
    return state, last_dated

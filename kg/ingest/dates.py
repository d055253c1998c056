"""Dates: parse the forms metadata writes them in, and infer an article's year from its text."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from email.utils import parsedate_tz

from kg.text.numerals import FULLWIDTH_DIGITS_ONLY

_HAN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}

_YMD_RE = re.compile(r"(?<!\d)(\d{4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_YEAR_ONLY_RE = re.compile(r"^\s*(\d{4})\s*(?:年|$)")
# 23-01-31, 23/1/31 17:18: a page's date with the century left out (this century: news pages are younger).
_SHORT_YMD_RE = re.compile(r"^(\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?:\s{1,4}\d{1,2}:\d{2}(?::\d{2})?)?$")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DMY_NAME_RE = re.compile(r"(?<!\d)(\d{1,2})\s{0,3}([A-Za-z]{3})[a-z]{0,6}\.?,?\s{0,3}(\d{4})")
_MDY_NAME_RE = re.compile(r"([A-Za-z]{3})[a-z]{0,6}\.?\s{0,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{0,3}(\d{4})")

MIN_YEAR, MAX_YEAR = 1949, 2099


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: object) -> str | None:
    """"2022-03-08 10:03:38 +0800", "Fri, 11 Feb 2022 11:06:56 GMT", "2022年3月8日" -> "YYYY-MM-DD".

    The calendar date is taken as written, without converting time zones: a page that says
    "11 Feb 2022 23:00 GMT" is dated the 11th, as its reader saw it. A bare year gives "YYYY".
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, (str, int)):
        return None
    text = str(value).strip().strip("'\"").translate(FULLWIDTH_DIGITS_ONLY)[:200]
    if not text:
        return None
    m = _YMD_RE.search(text)
    if m:
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    parsed = parsedate_tz(text)
    if parsed:
        return _ymd(parsed[0], parsed[1], parsed[2])
    for pattern, order in ((_DMY_NAME_RE, "dmy"), (_MDY_NAME_RE, "mdy")):
        m = pattern.search(text)
        if m:
            day, name, year = (m[1], m[2], m[3]) if order == "dmy" else (m[2], m[1], m[3])
            month = _MONTHS.get(name.lower())
            if month:
                return _ymd(int(year), month, int(day))
    m = _COMPACT_RE.search(text)
    if m:
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    m = _YEAR_ONLY_RE.match(text)
    if m and MIN_YEAR <= int(m[1]) <= MAX_YEAR:
        return m[1]
    m = _SHORT_YMD_RE.match(text)
    if m:
        return _ymd(2000 + int(m[1]), int(m[3]), int(m[4]))
    return None


# --- the article's year, read off the body --------------------------------------------------------
#
# Heuristic, in this order:
#  1. 今年 with one year in the same sentence ("今年2月，张北县2025年“春风行动”…") names the year;
#     on a tie the earlier year wins.
#  2. 去年 (as a time, not a comparison such as 比去年 / 去年同期) within three sentences after a
#     mention of the latest year Y the text dates anything to ("2019年首届“铜仁班”… 去年9月…来到
#     苏州"): the text looks back one year to Y, so it was written in Y+1.
#  3. Otherwise the latest year mentioned: news reports what has happened, so nothing it dates
#     as past lies after the year of writing.
# Years in targets (到2025年, 预计2030年) are ignored: they lie ahead of the writer.

_YEAR_RE = re.compile(r"(?<![0-9])(1949|19[5-9][0-9]|20[0-9]{2})(?=\s?年)|([〇零○一二三四五六七八九]{4})(?=年)")
_TARGET_BEFORE = ("到", "预计", "預計", "力争", "力爭", "争取", "爭取", "计划", "計劃", "将于", "將於", "目标", "目標", "有望")
_COMPARE_BEFORE = ("比", "较", "較", "与", "與", "同", "超过", "超過", "自", "从", "從")
_COMPARE_AFTER = ("同期", "以来", "以來", "起", "全年")
# A year that names an edition of something (2023年某市第二批…, 2024年度第三届…) dates that edition, even after
# 到 as a verb of motion (大巴车开到2024年某县首批返岗人员的村口): a deadline year is followed by 底, 末, a clause, a
# verb. (预计, 将于 and the like keep a year ahead whatever follows it: 预计2025年首批… is a plan.)
# (the edition's owner, if named, is a place: 某县, 某市; 到2025年底全县将建成第三批… stays a deadline)
_EDITION_AFTER = re.compile(r"度?(?:(?![全本该我])[\u4e00-\u9fff]{1,5}?[省市县区州旗盟])?"
                            r"(?:第[一二三四五六七八九十0-9]{1,3}[批届期次]|首批|首届)")
_SENTENCE_SPLIT_RE = re.compile(r"[^。！？；!?\n]+[。！？；!?]*|\n")


# Years inside a title (《…（2024—2026年）》), brackets or a range name a document or a plan's span, which
# may run past the year of writing; they are no evidence of it. Bounded, unnested spans keep the scan linear.
_QUOTED_SPAN_RE = re.compile(r"《[^《》\n]{0,80}》|[（(][^（()）\n]{0,40}[)）]")
_RANGE_RE = re.compile(r"(?:19|20)[0-9]{2}\s?年?\s?[-—–~～－至到]{1,2}\s?(?:19|20)[0-9]{2}\s?年?")
# 今年 as an age (今年45岁) says nothing about the year.
_THIS_YEAR_RE = re.compile(r"今年(?![0-9一二三四五六七八九十]{1,3}(?:周)?岁)")


def _hidden(sentence: str) -> bytearray:
    """1 at every offset inside a title, brackets or a range of years."""
    mask = bytearray(len(sentence) + 1)
    for pattern in (_QUOTED_SPAN_RE, _RANGE_RE):
        for m in pattern.finditer(sentence):
            mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def _year_mentions(sentence: str) -> list[tuple[int, int, bool]]:
    """(offset, year, is_comparison) for each usable year in the sentence; targets, titles and ranges dropped."""
    found = []
    # Most sentences name no year (every mention is followed by 年): skip the mask for them.
    years = list(_YEAR_RE.finditer(sentence)) if "年" in sentence else ()
    if not years:
        return found
    hidden = _hidden(sentence)
    for m in years:
        if hidden[m.start()]:
            continue
        text = m[1] or "".join(_HAN_DIGITS[c] for c in m[2])
        year = int(text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            continue
        before = sentence[max(0, m.start() - 3) : m.start()]
        after = sentence[m.end() + 1 : m.end() + 3]
        if before.endswith(_TARGET_BEFORE) and not (before.endswith("到") and _EDITION_AFTER.match(sentence, m.end() + 1)):
            continue
        compare = before.endswith(_COMPARE_BEFORE) or after.startswith(_COMPARE_AFTER)
        found.append((m.start(), year, compare))
    return found


def _last_year_mentions(sentence: str) -> list[int]:
    if "去年" not in sentence:
        return []
    return [m.start() for m in re.finditer("去年", sentence)
            if not sentence[max(0, m.start() - 2) : m.start()].endswith(_COMPARE_BEFORE + ("于", "於"))
            and not sentence[m.end() : m.end() + 2].startswith(("同期", "全年", "以来", "以來"))]


# 0. A dateline (发布时间：2023-06-15, 發佈時間：…, 日期: 2024/3/8) anywhere in the text is the date of
#    writing, whatever label spelling the page furniture missed.
_DATELINE_RE = re.compile(
    r"(?:[时時][间間]|日期)\s{0,2}[：:]\s{0,3}((?:19|20)[0-9]{2})\s{0,2}[-/.年]\s{0,2}([0-9]{1,2})\s{0,2}[-/.月]"
    r"\s{0,2}([0-9]{1,2})(?![0-9])")


def infer_year(body: str) -> int | None:
    """The year the article was most probably written in, from its text alone (see above)."""
    for m in _DATELINE_RE.finditer(body[:200_000]):
        if _ymd(int(m[1]), int(m[2]), int(m[3])) and MIN_YEAR <= int(m[1]) <= MAX_YEAR:
            return int(m[1])
    sentences = [s for s in _SENTENCE_SPLIT_RE.findall(body[:200_000])]
    mentions = [_year_mentions(s) for s in sentences]
    all_years = [y for ms in mentions for _, y, _ in ms]
    if not all_years:
        return None
    latest = max(all_years)

    this_year: Counter = Counter()
    for sentence, ms in zip(sentences, mentions):
        if _THIS_YEAR_RE.search(sentence):
            years = {y for _, y, compare in ms if not compare}
            if len(years) == 1:
                this_year[years.pop()] += 1
    if this_year:
        # A tie goes to the earlier year: a later year next to 今年 is a plan's (今年将落实2025年…), while
        # the year before would have been written 去年.
        return min(this_year, key=lambda y: (-this_year[y], y))

    paragraph = 0
    paragraph_of = []
    for sentence in sentences:
        paragraph_of.append(paragraph)
        if sentence == "\n":
            paragraph += 1
    for i, sentence in enumerate(sentences):
        for offset in _last_year_mentions(sentence):
            window = [(j, m) for j in range(max(0, i - 3), i + 1) if paragraph_of[j] == paragraph_of[i]
                      for m in mentions[j] if j < i or m[0] < offset]
            if window and window[-1][1][1] == latest:
                return latest + 1
    return latest

"""The indicators of the parts of a figure: 其中 parts of the figure before, 分别 items, a place's share."""
from __future__ import annotations

import re

from kg.extract.numbers import Quantity
from kg.model import RegionMention
from kg.extract.metrics.clauses import LEAD_WORDS, NATIVE, clause_start_of

# 向宁波输送劳动力: the destination of the whole, replaced by the part's own place
_TOWARDS_PLACE = re.compile(r"(?:向|赴|到|往)[\u4e00-\u9fff]{1,8}?(?=输送|输出|转移|输转|务工|就业)")


def part_after_among(before: str, q: Quantity, text: str, previous: tuple[int, str],
                     mentions: list[RegionMention]) -> str | None:
    """累计培训2800人，其中脱贫人口1200人: a part named right after 其中 is the whole's words, 中, its own name
    (累计培训中脱贫人口); the next part (其中省外3万人，省内2万人) shares the whole."""
    if not _PART_NAME.fullmatch(before) or _ACTS.search(before):
        return None
    among = _among_at(text, q.start)
    if among < 0:
        return None
    if previous[0] <= among:
        whole = without_leading_places(previous[1].split("同比")[0], mentions)
        if 1 < len(whole) <= _WHOLE_MAX and before not in whole and not _QUOTE_OR_PART.search(whole):
            return whole + "中" + before
        return None
    if "中" in previous[1]:
        return previous[1].rpartition("中")[0] + "中" + before
    return None


def part_at_place(places: str, whole: str, mentions: list[RegionMention]) -> str:
    """输送劳动力3000人，其中宁波1200人: the part of the figure before that went to the place named."""
    return places + _TOWARDS_PLACE.sub("", without_leading_places(whole.split("同比")[0], mentions))


# The whole's words must be a name, not a list of quoted names nor a part already (省级…中市级)
_WHOLE_MAX = 12
_QUOTE_OR_PART = re.compile(r"[“”\"「」]|中")
_PART_MAX = 6  # 其中脱贫人口, 其中女性, 其中省外: the name of a part; longer, the clause says more than that
# Words that make the part a statement of its own (其中省外转移就业3万人, 其中在江苏务工的6万人)
_ACTS = re.compile(r"转移|输出|输转|输送|就业|务工|培训|创业|吸纳|带动|实现|在|发放|建成|新增|开办|创办|兴办|开设"
                   r"|从事|参加|参与|获得|取得")
_PART_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,{_PART_MAX}}}")


def _among_at(text: str, at: int) -> int:
    """Where the 其中 that the figure's clause opens with stands (其中女性4.5万人; 其中，省外3万人), else -1: a
    figure before it is the whole, one after it (其中省级2个、市级3个) a sibling part."""
    found = text.rfind("其中", 0, at)
    if found < 0:
        return -1
    between = text[found + 2:at].lstrip("，, ")  # (其中，省外…: the comma after 其中 opens its clause)
    if any(stop in between for stop in "；;。") or between.count("，") + between.count(",") > 1:
        return -1
    return found


def without_leading_places(words: str, mentions: list[RegionMention]) -> str:
    """The words without the place names they open with (某县输出劳动力 -> 输出劳动力; 某县籍 stays)."""
    stripped = True
    while stripped and words:
        stripped = False
        for m in mentions:
            if words.startswith(m.surface) and len(words) > len(m.surface) + 1 \
                    and not words.startswith(NATIVE, len(m.surface)):
                words, stripped = words[len(m.surface):], True
                break
    return words


# 培训月嫂、护工、厨师分别为1200人、900人、600人: the i-th figure after 分别 counts the i-th item of the list
# before it; a verb at the head of the list (培训) is every item's.
_ITEM_JOIN = re.compile(r"、|以及|和|及|与")
_LIST_HEAD_VERB = re.compile(r"^(?:培训|输出|输送|转移|吸纳|带动|组织|招聘|招收|发放|建成|新建|新增|培育|打造|认定|开办|创办)")
_SHARED_HEAD = re.compile(r"(?:外出|转移|农村)?(?:务工人员|从业人员|人员|劳动力|劳务品牌|品牌|企业|车间|基地|群众|工作站"
                          r"|服务站|合作社)")
_QUALIFIER_MAX = 4  # 省外, 国家级, 男性: items that short qualify a noun written once, after the last
_RESPECTIVE_LINK = re.compile(r"分别(?:为|是|有|达到|达|占)?")


def respective_items(text: str, figures: list[Quantity], mentions: list[RegionMention], offset: int) -> dict[int, str]:
    """{figure start: indicator} for a list of things and 分别 with as many figures of one unit; nothing when
    the list is of places (their figures are read by owners.respectively) or the counts differ."""
    at = text.find("分别")
    start = clause_start_of(text, at)
    run = [q for q in figures if q.start > at and clause_start_of(text, q.start) == start]
    if len(run) < 2 or len({q.unit for q in run}) > 1:
        return {}
    if any(start <= m.start - offset < at for m in mentions if not text.startswith(NATIVE, m.end - offset)):
        return {}
    head = LEAD_WORDS.sub("", text[start:at], count=1).strip(" “”\"")
    items = [item.strip(" “”\"") for item in _ITEM_JOIN.split(head)]
    if len(items) != len(run) or not all(items) or any(len(item) > _PART_MAX * 2 for item in items):
        return {}
    verb = _LIST_HEAD_VERB.match(items[0])
    prefix = verb.group() if verb and len(items[0]) > verb.end() else ""
    if prefix:
        items[0] = items[0][len(prefix):]
    size = len(items[-2])  # the last item is as long as the one before it (国家级、省级、市级劳务品牌)
    shared = items[-1][size:]
    if all(len(item) <= _QUALIFIER_MAX for item in items[:-1]) and _SHARED_HEAD.fullmatch(shared):
        # 省外、省内务工人员: the noun after the last qualifier is every item's (电焊工、家政服务员 name two)
        items = [item + shared for item in items[:-1]] + [items[-1]]
    link = _RESPECTIVE_LINK.match(text, at)
    acted = text[link.end():run[0].start] if link else ""
    acted = acted if _PART_NAME.fullmatch(acted) else ""
    return {q.start: prefix + item + acted for q, item in zip(run, items)}

"""Lists of places in a sentence (新疆、江苏), and which of them are destinations."""
from __future__ import annotations

import re

from kg.model import RegionMention
from kg.extract.flows.places import contains_region
from kg.extract.flows.cues import kind_around, kind_at
from kg.extract.flows.list_forms import NUMBER


# What may stand between two places of a list: a mark or a word alone, maybe with a line break after it (the set
# of the gaps that ^(?:、|，|,|和|及|与|以及)$ matched).
_LIST_SEPS = frozenset(sep + end for sep in ("、", "，", ",", "和", "及", "与", "以及") for end in ("", "\n"))
# 苏州工业园区、昆山、常熟 (厦门火炬高新区、泉州): an item may be a zone of its place (no region of its own), the
# list going on after it
_ZONE_THEN_SEP = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:工业园区|工业园|高新区|高新技术产业开发区|经济技术开发区|经济开发区|开发区|新区|产业园区|"
                            r"产业园|保税区)(?:、|，|,|和|及|以及)$")
ZONE_GAP_LONGEST = 16  # a short name, 高新技术产业开发区 and its list mark
# 输送到广东1.1万人、福建5000人: places enumerated each with its count, after one verb; the item after the
# first count carries on the first place's kind.
_COUNTED_ITEM_GAP = re.compile(rf"^(?:务工|就业|打工|从业|工作)?(?:的)?(?:有|达)?(?:约|近|超|逾)?{NUMBER}(?:人|名)[、,，]$")
COUNTED_ITEM_WINDOW = 20  # a work word, a count of up to a dozen characters, its unit and the list mark


def place_lists(mentions: list[RegionMention], text: str, base: int) -> list[tuple[list[RegionMention], int]]:
    """Runs of mentions joined by list separators (新疆、江苏; 西安、上海), each with the offset (relative to
    `text`) where the run's first place chain starts: 江苏省苏州市 and 广东东莞 keep the inner place, but the
    verb before them is read before the province (开往广东东莞、佛山)."""
    if len(mentions) == 1:
        return [([mentions[0]], mentions[0].start - base)]  # one place, one list (most sentences with a place)
    groups: list[tuple[list[RegionMention], int]] = []
    ties: list[tuple[int, int, int]] = []  # (group index, member index, chain start) of members joined by 与/同/和/跟
    ends: dict[int, int] = {}  # where the mentions starting at an offset end, to walk a chain (江苏苏州)
    for m in mentions:
        ends[m.start] = max(m.end, ends.get(m.start, m.end))
    for m in mentions:
        if groups:
            group, start = groups[-1]
            prev = group[-1]
            gap = text[prev.end - base:m.start - base]
            if gap in ("", "的") and contains_region(prev.code, m.code):
                # 江苏省苏州市, 深圳市龙岗区: the more specific place (来自山东的临沂、枣庄等地: written with 的 too)
                group[-1] = m
                continue
            if gap == "" and len(prev.surface) == 1 and len(m.surface) == 1:
                group.append(m)  # 进京沪, 赴苏浙: two one-character forms written together are a list of two
                continue
            if gap in _LIST_SEPS and not (gap in "，," and not _comma_continues(m, ends, text, base)):
                # (以及 and a newline at the most)
                if gap in _TIE_WORDS:
                    ties.append((len(groups) - 1, len(group), m.start - base))
                group.append(m)
                continue
            if len(gap) <= ZONE_GAP_LONGEST and gap[-1:] in "、，,和及" and _ZONE_THEN_SEP.match(gap):
                group.append(m)  # (the zone item stands for its place, already in the list)
                continue
        groups.append(([m], m.start - base))
    return _split_ties(groups, ties, text, base) if ties else groups


_TIE_WORDS = ("与", "同", "和", "跟")  # (和/跟 tie only where the list after them is a partner)
# after a comma, the place (chain) opens a clause of its own unless the clause goes on listing places: another list
# mark, 等/两省, or the clause's end (遍布A、B，C、D等地 goes on; 遍布A、B，C客商来考察 / C籍务工人员 start anew)
_LIST_GOES_ON = re.compile(r"(?:[、，,；;。！？!?\n和及与]|以及|等|[两三四五六七八九十几多]个?[省市县区州地国])")


def _comma_continues(m: RegionMention, ends: dict[int, int], text: str, base: int) -> bool:
    """Whether the place `m` after a comma goes on with the list before the comma (see _LIST_GOES_ON)."""
    end = m.end
    while end in ends and ends[end] > end:  # 江苏苏州: the chain's last place ends the item
        end = ends[end]
    if end - base >= len(text):
        return True
    if not _LIST_GOES_ON.match(text, end - base):
        return False
    # 开往A，B县、C县N名工人登车: a list after the comma that names whose workers they are starts anew
    last = end
    while text[last - base:last - base + 1] in ("、", "和", "及") and (last + 1) in ends:
        last = ends[last + 1]
        while last in ends and ends[last] > last:
            last = ends[last]
    return not _PEOPLE_OF_LIST.match(text, last - base)


# 籍, a count of people or the workers' noun right after a list (B县、C县逾2600名拾棉工; B县、C县的务工人员)
_PEOPLE_OF_LIST = re.compile(rf"籍|的?(?:约|近|逾|超过|超)?{NUMBER}名|"
                             r"的?(?:务工人员|农民工|劳动力|务工者|工人|员工|劳务人员)")


def _split_ties(groups: list[tuple[list[RegionMention], int]], ties: list[tuple[int, int, int]], text: str,
                base: int) -> list[tuple[list[RegionMention], int]]:
    """A县与B市建立劳务协作关系: 与 there ties the county to its partner, it does not list two places."""
    for g_index, member, chain_start in reversed(ties):  # from the right, so earlier indexes hold
        group, start = groups[g_index]
        rel_end = group[-1].end - base
        if kind_around(text, chain_start, rel_end) == "partner":
            groups[g_index:g_index + 1] = [(group[:member], start), (group[member:], chain_start)]
    return groups


def carry_counted_items(groups: list[tuple[list[RegionMention], int]], kinds: list[str | None], text: str,
                        base: int) -> list[str | None]:
    """`kinds` with each place of an enumeration of counted places (A N人、B M人) given the kind of the first."""
    for i in range(1, len(groups)):
        if kinds[i] is None and kinds[i - 1] in _COUNTED_KINDS:
            gap_start, gap_end = groups[i - 1][0][-1].end - base, groups[i][1]
            if gap_end - gap_start <= COUNTED_ITEM_WINDOW and _COUNTED_ITEM_GAP.match(text[gap_start:gap_end]):
                kinds[i] = kinds[i - 1]
    return kinds


_COUNTED_KINDS = ("move", "place", "stock")


def group_kinds(groups: list[tuple[list[RegionMention], int]], text: str, base: int) -> list[str | None]:
    """The kind of each list of a sentence (see cues.kind_at), enumerations of counted places carried on."""
    kinds = [kind_at(text, chain_start, group[-1].end - base) for group, chain_start in groups]
    return carry_counted_items(groups, kinds, text, base) if len(groups) > 1 else kinds


def destination_ids(mentions: list[RegionMention], text: str, base: int) -> set[int]:
    """ids of the mentions a sentence names as where workers go (a list after a moving or placing word)."""
    out: set[int] = set()
    groups = place_lists(mentions, text, base)
    for (group, chain_start), kind in zip(groups, group_kinds(groups, text, base)):
        rel_end = group[-1].end - base
        if kind in ("move", "place", "base", "partner", "seen", "reach", "trade", "stock", "host", "signed"):
            out.update(id(m) for m in mentions if chain_start <= m.start - base < rel_end)
    return out

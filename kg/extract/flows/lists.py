"""Lists of places in a sentence (新疆、江苏), and which of them are destinations."""
from __future__ import annotations

import re

from kg.model import RegionMention
from kg.extract.flows.places import contains_region
from kg.extract.flows.cues import kind_around, kind_at


_LIST_SEP = re.compile(r"^(?:、|，|,|和|及|与|以及)$")


def place_lists(mentions: list[RegionMention], text: str, base: int) -> list[tuple[list[RegionMention], int]]:
    """Runs of mentions joined by list separators (新疆、江苏; 西安、上海), each with the offset (relative to
    `text`) where the run's first place chain starts: 江苏省苏州市 and 广东东莞 keep the inner place, but the
    verb before them is read before the province (开往广东东莞、佛山)."""
    groups: list[tuple[list[RegionMention], int]] = []
    ties: list[tuple[int, int, int]] = []  # (group index, member index, chain start) of members joined by 与/同
    for m in mentions:
        if groups:
            group, start = groups[-1]
            prev = group[-1]
            gap = text[prev.end - base:m.start - base]
            if gap == "" and contains_region(prev.code, m.code):
                group[-1] = m  # 江苏省苏州市, 深圳市龙岗区: the more specific place
                continue
            if gap == "" and len(prev.surface) == 1 and len(m.surface) == 1:
                group.append(m)  # 进京沪, 赴苏浙: two one-character forms written together are a list of two
                continue
            if len(gap) <= 3 and _LIST_SEP.match(gap):  # (以及 and a newline at the most)
                if gap in _TIE_WORDS:
                    ties.append((len(groups) - 1, len(group), m.start - base))
                group.append(m)
                continue
        groups.append(([m], m.start - base))
    return _split_ties(groups, ties, text, base) if ties else groups


_TIE_WORDS = ("与", "同")


def _split_ties(groups: list[tuple[list[RegionMention], int]], ties: list[tuple[int, int, int]], text: str,
                base: int) -> list[tuple[list[RegionMention], int]]:
    """A县与B市建立劳务协作关系: 与 there ties the county to its partner, it does not list two places."""
    for g_index, member, chain_start in reversed(ties):  # from the right, so earlier indexes hold
        group, start = groups[g_index]
        rel_end = group[-1].end - base
        if kind_around(text, chain_start, rel_end) == "partner":
            groups[g_index:g_index + 1] = [(group[:member], start), (group[member:], chain_start)]
    return groups


def destination_ids(mentions: list[RegionMention], text: str, base: int) -> set[int]:
    """ids of the mentions a sentence names as where workers go (a list after a moving or placing word)."""
    out: set[int] = set()
    for group, chain_start in place_lists(mentions, text, base):
        rel_end = group[-1].end - base
        if kind_at(text, chain_start, rel_end) in ("move", "place", "base", "partner", "seen", "reach", "trade",
                                                   "stock"):
            out.update(id(m) for m in mentions if chain_start <= m.start - base < rel_end)
    return out

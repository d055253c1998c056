"""How a list of places is tied to workers: the words before and after it (赴A, 在A务工, A是目的地)."""
from __future__ import annotations

from kg.extract.flows.inbound_cues import (
    ABSORB_AFTER, COUNTED_FROM_AFTER, FETCHED_AFTER, FROM_BEFORE, PICKUP_AFTER, PICKUP_GO, PICKUP_WINDOW,
    RECEIVED_BEFORE, RECEIVED_WINDOW, RECEIVE_BEFORE, RECEIVE_ENDS, WORKERS_AFTER, people_after,
)
from kg.extract.flows.list_forms import AREA_ITEM_END, AREA_ITEM_WINDOW, AREA_LAST, AREA_NAME_LONGEST
from kg.extract.flows.move_cues import (
    APPOSITION, APPOSITION_ENDS, APPOSITION_WINDOW, AREA_SENT, AREA_SENT_WINDOW, BACK_TO, BACK_TO_WORK, BUSINESS_TO,
    BUSINESS_WINDOW, DISTANCE_BEFORE, DISTANCE_WINDOW, FOR_AFTER, FOR_BEFORE, GAP_ACT, GONE_TO_ARE, GONE_TO_ENDS,
    GONE_TO_WINDOW, JOURNEY_AFTER, JOURNEY_BEFORE, MOVE_BEFORE, MOVE_ENDS, PLACE_BEFORE, PLACE_ENDS, SENT_TO,
    SENT_TO_WINDOW, SHARE_OF_AREA_AFTER, SHORT_GO, SHORT_GO_ENDS, TOWARDS_GO_AFTER, VEHICLE_AFTER, VEHICLE_TO,
    WORK_AFTER,
)
from kg.extract.flows.stock_cues import (
    AIM_AFTER, BASE_AFTER, CLAUSE_CLOSES, COUNTED_AT_AFTER, COUNT_IN_BEFORE, DESTINATION_AFTER, DESTINATION_IS,
    GATHERED_AFTER, GATHERED_ARE, GATHERED_BEFORE, HOST_AFTER, HOST_BEFORE, MOST_AT_AFTER, PARTNER_AFTER, PLAN_BEFORE, REACH_COVERS,
    REACH_VERBS, SEEN_AFTER, SEEN_WINDOW, SHARE_IN_BEFORE, SIGNED_WITH_AFTER, TOWARDS_AFTER,
)


CUE_BEFORE = 8  # the longest verb before a list with what may stand between (输送返回, 开通了至, 拟继续向)
CUE_AFTER = 24  # the list's end (等沿海城市), a short gap and the work word or predicate (务工, 是…主要目的地)


def kind_at(text: str, chain_start: int, rel_end: int) -> str | None:
    just_before = text[chain_start - 1:chain_start]  # (the character before the chain, read once for the tests below)
    if just_before in ("到", "进", "至", "在", "了") and BUSINESS_TO.search(
            text, max(0, chain_start - BUSINESS_WINDOW), chain_start):
        return "trade"
    apposition = just_before in APPOSITION_ENDS and APPOSITION.search(
        text, max(0, chain_start - APPOSITION_WINDOW), chain_start)
    if apposition:
        chain_start = apposition.start()
    elif just_before == "的" and (
            distance := DISTANCE_BEFORE.search(text, max(0, chain_start - DISTANCE_WINDOW), chain_start)):
        chain_start = distance.start()
    kind = kind_of(text[max(0, chain_start - CUE_BEFORE):chain_start], text[rel_end:rel_end + CUE_AFTER])  # kind_around
    if kind == "source" and RECEIVED_BEFORE.search(text, max(0, chain_start - RECEIVED_WINDOW), chain_start):
        return "inbound"
    if kind == "area-share":
        area = AREA_SENT.search(text, max(0, chain_start - AREA_SENT_WINDOW), chain_start)
        return "move" if area else None
    if kind is None and text[chain_start - 2:chain_start - 1] in AREA_LAST and (
            area := AREA_ITEM_END.search(text, max(0, chain_start - AREA_ITEM_WINDOW), chain_start)):
        kind = _kind_before_area(text, area.start(), rel_end)
    if kind is None and "身影" in text[rel_end:rel_end + SEEN_WINDOW] and SEEN_AFTER.match(
            text[rel_end:rel_end + SEEN_WINDOW]):
        return "seen"  # (a locative phrase that runs past the window of kind_of)
    if kind is None and text[chain_start - 1:chain_start] in ("到", "至"):
        if SENT_TO.search(text, max(0, chain_start - SENT_TO_WINDOW), chain_start):
            return "move"
    if kind is None and just_before in GONE_TO_ENDS and "的" in text[max(0, chain_start - GONE_TO_WINDOW):chain_start]:
        if GONE_TO_ARE.search(text, max(0, chain_start - GONE_TO_WINDOW), chain_start):
            return "move"
        if GATHERED_ARE.search(text, max(0, chain_start - GONE_TO_WINDOW), chain_start):
            return "base"
    return kind


def _kind_before_area(text: str, area_end: int, rel_end: int) -> str | None:
    """The kind read before the area that opens the list, trying its name from the shortest (三角 of 长三角; 苏南 is
    all in the match)."""
    for start in range(area_end, max(-1, area_end - AREA_NAME_LONGEST - 1), -1):
        kind = kind_around(text, start, rel_end)
        if kind is not None:
            return kind
    return None


def kind_around(text: str, chain_start: int, rel_end: int) -> str | None:
    """The kind read from the words just before a place chain starting at `chain_start` and just after `rel_end`."""
    return kind_of(text[max(0, chain_start - CUE_BEFORE):chain_start], text[rel_end:rel_end + CUE_AFTER])


# Every last character of `pre` that a rule of kind_of tests for (or that one of its patterns of `pre` can end on:
# 辐射 of REACH_VERBS), but the comma, tested only after 其中: before a list after any other character (a comma,
# an opening quote, the sentence's start: most lists), and without 来自 or 其中, only the rules reading `post` alone
# can find a kind (see _kind_after).
_CUE_LASTS = (PICKUP_GO | RECEIVE_ENDS | MOVE_ENDS | SHORT_GO_ENDS | PLACE_ENDS
              | frozenset("至到往在去为是启上始了中以向的与同和跟射从盖伸"))
# 与/同/和/跟A、B建立劳务协作关系: the words that take the partner of a tie (和 is a list mark too: a place before
# 和 is the origin, listed with its partner, see lists._split_ties)
_PARTNER_WITH = ("与", "同", "和", "跟")


def kind_of(pre: str, post: str) -> str | None:
    last = pre[-1:]  # a cheap test on it, or on a word in `post`, before each pattern (see MOVE_ENDS)
    if last not in _CUE_LASTS and "来自" not in pre and "其中" not in pre:
        return _kind_after(post)  # (most lists: no tie word just before them)
    if last in PICKUP_GO and "接" in post[:PICKUP_WINDOW] and PICKUP_AFTER.match(post):
        return "inbound"
    if last == "从" and "接" in post[:PICKUP_WINDOW + 4] and FETCHED_AFTER.match(post):
        return "fetched"
    if last in RECEIVE_ENDS and RECEIVE_BEFORE.search(pre) and people_after(post):
        return "inbound"  # 吸纳X籍务工人员, 吸纳X县劳动力N人, 迎来X县的N名务工人员
    if ("纳" in post or "收" in post) and ABSORB_AFTER.match(post):  # 吸纳, 接收, 接纳
        return "absorb"
    if "来自" in pre and FROM_BEFORE.search(pre):
        # (过去厂里的工人多来自A、B等地: a source of workers is never who takes them in)
        return "inbound" if WORKERS_AFTER.match(post) or COUNTED_FROM_AFTER.match(post) else "source"
    if pre.endswith(REACH_VERBS) or last in "盖伸到至了" and REACH_COVERS.search(pre):
        return "reach"
    if last in ("至", "到", "往") and VEHICLE_TO.search(pre) and VEHICLE_AFTER.match(post):
        return "move"
    if last in MOVE_ENDS and MOVE_BEFORE.search(pre) or last in SHORT_GO_ENDS and SHORT_GO.search(pre):
        return "move"
    if last in "到了" and BACK_TO.search(pre) and BACK_TO_WORK.match(post):
        return "move"
    if last in PLACE_ENDS and PLACE_BEFORE.search(pre) and (work := WORK_AFTER.match(post)) \
            and not GAP_ACT.search(work.group("gap")):
        return "place"
    if last == "在" and "籍" in post and HOST_BEFORE.search(pre) and HOST_AFTER.match(post):
        return "host"
    if last in ("到", "在", "去") and (COUNTED_AT_AFTER.match(post) or MOST_AT_AFTER.match(post)
                                     or (COUNT_IN_BEFORE.search(pre) or SHARE_IN_BEFORE.search(pre))
                                     and CLAUSE_CLOSES.match(post)):
        return "stock"
    if last in ("为", "是", "在") and DESTINATION_IS.search(pre) or \
            ("是" in post or "为" in post) and DESTINATION_AFTER.match(post):
        return "base"
    if last == "为" and FOR_BEFORE.search(pre) and FOR_AFTER.match(post):
        return "move"
    if last in "启上始了" and last and JOURNEY_BEFORE.search(pre) and JOURNEY_AFTER.match(post):
        return "move"
    if last in ("中", "，", ",") and pre.endswith(("其中", "其中，", "其中,")) and SHARE_OF_AREA_AFTER.match(post):
        return "area-share"
    if last == "以" and AIM_AFTER.match(post):
        return "aim"
    if last == "向" and TOWARDS_AFTER.match(post):
        return "base"
    if last == "向" and TOWARDS_GO_AFTER.match(post):
        return "move"
    if "的" in post and ("集" in post or "多" in post) and GATHERED_AFTER.match(post) \
            or last == "的" and GATHERED_BEFORE.search(pre):
        return "base"
    if "身影" in post and SEEN_AFTER.match(post):
        return "seen"
    if last in ("与", "同") and "签" in post and SIGNED_WITH_AFTER.match(post) and not PLAN_BEFORE.search(pre):
        return "signed"
    if last in _PARTNER_WITH and ("关系" in post or "机制" in post) and PARTNER_AFTER.match(post) \
            and not PLAN_BEFORE.search(pre):
        return "partner"
    if "劳务基地" in post and BASE_AFTER.match(post):
        return "base"
    return None


def _kind_after(post: str) -> str | None:
    """kind_of's rules that read only the words after the list, in its order (for a `pre` no other rule reads)."""
    if ("纳" in post or "收" in post) and ABSORB_AFTER.match(post):
        return "absorb"
    if ("是" in post or "为" in post) and DESTINATION_AFTER.match(post):
        return "base"
    if "的" in post and ("集" in post or "多" in post) and GATHERED_AFTER.match(post):
        return "base"
    if "身影" in post and SEEN_AFTER.match(post):
        return "seen"
    if "劳务基地" in post and BASE_AFTER.match(post):
        return "base"
    return None

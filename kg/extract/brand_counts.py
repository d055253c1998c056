"""Brand names read from headcounts: a breakdown after 其中 and a quoted group counted near 劳务品牌."""
from __future__ import annotations

import re

from kg.text.punct import quoted

# A number of people: 3万人, 8000多人, 1.2万余名, 近万人, 上万人, 数千人. The words before it belong to the count: a verb of having
# after an adverb (有, 约有, 也有, 就有), then a word of approximation or of reaching (近, 接近, 将近, 约, 达到, 超过, 逾),
# either or both (有近3万人).
_HEADCOUNT = (r"(?:(?:约|共|就|也|还|则|已|均|都)?有)?(?:接近|将近|近|大约|约为|约|达到|达|多达|超过|超出|超|逾|突破|不下)?"
              r"(?:\d+(?:\.\d+)?|[上数几]?[一二两三四五六七八九十百千万]+)[万千百]?[余多]?[万千]?[余多]?[人名]")
# 其中 opens the breakdown of the workers the clause before counted (其中包括…, 其中有…), and so do the phrases that
# turn to the detail (具体来看, 具体而言, 分开来看); the anchor must come before it.
_BREAKDOWN_START = re.compile(r"(?:其中|具体(?:来看|而言|来说|看)|分开来看|细分来看|分类来看)[，,：:]?(?:包括|包含|有)?[：:]?\s*")
# One item of the breakdown: a name (maybe quoted), then its headcount (after a colon or a dash: A：3万人; or in
# brackets: A（3万人）), up to the next separator; or, as a list laid out line by line often puts it, the headcount
# first (3万人——A, 3万人：A).
_BREAKDOWN_ITEM = re.compile(rf"[“「『]?([\u4e00-\u9fff]{{2,10}}?)[”」』]?(?:(?:[：:]|——?)?{_HEADCOUNT}|[（(]{_HEADCOUNT}[）)])"
                             r"(?=[，,、；;。]|$)|"
                             rf"{_HEADCOUNT}(?:[：:]|——?)[“「『]?([\u4e00-\u9fff]{{2,10}})[”」』]?(?=[，,、；;。]|$)")
_ITEM_SEPARATOR = re.compile(r"[，,、；;]\s*")
# A focus word opening an item singles out a part of something else (仅A县的司机就有3万人): the breakdown ended before.
_SINGLED_OUT = re.compile(r"仅|单是|光是|只是|单单|仅仅")
# A quoted group, possibly after its place and 的, then its headcount: 霍山的“茶山女工”近5000人.
_QUOTED_COUNT = re.compile(quoted(2, 12) + _HEADCOUNT)


# A group written after its place and 的, then its headcount, as one item of a run of counts (仅A县的X有3万人，
# B的Y湘军也有1.1万人): group 1 the place, group 2 the name.
_POSSESSED_COUNT = re.compile(rf"(?:^|(?<=[，,、；;：:]))(?:仅|单是|光是|其中)?([\u4e00-\u9fff]{{2,6}}?)的"
                              rf"([\u4e00-\u9fff]{{3,8}}?)(?:也|还|就|则)?{_HEADCOUNT}(?=[，,、；;。]|$)")


def possessed_counts(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, place) of every item “place的name + headcount” opening its clause; the caller decides
    which places are regions and which names are brands' (A县的的士司机 is a description)."""
    if "的" not in text:
        return []
    return [(m.start(2), m.end(2), m.group(2), m.group(1)) for m in _POSSESSED_COUNT.finditer(text)]


def opens_breakdown(text: str) -> bool:
    """The text opens with the words of a breakdown (其中，…; 具体来看，…)."""
    return _BREAKDOWN_START.match(text) is not None


def breakdown_items(text: str, anchor_end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each item of a 其中 breakdown after the anchor ending at `anchor_end`:
    劳务品牌从业人员12万人，其中，A约有3万人，B近2万人. Every item of the run must be a name with a count;
    the caller decides which names are brand names."""
    m = _BREAKDOWN_START.search(text, anchor_end)
    if m is None or re.search(r"[。！？]", text[anchor_end:m.start()]):
        return []
    items, pos = [], m.end()
    while True:
        item = _BREAKDOWN_ITEM.match(text, pos)
        name = 1 if item is not None and item.group(1) else 2
        if item is None or _SINGLED_OUT.match(item.group(name)):
            break
        items.append((item.start(name), item.end(name), item.group(name)))
        sep = _ITEM_SEPARATOR.match(text, item.end())
        if sep is None:
            break
        pos = sep.end()
    return items if len(items) >= 2 else []


def counted_quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every quoted name followed at once by a headcount: “A女工”近5000人."""
    if "”" not in text and "」" not in text and "』" not in text:  # NAME_QUOTE_CLOSE
        return []  # no quoted name: most sentences are done without the pattern
    return [(m.start(1), m.end(1), m.group(1)) for m in _QUOTED_COUNT.finditer(text)]

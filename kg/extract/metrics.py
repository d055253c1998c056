"""Quantitative statements (lw:Observation): each figure with value, unit, indicator, region and year."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.numbers import Quantity, find_quantities
from kg.model import Article, Evidence, Observation, RegionAnalysis, RegionMention, Sentence

__all__ = ["find_metrics"]

# Units whose figures are statements about a region; times, ages and lengths never are.
_METRIC_KINDS = frozenset({"count", "money", "area", "percent"})
# A small count in Chinese numerals with these counters is a slogan's structure (三个一批, 五项行动, 两个确保).
_SLOGAN_UNITS = frozenset({"个", "项", "批", "条", "种", "类"})
_PUNCT = "，,；;：:。！？!?\n"
_CLAUSE_PUNCT = frozenset(_PUNCT)
_CLAUSE_SPLIT = re.compile(r"[，,；;：:。！？!?\n]")
_HAN = re.compile(r"[\u4e00-\u9fff]")

# A footer of unrelated links ends the article body (相关文章, 相关新闻 …).
_FOOTER = re.compile(r"^\s*(?:相关文章|相关阅读|相关新闻|延伸阅读|推荐阅读|猜你喜欢|热门推荐|相关链接)\s*[：:]?\s*$")
# Short quotations are names and slogans (“暖春送福万岗万人”, “两个就业服务”平台, “一人一策”); long ones
# are speech and carry real figures, so only quotes without clause punctuation and ≤ 16 chars count.
_SHORT_QUOTE = re.compile(r"“[^“”，。；！？\n]{0,16}”|\"[^\"，。；\n]{0,16}\"|「[^「」，。\n]{0,16}」|『[^『』，。\n]{0,16}』")
# Parenthesised asides describe, they do not report (（市县共设1个主会场6个分会场同步开展）).
_PAREN = re.compile(r"[（(][^（()）\n]{0,30}[)）]")

# -- anecdotes: one person's age, wage or story is not a figure about a region --------------------------
_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?!以上|以下|及以上|至|到|-)|家住")
_PRONOUN = re.compile(r"(?<![其利排])他(?![们人乡处])|她(?!们)")  # not 其他, 利他, 他乡
_OWN_WAGE = re.compile(r"月收入|年收入|月工资|月平均工资|月薪|年薪|每个月能|每月能|一个月能")
_AGGREGATE = re.compile(r"人均|户均|总额|总计|累计|全市|全县|全区|全省|全州|发放")

# -- words around a figure that make it something other than a statement -------------------------------
_THRESHOLD_BEFORE = ("不少于", "不低于", "不超过", "不高于", "不足", "最高", "最低", "年满", "满")
_DURATION_BEFORE = ("历时", "为期", "持续", "用时", "耗时", "连续", "长达")
_TARGET = re.compile(r"确保|力争|争取|预计|目标[是为]|拟")
_EVENT_PARTS = ("主会场", "分会场")
# After 以上 a verb keeps the figure a count (1000人以上就业); a noun makes it a threshold (百户以上安置社区).
_VERB_AFTER_ABOVE = frozenset("就务参实获受转返外在来到赴")
# A number without a counter word followed by a word for people counts people (3万多贫困劳动力).
_PERSON_NOUN = re.compile(r"[^，,；;：:。！？!?、\n]{0,6}?(?:劳动力|务工人员|人员|农民工|毕业生|学生|工人|员工|群众|村民|居民|人才|人口)")

# -- years ------------------------------------------------------------------------------------------------
_CN_NUM = "一二三四五六七八九十两几"
_YEAR_MARK = re.compile(
    # The lookahead lets the scan skip, in one step, every position that cannot start a marker.
    rf"(?=[12十“\"近多历往每0-9{_CN_NUM}数今截止目至如当眼现去上前同已正春元])"
    r"(?:(?P<range>(?:19|20)\d{2})年?\s?[至到\-—~～－]\s?(?:19|20)\d{2}年"
    r"|(?P<since>(?:19|20)\d{2})年(?:以来|来|起|开始)"
    r"|(?P<year>(?:19|20)\d{2})年(?:度)?"
    r"|(?P<period>[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期|以来|末|初)|近年来|近几年|近些年|多年来|历年|往年|每年"
    rf"|(?<![0-9])[0-9]{{1,2}}年来|[{_CN_NUM}多数]{{1,3}}年来|近[{_CN_NUM}0-9]{{1,2}}年)"
    r"|(?P<now>今年(?![0-9一二三四五六七八九十]{1,3}岁)(?:以来|来)?|截至目前|截止目前|止目前|截至今|目前|至今|如今|当前|眼下|现有)"
    r"|(?P<last>去年|上年|上一年)|(?P<before_last>前年)|(?P<same>当年|同年|当月)"
    r"|(?P<weak>已经|已(?=[\u4e00-\u9fff]))"
    rf"|(?P<date>(?<![0-9个每])(?:[0-9]{{1,2}}|[{_CN_NUM}]{{1,2}})月(?:份|[0-9]{{1,2}}[日号]|[上中下]旬|初|底)?|正月|春节|春运|元旦))"
)

# -- regions ----------------------------------------------------------------------------------------------
# Words that may stand before the region that a clause is about (来自贵州铜仁市31名…, 在张北, 据悉安康…).
_LEAD = re.compile(
    r"^[\s“”\"‘’（(【]*(?:(?:来自|在|据悉|据|由|经|而|另外|此外|同时|其中|并|对|从|如今|目前|今年|去年|当年"
    r"|(?:19|20)[0-9]{2}年(?:以来)?|[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)[\s，]*){0,3}$"
)
# Words that stand for the current subject at some level (全市 → the city, 全县 → the county); only time
# words may precede them, since 在全省首发 places an event rather than naming the clause's subject.
_ANAPHORA_LEAD = re.compile(r"^[\s“”\"‘’]*(?:(?:19|20)[0-9]{2}年(?:以来)?|今年|去年|目前|如今|同时|其中|并|另外|此外)?$")
_ANAPHORA = re.compile(r"(?:全|我|本|该)(?P<level>市|州|盟|县|区|旗|省)")
_LEVEL_OF = {"市": "city", "州": "city", "盟": "city", "县": "county", "区": "county", "旗": "county", "省": "province"}
# A region right after these is where workers go, not what the sentence is about (赴苏, 到上海).
_TOWARDS = frozenset("赴到向来去往至进回返抵")

# -- indicators -------------------------------------------------------------------------------------------
_LEAD_WORDS = re.compile(
    r"^(?:[\s“”\"‘’]*(?:其中|据统计|据了解|据悉|另外|此外|同时|共计|合计|共|并|还|也|再|已经|已|累计实现|实现|完成了|完成"
    r"|全年|目前|截至目前|止目前|今年以来|今年|去年|我们|仅|就(?!业)|(?:19|20)[0-9]{2}年(?:以来)?|[全我本该][市州县区省旗])){0,4}"
)
_TRAIL_WORDS = re.compile(r"(?:(?:已经|已)?(?:扩大|增加|增长|提高|提升|下降|降低)?到了?|达到了|达到|达|为|共计|共|合计|总计|约|是|超过|了|计)+$")
_PREPOSITION = re.compile(r"^(?:为|对|给|向|帮助|协助|帮)")
_FUNCTION_ONLY = re.compile(r"^(?:为|对|给|向|帮助|协助|让|使|把|将|与|和|及|在|有|拥有|建成|建立|开发|培育|打造|吸纳|欢送|保障)$")


@dataclass
class _Clause:
    start: int  # offsets within the sentence
    end: int
    lead: str | None  # the adcode the clause opens with, if any


def find_metrics(article: Article, regions: RegionAnalysis) -> tuple[Observation, ...]:
    """One Observation per quantitative statement of the article, in order of appearance."""
    out: list[Observation] = []
    gaz = _gazetteer()
    by_paragraph: dict[int, list[Sentence]] = {}
    paragraph_order: list[int] = []
    for sentence in article.sentences:
        if sentence.paragraph not in by_paragraph:
            paragraph_order.append(sentence.paragraph)
            by_paragraph[sentence.paragraph] = []
        by_paragraph[sentence.paragraph].append(sentence)
    for paragraph in paragraph_order:
        sentences = by_paragraph[paragraph]
        if _is_footer(article, paragraph, sentences):
            break
        fallback = regions.subject_of_paragraph(paragraph)
        year_state: int | None = None  # the year in force, carried sentence to sentence
        last_dated: int | None = None  # the last year a marker named outright, for 当年 and bare dates
        carry_region: str | None = None
        for sentence in sentences:
            text = sentence.text
            mentions = _mentions_in(regions, sentence)
            clauses = _clauses(text, mentions, sentence.start, carry_region or fallback, gaz)
            lead = next((c.lead for c in clauses if c.lead), None)
            markers = _year_markers(text)
            candidates = [(q, u) for q in find_quantities(text) if (u := _metric_unit(q, text)) is not None]
            if candidates and _is_anecdote(text):
                candidates = []
            masked = _masked_spans(text) if candidates else []
            previous: tuple[int, str] | None = None  # (end of the last figure, its indicator)
            for q, unit in candidates:
                if not _is_statement(q, text, masked):
                    continue
                a_start, a_end = sentence.start + q.start, sentence.start + q.end
                if not article.is_reliable(a_start, a_end):
                    continue
                region = _region_for(q, text, clauses, mentions, sentence.start, carry_region, fallback, gaz)
                if region is None:
                    continue
                indicator = _indicator(q, text, clauses, mentions, sentence.start, masked, previous)
                previous = (q.end, indicator)
                year = _year_for(q.number_start, markers, year_state, last_dated, article.year)
                out.append(Observation(
                    region=region, value=q.value, unit=unit, indicator=indicator,
                    evidence=Evidence.of(sentence), year=year, approximate=q.approximate,
                    value_max=q.value_max,
                ))
            year_state, last_dated = _year_after(markers, year_state, last_dated, article.year)
            if lead:
                carry_region = lead
    return tuple(out)


# -- filters ------------------------------------------------------------------------------------------------

def _is_footer(article: Article, paragraph: int, sentences: list[Sentence]) -> bool:
    if 0 <= paragraph < len(article.paragraphs):
        span = article.paragraphs[paragraph]
        return bool(_FOOTER.match(article.text[span.start:span.end]))
    return bool(sentences) and bool(_FOOTER.match(sentences[0].text))


def _is_anecdote(text: str) -> bool:
    """One named person's story: an age, a singular pronoun, or a wage that is nobody's average."""
    if _AGE.search(text) or _PRONOUN.search(text):
        return True
    return bool(_OWN_WAGE.search(text)) and not _AGGREGATE.search(text)


def _masked_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SHORT_QUOTE.finditer(text)] + [m.span() for m in _PAREN.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _metric_unit(q: Quantity, text: str) -> str | None:
    if q.unit is not None:
        return q.unit if q.kind in _METRIC_KINDS else None
    if _PERSON_NOUN.match(text, q.end) and not q.chinese:
        return "人"
    return None


def _is_statement(q: Quantity, text: str, masked: list[tuple[int, int]]) -> bool:
    """False for ordinals, dates, codes, slogans, thresholds, targets, durations and asides."""
    ns = q.number_start
    before = text[ns - 1] if ns > 0 else ""
    after = text[q.end] if q.end < len(text) else ""
    raw_number = text[ns:q.end]
    if before == "第" or before in "+＋#/／-－:：.@" or (before.isascii() and before.isalnum()):
        return False
    if after in "+＋/／:-－" or (after.isascii() and after.isalpha()):
        return False
    if raw_number[:1] == "0" and raw_number[1:2].isdigit():
        return False  # codes and telephone numbers keep their leading zero
    if q.chinese and q.value == 1 and not q.bare:
        return False  # 一个缩影, 一家拉面店: an article, not a count
    if q.chinese and q.value <= 10 and q.unit in _SLOGAN_UNITS:
        return False
    if _inside(masked, q.start, q.end):
        return False
    if q.suffix == "以下":
        return False
    if q.suffix == "以上" and (after == "的" or (_HAN.match(after) and after not in _VERB_AFTER_ABOVE)):
        return False
    if q.raw.startswith("超过") and after == "的":
        return False
    head = text[max(0, q.number_start - 4):q.number_start]  # 不超过10万元: 超过 is inside the quantity
    if any(head.endswith(w) for w in _THRESHOLD_BEFORE):
        return False
    if q.unit in ("天",) and any(head.endswith(w) for w in _DURATION_BEFORE):
        return False
    if any(text.startswith(w, q.end) for w in _EVENT_PARTS):
        return False
    clause_start = _clause_start(text, q.start)
    if _TARGET.search(text, clause_start, q.start):
        return False
    if q.unit == "%" and q.value == 100 and re.match(r"[全]?覆盖|落实|完成", text[q.end:q.end + 3]):
        return False
    return True


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in _CLAUSE_PUNCT:
        i -= 1
    return i


# -- regions ------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _gazetteer():
    try:
        from kg.gazetteer import Gazetteer
        return Gazetteer.load()
    except Exception:  # the metrics still work on the paragraph subject without it
        return None


def _mentions_in(regions: RegionAnalysis, sentence: Sentence) -> list[RegionMention]:
    return sorted(regions.mentions_between(sentence.start, sentence.end), key=lambda m: (m.start, m.end))


def _lift(code: str | None, level: str, gaz) -> str | None:
    """The region at `level` that contains `code` (全市 in a county's paragraph is its city)."""
    if code is None or gaz is None:
        return code
    region = gaz.get(code)
    if region is None or region.level == level:
        return code
    for ancestor in gaz.ancestors(code):
        if ancestor.level == level:
            return ancestor.code
    return code


def _clauses(text: str, mentions: list[RegionMention], offset: int, current: str | None, gaz) -> list[_Clause]:
    """The sentence's clauses, each with the region it opens with (苏州12家… → 苏州市, 全市… → the city)."""
    clauses: list[_Clause] = []
    start = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() > start:
            clauses.append(_Clause(start, m.start(), None))
        start = m.end()
    if len(text) > start:
        clauses.append(_Clause(start, len(text), None))
    if not mentions and not _ANAPHORA.search(text):
        return clauses
    for clause in clauses:
        for k, m in enumerate(mentions):
            rel = m.start - offset
            if rel < clause.start or rel >= clause.end or rel - clause.start > 14:
                continue
            if not _LEAD.match(text[clause.start:rel]):
                break
            # The most specific of a chain written together (贵州铜仁市, 陕西省留坝县, 无锡惠山区).
            last = m
            for nxt in mentions[k + 1:]:
                if nxt.start == last.end:
                    last = nxt
                else:
                    break
            clause.lead = last.code
            break
        if clause.lead is None:
            head = text[clause.start:clause.start + 16]
            for am in _ANAPHORA.finditer(head):
                if _ANAPHORA_LEAD.match(head[:am.start()]):
                    clause.lead = _lift(current, _LEVEL_OF[am.group("level")], gaz)
                break
    return clauses


def _region_for(q: Quantity, text: str, clauses: list[_Clause], mentions: list[RegionMention], offset: int,
                carry: str | None, fallback: str | None, gaz) -> str | None:
    index = next((i for i, c in enumerate(clauses) if c.start <= q.start < c.end + 1), len(clauses) - 1)
    for clause in reversed(clauses[:index + 1]):
        if clause.lead:
            return clause.lead
    if carry:
        return carry
    # A region named before the figure and lying inside the paragraph's subject narrows it
    # (开展华亭市…活动，为3万名务工人员… in a 平凉市 paragraph), unless it is where workers go.
    if fallback and gaz is not None:
        for m in reversed(mentions):
            rel = m.start - offset
            if rel >= q.start:
                continue
            if rel > 0 and text[rel - 1] in _TOWARDS:
                continue
            if m.code != fallback and gaz.contains(fallback, m.code):
                return m.code
    return fallback


# -- indicators -----------------------------------------------------------------------------------------------

def _indicator(q: Quantity, text: str, clauses: list[_Clause], mentions: list[RegionMention], offset: int,
               masked: list[tuple[int, int]], previous: tuple[int, str] | None) -> str:
    """The short phrase that says what is counted: the words before the figure, or the noun after it."""
    seg_start = _clause_start(text, q.start)
    for i in range(q.start - 1, seg_start - 1, -1):
        if text[i] == "、" and not _inside(masked, i, i + 1):
            seg_start = i + 1
            break
    if previous is not None and previous[0] > seg_start:
        seg_start = previous[0]
    before = text[seg_start:q.start]
    # Leading region names and time words say where and when, not what.
    for m in mentions:
        rel = m.start - offset
        if seg_start <= rel and rel - seg_start <= 2 and before.startswith(m.surface, rel - seg_start):
            before = before[rel - seg_start + len(m.surface):]
            seg_start = rel + len(m.surface)
    before = _LEAD_WORDS.sub("", before, count=1).strip(" ")
    if before.startswith("等"):
        before = before[2:] if before.startswith("等地") else before[1:]  # 在东莞、长沙等地建立… after the list
    if before.rstrip("”\"").endswith("等"):
        before = ""  # “甲”、“乙”等3个品牌: the examples are not what is counted
    before = _TRAIL_WORDS.sub("", before).strip(" “”\"")
    after = ""
    if q.end < len(text) and _HAN.match(text[q.end]) is not None:
        j = q.end
        while (j < len(text) and j - q.end < 20 and not text[j].isdigit()
               and (text[j] not in _PUNCT and text[j] != "、" or _inside(masked, j, j + 1))):
            j += 1
        after = text[q.end:j]
    if not before and previous is not None and previous[0] == q.start:
        return previous[1]  # 火车票补贴34人1490元: the second figure shares the words of the first
    if not after:
        phrase = before
    elif not before or _FUNCTION_ONLY.match(before):
        # 为234名毕业生定制…: the figure counts the noun after it.
        phrase = (before if before and before not in ("为", "在", "有", "对", "给", "向") else "") + after
    elif _PREPOSITION.match(before):
        phrase = _PREPOSITION.sub("", before) + after
    else:
        phrase = before + after if len(before) + len(after) <= 24 else before
    phrase = phrase.strip(" “”\"、")
    return phrase[-30:] if phrase else (q.unit or "")


# -- years ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    kind: str
    value: int | None  # for explicit years


def _year_markers(text: str) -> list[_Marker]:
    out = []
    for m in _YEAR_MARK.finditer(text):
        kind = m.lastgroup or ""
        value = int(m.group(kind)[:4]) if kind in ("year", "since", "range") else None
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


def _year_for(pos: int, markers: list[_Marker], state: int | None, last_dated: int | None,
              article_year: int | None) -> int | None:
    seen = False
    for marker in markers:
        if marker.end > pos:
            break
        state, last_dated = _resolve(marker, state, last_dated, article_year, seen)
        seen = True
    return state


def _year_after(markers: list[_Marker], state: int | None, last_dated: int | None,
                article_year: int | None) -> tuple[int | None, int | None]:
    seen = False
    for marker in markers:
        state, last_dated = _resolve(marker, state, last_dated, article_year, seen)
        seen = True
    return state, last_dated

"""The indicator of a figure: the noun phrase that says what the figure counts."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from kg.extract.numbers import BOUND_BEFORE_YUE, Quantity
from kg.model import RegionMention
from kg.text.chars import HAN_RE
from kg.text.punct import CLAUSE_PUNCT
from kg.extract.metrics.clauses import NATIVE, Clause, any_of, clause_start_of, lead_words_end, within_spans
from kg.extract.metrics.leads import OPENING_QUOTES, list_start_index
from kg.extract.metrics.parts import part_after_among, part_at_place, without_leading_places
from kg.extract.metrics.statements import PAREN

_START = attrgetter("start")
_PHRASE_END = frozenset(CLAUSE_PUNCT + "、")  # where the noun after a figure ends
_TRAIL_WORDS = re.compile(r"(?:(?:已经|已|将)?(?:扩大|增加|增长|提高|提升|下降|降低)?到了?|达到了|达到|达|为|共计|一共|总共|共|合计|总计|已经|已"
                          r"|就有|也有|还有|共有|则有|各有|已有|已经有"
                          rf"|(?<![{''.join(sorted(BOUND_BEFORE_YUE))}])约|是|超过|突破|超|逾|近|了|计|将|的"
                          r"|(?<=[\u4e00-\u9fff]{2})在)+$")  # (年产量在8万吨左右: 在 frames the level)
# The last characters of those words: text that ends otherwise (or is empty) has none to strip.
_TRAIL_LAST = frozenset("到了达为计共约是过将破超逾近已经的有在")
_PREPOSITION = re.compile(r"^(?:为|对|给|向|帮助|协助|帮)")
_FUNCTION_ONLY = re.compile(r"^(?:为|对|给|向|帮助|协助|让|使|把|将|与|和|及|在|有|拥有|建成|建立|开发|培育|打造|吸纳|欢送|保障)$")


_FROM_WORDS = ("从", "由", "自", "向")  # (prepositions of a list of places)
# The verb right before a list of places (送往, 发往, 输送到, 赴): it says what the places counted are.
_GOVERNING_VERB = re.compile(r"[\u4e00-\u9fff]?[往到至]$|赴$")


def _places_list_start(text: str, comma: int, mentions: list[RegionMention], offset: int) -> int | None:
    """Where the list of places that the 、 at `comma` joins starts (relative to text), if it joins places."""
    k = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].end - offset == comma), None)
    if k is None:
        return None
    return mentions[list_start_index(text, mentions, k, offset)].start - offset


_SUMMED_AFTER = re.compile(r"共计|共|合计|总计")
_SHARE_IS = re.compile(r"是([\u4e00-\u9fff]{1,10})(?=[，,；;。！？!?]|$)")  # 八成是X人: which part the share is
_GROUP_SHARE_IS = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:中|里)?(?:都|均)?是([\u4e00-\u9fff]{1,10})(?=[，,；;。！？!?]|$)")
_COMPLETED_SHARE = re.compile(r"完成(?:了)?([^，,；;。！？]{1,30}?)的$")
_TASK_SET = re.compile(r"([^\W\d_的，,；;。]{0,4}任务)(?:数)?(?:为|是|定为)")
_TASK_FIGURE = re.compile(r"[\d.]+[万千百亿]?[余多]?(?:人次|人|元|个|家|户|名)?")


def indicator_of(q: Quantity, text: str, clauses: list[Clause], mentions: list[RegionMention], offset: int,
               masked: list[tuple[int, int]], previous: tuple[int, str] | None, following: int | None = None) -> str:
    """The short phrase that says what is counted: the words before the figure, or the noun after it.
    `following` is where the sentence's next figure starts: the noun after this one ends there."""
    label = _TABLE_LABEL.match(text, 0, q.start) if q.start <= _TABLE_LABEL_LONGEST else None
    if label:
        return label.group(1)  # - 城镇新增就业：6218人: the line's label names the figure
    caption = _caption(text, q, mentions) if text[q.end:q.end + 1] in _CAPTION_MARKS else ""
    if caption:
        return caption  # ▲ 5万人——全县每年外出务工的劳动力: a figure set first, its caption after the dash
    clause_start = clause_start_of(text, q.start)  # where the figure's clause starts: read by several rules below
    if q.unit == "%" and (done := _COMPLETED_SHARE.search(text, clause_start, q.start)):
        # 完成年任务5万人的104%, 完成省下达任务的98%: a share of a task done is the task's completion rate
        return _TASK_FIGURE.sub("", done.group(1)) + "完成率"
    if q.unit == "%" and "完成率" in text[clause_start:q.start] and (task := _last_of(_TASK_SET, text[:clause_start])):
        # 年度目标为40万人，完成率101.5%: the rate of the task the sentence set out before it
        return task.group(1) + "完成率"
    if previous is not None and previous[1] and (_LIST_JOIN_ONLY.match(text, previous[0], q.start)
                                                 or _RANGE_JOIN.match(text, previous[0], q.start)):
        return previous[1]  # 分别输出护工3200人、2600人和1100人, 月薪6000至9000元: the list counts the same
    seg_start = clause_start
    # The last 、 before the figure that is not inside a quotation or an aside starts its segment.
    comma = text.rfind("、", seg_start, q.start)
    while comma >= 0 and within_spans(masked, comma, comma + 1):
        comma = text.rfind("、", seg_start, comma)
    list_start = _places_list_start(text, comma, mentions, offset) if comma >= 0 else None
    if comma >= 0:
        seg_start = comma + 1
    if previous is not None and previous[0] > seg_start:
        seg_start = previous[0]
    before = text[seg_start:q.start]
    if list_start is not None and list_start > clause_start and (previous is None
                                                                                or previous[0] <= list_start):
        # 发往A、B、C等5个站点: the 、 joins places; the words before the list say what is counted
        qualified = text.rfind("的", comma + 1, q.start)
        if qualified >= 0 and q.start - qualified > 2 and not within_spans(masked, qualified, qualified + 1):
            seg_start = qualified + 1  # 开行A、B等地至C、D等方向的返岗专列24列: the list qualifies the noun
            before = text[seg_start:q.start]
        else:
            seg_start = clause_start
            before = text[seg_start:list_start]
            governing = _GOVERNING_VERB.search(before)
            if governing:
                before = governing.group()  # 将务工人员送往A、B等15个城市: 送往 is what the places are to the figure
            elif before.rstrip().endswith(_FROM_WORDS):
                # 从A、B接回160名: the places are where from; the verb after them says what the figure counts
                seg_start = comma + 1
                before = text[seg_start:q.start]
    dateline = (_DATELINE.match(before)
                if "电" in before or "讯" in before or "记者" in before or "通讯员" in before else None)
    if dateline:
        before, seg_start = before[dateline.end():], seg_start + dateline.end()  # 新华社某地3月5日电（记者 某）
    # Leading region names and time words say where and when, not what (but 某县籍 says whose).
    places = ""
    # (mentions are in text order: those before the segment lead nothing, and are passed over at once)
    for m in mentions[bisect_left(mentions, seg_start + offset, key=_START):]:
        rel = m.start - offset
        if rel - seg_start > 2:
            break  # mentions are in text order: none further on can lead the segment
        if seg_start <= rel and before.startswith(m.surface, rel - seg_start) \
                and not text.startswith(NATIVE, m.end - offset):
            places += m.surface
            before = before[rel - seg_start + len(m.surface):]
            seg_start = rel + len(m.surface)
    # (a closing quote without its opening one: none at all in most segments, and then nothing to count)
    opening = text.rfind("“", 0, seg_start) if "”" in before and before.count("”") > before.count("“") else -1
    if opening >= 0 and "”" not in text[opening:seg_start]:
        before = text[opening:seg_start] + before  # a segment cut inside a quoted name takes the whole name
    led = before
    before = before[lead_words_end(before):].strip(" ")
    if before and not places and len(before) < len(led.strip(" ")):
        before = without_leading_places(before, mentions)  # 2023年某县输出…: the place after the time words
    if before.startswith("的") and before[1:2] not in _DI_WORDS:
        before = before[1:]  # 某县的士司机, 由某地开往某地的K66次专列: what the place or clause before it qualified
    if before in _BARE_WORDS or before.endswith("的有"):  # (在某区的物业、安保企业就业的有: a 、 cut the clause)
        working = (_WORKING_IN.search(text, clause_start, q.start)
                   or _PLACE_HAS.search(text, clause_start, q.start))
        if working:
            before = working.group(1)  # 在A、B等地务工的有3000人: where they work is what the count is of
    if before.startswith("等"):
        before = before[2:] if before.startswith("等地") else before[1:]  # 在东莞、长沙等地建立… after the list
    if ("在内" in before or "代表" in before) and _EXAMPLES_FRAMED.search(before):
        before = ""  # 包括“甲”在内的12个品牌, 以“甲”为代表的12个品牌: examples, as “甲”等12个品牌 are
    if before.endswith(("”等", "\"等", "」等")) or _names_then_place(before, mentions):
        before = ""  # “甲”、“乙”等3个品牌 (等某市10个品牌): the examples are not what is counted
    elif before.endswith("等") and ("、" in text[clause_start:q.start] or _JOINED.search(before)):
        # 涉及电工、焊工等10个工种: the examples neither; the verb that governs the list stays
        governing = _LIST_VERB.match(text, clause_start)
        before = governing.group() if governing else ""
    elif comma >= 0 and list_start is None and "等" in before \
            and (kind := _KIND_AFTER_EXAMPLES.search(before)) is not None:
        # 举办A、B、C等各类技能培训班60期: the kind after the examples is what is counted (not after places,
        # 在A、B等城市从业的, nor a bare kind that says less than the examples: A补贴、B补助等资金)
        before = kind.group(1)
    if len(before) > _LONG_BEFORE and (signed := _last_of(_SIGNED, before)) is not None \
            and signed.end() < len(before) - 1:
        before = before[signed.end():]  # …部门签订了劳务合作协议80余份, …签下劳务合作协议60多份: the object
    if before[-1:] in _TRAIL_LAST:
        before = _TRAIL_WORDS.sub("", before)
    if q.unit in _COUNTED_BY and (left := _DEPARTED.search(before)) is not None and left.start() >= 2:
        before = before[:left.start()]  # 两地间的直通车已累计开出12趟: the vehicles, not their leaving
    before = before.strip(" “”\"")
    # (each pattern below is tried only where a letter it needs occurs: this runs for every figure)
    if _has_opening_quote(before):
        before = _SLOGAN.sub("", before)  # 以“甲、乙”方式欢送: the quoted slogan is how, not what
    if "共" in before or "又" in before:
        before = _TOGETHER.sub("", before)  # N趟专列共输送: 共 sums up, it is not what was counted
    means = _BY_MEANS.search(before) if _has_by_means_last(before) else None
    if means:
        before = before[means.end():]  # 各部门通过开通860趟专车: the means, not who used it
    after = ""
    if q.end < len(text) and ("\u4e00" <= text[q.end] <= "\u9fff" or text[q.end] in OPENING_QUOTES
                              and HAN_RE.match(text, q.end + 1)):  # (HAN_RE's range, compared in place)
        # a quotation inside the window does not use it up (两辆由政府提供的“…”专车)
        window = _NOUN_WINDOW + sum(e - s for s, e in masked if q.end <= s < q.end + _NOUN_WINDOW)
        j, stop = q.end, min(len(text), q.end + window, following if following is not None else len(text))
        while (j := _end_of_han_run(text, j, stop)) < stop and (
                (ch := text[j]) not in _PHRASE_END or within_spans(masked, j, j + 1)):
            if ch.isdigit() and not (text[j - 1].isascii() and text[j - 1].isalnum()):
                break  # the next figure; a train's number (D658次) goes on
            j += 1
        # a verb or adverb that the window cuts in two (…的D658次就业专列顺|利抵达) still ends the noun
        verb = _verb_after_noun(text, q.end, min(len(text), j + _VERB_LONGEST))
        if verb is not None and verb.start() < j < verb.end():
            j = verb.start()
        after = _counted_noun(text[q.end:j])
        gathered = verb if verb is not None and verb.start() < j and after and q.unit in ("人", "名") else None
        if gathered is not None and gathered.group() == "在" and after == _counted_noun(text[q.end:gathered.start()]):
            after += _trip_after(text, gathered.start())  # 1400名务工者在某站，乘坐专列，前往某地
        elif after and q.unit in ("人", "名") and (ride := _RIDE_IN.search(after)) is not None \
                and text.startswith(after[:ride.end()], q.end):
            # 200名务工人员免费坐上大客车，奔赴某地: the whole trip, where the people are all the figure counts
            # (not where words before the figure say more: 人社局组织300名务工人员乘坐…, 同月还有400名…)
            trip = _trip_after(text, q.end + ride.start()) if not before or _FUNCTION_ONLY.match(before) else ""
            if trip and _GO.search(trip):
                after = after[:ride.start()] + trip
        carried = _CARRIED.search(before)
        if carried and after:
            # 大巴车载着76名农民工, 由A开往B的D52次列车，搭着430名务工人员: the vehicle and the people on it
            before = before[:carried.start()] or _vehicle_before(text, seg_start)
        predicate = _verb_after_noun(text, q.end, j)
        destination = _destination_after(text, predicate.start(), mentions, offset) if after and predicate else ""
        if destination and not _GOING.search(after):  # (预计送出800多人前往某市, …乘坐大巴车前往某站: read already)
            after = destination + after  # 护送28名务工人员前往某市: who went where
    if q.unit in ("人", "名") and (before.startswith(_ABOARD_WORDS) or not before and _aboard_clause_before(
            text, clause_start)):
        # 某次列车开出某站，车上坐着320名务工人员 / 车厢里的务工人员共450余名 / 列车开出某站。车上，280多名…: the
        # people aboard the vehicle the sentence named (else the words stay as written)
        vehicle = _vehicle_named(text[:seg_start], _last_of(_VEHICLE_NOT_STATION, text[:seg_start]))
        if vehicle:
            before = vehicle + before[_ABOARD.match(before).end():]
    if previous is not None and previous[1] and len(before) <= _COMPARED_MAX:
        # 输转6.9万人，比去年同期(4.3万人)增加2.6万人，增幅60%: the change of the figure before it (of the count,
        # not of last year's value when that came first: 上年同期该数据为2.3万人，今年同比增加…)
        base = previous[1].split("同比")[0]
        if "同期" in base:
            base = _BASELINE_TIME.sub("", base)
        if "的" in before:
            before = _BASELINE_WITH_DE.sub("", before)  # 比去年同期的2.8万人增加: the baseline, read apart
        comparison = _COMPARED.match(PAREN.sub("", before) if "（" in before or "(" in before else before)
        if comparison:
            change = _CHANGE_SAID.get(comparison.group(2), comparison.group(2))
            if comparison.group("year"):
                return base + "较" + comparison.group("year") + change  # 较2020年增加: against that year
            return base + "同比" + change
        if before in _CHANGE_WORDS or before in _CHANGE_VERBS:
            return base + before  # 输出劳动力5万人，同比增长12%，增加3000人: the change of the same count
        if (_YEAR_WORDS.sub("", before) if _has_digit(before) else before) in _LATER_VALUE:
            return base  # 由2020年的8万人增至2023年的12万人: the same count at a later time
    if not before and previous is not None and (previous[0] == q.start
                                                or _SUMMED_AFTER.fullmatch(text, previous[0], q.start)):
        # 火车票补贴34人1490元, 累计培训12期共3600人: the second figure shares the words of the first
        return previous[1]
    if before.endswith("分") and q.unit in _PARTS and after and not after.startswith("的"):
        # 将分4批发车, 分3期培训: the figure splits the verb after it; the parts are of that act
        return _TRAIL_WORDS.sub("", before[:-1]) + "分" + q.unit + after
    if previous is not None and not places and not after:
        part = part_after_among(before, q, text, previous, mentions)
        if part:
            return part[-_INDICATOR_MAX:]  # 累计培训2800人，其中脱贫人口1200人 -> 累计培训中脱贫人口
    if q.unit == "%" and before and after[1:] in _SHARE_NOUNS and after.startswith("的"):
        # 在某市建筑市场中占有12%的份额: the share of what the words before name
        return _tidy(before + after[1:])[-_INDICATOR_MAX:]
    if after.startswith("的") and len(after) > 2 and (not before or _HAVING.search(before)):
        # 拥有6000余人的“某县焊工”品牌: the figure is the size of what follows 的
        # (超过60%的人家…: the share of what follows)
        return after[1:][-_INDICATOR_MAX:] + ("人数" if q.unit in ("人", "名") else "比例" if q.unit == "%" else "数量")
    group_share = _GROUP_SHARE_IS.match(text, q.end) if q.unit == "%" and not before else None
    if group_share:
        # 六成店主是本地人: the share of the group named after it that is of that kind
        return group_share.group(1) + "中" + group_share.group(2) + "比重"
    share = _SHARE_IS.match(text, q.end) if q.unit == "%" and before else None
    if share:
        # 老板八成是本地人, 学员中六成是女性: the share of the group that is of that kind
        among = before[:-1] if before.endswith(("中", "里")) else before  # (店主里六成是…: 里 is 中)
        return among + "中" + share.group(1) + "比重"
    delivered = (_delivered(text, q.end + len(after), seg_start, before[:-1])
                 if after and q.unit in ("人", "名") and (not before or before[-1] in "把将") else "")
    if delivered:
        # (某次专列)把760名务工人员顺利送到, …，760名务工人员被安全送达: the vehicle's delivery
        phrase = delivered + after
    elif not after:
        phrase = before
    elif before in _DISPATCHED and q.unit in _COUNTED_BY:
        phrase = after  # 派出5辆“返岗大巴”: the vehicles, whoever sent them
    elif before.endswith("把") and (disposal := _DISPOSAL.search(after, 2)) is not None \
            and not _place_after(text, q.end + disposal.end(), mentions, offset):
        # 公司把300多名“某县电焊工”安置到多家企业: 把 brings the object before its verb; what was done to whom is V + X
        # (把N名务工人员送到某省某市的企业 keeps where they were sent, as written)
        phrase = before[:-1] + disposal.group() + after[:disposal.start()]
    elif not before or _FUNCTION_ONLY.match(before):
        # 为234名毕业生定制…: the figure counts the noun after it.
        phrase = (before if before and before not in ("为", "在", "有", "对", "给", "向") else "") + after
    elif _PREPOSITION.match(before):
        phrase = _PREPOSITION.sub("", before) + after
    else:
        phrase = before + after if len(before) + len(after) <= _JOINED_PHRASE_MAX else before
    phrase = _tidy(phrase)
    if phrase in _HAVING_ONLY and not after and (owner := _named_before(text, clause_start)):
        # 打造了“某县焊工”品牌，拥有4500余人: the size of what the clause before named
        return owner + ("人数" if q.unit in ("人", "名") else "数量")
    if phrase in _BARE_VERBS:
        phrase = _widen_bare_verb(phrase, q, text)
    elif phrase in _ACT_VERBS:
        # (the act may be introduced in the figure's own clause, before a 、: 开展某某培训30期、培训1900人)
        phrase = _act_of_sentence(phrase, text, max(clause_start, comma), previous)
    if not phrase and places and previous is not None and len(previous[1]) > 1:
        # 输送劳动力3000人，其中宁波1200人: the part of the figure before that went to the place named
        phrase = part_at_place(places, previous[1], mentions)
    if ("“" in phrase or "”" in phrase) and phrase.count("“") != phrase.count("”"):
        phrase = _QUOTE_MARKS.sub("", phrase)  # no half of a quotation left behind
    if phrase:
        return phrase[-_INDICATOR_MAX:]
    if previous is not None and len(previous[1]) > 1:
        return previous[1].split("同比")[0]  # 劳务收入同比增长8.5%，达到12亿元: the figure the change was of
    return (_classified_noun(text, q) or _topic_clause(text, q, clause_start)
            or _named_after(text, q, mentions, offset) or q.unit or "")


# 5万人，这就是“某某焊工”眼下的从业规模: a figure said first, then what it is
_THIS_IS = re.compile(r"\s*(?:——|—|--|－－|，|,|：|:)\s*(?:这|这就|这便|这正)(?:是|就是|便是)([^，,；;。！？!?]{2,30})")
_TIME_OF = re.compile(r"(?:目前|当前|现在|如今|眼下|今年|去年|全年)的?")


def _named_after(text: str, q: Quantity, mentions: list[RegionMention], offset: int) -> str:
    said = _THIS_IS.match(text, q.end)
    if said is None:
        return ""
    start = said.start(1)
    words = said.group(1)
    for m in mentions:  # the places before the name say where, not what
        if m.start - offset == start and words.startswith(m.surface):
            words, start = words[len(m.surface):], m.end - offset
    named = _QUOTE_MARKS.sub("", _TIME_OF.sub("", words))
    # (这是真的, 这是一个奇迹: a judgement of the figure, not its name)
    return named if len(named) >= 3 and not named.endswith(_NOT_A_NAME_END) and not _JUDGEMENT.match(named) else ""


_NOT_A_NAME_END = ("的", "了", "吗", "啊", "呢", "吧")
_JUDGEMENT = re.compile(r"[一这那][个项种次份]")


# 某县茶师，2万人，足迹遍布…: the figure alone between commas counts the noun phrase of the clause before it
# (the topic, said first); not a time or lead phrase (截至目前，3000人), nor a clause with a figure of its own.
_TOPIC_LONGEST = 16
_NOT_A_TOPIC = re.compile(r"(?:年|月|日|以来|目前|期间|时|后|前|中|上|里|看|说|介绍|表示|显示)$|[0-9]")
_FIGURE_ALONE_AFTER = re.compile(r"[余多]?[\s]*[，,；;。]")


def _topic_clause(text: str, q: Quantity, clause_start: int) -> str:
    ns = q.number_start if q.number_start else q.start
    if clause_start < 2 or text[clause_start:ns].strip() or not (
            q.end == len(text) or text[q.end] in "，,；;。" or _FIGURE_ALONE_AFTER.match(text, q.end)):
        return ""
    topic_start = clause_start_of(text, clause_start - 1)
    topic = text[topic_start:clause_start - 1].strip(" “”\"「」")
    if not 2 <= len(topic) <= _TOPIC_LONGEST or _NOT_A_TOPIC.search(topic) or lead_words_end(topic) == len(topic):
        return ""
    return _QUOTE_MARKS.sub("", topic)


# A counter and the nouns it counts: …返岗专列陆续开出，共计18列 counts the trains named before it.
_COUNTED_BY = {"列": ("专列", "列车", "班列"), "趟": ("专列", "列车", "专车", "班车", "航班"),
               "辆": ("专车", "大巴车", "大巴", "客车", "班车", "汽车", "车辆"), "架次": ("包机", "专机", "航班")}
_NOUN_BEFORE_HEAD = re.compile(r"(?:(?!的)[\u4e00-\u9fff“”「」『』、\"]){1,16}$")


# The vehicles' leaving said after them (…大巴已经开出, …专列陆续发车): it is not what the count of them counts.
_DEPARTED = re.compile(r"(?:已经|已|共|累计|先后|陆续|相继)*(?:开出|发出|发车|驶出|出发|开行)了?$")


def _classified_noun(text: str, q: Quantity) -> str:
    """The noun a bare count (共计18列) counts: the last phrase before it in the sentence ending in a noun the
    counter counts, from after its last 的 or clause mark (…的「点对点」返岗专列 → 点对点返岗专列)."""
    heads = _COUNTED_BY.get(q.unit)
    if not heads:
        return ""
    end = max((text.rfind(head, 0, q.start) + len(head) for head in heads if head in text[:q.start]), default=-1)
    if end < 0:
        return ""
    phrase = _NOUN_BEFORE_HEAD.search(text, max(0, end - 16), end)
    return _QUOTE_MARKS.sub("", phrase.group()).strip("、") if phrase else ""


# Adverbs between who is counted and their verb (这批工友将分别前往…): they say how, not what.
_ADVERBS_INSIDE = re.compile(r"(?:将|均|都)?分别|将(?=前往|奔赴|赶赴|去往|赴|到|发送|输送|送往|发往)")
# 来自某地的500名务工人员: the place they came from, once its name is taken off, leaves 来自…的 or 的 behind.
_FROM_BEFORE = re.compile(r"^来自(?:[^的，,]{0,10}的)?")
# [宁夏], 【图】: a headline's tag of its region or kind
_TAG = re.compile(r"^\s*[\[【][^\]】]{1,6}[\]】]\s*")
# 对8万名在外打拼的某县焊工而言: the frame of a remark, and what is counted inside it
_FRAME = re.compile(r"^对(?=[\u4e00-\u9fff]{2})|(?:而言|来说)$")
# 的 starts these words (的士, 的哥, 的姐, 的确); elsewhere a 的 opening the words before a figure is left from
# a qualifier cut off before it
_DI_WORDS = frozenset("士哥姐确")
# 新华社某地3月5日电, 本报讯, （记者 某 通讯员 某）: the dateline and byline a report opens with
_DATELINE = re.compile(r"^\s*(?:[^，。,（(]{0,14}?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:电|讯)|本报讯|本网讯)?\s*"
                       r"(?:[（(](?:记者|通讯员|特约记者|见习记者)[^）)]{0,30}[）)])?\s*")
# 由2020年的8万人增至2023年的12万人: the years say when each figure was, not what it counts
_YEAR_WORDS = re.compile(r"(?:19|20)[0-9]{2}年(?:底|末|初|上半年|下半年)?的?")
def _tidy(phrase: str) -> str:
    """The phrase without adverbs, dates, years, a headline's tag, a remark's frame, 来自…的 or a dangling 由, nor
    the punctuation at its ends. (Each pattern is tried only where its first letters occur: this runs for every
    figure.)"""
    if "分别" in phrase or "将" in phrase:
        phrase = _ADVERBS_INSIDE.sub("", phrase)
    if _has_digit(phrase):
        phrase = _DATE_WORDS.sub("", _YEAR_WORDS.sub("", phrase))
    if "[" in phrase or "【" in phrase:
        phrase = _TAG.sub("", phrase)
    if phrase.startswith("对") or phrase.endswith(("而言", "来说")):
        phrase = _FRAME.sub("", phrase)
    if phrase.startswith("来自"):
        phrase = _FROM_BEFORE.sub("", phrase)
    if phrase[-1:] in "由从自":
        phrase = _DANGLING_FROM.sub("", phrase)
    return phrase.strip(" “”\"、，,（(")


_has_digit = any_of("0123456789０１２３４５６７８９")
# Days named before a figure (将于5日、8日开行2趟专列): when, not what.
_DATE_WORDS = re.compile(r"于?(?:[0-9０-９]{1,4}[年月])?[0-9０-９]{1,3}[日号](?:[、，,和及至到-][0-9０-９]{1,2}[日号])*")
# Verbs that say what happened to people but not who (全县已输转6.9万人, 实现就业3000人): on their own they
# leave the reader guessing what was counted.
_BARE_VERBS = frozenset({"就业", "输转", "转移", "输出", "转移就业"})
# The verbs of labour transfer count the labour force they move: the statistics of the domain name it so
# (输转劳动力, 转移农村劳动力; GUIDE.md's own example indicator is 输转劳动力).
_TRANSFER_VERBS = frozenset({"输转", "转移", "输出"})


def _widen_bare_verb(verb: str, q: Quantity, text: str) -> str:
    """A bare verb as indicator, widened by the words the sentence implies: 实现就业 where 实现 stood before it
    (a lead word taken off), the labour force moved for a transfer verb counting people."""
    lead_end = q.start - len(verb)
    if lead_end >= 2 and text.startswith(verb, lead_end) and text[lead_end - 2:lead_end] == "实现":
        return "实现" + verb
    if verb in _TRANSFER_VERBS and q.unit in ("人", "名"):
        return verb + "劳动力"
    return verb


# Verbs of an act that, standing alone before a figure (共培训860人, 共输送1500人, 共举办12期), leave what was
# trained, sent or held to an earlier clause of the sentence, where the act was introduced.
_ACT_VERBS = frozenset({"培训", "输送", "举办", "开展", "组织", "开行", "运送", "发送", "接回", "接返", "开通"})
# 开展电焊工培训, 开行“点对点”外出务工专列三趟: what an act-introducing verb names, up to a count or a clause stop
_ACT_INTRODUCED = re.compile(r"(?:开展|举办|组织|开行|开通|实施|启动)了?([^，,；;。！？!?0-9]{2,24}?)"
                             r"(?=[0-9一二三四五六七八九十两]|[，,；;。！？!?]|$)")


def _act_of_sentence(verb: str, text: str, clause_start: int, previous: tuple[int, str] | None) -> str:
    """A bare verb of an act, widened by the words of the sentence that say what act it is: the indicator of the
    figure before it when that names the same act (“某某护工”累计开展培训12期，共培训860人), else what an earlier
    clause introduced (开展电焊工培训，共举办12期、培训860人; 开行外出务工专列三趟，共输送1500人)."""
    if previous is not None and previous[1].endswith(verb) and previous[1][:-len(verb)].endswith(_HOLDING_ENDS):
        return previous[1]  # (…开展培训12期，共培训…: the same act; 举办电焊工培训12期、培训860人 is read below)
    if previous is not None and (at := previous[1].find(verb)) >= _ACT_NAME_MIN \
            and _HELD_AFTER_ACT.fullmatch(previous[1], at + len(verb)):
        return previous[1][:at + len(verb)]  # 某某培训共举办30期，培训1900人: the act the figure before named
    introduced = _last_of(_ACT_INTRODUCED, text[:clause_start])  # the last one before the figure's clause
    if introduced is None:
        return verb
    topic = _QUOTE_MARKS.sub("", introduced.group(1))
    if "等" in topic:
        topic = topic[topic.rfind("等") + 1:]  # 开展电焊、叉车等职业技能培训: the examples are not the act
    if topic.endswith(verb):
        return topic
    return verb + topic if verb in _HOLDING_VERBS else topic + verb  # 举办电焊工培训; 外出务工专列输送


_HELD_AFTER_ACT = re.compile(r"(?:共|已|累计|先后)?(?:举办|开展|组织|开行|开通|举行)了?")  # (某某培训共举办)
_ACT_NAME_MIN = 2  # letters before the verb in the figure before's indicator that name the act (电焊工培训)
_HOLDING_VERBS = frozenset({"举办", "开展", "组织", "开行", "开通"})  # they take the act itself as their object
_HOLDING_ENDS = tuple(sorted(_HOLDING_VERBS))


# (the frame's opening word may lie before the segment, cut at the quoted name: its close marks it alone)
_EXAMPLES_FRAMED = re.compile(r"(?:在内|为代表|为首)的?$")
_NAMES_THEN_PLACE = re.compile(r"[”」\"]等([\u4e00-\u9fff]{2,8})$")


def _names_then_place(before: str, mentions: list[RegionMention]) -> bool:
    """“甲”“乙”等某市10个品牌: quoted examples, then only the place whose they are, before the figure."""
    tail = _NAMES_THEN_PLACE.search(before) if "等" in before else None
    return tail is not None and any(m.surface == tail.group(1) for m in mentions)


# A figure that opens its line (after a bullet, or with the figures it is listed with), a dash or a colon, then
# the words that say what it is: the layout of 数说/图解 pieces (▲ 3万人——某县每年外出务工的劳动力; 12期、900人：
# 累计培训的期数和人数), the converse of a table's label and colon.
_CAPTION_MARKS = frozenset("—:：、 ")  # (the letter right after the figure: only these can start a caption)
_CAPTION_FIGURE = r"(?:约|近|超过|超|逾)?[0-9][0-9.]*[万亿千百]?[余多]?[^\s0-9、，,；;。：:—]{0,3}"
_CAPTION_OPENING = re.compile(rf"[\s▲△●○■□◆◇★☆•·*\-]*(?:{_CAPTION_FIGURE}、)*$")
_CAPTION = re.compile(rf"(?:、{_CAPTION_FIGURE})*\s*(?:——|—|：|:)(?!—)\s*"
                      r"(?!这(?:就|便|正)?(?:是|就是|便是))([^，,；;。！？!?\n]{2,60})")  # (这就是…: _THIS_IS reads it)


def _caption_match(text: str, q: Quantity) -> re.Match | None:
    """The caption after a figure that opens its line (group 1), or None."""
    if not _CAPTION_OPENING.match(text, text.rfind("\n", 0, q.start) + 1, q.start):
        return None
    return _CAPTION.match(text, q.end)


def _caption(text: str, q: Quantity, mentions: list[RegionMention]) -> str:
    """The caption after the dash of a figure that opens its line, or "" (a dash inside a sentence is an aside)."""
    found = _caption_match(text, q)
    if not found:
        return ""
    caption = found.group(1).strip()
    caption = _tidy(without_leading_places(caption[lead_words_end(caption):], mentions))  # (去年全县…: when, where)
    if len(caption) > _INDICATOR_MAX and "的" in caption:
        caption = caption[caption.rfind("的") + 1:]  # a long clause before 的 qualifies the head noun that ends it
    return _QUOTE_MARKS.sub("", caption)[-_INDICATOR_MAX:]  # (a cut may leave half of a quoted name's marks)


def caption_place(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    """The region a figure's caption opens with, after its time words (▲ 5万人——去年某县外出务工人员: the county's
    figure), or None: a place further into the caption is where the people went, not whose the figure is."""
    found = _caption_match(text, q)
    if not found:
        return None
    at = lead_words_end(text, found.start(1)) + offset
    return next((m.code for m in mentions if m.start == at), None)


# A line of a list: its label, a colon, the figure (and a hedge before it).
_TABLE_LABEL = re.compile(r"^[\s\-*•·+|｜]{0,4}([\u4e00-\u9fff（）()“”、]{2,24})\s{0,3}[：:|｜\t]\s{0,3}"
                          r"(?:约|逾|近|超过|超|共|达|计|合计|累计)?$")
_TABLE_LABEL_LONGEST = 4 + 24 + 3 + 1 + 3 + 2  # the most characters _TABLE_LABEL reads before a figure
_LIST_JOIN_ONLY = re.compile(r"\s*(?:、|和|及|与|以及|，和)\s*$")
_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|－|—|~|～)\s*$")
# Words that leave nothing to say what is counted; a clause naming where people work says it then.
_BARE_WORDS = frozenset({"", "在", "有", "分别有", "共有", "各有", "已有"})
_WORKING_IN = re.compile(r"(在[^，,；;。！？!?]{1,20}?(?:务工|就业|从业|工作|打工|创业))(?:的)?(?:分别|共|各|已)?有?$")
# 仅在某市就有3万人 (after 在某省务工的约11万人): the people at that place, the place says which.
_PLACE_HAS = re.compile(r"(在[^，,；;。！？!?]{1,12}?)(?:就|也|还|则|已|共)?(?:有|达)$")
_PARTS = frozenset({"批", "期", "次", "组", "轮", "班", "路", "趟"})  # counters of the parts an act is split into
_SHARE_NOUNS = frozenset(("份额", "市场份额", "比重", "比例", "占比"))
def _place_after(text: str, at: int, mentions: list[RegionMention], offset: int) -> bool:
    """A place named from `at` to the end of its clause."""
    stop = _CLAUSE_STOP.search(text, at)
    end = stop.start() if stop else len(text)
    return any(at <= m.start - offset < end for m in mentions)


_CLAUSE_STOP = re.compile(r"[，,；;。！？!?\n]")


# The verbs a 把 construction puts after its object (把N名务工人员安置到/送到/输送到…)
_DISPOSAL = re.compile(r"安置|安排|输送|护送|送往|送到|送至|接回|接到|推荐|介绍")
_HAVING_ONLY = frozenset(("拥有", "有", "共有", "现有", "已有"))
# A quoted name (and the kind of body it is) ending the clause before: what a bare 拥有 N人 tells the size of.
_NAMED_AT_END = re.compile(r"[“‘「『\"]([^”’」』\"]{2,12})[”’」』\"](品牌|队伍|团队|公司|协会|合作社|劳务品牌)?\s*$")


def _named_before(text: str, clause_start: int) -> str:
    if clause_start < 2:
        return ""
    named = _NAMED_AT_END.search(text, clause_start_of(text, clause_start - 1), clause_start - 1)
    return named.group(1) + (named.group(2) or "") if named else ""


_HAVING = re.compile(r"(?:拥有|有|达到|达|超过|近)$")
# The words before and the noun after a figure make one indicator while they stay a noun phrase; longer, the
# words before alone say what is counted (the noun after is then a clause of its own).
_JOINED_PHRASE_MAX = 24
# The longest indicator kept, its end (the head noun of a Chinese phrase comes last): longer is a sentence.
_INDICATOR_MAX = 30
# A run of Han letters, passed over in one step by the noun window's scan: none ends a phrase or starts a figure
# (no letter of U+4E00-U+9FFF is in _PHRASE_END or isdigit()), so only the other characters are asked one by one.
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")


def _end_of_han_run(text: str, start: int, stop: int) -> int:
    """Where the run of Han letters from `start` ends, at most at `stop` (`start` itself from `stop` on)."""
    return _HAN_RUN.match(text, start, stop).end() if start < stop else start


_VERB_LONGEST = 4  # 脱颖而出, 走南闯北: the longest word _VERB_AFTER_NOUN reads
_NOUN_WINDOW = 20  # characters after a figure that its counted noun may take: a noun phrase, not a clause
_LONG_BEFORE = 16  # words before a figure longer than this are a whole clause, not a name for what is counted
_JOINED = re.compile(r"[和与及]")
# The last 了, or verb of signing, in a long run of words before a figure: what follows is the object counted.
_SIGNED = re.compile(r"了|签下|签订|签署")


def _last_of(pattern: re.Pattern, text: str) -> re.Match | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None
# the last 等 that closes a list of examples (not 平等, 高等, 等待, 等级), and the kind named after it
_KIND_AFTER_EXAMPLES = re.compile(r"(?<![平高同中上次初])等(?![待级于同候地])([\u4e00-\u9fff]{3,})$")
_LIST_VERB = re.compile(r"涉及|包括|包含|涵盖|覆盖|囊括")
# 载着, 搭着; 车上载有, 车上共有 (the people aboard the vehicle the clause before named)
_CARRIED = re.compile(r"(?:搭载着|满载着|[载搭拉运带坐]着|车上(?:共|还)?(?:载有|有))$")
_VEHICLE_WORDS = r"(?:[^的，,；;：:。！？!?]{0,8}?)(?:专列|列车|专车|大巴车|大巴|客车|班车|包车|航班|动车|高铁)"
_VEHICLE = re.compile(_VEHICLE_WORDS + "$")
_VEHICLE_ANYWHERE = re.compile(_VEHICLE_WORDS)
_VEHICLE_NOT_STATION = re.compile(_VEHICLE_WORDS + "(?!站)")  # (某北高铁站 is where, not what carries them)
# 前往某市, 驶向某省某市: the verb of going, then where to
_GOING = re.compile(r"(?:前往|驶向|开往|奔赴|赶赴|去往|发往|赴)")


# 在某县火车站， (where the people gathered), 乘坐/搭乘 (less what qualifies the vehicle: 政府提供的“定制火车”),
# 前往/奔赴 and where to: the trip that the people counted made, told over the clauses after them.
_RIDE_IN = re.compile(r"(?:免费)?(?:乘坐|搭乘|坐上|乘上)")  # a ride the words after a count of people start
_GATHERED_AT = re.compile(r"在[^，,；;。！？!?]{1,12}?[，,]?(?=免费|乘坐|搭乘|坐上|登上|踏上|乘上)")
_RIDE = re.compile(r"((?:免费)?(?:乘坐|搭乘|坐上|登上|踏上|乘上))(?:[^，,；;。！？!?的]{0,12}的)?"
                   r"([^，,；;。！？!?的]{1,10}?)(?=[，,]?(?:前往|奔赴|赶赴|驶向|开往|赴)|[，,；;。！？!?的]|$)")
# (where to: the places, up to what is done or found there: 前往某市一家电子企业, 奔赴某地打工)
_GO = re.compile(r"[，,]?(前往|奔赴|赶赴|驶向|开往|赴)([^，,；;。！？!?]{1,10}?)"
                 r"(?=一家|一所|的|等|打工|务工|上班|就业|工作|[，,；;。！？!?]|$)")


def _trip_after(text: str, at: int) -> str:
    """乘坐定制火车前往某省、某市: the ride (and where to) in the clauses after where the people gathered, or right
    after them (免费坐上大客车，奔赴某地). A ride in the counted people's own clause with nowhere to go (在县客运站
    登上大巴) is an event of theirs, not what they are counted as."""
    gathered = _GATHERED_AT.match(text, at)
    ride = _RIDE.match(text, gathered.end() if gathered is not None else at)
    if ride is None:
        return ""
    going = _GO.match(text, ride.end())
    if going is None and (gathered is None or gathered.group()[-1:] not in "，,"):
        return ""
    trip = ride.group(1) + ride.group(2) + (going.group(1) + going.group(2) if going else "")
    return _QUOTE_MARKS.sub("", trip)


# 把/将 N名X (平安)送达, N名X被(安全)送到: the people delivered, told after them.
_DELIVERED = re.compile(r"被?(?:平安|顺利|安全|免费|全部)?(送达|送到|运抵|送往|接回|接到)")


def _delivered(text: str, at: int, seg_start: int, own: str) -> str:
    """The vehicle (named before 把/将 in the figure's clause, else in the clause before) and the verb of
    delivery right after the people counted."""
    verb = _DELIVERED.match(text, at)
    if verb is None:
        return ""
    return (_vehicle_named(own, _VEHICLE.search(own)) or _vehicle_before(text, seg_start)) + verb.group(1)


_DISPATCHED = frozenset(("派出", "派", "出动", "调派", "调度", "已派出"))  # (组织 names the act: 组织6辆大巴接返 keeps it)
_ABOARD_WORDS = ("车上", "车厢里", "车厢内", "车内", "列车上")
_ABOARD = re.compile(r"(?:列车上|车厢里|车厢内|车上|车内)?(?:的|坐着|载着|搭载着|满载着|共有|还有|有|共)*")


def aboard_of_vehicle_before(indicator: str, prior: str) -> str | None:
    """列车开出某站。车厢里的务工人员共450余名: people aboard, counted as the passengers of the vehicle that the
    sentence before named (the same reading as within one sentence, across its full stop)."""
    if not indicator.startswith(_ABOARD_WORDS):
        return None
    vehicle = _vehicle_named(prior, _last_of(_VEHICLE_NOT_STATION, prior))
    return vehicle + indicator[_ABOARD.match(indicator).end():] if vehicle else None


def _aboard_clause_before(text: str, clause_start: int) -> bool:
    """The clause before is only 车上 (车上，280多名…)."""
    return clause_start >= 3 and text[clause_start_of(text, clause_start - 1):clause_start - 1].strip() in _ABOARD_WORDS


def _vehicle_before(text: str, seg_start: int) -> str:
    """The vehicle that the clause before the figure's names (由A开往B的D37次列车，搭着…), else nothing."""
    if seg_start < 2:
        return ""
    prior = text[clause_start_of(text, seg_start - 1):seg_start - 1]
    # (…的K1234次列车，搭着…; else the vehicle the clause is about: K1234次务工专列到达某市，车上载有…)
    return _vehicle_named(prior, _VEHICLE.search(prior) or _last_of(_VEHICLE_ANYWHERE, prior))


def _vehicle_named(words: str, found: re.Match | None) -> str:
    """The vehicle `found` in `words`, with the whole of a train's number (K1234次普快专列, not 234次…)."""
    if not found:
        return ""
    start = found.start()
    while start and words[start - 1].isascii() and words[start - 1].isalnum():
        start -= 1
    return words[start:found.end()]


def _destination_after(text: str, noun_end: int, mentions: list[RegionMention], offset: int) -> str:
    """赴 and the most specific place of the chain that a verb of going right after the counted noun names."""
    going = _GOING.match(text, noun_end)
    if going is None:
        return ""
    k = next((i for i, m in enumerate(mentions) if m.start - offset == going.end()), None)
    if k is None:
        return ""
    while k + 1 < len(mentions) and mentions[k + 1].start == mentions[k].end:
        k += 1  # 广东省江门市: the city
    return "赴" + mentions[k].surface


# What may dangle at the end of the words after a figure: a particle before the next figure (12个城市的约300家),
# what a train's number leaves behind (…务工人员的D658次), or the 将 of a predicate cut off (…务工人员将前往).
_TRAILING = re.compile(r"(?:的|约|近|超|共计|共|合计|总计|达|了|至|到|之间|从|由|自|于|将|[A-Za-z0-9]+)+$")
_PREDICATE_FIRST = re.compile(r"(?:同时|一起|一同|陆续|纷纷|相继|依次|先后)")  # adverbs that open a predicate, not a noun
_CHANGE_AFTER = re.compile(r"(?:增至|升至|降至|增加到|增长到|提高到|下降到|减少到|同比|比上年|比去年|较上年|较去年)")
_DANGLING_FROM = re.compile(r"(?<=[\u4e00-\u9fff]{2})[由从自]$")  # 人数由2020年的…: the start of a span
_BASELINE_WITH_DE = re.compile(r"的[0-9.０-９]+[万亿千百]?[余多]?(?:人次|人|名|元|个|家|户|趟|期)?(?=增加|增长|减少|下降|提高)")
_COMPARED_MAX = 24  # 较去年同期（1.48万人）增加: a comparison with its baseline in brackets, not a sentence
_CHANGE_WORDS = ("增幅", "增速", "增长率", "降幅")
_CHANGE_VERBS = ("增加", "增长", "减少", "下降", "提高", "多", "少")
_LATER_VALUE = ("增至", "升至", "降至", "增加到", "增长到", "提高到", "提升到", "扩大到", "减少到", "下降到", "到")
_COMPARED = re.compile(r"^(?:比|较|同比|与)(?:去年|上年|前年|(?P<year>(?:19|20)[0-9]{2}年))?(?:同期)?(?:相比)?"
                       r"(增加|增长|减少|下降|提高|多出|增多|多了|少了)$")
# The spoken words of a change (比上年同期多出1.6万人) said as the statistics say them.
_CHANGE_SAID = {"多出": "增加", "增多": "增加", "多了": "增加", "少了": "减少"}
# 去年同期, 上年同期 leading a baseline's indicator: the time of the baseline, not the count that changed
_BASELINE_TIME = re.compile(r"^(?:去年|上年|前年)?同期")
# 这一数字, 该数据: the figure an earlier sentence named, referred back to
THIS_FIGURE = re.compile(r"(?:这一|这个|这些|该|此)(?:数字|数据|数值|指标)")


def _counted_noun(after: str) -> str:
    """The words right after a figure, without a particle or a train's letter left dangling, nor quotes."""
    if _CHANGE_AFTER.match(after) or _PREDICATE_FIRST.match(after):
        # 8万人增至…, 5万人，同比…, 返岗大巴四辆一起出发: what follows is the change or the predicate, the
        # figure's noun is before it
        return ""
    verb = _verb_after_noun(after)
    working = _WORKS_IN.match(after, verb.start()) if verb and verb.group() == "在" else None
    if working:
        after = after[:working.end()]  # 1.6万名脱贫劳动力在宁波就业: where they work says which workers
    elif verb:
        after = after[:verb.start()]  # 50名务工人员拖着行李箱: what is counted ends where its verb starts
    if after.startswith("来自"):
        after = _FROM_PLACE.sub("", after)  # 26名来自山区的务工人员: where they come from qualifies them
    if _has_opening_quote(after):
        after = _NAMED_SLOGAN.sub("", after)  # 三辆“平安返岗 一路同行”专车: the slogan painted on them
    after = _TRAILING.sub("", after)
    contest = _OF_A_CONTEST.match(after) if "的" in after else None
    if contest:
        after = contest.group(1)  # 6个工种的比拼: the figure counts the trades, the contest is between them
    return _QUOTE_MARKS.sub("", after) if _has_quote_mark(after) else after


# N个X的比拼/比赛/竞赛…: the event is held among the N things counted.
_OF_A_CONTEST = re.compile(r"^([^的]{1,8})的(?:技能)?(?:比拼|比赛|竞赛|较量|角逐|对决|评比|评选|比武)")


_WORKS_IN = re.compile(r"在[^，,；;。！？!?在]{1,12}?(?:稳定|长期|常年)?(?:就业|务工|打工|工作|从业|创业)"
                       r"|在(?:此|这里)[^，,；;。！？!?]{1,6}")  # 又有80名工友在这里上车: here, at the place just named
# A quoted slogan of several parts (“甲、乙”, “出门、进厂”): a manner, not a name.
_SLOGAN = re.compile(r"(?:多渠道|多形式|多举措)?[“\"「][^“”\"「」]{0,16}[、，,][^“”\"「」]{0,16}[”\"」]")
_TOGETHER = re.compile(r"(?<=[\u4e00-\u9fff])(?<!公)[共又](?=输送|输出|转移|输转|培训|培养|组织|开行|吸纳|带动|实现|帮助|发放|举办|签订|运送|接送|发送|护送)")
# 通过/依托/借助 (by means of) before a figure: what stands before it is who acted, not what was counted.
_BY_MEANS = re.compile(r"^.*(?:通过|依托|借助|采取|利用)")
_has_by_means_last = any_of("过托助取用")  # the last letters of those words
# A verb written with 着 (背着, 载着) or a place after 在: the clause's predicate, not the counted noun.
# An adverb or a verb of going also starts the predicate (600余名务工人员分别从…, 6名“状元”脱颖而出).
_VERB_AFTER_NOUN = re.compile(r"(?<=[\u4e00-\u9fff”」\"]{2})(?:[\u4e00-\u9fff]着|(?<!籍)在|分别|纷纷|陆续|顺利|成功|逐渐|逐步"
                              r"|同时|满载|已?整装待发|从(?![事业])|被(?=(?:平安|顺利|安全|免费|全部)?(?:送|运抵|接))"
                              r"|正式|平安|安全|正在|从此|有了|已经|正(?=有序|排队|等待|准备|忙)|进入|走进|(?:前往|驶向|开往|奔赴|赶赴|去往)(?![^，,；;。的]{1,10}的)|脱颖而出|走南闯北)")
# (开往某地的专列: going there describes the train, the noun goes on; 湖北籍在浙务工人员: 在 after 籍 is still the noun)
# Every match holds one of these letters: 着, or the first letter of a word above.
_VERB_LETTERS = frozenset("着在分纷陆顺成逐正平安从有已进走前驶开奔赶去脱同满整被")
_has_verb_letter = any_of(_VERB_LETTERS)


def _verb_after_noun(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """_VERB_AFTER_NOUN.search(text, start, end), not tried where none of its letters stands (three figures in
    four: this runs up to three times for each figure with words after it)."""
    if end is None:
        end = len(text)
    if _has_verb_letter(text, start, end) is None:
        return None
    return _VERB_AFTER_NOUN.search(text, start, end)


_FROM_PLACE = re.compile(r"^来自[^的，,]{1,8}的(?=[\u4e00-\u9fff]{2})")
_NAMED_SLOGAN = re.compile(r"[“「\"][^”」\"]*[\s，,][^”」\"]*[”」\"](?=[\u4e00-\u9fff])")


_QUOTE_MARKS = re.compile(r"[“”\"「」『』‘’]")
_has_quote_mark = any_of("“”\"「」『』‘’")
_has_opening_quote = any_of("“\"「")  # what _SLOGAN and _NAMED_SLOGAN open with

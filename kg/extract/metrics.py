"""Quantitative statements (lw:Observation): each figure with value, unit, indicator, region and year."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kg.extract.numbers import Quantity, find_quantities
from kg.model import Article, Brand, Evidence, Observation, RegionAnalysis, RegionMention, Sentence

__all__ = ["find_metrics"]

# Units whose figures are statements about a region; times, ages and lengths never are.
_METRIC_KINDS = frozenset({"count", "money", "area", "percent"})
# A small count in Chinese numerals with these counters is a slogan's structure (三个一批, 五项行动, 两个确保)
# unless what it counts is a concrete thing: brands, enterprises, workshops, bases, stations, places.
_SLOGAN_UNITS = frozenset({"个", "项", "批", "条", "种", "类"})
_CONCRETE_NOUN = re.compile(
    r"[^，,；;：:。！？!?、“”\"\n]{0,6}?(?:品牌|企业|公司|车间|工厂|工坊|基地|园区|工作站|服务站|驿站|站点|中心|合作社"
    r"|市场|学校|院校|培训班|村|社区|乡镇|街道|县|窗口|门店|项目|协议|专业|工种)")
_PUNCT = "，,；;：:。！？!?\n"
# A small count that refers back (这两个品牌, 上述三家企业) or is followed by 分别 names things, it counts none.
_REFERRING = ("这", "该", "上述", "以上", "前述", "这些", "此")
_THEN_EACH = re.compile(r"[^，,；;。！？!?、\d]{0,6}?分别")
# 全州八个县市的…: the administrative units of the scope qualify another noun.
_SCOPE_BEFORE = re.compile(r"全(?:地区|[省市州县区盟旗])$")
_UNITS_OF_SCOPE = re.compile(r"(?:旗县|县区|区县|县市|市县|县|区|市|旗|乡镇|镇|乡|街道)(?:\(|（)?[^，,；;。]{0,3}?的")
_PHRASE_END = frozenset(_PUNCT + "、")  # where the noun after a figure ends
_CLAUSE_SPLIT = re.compile(r"[，,；;：:。！？!?\n]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FULL_DONE = re.compile(r"[全]?覆盖|落实|完成")  # 100%覆盖: a coverage or completion rate, not a count

# A footer of unrelated links ends the article body (相关文章, 相关新闻 …).
_FOOTER = re.compile(r"^\s*(?:相关文章|相关阅读|相关新闻|延伸阅读|推荐阅读|猜你喜欢|热门推荐|相关链接)\s*[：:]?\s*$")
# Short quotations are names and slogans (“暖春送福万岗万人”, “两个就业服务”平台, “一人一策”); long ones
# are speech and carry real figures, so only quotes without clause punctuation and ≤ 16 chars count.
_SHORT_QUOTE = re.compile(r"“[^“”，。；！？\n]{0,16}”|\"[^\"，。；\n]{0,16}\"|「[^「」，。\n]{0,16}」|『[^『』，。\n]{0,16}』")
# Parenthesised asides describe, they do not report (（市县共设1个主会场6个分会场同步开展）).
_PAREN = re.compile(r"[（(][^（()）\n]{0,30}[)）]")
# （其中贫困户开办1673家）: a breakdown of the figure before the brackets reports a figure of its own.
_BREAKDOWN_ASIDE = re.compile(r"\s?其中")
_MASK_OPENER = re.compile(r"[“\"「『（(]")  # what each of the two opens with

# -- anecdotes: one person's age, wage or story is not a figure about a region --------------------------
_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?!以上|以下|及以上|至|到|-)|家住")
_PRONOUN = re.compile(r"(?<![其利排])他(?![们人乡处])|她(?!们)")  # not 其他, 利他, 他乡
# First person singular is one speaker's own story (我在东莞打零工); 我们, 我市, 我县, 我国 … speak for many.
_FIRST_PERSON = re.compile(r"(?<![自])我(?![们市县区省州国局部院校厂司镇乡村盟旗委厅处所站社])")
# Each of the three needs one of these words; most sentences have none, and a substring test is cheap.
_ANECDOTE_WORDS = ("岁", "家住", "他", "她", "我")
# What one person's enterprise does for others stays a figure (她开办工坊，吸纳42名妇女就业).
_EMPLOYS = re.compile(r"(?:吸纳|带动|招收|招用|雇用|雇佣|安置|帮助|组织|带领|带出|培养|培训|教会)[^，,；;。！？!?]{0,8}$")
_OWN_WAGE = re.compile(r"月收入|年收入|月工资|月平均工资|月薪|年薪|每个月能|每月能|一个月能|一个月才")
# A wage said of a group (人均, 普遍, 一般, 大多 …) is a statistic, not one person's pay.
_AGGREGATE = re.compile(r"人均|户均|平均|普遍|一般|大多|多在|均在|均达|均超|基本在|总额|总计|累计|全市|全县|全区|全省|全州|发放")
# 块 is money in talk of pay (一个月才三千多块).
_PAY_WORDS = re.compile(r"收入|工资|薪|挣|赚|一个月|每月|月均|报酬")

# -- words around a figure that make it something other than a statement -------------------------------
_THRESHOLD_BEFORE = ("不少于", "不低于", "不超过", "不高于", "不足", "最高", "最低", "年满", "满")
# N天集中隔离, N天的培训: the length of one event, written before what lasts so long.
_DURATION_AFTER = re.compile(r"的?(?:医学观察|集中隔离|隔离|观察|培训|实训|学习|行程|车程|旅程)")
_DURATION_BEFORE = ("历时", "为期", "持续", "用时", "耗时", "连续", "长达")
# (将 not after 已 is checked once 将 is read, not before: with every word opening on a plain character the
# scan can jump from one 确/力/争/预/目/拟/将 to the next.)
# A goal or a plan to come (确保, 力争, 将新建) is no statement. A scheduled event is: 预计共运送735名, 将于3日
# 分发3趟专列, 拟打造5个品牌 report what the county has already set in motion (the real set counts them).
_TARGET = re.compile(r"确保|力争|争取|目标[是为]|将(?<!已将)(?:会|要|有|陆续|继续|再|共同|共建|新建|建成|建设|达到|实现"
                     r"|组织|举办|开展|投入|带动|培训|输送|提供|吸纳|安排|新增)")
_FORECAST = re.compile(r"预计|预测|预期")
_FUNDS = re.compile(r"资金|补助|补贴|资助|经费|奖补|项目|专项债|贷款")
# 给予每人每年300至500元交通补贴, 给予5000元一次性创业补贴: a money figure qualifying a subsidy, granted per
# head, is the standard of a policy, not an amount paid out (发放补助资金186万元 stays).
_SUBSIDY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:补贴|补助|奖补|奖励|资助)")
_GRANT_BEFORE = re.compile(r"给予|享受|每人|每户|每名|每月|每年|一次性")
# 培育了“新化家政”“梅山巧厨”两个劳务品牌, 打造“A”和B两个品牌: a small count right after the names it counts
# restates the list; it reports nothing new.
_AFTER_NAMES = re.compile(r"[”」』\"](?:[和与及、][^，,；;。！？!?、“”\"]{1,12})?$")
_EVENT_PARTS = ("主会场", "分会场")
_SIZE_OF_PLACE = re.compile(r"(?:口)?的(?:小)?(?:村庄|村落|村子|山村|小村|村|寨子|小镇|镇子|乡镇|集镇|社区|小区|县城)")
# After 以上 a verb keeps the figure a count (1000人以上就业); a noun makes it a threshold (百户以上安置社区).
_VERB_AFTER_ABOVE = frozenset("就务参实获受转返外在来到赴")
# A number without a counter word followed by a word for people counts people (3万多贫困劳动力).
_PERSON_NOUN = re.compile(r"[^，,；;：:。！？!?、\n]{0,6}?(?:劳动力|务工人员|人员|农民|毕业生|学生|工人|员工|群众|村民|居民|人才|人口)")

# -- years ------------------------------------------------------------------------------------------------
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
_TABLE_LINE = re.compile(r"^[\s\-*•·+|｜]{0,4}[\u4e00-\u9fff（）()“”、]{2,24}\s{0,3}(?:[：:|｜\t]|\s{2})\s{0,3}"
                         r"(?:约|逾|近|超过|超|共|达|计|合计|累计)?[0-9０-９一二三四五六七八九十两]")

# -- regions ----------------------------------------------------------------------------------------------
# Words that may stand before the region that a clause is about (来自贵州铜仁市31名…, 在张北, 据悉安康…).
_LEAD = re.compile(
    r"^[\s“”\"‘’（(【]*(?:(?:来自|在|据悉|据|由|经|而|另外|此外|同时|其中|并|对|从|如今|目前|今年|去年|当年|此前|随后|近日|日前"
    r"|(?:19|20)[0-9]{2}年(?:以来)?|[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)[\s，]*){0,3}$"
)
# Words that stand for the current subject at some level (全市 → the city, 全县 → the county); only time
# words may precede them, since 在全省首发 places an event rather than naming the clause's subject.
# 放眼全地区, 纵观全市 (and 从全市看, tested apart) survey the scope: they too name it; 从全省招募 does not.
_ANAPHORA_LEAD = re.compile(r"^[\s“”\"‘’]*(?:(?:19|20)[0-9]{2}年(?:以来)?|今年|去年|目前|如今|同时|其中|并|另外|此外"
                            r"|放眼|纵观|综观)?$")
_ANAPHORA = re.compile(r"(?:全|我|本|该)(?P<level>地区|市|州|盟|县|区|旗|省)")
_LEVEL_OF = {"市": "city", "州": "city", "盟": "city", "地区": "city", "县": "county", "区": "county", "旗": "county",
             "省": "province"}
# A clause that opens on a count of units (四县护工输出量…, 两旗县分别…) speaks of several of the subject's
# units together: its figures are the subject's, not those of the one unit named last.
_GROUP_OF_UNITS = re.compile(r"[\s“”\"]{0,3}[两二三四五六七八九十]{1,2}个?(?:旗县|县区|区县|县市|市县|县|区|市|旗|地)")
_UNIT_COUNT = re.compile(r"[两二三四五六七八九十]")  # without one, no clause of the sentence opens so
# A place that modifies an organisation (在广东援疆工作队的牵线搭桥下) names the organisation, not the clause's
# subject, when it lies outside the subject.
_ORGANISATION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:工作队|工作组|指挥部|帮扶队|商会|协会|公司|集团|人力资源|"
                                 r"劳务派遣|中介|铁路局|(?<![人社政])局)")
# 在A、B等劳务品牌中 / 在A等企业中: a set of examples, not a place.
_AMONG = re.compile(r"[^，,；;。！？!?]{0,24}?等[^，,；;。！？!?]{0,8}?中")
# A region right after these is where workers go, not what the sentence is about (赴苏, 到上海).
_TOWARDS = frozenset("赴到向来去往至进回返抵")
# 在X (and a list 在X、Y等地) followed by a verb of working or living is where workers are, not the subject of
# the figure (其中在浙务工11.8万人, 在深圳、东莞务工的分别有…): the figure stays with the clause's own subject.
_LIST_JOIN = frozenset("、和与及")
_WORK_AFTER = re.compile(
    r"(?:等地|等城市|等省市|等市|一带|地区)?(?:的?[\u4e00-\u9fff]{0,4}?(?:企业|茶企|厂|公司|工地|医院|机构|车间|酒店"
    r"|餐馆|门店|作坊|企))?(?:稳定|长期|常年|实现|转移)?"
    r"(?:就业|务工|打工|工作|从事|从业|创业|发展|生活|上班|稳岗|做工|经商|打拼|闯荡|谋生|求职|落户|定居|安家|就读|求学)")
# 来自X的N名… (and 来自X、Y等地的): X describes the people counted; where they are counted is the subject's.
# The 的 may follow more names than were recognised (来自四川宣汉、湖北恩施等地的), but no figure: 来自贵州
# 铜仁市31名学生来到苏州 has none and keeps 铜仁 as its subject.
_FROM_ATTRIBUTE = re.compile(r"[^，,；;：:。！？!?的0-9０-９]{0,12}的")

_QUOTED_LEAD = re.compile(r"[\s]{0,2}[“\"「『]")
# 其中晋江3120人: a breakdown by places the sentence already sent the workers to (输送…至福建晋江、石狮).
_BREAKDOWN_LEAD = re.compile(r"^[\s“”\"]*(?:其中)?[\s，,]*$")

# -- indicators -------------------------------------------------------------------------------------------
_LEAD_WORDS = re.compile(
    r"^(?:[\s“”\"‘’（(]*(?:其中|据统计|据了解|据悉|另外|此外|同时|共计|合计|共|并|还|也|再|已经|已|累计实现|实现|完成了|完成"
    r"|全年|目前|截至目前|止目前|今年以来|今年|去年|我们|仅|就(?!业)|(?:19|20)[0-9]{2}年(?:以来)?|[全我本该][市州县区省旗])){0,4}"
)
_TRAIL_WORDS = re.compile(r"(?:(?:已经|已|将)?(?:扩大|增加|增长|提高|提升|下降|降低)?到了?|达到了|达到|达|为|共计|共|合计|总计|约|是|超过|了|计|将)+$")
# The last characters of those words: text that ends otherwise (or is empty) has none to strip.
_TRAIL_LAST = frozenset("到了达为计共约是过将")
_PREPOSITION = re.compile(r"^(?:为|对|给|向|帮助|协助|帮)")
_FUNCTION_ONLY = re.compile(r"^(?:为|对|给|向|帮助|协助|让|使|把|将|与|和|及|在|有|拥有|建成|建立|开发|培育|打造|吸纳|欢送|保障)$")


@dataclass
class _Clause:
    start: int  # offsets within the sentence
    end: int
    lead: str | None  # the adcode the clause opens with, if any


def find_metrics(article: Article, regions: RegionAnalysis, brands: tuple[Brand, ...] | list[Brand] = ()
                 ) -> tuple[Observation, ...]:
    """One Observation per quantitative statement of the article, in order of appearance (the headline's first,
    where the headline stands apart from the body). `brands` lets a brand's figures go to the brand's origin."""
    homes = _BrandHomes.of(brands)
    headline = _headline_metrics(article, regions, homes)
    out: list[Observation] = []
    gaz = _gazetteer()
    by_paragraph: dict[int, list[Sentence]] = {}
    paragraph_order: list[int] = []
    for sentence in article.sentences:
        if sentence.paragraph not in by_paragraph:
            paragraph_order.append(sentence.paragraph)
            by_paragraph[sentence.paragraph] = []
        by_paragraph[sentence.paragraph].append(sentence)
    towns = _town_counties(article, regions, gaz)
    article_year = article.year
    # The year in force at the end of the last paragraph that named a time: a table of "指标：数值" lines
    # under a heading (一季度主要数据：) reports for the time said before it.
    table_year: int | None = None
    # A report with a date line reports the state and the events of its date: a figure with no time word
    # is of that year. A year read off the text alone starts nothing.
    event_year: int | None = None if article.document.date_inferred else article_year
    for paragraph in paragraph_order:
        sentences = by_paragraph[paragraph]
        if _is_footer(article, paragraph, sentences):
            break
        fallback = regions.subject_of_paragraph(paragraph)
        # the year in force, carried sentence to sentence; a report's own year (its date line's, or today's)
        # goes on into the next paragraph, which tells the same event (the train left at noon, 565 aboard)
        year_state: int | None = event_year
        last_dated: int | None = None  # the last year a marker named outright, for 当年 and bare dates
        carry_region: str | None = None
        dated = False
        previous_mentions: list[RegionMention] = []
        for sentence in sentences:
            text = sentence.text
            mentions = _mentions_in(regions, sentence)
            clauses = _clauses(text, mentions, sentence.start, carry_region or fallback, fallback, gaz, towns)
            # A lead read off a quoted name (“巴东建工”入选…) is the brand's place: it holds for its own clause
            # but does not carry the next sentence (目前，“硒都茶师”品牌从业人员… is the paragraph's again).
            lead = next((c.lead for c in clauses if c.lead and not _QUOTED_LEAD.match(text, c.start)), None)
            markers = _year_markers(text)
            dated = dated or bool(markers)
            if not markers and year_state is None and _TABLE_LINE.match(text):
                year_state = table_year
            candidates, masked = _candidates(text, homes)
            paired = (_respectively(text, candidates, mentions, sentence.start, previous_mentions)
                      if "分别" in text else {})
            previous: tuple[int, str] | None = None  # (end of the last figure, its indicator)
            evidence = Evidence.of(sentence) if candidates else None  # one record for all its figures
            for q, unit in candidates:
                a_start, a_end = sentence.start + q.start, sentence.start + q.end
                if article.unreliable and not article.is_reliable(a_start, a_end):
                    continue
                region = paired.get(q.start) or _region_for(q, text, clauses, mentions, sentence.start, carry_region,
                                                            fallback, gaz, homes)
                if region is None:
                    continue
                baseline = _baseline_in_brackets(q, text) if masked else None
                if baseline is not None:
                    # 较去年同期（1.48万人）增加…: last year's figure, of what the figure before it counts; the
                    # change after the brackets still compares with that figure, so `previous` stays
                    when, back = baseline
                    base = previous[1].split("同比")[0] if previous else _indicator(q, text, clauses, mentions,
                                                                                    sentence.start, masked, None)
                    out.append(Observation(
                        region=region, value=q.value, unit=unit, indicator=when + base, evidence=evidence,
                        year=article_year - back if article_year and back is not None else None,
                        approximate=q.approximate, value_max=q.value_max))
                    continue
                following = next((other.start for other, _ in candidates if other.start > q.start), len(text))
                indicator = _indicator(q, text, clauses, mentions, sentence.start, masked, previous, following)
                previous = (q.end, indicator)
                year = _year_for(q.number_start, markers, year_state, last_dated, article_year)
                if year is None and markers and _present_after(q, text, markers):
                    year = article_year  # 6个品牌正在培育中: the clause's own present tense dates it
                out.append(Observation(
                    region=region, value=q.value, unit=unit, indicator=indicator,
                    evidence=evidence, year=year, approximate=q.approximate,
                    value_max=q.value_max,
                ))
            prior = year_state
            year_state, last_dated = _year_after(markers, year_state, last_dated, article_year)
            if markers and all(m.kind in _SPAN_KINDS for m in markers):
                year_state = prior  # 每年带回20亿元；100多家…: a span of years dates its own sentence only
            if lead:
                carry_region = lead
            previous_mentions = mentions
        if dated:
            table_year = year_state
        event_year = year_state if year_state is not None and year_state == article_year else None
    # A headline figure the body states too (in whatever words or counter) is read from the body, which says more.
    stated = {o.value for o in out}
    return tuple([o for o in headline if o.value not in stated] + out)


def _candidates(text: str, homes: _BrandHomes) -> tuple[list[tuple[Quantity, str]], list[tuple[int, int]]]:
    """The figures of one sentence that are statements, each with its unit, and the sentence's masked spans."""
    candidates = [(q, u) for q in find_quantities(text) if (u := _metric_unit(q, text, homes)) is not None]
    if candidates and _is_anecdote(text):
        candidates = [(q, u) for q, u in candidates if _keeps_in_anecdote(q, text)]
    candidates = [(q, u) for q, u in candidates if not _own_wage(q, u, text)]
    masked = _masked_spans(text) if candidates else []
    return [(q, u) for q, u in candidates if _is_statement(q, text, masked)], masked


def _headline_metrics(article: Article, regions: RegionAnalysis, homes: _BrandHomes) -> list[Observation]:
    """A headline kept apart from the body (HTML <title>, front matter) often gives the article's own round
    figure (…带动12万人就业) that the body states differently: it is a figure about the article's subject,
    of the article's year. A headline the body repeats is read with the body."""
    title = article.title
    if not title or title in article.text or regions.subject is None:
        return []
    candidates, masked = _candidates(title, homes)
    if not candidates:
        return []
    evidence = Evidence(title, 0, 0)  # the headline has no offsets in the body
    out, previous = [], None
    for q, unit in candidates:
        region = _brand_owner(q, title, homes) or regions.subject
        indicator = _indicator(q, title, [], [], 0, masked, previous)
        previous = (q.end, indicator)
        out.append(Observation(region=region, value=q.value, unit=unit, indicator=indicator, evidence=evidence,
                               year=article.year, approximate=q.approximate, value_max=q.value_max))
    return out


# -- brands -------------------------------------------------------------------------------------------------

_LINK_BEFORE_FIGURE = re.compile(r"(?:已有|已达|已超|有|达到|达|为|共|约|超)$")
_CLOSING_QUOTES = ("”", "」", "\"", "’")
_LOOSE_SLACK = 2  # a shortened brand name may carry a character or two that the canonical one lacks


class _BrandHomes:
    """The article's brand names (and their other spellings), longest first, each with its origin."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = sorted(pairs, key=lambda p: (-len(p[0]), p[0]))
        origins = {code for _, code in pairs}
        self.only_origin = next(iter(origins)) if len(origins) == 1 else None
        # by their first two characters: most positions start no brand name, and are rejected in one look-up
        self.by_head: dict[str, list[tuple[str, str]]] = {}
        for name, code in self.pairs:
            self.by_head.setdefault(name[:2], []).append((name, code))

    @classmethod
    def of(cls, brands) -> _BrandHomes:
        return cls([(name, b.origin) for b in brands if b.origin
                    for name in (b.name, *b.alt_labels) if len(name) >= 2])

    def named_before(self, text: str, pos: int) -> str | None:
        """The origin of the brand whose name ends at `pos` (before a closing quote mark), if any."""
        link = _LINK_BEFORE_FIGURE.search(text, max(0, pos - 3), pos)
        if link:
            pos = link.start()  # 某某银匠有2000余人
        if pos and text[pos - 1] in _CLOSING_QUOTES:
            pos -= 1
        return next((code for name, code in self.pairs if text.endswith(name, 0, pos)), None)

    def named_at(self, text: str, pos: int) -> str | None:
        """The origin of the brand whose name starts at `pos` (after an opening quote mark), if any."""
        if pos < len(text) and text[pos] in _OPENING_QUOTES:
            pos += 1
        candidates = self.by_head.get(text[pos:pos + 2])
        if not candidates:
            return None
        exact = next((code for name, code in candidates if text.startswith(name, pos)), None)
        if exact is not None:
            return exact
        # 宣汉石匠 for the brand 宣汉巴山石匠: the same place and the same trade, a qualifier left out
        return next((code for name, code in candidates if len(name) >= 5
                     and name[-2:] in text[pos + 2:pos + len(name) + _LOOSE_SLACK]), None)


# 至今，公司已培训…: in an article whose brands all come from one place, the company, association or
# brand the sentence opens on is the brand's, and so are its figures.
_LEAD_WORDS_AT = re.compile(_LEAD_WORDS.pattern[1:])  # the same words, read at any offset
_BRAND_BODY = re.compile(r"(?:该|这家|这个)?(?:公司|企业|协会|品牌)(?:已|已经|累计|共|先后|目前|还|也|又|现|今年)")


def _brand_owner(q: Quantity, text: str, homes: _BrandHomes) -> str | None:
    """2万宣汉石匠, 12项“某某月嫂”服务规范, 在外从业的某某焊工超过1.2万人: a figure written right before or
    right after a brand's name is the brand's."""
    if not homes.pairs:
        return None
    return homes.named_at(text, q.end) or homes.named_before(text, q.start)


def _brand_subject(text: str, clauses: list[_Clause], index: int, homes: _BrandHomes, fallback: str | None,
                   gaz) -> str | None:
    """The origin of the brand that the figure's clause, or an earlier clause of its sentence with no place of
    its own, opens on (“某某月嫂”依托…，制定了12项…)."""
    if not homes.pairs:
        return None
    for clause in reversed(clauses[:index + 1]):
        start = _LEAD_WORDS_AT.match(text, clause.start).end()
        code = homes.named_at(text, start)
        if code is None and homes.only_origin and _BRAND_BODY.match(text, start) and fallback and gaz is not None \
                and (homes.only_origin == fallback or gaz.contains(fallback, homes.only_origin)):
            code = homes.only_origin
        if code is not None:
            return code
        if clause.lead:
            return None
    return None


# -- filters ------------------------------------------------------------------------------------------------

def _is_footer(article: Article, paragraph: int, sentences: list[Sentence]) -> bool:
    if 0 <= paragraph < len(article.paragraphs):
        span = article.paragraphs[paragraph]
        return bool(_FOOTER.match(article.text[span.start:span.end]))
    return bool(sentences) and bool(_FOOTER.match(sentences[0].text))


def _is_anecdote(text: str) -> bool:
    """One person's story: an age, a singular pronoun (他, 她, 我) in the sentence."""
    if not any(word in text for word in _ANECDOTE_WORDS):
        return False
    return bool(_AGE.search(text) or _PRONOUN.search(text) or _FIRST_PERSON.search(text))


def _keeps_in_anecdote(q: Quantity, text: str) -> bool:
    """A count of the people a person's enterprise takes on (吸纳42名妇女就业) is a figure about the place."""
    return q.unit in ("人", "家", "户") and bool(_EMPLOYS.search(text, _clause_start(text, q.start), q.start))


def _own_wage(q: Quantity, unit: str, text: str) -> bool:
    """A wage in the figure's clause that no group word (人均, 普遍 …) makes a statistic: one person's pay."""
    if unit != "元":
        return False
    start = _clause_start(text, q.start)
    if not _OWN_WAGE.search(text, start, q.start) or _AGGREGATE.search(text):
        return False
    return not (_OWN_WAGE.match(text, start) and _counts_people(text, start))


def _counts_people(text: str, before: int) -> bool:
    """A count of several people earlier in the sentence (组织1260名劳动力…，月工资在…): a wage clause with no
    subject of its own (it opens on the wage word) is then the group's, not one person's."""
    return any(q.unit in ("人", "人次") and q.value > 1 and q.end <= before for q in find_quantities(text))


def _masked_spans(text: str) -> list[tuple[int, int]]:
    if not _MASK_OPENER.search(text):
        return []  # most sentences quote nothing and have no aside
    return [m.span() for m in _SHORT_QUOTE.finditer(text)] + [m.span() for m in _PAREN.finditer(text)
                                                              if not _BREAKDOWN_ASIDE.match(text, m.start() + 1)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _metric_unit(q: Quantity, text: str, homes: _BrandHomes | None = None) -> str | None:
    if q.unit == "块" and _PAY_WORDS.search(text, _clause_start(text, q.start), q.start):
        return "元"
    if q.unit is not None:
        return q.unit if q.kind in _METRIC_KINDS else None
    if _PERSON_NOUN.match(text, q.end) and not q.chinese:
        return "人"
    if homes is not None and homes.pairs and not q.chinese and homes.named_at(text, q.end):
        return "人"  # 2万宣汉石匠: a brand names a group of workers
    if q.raw.endswith(("万", "亿")) and _MONEY_BEFORE.search(text, max(_clause_start(text, q.start), q.start - 12),
                                                         q.number_start if q.number_start else q.start):
        return "元"  # 年劳务收入超过48亿: an income or an output said without its 元
    return None


_MONEY_BEFORE = re.compile(r"(?:收入|产值|创收|增收|资金|工资|营业额|销售额|总额|投资|投入|收益|补贴|补助|奖补|贷款)"
                           r"(?:总额|总计|累计)?(?:超过|超|达到|达|为|约|近|突破|共计|共|合计|逾)?$")


def _is_statement(q: Quantity, text: str, masked: list[tuple[int, int]]) -> bool:
    """False for ordinals, dates, codes, slogans, thresholds, targets, durations and asides."""
    ns = q.number_start
    before = text[ns - 1] if ns > 0 else ""
    after = text[q.end] if q.end < len(text) else ""
    raw_number = text[ns:q.end]
    # ("" is in every string: a figure at either end of its text is tested on what is there.)
    if before == "第" or (before and before in "+＋#/／-－.@") or (before.isascii() and before.isalnum()):
        return False
    # A colon after a word is a label's (城镇新增就业：6218人); after a digit it is a clock or a score (8:30).
    if before and before in ":：" and (ns < 2 or not _HAN.match(text[ns - 2])):
        return False
    if (after and after in "+＋/／:-－") or (after.isascii() and after.isalpha()):
        return False
    if raw_number[:1] == "0" and raw_number[1:2].isdigit():
        return False  # codes and telephone numbers keep their leading zero
    if q.chinese and q.value == 1 and not q.bare:
        return False  # 一个缩影, 一家拉面店: an article, not a count
    if q.chinese and q.value <= 10 and q.unit in _SLOGAN_UNITS and not _CONCRETE_NOUN.match(text, q.end) \
            and not (q.unit == "批" and before == "分"):
        return False  # (分五批组织: the number of organised trips is a figure)
    if q.chinese and q.value <= 10 and (text[:ns].endswith(_REFERRING) or _THEN_EACH.match(text, q.end)):
        return False  # 这两个品牌, 两个品牌分别带动…: a reference to things named before, not a count
    if q.unit == "个" and _SCOPE_BEFORE.search(text, max(0, ns - 3), ns) and _UNITS_OF_SCOPE.match(text, q.end):
        return False  # 来自全州八个县市的选手: the units of the scope, said to qualify another figure
    if masked and _inside(masked, q.start, q.end) and _baseline_in_brackets(q, text) is None:
        return False
    if q.suffix == "以下":
        return False
    if q.suffix == "以上" and (after == "的" or (_HAN.match(after) and after not in _VERB_AFTER_ABOVE)):
        return False
    if q.raw.startswith("超过") and after == "的":
        return False
    head = text[max(0, q.number_start - 4):q.number_start]  # 不超过10万元: 超过 is inside the quantity
    if head.endswith(_THRESHOLD_BEFORE):
        return False
    if q.unit in ("天",) and (head.endswith(_DURATION_BEFORE) or _DURATION_AFTER.match(text, q.end)):
        return False
    if text.startswith(_EVENT_PARTS, q.end):
        return False
    if q.unit in ("人", "户") and _SIZE_OF_PLACE.match(text, q.end):
        return False  # 一个2000多人的村庄: the size of a place described, not a count the article reports
    clause_start = _clause_start(text, q.start)
    target = _TARGET.search(text, clause_start, q.start)
    if target and target.group() == "争取" and _FUNDS.search(text, target.end(), q.start):
        target = None  # 累计争取协作资金380万元: funds secured, not a goal
    if target and not (target.group().startswith("将") and _FORECAST.search(text, 0, target.start())):
        return False  # (预计…将达到N: a forecast the county publishes is reported as its figure)
    if q.unit == "元" and _SUBSIDY_AFTER.match(text, q.end) and _GRANT_BEFORE.search(text, clause_start, q.start):
        return False
    if q.chinese and q.value <= 10 and _AFTER_NAMES.search(text[clause_start:ns]):
        return False
    if q.unit == "%" and q.value == 100 and _FULL_DONE.match(text[q.end:q.end + 3]):
        return False
    return True


# 较去年同期（1.48万人）, 比上年（2300人）: the figure in the brackets is the baseline of a comparison, a figure
# of the earlier time (the brackets mask every other aside).
_BASELINE_BRACKET = re.compile(r"(?:较|比|同比|与)(?P<when>去年|上年|上一年|前年)?(?P<same>同期)?\s?[（(]$")
_YEARS_BACK = {"去年": 1, "上年": 1, "上一年": 1, "前年": 2}


def _baseline_in_brackets(q: Quantity, text: str) -> tuple[str, int | None] | None:
    """(the time words, how many years back) when the figure alone fills brackets after a comparison word."""
    ns = q.number_start if q.number_start else q.start
    m = _BASELINE_BRACKET.search(text, max(0, ns - 8), ns)
    if m is None or m.end() != ns or text[q.end:q.end + 1] not in (")", "）"):
        return None
    when = (m.group("when") or "") + (m.group("same") or "")
    return when, _YEARS_BACK.get(m.group("when") or "")


def _clause_start(text: str, pos: int) -> int:
    """Just after the last clause punctuation before `pos`, else 0."""
    stops = _clause_stops(text)
    i = bisect_left(stops, pos)
    return stops[i - 1] + 1 if i else 0


@lru_cache(maxsize=8)
def _clause_stops(text: str) -> list[int]:
    """Offsets of the clause punctuation of a sentence, found once per sentence."""
    return [m.start() for m in _CLAUSE_SPLIT.finditer(text)]


# -- regions ------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _gazetteer():
    try:
        from kg.gazetteer import Gazetteer
        return Gazetteer.load()
    except Exception:  # the metrics still work on the paragraph subject without it
        return None


def _mentions_in(regions: RegionAnalysis, sentence: Sentence) -> list[RegionMention]:
    # In text order already: RegionAnalysis keeps its mentions sorted by (start, end, code).
    return list(regions.mentions_between(sentence.start, sentence.end))


def _lift(code: str | None, level: str, gaz, word: str = "") -> str | None:
    """The region at `level` that contains `code` (全市 in a county's paragraph is its city)."""
    if code is None or gaz is None:
        return code
    region = gaz.get(code)
    if region is None or region.level == level:
        return code
    if word == "市" and region.kind == "县级市":
        return code  # 全市 in 林州市, a county-level city, is 林州市 itself; 全州 still lifts
    for ancestor in gaz.ancestors(code):
        if ancestor.level == level:
            return ancestor.code
    return code


def _clauses(text: str, mentions: list[RegionMention], offset: int, current: str | None, subject: str | None,
             gaz, towns: dict[str, str] | None = None) -> list[_Clause]:
    """The sentence's clauses, each with the region it opens with (苏州12家… → 苏州市, 全市… → the city)."""
    clauses: list[_Clause] = []
    start = 0
    for stop in _clause_stops(text):  # each stop is one character of clause punctuation
        if stop > start:
            clauses.append(_Clause(start, stop, None))
        start = stop + 1
    if len(text) > start:
        clauses.append(_Clause(start, len(text), None))
    if subject is not None and _UNIT_COUNT.search(text):
        for clause in clauses:
            if _GROUP_OF_UNITS.match(text, clause.start):
                clause.lead = subject
    # What no part of the sentence holds, no clause head holds: test the sentence once, not each clause.
    has_anaphora = _ANAPHORA.search(text) is not None
    if towns:
        towns = {town: county for town, county in towns.items() if town in text}
    if not mentions and not towns and not has_anaphora:
        return clauses
    starts = [m.start - offset for m in mentions]  # in order, as mentions are
    last_lead: str | None = None
    for clause in clauses:
        if clause.lead is not None:  # a group of the subject's units
            last_lead = clause.lead
            continue
        # Only the first region named within 14 characters of the clause start may open it.
        k = bisect_left(starts, clause.start)
        if k < len(starts) and starts[k] < clause.end and starts[k] - clause.start <= 14:
            clause.lead = _opening_region(text, clause, mentions, k, offset, subject, gaz)
        if clause.lead is None and towns:
            clause.lead = _town_lead(text, clause, towns)
        if clause.lead is None and has_anaphora:
            head = text[clause.start:clause.start + 16]
            for am in _ANAPHORA.finditer(head):
                if _ANAPHORA_LEAD.match(head[:am.start()]) or (
                        head[:am.start()].strip() == "从" and head.startswith(("看", "来看"), am.end())):
                    # 在泸溪县，全县…: the region an earlier clause opened with is the one referred to.
                    clause.lead = _lift(last_lead or current, _LEVEL_OF[am.group("level")], gaz, am.group("level"))
                break
        last_lead = clause.lead or last_lead
    return clauses


def _opening_region(text: str, clause: _Clause, mentions: list[RegionMention], k: int, offset: int,
                    subject: str | None, gaz) -> str | None:
    """The region the clause opens with when mentions[k], near its start, names it; else None."""
    m = mentions[k]
    prefix = text[clause.start:m.start - offset]
    if not prefix.strip() and k and clause.start and mentions[k - 1].end - offset == clause.start - 1 \
            and _is_place_of_work(text, mentions, k - 1, offset):
        return None  # 向江苏常州、无锡，福建厦门…: a list of destinations that goes on past a comma
    # Most clauses open on the name itself; an empty prefix passes the lead words and names no destination.
    if prefix and (not _LEAD.match(prefix) or _is_destination(prefix, text, mentions, k, offset)):
        return None
    if k and _BREAKDOWN_LEAD.match(prefix) and any(
            e.code == m.code and e.start - offset < clause.start and _is_place_of_work(text, mentions, i, offset)
            for i, e in enumerate(mentions[:k])):
        return None
    if prefix.rstrip(" \u3000").endswith("在") and _AMONG.match(text, _list_end(text, mentions, k, offset)):
        return None
    if (subject is not None and gaz is not None and not gaz.contains(subject, m.code)
            and not gaz.contains(m.code, subject) and _ORGANISATION_AFTER.match(text, m.end - offset)):
        return None
    # A县、B县的N名…: a clause opening on a list of places speaks of them together, as their parent
    together = _common_parent(text, mentions, k, offset, gaz)
    if together:
        return together
    quoted = _quoted_place(text, mentions[_chain_end(mentions, k)], offset, gaz)
    if quoted:
        return quoted
    # The most specific of a chain written together (贵州铜仁市, 陕西省留坝县, 无锡惠山区).
    return _actor_or_place(text, mentions, _chain_end(mentions, k, text, offset), offset, subject, gaz)


_CLOSING_QUOTE = re.compile(r"[”」\"’]")
QUOTED_PLACE_LENGTHS = (3, 2)  # a county's or city's name opening a quoted brand: 3 letters, else 2


def _quoted_place(text: str, m: RegionMention, offset: int, gaz) -> str | None:
    """A省“B县花炮工”现有企业…: a region inside m whose name opens the quoted name written right after it."""
    at = m.end - offset
    if gaz is None or text[at:at + 1] not in _OPENING_QUOTES:
        return None
    if not _single_name(text, at + 1):
        return None  # X“A”“B”等N个品牌: a list of names is the region's own
    for length in QUOTED_PLACE_LENGTHS:
        inside = [r.code for r in gaz.lookup(text[at + 1:at + 1 + length]) if gaz.contains(m.code, r.code)]
        if len(inside) == 1:
            return inside[0]
    return None


def _common_parent(text: str, mentions: list[RegionMention], k: int, offset: int, gaz) -> str | None:
    """The nearest region holding every place of a list that opens a clause (A县、B县…), if any."""
    if gaz is None:
        return None
    codes = [mentions[_chain_end(mentions, k)].code]
    last = _chain_end(mentions, k)
    while last + 1 < len(mentions):
        gap = text[mentions[last].end - offset:mentions[last + 1].start - offset]
        if not (len(gap) == 1 and gap in _LIST_JOIN):
            break
        last = _chain_end(mentions, last + 1)
        codes.append(mentions[last].code)
    if len(set(codes)) < 2:
        return None
    for ancestor in gaz.ancestors(codes[0]):
        if all(gaz.contains(ancestor.code, c) for c in codes[1:]):
            return ancestor.code if ancestor.level != "province" else None
    return None


# A town or township written right after its county (留坝县西乡镇, 镇雄县坡头镇): not a region of the
# gazetteer, but a clause that later opens with it (如今，西乡镇已有350人…) is about that county.
# Two to four characters before 镇/乡 keep out words that merely end so (返乡, 城乡, 城镇, 下乡).
_TOWN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")


def _town_counties(article: Article, regions: RegionAnalysis, gaz) -> dict[str, str]:
    """Town name -> the county it was first written after."""
    towns: dict[str, str] = {}
    if gaz is None:
        return towns
    for m in regions.mentions:
        region = gaz.get(m.code)
        if region is None or region.level != "county":
            continue
        town = _TOWN_AFTER.match(article.text, m.end)
        if town:
            towns.setdefault(town.group(), m.code)
    # In the order _town_lead tries them: longest first.
    return {town: towns[town] for town in sorted(towns, key=lambda t: (-len(t), t))}


def _town_lead(text: str, clause: _Clause, towns: dict[str, str]) -> str | None:
    head = text[clause.start:clause.start + 20]
    for town in towns:  # longest first, as _town_counties orders them
        pos = head.find(town)
        if 0 <= pos <= 14 and _LEAD.match(head[:pos]):
            return towns[town]
    return None


def _chain_end(mentions: list[RegionMention], k: int, text: str = "", offset: int = 0) -> int:
    """The index of the last of the names written together from mentions[k] on (贵州铜仁市 → 铜仁市); with
    the text, also through an opening quote (A省“B县花炮工” → B县: the province only places the name)."""
    while k + 1 < len(mentions) and (mentions[k + 1].start == mentions[k].end or text and _gaz_contains(
            mentions[k].code, mentions[k + 1].code) and text[mentions[k].end - offset:mentions[k + 1].start - offset]
            in _OPENING_QUOTES and _single_name(text, mentions[k + 1].start - offset)):
        k += 1
    return k


def _single_name(text: str, inside: int) -> bool:
    """The quoted name holding `inside` is not one of a list of names (“A”“B”, “A”、“B”)."""
    close = _CLOSING_QUOTE.search(text, inside)
    return close is not None and text[close.end():close.end() + 1] not in _OPENING_QUOTES + ("、",)


_OPENING_QUOTES = ("“", "「", "\"", "‘")


def _gaz_contains(a: str, b: str) -> bool:
    gaz = _gazetteer()
    return gaz is not None and gaz.contains(a, b)


def _list_end(text: str, mentions: list[RegionMention], k: int, offset: int) -> int:
    """Where a list of places from mentions[k] on ends (深圳、东莞 / 四川宣汉、湖北恩施建始), relative to text."""
    last = _chain_end(mentions, k)
    while last + 1 < len(mentions):
        gap = text[mentions[last].end - offset:mentions[last + 1].start - offset]
        if not (gap == "" or (len(gap) == 1 and gap in _LIST_JOIN)):
            break
        last = _chain_end(mentions, last + 1)
    return mentions[last].end - offset


def _is_destination(prefix: str, text: str, mentions: list[RegionMention], k: int, offset: int) -> bool:
    """在X务工…, 在X、Y等地就业… (where workers are) and 来自X的… (where they come from) open no clause subject."""
    stripped = prefix.rstrip(" \u3000")
    if stripped.endswith("在"):
        return bool(_WORK_AFTER.match(text, _list_end(text, mentions, k, offset)))
    if stripped.endswith("来自"):
        return bool(_FROM_ATTRIBUTE.match(text, _list_end(text, mentions, k, offset)))
    return False


def _actor_or_place(text: str, mentions: list[RegionMention], j: int, offset: int, subject: str | None,
                    gaz) -> str:
    """The lead of a clause "A在B…": B when B is the paragraph's own region and A an outside actor.

    闵行区在镇雄设立就业帮扶车间12个 in an article about 镇雄: the workshops and the jobs are 镇雄's; but
    林州市在北京设立了2个服务站 in one about 林州 keeps 林州 (the stations are its own, abroad).
    """
    actor = mentions[j]
    rel = actor.end - offset
    if subject is None or gaz is None or not text.startswith("在", rel) or j + 1 >= len(mentions):
        return actor.code
    nxt = mentions[j + 1]
    if nxt.start - offset != rel + 1:
        return actor.code
    place = mentions[_chain_end(mentions, j + 1)]
    if gaz.contains(subject, place.code) and not gaz.contains(subject, actor.code):
        return place.code
    return actor.code


def _respectively(text: str, candidates: list[tuple[Quantity, str]], mentions: list[RegionMention], offset: int,
                  previous_mentions: list[RegionMention]) -> dict[int, str]:
    """A..., B... 分别 N1、N2: the i-th figure after 分别 belongs to the i-th region named before it.

    The regions are the last N named before 分别 in the sentence, leaving out places workers go to (赴X, 在X
    务工); when the clause instead opens on a count of units (两旗县分别…), the N regions of the sentence
    before. Figures of one unit in the clause of 分别 only; nothing when the counts differ.
    """
    at = text.find("分别")
    stops = _clause_stops(text)
    i = bisect_left(stops, at)
    end = stops[i] if i < len(stops) else len(text)
    figures = [q for q, _ in candidates if at < q.start < end]
    if len(figures) < 2 or len({q.unit for q in figures}) > 1:
        return {}
    codes: list[str] = []
    for k, m in enumerate(mentions):
        rel = m.start - offset
        if rel >= at:
            break
        if m.code not in codes and not _is_place_of_work(text, mentions, k, offset):
            codes.append(m.code)
    if len(codes) < len(figures):
        clause_start = stops[i - 1] + 1 if i else 0
        if not _GROUP_OF_UNITS.match(text, clause_start):
            return {}
        codes = []
        for m in previous_mentions:
            if m.code not in codes:
                codes.append(m.code)
        if len(codes) != len(figures):
            return {}
    codes = codes[-len(figures):]
    return {q.start: code for q, code in zip(figures, codes)}


def _is_place_of_work(text: str, mentions: list[RegionMention], k: int, offset: int) -> bool:
    """mentions[k] is in a list governed by a verb of motion or by 在 (赴广州、深圳; 在深圳、东莞务工)."""
    k = _list_start(text, mentions, k, offset)
    rel = mentions[k].start - offset
    return rel > 0 and (text[rel - 1] in _TOWARDS or text[rel - 1] == "在")


# X籍 names the people counted (1.1万余名昭觉籍群众, 镇雄籍务工人员达2650人): their region is X.
_NATIVE_OF = "籍"


def _native_region(text: str, clause: _Clause, mentions: list[RegionMention], offset: int,
                   subject: str | None = None, gaz=None) -> str | None:
    """X籍: X, unless X lies outside the subject and the clause says they work 在 the subject's own region
    (在宁德稳定就业的宁夏籍务工人员: inbound workers, counted by the region that receives them)."""
    if _NATIVE_OF not in text:  # the rule of almost every figure: no 籍 in its sentence
        return None
    for m in mentions:
        rel = m.start - offset
        if clause.start <= rel and m.end - offset <= clause.end and text.startswith(_NATIVE_OF, m.end - offset):
            if subject is not None and gaz is not None and not _related(subject, m.code, gaz):
                for host in mentions:
                    h = host.start - offset
                    if (clause.start < h < rel and text[h - 1] == "在" and host.code != m.code
                            and _related(subject, host.code, gaz)):
                        return host.code
            return m.code
    return None


def _owner_before(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    """X省N个市州, Y市N万个…: a place written right before the figure owns it; 来自X的N名 (and
    来自X、Y等地的N名) counts people from X. Not a place workers are sent to (赴江苏1万人)."""
    ns = q.number_start if q.number_start else q.start
    for k in range(len(mentions) - 1, -1, -1):
        m = mentions[k]
        rel_end = m.end - offset
        if rel_end > ns:
            continue
        if rel_end == ns or (rel_end == q.start and ns > q.start):
            start = m.start - offset
            if start > 0 and (text[start - 1] in _TOWARDS or text[start - 1] == "在"):
                return None
            if any(e.code == m.code and _is_place_of_work(text, mentions, i, offset) for i, e in enumerate(mentions[:k])):
                return None  # 输送…至常州、无锡，其中常州1500人: a breakdown by where the sender's workers went
            if _list_start(text, mentions, k, offset) < _chain_start(mentions, k):
                return None  # A县、B县2600名: the figure is the list's, not its last place's
            return m.code
        head = mentions[_list_start(text, mentions, k, offset)]
        chained = _UNITS_COUNTED_BEFORE.search(text, rel_end, ns)
        if chained and chained.start() == rel_end and chained.end() == ns:
            start = m.start - offset  # 某省8个市州66个脱贫县: the second count is of the same province
            return None if start > 0 and (text[start - 1] in _TOWARDS or text[start - 1] == "在") else m.code
        if text.endswith("来自", 0, head.start - offset) and _FROM_COUNT.match(text, rel_end) \
                and _FROM_COUNT.match(text, rel_end).end() == ns:
            return m.code if head is m else None
        return None
    return None


# A count of administrative units between a place and the figure (N个市州, N个县区): the figure is the place's too.
_UNITS_COUNTED_BEFORE = re.compile(r"[0-9一二三四五六七八九十两]{1,3}个(?:市州|地州|市县|县市区|县市|县区|区县|市|州|县|区|旗|乡镇|镇|乡)")


def _owner_after(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    """N名A县银匠, N家B县茶馆: a place written right after a count of people or shops names
    whose they are (not a company's place, 3家常州企业; X籍 is read apart)."""
    if q.unit not in ("人", "家", "户"):
        return None
    k = next((i for i, m in enumerate(mentions) if m.start - offset >= q.end), None)
    if k is None or mentions[k].start - offset != q.end:
        return None
    end = _chain_end(mentions, k)
    after = text[mentions[end].end - offset:mentions[end].end - offset + 6]
    if len(after) < 2 or not (_HAN.match(after) and _HAN.match(after, 1)) or after.startswith(("籍", "等", "的")) \
            or _ORGANISATION_AFTER.match(after) or _COMPANY_WORDS.match(after):
        return None
    return mentions[end].code


# 店主六成是某地人, 60%为某地籍: a share said to be people of a place is a figure about that place.
_SHARE_OF_PEOPLE = re.compile(r"(?:都|均|以上|左右)?(?:是|为|系)")


def _people_of(q: Quantity, text: str, mentions: list[RegionMention], offset: int) -> str | None:
    if q.unit not in ("%", "成"):
        return None
    link = _SHARE_OF_PEOPLE.match(text, q.end)
    if not link:
        return None
    m = next((m for m in mentions if m.start - offset == link.end()), None)
    if m is None or not text.startswith(("人", "籍"), m.end - offset):
        return None
    return m.code


_COMPANY_WORDS = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:企业|公司|工厂|厂|集团|市场|车站|站)")


# 来自X的 / 来自X、Y等地的, then the figure
_FROM_COUNT = re.compile(r"(?:等地|等)?的")


def _chain_start(mentions: list[RegionMention], k: int) -> int:
    while k > 0 and mentions[k - 1].end == mentions[k].start:
        k -= 1
    return k


def _list_start(text: str, mentions: list[RegionMention], k: int, offset: int) -> int:
    """The index of the first place of the list (常州、无锡 / 江苏常州) that mentions[k] ends or is in."""
    while k > 0:
        gap = text[mentions[k - 1].end - offset:mentions[k].start - offset]
        if not (gap == "" or (len(gap) == 1 and gap in _LIST_JOIN)):
            break
        k -= 1
    return k


# 川籍务工人员, 湘籍建筑工人: a province's one-letter short form before 籍 names where the people counted come
# from, where the region finder, needing a verb before such a letter, names nothing.
_SHORT_NATIVE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])籍|(?<=[\d余多名])([\u4e00-\u9fff])籍")


def _native_short_form(text: str, clause: _Clause, gaz) -> str | None:
    if gaz is None or "籍" not in text[clause.start:clause.end]:
        return None
    for m in _SHORT_NATIVE.finditer(text, clause.start, clause.end):
        region = gaz.abbreviation(m.group(1) or m.group(2))
        if region is not None and region.level == "province":
            return region.code
    return None


def _related(a: str, b: str, gaz) -> bool:
    return a == b or gaz.contains(a, b) or gaz.contains(b, a)


def _region_for(q: Quantity, text: str, clauses: list[_Clause], mentions: list[RegionMention], offset: int,
                carry: str | None, fallback: str | None, gaz, homes: _BrandHomes | None = None) -> str | None:
    index = _clause_index(clauses, q.start)
    owner = _owner_before(q, text, mentions, offset)
    if owner:
        return owner
    if homes is not None:
        owner = _brand_owner(q, text, homes) or _brand_subject(text, clauses, index, homes, fallback, gaz)
        if owner:
            lead = clauses[index].lead if clauses else None
            if lead and gaz is not None and lead != owner and _related(lead, owner, gaz) \
                    and not _QUOTED_LEAD.match(text, clauses[index].start):
                return lead  # 某县已有1500余名“某州绣娘”: the county the clause names is the more specific
            return owner
    owner = _owner_after(q, text, mentions, offset) or _people_of(q, text, mentions, offset)
    if owner:
        return owner
    if clauses:
        native = _native_region(text, clauses[index], mentions, offset, fallback, gaz)
        if native:
            return native
        native = _native_short_form(text, clauses[index], gaz)
        if native:
            return native
    for clause in reversed(clauses[:index + 1]):
        if clause.lead:
            return clause.lead
    if _NATIVE_OF in text:
        # 某局开行3趟专列，运送2000余名X籍务工人员: the workers' native place, named elsewhere in the sentence,
        # is what the sentence's event is about; the place the last sentence was about is not
        for clause in clauses:
            native = _native_region(text, clause, mentions, offset, fallback, gaz) or _native_short_form(text, clause, gaz)
            if native:
                return native
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


# The verb right before a list of places (送往, 发往, 输送到, 赴): it says what the places counted are.
_GOVERNING_VERB = re.compile(r"[\u4e00-\u9fff]?[往到至]$|赴$")


def _places_list_start(text: str, comma: int, mentions: list[RegionMention], offset: int) -> int | None:
    """Where the list of places that the 、 at `comma` joins starts (relative to text), if it joins places."""
    k = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].end - offset == comma), None)
    if k is None:
        return None
    return mentions[_list_start(text, mentions, k, offset)].start - offset


def _clause_index(clauses: list[_Clause], pos: int) -> int:
    """The first clause that holds `pos` or ends right before it, else the last clause."""
    for i, clause in enumerate(clauses):
        if clause.start <= pos <= clause.end:
            return i
    return len(clauses) - 1


# -- indicators -----------------------------------------------------------------------------------------------

def _indicator(q: Quantity, text: str, clauses: list[_Clause], mentions: list[RegionMention], offset: int,
               masked: list[tuple[int, int]], previous: tuple[int, str] | None, following: int | None = None) -> str:
    """The short phrase that says what is counted: the words before the figure, or the noun after it.
    `following` is where the sentence's next figure starts: the noun after this one ends there."""
    label = _TABLE_LABEL.match(text[:q.start])
    if label:
        return label.group(1)  # - 城镇新增就业：6218人: the line's label names the figure
    if previous is not None and previous[1] and (_LIST_JOIN_ONLY.match(text, previous[0], q.start)
                                                 or _RANGE_JOIN.match(text, previous[0], q.start)):
        return previous[1]  # 分别输出护工3200人、2600人和1100人, 月薪6000至9000元: the list counts the same
    seg_start = _clause_start(text, q.start)
    # The last 、 before the figure that is not inside a quotation or an aside starts its segment.
    comma = text.rfind("、", seg_start, q.start)
    while comma >= 0 and _inside(masked, comma, comma + 1):
        comma = text.rfind("、", seg_start, comma)
    list_start = _places_list_start(text, comma, mentions, offset) if comma >= 0 else None
    if comma >= 0:
        seg_start = comma + 1
    if previous is not None and previous[0] > seg_start:
        seg_start = previous[0]
    before = text[seg_start:q.start]
    if list_start is not None and list_start > _clause_start(text, q.start) and (previous is None
                                                                                or previous[0] <= list_start):
        # 发往A、B、C等5个站点: the 、 joins places; the words before the list say what is counted
        qualified = text.rfind("的", comma + 1, q.start)
        if qualified >= 0 and q.start - qualified > 2 and not _inside(masked, qualified, qualified + 1):
            seg_start = qualified + 1  # 开行A、B等地至C、D等方向的返岗专列24列: the list qualifies the noun
            before = text[seg_start:q.start]
        else:
            seg_start = _clause_start(text, q.start)
            before = text[seg_start:list_start]
            governing = _GOVERNING_VERB.search(before)
            if governing:
                before = governing.group()  # 将务工人员送往A、B等15个城市: 送往 is what the places are to the figure
    # Leading region names and time words say where and when, not what.
    for m in mentions:
        rel = m.start - offset
        if rel - seg_start > 2:
            break  # mentions are in text order: none further on can lead the segment
        if seg_start <= rel and before.startswith(m.surface, rel - seg_start):
            before = before[rel - seg_start + len(m.surface):]
            seg_start = rel + len(m.surface)
    opening = text.rfind("“", 0, seg_start)
    if before.count("”") > before.count("“") and opening >= 0 and "”" not in text[opening:seg_start]:
        before = text[opening:seg_start] + before  # a segment cut inside a quoted name takes the whole name
    before = _LEAD_WORDS.sub("", before, count=1).strip(" ")
    if before in _BARE_WORDS:
        working = _WORKING_IN.search(text, _clause_start(text, q.start), q.start)
        if working:
            before = working.group(1)  # 在A、B等地务工的有3000人: where they work is what the count is of
    if before.startswith("等"):
        before = before[2:] if before.startswith("等地") else before[1:]  # 在东莞、长沙等地建立… after the list
    if before.endswith(("”等", "\"等", "」等")):
        before = ""  # “甲”、“乙”等3个品牌: the examples are not what is counted
    elif before.endswith("等") and ("、" in text[_clause_start(text, q.start):q.start] or _JOINED.search(before)):
        # 涉及电工、焊工等10个工种: the examples neither; the verb that governs the list stays
        governing = _LIST_VERB.match(text, _clause_start(text, q.start))
        before = governing.group() if governing else ""
    if len(before) > _LONG_BEFORE and 0 <= before.rfind("了") < len(before) - 2:
        before = before[before.rfind("了") + 1:]  # …部门签订了劳务合作协议100余份: the object of the verb
    if before[-1:] in _TRAIL_LAST:
        before = _TRAIL_WORDS.sub("", before)
    before = before.strip(" “”\"")
    before = _SLOGAN.sub("", before)  # 以“甲、乙”方式欢送: the quoted slogan is how, not what
    before = _TOGETHER.sub("", before)  # N趟专列共输送: 共 sums up, it is not what was counted
    means = _BY_MEANS.search(before)
    if means:
        before = before[means.end():]  # 各部门通过开通1032趟专车: the means, not who used it
    after = ""
    if q.end < len(text) and (_HAN.match(text[q.end]) is not None or text[q.end] in _OPENING_QUOTES
                              and _HAN.match(text, q.end + 1)):
        # a quotation inside the window does not use it up (两辆由政府提供的“…”专车)
        window = _NOUN_WINDOW + sum(e - s for s, e in masked if q.end <= s < q.end + _NOUN_WINDOW)
        j, stop = q.end, min(len(text), q.end + window, following if following is not None else len(text))
        while j < stop and ((ch := text[j]) not in _PHRASE_END or _inside(masked, j, j + 1)):
            if ch.isdigit() and not (text[j - 1].isascii() and text[j - 1].isalnum()):
                break  # the next figure; a train's number (D658次) goes on
            j += 1
        after = _counted_noun(text[q.end:j])
        carried = _CARRIED.search(before)
        if carried and after:
            # 大巴车载着98名农民工, 由A开往B的D37次列车，搭着565名务工人员: the vehicle and the people on it
            before = before[:carried.start()] or _vehicle_before(text, seg_start)
        predicate = _VERB_AFTER_NOUN.search(text, q.end, j)
        destination = _destination_after(text, predicate.start(), mentions, offset) if after and predicate else ""
        if destination:
            after = destination + after  # 护送35名务工人员前往某市: who went where
    if previous is not None and previous[1] and len(before) <= _COMPARED_MAX:
        # 输转6.9万人，比去年同期(4.3万人)增加2.6万人，增幅60%: the change of the figure before it
        base = previous[1].split("同比")[0]
        comparison = _COMPARED.match(_PAREN.sub("", before))
        if comparison:
            return base + "同比" + comparison.group(1)
        if before in _CHANGE_WORDS:
            return base + before
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
    if phrase.count("“") != phrase.count("”"):
        phrase = _QUOTE_MARKS.sub("", phrase)  # no half of a quotation left behind
    return phrase[-30:] if phrase else (q.unit or "")


# A line of a list: its label, a colon, the figure (and a hedge before it).
_TABLE_LABEL = re.compile(r"^[\s\-*•·+|｜]{0,4}([\u4e00-\u9fff（）()“”、]{2,24})\s{0,3}[：:|｜\t]\s{0,3}"
                          r"(?:约|逾|近|超过|超|共|达|计|合计|累计)?$")
_LIST_JOIN_ONLY = re.compile(r"\s*(?:、|和|及|与|以及|，和)\s*$")
_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|－|—|~|～)\s*$")
# Words that leave nothing to say what is counted; a clause naming where people work says it then.
_BARE_WORDS = frozenset({"", "在", "有", "分别有", "共有", "各有", "已有"})
_WORKING_IN = re.compile(r"(在[^，,；;。！？!?]{1,20}?(?:务工|就业|从业|工作|打工|创业))(?:的)?(?:分别|共|各|已)?有?$")
_NOUN_WINDOW = 20  # characters after a figure that its counted noun may take: a noun phrase, not a clause
_LONG_BEFORE = 16  # words before a figure longer than this are a whole clause, not a name for what is counted
_JOINED = re.compile(r"[和与及]")
_LIST_VERB = re.compile(r"涉及|包括|包含|涵盖|覆盖|囊括")
_CARRIED = re.compile(r"[载搭拉运带]着$")
_VEHICLE = re.compile(r"(?:[^的，,；;：:。！？!?]{0,8}?)(?:专列|列车|专车|大巴车|大巴|客车|班车|包车|航班|动车|高铁)$")
# 前往某市, 驶向某省某市: the verb of going, then where to
_GOING = re.compile(r"(?:前往|驶向|开往|奔赴|赶赴|去往|发往|赴)")


def _vehicle_before(text: str, seg_start: int) -> str:
    """The vehicle that the clause before the figure's names (由A开往B的D37次列车，搭着…), else nothing."""
    if seg_start < 2:
        return ""
    prior = text[_clause_start(text, seg_start - 1):seg_start - 1]
    found = _VEHICLE.search(prior)
    return found.group() if found else ""


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


# -- years ------------------------------------------------------------------------------------------------------

# What may dangle at the end of the words after a figure: a particle before the next figure (15个城市的约400家)
# or what a train's number leaves behind (…务工人员的D658次).
_TRAILING = re.compile(r"(?:的|约|近|超|共|达|了|至|到|之间|[A-Za-z0-9]+)+$")
_COMPARED_MAX = 24  # 较去年同期（1.48万人）增加: a comparison with its baseline in brackets, not a sentence
_CHANGE_WORDS = ("增幅", "增速", "增长率", "降幅")
_COMPARED = re.compile(r"^(?:比|较|同比|与)(?:去年|上年|前年)?(?:同期)?(?:相比)?(增加|增长|减少|下降|提高)$")


def _counted_noun(after: str) -> str:
    """The words right after a figure, without a particle or a train's letter left dangling, nor quotes."""
    verb = _VERB_AFTER_NOUN.search(after)
    if verb:
        after = after[:verb.start()]  # 40名务工人员背着行囊: what is counted ends where its verb starts
    after = _FROM_PLACE.sub("", after)  # 35名来自乡村的务工人员: where they come from qualifies them
    after = _NAMED_SLOGAN.sub("", after)  # 两辆“返岗点对点 服务心连心”专车: the slogan painted on them
    after = _TRAILING.sub("", after)
    return _QUOTE_MARKS.sub("", after)


# A quoted slogan of several parts (“甲、乙”, “出门、进厂”): a manner, not a name.
_SLOGAN = re.compile(r"(?:多渠道|多形式|多举措)?[“\"「][^“”\"「」]{0,16}[、，,][^“”\"「」]{0,16}[”\"」]")
_TOGETHER = re.compile(r"(?<=[\u4e00-\u9fff])[共又](?=输送|输出|转移|输转|培训|组织|开行|吸纳|带动|实现|帮助|发放|举办|签订)")
# 通过/依托/借助 (by means of) before a figure: what stands before it is who acted, not what was counted.
_BY_MEANS = re.compile(r"^.*(?:通过|依托|借助|采取|利用)")
# A verb written with 着 (背着, 载着) or a place after 在: the clause's predicate, not the counted noun.
# An adverb or a verb of going also starts the predicate (600余名务工人员分别从…, 6名“状元”脱颖而出).
_VERB_AFTER_NOUN = re.compile(r"(?<=[\u4e00-\u9fff”」\"]{2})(?:[\u4e00-\u9fff]着|在|分别|纷纷|陆续|顺利|成功|逐渐|逐步"
                              r"|正式|(?:前往|驶向|开往|奔赴|赶赴|去往)(?![^，,；;。的]{1,10}的)|脱颖而出|走南闯北)")
# (开往某地的专列: going there describes the train, the noun goes on)
_FROM_PLACE = re.compile(r"^来自[^的，,]{1,8}的(?=[\u4e00-\u9fff]{2})")
_NAMED_SLOGAN = re.compile(r"[“「\"][^”」\"]*[\s，,][^”」\"]*[”」\"](?=[\u4e00-\u9fff])")


_QUOTE_MARKS = re.compile(r"[“”\"「」『』]")


class _Marker(NamedTuple):
    start: int
    end: int
    kind: str
    value: int | None  # for explicit years


# A time after 较/比 (较去年同期增加, 比前年增加) or inside 与…相比 is the baseline of a comparison, not the
# time of the figure: it neither dates the figure nor changes the year in force.
_BASELINE_BEFORE = ("较", "比", "相较", "相比", "对比", "相对")
_BASELINE_AROUND = re.compile(r"[与和跟同]$")
_BASELINE_AFTER = re.compile(r"[^，,；;。！？!?]{0,8}?(?:相比|相较|比较)")
# What the marker must follow for either test to hold ($ also matches before a final newline).
_BASELINE_LAST = frozenset("较比对与和跟同\n")


def _is_baseline(text: str, m: re.Match) -> bool:
    if not m.start() or text[m.start() - 1] not in _BASELINE_LAST:
        return False
    head = text[max(0, m.start() - 2):m.start()]
    if head.endswith(_BASELINE_BEFORE):
        return True
    return bool(_BASELINE_AROUND.search(head)) and bool(_BASELINE_AFTER.match(text, m.end()))


_SPAN_KINDS = ("period", "range")  # 每年, 近年来, 2019—2023年: many years, no year in force


def _year_markers(text: str) -> list[_Marker]:
    out = []
    for m in _YEAR_MARK.finditer(text):
        if _is_baseline(text, m):
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


def _present_after(q: Quantity, text: str, markers: list[_Marker]) -> bool:
    """A present-tense marker (正在, 目前) after the figure in its own clause, and no time word before it."""
    if any(m.end <= q.number_start for m in markers):
        return False
    stops = _clause_stops(text)
    i = bisect_left(stops, q.end)
    end = stops[i] if i < len(stops) else len(text)
    return any(m.kind in ("now", "this_year") and q.end <= m.start < end for m in markers)


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

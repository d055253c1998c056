"""Which figures of a sentence are statements about a region (not ordinals, codes, slogans, targets, anecdotes)."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.numbers import Quantity, find_quantities
from kg.model import Article, Sentence
from kg.text.chars import HAN_RE
from kg.extract.metrics.brand_owner import BrandHomes
from kg.extract.metrics.clauses import any_of, clause_start_of, within_spans
from kg.extract.metrics.years import CAPTION_MARKS

# Units whose figures are statements about a region; times, ages and lengths never are.
_METRIC_KINDS = frozenset({"count", "money", "area", "percent"})
# A small count in Chinese numerals with these counters is a slogan's structure (三个一批, 五项行动, 两个确保)
# unless what it counts is a concrete thing: brands, enterprises, workshops, bases, stations, places.
_SLOGAN_UNITS = frozenset({"个", "项", "批", "条", "种", "类"})
_CONCRETE_NOUN = re.compile(  # (a quoted name may qualify the noun: 两个“某县木匠”服务站)
    r"(?:[“\"「][^”\"」，,。]{1,12}[”\"」])?[^，,；;：:。！？!?、“”\"\n]{0,6}?(?:品牌|企业|公司|车间|工厂|工坊|基地|园区|工作站|服务站|驿站|站点|中心|合作社"
    r"|市场|学校|院校|培训班|村|社区|乡镇|街道|县|窗口|门店|项目|协议|专业|工种)")
# A small count that refers back (这两个品牌, 上述三家企业) or is followed by 分别 names things, it counts none.
_REFERRING = ("这", "该", "上述", "以上", "前述", "这些", "此")
# 两人都在…, 三人一起…: the people of the story, counted as they act together, not a figure of the report
_BOTH_OF_THEM = ("都", "均", "一起", "一同", "一道", "同时", "还", "也")
_THEN_EACH = re.compile(r"[^，,；;。！？!?、\d]{0,6}?分别")
# 全州八个县市的…: the administrative units of the scope qualify another noun.
_SCOPE_BEFORE = re.compile(r"全(?:地区|[省市州县区盟旗])$")
_UNITS_OF_SCOPE = re.compile(r"(?:旗县|县区|区县|县市|市县|县|区|市|旗|乡镇|镇|乡|街道)(?:\(|（)?[^，,；;。]{0,3}?的")
_FULL_DONE = re.compile(r"[全]?覆盖|落实|完成")  # 100%覆盖: a coverage or completion rate, not a count

# A footer of unrelated links ends the article body (相关文章, 相关新闻 …).
_FOOTER = re.compile(r"^\s*(?:相关文章|相关阅读|相关新闻|延伸阅读|推荐阅读|猜你喜欢|热门推荐|相关链接)\s*[：:]?\s*$")
_FOOTER_AT = re.compile(_FOOTER.pattern[1:])  # the same, read in place from a paragraph's start (no copy of it)
# Short quotations are names and slogans (“暖春送福万岗万人”, “两个就业服务”平台, “一人一策”); long ones
# are speech and carry real figures, so only quotes without clause punctuation and ≤ 16 chars count.
_SHORT_QUOTE = re.compile(r"“[^“”，。；！？\n]{0,16}”|\"[^\"，。；\n]{0,16}\"|「[^「」，。\n]{0,16}」|『[^『』，。\n]{0,16}』")
# Parenthesised asides describe, they do not report (（市县共设1个主会场6个分会场同步开展）).
PAREN = re.compile(r"[（(][^（()）\n]{0,30}[)）]")
# （其中贫困户开办1250家）: a breakdown of the figure before the brackets reports a figure of its own.
_BREAKDOWN_ASIDE = re.compile(r"\s?其中")
_MASK_OPENER = re.compile(r"[“\"「『（(]")  # what each of the two opens with

# -- anecdotes: one person's age, wage or story is not a figure about a region --------------------------
_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?!以上|以下|及以上|至|到|-)|家住")
# (not 其他, 利他, 他乡; nor a pronoun that only introduces what an official says: 他同时透露, 她表示)
_PRONOUN = re.compile(r"(?:(?<![其利排])他(?![们人乡处])|她(?!们))"
                      r"(?!(?:还|同时|也|又|进一步|最后)?(?:说|表示|透露|介绍|指出|强调|称|告诉记者|谈到|坦言))")
# First person singular is one speaker's own story (我在东莞打零工); 我们, 我市, 我县, 我国 … speak for many.
_FIRST_PERSON = re.compile(r"(?<![自])我(?![们市县区省州国局部院校厂司镇乡村盟旗委厅处所站社])")
# Each of the three needs one of these words; most sentences have none, and a substring test is cheap.
_ANECDOTE_WORDS = ("岁", "家住", "他", "她", "我")
_ANECDOTE_WORD = re.compile("|".join(_ANECDOTE_WORDS))  # (one scan of the sentence for all of them)
# What one person's enterprise does for others stays a figure (她开办工坊，吸纳42名妇女就业).
_EMPLOYS = re.compile(r"(?:吸纳|带动|招收|招用|雇用|雇佣|安置|帮助|组织|带领|带出|培养|培训|教会)[^，,；;。！？!?]{0,8}$")
_EMPLOYED_AFTER = re.compile(r"[^，,；;。！？!?]{0,6}?(?:吸纳|带动|招收|安置|组织|带领|带出|培养|培训|教会)")
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
# A goal or a plan to come (确保, 力争, 将新建) is no statement. A scheduled event is: 预计共运送620名, 将于3日
# 分发3趟专列, 拟打造5个品牌 report what the county has already set in motion (the real set counts them).
# (计划, 打算 and 拟 as verbs of a plan in the figure's clause: 计划全年再培训…, 县里打算明年新建…, 拟于下月组织…;
# followed by a time or 再/新, since a programme's name ends in 计划 too: 雨露计划培训…)
_TARGET = re.compile(r"确保|力争|争取|目标[是为]|将(?<!已将)(?:会|要|有|陆续|继续|再|共同|共建|新建|建成|建设|达到|实现"
                     r"|组织|举办|开展|投入|带动|培训|输送|提供|吸纳|安排|新增)"
                     r"|(?:计划|打算|拟)(?:在|于|到|用|今年|明年|年内|全年|下半年|下一年|再|新)")
_QUOTED_GOAL_AFTER = re.compile(r"[^“”。；;！？]{0,30}”的?(?:年度|全年|工作|奋斗|发展)?(?:目标|任务)")
_FORECAST = re.compile(r"预计|预测|预期")
_DAYS_NAMED = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}[日号]")
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

# A report's section of plans (三、2024年工作打算, 下一步工作计划, 明年工作思路): every figure under it is a goal.
# A heading is a paragraph of one short line without a full stop (and without a figure: a table line is none).
_HEADING_LONGEST = 24
_PLAN_HEADING = re.compile(r"(?:打算|计划|思路|安排|展望|重点|目标|举措)[:：]?\s*$")
_PLAN_SECTION_WORDS = re.compile(r"下一步|下步|明年|来年|今后|[0-9]{4}年(?:度)?(?:工作)?(?:打算|计划|思路|安排|重点|目标)"
                                 r"|工作(?:打算|计划|思路|安排)")


def section_heading(sentences: list[Sentence]) -> bool | None:
    """None where the paragraph is no heading; else whether it opens a section of plans."""
    if len(sentences) != 1:
        return None
    text = sentences[0].text.strip()
    if not text or len(text) > _HEADING_LONGEST or text[-1] in "。！？!?；;，," or "：" in text[:-1] \
            or ":" in text[:-1]:
        return None
    if any(ch.isdigit() for ch in text) and not _PLAN_SECTION_WORDS.search(text):
        return None  # (城镇新增就业6218人: a table's line, not a heading)
    return bool(_PLAN_HEADING.search(text) and _PLAN_SECTION_WORDS.search(text))


def is_footer(article: Article, paragraph: int, sentences: list[Sentence]) -> bool:
    if 0 <= paragraph < len(article.paragraphs):
        span = article.paragraphs[paragraph]
        return bool(_FOOTER_AT.match(article.text, span.start, span.end))
    return bool(sentences) and bool(_FOOTER.match(sentences[0].text))


def is_anecdote(text: str) -> bool:
    """One person's story: an age, a singular pronoun (他, 她, 我) in the sentence."""
    if _ANECDOTE_WORD.search(text) is None:
        return False
    return bool(_AGE.search(text) or _PRONOUN.search(text) or _FIRST_PERSON.search(text))


def keeps_in_anecdote(q: Quantity, text: str) -> bool:
    """A count of the people a person's enterprise takes on (吸纳42名妇女就业) is a figure about the place; so is a
    crowd the person stands among (同他一道的，还有300多名务工人员…): a group of people, not the person."""
    if q.unit not in ("人", "家", "户"):
        return False
    clause_start = clause_start_of(text, q.start)
    if _EMPLOYS.search(text, clause_start, q.start):
        return True
    if "把" in text[clause_start:q.start] and _EMPLOYED_AFTER.match(text, q.end):
        return True  # 把村里40多名妇女组织起来学刺绣: the same act, its object brought before the verb
    if q.unit != "人" or q.value < _CROWD:
        return False
    if _GROUP_NOUN.match(text, q.end):
        return True
    # the group named first and counted after (跟她同来的工友还有二百多名, 车上的老乡共有80多名)
    ns = q.number_start if q.number_start else q.start
    return _GROUP_COUNTED.search(text, max(clause_start_of(text, q.start), ns - _GROUP_COUNTED_REACH), ns) is not None


_CROWD = 10  # fewer people with a person (他和3名工友) are company in a story, not a group the report counts
_GROUPS = "(?:务工人员|农民工|劳动力|务工者|求职者|毕业生|脱贫户|群众|村民|老乡|工友|学员|乘客)"
_GROUP_NOUN = re.compile(r"[^，,；;：:。！？!?、\n]{0,4}?" + _GROUPS)
_GROUP_COUNTED = re.compile(_GROUPS + r"(?:还有|也有|另有|共有|共计|一共有|共|有|达|约|超过|逾|多达)?(?:约|近|超过|逾)?$")
_GROUP_COUNTED_REACH = 12  # the group word and the link words before the figure


def own_wage(q: Quantity, unit: str, text: str) -> bool:
    """A wage in the figure's clause that no group word (人均, 普遍 …) makes a statistic: one person's pay."""
    if unit != "元":
        return False
    start = clause_start_of(text, q.start)
    if not _OWN_WAGE.search(text, start, q.start) or _AGGREGATE.search(text):
        return False
    return not (_OWN_WAGE.match(text, start) and _counts_people(text, start))


def _counts_people(text: str, before: int) -> bool:
    """A count of several people earlier in the sentence (组织1260名劳动力…，月工资在…): a wage clause with no
    subject of its own (it opens on the wage word) is then the group's, not one person's."""
    return any(q.unit in ("人", "人次") and q.value > 1 and q.end <= before for q in find_quantities(text))


def masked_spans(text: str) -> list[tuple[int, int]]:
    if not _MASK_OPENER.search(text):
        return []  # most sentences quote nothing and have no aside
    return [m.span() for m in _SHORT_QUOTE.finditer(text)] + [m.span() for m in PAREN.finditer(text)
                                                              if not _BREAKDOWN_ASIDE.match(text, m.start() + 1)]


def metric_unit(q: Quantity, text: str, homes: BrandHomes | None = None) -> str | None:
    if q.unit == "块" and _PAY_WORDS.search(text, clause_start_of(text, q.start), q.start):
        return "元"
    if q.unit is not None:
        return q.unit if q.kind in _METRIC_KINDS else None
    if _PERSON_NOUN.match(text, q.end) and not q.chinese:
        return "人"
    if homes is not None and homes.pairs and not q.chinese and homes.named_at(text, q.end):
        return "人"  # 2万宣汉石匠: a brand names a group of workers
    if q.raw.endswith(("万", "亿")) and _MONEY_BEFORE.search(text, max(clause_start_of(text, q.start), q.start - 12),
                                                         q.number_start if q.number_start else q.start):
        return "元"  # 年劳务收入超过35亿: an income or an output said without its 元
    if q.raw.endswith(("万", "亿")) and text[q.end:q.end + 1] in CAPTION_MARKS and _MONEY_CAPTION.match(text, q.end):
        return "元"  # 超过35亿：年劳务收入 — the caption after the figure names the money
    return None


# (the money word ends the caption's first phrase: 12亿——全县劳务收入; 3万——务工人员 is no money)
_MONEY_CAPTION = re.compile(r"(?:——|—|：|:)\s*[^，,；;。！？!?\n]{0,12}?(?:收入|产值|创收|增收|资金|工资|营业额|销售额|总额|投资"
                            r"|收益|补贴|补助|奖补|贷款)(?:总额|总计)?(?:[，,；;。！？!?\n]|$)")


_MONEY_BEFORE = re.compile(r"(?:收入|产值|创收|增收|资金|工资|营业额|销售额|总额|投资|投入|收益|补贴|补助|奖补|贷款)"
                           r"(?:总额|总计|累计)?(?:超过|超|达到|达|为|约|近|突破|共计|共|合计|逾)?$")


class _Figure(NamedTuple):
    """A figure and what its rules read around it, computed once."""
    q: Quantity
    text: str
    masked: list[tuple[int, int]]
    before: str  # the character right before the number ("" at the start of the text)
    after: str  # the character right after the figure ("" at the end)
    head: str  # the four characters before the number (不超过10万元: 超过 is inside the quantity)
    clause_start: int


# ("" is in every string: a figure at either end of its text is tested on what is there.)
def _ordinal_or_code(f: _Figure) -> bool:
    """第3, #12, A8, 2/3, 3+2, 8:30, 0851…: an ordinal, a code, a fraction, a clock, a telephone number."""
    before, after, ns = f.before, f.after, f.q.number_start
    if before == "第" or (before and before in "+＋#/／-－.@") or (before.isascii() and before.isalnum()):
        return True
    # A colon after a word is a label's (城镇新增就业：6218人); after a digit it is a clock or a score (8:30).
    if before and before in ":：" and (ns < 2 or not HAN_RE.match(f.text[ns - 2])):
        return True
    if (after and after in "+＋/／:-－") or (after.isascii() and after.isalpha()):
        return True
    raw_number = f.text[ns:f.q.end]
    return raw_number[:1] == "0" and raw_number[1:2].isdigit()  # codes keep their leading zero


def _indefinite_article(f: _Figure) -> bool:
    """一个缩影, 一家拉面店: an article, not a count."""
    q = f.q
    return q.chinese and q.value == 1 and not q.bare


def _slogan_structure(f: _Figure) -> bool:
    """三个一批, 五项行动: a small count of slogan counters with no concrete thing counted (分五批组织 stays)."""
    q = f.q
    return (q.chinese and q.value <= 10 and q.unit in _SLOGAN_UNITS and not _CONCRETE_NOUN.match(f.text, q.end)
            and not (q.unit == "批" and f.before == "分"))


def _refers_back(f: _Figure) -> bool:
    """这两个品牌, 两个品牌分别带动…: a reference to things named before, not a count."""
    q = f.q
    return q.chinese and q.value <= 10 and (f.text[:q.number_start].endswith(_REFERRING)
                                            or bool(_THEN_EACH.match(f.text, q.end))
                                            or (q.unit == "人" and f.text.startswith(_BOTH_OF_THEM, q.end)))


def _units_of_scope(f: _Figure) -> bool:
    """来自全州八个县市的选手: the units of the scope, said to qualify another figure."""
    q, ns = f.q, f.q.number_start
    return q.unit == "个" and bool(_SCOPE_BEFORE.search(f.text, max(0, ns - 3), ns)) \
        and bool(_UNITS_OF_SCOPE.match(f.text, q.end))


# 由人社、农业农村等5个部门组成的工作专班, 四个部门联合开展: the departments a body is made of or that act together
# describe who did it, not a figure of employment, training or transfer.
_MAKEUP_AFTER = re.compile(r"(?:部门|单位|成员单位|厅局|委办局)[^，,；;。]{0,3}?(?:组成|构成|联合|共同|组建|成立|抽调)")


def _makeup_of_a_body(f: _Figure) -> bool:
    """由…等5个部门组成的工作专班, 四个部门联合开展: the departments a body is made of, not a figure."""
    return bool(_MAKEUP_AFTER.match(f.text, f.q.end))


def _in_quote_or_aside(f: _Figure) -> bool:
    """A figure inside a short quotation or an aside, unless it is the baseline of a comparison or the figure of
    the place the brackets follow."""
    q = f.q
    return (bool(f.masked) and within_spans(f.masked, q.start, q.end) and baseline_in_brackets(q, f.text) is None
            and not place_figure_in_brackets(q, f.text))


# 纳雍县（1.2万人）、赫章县（9000人）: brackets holding only a figure, right after a place's name (its
# administrative suffix), give that place's figure.
_PLACE_SUFFIX = frozenset("省市县区旗州盟")


def place_figure_in_brackets(q: Quantity, text: str) -> bool:
    start = q.start
    return (start >= 2 and text[start - 1] in "（(" and text[start - 2] in _PLACE_SUFFIX
            and text[q.end:q.end + 1] in ("）", ")"))


# 60%以上的农户都…, 六成以上的学员已…: the share's noun, then what all of it does
_ALL_OF_SHARE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:都|均|全都|已经|已)")


def _bound(f: _Figure) -> bool:
    """N以下, N以上的 / N以上 before a noun (百户以上安置社区), 超过N的: a bound, not an amount."""
    q, after = f.q, f.after
    if q.suffix == "以下":
        return True
    if q.suffix == "以上" and (after == "的" or (HAN_RE.match(after) and after not in _VERB_AFTER_ABOVE)):
        # (六成以上的农户都住上了新房: a share of the noun after it, which all do the same, is stated)
        return not (q.unit == "%" and after == "的" and _ALL_OF_SHARE.match(f.text, q.end + 1) is not None)
    # (超过60%的人家: a share of the noun after it, which the report states, not a bound)
    return q.raw.startswith("超过") and after == "的" and q.unit != "%"


# 只要同一城市的务工人员超过50人，就…; 凡是吸纳10人以上的企业…: a figure in a condition is a rule's threshold.
_CONDITION = re.compile(r"[\s“”\"]*(?:只要|如果|假如|倘若|若是|一旦|凡是|凡(?=[\u4e00-\u9fff]))")


def _condition(f: _Figure) -> bool:
    """只要…超过50人，就…: a figure in a condition (某地务工的某某月嫂只要满30人: the subject may come first)."""
    return _CONDITION.match(f.text, f.clause_start) is not None or (
        _has_condition_letter(f.text, f.clause_start, f.q.number_start) is not None
        and _CONDITION_INSIDE.search(f.text, f.clause_start, f.q.number_start) is not None)


_CONDITION_INSIDE = re.compile(r"只要|假如|倘若|一旦|凡是")
_has_condition_letter = any_of("只假倘旦凡")  # (a letter each of those words holds; most clauses hold none)


def _threshold(f: _Figure) -> bool:
    """不少于, 不超过, 最高, 年满 … before the number: a rule's threshold."""
    return f.head.endswith(_THRESHOLD_BEFORE)


def _duration(f: _Figure) -> bool:
    """为期N天, N天的培训: the length of one event."""
    return f.q.unit in ("天",) and (f.head.endswith(_DURATION_BEFORE) or bool(_DURATION_AFTER.match(f.text, f.q.end)))


def _event_part(f: _Figure) -> bool:
    """1个主会场, 6个分会场: how an event is laid out."""
    return f.text.startswith(_EVENT_PARTS, f.q.end)


def _size_of_place(f: _Figure) -> bool:
    """一个2000多人的村庄: the size of a place described, not a count the article reports."""
    return f.q.unit in ("人", "户") and bool(_SIZE_OF_PLACE.match(f.text, f.q.end))


# 下一步，县里计划用三年时间，把从业人员扩大到1.5万人: a plan of the sentence that takes a figure to a new level. The
# plan word may stand in an earlier clause; the verb of reaching stands right before the figure.
# 计划 only as a verb (计划用三年时间, 计划到2025年), never the end of a programme's name (纳入雨露计划重点内容).
_PLAN_FRAME = re.compile(r"下一步|今后|未来|接下来|打算|力争|争取|目标|计划(?=用|在|到|于|把|将|今年|明年|年内|通过|再|新|"
                         r"开展|组织|培训|输送|转移|实现|完成|建设|打造|[一二两三四五六七八九十\d])")
_TO_LEVEL = re.compile(r"(?:扩大|提高|增加|提升|增长|壮大|扩展|发展)(?:到|至)$|达到$|突破$|增至$")
# The last letters of those words (and a line break, before which $ matches too): asked of every figure, the
# search is made only after one of them.
_TO_LEVEL_LAST = frozenset("到至破\n")


def _reaches_level(text: str, at: int) -> bool:
    """A verb of reaching (扩大到, 达到, 突破 …) written right before `at`."""
    return at > 0 and text[at - 1] in _TO_LEVEL_LAST and _TO_LEVEL.search(text, max(0, at - 4), at) is not None


def _target(f: _Figure) -> bool:
    """确保, 力争, 将新建 before the figure in its clause: a goal (a published forecast 预计…将 stays)."""
    q, text = f.q, f.text
    if (_reaches_level(text, q.start) or q.number_start != q.start and _reaches_level(text, q.number_start)) \
            and _PLAN_FRAME.search(text, 0, q.start):
        return True
    if ("目标" in text or "任务" in text) and _QUOTED_GOAL_AFTER.match(text, q.end) \
            and text.rfind("“", 0, q.start) > text.rfind("”", 0, q.start):
        return True  # 确定了“转移就业25万人、收入突破120亿元”的目标: figures of a goal quoted before its name
    target = _TARGET.search(text, f.clause_start, q.start)
    if target and target.group() == "争取" and _FUNDS.search(text, target.end(), q.start):
        return False  # 累计争取协作资金380万元: funds secured, not a goal
    if target and target.group().startswith("将") and (
            _DAYS_NAMED.search(text, f.clause_start, target.start())
            or _DAYS_NAMED.search(text, q.end)):
        # 3月2日和5日还将陆续开出2趟专列, 还将有2趟专列，分别于12日、15日发出: a timetable of named days, not a goal
        return False
    return bool(target) and not (target.group().startswith("将") and _FORECAST.search(text, 0, target.start()))


def _subsidy_standard(f: _Figure) -> bool:
    """给予每人500元交通补贴: the standard of a policy per head, not an amount paid out."""
    q = f.q
    return q.unit == "元" and bool(_SUBSIDY_AFTER.match(f.text, q.end)) \
        and bool(_GRANT_BEFORE.search(f.text, f.clause_start, q.start))


def _restates_names(f: _Figure) -> bool:
    """培育了“甲”“乙”两个劳务品牌: a small count right after the names it counts restates the list."""
    q = f.q
    return q.chinese and q.value <= 10 and bool(_AFTER_NAMES.search(f.text[f.clause_start:q.number_start]))


def _full_completion(f: _Figure) -> bool:
    """100%覆盖, 100%完成: a coverage or completion rate, not a count."""
    q = f.q
    return q.unit == "%" and q.value == 100 and bool(_FULL_DONE.match(f.text[q.end:q.end + 3]))


# 全县户籍总人口为58万人, 常住人口约31万: how many people live in a place is its census, not a figure of
# employment, training or transfer (GUIDE.md: metrics are about those). 流动人口, 脱贫人口 are groups, and stay.
_CENSUS_BEFORE = re.compile(r"(?:总人口|户籍人口|常住人口|户籍总人口|人口总数|总人数)(?:数)?(?:为|有|达到|达|约|是|共|超过|近|逾|突破)?$")


_LAND_BEFORE = re.compile(r"(?:总面积|国土面积|辖区面积|面积)(?:为|有|达|约|是|近|逾|超过)?$")


def _census(f: _Figure) -> bool:
    """户籍总人口为35万余人, 面积2980平方公里: a place's population or land, not a statement about its workers."""
    q = f.q
    if q.unit == "平方公里":
        return bool(_LAND_BEFORE.search(f.text, f.clause_start, q.start))
    return (f.text.find("人口", f.clause_start, q.start) >= 0
            and bool(_CENSUS_BEFORE.search(f.text, f.clause_start, q.start)))


# 举行第十七批欢送仪式 written without 第 (举行17批…欢送仪式): a batch named by one ceremony is that batch's
# number; a count of batches is said by 分/共/累计 or of things that come in many (分3批发车, 共组织5批).
_ONE_CEREMONY = re.compile(r"[^，,；;。！？!?]{0,16}?(?:仪式|欢送会|典礼|誓师会|启动会|出征会)")
_BATCHES_COUNTED = re.compile(r"(?:分|共|累计|先后|已|陆续|合计|总计)$")


def _batch_of_one_ceremony(f: _Figure) -> bool:
    """举行17批“某地护工”外出务工欢送仪式: the ordinal of the batch one ceremony sends off."""
    q = f.q
    return (q.unit == "批" and bool(_ONE_CEREMONY.match(f.text, q.end))
            and not _BATCHES_COUNTED.search(f.text, f.clause_start, q.number_start))


# 副县长一行5人, 5人考察团: the size of a visiting party (officials' visits are no figure about workers)
_PARTY_AFTER = re.compile(r"的?(?:考察团|代表团|工作组|调研组|慰问团|考察组|工作队|专班)")


def _visiting_party(f: _Figure) -> bool:
    """县委书记一行5人赴某市考察: the size of a delegation."""
    return f.text.endswith("一行", 0, f.q.number_start) or bool(_PARTY_AFTER.match(f.text, f.q.end))


# 选举产生了9名委员, 选出理事15人: the officers an association elects are its governance, not its workers
_ELECTED = re.compile(r"选举|选出|推选|当选")
_OFFICERS = re.compile(r"[^，,；;。！？!?]{0,6}?(?:委员|理事|监事|常委|会长|主席|秘书长)")
_OFFICERS_BEFORE = re.compile(r"(?:委员|理事|监事|常委|会长|主席|秘书长)(?:会成员)?(?:共|各)?$")


def _officers_elected(f: _Figure) -> bool:
    """按章程选举产生了9名委员和主席: the size of an elected body."""
    q, text = f.q, f.text
    if "选" not in text or not _ELECTED.search(text, f.clause_start, q.start):
        return False
    return bool(_OFFICERS.match(text, q.end) or _OFFICERS_BEFORE.search(text, f.clause_start, q.number_start))


# Each rule names one way a figure is not a statement about a region. A figure is one when no rule holds, so
# the order decides nothing but speed: rules that can only hold for some figures are asked of those only.
_EVERY_FIGURE = (_ordinal_or_code, _in_quote_or_aside, _bound, _threshold, _event_part, _target, _condition)
# A small count in Chinese numerals (一个缩影, 三个一批, 这两个品牌, “甲”“乙”两个品牌).
_SMALL_CHINESE_COUNT = (_indefinite_article, _slogan_structure, _refers_back, _restates_names)
# Rules about one counter or unit.
_BY_UNIT = {"个": (_units_of_scope, _makeup_of_a_body), "天": (_duration,), "人": (_size_of_place, _census, _visiting_party, _officers_elected), "户": (_size_of_place,),
            "平方公里": (_census,),
            "批": (_batch_of_one_ceremony,),
            "元": (_subsidy_standard,), "%": (_full_completion,)}
NOT_A_STATEMENT = (*_EVERY_FIGURE, *_SMALL_CHINESE_COUNT, *dict.fromkeys(r for rs in _BY_UNIT.values() for r in rs))


def is_statement(q: Quantity, text: str, masked: list[tuple[int, int]]) -> bool:
    """False for ordinals, dates, codes, slogans, thresholds, targets, durations and asides."""
    ns = q.number_start
    figure = _Figure(q, text, masked, text[ns - 1] if ns > 0 else "", text[q.end] if q.end < len(text) else "",
                     text[max(0, ns - 4):ns], clause_start_of(text, q.start))
    # _EVERY_FIGURE in its order, each rule behind the cheap test it needs to hold (an aside to be in, a
    # suffix or a 的 after the figure for a bound): this runs for every figure.
    if (_ordinal_or_code(figure) or (masked and _in_quote_or_aside(figure))
            or ((q.suffix or figure.after == "的") and _bound(figure))
            or _threshold(figure) or _event_part(figure) or _target(figure) or _condition(figure)):
        return False
    if q.chinese and q.value <= 10:
        for rule in _SMALL_CHINESE_COUNT:
            if rule(figure):
                return False
    for rule in _BY_UNIT.get(q.unit, ()):
        if rule(figure):
            return False
    return True


# 较去年同期（1.48万人）, 比上年（2300人）: the figure in the brackets is the baseline of a comparison, a figure
# of the earlier time (the brackets mask every other aside).
_BASELINE_BRACKET = re.compile(r"(?:较|比|同比|与)(?P<when>去年|上年|上一年|前年)?(?P<same>同期)?\s?[（(]$")
_YEARS_BACK = {"去年": 1, "上年": 1, "上一年": 1, "前年": 2}


# 比去年同期的2.8万人增加4000人: the baseline written as the comparison's object, with 的, and the change after it.
_BASELINE_OF = re.compile(r"(?:较|比|与|和|跟|同)(?P<when>去年|上年|上一年|前年)(?P<same>同期)?的$")
# (与去年同期的1.2万人相比，…: 与…相比 frames the baseline whatever the clause after it says changed)
_CHANGE_AFTER_BASELINE = re.compile(r"(?:相比|相较|比较)[，,]|(?:相比|相较)?[，,]?(?:增加|增长|减少|下降|提高|多出|翻)")


def baseline_of(q: Quantity, text: str) -> tuple[str, int | None] | None:
    """(the time words, how many years back) when the figure is the earlier time's value a comparison names with
    的 before the change (比去年同期的2.8万人增加…)."""
    ns = q.number_start if q.number_start else q.start
    m = _BASELINE_OF.search(text, max(0, ns - 8), ns)
    if m is None or m.end() != ns or not _CHANGE_AFTER_BASELINE.match(text, q.end):
        return None
    return m.group("when") + (m.group("same") or ""), _YEARS_BACK[m.group("when")]


def baseline_in_brackets(q: Quantity, text: str) -> tuple[str, int | None] | None:
    """(the time words, how many years back) when the figure alone fills brackets after a comparison word."""
    ns = q.number_start if q.number_start else q.start
    m = _BASELINE_BRACKET.search(text, max(0, ns - 8), ns)
    if m is None or m.end() != ns or text[q.end:q.end + 1] not in (")", "）"):
        return None
    when = (m.group("when") or "") + (m.group("same") or "")
    return when, _YEARS_BACK.get(m.group("when") or "")

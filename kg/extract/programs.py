"""Named campaigns, initiatives, activities and policy documents, read from quotes and naming patterns."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

from kg.gazetteer import Gazetteer
from kg.model import Article, Evidence, Program, Sentence
from kg.text.chars import HAN

_NUM = r"0-9一二三四五六七八九十百"
# The words that end a campaign's or a plan's name.
_HEAD = r"(?:专项行动|大行动|行动计划|行动|计划|工程|活动|招聘月|援助月|服务月|月|协作|合作|班|规划|大赛|竞赛)"
# Document titles: what a 《…》 must end with to be a policy document rather than a book or a paper.
# A bracketed span after the head (（2024—2026年）, （试行）) is kept as the written form; the name is without it.
_DOC_TITLE = re.compile(r"《([^《》\n]{2,40}?(?:办法|方案|意见|规划|计划|通知|条例|规定|细则|措施|纲要|决定|指引|指南|制度|标准|行动|框架协议|合作协议))"
                        r"([（(][^（）()《》\n]{1,16}[）)])?》")
_QUOTE = re.compile(r"“([^“”\n]{1,24})”")
# Every other pair of quote marks reporters and pages use (「」『』 of traditional script, 〝〞, ‘’, straight and
# full-width ASCII quotes) is read as “”: one character for one, so offsets stay those of the sentence.
_CORNER_QUOTES = str.maketrans("「『〝」』〞〟", "“““””””")
_OTHER_QUOTE_MARK = re.compile("[「」『』〝〞〟‘’\"＂']")
# A straight or single-quoted span of Chinese text: ASCII marks do not say which end they are, so pairs are read
# left to right, and only around text with a Chinese character (an apostrophe in English stays).
_PAIRED_PLAIN_QUOTES = re.compile(rf"[\"＂'‘]([^\"＂'‘’“”\n]{{0,24}}[{HAN}][^\"＂'‘’“”\n]{{0,24}})[\"＂'’]")
_TITLE = re.compile(r"《[^《》\n]{1,40}》")
# Policy names, strategies and slogans are not programs: decided from the word that ends them
# (a 战略, a 政策, a 改革, a 模式 ...), which is how Chinese names such things. A meeting (大会, 论坛, 峰会)
# is an event held once, not a campaign run over time; a task force (专班, 工作组) is a body that runs one.
_NOT_PROGRAM_END = re.compile(
    r"(?:战略|政策|改革|理念|原则|举措|机制|模式|体系|格局|思路|工作法|平台|品牌|基地|车间|工厂|服务圈|中心|"
    r"招聘会|仪式|会议|座谈会|大会|年会|推进会|研讨会|论坛|峰会|目标|任务|考核任务|论断|精神|方式|形式|方针|"
    r"专班|工作组|领导小组|指挥部|办公室)$")
# National strategies named in the 14th Five-Year Plan outline (《中华人民共和国国民经济和社会发展第十四个
# 五年规划和2035年远景目标纲要》, 2021) and the slogans of the 2020 六稳六保 policy: strategies, not programs.
NATIONAL_STRATEGIES = ("乡村振兴", "脱贫攻坚", "就业优先", "积极就业政策", "京津冀协同发展", "易地扶贫搬迁",
                       "放管服", "稳就业", "保就业", "六稳", "六保", "共同富裕", "西部大开发", "一带一路",
                       "长江经济带", "粤港澳大湾区", "精准扶贫", "全面小康", "高质量发展", "双循环")
# National programmes by name (春风行动, 就业援助月, 雨露计划 ...): the lexicon kg/data/national_programs.tsv, with
# its sources in national_programs.SOURCE.md. A recall aid for unquoted mentions; the patterns below find the
# programs that are not there.
def _load_national_programs() -> tuple[str, ...]:
    path = resources.files("kg") / "data" / "national_programs.tsv"
    names = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return tuple(dict.fromkeys(names))


def _literal_trie(words) -> str:
    """One pattern for a set of literal words, written as a trie (春(?:潮行动|风行动|暖…)): at a place it matches the
    longest word that starts there, as the alternation of the words longest first would, but it reads each
    character once instead of trying every word in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first, else the word ending here
    return pattern(trie)


NATIONAL_PROGRAMS = _load_national_programs()
# At one place the longer name wins (新生代农民工职业技能提升计划 over 农民工职业技能提升计划).
_NATIONAL_PROGRAM = re.compile(_literal_trie(NATIONAL_PROGRAMS))
# Province-level 简称 (the list in the MCA's 行政区划简册): two of them before 协作/合作 name a pairing
# programme between provinces (苏陕合作, 闽宁协作, 沪滇协作).
_PROVINCE_ABBR = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇青宁新港澳台"
_PAIRING = re.compile(rf"([{_PROVINCE_ABBR}][{_PROVINCE_ABBR}])(?:对口)?(扶贫协作|劳务协作|协作|合作)")
# 东西部协作, and its short form 东西协作; a province's own pairing of its south and north (南北挂钩合作, 南北结对帮扶
# 协作): 南北 alone (南北合作) is too common a phrase, so the link word is required.
_EAST_WEST = re.compile(r"东西部?(?:扶贫|劳务)?协作|南北(?:挂钩|结对)(?:帮扶)?(?:合作|协作)")
# A pairing named after the national project it serves (南水北调对口协作, 三峡库区对口支援): the project's name
# right after a verb of carrying on, then 对口 + 协作/支援/合作/帮扶. Partners only (两地, 与X) name no project.
_PROJECT_PAIRING = re.compile(rf"(?:依托|通过|借助|深化|推进|开展|实施|围绕|结合|落实|加强|做好|做实|抓好)"
                              rf"([{HAN}]{{2,6}}?对口(?:协作|支援|合作|帮扶))")
_PARTNERS_ONLY = re.compile(r"^(?:两地|双方|各方|各地|两省|两市|两县|省际|县际|市际|区域|本地|当地|东西部?|南北)")
# 第三届全国就业创业交流活动: an edition of a named event; the ordinal is not part of the name. An edition of a
# conference (第一届…大会) is a meeting, not a program.
# The name may hold a quoted part (第五届“红旗渠杯”建筑技能大赛); the quotes are dropped from the name.
_EDITION = re.compile(rf"(?:第[{_NUM}]{{1,4}}|首)届([{HAN}“”]{{4,24}}?(?:活动|大赛|竞赛|行动|博览会))(?=[^{HAN}]|上|中|期间|的|暨|$)")
# A quoted name with the program's head written after the quotes: “粤菜师傅”工程 is 粤菜师傅工程.
_HEAD_AFTER_QUOTE = re.compile(r"^(?:专项行动|行动计划|工程|行动|计划|(?:职业)?技能(?:大赛|竞赛)|大赛)(?!师|队|款|量|项目|建设)")
# “A”“B”“C”三项工程: a quoted list counted by a program head names one program per item.
_COUNTED_HEAD = re.compile(r"(?:[一二两三四五六七八九十]|\d{1,2})(?:项|大|个)(?:工程|行动|计划|活动)")
# 暨“A”劳务输转启动仪式: a name followed by a labour-transfer or brand word, or by a ceremony, is not a program.
# 暨“某某厨师”品牌推进大会: a quote followed by 品牌 is a labour brand the meeting is about, never a campaign.
_NOT_EDITION_AFTER = re.compile(r"^(?:(?:劳务)?品牌|劳务(?:输转|输出)|[\u4e00-\u9fff]{0,4}?(?:启动仪式|仪式|推介会))")
# 闽宁劳务协作对接会: a pairing that names a meeting is the meeting's name.
_MEETING_AFTER = re.compile(r"(?:对接会|推介会|座谈会|洽谈会|联席会|招聘会|会议|大会)")
# “人人持证、技能河南”建设: a campaign named by a quoted slogan and 建设 (building it); the name is the quote.
_BUILD_AFTER_QUOTE = re.compile(r"^建设(?![\u4e00-\u9fff]{0,2}(?:项目|工程|单位|用地))")
# A class named by its trade (焊工订单班, 电工培训班) is a kind of class, not a program; one named by a place or
# a sponsor (铜仁班, 凉山班) is a program.
_TRADE_CLASS = re.compile(rf"^[{HAN}]{{0,6}}?(?:工|师|员|匠|嫂|厨|技能|技术|家政|护理|烹饪|电商|驾驶|维修|养老|育婴|缝纫)"
                          r"(?:订单|培训|定向|实训|研修|提升|学徒|技能)?班$")
# A vehicle laid on for workers (“爱心专车”, 返岗专列) is a service, not a programme (NOTES on the real set).
_VEHICLE_END = re.compile(r"(?:专车|专列|专线|班车|大巴|包车|专机)$")
# A class named only by its kind (订单班, 培训班) says what it is, not which one.
_KIND_ONLY_CLASS = re.compile(r"^(?:订单|培训|定向|实训|研修|提升|学徒|技能|技术|精品|示范|专题)+班$")
# Cooperation named only by its partners' kind (校企合作, 劳务协作, 结对帮扶协作) is a way of working; a programme of
# it names the partners (闽宁协作, 东西部劳务协作).
_GENERIC_COOPERATION = re.compile(r"^(?:校企|校地|政企|银企|村企|企业|劳务|结对|对口|产业|区域|跨区域|省际|县际|经济|"
                                  r"技术|战略|深度|全面|务实|交流|帮扶|扶贫)+(?:协作|合作)$")
# Verb + unquoted name + head: 扎实开展人社窗口单位业务技能练兵比武活动.
_VERB_NAME_HEADS = "活动|行动|计划|工程"
# The verbs that launch or join a campaign; a year may stand between verb and name (启动2024年…行动), and the name
# may be followed by a conjunction that joins the next one (…行动和…计划).
_VERB_NAME = re.compile(
    rf"(?:开展|实施|启动|举办|推进|深化|参加|参与|组织|发起|打响|推出)了?(?!了)(?:\d{{4}}年度?)?"
    rf"([{HAN}]{{6,22}}?(?:{_VERB_NAME_HEADS}))(?=[^{HAN}]|[和与及暨并]|$)")
# An unquoted activity whose last word is the kind of work done or where it went (…就业帮扶活动, …专项检查行动,
# …代言人评选活动, …政策宣讲进校园活动) describes what was done, not which campaign: named campaigns are quoted,
# or end on a word of their own (…练兵比武活动).
_DESCRIBED_WORK = re.compile(r"(?:培训|检查|督查|排查|摸排|整治|宣讲|宣传|帮扶|评选|慰问|走访|招聘|服务|对接|欢送|座谈|调研|"
                             r"观摩|推介|交流|进校园|进社区|进企业|进乡村|进村)$")
# 民营企业服务月活动: the activities of a named month or week; the name is the month's.
_PERIOD_ACTIVITIES = re.compile(r"(?<=[月周])活动$")
_VERB_NAME_HEAD_WORD = re.compile(_VERB_NAME_HEADS)  # a cheap test before _VERB_NAME: no head, no name
# A quoted name followed by the kind of event it names: “春风送温暖·就业送真情”企业专场招聘活动.
# The descriptor may be long (“A”X籍务工人员返岗专车接送活动): up to 14 characters before 活动/行动.
_DESCRIPTOR = re.compile(rf"^(?:[{HAN}·]{{0,14}}?)(?:活动|行动)(?!中心|室|场所|阵地|经费|方案|计划)")
# 等专项活动 ends a list of programs: “春风行动”、“就业援助月”、“云端送岗”、维权“清欠”暖民心等专项活动.
_LIST_END = re.compile(r"等(?:一系列|系列|专项|主题|公益|品牌)?(?:活动|行动)")
# Words that make an unquoted name generic (线下招聘活动, 各类关爱农民工文艺活动).
_GENERIC_START = re.compile(rf"^(?:各类|各项|多项|多种|一系列|系列|相关|有关|此次|本次|该|这|这些|专项|专场|线上|线下|现场|[{_NUM}]+[项场次个大])")
_GENERIC_WORDS = ("招聘", "宣传", "培训", "专项", "专场", "公益", "文艺", "线上", "线下", "现场", "系列", "主题",
                  "关爱", "帮扶", "服务", "就业", "技能", "慰问", "走访", "交流", "送岗", "下乡", "网络", "春节",
                  "节日", "农民工", "务工人员", "企业", "岗位", "职业", "劳务品牌", "品牌", "建设", "劳务",
                  # who is served and when: 返乡农民工招聘活动, 春季大型用工对接活动 describe, they do not name
                  "返乡", "返岗", "外出", "务工", "求职", "创业", "用工", "对接", "春季", "秋季", "夏季", "冬季",
                  "大型", "综合", "集中", "联合", "志愿")
_VERBISH = re.compile(r"[的为对向与和在赴到把将从给让]|举行|举办|开展|组织|进行|通过|利用")
_LEADING = re.compile(rf"^(?:\d{{4}}年度?|[{HAN}]{{0,6}}?第[{_NUM}]{{1,4}}届|首届|新一轮)")
# Patterns used inside the per-sentence loop, compiled once.
_BRAND_AFTER = re.compile(r"[\s]*(?:等)?(?:[^，。；]{0,12})?劳务品牌")
_HEAD_END = re.compile(rf"{_HEAD}$")
_HEAD_END_PLUS = re.compile(rf"{_HEAD}\+?$")
_PLAN_AFTER_QUOTE = re.compile(rf"^[{HAN}]{{2,16}}?(?:规划|计划|工程|行动计划)")
# “X”作为富民工程来抓, “X”列入…计划: a verb right after the quote makes the head a predicate, not the name's end.
_TREATED_AS = re.compile(r"作为|成为|列为|列入|纳入|视为|当作|当成|是")
_VERB_NAME_HEAD = re.compile(rf"(?:{_VERB_NAME_HEADS})$")
_EDITION_LINK = re.compile(rf"暨[{HAN}]{{2,12}}{_HEAD}$")
_JOINED = re.compile(r"[·暨]")
# The verbs of a campaign's start and end, right after its quoted name or right before it (启动“X”, 开启“X”).
_LAUNCH_AFTER = re.compile(r"(?:正式|全面|同步|在[\u4e00-\u9fff]{1,6})?(?:启动|开幕|启幕|拉开帷幕|收官|落幕|闭幕)")
_LAUNCH_BEFORE = re.compile(r"(?:启动|开启|启幕)(?:了)?$")
# 一人一策, 一村一品, 一户一档: a work method (one X per Y), not a campaign (NOTES on the real set).
_ONE_EACH = re.compile(r"^(?:一[^一]){2,}$")
_ITEM_SEP = re.compile(r"、|(?<=”)(?=“)")
# the verb (and adverb) that opens a list is not part of its first item: 重点围绕春风行动
_LIST_VERB = re.compile(r"(?:开展|实施|组织|举办|启动|推进|参加|围绕|结合|依托|通过|借助)")
_QUOTE_MARKS = re.compile(r"[“”「」『』‘’\"]")
_NO_WORDS = re.compile(r"[\d\W]+")


@dataclass
class _Found:
    name: str
    start: int
    end: int
    sentence: Sentence
    alts: list[str] = field(default_factory=list)


def find_programs(article: Article) -> tuple[Program, ...]:
    """Every named program the article mentions, in order of first appearance."""
    found: list[_Found] = []
    for sentence in article.sentences:
        # only the program's own span must be clean, not the whole sentence
        hits = _in_sentence(sentence)
        if hits and article.unreliable:
            found.extend(f for f in hits if article.is_reliable(f.start, f.end))
        elif hits:
            found.extend(hits)  # no garbled stretch in the article: every span is clean
    found.sort(key=lambda f: f.start)
    title = article.title
    if title and title not in article.text:
        # a headline kept apart from the body (HTML <title>, front matter, a first line) may name a programme the
        # body only alludes to: read after the body, its evidence the headline itself (as brands do)
        found.extend(_in_sentence(Sentence(0, len(title), 0, title)))
    merged: dict[str, _Found] = {}
    for f in found:
        key = _scheme_key(f.name)
        hit = merged.get(key)
        if hit is None:
            merged[key] = f
            continue
        for alt in [f.name, *f.alts]:
            if alt not in hit.alts and alt != hit.name:
                hit.alts.append(alt)
    return tuple(Program(name=f.name, evidence=Evidence.of(f.sentence), alt_labels=tuple(f.alts))
                 for f in merged.values())


# 东西部劳务协作, 东西部扶贫协作, 东西部协作, 东西协作 name one scheme, as 闽宁协作 and 闽宁劳务协作 do: an article that
# writes two of them names it once, under the form it wrote first.
_SCHEME_WORDS = re.compile(r"(?:对口)?(?:扶贫|劳务)?$")


def _scheme_key(name: str) -> str:
    if not name.endswith("协作"):
        return name
    stem = _SCHEME_WORDS.sub("", name[:-2], count=1)
    return ("东西部" if stem == "东西" else stem) + "协作"


@dataclass
class _Reading:
    """What the rules of one sentence share: its text, its quotes and 《》 titles, and the list items read so far."""
    text: str
    quotes: list[re.Match]
    titles: list[re.Match]
    in_lists: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)  # starts of the quotes _quoted_names read as a name


# A rule yields (raw name, offset in the sentence, written form kept as an alternative label or None).
_Candidate = tuple[str, int, str | None]


def _in_sentence(sentence: Sentence) -> list[_Found]:
    text = sentence.text
    if _OTHER_QUOTE_MARK.search(text):
        text = _fold_quotes(text)
    if not _RULE_MARK.search(text) and not _NATIONAL_PROGRAM.search(text):
        return []  # nothing any rule needs: most sentences name no programme
    bracketed = "《" in text
    reading = _Reading(
        text,
        list(_QUOTE.finditer(text)) if "“" in text else [],
        list(_TITLE.finditer(text)) if bracketed else [],
    )
    out: list[_Found] = []
    for rule, needs in _SENTENCE_RULES:
        if needs is not None and needs not in text:
            continue  # the literal the rule's patterns need is not here: the rule is not started
        for raw, rel, written in rule(reading):
            name, alts = _normalise(raw)
            if written and written not in alts and written != name:
                alts.append(written)
            if name and _acceptable(name):
                out.append(_Found(name, sentence.start + rel, sentence.start + rel + len(raw), sentence, alts))
    return out


# Each rule below needs a literal (a bracket, a quote mark, 等, 届, 作 …) that most sentences lack: testing for
# it first is much cheaper than running the pattern.

def _document_titles(r: _Reading) -> Iterator[_Candidate]:
    """《…方案》: a policy document named in title brackets."""
    if "《" in r.text:
        for m in _DOC_TITLE.finditer(r.text):
            yield m.group(1), m.start(), m.group(1) + m.group(2) if m.group(2) else None


def _listed_items(r: _Reading) -> Iterator[_Candidate]:
    """…、…等专项活动: the items of a list closed by 等 + a campaign word."""
    if "等" in r.text:
        for m in _LIST_END.finditer(r.text):
            for raw, rel in _list_items(r.text, m.start()):
                r.in_lists.add(rel)
                yield raw, rel, None


def _counted_quotes(r: _Reading) -> Iterator[_Candidate]:
    """“A”“B”“C”三大行动: the adjacent or 、-joined quotes of a counted list."""
    quotes = r.quotes
    for i, q in enumerate(quotes):
        if _COUNTED_HEAD.match(r.text, q.end()):
            j = i
            while j > 0 and r.text[quotes[j - 1].end():quotes[j].start()] in ("", "、"):
                j -= 1
            if j < i:
                for item in quotes[j:i + 1]:
                    r.in_lists.add(item.start())
                    yield item.group(1).strip(), item.start(), None


def _quoted_names(r: _Reading) -> Iterator[_Candidate]:
    """A quote that names a programme by its own head or by the word after it (see _QUOTE_RULES)."""
    text = r.text
    for q in r.quotes:
        content, after = q.group(1).strip(), text[q.end():q.end() + 18]
        if q.start() in r.in_lists or ("劳务品牌" in after and _BRAND_AFTER.match(after)):
            continue  # a brand, or already read as a list item
        if r.titles and _inside_quote(r.titles, q.start()):
            continue  # 《X“A”建设实施方案》: the quote is part of the document's name
        before = text[max(0, q.start() - 1):q.start()]
        parts = _JOINED.split(content) if "·" in content or "暨" in content else ()
        if len(parts) > 1 and all(_NATIONAL_PROGRAM.fullmatch(part) for part in parts):
            # “春风行动·就业援助月”: two national programmes run together, each itself
            r.named.add(q.start())
            offset = q.start() + 1
            for part in parts:
                at = text.index(part, offset)
                yield part, at, None
                offset = at + len(part)
            continue
        for rule in _QUOTE_RULES:
            raw = rule(text, q, content, before, after)
            if raw is not None:
                r.named.add(q.start())
                yield raw, q.start(), None
                break


def _editions(r: _Reading) -> Iterator[_Candidate]:
    """第三届…大赛 / 首届…活动: a numbered edition of an event."""
    if "届" in r.text:
        for m in _EDITION.finditer(r.text):
            yield m.group(1), m.start(1), None


def _verb_names(r: _Reading) -> Iterator[_Candidate]:
    """开展…行动: a name the verb introduces, unless it is generic or reads as a clause."""
    if _VERB_NAME_HEAD_WORD.search(r.text):
        for m in _VERB_NAME.finditer(r.text):
            name = _PERIOD_ACTIVITIES.sub("", m.group(1))
            if _NATIONAL_PROGRAM.search(name):
                continue  # 全县春风行动: the national programme itself, which _national_programs reads
            stem = _VERB_NAME_HEAD.sub("", name)
            if not (_GENERIC_START.match(stem) or _VERBISH.search(stem) or _all_generic(stem)
                    or _DESCRIBED_WORK.search(stem)):
                yield name, m.start(1), None


def _provincial_pairings(r: _Reading) -> Iterator[_Candidate]:
    """Two province abbreviations + 协作/合作, not a meeting of it."""
    if "作" in r.text:  # 协作, 合作
        for m in _PAIRING.finditer(r.text):
            if m.group(1)[0] != m.group(1)[1] and not _MEETING_AFTER.match(r.text, m.end(), m.end() + 4):
                yield m.group(), m.start(), None


def _east_west(r: _Reading) -> Iterator[_Candidate]:
    """东西部(扶贫|劳务)协作, 南北挂钩合作."""
    if "东西" in r.text or "南北" in r.text:
        for m in _EAST_WEST.finditer(r.text):
            yield m.group(), m.start(), None


def _names_a_place(stem: str) -> bool:
    """天津市对口支援, 常州对口协作: a partner named by its place is no project."""
    names = Gazetteer.load().names()
    return stem in names or (stem[-1] in "省市县区州盟旗" and stem[:-1] in names)


def _project_pairings(r: _Reading) -> Iterator[_Candidate]:
    """依托南水北调对口协作: a pairing named by its project, not by its partners (两地对口协作, 与X对口合作)."""
    for m in _PROJECT_PAIRING.finditer(r.text):
        stem = m.group(1)[:-4]
        if not (_PARTNERS_ONLY.match(stem) or _names_a_place(stem) or _VERBISH.search(stem)
                or _GENERIC_START.match(stem) or _all_generic(stem) or _PAIRING.fullmatch(m.group(1))):
            yield m.group(1), m.start(1), None


def _national_programs(r: _Reading) -> Iterator[_Candidate]:
    """A national programme named in the text (outside quotes and titles), or a quote that contains one."""
    text = r.text
    first = _NATIONAL_PROGRAM.search(text)
    if first is None:
        return
    for m in _NATIONAL_PROGRAM.finditer(text, first.start()):  # (the text before the first is not scanned again)
        if not _inside_quote(r.quotes, m.start()) and not _inside_quote(r.titles, m.start()):
            yield m.group(), m.start(), None
    # A quoted item that contains a national programme's name is that programme, as written (“新型学徒制培训”).
    for q in r.quotes:
        content = q.group(1).strip()
        if q.start() not in r.named and _NATIONAL_PROGRAM.search(content) and "、" not in content and "，" not in content:
            yield content, q.start(), None


# What one rule or another needs (the literals below and the heads of _verb_names); or a national programme's name.
# 等 lists end in 活动/行动, heads of _verb_names too, and pairings need 协作/合作: a sentence that only says 等 or 工作
# is done here.
_RULE_MARK = re.compile(rf"“|《|届|协作|合作|东西|对口|{_VERB_NAME_HEADS}")
# In this order: list readers record the quotes they took, so that _quoted_names skips them. Each rule with the
# literal its patterns need (None: the rule tests for itself), so that a sentence without it does not start the rule.
_SENTENCE_RULES = ((_document_titles, "《"), (_listed_items, "等"), (_counted_quotes, "“"), (_quoted_names, "“"),
                   (_editions, "届"), (_verb_names, None), (_provincial_pairings, "作"), (_east_west, None),
                   (_project_pairings, "对口"),
                   (_national_programs, None))


# The ways a quote names a programme, tried in order; each returns the name to read, or None.

def _quote_with_head(text, q, content, before, after):
    """“就业援助月”: the quote ends on a programme head itself."""
    if len(content) >= 3 and "、" not in content and "，" not in content and _HEAD_END_PLUS.search(content):
        return content
    return None


def _quote_then_head(text, q, content, before, after):
    """“粤菜师傅”工程: the head follows the quote."""
    if (head := _HEAD_AFTER_QUOTE.match(after)) and len(content) >= 2 and "，" not in content:
        return content + head.group()
    return None


def _slogan_then_build(text, q, content, before, after):
    """“人人持证、技能河南”建设: a two-part slogan that is built."""
    if "、" in content and len(content) >= 6 and _BUILD_AFTER_QUOTE.match(after):
        return content
    return None


def _short_then_plan(text, q, content, before, after):
    """“十四五”就业促进规划: a short quote that opens a plan's name, unless the plan is what it is treated as."""
    if len(content) <= 6 and (cont := _PLAN_AFTER_QUOTE.match(after)) and not _TREATED_AS.match(after):
        return content + cont.group()
    return None


def _quote_then_descriptor(text, q, content, before, after):
    """“春风送温暖·就业送真情”企业专场招聘活动: a descriptor ending in 活动/行动 follows."""
    if len(content) >= 4 and _DESCRIPTOR.match(after) and after[:1] not in ("、", "等", "的"):
        return content
    return None


def _joined_edition(text, q, content, before, after):
    """A named edition: 2022年“春风行动”暨东西部劳务协作“暖春送福万岗万人”…"""
    if (before == "暨" or after.startswith("暨")) and not _NOT_EDITION_AFTER.match(after):
        return content
    if _after_edition_link(text, q.start()):
        return content
    return None


def _launched(text, q, content, before, after):
    """“春暖山乡”正式启动 / 启动“春暖山乡”: a quote that is launched, opened or closed names a campaign."""
    if len(content) < 4 or "、" in content or "，" in content or before in ("：", ":") or _ONE_EACH.match(content):
        return None  # a list, what someone said (他说：“…”), or a work method (一人一策)
    if _LAUNCH_AFTER.match(after) or _LAUNCH_BEFORE.search(text, max(0, q.start() - 4), q.start()):
        return content
    return None


_QUOTE_RULES = (_quote_with_head, _quote_then_head, _slogan_then_build, _short_then_plan, _quote_then_descriptor,
                _joined_edition, _launched)


def _after_edition_link(text: str, pos: int) -> bool:
    """A quoted name right after 暨 + an unquoted program name (暨东西部劳务协作“暖春送福万岗万人”)."""
    window = text[max(0, pos - 16):pos]
    return "暨" in window and _EDITION_LINK.search(window) is not None


def _fold_quotes(text: str) -> str:
    """The sentence with its quote marks written “”, of the same length."""
    text = text.translate(_CORNER_QUOTES)
    if "“" in text and ("‘" in text or "’" in text):
        # ‘’ inside “” is a quote within a quote; it is read on its own only where no “” stands around it
        return _PAIRED_PLAIN_QUOTES.sub(lambda m: m.group() if m.group()[0] in "‘" and _opened(text, m.start())
                                        else f"“{m.group(1)}”", text)
    return _PAIRED_PLAIN_QUOTES.sub(lambda m: f"“{m.group(1)}”", text)


def _opened(text: str, pos: int) -> bool:
    """Whether a “ before `pos` is still open there."""
    return text.rfind("“", 0, pos) > text.rfind("”", 0, pos)


def _inside_quote(quotes, pos: int) -> bool:
    return any(q.start() < pos < q.end() for q in quotes)


def _list_items(text: str, end: int) -> list[tuple[str, int]]:
    """The items of the list that ends at `end` (…、…等专项活动), back to the clause start."""
    start = max(0, end - 80)
    for stop in "，。；：,;:！？":
        k = text.rfind(stop, start, end)
        if k >= 0:
            start = max(start, k + 1)
    segment = text[start:end]
    if "、" not in segment and segment.count("“") < 2:
        return []
    # items are separated by 、 or simply written one after the other: “就业援助月”“民营企业招聘月”
    bounds = [0] + [m.end() for m in _ITEM_SEP.finditer(segment)]
    parts = [segment[b:(bounds[i + 1] if i + 1 < len(bounds) else len(segment))].rstrip("、")
             for i, b in enumerate(bounds)]
    items = []
    for index, part in enumerate(parts):
        rel = start + bounds[index]
        if index == 0:
            # the first item carries the verb that opens the list: 积极组织开展“春风行动”
            q = part.find("“")
            if q > 0:
                part, rel = part[q:], rel + q
            else:
                verbs = list(_LIST_VERB.finditer(part))
                m = verbs[-1] if verbs else None  # the last verb opens the item
                if m:
                    part, rel = part[m.end():], rel + m.end()
        stripped = part.strip()
        if not stripped:
            continue
        if "“" not in stripped and not _HEAD_END.search(stripped):
            continue  # an unquoted item must carry a head to count (开展招聘、培训等活动 does not)
        items.append((stripped, rel))
    quoted = sum(1 for raw, _ in items if "“" in raw)
    return items if quoted or len(items) >= 2 else []


def _normalise(raw: str) -> tuple[str, list[str]]:
    """Quotes and edition marks off, a trailing + off; the written form kept as an alternative label."""
    written = raw.strip().strip("“”「」『』《》‘’\"'")
    name = _QUOTE_MARKS.sub("", written)
    name = _LEADING.sub("", name)
    name = name.rstrip("+＋").strip()
    alts = [written] if written != name and not _QUOTE_MARKS.search(written) else []
    return name, alts


def _acceptable(name: str) -> bool:
    if not (3 <= len(name) <= 40):
        return False
    if (_NOT_PROGRAM_END.search(name) or _TRADE_CLASS.match(name) or _KIND_ONLY_CLASS.match(name)
            or _GENERIC_COOPERATION.match(name) or _VEHICLE_END.search(name)):
        return False
    if name.startswith(NATIONAL_STRATEGIES) and any(
            s == name or name.startswith(s) and len(name) - len(s) <= 2 for s in NATIONAL_STRATEGIES):
        return False
    return not _NO_WORDS.fullmatch(name)


def _all_generic(stem: str) -> bool:
    rest = stem
    changed = True
    while rest and changed:
        changed = False
        for word in _GENERIC_WORDS:
            if rest.startswith(word):
                rest, changed = rest[len(word):], True
    return not rest

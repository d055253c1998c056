"""Labour brands named without the word 劳务品牌: a quoted place-or-epithet + worker word used for a group.

Reporters often name a brand only by using it for its workers: N万余名“X哥X妹”赴…, 一批“X月嫂”,
“X护工”外出务工, “X五金工”的足迹, A县「灶手」的身影 (a place and a quoted trade epithet). A quoted name is read
as a brand when its form is that of a name for workers (it ends in a word for a kind of worker) and its
context uses it for a group of them (a count or 一批 before it, 品牌 or a work verb after it). A name with no
place at its head must hold an epithet and be used so at least twice, so that one quoted honorific
(N名“技术能手”) or a trade alone (“采棉工”) is not taken.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from collections import Counter

from kg.extract.brand_cues import LONGEST_REGION_NAME, WORKER_END
from kg.extract.brand_trades import PERSON_END, TRADE_END, TRADES
from kg.gazetteer import Gazetteer
from kg.model import Article, RegionAnalysis, Sentence
from kg.text.chars import HAN
from kg.text.punct import quoted

# One quoted name, bounded so untrusted text cannot make the engine backtrack. The single marks ‘…’ count too: a
# name quoted inside a quoted speech (“…‘A月嫂’在B口碑很好…”) or by a site that uses them for every quote; the
# name holds only Chinese characters, so they cannot take in a longer quotation.
_QUOTED = re.compile(quoted(2, 8, singles=True, inside=f"[{HAN}]"))
# Honorifics, titles and service roles that end like a worker word but name a rank or a job, not a brand
# (技术能手, 金牌月嫂, 最美护工, 老师傅, 就业红娘: a matchmaking official).
_HONORIFIC = re.compile(r"^(?:金牌|银牌|最美|优秀|技术|技能|首席|明星|星级|五星|巾帼|模范|劳动|新型|职业|高级|特级|"
                        r"乡村|农民|返乡|致富|能工|大国|工匠|打工|外出|务工|就业|招聘|老师傅|老司机)|红娘$")
# A group before the quote: a count of people (2万余名, 300多名, 一批) or a plural quantifier.
_GROUP_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?[万千百]?[余多]?[名位]|[上数近逾超约]?[一二两三四五六七八九十百千万]+[余多]?[名位]|"
                           # a count in 万 needs no classifier (2万余“X”, 近两万“X”, 数万“X”)
                           r"(?:\d+(?:\.\d+)?|[上数几近逾超约]?[一二两三四五六七八九十]+|[上数几])万[余多]?|"
                           r"一批|大批|批批|众多|越来越多的?|广大|成千上万的?|数以万计的?)$")
# The trades of the classification as one alternation, longest first.
_TRADE_ALTERNATIVES = "|".join(sorted(TRADES, key=len, reverse=True))
# Adverbs between a quoted name and its verb (“X”已遍布…, 主要分布在…, 不仅在A…), and those of duration and degree
# (持续走俏, 一直供不应求, 越来越受欢迎, 十分抢手).
_ADVERB = ("已经?|常年|长期|如今|目前|主要|大多|大都|不仅|不但|多|还|也|均|都|正|持续|一直|始终|依然|依旧|仍然|仍|"
           "越来越|日益|日渐|逐渐|愈发|愈加|更加|格外|十分|非常|特别|相当|颇为|较为")
# Words that describe workers at work before their traces (忙碌的身影, 奔波的足迹): a closed family of adjectives and
# verbs of toil; an open window would take the end of a longer word (A建筑工匠的足迹 is no A建筑工 seen at work).
_AT_WORK = "忙碌|辛勤|勤劳|奔波|奔忙|奋斗|打拼|劳作|务工|矫健|活跃|坚守"
# After the quote: its practitioners (“X”的从业人员, “X”目前有从业人员800人), 品牌 (maybe after a count of the
# names: “A”“B”两大品牌), a verb of going to work or the group's
# traces (的足迹, 的身影, 忙碌的身影); after an adverb, a verb of reach, service or demand (遍布, 服务于, 走俏,
# 供不应求); a plural (“X”们); an award (入选, 获评) and a name card (这张名片) are only a brand's; a count of people
# right after (输送“X”1500余人) counts the group.
_USE_AFTER = re.compile(rf"^(?:们|的?(?:队伍|从业人员|从业者|行列)|(?:目前|现|已|共)?有(?:从业人员|从业者)|"
                        # what the group earns (“X”人均月收入8000元, 年均收入超过6万元)
                        r"(?:的)?(?:人均|年均|月均)?(?:月|年)?(?:收入|工资|月薪|年薪)|"
                        rf"(?:等)?(?:(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?:个|大))?(?:特色|知名|优势)?品牌|"
                        rf"劳务|外出|务工|就业|打拼|走出|走向|(?:(?:{_AT_WORK})?的)?(?:足迹|身影)|队伍|"
                        rf"(?:{_TRADE_ALTERNATIVES})(?:服务)?(?:队伍|从业人员|大军)|"
                        rf"(?:{_ADVERB}){{0,2}}(?:走进|遍布|遍及|输出|辐射|覆盖|进驻|服务于|服务|带动|吸纳|"
                        r"活跃在|活跃于|扎根|远赴|奔赴|赶赴|闯出|闯荡|走俏|抢手|吃香|紧俏|受欢迎|受青睐|享誉|享有盛誉|供不应求|"
                        r"成功入选|入选|入围|上榜|榜上有名|名列其中|位列其中|获评|被评为|被认定为|荣获)|"
                        r"这张名片|这一品牌|这块牌子|这块招牌|金字招牌|(?:已经?)?(?:成为|成了)[^，。；！？“”]{0,8}?(?:名片|招牌|品牌)|"
                        r"(?:是|作为)[^，。；！？“”]{0,8}?(?:名片|招牌)|"
                        # the name's standing (“X”的名气越来越大, 口碑好, 深受企业青睐)
                        rf"的?(?:牌子|招牌|名气|名号|口碑|知名度|美誉度|影响力|含金量|品牌)|(?:{_ADVERB})?(?:深受|备受|广受)|"
                        # the name made known (“X”叫响京津, 走俏A市场, 名扬海内外, 也越来越有名气)
                        r"(?:也|还)?(?:早已|已经?|逐渐|日益|越来越)?(?:叫响|唱响|打响|走红|闻名|名扬|声名远播|远近闻名|家喻户晓|"
                        r"深入人心|有口皆碑|小有名气|声名鹊起|响亮|有名气|出名|有名)|"
                        # a headcount, maybe after a verb of reaching or sending (“X”达到8000余人, 年均输出1200名)
                        r"(?:(?:已经?)?(?:达到|达|超过|突破|逾|近|约|就有|约有|共有|有|(?:年均|每年|累计)?输出))?"
                        r"(?:\d+(?:\.\d+)?[万千百]?|[一二两三四五六七八九十百千万]+)[余多]?[名人])")
# A place and a trade in quotes (“A县家政”) named as a body of people right after, maybe after its trade again
# (“A巧媳妇”家政服务队伍): in an article about labour brands, a brand whose trade is no worker word (家政, 建筑).
_PEOPLE_OF_TRADE = re.compile(rf"[”」』’](?:{_TRADE_ALTERNATIVES})?(?:服务)?(?:从业人员|从业者|队伍|大军|务工人员|劳务人员)")
# A short trade and the word for its workers, as written unquoted (砌筑工, 刺绣娘, 面点师傅).
_TRADE_WORD = r"([\u4e00-\u9fff]{1,4}?(?:师傅|[工师匠嫂娘郎手厨]))"
# What may follow an unquoted name to make it a brand's: 品牌 (of a list: 等特色品牌) but not 品牌建设 or 品牌效应 (the
# building and effect of a brand named elsewhere), or a name card (这块金字招牌, 这张名片).
_TRADE_BEFORE_BRAND_WORD = re.compile(_TRADE_WORD +
                                      r"(?=(?:等(?:特色|知名|优势)?)?品牌(?!建设|创建|效应|培育|打造)|这块(?:金字)?招牌|"
                                      r"这张(?:金字)?名片)")
# How far after the quote its use is read: 已经成为A县的一张名片 is the longest wording above.
_USE_WINDOW = 16
# A verb that sends, carries, builds or names the group right before the quote (向A输送“X”, 满载“X”的专列, 大力培育“X”,
# 被称为“X”)...
_MADE_BEFORE = re.compile(r"(?:输送|输出|组织|动员|培育出?|培养出?|打造出?|锻造出?|叫响|擦亮|打响|做强|做大|做优|唱响|壮大|"
                          r"被称为|被称作|人称|被誉为|满载|载着|"
                          # the group given the name (人们亲切地称她们为“X”, 大家叫他们“X”, 有个响亮的名字——“X”)
                          r"称为|称作|誉为|叫做|称之为|(?:称|叫)(?:她们|他们|这些人|这支队伍|这个群体)为?|"
                          r"名字(?:叫|是)?[：:—]{0,2})了?$")
# ...unless someone only suggests it (建议打造“X”): GUIDE.md counts no proposed brand (a county's 拟打造 it does).
_PROPOSAL = re.compile(r"建议|倡议|呼吁")
# The characters _GROUP_BEFORE and _MADE_BEFORE can end on (名/位, 一批, 众多, 越来越多的, 广大, 成千上万的, 数以万计的;
# the last character of each verb, or 了).
_GROUP_BEFORE_LAST = "名位批多余的大万计"
_MADE_BEFORE_LAST = "送出织员育养造响亮强大优为作称载着了做们人伍体字叫是：:—"
# A selection or an award before the quote (选拔“A工匠”100名, 表彰“B月嫂”): the name is a title given to persons.
_SELECTED_BEFORE = re.compile(r"(?:选拔|评选|评出|选出|表彰|授予|命名|推选|遴选)[^，。；！？]{0,6}$")
# 在 and a place right after the quote (“X”在A、B务工, “X”正在A…, 主要活跃在A): the clause says where the group works;
# 赴 and a place (“X”赴A就业): where it goes.
_AT_PLACE_AFTER = re.compile(rf"^(?:{_ADVERB})?(?:(?:活跃|分布|集中|聚集)?[在于]|赴|前往|奔赴|远赴|到)")
_CLAUSE_START = re.compile(r"[，。；！？,;:：]")
# 是…的…劳务品牌 (or 作为…劳务品牌) after an unquoted subject opening its clause: 银匠 brand X是A县的另一个劳务品牌.
_COPULA_UNQUOTED = re.compile(r"(?:^|[，。；！？])([\u4e00-\u9fff]{3,8}?)(?:是([^，。；！？“”「」]{1,20}?的[^，。；！？“”「」]{0,8}?)|"
                               # or 作为 and a level or an owner (A焊工作为省级劳务品牌，…)
                               r"作为([^，。；！？“”「」]{0,12}?))劳务品牌")


# A count of people right before an unquoted name: 1.3万名, 3000余名, 五百多位, or a count in 万 with no classifier
# (1.3万, 数万).
# (Its first character is read as one class, then the rest of a figure or of a numeral: the matches of
# (?:\d+(?:\.\d+)?[万千]?|[一…万]+)[余多]?[名位] and of (?:\d+(?:\.\d+)?|[一…十]+|[数几])万[余多]?, found by skipping
# to a digit or numeral instead of trying each at every character.)
_PEOPLE_COUNT = re.compile(r"[\d一二两三四五六七八九十百千万数几](?:(?<=\d)\d*(?:\.\d+)?[万千]?[余多]?[名位]|"
                           r"(?<=[一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]*[余多]?[名位]|"
                           r"(?<=\d)\d*(?:\.\d+)?万[余多]?|(?<=[一二两三四五六七八九十数几])[一二两三四五六七八九十]*万[余多]?)")
# The trade and worker word after the place: two to five characters ending in a word for workers, then a mark or a
# word that opens the predicate (1.2万名A焊工把手艺带到…, 3000名B月嫂将赴…, 800名C厨师已在…).
_TRADE_AFTER_PLACE = re.compile(_TRADE_WORD + r"(?:(?![\u4e00-\u9fff])|(?=[把将在已正都均也还从赴]))")
# ... or followed by the rest of its clause (A焊工已遍布…): the shortest trade that a use of the group follows.
_TRADE_AFTER_PLACE_OPEN = re.compile(_TRADE_WORD)


# A name with no place needs an epithet before its worker word: three characters are mostly a trade alone
# (“采棉工”, “挖机手”), which many counties' workers share.
_MIN_EPITHET = 4


@dataclass(frozen=True)
class Epithet:
    start: int  # offsets in the sentence of the whole name (a place before the quote included)
    end: int
    name: str
    alias: str | None = None  # the quoted part alone, when a place before the quote belongs to the name
    builder: tuple[int, int] | None = None  # absolute span naming the region the copula says owns it


@dataclass(frozen=True)
class ArticleScan:
    """What the epithet rules read from the whole article, read once per article rather than once per sentence."""
    in_text: bool  # the article's text says 劳务品牌
    about_brands: bool  # the text or the title does
    quoted_texts: tuple[str, ...]  # the texts whose quoted names are counted: the body, and a headline read with it

    @cached_property
    def quoted_uses(self) -> Counter:
        """How often each name is written in quotes, counted the first time a rule asks (most articles never do)."""
        return Counter(m.group(1) for text in self.quoted_texts for m in _QUOTED.finditer(text))

    def uses(self, name: str) -> int:
        """How often the name is written, in quotes or not: a reporter may quote a name once and then use it bare
        (2000余名“X”赴A务工…。X们…)."""
        quoted = self.quoted_uses[name]
        return quoted if quoted >= 2 else max(quoted, sum(text.count(name) for text in self.quoted_texts))

    def with_heading(self, heading: str) -> ArticleScan:
        """The scan of the article read with its headline before the body (the headline's quotes counted too)."""
        return ArticleScan(self.in_text or "劳务品牌" in heading, self.about_brands, (*self.quoted_texts, heading))

    @classmethod
    def of(cls, article: Article) -> ArticleScan:
        in_text = "劳务品牌" in article.text
        return cls(in_text, in_text or "劳务品牌" in (article.title or ""), (article.text,))


def may_hold_epithets(text: str, scan: ArticleScan) -> bool:
    """Whether epithets_in can find a name in a sentence of this text: it needs a quote mark (‘ too), a 名, 位 or 万
    (of a count) in an article that says 劳务品牌, or 品牌/招牌/名片. More than half the sentences hold none, and are
    done here."""
    return ("“" in text or "「" in text or "『" in text or "‘" in text
            or ("名" in text or "位" in text or "万" in text) and scan.in_text
            or "品牌" in text or "招牌" in text or "名片" in text)


def epithets_in(article: Article, regions: RegionAnalysis, sentence: Sentence,
                scan: ArticleScan | None = None) -> list[Epithet]:
    """The names used as brands in this sentence without the word 劳务品牌 next to them."""
    text = sentence.text
    out: list[Epithet] = []
    scan = scan or ArticleScan.of(article)
    about_brands = scan.about_brands
    if "“" in text or "「" in text or "『" in text or "‘" in text:
        run: list[tuple[re.Match, str, bool]] = []  # the worker names of the current run of quotes: (quote, place, used)
        run_end = -1
        for q in _QUOTED.finditer(text):
            name = q.group(1)
            if run and not _RUN_GAP.fullmatch(text[run_end:q.start()]):
                run = []  # “A”“B”、“C”: quotes joined by nothing or a list word are one run, used together
            if not _names_workers(name):
                # a place and a trade (“A县家政”) names its workers only with words for people after it: goods
                # of the trade travel too (“A刺绣”走进商场)
                if about_brands and _PEOPLE_OF_TRADE.match(text, q.end() - 1) and _place_and_trade(name):
                    out.append(Epithet(q.start() + 1, q.end() - 1, name))  # “A县家政”从业人员
                run = []
                continue
            if _HONORIFIC.search(name) or len(name) < 2:
                run = []
                continue
            before, after = text[:q.start()], text[q.end():q.end() + _USE_WINDOW]
            if _selected_before(before):
                run = []
                continue  # 选拔“A工匠”100名: a title the county awards
            if after.startswith("劳务品牌"):
                run = []
                continue  # the anchor's own rules read it
            # a bare trade word in quotes (灶手) takes the place written before it (A县「灶手」); a longer name
            # has its own place or epithet (B市“X山厨师”: the city only says where it is)
            place = _place_right_before(regions, sentence, q.start()) if len(name) <= 3 else ""
            used = (bool(_USE_AFTER.match(after)) or _group_before(before[:len(before) - len(place)])
                    or _made_before(before[:len(before) - len(place)])
                    or _place_after_at(regions, sentence, q.end(), after)
                    or bool(run) and run[0][2])  # 组织“A”“B”赴…: what makes the run's first a group makes all
            if used:
                # the unused names earlier in the run share this use (“A”“B”赴…)
                out.extend(e for earlier, earlier_place, was_used in run if not was_used
                           for e in _named_epithet(earlier, earlier_place, scan))
                out.extend(_named_epithet(q, place, scan))
            run.append((q, place, used))
            run_end = q.end()
    if scan.in_text and ("名" in text or "位" in text or "万" in text):  # what a count of people ends in
        out.extend(_counted_unquoted(article, regions, sentence))
    if "品牌" in text or "招牌" in text or "名片" in text:
        out.extend(_unquoted_before_brand_word(regions, sentence))
    if "劳务品牌" in text and ("是" in text or "作为" in text):
        for m in _COPULA_UNQUOTED.finditer(text):
            name = m.group(1)
            predicate = 2 if m.group(2) is not None else 3
            if WORKER_END.search(name) and not _HONORIFIC.search(name):
                out.append(Epithet(m.start(1), m.end(1), name,
                                   builder=(sentence.start + m.start(predicate), sentence.start + m.end(predicate))))
    return out


# Between two quoted names of one run: nothing, a list mark or a list word (“A”“B”, “A”、“B”, “A”和“B”).
_RUN_GAP = re.compile(r"[、，,]?(?:和|与|及|以及)?")


def _named_epithet(q: re.Match, place: str, scan: ArticleScan) -> list[Epithet]:
    """The epithet a used quoted worker name gives: with the place written before a bare trade (A县「灶手」 -> A灶手),
    or alone where it opens with a place or is an epithet used at least twice."""
    name = q.group(1)
    if place:
        surface = place.removesuffix("的")  # A县的「灶手」: the span takes the 的 in, the name does not
        short = surface[:-1] if len(surface) > 2 and surface[-1] in "县市区旗" else surface
        return [Epithet(q.start() - len(place), q.end(), short + name, alias=name)]
    if _starts_with_place(name) or len(name) >= _MIN_EPITHET and scan.uses(name) >= 2:
        return [Epithet(q.start() + 1, q.end() - 1, name)]
    return []


def _counted_unquoted(article: Article, regions: RegionAnalysis, sentence: Sentence) -> list[Epithet]:
    """1.2万名A地B师傅 in an article about labour brands: a count of people, then a place's short name and a
    worker word, unquoted, where the article also writes the worker word alone (B师傅) elsewhere."""
    text = sentence.text
    out = []
    for count in _PEOPLE_COUNT.finditer(text):
        at = sentence.start + count.end()
        place = next((m for m in regions.mentions_between(at, at + LONGEST_REGION_NAME) if m.start == at), None)
        if place is None or place.surface[-1] in "省市县区州旗盟":
            continue  # only a short name makes a brand's place (A县的木匠 is a description)
        rest = _TRADE_AFTER_PLACE.match(text, place.end - sentence.start)
        if rest is None or _HONORIFIC.search(rest.group(1)) or _PLAIN_PERSON.fullmatch(rest.group(1)):
            continue  # (300名A姑娘在…: a word for persons, no trade)
        trade = rest.group(1)
        if article.text.count(trade) > article.text.count(place.surface + trade):
            name = place.surface + trade
            out.append(Epithet(place.start - sentence.start, rest.end(1), name, alias=trade))
    return out


# A clause's opening before its subject: the start of the sentence or a mark, then maybe a time word or connective.
_SUBJECT_OPENING = re.compile(r"(?:^|[，。；！？：])(?:(?:目前|如今|现在|近年来|同时|此外|其中|而|如今的)[，,]?)?$")
# Words for persons that end like a worker word but name no trade (A姑娘, A民工, A老师).
_PLAIN_PERSON = re.compile(r"(?:姑娘|大娘|新娘|民工|农民工|员工|职工|工人|打工|老师|教师|医师|律师|师傅)$")


def unquoted_subjects(regions: RegionAnalysis, sentence: Sentence) -> list[Epithet]:
    """In the passage after 劳务品牌: a place's short name and a worker word opening a clause, used for the group
    as a quoted name is (目前，A焊工已遍布京津冀; A月嫂达3000余人): the brand written without quotes."""
    text = sentence.text
    out = []
    for place in regions.mentions_between(sentence.start, sentence.end):
        if place.surface[-1] in "省市县区州旗盟":
            continue  # only a short name makes a brand's place (A县焊工 is a description)
        at = place.start - sentence.start
        if not _SUBJECT_OPENING.search(text, max(0, at - 8), at):
            continue  # most places stand inside their clause: tested before reading a trade after them
        rest = _TRADE_AFTER_PLACE_OPEN.match(text, place.end - sentence.start)
        if rest is None:
            continue
        if _HONORIFIC.search(rest.group(1)) or _PLAIN_PERSON.search(rest.group(1)):
            continue
        if _USE_AFTER.match(text[rest.end():rest.end() + _USE_WINDOW]):
            out.append(Epithet(at, rest.end(1), place.surface + rest.group(1)))
    return out


# The last characters of WORKER_END's and PERSON_END's words, for a cheap test before their patterns.
_WORKER_OR_PERSON_LAST = frozenset("工师匠手厨嫂姐妹哥娘郎汉姆机妇傅安洁护游员")


def _names_workers(name: str) -> bool:
    """The quoted name ends in a word for a kind of worker or for one who works a trade (护工, 保安, 家政员)."""
    return name[-1:] in _WORKER_OR_PERSON_LAST and bool(WORKER_END.search(name) or PERSON_END.search(name))


def _selected_before(before: str) -> bool:
    """A selection or an award ends the clause before the quote (选拔“A工匠”, 表彰“B月嫂”): one of the verbs of
    _SELECTED_BEFORE must stand in the last 9 characters (the verb, at most 6 after it, a line break)."""
    tail = before[-9:]  # (and a line break, before which $ also matches)
    return (("选" in tail or "评出" in tail or "表彰" in tail or "授予" in tail or "命名" in tail)
            and _SELECTED_BEFORE.search(_CLAUSE_START.split(before)[-1]) is not None)


def _may_end(text: str, last_chars: str) -> bool:
    """The text ends in one of the characters a pattern anchored at its end ($) must end on (or in a line break,
    before which $ also matches): a cheap test before searching the whole text for that pattern."""
    return text[-1:] in last_chars or text.endswith("\n")


def _group_before(before: str) -> bool:
    """A count of people or a plural quantifier ends the text before the quote (2万余名“X”, 一批“Y”)."""
    return _may_end(before, _GROUP_BEFORE_LAST) and _GROUP_BEFORE.search(before) is not None


def _made_before(before: str) -> bool:
    """A sending or building verb ends the text before the quote, in a clause that does not only propose it."""
    if not _may_end(before, _MADE_BEFORE_LAST) or not _MADE_BEFORE.search(before):
        return False
    clause = _CLAUSE_START.split(before)[-1]
    return not _PROPOSAL.search(clause)


def _place_after_at(regions: RegionAnalysis, sentence: Sentence, quote_close: int, after: str) -> bool:
    """在 (after an adverb, or a verb of being found somewhere) and then a region mention right after the quote."""
    head = _AT_PLACE_AFTER.match(after)
    if head is None:
        return False
    at = sentence.start + quote_close + head.end()
    return any(m.start == at for m in regions.mentions_between(at, at + LONGEST_REGION_NAME))


def _unquoted_before_brand_word(regions: RegionAnalysis, sentence: Sentence) -> list[Epithet]:
    """叫响A瓦匠品牌, 培育B保洁师等特色品牌, 擦亮C焊工这块金字招牌: a place's short name and a worker word, unquoted,
    right before 品牌 (not 品牌建设) or a name card. 劳务品牌 after the name is the anchor's rules' to read."""
    text = sentence.text
    out = []
    for place in regions.mentions_between(sentence.start, sentence.end):
        if place.surface[-1] in "省市县区州旗盟":
            continue  # only a short name makes a brand's place (A县的木匠品牌 is a description)
        rest = _TRADE_BEFORE_BRAND_WORD.match(text, place.end - sentence.start)
        if rest is not None and not _HONORIFIC.search(rest.group(1)):
            out.append(Epithet(place.start - sentence.start, rest.end(1), place.surface + rest.group(1)))
    return out


def _place_right_before(regions: RegionAnalysis, sentence: Sentence, quote_open: int) -> str:
    """The text of a region mention that ends where the quote opens (A县「灶手」 -> A县), or of one and the 的 that
    makes the trade its own (A县的「灶手」 -> A县的), else ''. A place word before it (在B的「灶手」) makes the region
    where the group works, not the one it comes from."""
    at = sentence.start + quote_open
    owned = sentence.text[quote_open - 1:quote_open] == "的"
    for mention in regions.mentions_between(max(sentence.start, at - 1 - LONGEST_REGION_NAME), at):
        if mention.end == at:
            return mention.surface
        hosted = _HOST_WORD_BEFORE.search(sentence.text, 0, mention.start - sentence.start)
        if owned and mention.end == at - 1 and not hosted:
            return mention.surface + "的"
    return ""


_HOST_WORD_BEFORE = re.compile(r"[在到赴往于来]$")


def _starts_with_place(name: str) -> bool:
    """The name opens with a division's name (official or short) and has a worker word after it: A县月嫂."""
    known = Gazetteer.load().names()
    return any(name[:n] in known and len(name) - n >= 2 for n in range(min(len(name) - 2, 8), 1, -1))


def _place_and_trade(name: str) -> bool:
    """A division's name, then a trade of the classification (or a short epithet and the trade), maybe with its
    person word: A县家政, B保安员, C苗绣. A trade product (A小米) or a model (A电商模式) is not one."""
    known = Gazetteer.load().names()
    for n in range(min(len(name) - 2, 8), 1, -1):
        if name[:n] in known:
            rest = name[n:]
            return len(rest) <= 6 and bool(TRADE_END.search(rest) or rest.endswith("员") and TRADE_END.search(rest[:-1]))
    return False

"""Whether a list of places in a brand's passage is where its workers go: an ordered list of small rules over
the clause around the list (the cue words before it, the words after it), vetoes first."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.brand_cues import WORKER_END
from kg.extract.event_words import NOT_ABOUT_WORKERS, alternation
from kg.model import RegionMention

# Verbs that carry the brand's workers to the places right after them, whatever follows:
# 遍布A、B; 辐射A; 服务于A; 输送到A; 把手艺做到A; 开往A的专列.
_REACH_WORDS = ("遍布", "遍及", "辐射", "覆盖", "走进", "进驻", "服务于", "输送到", "输送至", "输出到", "输出至", "输往",
                "转移到", "转移至", "做到", "开往", "前往", "奔赴", "远赴", "扎根", "分布在", "分布于", "分布到", "集中在",
                "集中于", "派往", "送往", "送到", "走向", "带到", "带往", "流向", "流入", "涌向", "服务", "活跃在", "活跃于",
                "扎根于", "奔赴到", "驶向", "驶往", "开赴", "延伸至", "延伸到", "拓展至", "拓展到", "扩展到", "扩展至",
                "扩大到", "扩大至", "闯荡", "闯",
                # the group setting out for the places (赶赴A, 分赴A、B, 去往A)
                "赶赴", "分赴", "去往", "奔向",
                # the same reach said as a path walked, a place served or won, or a name made there
                "发往", "直达", "直通", "踏遍", "走遍", "走到", "来到", "送进", "带进", "奔波于", "穿梭于", "奔走于", "往返于", "辗转于", "辗转", "效力于",
                "就职于", "受聘于", "供职于", "红遍", "走俏", "转战", "进军", "挺进", "落脚", "涌入", "进入", "落户", "落地", "叫响", "唱响", "名扬", "誉满",
                "返回", "重返", "返岗到")
# the workers' destination named as such: 就业地主要为A、B; 去向集中在A
_DESTINATION_WORDS = ("就业地", "务工地", "输出地", "目的地", "去向", "流向地", "就业范围", "务工范围", "就业区域")
_DESTINATION_SAID = "(?:主要|多|大多|已)?(?:为|是|在|有|包括|集中在|涉及)"
# the reach verb may take a modifier ending in 的 before the list (足迹遍及长江沿线的A、B)
_MODIFIED_REACH_WORDS = ("遍布", "遍及", "辐射", "覆盖", "走进", "进驻", "服务于", "分布在", "分布于")
# Each word with what may follow it, up to the text's end: 辐射至A, 覆盖到A take their direction word. (One
# alternative a word, each opening with it, so that the search skips to a word's first character: one alternative
# for all the words would be tried at every position. Only whether it matches is read.)
_REACH_VERB = re.compile("|".join([rf"{word}(?:至|到)?了?$" for word in _REACH_WORDS]
                                  + [rf"{word}{_DESTINATION_SAID}(?:至|到)?了?$" for word in _DESTINATION_WORDS]
                                  + [rf"{word}[^，,；;。！？“”]{{1,8}}的$" for word in _MODIFIED_REACH_WORDS]))
# A place word before the list (在A, 到A, 赴A, 于A), or one that opens a relative clause ending in 的 before it
# (在务工人员集中的A、B等地设立服务站), or a first item that is no region of the gazetteer (在苏南和A的企业务工: a part
# of a province). The bounds keep the relative clause and the item inside one phrase.
# The relative clause may follow a verb of going as well as 在 (到建筑工集中的A、B设立服务中心), but not 到 closing
# another verb (受到, 得到, 达到: 受到好评的A is no place the workers go).
_LOCATIVE = re.compile(r"(?:[在到赴往去至进入于]了?|(?:在|(?<![受得达感看想遇做提收找])到|赴|前往)[^，,；;。！？“”]{1,12}的|"
                       r"在[\u4e00-\u9fff]{2,4}[和、及])$")
# What the clause must then say the workers do there: work, serve, set up a station, or a workplace noun.
_WORK = re.compile(r"务工|就业|打拼|工作|从业|服务|创业|从事|开店|经营|设立|设有|建立|成立|落户|扎根|稳岗|上岗|闯|"
                   r"工地|企业|酒店|餐馆|饭店|家庭|医院|工厂|市场|身影|[馆店厂]|受欢迎|青睐|享誉|享有盛誉|口碑|名号|打响|"
                   r"供不应求|抢手|走俏|参与|参建|施工|建设|生根|打工|做工|上班|谋生|安家|落脚|帮工|承建|承揽|开设|"
                   r"开办|创办|兴办|开起|办起|吃香|站稳|叫响|唱响|闯出|[坊铺]|"
                   # a count of them there (在A已有三千余名)
                   r"有[\d一二两三四五六七八九十百千万]|^(?:等地)?的?(?:占|达|超过?|约|近)[\d一二两三四五六七八九十百千万]|"
                   r"开枝散叶|生根发芽|承接|承包|"
                   # what they earn there (在A、B两地实现劳务收入1.2亿元)
                   r"收入|挣钱|增收")
# Moving words that make 赴/到/往/向 A a transfer even with no work word after the place (向A输出, 组织…赴A).
_TRANSFER = re.compile(r"输出|输送|转移|派遣|专列|专车|包车|送")
# 与A签订…协议, 与A等地企业建立合作关系: the places are the partners of a labour agreement.
_AGREEMENT = re.compile(r"^[^，,；;。]{0,10}?(?:签订|签署|签约)[^，,；;。]{0,12}?(?:协议|合同|协作)"
                        r"|^[^，,；;。]{0,10}?建立了?[^，,；;。]{0,6}?(?:合作|协作)关系")
# 来自A、B的用工单位: employers from the places, so the workers go there.
# The employers follow 的 at once, or after a count of them (的36家用工单位), never after a count of people.
_EMPLOYER_AFTER = re.compile(r"^(?:等地?|等省市|等城市|等省份|[两三四五六七八九十]{1,2}(?:省市|省|市|地|个城市))?"
                             r"的(?:\d{1,5}|[一二两三四五六七八九十百千]{1,4})?[余多]?家?"
                             r"[\u4e00-\u9fff]{0,6}?(?:用工单位|用人单位|企业|劳务中介|人力资源|工厂|雇主)")
# A list that opens its clause and closes with 等地 (A、B等地的餐馆里处处可见X的身影): the clause says where X is.
_PLACES_KIND = re.compile(r"^等(?:地|地区|城市|省市|省份|省区)")
# The places' workplaces as a locative that ends the clause: A、B的造船企业里, 在A、B的建筑工地上, A的不少工厂中.
_WORKPLACE_OF_PLACES = re.compile(r"^(?:等地|等城市|两地|三地)?的[\u4e00-\u9fff]{0,6}?(?:企业|工厂|工地|车间|酒店|餐馆|饭店|"
                                  r"医院|家庭|商场|门店|厂房|公司|宾馆|后厨|养老院|市场)[里中内上]")
# 深受A、B等地企业欢迎 (青睐, 好评): the employers of the places take the brand's workers; not buyers of goods.
_WELCOMED_BY = re.compile(r"^(?:等地|等省市|等城市)?的?[\u4e00-\u9fff]{0,4}?(?:企业|用工单位|用人单位|雇主|工厂|家庭)的?"
                          r"(?:欢迎|青睐|好评|认可|信赖)")
# The workers seen there, said in the sentence after the workplaces: 随处可见X的身影, 活跃着X; after a verb of seeing
# alone (都能见到X), what is seen must be named as workers (a word for a kind of worker), not goods or works.
_SEEN_THERE = re.compile(r"身影|活跃着|忙碌着|(?:可见|见到|看到)[“「『]?[\u4e00-\u9fff]{0,10}?"
                         rf"(?:{WORKER_END.pattern[:-1]})[”」』]?们?(?![\u4e00-\u9fff])")
_CLAUSE_OPENER = re.compile(r"^(?:目前|如今|现在|当前|近年来|今年|去年|在|从|其中|尤其是|特别是)?$")
# Events, visits, meetings and goods: places named for them are not where the brand's workers work.
_NOT_WORKERS = re.compile(alternation(NOT_ABOUT_WORKERS) + r"|视察|看望|举行|召开|举办|访问|来访|督导|洽谈会|"
                          r"座谈会|研讨会|发布会|交流会|观摩会|现场会|销售")
# One person's role as the clause's subject (品牌创始人某某早年在A打工): an anecdote, not the workers.
_ONE_ROLE = re.compile(r"(?:创始人|带头人|传承人|董事长|总经理|厂长|老板|负责人)(?!们)")
# An official in a clause that names none of the brand's workers (县长常年往返于A、B之间招商引资): his travel, unless
# the clause counts the workers he leads (县领导带队护送300名务工人员赴A).
_OFFICIAL = re.compile(r"(?:县长|市长|区长|州长|旗长|书记|局长|乡长|镇长|干部|领导)(?!们)")
# One workplace right after the places (在A一家家电企业当…, 在B的一个工地上): where one worker is, not the group.
_ONE_WORKPLACE = re.compile(r"^(?:市|区|县)?的?一(?:家|个|所|座)[\u4e00-\u9fff]{0,6}?(?:企业|工厂|[厂店]|公司|酒店|宾馆|医院|工地|"
                            r"餐馆|饭店|车间|养老院|家庭)")
# (not 一批: 是最早一批走出去的X says which batch one person was in)
_PLURAL = re.compile(r"们|众多|大批|批批|群体")
_PEOPLE_COUNTED = re.compile(r"(?:\d|[一二两三四五六七八九十百千万])[余多]?[名人]")
# 赴A参加培训, 在A接受集训, 到A参加技能大赛, 在A领奖: the place of a course, a contest or an award, not of work.
# The verb may name the course first (在A开设X培训班, 在A举办技能大赛).
_TRAINED_THERE = re.compile(r"^(?:等地)?(?:(?:参加|接受|进行|开展|开设|开办|举办|组织)[^，,；;。]{0,6}?)?"
                            r"(?:培训|参训|集训|研修|进修|实训|大赛|比赛|竞赛|领奖|受表彰)")
# Winning a market: 开拓A市场, 深耕A、B的家政市场.
_MARKET_VERB = re.compile(r"(?:开拓|深耕|抢占|占领|占据|抢滩|主攻|打入|拓展|开辟)了?$")
_MARKET_AFTER = re.compile(r"^(?:等地)?的?[\u4e00-\u9fff]{0,4}?市场")
# The offices a brand sets up where its workers are (the cues' building test reads them too).
STATION_WORDS = ("服务站", "工作站", "联络站", "联络处", "驿站", "服务中心")
# A station named after the place where the brand's workers are (X长春服务站, 在外的X大连工作站).
# A base counts when it is one for work (劳务基地, X大连基地), never a training base (培训基地).
_STATION_AFTER = re.compile(r"^(?:等地)?的?(?:" + alternation(STATION_WORDS) + r"|分站|办事处|"
                            r"(?:劳务|就业|输出|用工|务工)?基地)")
# 被A、B的酒店抢聘一空, A、B的酒店争相聘用: employers of the places hire the workers.
_HIRED_BY = re.compile(r"^(?:等地)?的?[\u4e00-\u9fff]{0,6}?(?:企业|酒店|工厂|家庭|医院|单位|公司|工地|餐馆|饭店|商户|雇主)"
                       r"[\u4e00-\u9fff]{0,4}?[“「]?(?:录用|聘用|聘请|招用|招聘|雇用|抢聘|抢订|签走|订走|接走|预订|聘走|抢人|要人|"
                       r"点名要|争抢|抢着要)")
# ... or, in a sentence that names the brand, plainly took them on (A、B的不少家庭都请了X).
_TOOK_ON = re.compile(r"^(?:等地)?的?[\u4e00-\u9fff]{0,6}?(?:家庭|企业|酒店|工厂|单位|公司)[\u4e00-\u9fff]{0,4}?(?:请了|雇了|聘了)")
# 其中A、B最为集中: the places where most of the workers just counted are.
# A、B等地都有X, 处处活跃着X: the places where the workers are seen.
_MOST_THERE = re.compile(r"^(?:等地|等城市|两地|三地)?(?:(?:最为|最|尤为|较为|更为)?(?:集中|居多|最多|为主|占多数)|"
                         r"(?:都|均|皆|到处|处处)(?:有|是|能看到|可见|活跃着))")
# A clause that is nothing but a scene: 在A、B; 如今在A等地; 在A的家政市场上.
_SCENE_LEFT = re.compile(r"^(?:目前|如今|现在|当前|近年来|今天)?[，,]?在$")
# (or 在A、B等焊工聚集的城市, 在A、B等大城市: a word for the kind of place, maybe after a modifier)
_SCENE_RIGHT = re.compile(r"^(?:(?:等地|等城市|两地|三地)?(?:的[^，,；;。]{0,8}?[上里中内])?|"
                          r"(?:等|两个|三个)?[^，,；;。]{0,12}?(?:省份|省区|省市|城市|地区|地方|区域))$")
# X是A家政市场上的金字招牌; X已成为A的生力军: the workers as the places' favourite or mainstay.
_BECOMES = re.compile(r"(?:是|成为|成了)$")
_FAVOURITE_OF = re.compile(r"^(?:等地)?的?[^，,；;。]{0,8}?(?:名片|招牌|香饽饽|抢手货|主力|骨干|生力军|顶梁柱)")
# 务工地以A、B为主: the clause speaks of where the workers go and the places are its main ones.
_MAINLY_AFTER = re.compile(r"^(?:等地)?为(?:主|重点|中心|主要)")
_WHERE_WORDS = re.compile(r"务工|就业|输出|分布|流向|去向|市场|服务")
# 足迹从A到B, 身影出现在A: a path of the workers' footprints or presence from place to place, or where it is seen.
_FOOTPRINTS = re.compile(r"(?:足迹|身影|脚步|脚印)[^，,；;。]{0,4}?(?:[从到至在于]|[、，,][从到至]?)$")
# The workers seen everywhere there, or as its trade's mainstay or favourite (主力, 香饽饽, 名片).
# A、B两地的X已超过3000人: the places' share of the workers, counted.
_COUNTED_OF_PLACES = re.compile(r"^(?:等地|两地|三地)?的[^，,；;。！？]{2,10}?(?:已|共|约|现)?(?:有|达到?|超过|突破|逾|近)"
                                r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[万千百]?[余多]?[名人]")
# A2000人: nothing but a count of people after a place, the whole clause.
_COUNT_ONLY = re.compile(r"^(?:有|约|近|达|超过)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[万千百]?[余多]?[名人]$")
_EVERYWHERE = re.compile(r"到处|处处|随处|遍地|都是|主力|骨干|主角|生力军|顶梁柱|香饽饽|抢手货|金字招牌|名片")
# 其中1.2万人在A，8000人在B: a count of the workers, then where they are, the clause ending there.
_COUNT_IN = re.compile(r"(?:\d|[一二两三四五六七八九十百千万])[余多]?(?:名|人)(?:常年|长期|主要|分别)?在$")
# A、B是X的主要就业地: the places named as the workers' workplaces.
# A、B现有X3000余人, A有2000多名X, A聚集着3000多名X: a count of the workers there, after 有 or a verb of being
# gathered (the brand's name may stand between);
# a count of things (有3家企业) is none: no numeral may stand before the count of people.
STOCK_THERE = re.compile(r"^(?:等地|两地|三地|等城市)?(?:现|目前|已|共|就|常年|仍|约)?(?:有|聚集着?|集聚着?|活跃着|工作着|生活着)[^，,；;。！？\d一二两三四五六七八九十百千万]{0,10}?"
                          r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[万千百]?[余多]?[名人位]")
_NAMED_WORKPLACE = re.compile(r"^(?:等地|等城市|等省市|两地|三地)?(?:是|为|成为|已成为|成了|已成)[^，,；;。]{0,12}?"
                              r"(?:就业地|务工地|输出地|目的地|集聚地|聚集地|输入地|市场|大本营|主战场|根据地|"
                              r"(?:集中|聚集|最多)的(?:地方|城市|地区))")
# Literary verbs of going (南下海南、进京津、转战皖赣; 闯沪、上疆; a direction or 远 before a one-letter verb: 北进辽吉, 远上新疆), read only in a chain: the verb opens its
# clause, follows a list mark of the chain, the closing quote of a name or the word for the workers (建筑工人下…).
_LITERARY_VERB = "北上|南下|西进|东进|北进|南进|远上|远下|挺进|进军|转战|闯荡|下|进|闯|战|上|入|赴|奔"
_LITERARY_BEFORE = "、，,；;\\s”」工人们匠师嫂娘军"
# A two-character verb of direction may also follow a time word or an adverb of many (近年来南下A、北上B, 纷纷西进C).
_DIRECTION_VERB = "北上|南下|西进|东进|北进|南进|挺进|进军|转战|闯荡"
_DIRECTION_BEFORE = "年来|常年|纷纷|先后|相继|陆续|一路"
_LITERARY_GO = re.compile(rf"(?:(?:^|[{_LITERARY_BEFORE}])(?:{_LITERARY_VERB})|"
                          rf"(?:{_DIRECTION_BEFORE})(?:{_DIRECTION_VERB}))$")
# One or two short forms after a literary verb, up to the chain's next mark or a work word (闯沪、转战皖赣，).
# (Each verb is read first and what stands before it tested after, 北上(?<![^、…]..): the text's start or a mark
# before the verb, as (?:^|(?<=[、…])) before it says; so the search skips to a verb's first character instead of
# testing the lookbehind at every position, three times faster. A verb of direction may follow a time word or an
# adverb of many instead: 南下(?<=(?:年来|…)..).)
def _short_run_verb(verb: str) -> str:
    opened = rf"(?<![^{_LITERARY_BEFORE}]{'.' * len(verb)})"
    if verb in _DIRECTION_VERB.split("|"):
        return rf"{verb}(?:{opened}|(?<=(?:{_DIRECTION_BEFORE}){'.' * len(verb)}))"
    return verb + opened


LITERARY_SHORT_RUN = re.compile("(?:" + "|".join(_short_run_verb(verb) for verb in _LITERARY_VERB.split("|")) + ")"
                                r"(?P<chars>[\u4e00-\u9fff]{1,2})(?=[、，,。；;！!\s]|$|务工|就业|打拼|创业|打工)")
# A place that begins a company's name (某某电子A省有限公司, A市某某集团) names the company, not a destination.
# A 的 between them makes the company one of the place's (A的建筑公司纷纷聘用…), not a name.
# A count of companies (A一家家政公司, B多家企业) makes them the place's too.
_COMPANY_AFTER = re.compile(r"^(?![一二两三四五六七八九十几多数\d]+家)(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:有限公司|有限责任|股份|集团|公司)")


class _Context(NamedTuple):
    """A list of places in a clause of a passage sentence, and the text around it."""
    text: str
    clause: str
    left: str  # the clause before the places
    right: str  # the clause after them
    clause_end: int
    run_end: int
    sentence_end: int
    named_here: bool  # the clause names the brand
    named_in_sentence: bool  # another clause of the sentence names it (not only the passage it stands in)


def cue(text: str, clause_start: int, clause_end: int, run: list[RegionMention], *, named_here: bool,
        sentence_end: int, named_in_sentence: bool = False) -> bool:
    """The clause says that workers go to or work in the listed places: the first rule with an answer decides."""
    context = _Context(text, text[clause_start:clause_end], text[clause_start:run[0].start], text[run[-1].end:clause_end],
                       clause_end, run[-1].end, sentence_end, named_here, named_here or named_in_sentence)
    for rule in _RULES:
        answer = rule(context)
        if answer is not None:
            return answer
    return False


def _not_workers(c: _Context) -> bool | None:
    """Visits, meetings and goods: places named for them are not where the workers work."""
    return False if _NOT_WORKERS.search(c.clause) else None


def _one_role(c: _Context) -> bool | None:
    if about_one_role(c.clause):
        return False
    if c.left.endswith("在") and _ONE_WORKPLACE.match(c.right) and not _PEOPLE_COUNTED.search(c.clause) \
            and not _PEOPLE_COUNTED.search(c.text, c.run_end, c.sentence_end) \
            and not _PLURAL.search(c.text, c.run_end, c.sentence_end):
        # 在A一家电子厂当技术员的某某: one workplace and no count or plural in the sentence (not 在A的一家鞋企里，来自B的
        # 鞋匠们…), one person's story
        return False
    # an official's own travel in a clause that names none of the workers (县长往返于A、B之间招商)
    official = not c.named_here and _OFFICIAL.search(c.clause) and not _PEOPLE_COUNTED.search(c.clause)
    return False if official else None


def about_one_role(clause: str) -> bool:
    """The clause's subject is one person named by a role (创始人, 负责人…)."""
    return _ONE_ROLE.search(clause) is not None


def not_about_workers(clause: str) -> bool:
    """The clause names its places for a visit, a meeting or goods, or tells one person's story."""
    return _NOT_WORKERS.search(clause) is not None or about_one_role(clause)


def _company(c: _Context) -> bool | None:
    return False if _COMPANY_AFTER.match(c.right) else None


def _trained_there(c: _Context) -> bool | None:
    return False if _TRAINED_THERE.match(c.right) else None


def _reach(c: _Context) -> bool | None:
    return True if _REACH_VERB.search(c.left) else None


def _literary_going(c: _Context) -> bool | None:
    """南下海南、进京津: a literary verb of going in a chain, with nothing but the chain's mark after the places."""
    if not _LITERARY_GO.search(c.left):
        return None
    # (a dash may close the chain before its subject: 北进辽宁，远上新疆——一批批焊工…)
    return True if not c.right or c.right[0] in "、—" or _WORK.match(c.right) else None


def _market_won(c: _Context) -> bool | None:
    if not _MARKET_VERB.search(c.left):
        return None
    # 深耕A、B市场: the region finder may read B市 out of B市场, leaving 场 after the list
    split_market = c.right.startswith("场") and c.text[c.run_end - 1:c.run_end] == "市"
    return True if _MARKET_AFTER.match(c.right) or split_market else None


def _station_there(c: _Context) -> bool | None:
    return True if c.named_here and _STATION_AFTER.match(c.right) else None


def _hired_there(c: _Context) -> bool | None:
    return True if c.left.endswith("被") and _HIRED_BY.match(c.right) else None


def _scene_set(c: _Context) -> bool | None:
    """在A、B，X供不应求; 在A的酒店里，到处都是X: a clause that only sets the scene in the places, and the
    rest of the sentence saying the workers work or are seen there."""
    if not (_SCENE_LEFT.search(c.left) and _SCENE_RIGHT.match(c.right)):
        return None
    rest = c.text[c.clause_end:c.sentence_end]
    if not_about_workers(rest):
        return False  # 在A，县领导看望慰问了X代表: the scene of a visit
    return True if _WORK.search(rest) or _SEEN_THERE.search(rest) or _EVERYWHERE.search(rest) else None


def _favourite_there(c: _Context) -> bool | None:
    return True if _BECOMES.search(c.left) and _FAVOURITE_OF.match(c.right) else None


def _mainly_there(c: _Context) -> bool | None:
    return True if c.left.endswith("以") and _MAINLY_AFTER.match(c.right) and _WHERE_WORDS.search(c.left) else None


def _footprints(c: _Context) -> bool | None:
    return True if _FOOTPRINTS.search(c.left) else None


def _counted_there(c: _Context) -> bool | None:
    return True if _COUNT_IN.search(c.left) and (not c.right or _PLACES_KIND.match(c.right)) else None


def _named_workplace(c: _Context) -> bool | None:
    """A、B是X的主要就业地; 其中A、B最为集中; A、B的酒店争相聘用X; A现有X3000余人: places opening their clause as
    the workplace."""
    if not _CLAUSE_OPENER.match(c.left):
        return None
    if c.named_here and STOCK_THERE.match(c.right):
        return True
    if c.named_in_sentence and _TOOK_ON.match(c.right):
        return True
    return True if _NAMED_WORKPLACE.match(c.right) or _MOST_THERE.match(c.right) or _HIRED_BY.match(c.right) else None


# 用工单位分别来自A、B: the employers named first, then where they come from.
_EMPLOYERS_BEFORE = re.compile(r"(?:用工单位|用人单位|用工企业|企业|劳务中介组织|劳务中介|人力资源公司|工厂|雇主)"
                               r"(?:分别|均|都|主要|大多|大都)?来自$")


def _employers_from(c: _Context) -> bool | None:
    if not c.left.endswith("来自"):
        return None
    return bool(_EMPLOYER_AFTER.match(c.right) or _EMPLOYERS_BEFORE.search(c.left))


# What the places' employers do for the workers when the places open the clause: sign with their county, take them;
# the deal must be one for labour (劳务协议, 协议转移N人), not for tourism or trade.
_EMPLOYERS_SIGN = re.compile(r"签订|签署|签约|签下|招用|录用|吸纳")
_LABOUR_DEAL = re.compile(r"劳务|用工|就业|转移|输送|招用|录用|吸纳")


def _employers_sign(c: _Context) -> bool | None:
    """A、B两市的36家企业与X县签订劳务协议: the places' employers, opening the clause, sign for or take the workers."""
    if not (_CLAUSE_OPENER.match(c.left) and _EMPLOYER_AFTER.match(c.right)):
        return None
    deal = c.text[c.run_end:c.sentence_end]
    return True if _EMPLOYERS_SIGN.search(c.right) and _LABOUR_DEAL.search(deal) else None


def _welcomed(c: _Context) -> bool | None:
    # 深受A、B等地企业欢迎: employers there take the workers
    return bool(_WELCOMED_BY.match(c.right)) if c.left.endswith("深受") else None


def _sent_towards(c: _Context) -> bool | None:
    return bool(_TRANSFER.search(c.clause)) if c.left.endswith("向") else None


def _agreement_partner(c: _Context) -> bool | None:
    # 与A签订劳务协作协议，定向输送X300人: the partner of the agreement receives the workers sent next
    if c.left.endswith("与") and _AGREEMENT.match(c.right):
        return bool(_TRANSFER.search(c.text, c.clause_end, c.sentence_end))
    return None


def _located(c: _Context) -> bool | None:
    if not _LOCATIVE.search(c.left):
        return None
    return bool(_WORK.search(c.right)) or (c.left[-1:] in "赴到往去至" and bool(_TRANSFER.search(c.left)))


def _opening_places(c: _Context) -> bool | None:
    if not _CLAUSE_OPENER.match(c.left):
        return False
    # A、B的造船企业里，随处可见X的身影: workplaces of the places, where the rest of the sentence sees the workers, or
    # says they work or are sought there (A、B等城市的家政市场上，X十分抢手)
    if _WORKPLACE_OF_PLACES.match(c.right):
        rest = c.text[c.clause_end:c.sentence_end]
        sought = c.named_in_sentence and (_WORK.search(rest) or _EVERYWHERE.search(rest))
        if not not_about_workers(rest) and (_SEEN_THERE.search(c.text, c.run_end, c.sentence_end) or sought):
            return True
    # A、B两地的X已超过3000人: the workers there counted
    if c.named_here and _COUNTED_OF_PLACES.match(c.right):
        return True
    # X中，A2000人，B1000人: a count of the workers right after each place, in a sentence that names them
    if c.named_in_sentence and _COUNT_ONLY.match(c.right):
        return True
    # A、B等地的餐馆里处处可见X的身影: the list opens the clause that names the brand
    return c.named_here and bool(_PLACES_KIND.match(c.right)) and bool(_WORK.search(c.right))


_RULES = (
    # vetoes: visits, meetings and goods; one person's story; a company's name; a course, contest or award
    _not_workers, _one_role, _company, _trained_there,
    # the verb or phrase before the places says the workers go or are there
    _reach, _literary_going, _market_won, _station_there, _hired_there, _favourite_there, _mainly_there, _footprints,
    # the word right before the places needs the right words after them
    _employers_from, _welcomed, _sent_towards, _agreement_partner, _counted_there, _scene_set, _located,
    # the places open their clause
    _named_workplace, _employers_sign, _opening_places,
)

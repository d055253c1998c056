"""Labour brands (劳务品牌) read from the language around them: quotes, lists, verbs and the word 劳务品牌."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.brand_heads import headed_brands
from kg.extract.brand_counts import breakdown_items, counted_quotes, opens_breakdown, possessed_counts
from kg.extract.brand_epithets import ArticleScan, epithets_in, may_hold_epithets, unquoted_subjects
from kg.extract.brand_origins import builder_phrase, home_county, merge_found, same_brand, to_brand
from kg.extract.brand_passage import full_sentence_numbers, one_of_them, points_back_to_brand, whole_sentence
from kg.extract.brand_tables import table_brand_cells
from kg.extract.brand_levels import CLAUSE_STOP, LEVEL_RE, LEVEL_WORDS
from kg.extract.brand_trades import TRADE_END, WORKER_NAME_END
from kg.gazetteer import Gazetteer
from kg.model import Article, Brand, RegionAnalysis, Sentence, Span
from kg.text.numerals import SMALL_NUMBER_VALUES
from kg.text.punct import QUOTE_CLOSE, QUOTE_OPEN, quoted

# The anchor: 劳务品牌 (also 劳务输出品牌). A bare 品牌 only counts after a brand-building verb.
_ANCHOR_RE = re.compile(r"劳务(?:输出)?品牌")
_BARE_BRAND_RE = re.compile(r"品牌")
# Verbs that build, name or award a brand.
_BUILD_VERBS = ("打造", "培育", "叫响", "擦亮", "唱响", "创建", "创响", "推出", "做强", "做大", "做优",
                "塑造", "树立", "培树", "孵化", "培养", "锻造", "打响", "壮大", "做精", "做实", "创立", "涌现出")

# One quoted item, bounded so untrusted text cannot make the engine backtrack.
_QUOTE_RE = re.compile(quoted(1, 20, singles=True))
# Between two items of a list: an optional short tail that belongs to the name (“张北风光云”服务) and a separator.
_GAP_RE = re.compile(r"^(?P<suf>[\u4e00-\u9fff]{0,4}?)(?P<sep>[、，,\s]{0,3}(?:和|与|及|以及)?[、，,\s]{0,3})$")
# Between a list and 劳务品牌: a predicate that starts another statement breaks the link
# (“春风行动”期间，培育劳务品牌; “A”活动中打造劳务品牌).
_OTHER_PREDICATE = re.compile(r"开展|培育|打造|发挥|依托|通过|借助|围绕|实施|推进|举办|组织|期间|活动|行动|平台|"
                               r"带动|带领|推动|促进|助力|吸引")
# Quoted things that are not brand names: award categories (就业带动类劳务品牌), companies, shops,
# platforms, slogans written as lists (为民、利民、便民、惠民) or as counts (一县一品).
# A certification label (X字号), a count of brands (十大, 五个), a campaign (…行动, …工程) and an award or
# honorary title won beside a brand (获“X奖”, 获“X代言人”称号) are no names either; nor is what a brand is called as a
# figure of speech (擦亮劳务品牌“金字招牌”, 打造劳务品牌“金名片”).
_NOT_A_NAME = re.compile(r"^[一二两三四五六七八九十].[一二两三四五六七八九十]|^[一二两三四五六七八九十百千万亿]+$|[一二两三四五六七八九十百][大个项批]$|字号$|(?:出去|进来|回来|起来)$|"
                         r"(?:行动|计划|工程|活动|专项)$|(?:奖|奖项|称号|荣誉|代言人|带头人)$|[类型]$|公司$|集团$|有限|厂$|店$|合作社$|协会$|中心$|平台$|网$|信息$|"
                         r"(?:学校|学院|大学|职校|培训班|基地|委员会|办公室)$|(?:招牌|名片|牌子)$|[站局厅院所馆园]$|[、，,；;。！？\s+＋\x22\x27]|[0-9０-９]")
# A name too generic to be a brand (特色劳务品牌, 知名劳务品牌, 相关劳务品牌).
_GENERIC_NAME = re.compile(
    r"^(?:特色|知名|优质|优秀|相关|各类|各级|本地|地方|区域|县域|市域|省级|国家级|市级|县级|自有|自主|重点|示范|"
    r"新|新兴|传统|本土|品牌|劳务|技能|特色技能|更多|一批|一个|多个|该|这|此|其|全国|全省|全市|全县)+$")
# The end of an occupational name (a trade or a worker word of brand_trades, or 劳务/服务 after a place: A劳务):
# an unquoted X劳务品牌 must look like one.
_OCCUPATION_END = re.compile(rf"(?:{WORKER_NAME_END.pattern[:-1]}|劳务|服务)$")
# What bounds an unquoted X劳务品牌 on the left: a building verb, an award verb, a level word or a mark.
_UNQUOTED_LEFT = re.compile(
    rf"(?:{'|'.join(_BUILD_VERBS)}|获评|荣获|入选|成为|认定为|评为|{LEVEL_RE.pattern}|[，。；：、“”\s])"
    r"([\u4e00-\u9fff]{2,12})$")
_UNQUOTED_RIGHT = re.compile(r"^[：:—\s]{0,2}([\u4e00-\u9fff]{2,12}?)(?=[，。；、！？,;\s]|等|的|$)")
# Between 劳务品牌 and the list that names them: a colon, a dash, or 包括/有/是/为/分别是 (after a comma, maybe after
# the count of the names: 劳务品牌3个，分别是), or a verb of coming into being before a colon (劳务品牌相继涌现：).
_RIGHT_GAP = re.compile(r"[：:—\s]{0,3}|(?:(?:共有|共|有)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})个)?"
                        r"[，,]?(?:包括|包含|有|是|为|分别是|分别为|即|如|比如|例如|像)[：:]?|"
                        # 劳务品牌不断涌现：“A”“B”: a verb of coming into being, then a colon or a dash
                        r"(?:不断|相继|纷纷|陆续|先后|已经?)?(?:涌现|出现|诞生)(?:出来)?了?[：:—]{1,2}")
# Between an unquoted list and 劳务品牌: 等, a count, level and kind words (等特色, 两个县级, 等3个省级).
# 以A、B为代表的 / 包括A、B在内的 frame the list as examples of the brands counted after it.
# A copula may stand there too (A焊工、B厨师都是我省的特色劳务品牌).
_LIST_CONNECTOR = re.compile(
    rf"(?:为代表的|在内的)?(?:等|这|这些)?(?:(?:共|一共|总共|合计|计)?(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?:个|大))?"
    rf"(?:(?:都|均|也|同样)?(?:是|属于)[^，。；！？“”「」]{{0,8}}?)?"
    rf"(?:{LEVEL_RE.pattern}|特色|知名|优秀|新兴|示范|对外|外出|输出型?|输转型?)*$")
# The count in that connector: where it equals the number of items, the list is the brands' names
# even when they start with no place (a county's own epithets: A电工、B家政两个劳务品牌).
_CONNECTOR_COUNT = re.compile(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})个")
# 全县现有劳务品牌3个（A、B、C）: the anchor, a count, and the names in brackets.
_BRACKETED_LIST = re.compile(r"(?:(?:共|有)?(\d{1,3}|[一二两三四五六七八九十]{1,3})个)?[（(]([^（）()\n]{2,60})[）)]")
_UNQUOTED_SEP = re.compile(r"、|以及|和|与|及")
# Words that open a bracket of examples (（如“A”“B”）, （包括A、B）).
_EXAMPLE_LEAD = re.compile(r"(?:如|比如|例如|包括|像)[：:]?")
# “A”是X打造的劳务品牌 (or “A”作为X打造的…): a copula after the quoted subject, and the anchor ends its predicate.
_COPULA = re.compile(r"(?:是|作为)[^，。；！？“”「」]{1,26}的[\u4e00-\u9fff]{0,6}")
# A brand as the subject of an award predicate not right before the anchor: 去年入选州级, 则被评为县级,
# 被认定为自治区级 (time words and adverbs, 被, the verb, then a short awarding body and level).
# 成为 with a level is one too (如今已成为省级劳务品牌).
_AWARD_VERBS = ("评为", "评定为", "认定为", "入选", "获评", "列为", "确定为", "命名为", "认证为", "成为")
_AWARD_PRED = re.compile(
    r"(?:则|也|均|都|还|已|已经|先后|相继|成功|正式|去年|今年|前年|同年|当年|如今|现已|目前|\d{4}年|于)*被?"
    rf"(?:{'|'.join(_AWARD_VERBS)})[\u4e00-\u9fff]{{0,10}}$")
# Clause-initial passive after a quoted subject's own clause: “A”依托…，被认定为…劳务品牌.
# … or the quoted name closing that clause as the head of its modifier: 由A县培育的“X”，如今已成为省级劳务品牌.
_MODIFIED_SUBJECT = re.compile(r"[^，。；！？“”「」]{1,20}的[“「『‘]([^“”「」『』‘’\n]{1,20})[”」』’]，$")
_PASSIVE_SUBJECT = re.compile(r"[“「『‘]([^“”「」『』‘’\n]{1,20})[”」』’][^，。；！？“”「」]{1,20}，$")
# 等 and the anchor may hold a short qualifier (等本土, 等新兴): a few characters with no verb in them.
_QUALIFIER = re.compile(r"等([\u4e00-\u9fff]{1,4})$")
_VERBISH = re.compile(r"[的了在是为把将被对向给]|建设|培育|打造|实施|开展|推进|发展|提升")
# An unquoted list that names brands without the anchor, in a passage about brands: 除此之外，A、B也在加快培育.
_CULTIVATED_AFTER = re.compile(
    r"(?:也|还|均|都|正|则)?(?:在|正在)?(?:加快|积极|大力|着力|重点|持续|全力)?(?:培育|打造)(?:中)?(?=[，。；！？]|$)")
_ALSO_CALLED = re.compile(r"[”」』’]?[（(](?:又称|又名|简称|亦称|也称|俗称|人称)[“「『‘]([^“”「」『』‘’\n（）()]{2,16})[”」』’]")
# An unquoted item closing a quoted list, then the connector to the anchor (和蓼城厨师三大, 、X两个省级).
_TRAILING_ITEM = re.compile(
    rf"^(?:、|和|与|及|以及)(?P<name>[\u4e00-\u9fff]{{2,10}}?)(?P<conn>(?:等|这)?(?:(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})"
    rf"(?:个|大))?(?:{LEVEL_RE.pattern}|特色|知名|优秀|新兴|示范)*)$")
# 除“A”外 / 除了“A”以外: the frame that sets a brand apart from the list after it.
_EXCEPT_HEAD = re.compile(r"除了?$")
_EXCEPT_TAIL = ("外", "以外", "之外")
_COUNT_RE = re.compile(r"(\d+|[一二两三四五六七八九十]+)个")
# Patterns used inside the per-sentence and per-name functions below, compiled once.
_CLAUSE_END = re.compile(r"[，。；！？]|$")
_CULTIVATE_VERB = re.compile(r"(?:也|还|均|都|正|则)?(?:在|正在)?(?:加快|积极|大力|着力|重点|持续|全力)?(?:培育|打造)")
_LAST_ITEM_TAIL = re.compile(r"^([\u4e00-\u9fff]{1,4}?)(?=等|、)")
_NOT_IN_TAIL = re.compile(r"[等的个级是为获被]")
_BARE_CONNECTOR = re.compile(r"(?:等|这一|这个|这张|系列|等系列|的)?(?:特色|知名)?")
_LIST_WORD = re.compile(r"等|和|与|及")
_COMMA = re.compile(r"[，,]")
_ITEM_COMMA = re.compile("、")
_LEADING_LEVEL = re.compile(rf"^(?:{LEVEL_RE.pattern}|全国|全省|知名|特色|优秀)+")
# A government body or an attitude in the words before the anchor makes them a sentence (X市委市政府高度重视).
_PREDICATE_IN_NAME = re.compile(r"[的个级和与及等了在是为把将对]|实施|开展|推进|加强|打造|培育|建设|大力|积极|全力|深入|着力|"
                                r"推动|发展|提升|依托|[省市县区州旗]委|党委|政府|部门|重视|高度|[共现已拥]有|目前|获")
_LEVEL_AT_END = re.compile(f"({LEVEL_RE.pattern})(?:特色|知名|优秀|示范)?$")


@dataclass
class FoundBrand:
    name: str
    start: int  # offset of the name in the article text
    end: int
    sentence: Sentence
    level: str | None = None
    alts: list[str] = field(default_factory=list)
    builder: tuple[int, int] | None = None  # absolute span of a 是X打造的 predicate naming who built it


def find_brands(article: Article, regions: RegionAnalysis) -> tuple[Brand, ...]:
    """Every labour brand the article names, in order of first appearance."""
    found: list[FoundBrand] = []
    # the passage about brands is counted in full sentences: the segmenter also ends one at ；, which splits a
    # breakdown (其中，A有3万人；B近2万人；…) into as many segments
    numbers = full_sentence_numbers(article)
    recent_anchor = -99  # number of the last full sentence that says 劳务品牌
    anchor_index = -99  # index of the last segment that says it
    scan = ArticleScan.of(article)
    for index, sentence in enumerate(article.sentences):
        text = sentence.text
        number = numbers[index]
        # a garbled character elsewhere in the sentence does not spoil a name read cleanly
        branded = "品牌" in text  # what both anchors say: most sentences are read by the anchor's rules no further
        in_sentence = _brands_in_sentence(sentence, passage=number - recent_anchor <= 3) if branded else []
        if branded and _ANCHOR_RE.search(text):
            recent_anchor, anchor_index = number, index
        elif number - recent_anchor <= 3 and ("培育" in text or "打造" in text):
            in_sentence.extend(_cultivated_list(sentence))
        if number - recent_anchor <= 1 and "其中" in text:
            in_sentence.extend(_one_of_them(sentence))  # 一批劳务品牌…，“X”就是其中之一
        if branded and index and points_back_to_brand(text):
            in_sentence.extend(_named_before_pointer(article, index))  # “X”…。这一劳务品牌…
        if not branded and number - recent_anchor <= 3 and any(word in text for word in _NAME_WORDS):
            in_sentence.extend(_pointed_run(sentence, _quote_spans(text), passage=True))  # “A”“B”……一个个名字
        if index == anchor_index + 1 and sentence.paragraph == article.sentences[anchor_index].paragraph:
            in_sentence.extend(_examples_after_anchor(sentence))
        if number - recent_anchor <= 3:
            in_sentence.extend(_make(sentence, e.start, e.end, e.name, None) for e in unquoted_subjects(regions, sentence)
                               if _valid_unquoted(e.name))
        if number - recent_anchor <= _COUNTED_GROUP_REACH and (index + 1 == len(numbers) or numbers[index + 1] != number):
            # a headcount breakdown is read over the whole sentence, at its last segment
            whole = whole_sentence(article, numbers, index)
            in_sentence.extend(_counted_brands(whole, quoted_only=number != recent_anchor,
                                               follows_anchor=number == recent_anchor + 1))
        if may_hold_epithets(text, scan):
            in_sentence.extend(_from_epithets(article, regions, sentence, scan))
        if any(word in text for word in _STANDING_WORDS):  # most sentences hold none, and are done without it
            in_sentence.extend(_brand_standing(article, sentence))
        if in_sentence:
            found.extend(f for f in in_sentence if article.is_reliable(f.start, f.end) and not _only_proposed(f))
    rows = _table_rows(article)
    found.extend(rows)
    found.extend(_paragraph_heads(article, {f.name for f in rows}))
    found.sort(key=lambda f: (f.start, f.end))
    for f in found:
        if f.builder is None:
            f.builder = builder_phrase(article, regions, f)  # 由A县打造的“X”, “X”发源于A县
        # “林州建筑”（又称“林州建工”）: the other name written in brackets right after the brand
        other = _ALSO_CALLED.match(article.text, f.end)
        if other and _valid_quoted(other.group(1)) and other.group(1) not in f.alts:
            f.alts.append(other.group(1))
    merged = merge_found(found)
    our_county = home_county(article, regions, merged)
    brands = [to_brand(article, regions, f, our_county) for f in merged]
    return tuple(brands + _title_only_brands(article, regions, merged, scan))


def _one_of_them(sentence: Sentence) -> list[FoundBrand]:
    """The quoted name said to be one of the brands the anchor just named, shaped as a trade or its workers."""
    return [_make(sentence, start, end, name, None) for start, end, name in one_of_them(sentence.text)
            if _valid_quoted(name) and _OCCUPATION_END.search(name)]


def _named_before_pointer(article: Article, index: int) -> list[FoundBrand]:
    """The quoted name of the sentence before `index` (这一劳务品牌…), when it is the only name there and is shaped as
    a trade or its workers."""
    before = article.sentences[index - 1]
    if before.paragraph != article.sentences[index].paragraph:
        return []
    quotes = [q for q in _quote_spans(before.text) if _valid_quoted(q[2].strip())]
    if len(quotes) != 1 or not _OCCUPATION_END.search(quotes[0][2].strip()):
        return []
    q = quotes[0]
    return [_make(before, q[0] + 1, q[1] - 1, q[2].strip(), None)]


def _table_rows(article: Article) -> list[FoundBrand]:
    """The names in the brand-name column of a notice's table (序号 品牌名称 申报单位 / 1 X厨师 A县)."""
    out = []
    for row in table_brand_cells(article):
        sentence = article.sentence_at(row.start)
        if sentence is not None and _valid_unquoted(row.name) and article.is_reliable(row.start, row.end):
            found = _make(sentence, row.start - sentence.start, row.end - sentence.start, row.name, row.level)
            found.builder = row.rest  # the unit that declared it is its home where the name holds no place
            out.append(found)
    return out


# A name someone only suggests building (专家建议打造“X”, 呼吁培育X劳务品牌) is no brand (GUIDE.md). A county's own
# plan (拟打造, 计划培育) names brands it is building: the gold counts those.
_PROPOSED = re.compile(r"(?:建议|倡议|呼吁)[^。；！？]{0,12}?(?:打造|培育|创建|创响)"
                       r"[出成]?[^，。；！？]{0,4}?[“「『‘]?$")


def _only_proposed(found: FoundBrand) -> bool:
    """The words before the name in its sentence suggest building it (建议，A县可以打造“X”)."""
    before = found.sentence.text[:found.start - found.sentence.start]
    # _PROPOSED opens with one of these words: most sentences have none, and are done without the pattern
    return ("建议" in before or "倡议" in before or "呼吁" in before) and _PROPOSED.search(before) is not None


# What a headline must hold for the rules below to read a name in it: a quote mark, or a word the epithet rules
# start from (名 of a headcount, 品牌, 招牌, 名片, which the anchor's rules need too). Most headlines hold none.
_TITLE_NAME_MARKS = ("“", "「", "『", "名", "品牌", "招牌")


def _title_only_brands(article: Article, regions: RegionAnalysis, body: list[FoundBrand],
                       scan: ArticleScan) -> list[Brand]:
    """Brands that a headline kept apart from the body (HTML <title>, front matter, a first line) names and the
    body does not: 2000余名“X月嫂”走进A市. The headline is read as a sentence before the body, whose text still counts
    a name's uses; no region of the body is read as a place of the headline."""
    title = article.title
    if not title or not any(mark in title for mark in _TITLE_NAME_MARKS) or title in article.text:
        return []
    text = title + "\n" + article.text
    heading = Sentence(0, len(title), 0, title)
    title_article = Article(article.document, title, text, (Span(0, len(title)),), (heading,))
    title_regions = RegionAnalysis((), regions.subject)
    # only names shaped as names for workers: a headline's compressed wording (“A月”送岗上门 劳务品牌叫响…,
    # 劳务品牌“亮招牌”) would mislead the rules around the anchor
    found = _from_epithets(title_article, title_regions, heading, scan.with_heading(title))
    # 叫响“A焊工”“B月嫂”劳务品牌: the anchor's rules too, for names shaped as a trade or its workers
    # (quoted, or a place and a trade unquoted: a headline drops words around other names, 打造苗绣娘劳务品牌 for
    # the body's “A苗绣娘”)
    found += [f for f in _brands_in_sentence(heading) if _OCCUPATION_END.search(f.name) and (
        f.start > 0 and title[f.start - 1] in QUOTE_OPEN or _place_prefix(f.name) and _valid_unquoted(f.name))]
    found = [f for f in merge_found(sorted(found, key=lambda f: (f.start, f.end)))
             if not any(same_brand(f, b) for b in body)]
    return [to_brand(title_article, title_regions, f) for f in found]


# -- finding -----------------------------------------------------------------------------------

def _brands_in_sentence(sentence: Sentence, *, passage: bool = False) -> list[FoundBrand]:
    text = sentence.text
    if "品牌" not in text:
        return []  # both anchors, 劳务品牌 and a bare 品牌, say 品牌: most sentences are done here
    out: list[FoundBrand] = []
    quotes = _quote_spans(text)
    for m in _ANCHOR_RE.finditer(text):
        a_start, a_end = m.start(), m.end()
        inside = next((q for q in quotes if q[0] < a_start and a_end <= q[1]), None)
        if inside is not None:
            # 劳务品牌 inside a quote is an award title (“就业带动类劳务品牌”); a quoted "X劳务品牌" with a
            # real name in it (“湘西织女劳务品牌”) still names X.
            inner = text[inside[0] + 1:a_start]
            if text[a_end:inside[1] - 1].strip():
                continue  # the quote goes on past 劳务品牌 (“凉山劳务品牌提升行动”): it names a program, not a brand
            if inner and not _NOT_A_NAME.search(inner) and not _GENERIC_NAME.match(inner):
                out.append(_make(sentence, inside[0] + 1, a_start, inner, _level_in(text[inside[0]:a_start])))
                continue
            a_start, a_end = inside[0], inside[1]
        found = _at_anchor(sentence, quotes, a_start, a_end)
        if _ANCHOR_COMPOUND.match(text, m.end()):
            for f in found:
                f.level = None  # 省级劳务品牌培育基地: the level is the base's, not the brand's
        out.extend(found)
    out.extend(_pointed_run(sentence, quotes, passage=passage))
    # A bare 品牌 after a building verb: 叫响“川妹子”品牌, 打造“桂嫂”等品牌.
    for m in _BARE_BRAND_RE.finditer(text):
        if text[max(0, m.start() - 2):m.start()] == "劳务" or text[max(0, m.start() - 4):m.start()] == "劳务输出":
            continue
        if any(q[0] < m.start() < q[1] for q in quotes):
            continue
        # a bare 品牌 also brands goods, dishes and places to visit (打造“A小杂粮”品牌, “B农家乐”品牌): only names shaped
        # as a trade or its workers are labour brands there
        items = [f for f in _left_list(sentence, quotes, m.start(), bare=True, passage=passage)
                 if _OCCUPATION_END.search(f.name)]
        if not items and (passage or _ANCHOR_RE.search(text)):
            # in a passage about labour brands, A家政、B木匠等(30个)品牌: unquoted names, each a place and a trade
            items = _unquoted_list(sentence, m.start(), "品牌")
        if items:
            out.extend(items)
    return out


# 是A县打造的省级劳务品牌(之一) as a clause of its own, its subject left out: the quoted name opening the sentence.
_ELIDED_COPULA_END = re.compile(r"(?:之一)?(?:[，,。；;！？]|$)")
# The quoted name opening a sentence as its subject: a label (【链接】, or an interview's speaker: 答：, 负责人答：), time
# words, then the name and the rest of its clause.
_QUOTED_SUBJECT = re.compile(r"^(?:[【〔][^】〕]{1,12}[】〕]|[\u4e00-\u9fff]{0,8}[答问][：:])?"
                             r"(?:(?:近年来|目前|如今|同时|此外)[，,]?)?[“「『]")


def _elided_subject(sentence: Sentence, quotes, a_start: int, a_end: int) -> list[FoundBrand]:
    """“X”属于家政类劳务品牌，是A县培育的市级劳务品牌: a copula clause with no subject of its own predicates of the
    quoted name that opens the sentence; its 的 phrase names who built it, its level word the brand's level."""
    text = sentence.text
    clause = CLAUSE_STOP.split(text[:a_start])[-1]
    if not clause.startswith(("是", "作为")) or not _COPULA.fullmatch(clause) or not _ELIDED_COPULA_END.match(text, a_end):
        return []
    opening = _QUOTED_SUBJECT.match(text)
    subject = next((q for q in quotes if opening and q[0] == opening.end() - 1), None)
    clause_start = a_start - len(clause)
    if subject is None or subject[1] >= clause_start or not _valid_quoted(subject[2].strip()):
        return []
    found = _make(sentence, subject[0] + 1, subject[1] - 1, subject[2].strip(), _level_just_before(text, a_start))
    found.builder = (sentence.start + clause_start, sentence.start + a_start)
    return [found]


# A noun after the anchor that makes 劳务品牌 its modifier (省级劳务品牌培育基地, 示范县): a level word before the
# anchor then ranks that thing, not the brand.
_ANCHOR_COMPOUND = re.compile(r"(?:培育|示范|孵化|创建|建设)?(?:基地|示范县|示范区|示范点|工作站|服务站|创业园|产业园)")


def _at_anchor(sentence: Sentence, quotes, a_start: int, a_end: int) -> list[FoundBrand]:
    """The brands one 劳务品牌 names, by the first of these readings that finds any: an award predicate ending at
    it, a quoted list before it, a counted list in brackets after it, a list after it (quoted, unquoted, or
    enumerated), an unquoted list before it, one unquoted name beside it."""
    found = (_award_subjects(sentence, quotes, a_start, a_end)
             or _apposed_after(sentence, quotes, a_start, a_end)
             or _left_list(sentence, quotes, a_start, anchor_text=sentence.text[a_start:a_end])
             or _bracketed_list(sentence, a_end)
             or _right_list(sentence, quotes, a_start, a_end)
             or _right_unquoted_list(sentence, a_start, a_end)
             or _enumerated_after(sentence, quotes, a_start, a_end)
             or _unquoted_list(sentence, a_start, sentence.text[a_start:a_end])
             or _elided_subject(sentence, quotes, a_start, a_end))
    if found:
        return found
    unquoted = _unquoted(sentence, a_start, a_end)
    return [unquoted] if unquoted else []


# 作为A县着力打造的省级劳务品牌之一，“X”…: an apposition opening the clause before its quoted subject, the same
# predicate as “X”是A县打造的…劳务品牌 in the other order; its 的 clause names who built the brand.
_APPOSITION_HEAD = re.compile(r"(?:(?:近年来|目前|如今|同时|其中)[，,]?)?作为([^，。；！？“”「」]{1,26}的)[\u4e00-\u9fff]{0,6}")
_APPOSITION_TAIL = re.compile(r"(?:之一)?[，,]")


def _apposed_after(sentence: Sentence, quotes, a_start: int, a_end: int) -> list[FoundBrand]:
    """作为X打造的劳务品牌(之一)，“A”…: the quoted names opening the clause after the apposition, built by X."""
    text = sentence.text
    if "作为" not in text[max(0, a_start - 40):a_start]:
        return []  # (most anchors have no apposition before them)
    clause = CLAUSE_STOP.split(text[:a_start])[-1]
    head = _APPOSITION_HEAD.fullmatch(clause)
    tail = _APPOSITION_TAIL.match(text, a_end)
    if head is None or tail is None:
        return []
    run = [q for q in quotes if q[0] >= tail.end()]
    items = []
    for q in run:
        gap = text[items[-1][1]:q[0]] if items else text[tail.end():q[0]]
        if gap not in (("", "、", "和", "与", "及") if items else ("",)):
            break
        items.append(q)
    builder_start = a_start - len(clause) + head.start(1)
    builder = (sentence.start + builder_start, sentence.start + builder_start + len(head.group(1)))
    level = _level_just_before(text, a_start)
    out = []
    for q in items:
        content = q[2].strip()
        if _valid_quoted(content):
            found = _make(sentence, q[0] + 1, q[1] - 1, content, level)
            found.builder = builder
            out.append(found)
    return out


# “A”“B”“C”……越来越多的劳务品牌走出去: a run of quoted names opens the sentence and trails off in an ellipsis,
# then words that point back at a group (越来越多的, 这些, 一个个) make them 劳务品牌. The run must open its
# clause, and nothing but a time opener, the pointer and a short label (“川字号”, 叫得响的) may stand before the anchor.
# The time words that may stand between the run and its pointer: the present, or a span of recent years said in
# any of the ways reporters say it (近年来, 近几年, 这几年, 这两年, 多年来, 今年以来).
_RECENT_YEARS = r"(?:近年来|近年|近些年|近几年|这几年|这些年|近两年|这两年|近两年来|多年来|今年以来|如今|目前|现在|当前|眼下)"
_POINTER_TO_ANCHOR = re.compile(
    rf"[，,]?(?:{_RECENT_YEARS}[，,]?)?"
    r"(?:越来越多的|这些|这一个个|一个个|一个又一个|一批批|一批又一批|一批|众多|诸多|一系列)"
    r"(?:[“「『‘][^“”「」『』‘’，。]{1,6}[”」』’]|[\u4e00-\u9fff]{1,5}的)?(?:特色|知名)?劳务(?:输出)?品牌"
    r"(?!建设|工作|创建|培育|打造)")
# The run may also end at a comma when the pointer follows (“A”“B”，这些劳务品牌…), or be a range (从“A”到“B”，…).
_RUN_END = re.compile(r"……|…|⋯⋯|⋯|\.{3,6}|(?=[，,])")
_RANGE_GAP = "到"


# In the passage about brands, the pointer may call the run by what a brand is to the reader, with no anchor:
# “A”“B”……一个个名字为人熟知; “A”“B”，这些响亮的名号…
_POINTER_TO_NAMES = re.compile(rf"[，,]?(?:{_RECENT_YEARS}[，,]?)?"
                               r"(?:越来越多的|这些|这一个个|一个个|一个又一个|一批批|一批又一批|众多|诸多)(?:响亮的|叫得响的|熟悉的)?"
                               r"(?:名字|名号|招牌|金字招牌|品牌)(?!建设|工作|创建|培育|打造)")
# What a sentence with no 品牌 must hold for _POINTER_TO_NAMES to find a pointer in it.
_NAME_WORDS = ("名字", "名号", "招牌")


def _pointed_run(sentence: Sentence, quotes, *, passage: bool = False) -> list[FoundBrand]:
    """The quoted names of a run that opens its clause and that words after it call 劳务品牌 (in a passage about
    brands, also 名字, 名号 or 招牌)."""
    text = sentence.text
    for i, first in enumerate(quotes):
        opening = CLAUSE_STOP.split(text[:first[0]])[-1].strip()
        if _HEADING_LABEL.sub("", opening) not in ("", "从"):
            continue  # the run must open its clause (after a label such as 【导读】)
        run = [first]
        for cur in quotes[i + 1:]:
            if text[run[-1][1]:cur[0]] not in ("", "、", _RANGE_GAP):
                break
            run.append(cur)
        tail = _RUN_END.match(text, run[-1][1])
        if len(run) < 2 or tail is None or not (_POINTER_TO_ANCHOR.match(text, tail.end())
                                                or passage and _POINTER_TO_NAMES.match(text, tail.end())):
            continue
        return [_make(sentence, q[0] + 1, q[1] - 1, q[2].strip(), None) for q in run if _valid_quoted(q[2].strip())]
    return []


# How many sentences after one that says 劳务品牌 a quoted group with a headcount is still read as a brand:
# the passage a reporter gives to brands runs on for a few sentences (the same reach as _cultivated_list's).
_COUNTED_GROUP_REACH = 3


def _counted_brands(sentence: Sentence, *, quoted_only: bool, follows_anchor: bool = False) -> list[FoundBrand]:
    """Brands named by their headcount: each item of a 其中 breakdown after the anchor (劳务品牌从业人员…，其中，
    A约有3万人，B近2万人), and, in the passage about brands, a quoted group counted (B的“C保姆”近万人). Each must
    be shaped as a name for workers: a place and a trade, or ending in a worker word."""
    text = sentence.text
    spans = [] if quoted_only else [span for m in _ANCHOR_RE.finditer(text) for span in breakdown_items(text, m.end())]
    if follows_anchor and opens_breakdown(text):
        spans += breakdown_items(text, 0)  # 劳务品牌从业人员…。其中，A…人，B…人: the breakdown in the next sentence
    if not all(_valid_unquoted(name) or _worker_name(name) for _, _, name in spans):
        spans = []  # a breakdown by sex, level or kind (其中女性N人, 脱贫人口N人) is none of brands
    spans += [q for q in counted_quotes(text) if _valid_quoted(q[2]) and _OCCUPATION_END.search(q[2])]
    # B的X湘军有1.1万人: an unquoted group after its region and 的, named with an epithet of its own (a place, or a
    # province's army of a trade), never a plain occupation (A县的的士司机, B县的农民工)
    spans += [(start, end, name) for start, end, name, place in possessed_counts(text)
              if _is_region(place) and _valid_unquoted(name) and (_place_prefix(name) or _province_army(name))]
    return [_make(sentence, start, end, name, None) for start, end, name in spans]


def _province_army(name: str) -> bool:
    """A trade and a province's army (钢构豫军, 装修川军): the collective epithet of a province's workers in a trade."""
    if len(name) < 4 or name[-1] != "军":
        return False
    province = Gazetteer.load().abbreviation(name[-2])
    return province is not None and province.code.endswith("0000") and TRADE_END.search(name[:-2]) is not None


# X的品牌影响力与日俱增: a place-and-trade name whose standing as a brand the sentence describes.
# The same standing said of the name itself, or of its brand with no 的 (X品牌的影响力, X这一品牌的知名度, X的名气).
_STANDING = re.compile(r"(?:的|这一|这个)?品牌的?(?:影响力|知名度|美誉度|效应|价值|形象|口碑)|的(?:知名度|美誉度|名气|名号)")
_STANDING_WORDS = ("品牌", "知名度", "美誉度", "名气", "名号")
# Worker words that turn a trade into its workers (A修脚 -> A修脚师, A刺绣 -> A刺绣工).
_WORKER_SUFFIXES = ("师", "工", "匠", "员", "手")


def _brand_standing(article: Article, sentence: Sentence) -> list[FoundBrand]:
    """A place-and-trade name opening its clause before 的品牌影响力 (or 知名度, 效应 ...) is a labour brand when
    the article also names its workers by it (X师, X工): a product's brand (A农产品的品牌影响力) has no workers."""
    text = sentence.text
    out = []
    for m in _STANDING.finditer(text):
        name = CLAUSE_STOP.split(text[:m.start()])[-1]
        name = _OPENING_WORDS.sub("", name)
        end = m.start()
        if len(name) > 2 and name[0] in QUOTE_OPEN and name[-1] in QUOTE_CLOSE:
            name, end = name[1:-1], end - 1  # “A修脚”的品牌影响力: the quotes mark the name, and are no part of it
        start = end - len(name)
        if not (_place_prefix(name) and _valid_unquoted(name)):
            continue
        if any(name + suffix in article.text for suffix in _WORKER_SUFFIXES):
            out.append(_make(sentence, start, end, name, None))
    return out


# Time words and connectives that may open a clause before its subject (近年来，目前，同时).
_OPENING_WORDS = re.compile(r"^(?:近年来|近两年来|目前|如今|同时|此外|另外|特别是|随着)")


def _worker_name(name: str) -> bool:
    """A name of three or more characters ending in a worker word, its stem not generic: 某地的哥 (的 is part of
    the worker word 的哥 here, which _valid_unquoted would read as a predicate)."""
    stem = _OCCUPATION_END.sub("", name)
    return (len(name) >= 3 and stem != name and not _NOT_A_NAME.search(name)
            and not _GENERIC_NAME.match(stem or "新"))


def _from_epithets(article: Article, regions: RegionAnalysis, sentence: Sentence,
                   scan: ArticleScan) -> list[FoundBrand]:
    out = []
    for e in epithets_in(article, regions, sentence, scan):
        if not _valid_quoted(e.name) and not (e.alias and _valid_quoted(e.alias)):
            continue
        found = _make(sentence, e.start, e.end, e.name, None)
        found.builder = e.builder
        if e.alias:
            found.alts.append(e.alias)
        out.append(found)
    return out


# A sentence that gives examples of the brands the sentence before named (…一批劳务品牌。如“A”、“B”等。).
_EXAMPLES_OPENING = re.compile(r"^(?:如|比如|例如|譬如|诸如|像|包括|其中有)[：:，,]?(?=[“「『])")


def _examples_after_anchor(sentence: Sentence) -> list[FoundBrand]:
    """如“A”、“B”等 right after a sentence that says 劳务品牌: the quoted run that opens it are the brands."""
    text = sentence.text
    opening = _EXAMPLES_OPENING.match(text)
    if opening is None:
        return []
    out, pos = [], opening.end()
    for q in _quote_spans(text):
        if q[0] < pos:
            continue
        if text[pos:q[0]] not in ("", "、", "和", "与", "及", "，"):
            break
        content = q[2].strip()
        if not _valid_quoted(content):
            break
        out.append(_make(sentence, q[0] + 1, q[1] - 1, content, None))
        pos = q[1]
    return out


def _paragraph_heads(article: Article, tabled: set[str]) -> list[FoundBrand]:
    """The brands that open a list's profile paragraphs (brand_heads: A焊工：…), a place and a trade or a name the
    article's table lists."""
    return [_make(h.sentence, h.start, h.end, h.name, None)
            for h in headed_brands(article, tabled, lambda n: bool(_place_prefix(n)) and _valid_unquoted(n))
            if article.is_reliable(h.sentence.start + h.start, h.sentence.start + h.end)]


def _cultivated_list(sentence: Sentence) -> list[FoundBrand]:
    """A、B也在加快培育 in a passage about brands: two or more place-plus-trade items as the subject of
    培育/打造 with nothing after the verb are the brands being built, though 劳务品牌 is not repeated."""
    text = sentence.text
    out: list[FoundBrand] = []
    pos = 0
    for stop in _CLAUSE_END.finditer(text):
        clause_end = stop.start()
        for v in _CULTIVATE_VERB.finditer(text[pos:clause_end]):
            if _CULTIVATED_AFTER.match(text, pos + v.start(), clause_end):
                out.extend(_unquoted_list(sentence, pos + v.start(), ""))
            break
        pos = stop.end()
        if stop.group() == "":
            break
    return out


def _quote_spans(text: str) -> list[tuple[int, int, str]]:
    """(open, close, content) of every quoted item; close is the offset just past the closing mark."""
    return [(q.start(), q.end(), q.group(1)) for q in _QUOTE_RE.finditer(text)]


# Any quotation mark, opening or closing: one search instead of a test per mark.
_QUOTE_MARK = re.compile(f"[{QUOTE_OPEN}{QUOTE_CLOSE}]")


# Words that give some of the names only (劳务品牌10个，如“A”“B”).
_EXAMPLE_WORDS = re.compile(r"如|比如|例如|像|包括|包含")
# Events that 劳务品牌 can modify (劳务品牌活动, 劳务品牌推介会): a list before them names events.
_EVENT_AFTER_ANCHOR = re.compile(r"(?:系列)?(?:活动|大赛|竞赛|论坛|展会|展示会|推介会|招聘会|博览会|交流会|专场)")
# A quoted certification label right before the anchor (等一批“某字号”劳务品牌): it names no item of the list.
_LABEL_BEFORE_ANCHOR = re.compile(r"[“「『][\u4e00-\u9fff]{1,6}字号[”」』](?:特色|知名|优秀)?")


def _left_list(sentence: Sentence, quotes, anchor: int, *, bare: bool = False,
               anchor_text: str = "", passage: bool = False) -> list[FoundBrand]:
    """The quoted list that ends just before an anchor: “A”、“B”服务、“C”等N个劳务品牌."""
    text = sentence.text
    if anchor_text and _EVENT_AFTER_ANCHOR.match(text, anchor + len(anchor_text)):
        return []  # “A”“B”等劳务品牌活动: the list names events of the brand work, not brands
    before = [q for q in quotes if q[1] <= anchor]
    if before and _LABEL_BEFORE_ANCHOR.fullmatch(text, before[-1][0], anchor):
        # “A”“B”等一批“某字号”劳务品牌: the quoted label qualifies the anchor, the list ends before it
        anchor, before = before[-1][0], before[:-1]
    if not before:
        return []
    last = before[-1]
    end = _list_end(text, last[1], anchor, bare)
    if end is None:
        return []
    items, excepted = _walk_back(text, before, end.tail)
    first = items[0][0][0]
    if end.copular and _HEADING_LABEL.sub("", CLAUSE_STOP.split(text[:first])[-1].strip()):
        return []  # the quote must open its clause to be the copula's subject (after a label such as 【链接】)
    if bare and not _built_or_listed(text, first, end.connector, len(items), passage):
        return []
    # 在A、B、“C”等劳务品牌中: unquoted items of the same list before the first quoted one
    unquoted_head = [] if bare else _unquoted_items_before(text, first)
    builder = (sentence.start + last[1], sentence.start + anchor) if end.copular else None
    return _list_brands(sentence, items, excepted, unquoted_head, end, anchor_text, builder)


# A label in square brackets opening a paragraph (【延伸阅读】, 【链接】): a heading of what follows, not its subject.
_HEADING_LABEL = re.compile(r"^[【〔\[][^】〕\]]{1,12}[】〕\]]")


@dataclass
class _ListEnd:
    """How a quoted list reaches its anchor: an unquoted last item, the last quote's tail, then the connector."""
    trailing: tuple[int, str] | None
    tail: str
    connector: str
    copular: bool  # “A”是X着力打造的劳务品牌


def _list_end(text: str, last_end: int, anchor: int, bare: bool) -> _ListEnd | None:
    """The text between the last quote and the anchor, read as the list's end; None when it breaks the link."""
    middle = text[last_end:anchor]
    if len(middle) > 30 or CLAUSE_STOP.search(middle) or _QUOTE_MARK.search(middle) is not None:
        return None
    # “A”“B”和C三大劳务品牌: an unquoted last item of the list, a place or a trade word ending it
    trailing = None
    if not bare:
        um = _TRAILING_ITEM.match(middle)
        if um and _valid_unquoted(um.group("name")):
            trailing = (last_end + um.start("name"), um.group("name"))
            middle = um.group("conn")
    # A short tail of the last item (“C”服务等…) only counts when a list marker follows it.
    tail = ""
    tm = _LAST_ITEM_TAIL.match(middle)
    if tm and not _NOT_IN_TAIL.search(tm.group(1)):
        tail = tm.group(1)
    connector = middle[len(tail):]
    # “A”是X着力打造的劳务品牌: the building verb sits inside the copula's predicate, not before the list
    copular = not bare and _COPULA.fullmatch(connector) is not None
    if _OTHER_PREDICATE.search(connector) and not copular:
        return None
    if bare and not _BARE_CONNECTOR.fullmatch(connector):
        return None  # only a plain connector before a bare 品牌
    return _ListEnd(trailing, tail, connector, copular)


def _walk_back(text: str, before: list, tail: str) -> tuple[list, tuple | None]:
    """The list's quotes with their tails, walked backwards through the separators from the last one; and the
    quote set apart by 除“A”外 (a brand of the same kind, not an item of the list), if any."""
    items = [(before[-1], tail)]
    i = len(before) - 1
    while i > 0:
        prev, cur = before[i - 1], before[i]
        gm = _GAP_RE.match(text[prev[1]:cur[0]])
        if not gm and _owned_gap(text[prev[1]:cur[0]]):
            items.insert(0, (prev, ""))  # A县“X”、B县“Y”: each item after the region that owns it
            i -= 1
            continue
        if not gm or _NOT_IN_TAIL.search(gm.group("suf")):
            break
        if gm.group("suf") in _EXCEPT_TAIL and _EXCEPT_HEAD.search(text, max(0, prev[0] - 3), prev[0]):
            return items, prev  # 除“A”外，“B”“C”分别入选…
        items.insert(0, (prev, gm.group("suf")))
        i -= 1
    return items, None


def _built_or_listed(text: str, first: int, connector: str, n_items: int, passage: bool) -> bool:
    """A list before a bare 品牌 needs a building verb before it; in a passage about 劳务品牌, a quoted list closed
    by 等品牌 names more of them without one (除上述品牌外，“A”“B”“C”等品牌也逐渐打出了名气)."""
    head = CLAUSE_STOP.split(text[max(0, first - 12):first])[-1]
    listed = passage and connector.startswith("等") and n_items >= 2
    return listed or any(v in head for v in _BUILD_VERBS)


def _list_brands(sentence: Sentence, items: list, excepted, unquoted_head: list[tuple[int, str]],
                 end: _ListEnd, anchor_text: str, builder: tuple[int, int] | None) -> list[FoundBrand]:
    """The brands of the list in text order (the excepted one first), each with its level from the connector."""
    levels = _levels_for(end.connector + anchor_text,
                         len(items) + len(unquoted_head) + (1 if end.trailing else 0))
    out = [_make(sentence, rel, rel + len(name), name, level)
           for (rel, name), level in zip(unquoted_head, levels)]
    levels = levels[len(unquoted_head):]
    if end.trailing:
        rel, name = end.trailing
        trailing_found = _make(sentence, rel, rel + len(name), name, levels[-1])
        levels = levels[:-1]
    for (q, suf), level in zip(items, levels):
        content = q[2].strip()
        if content.endswith("劳务品牌"):
            content = content[:-4]
        if not _valid_quoted(content):
            continue
        found = _make(sentence, q[0] + 1, q[1] - 1, content, level)
        if builder is not None:
            found.builder = builder
        if suf and not _LIST_WORD.fullmatch(suf):
            found.alts.append(found.name)
            found.name = found.name + suf
            found.end = q[1] + len(suf)
        out.append(found)
    if end.trailing:
        out.append(trailing_found)
    if excepted is not None and out and _valid_quoted(excepted[2].strip()):
        out.insert(0, _make(sentence, excepted[0] + 1, excepted[1] - 1, excepted[2].strip(), None))
    return out


def _unquoted_items_before(text: str, quote_start: int) -> list[tuple[int, str]]:
    """(offset, name) of the unquoted list items joined by 、 to a quoted item at `quote_start`, each a place
    plus a trade; the opening item is cut where its place name starts (在疏勒缝纫工 -> 疏勒缝纫工)."""
    if not text[:quote_start].endswith("、"):
        return []
    start = max(0, quote_start - 60)
    stops = list(CLAUSE_STOP.finditer(text, start, quote_start))
    if stops:
        start = stops[-1].end()
    body = text[start:quote_start - 1]
    if _QUOTE_MARK.search(body) is not None:
        return []
    parts, pos = [], 0
    for sep in _ITEM_COMMA.finditer(body):
        parts.append((pos, body[pos:sep.start()]))
        pos = sep.end()
    parts.append((pos, body[pos:]))
    items: list[tuple[int, str]] = []
    for index in range(len(parts) - 1, -1, -1):
        b, part = parts[index]
        if index == 0:
            cut = next((i for i in range(0, max(0, len(part) - 2)) if _place_prefix(part[i:])
                        and _valid_unquoted(part[i:])), None)
            if cut is None:
                break
            b, part = b + cut, part[cut:]
        if not _place_prefix(part) or not _valid_unquoted(part):
            break
        items.append((start + b, part))
    items.reverse()
    return items


def _award_subjects(sentence: Sentence, quotes, a_start: int, a_end: int) -> list[FoundBrand]:
    """The brands an award predicate ending at the anchor is about: 珲春海产加工工去年入选州级劳务品牌;
    A、B则被认定为市级劳务品牌; “A”依托…，被认定为自治区级劳务品牌. The predicate sets the level."""
    text = sentence.text
    window_start = max(0, a_start - 24)
    stops = list(CLAUSE_STOP.finditer(text, window_start, a_start))
    if stops:
        window_start = stops[-1].end()
    window = text[window_start:a_start]
    if not any(verb in window for verb in _AWARD_VERBS):
        return []  # the predicate's verb is not in the window: most anchors are done without the pattern
    pm = _AWARD_PRED.search(text, window_start, a_start)
    if pm is None:
        return []
    p_start = pm.start()
    predicate = text[p_start:a_end]
    level = _level_in(predicate)
    became = "成为" in pm.group()
    if became and level is None:
        return []  # 成为 awards only with a level (成为省级劳务品牌); 成为劳务品牌的一员 is no award
    if p_start > 0 and text[p_start - 1] in QUOTE_CLOSE:
        found = _left_list(sentence, quotes, p_start, anchor_text=predicate)
    elif stops and p_start == window_start and ("被" in pm.group() or became):
        # a clause-initial passive (or 已成为 and a level): its subject is the quoted name that opens the clause
        # before, or that closes it after its modifier (由A县培育的“X”，如今已成为省级劳务品牌)
        prev_start = CLAUSE_STOP.split(text[:max(0, p_start - 1)])[-1]
        sm = (_PASSIVE_SUBJECT.match(text, p_start - 1 - len(prev_start), p_start)
              or _MODIFIED_SUBJECT.match(text, p_start - 1 - len(prev_start), p_start))
        if sm is None or not _valid_quoted(sm.group(1).strip()):
            return []
        if _ANCHOR_COMPOUND.match(text, a_end) or _EVENT_AFTER_ANCHOR.match(text, a_end):
            return []  # 被认定为省级劳务品牌示范基地: the award is a base's, the quoted name a base's
        found = [_make(sentence, sm.start(1), sm.end(1), sm.group(1).strip(), level)]
    else:
        found = _unquoted_list(sentence, p_start, predicate) or [f for f in [_unquoted_left(sentence, p_start)] if f]
    for f in found:
        f.level = f.level or level
    return found


# 劳务品牌中，then a list whose items may each follow the region that owns them (A县的“X”、B县的“Y”).
# 5个劳务品牌先后打响名气，分别为“A”“B”…: the anchor's own short predicate, then a clause that only enumerates the
# brands it counted (分别为, 依次是): the words of enumeration point back at the anchor's noun, whatever the predicate.
# The same after a predicate and a colon (劳务品牌增至3个：A、B、C), or after a list the anchor names (入选劳务品牌名单的有).
_ENUMERATED_AFTER_PREDICATE = re.compile(r"[^，,。；;！？：:“”「」『』]{1,12}(?:[，,](?:分别为|分别是|依次为|依次是|包括|主要有)[：:]?|[：:])|"
                                         r"(?:名单|名录|目录)中?的?(?:有|是|包括)[：:]?")
# 获评省级劳务品牌的“X”: an award verb before the anchor and 的 after it make the quoted name the brand awarded.
_AWARD_WORDS = (*_AWARD_VERBS, "荣获", "获得", "入围")
_IN_LIST_GAP = re.compile(r"中[，,](?:(?P<owner>[\u4e00-\u9fff]{2,10})的)?")
_OWNED_SEP = re.compile(r"[、，,和与及]{1,2}(?P<owner>[\u4e00-\u9fff]{2,10}?)的?")


def _owned_gap(between: str) -> bool:
    """The text between two quoted items is a separator and the region owning the next one (、B县的, 、B县)."""
    sep = _OWNED_SEP.fullmatch(between)
    return bool(sep) and _is_region(sep.group("owner"))


def _right_list(sentence: Sentence, quotes, anchor_start: int, anchor_end: int) -> list[FoundBrand]:
    """The quoted list just after the anchor: 国家级劳务品牌“桂嫂”“川妹子”; …劳务品牌，包括“A”“B”;
    作为赣州市市级劳务品牌，“于都建筑工”… (the brand that 作为 describes opens the next clause)."""
    text = sentence.text
    after = [q for q in quotes if q[0] >= anchor_end]
    if not after:
        return []
    gap = text[anchor_end:after[0][0]]
    clause_before = CLAUSE_STOP.split(text[max(0, anchor_start - 30):anchor_start])[-1]
    owned = _IN_LIST_GAP.fullmatch(gap)  # 省级劳务品牌中，A县的“X”、B县的“Y”
    if owned and not (owned.group("owner") is None or _is_region(owned.group("owner"))):
        owned = None
    enumerated = not (_RIGHT_GAP.fullmatch(gap) or owned or _COMMA.fullmatch(gap) and clause_before.startswith("作为"))
    awarded = gap == "的" and any(word in clause_before for word in _AWARD_WORDS)
    if enumerated and not (_ENUMERATED_AFTER_PREDICATE.fullmatch(gap) or awarded):
        return []
    items = [(after[0], "")]
    for prev, cur in zip(after, after[1:]):
        between = text[prev[1]:cur[0]]
        gm = _GAP_RE.match(between)
        if owned and not gm and _owned_gap(between):
            items.append((cur, ""))
            continue
        if not gm or gm.group("suf"):
            break
        items.append((cur, ""))
    count = _COUNT_RE.match(gap.lstrip("共有"))
    if count and not _EXAMPLE_WORDS.search(gap) and _count_value(count.group(1)) != len(items):
        return []  # 劳务品牌3个，分别是“A”“B”: the count must be the names' (如 gives examples of them)'
    # 1个省级、2个市级劳务品牌，包括“A”“B”“C”: counts by level, never which item is which
    levels = _levels_for(clause_before, len(items))
    out = []
    for (q, _), level in zip(items, levels):
        content = q[2].strip()
        # past a predicate, the enumeration may count something the anchor only modifies (劳务品牌培训班开了三期，
        # 分别为…): only names shaped as a trade or its workers are read there
        if enumerated and not _OCCUPATION_END.search(content):
            continue
        if _valid_quoted(content) and not _CAMPAIGN_AFTER.match(text, q[1]):
            out.append(_make(sentence, q[0] + 1, q[1] - 1, content, level))
    return out


# A quoted name followed by 工程, 行动 … names that campaign (劳务品牌“十百千万”工程), not a brand.
_CAMPAIGN_AFTER = re.compile(r"工程|行动|计划|活动|专项|项目|模式|工作|机制|体系|战略")


# After the anchor and its gap, an unquoted list up to the end of its clause, 等 or a count closing it:
# 劳务品牌有：A家政、B焊工、C厨娘等; 省级劳务品牌分别是A、B和C。
_RIGHT_LIST_GAP = re.compile(r"[，,]?(?:分别是|分别为|分别有|包括|包含|主要有|有|是|为|即)[：:]?|[：:—]{1,2}")
_RIGHT_LIST_BODY = re.compile(r"[\u4e00-\u9fff、]{5,80}?(?=等|[。；！？，,;]|$)")


def _right_unquoted_list(sentence: Sentence, a_start: int, a_end: int) -> list[FoundBrand]:
    """劳务品牌有：A、B、C等 / 分别是A、B和C: two or more unquoted names after the anchor, each a place and a trade
    (or a worker word), the level from the words before the anchor."""
    text = sentence.text
    gap = _RIGHT_LIST_GAP.match(text, a_end) or _ENUMERATED_AFTER_PREDICATE.match(text, a_end)
    if gap is None:
        return []  # 劳务品牌A、B…: without a colon or a verb of listing, the words after run on into a predicate
    body = _RIGHT_LIST_BODY.match(text, gap.end())
    if body is None:
        return []
    items, pos = [], body.start()
    for sep in [*_UNQUOTED_SEP.finditer(body.group()), None]:
        end = body.start() + sep.start() if sep else body.end()
        items.append((pos, text[pos:end]))
        pos = body.start() + sep.end() if sep else pos
    if len(items) < 2 or not all(_valid_unquoted(name) or _worker_name(name) and _place_prefix(name)
                                 for _, name in items):
        return []
    clause_before = CLAUSE_STOP.split(text[max(0, a_start - 30):a_start])[-1]
    levels = _levels_for(clause_before, len(items))
    return [_make(sentence, at, at + len(name), name, level) for (at, name), level in zip(items, levels)]


# An ordinal that opens each item of an enumeration (一是…，二是…; 其一…其二; 第一个是…).
_ORDINAL_BEFORE = re.compile(r"(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][是为]?|第[一二三四五六七八九十]个?(?:是|为)?|"
                             r"(?:另)?一个是|首先是|其次是|再次是|还有)$")


def _enumerated_after(sentence: Sentence, quotes, a_start: int, a_end: int) -> list[FoundBrand]:
    """两个劳务品牌：一是“A”，二是“B”: after the anchor and a colon, quoted names each opened by an ordinal."""
    text = sentence.text
    if text[a_end:a_end + 1] not in "：:":
        return []
    items = [q for q in quotes if q[0] > a_end and _ORDINAL_BEFORE.search(text, max(a_end, q[0] - 5), q[0])]
    if len(items) < 2:
        return []
    levels = _levels_for(CLAUSE_STOP.split(text[max(0, a_start - 30):a_start])[-1], len(items))
    return [_make(sentence, q[0] + 1, q[1] - 1, q[2].strip(), level) for q, level in zip(items, levels)
            if _valid_quoted(q[2].strip())]


def _unquoted(sentence: Sentence, a_start: int, a_end: int) -> FoundBrand | None:
    """X劳务品牌 or 劳务品牌X without quotes: X must look like a place plus an occupation."""
    text = sentence.text
    left = _unquoted_left(sentence, a_start)
    if left:
        return left
    rm = _UNQUOTED_RIGHT.match(text[a_end:a_end + 16])
    if rm:
        name = rm.group(1)
        predicate = _PREDICATE_AFTER_TRADE.search(name)  # 劳务品牌A瓦匠已辐射B: the name ends at its trade
        if predicate:
            name = name[:predicate.start()]
        start = a_end + rm.start(1)
        # a name with no place after the anchor is a role of the brand work (劳务品牌推介员, 劳务品牌指导员)
        if _valid_unquoted(name) and _place_prefix(name):
            return _make(sentence, start, start + len(name), name, _level_just_before(text, a_start))
    return None


# Verbs of having that open a counted list (A县有X、Y两个劳务品牌): the first item starts after them.
_HAVE_VERBS = ("拥有", "共有", "有", "包括")
# An adverb or a verb right after a worker word ends an unquoted name read up to a comma.
_PREDICATE_AFTER_TRADE = re.compile(r"(?<=[工师匠嫂娘厨手])(?:已|在|正|遍布|遍及|走进|辐射|覆盖|成为|是|将|主要|常年|从业|达|有)")


# 以A为代表的 / 包括A在内的 between a name and the anchor: the name is an example of the brands counted after it.
_EXAMPLE_FRAME = re.compile(r"(?:为代表的|在内的)(?:一批|一系列|众多|\d{1,3}个|[一二两三四五六七八九十]{1,3}个)?(?:特色|知名)?$")
_EXAMPLE_OPENERS = ("以", "包括")
# 这一 / 这个 between a name and the anchor points back at the name (A焊工这一劳务品牌).
_POINTER_BEFORE_ANCHOR = re.compile(r"(?:这一|这个|这张|这块)(?:特色|知名)?$")


def _unquoted_left(sentence: Sentence, a_start: int) -> FoundBrand | None:
    text = sentence.text
    pointer = _POINTER_BEFORE_ANCHOR.search(text, max(0, a_start - 4), a_start)
    if pointer:
        a_start = pointer.start()
    example = _EXAMPLE_FRAME.search(text, max(0, a_start - 12), a_start)
    if example:
        a_start = example.start()  # 以A焊工为代表的一批劳务品牌: the name closes the frame's 以 … 为代表的
    window = text[max(0, a_start - 16):a_start]
    if a_start <= 16:
        window = "，" + window  # the sentence start bounds the name like a comma
    lm = _UNQUOTED_LEFT.search(window)
    if lm:
        name = lm.group(1)
        # the leftmost match may swallow the verb that introduces the name (该县大力培育威宁砌筑工): the name
        # starts after the last building verb inside it
        opening_words = _BUILD_VERBS + (_EXAMPLE_OPENERS if example else ())
        cut = max((name.rfind(v) + len(v) for v in opening_words if v in name), default=0)
        if cut and name.startswith("出", cut):
            cut += 1
        if cut and name.startswith("的", cut):
            cut += 1  # A县打造的B焊工劳务品牌: the verb's 的 is no part of the name
        if 0 < cut <= len(name) - 2:
            name = name[cut:]
        start = a_start - len(name)
        level = _level_just_before(text, start)
        name, start = _strip_leading_level(name, start)
        if _valid_unquoted(name):
            return _make(sentence, start, start + len(name), name, level or _level_just_before(text, a_start))
    return None


def _unquoted_list(sentence: Sentence, a_start: int, anchor_text: str) -> list[FoundBrand]:
    """花垣电工、花垣厨师两个县级劳务品牌; 于都服装、于都电商等劳务品牌: unquoted items, each a place name plus a
    trade, joined by 、/和/与/及 before the anchor. The first item may carry the verb that opens the list
    (还培育了开州电工): it is cut where its place name starts."""
    text = sentence.text
    start = max(0, a_start - 60)
    stops = list(CLAUSE_STOP.finditer(text, start, a_start))
    if stops:
        start = stops[-1].end()
    segment = text[start:a_start]
    connector = _LIST_CONNECTOR.search(segment)
    c_start, c_text = connector.start(), connector.group()
    qualifier = _QUALIFIER.search(segment, 0, c_start) if not c_text.startswith("等") else None
    if qualifier and c_start == qualifier.end() and not _VERBISH.search(qualifier.group(1)):
        c_start, c_text = qualifier.start(), qualifier.group() + c_text  # 等本土劳务品牌
    body = segment[:c_start]
    last_close = max(body.rfind(c) for c in QUOTE_CLOSE)
    if last_close >= 0:
        # “A”还带动了B家政、B厨师等劳务品牌: the unquoted list starts after the clause's last quote
        body, start = body[last_close + 1:], start + last_close + 1
    if not body or _QUOTE_MARK.search(body) is not None:
        return []
    spans, pos = [], 0  # (start, end) of each item in body
    for sep in _UNQUOTED_SEP.finditer(body):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, len(body)))
    if len(spans) < 2:
        return []
    count = _CONNECTOR_COUNT.search(c_text)
    if count and _count_value(count.group(1)) == len(spans):
        counted = _counted_items(body, spans)
        if counted:
            items = [(start + b, name) for b, name in counted]
            levels = _levels_for(c_text + anchor_text, len(items))
            return [_make(sentence, rel, rel + len(name), name, level) for (rel, name), level in zip(items, levels)]
    items: list[tuple[int, str]] = []  # (offset in the sentence, name), from the last item back
    for index in range(len(spans) - 1, -1, -1):
        b, e = spans[index]
        part = body[b:e]
        if index == 0 and items and not (_place_prefix(part) and _valid_unquoted(part)):
            # the opening item: cut at the place name the other items start with
            place = _place_prefix(items[-1][1])
            at = part.rfind(place) if place else -1
            if at < 0:
                # items of different places (培育A焊工、B厨师): cut where a name of its own starts
                at = next((i for i in range(1, max(1, len(part) - 2))
                           if _place_prefix(part[i:]) and _valid_unquoted(part[i:])), -1)
            if at < 0:
                break
            b, part = b + at, part[at:]
        if not _place_prefix(part) or not _valid_unquoted(part):
            break
        items.append((start + b, part))
    if len(items) < 2:
        return []
    items.reverse()
    levels = _levels_for(c_text + anchor_text, len(items))
    return [_make(sentence, rel, rel + len(name), name, level) for (rel, name), level in zip(items, levels)]


_VERB_COMPLEMENT = re.compile(r"出?了?")


def _counted_items(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The items of a list whose count the text states: each must read as a name, the first cut after
    the verb that opens the list (拟打造A、B…)."""
    out = []
    for index, (b, e) in enumerate(spans):
        part = body[b:e]
        if index == 0:
            cut = max((part.rfind(v) + len(v) for v in _BUILD_VERBS + _HAVE_VERBS if v in part), default=0)
            if cut:
                cut = _VERB_COMPLEMENT.match(part, cut).end()  # 培育出A, 打造了A: the verb's complement is no part of it
            b, part = b + cut, part[cut:]
        if not _valid_counted_name(part):
            return []
        out.append((b, part))
    return out


def _valid_counted_name(name: str) -> bool:
    return (2 <= len(name) <= 8 and not _NOT_A_NAME.search(name) and not _GENERIC_NAME.match(name)
            and not _PREDICATE_IN_NAME.search(name) and not _is_region(name))


def _bracketed_list(sentence: Sentence, a_end: int) -> list[FoundBrand]:
    """劳务品牌3个（A、B、C）: a count after the anchor and as many names in brackets."""
    text = sentence.text
    m = _BRACKETED_LIST.match(text, a_end)
    if not m:
        return []
    inner, inner_start = m.group(2), m.start(2)
    spans, pos = [], 0
    for sep in _UNQUOTED_SEP.finditer(inner):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, len(inner)))
    if m.group(1) and _count_value(m.group(1)) != len(spans):
        return []  # 劳务品牌3个（A、B）: the count must be the names'; with no count (劳务品牌（A）) any number
    names = []
    for b, e in spans:
        # 劳务品牌19个（如“A”、“B”等）: the words that give examples and the list's end are no part of a name
        lead = _EXAMPLE_LEAD.match(inner, b, e)
        b = lead.end() if lead else b
        item = inner[b:e].removesuffix("等")
        names.append((b + len(item) - len(item.lstrip("“”「」")), item.strip("“”「」")))
    if not all(_valid_counted_name(n) for _, n in names):
        return []
    if not m.group(1) and not all(_valid_unquoted(n) or _worker_name(n) for _, n in names):
        return []  # uncounted brackets hold names only when shaped as a trade or its workers
    return [_make(sentence, inner_start + b, inner_start + b + len(n), n, None) for b, n in names]


def _strip_leading_level(name: str, start: int) -> tuple[str, int]:
    m = _LEADING_LEVEL.match(name)
    if m:
        return name[m.end():], start + m.end()
    return name, start


def _valid_quoted(name: str) -> bool:
    return (2 <= len(name) <= 16 and not _NOT_A_NAME.search(name) and not _GENERIC_NAME.match(name)
            and not _is_region(name))


def _is_region(name: str) -> bool:
    """A name that is in full a region's (新疆维吾尔自治区劳务品牌建设现场会) names no brand."""
    return bool(Gazetteer.load().names().get(name))


def _valid_unquoted(name: str) -> bool:
    if not (3 <= len(name) <= 12) or _NOT_A_NAME.search(name) or _GENERIC_NAME.match(name) or _is_region(name):
        return False
    if _PREDICATE_IN_NAME.search(name):
        return False  # a predicate, not a name (湘西州大力实施劳务品牌建设工程)
    place = _place_prefix(name)
    if place:
        # 天门服装劳务品牌: a place and a trade; 张北县相关劳务品牌 is a place and a generic word
        rest = name[len(place):]
        # the rest must name a trade or its workers: a verb after a place (A县举办劳务品牌…) is a sentence
        if len(rest) < 2 or _GENERIC_NAME.match(rest) or not _OCCUPATION_END.search(rest):
            return False
        # one place per name: A县已形成A焊工 is a clause that ends in a name
        return not any(_place_prefix(rest[i:]) for i in range(1, len(rest) - 3))
    return bool(_OCCUPATION_END.search(name)) and not _GENERIC_NAME.match(_OCCUPATION_END.sub("", name) or "新")


_DIVISION_SUFFIX = re.compile("[省市县区州旗盟]")


def _owner_before_name(name: str) -> int:
    """The length of a division's name written in full (with 县, 市, 区 …) at the head of `name` when what follows
    is a name of its own that opens with the same division's short name (A县A焊工 -> A焊工), else 0."""
    if not _DIVISION_SUFFIX.search(name, 2, len(name) - 3):
        return 0  # most names hold no full division name: done without the gazetteer
    gaz = Gazetteer.load()
    for n in range(min(len(name) - 3, 10), 2, -1):
        head, rest = name[:n], name[n:]
        if head[-1] not in "省市县区州旗盟":
            continue
        owners = {r.code for r in gaz.lookup(head)}
        place = _place_prefix(rest)
        if owners and place and owners & {r.code for r in gaz.lookup(place)}:
            return n
    return 0


def _place_prefix(name: str) -> str | None:
    """The longest division name (official or short) the name starts with."""
    known = Gazetteer.load().names()
    for n in range(min(len(name) - 1, 8), 1, -1):
        if name[:n] in known:
            return name[:n]
    return None


# Connectives that open a clause before its subject and that an unquoted name read up to a mark may take in
# (其中A家政被评为…): they are no part of a name.
# A demonstrative that points back at names said before (拟打造上述A、B) is no part of the first one either.
_LEADING_CONNECTIVE = re.compile(r"^(?:其中|同时|此外|另外|目前|如今|尤其是|特别是|比如|例如|以及|还有|上述|前述|以上)")


def _make(sentence: Sentence, rel_start: int, rel_end: int, name: str, level: str | None) -> FoundBrand:
    lead = _LEADING_CONNECTIVE.match(name)
    if lead and len(name) - lead.end() >= 2:
        name, rel_start = name[lead.end():], rel_start + lead.end()
    cut = _owner_before_name(name)
    if cut:
        name, rel_start = name[cut:], rel_start + cut  # 威宁县威宁砌筑工: the county, then its brand
    return FoundBrand(name=name, start=sentence.start + rel_start, end=sentence.start + rel_end,
                  sentence=sentence, level=level)


# -- levels ------------------------------------------------------------------------------------

def _level_in(text: str) -> str | None:
    m = LEVEL_RE.search(text)
    return LEVEL_WORDS[m.group()] if m else None


def _level_just_before(text: str, pos: int) -> str | None:
    m = _LEVEL_AT_END.search(text[max(0, pos - 8):pos])
    return LEVEL_WORDS[m.group(1)] if m else None


def _levels_for(connector: str, n: int) -> list[str | None]:
    """Levels for n listed items, only when the wording makes the mapping explicit."""
    words = [LEVEL_WORDS[m.group()] for m in LEVEL_RE.finditer(connector)]
    if not words:
        return [None] * n
    if "分别" in connector and len(words) == n:
        return words  # A、B、C分别为国家级、省级、市级劳务品牌: the order maps them
    if len(words) == 1:
        counts = _COUNT_RE.findall(connector)
        # “A”“B”获评省级劳务品牌 / “A”“B”等2个省级劳务品牌: one level for all the listed items.
        if not counts or (len(counts) == 1 and _count_value(counts[0]) == n):
            return [words[0]] * n
    # 等1个国家级、2个省级、1个市级: counts by level, never which item is which.
    return [None] * n


def _count_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if len(token) == 1:
        return SMALL_NUMBER_VALUES.get(token)
    return None

"""Find, resolve and rank the administrative regions an article mentions (kg/gazetteer.py as dictionary)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import itemgetter

from typing import NamedTuple

import ahocorasick

from kg.extract import segment
from kg.gazetteer import Gazetteer, Region
from kg.model import Article, RegionAnalysis, RegionMention
from kg.text.chars import HAN
from kg.text.memo import article_memo, last_call_memo

# Forms of a name in the automaton. A county's short form (紫阳, 循化) is a place only in context.
OFFICIAL, FORMER, SHORT, COUNTY_SHORT = "official", "former", "short", "county_short"

# jieba tags that mark a short name as an ordinary word first (资源 n, 合作 vn, 平和 a, 日照 n); person-name
# tags (nr) and other proper nouns are kept for provinces and cities (安康 nr, 金华 nz).
_WORD_TAGS = frozenset("n v vn a d i s m b t f c z r l ad an nr nrt nrfg".split())
# jieba words that extend a short name but still name the place itself (上海人, 新疆籍, 西安市民).
_PLACE_EXTENSIONS = ("人", "籍", "市", "省", "县", "区", "州", "盟", "旗", "话", "等地", "地区", "一带", "方面", "当地", "城")

# A name followed by these is a masthead, a source or a website, not a mention (张掖日报, 中国微山网).
_MASTHEAD = ("日报", "晚报", "早报", "商报", "都市报", "手机报", "电视台", "广播电视台", "广播电台", "融媒体",
             "新闻网", "新闻中心", "人民政府网", "政府网", "发布", "网讯", "在线", "网", "客户端", "报讯", "报社")
# Events named after their host (北京冬奥会) are not about the place.
_EVENT = ("冬奥", "奥运", "冬残奥", "残奥", "亚运", "世博", "园博", "大运会")
# A short form followed by these names a town, street or river (西乡镇, 城关镇, 中山路, 白河边).
_NOT_AFTER_SHORT = ("镇", "乡", "村", "街", "路", "社区", "大道", "大桥", "河", "江", "湖", "水库", "山")
# ... unless what follows is a development zone named after the place (海口江东新区, 西安高新区).
_ZONE = re.compile(rf"[{HAN}]{{1,4}}?(?:新区|开发区|高新区|园区|试验区|自贸区)")
# Verbs and prepositions of place before a city's short form (在海口召开, 奔赴银川): the name is a place.
_PLACE_VERBS = ("前往", "奔赴", "抵达", "远赴", "来到", "赶赴", "落户", "来自", "离开", "家住", "返回", "途经",
                # the verbs of working that take their place with 于 (受聘于, 就业于, 服务于, 分布于, 务工于, 任职于);
                # never 位于/属于/由于, whose 于 is no place of work
                "聘于", "业于", "务于", "布于", "工于", "职于",
                # a county's belonging to its prefecture (盐亭县隶属绵阳, 隶属于绵阳市)
                "隶属")
_PLACE_CHARS = frozenset("在赴到来去往至抵")
# 从X出发, 从X乘车: 从 governs a place only when a departure follows (从日照时长看 is no place).
_DEPARTURES = ("出发", "始发", "启程", "动身", "乘", "搭乘", "坐", "登上", "开往", "驶往", "前往", "奔赴", "赶赴", "赶往",
               "返回", "返岗", "输送", "输出", "转移", "来到")
# A list of places (北京、上海; 乌鲁木齐市、昌吉州、石河子): a name right after a separator that follows a place.
_LIST_SEPARATORS = frozenset("、和及与")
# Paragraphs that are source lines or bylines (来源：平凉市人民政府).
_SOURCE_LINE = re.compile(r"^\s*[（(【\[]?\s*(来源|稿源|信息来源|本文来源|文章来源|作者|编辑|责任编辑|责编|审核|审校|"
                          r"校对|监制|出品|供稿|转自|转载自|原标题|通讯员|记者)\s*[：:]")
_SOURCE_INLINE = re.compile(r"(来源|稿源|信息来源|责任编辑|转自|转载自)\s*[：:][^，。；）)】\]\n]{0,40}")
# A dateline (新华社兰州3月5日电, 本报昆明5月2日讯): the city the wire was filed from is no mention.
_DATELINE = re.compile(rf"(?:社|网|报|台)[{HAN}]{{2,8}}?(?:\d{{1,2}}月)?\d{{1,2}}日(?:电|讯)")
# A footer of unrelated links ends the article body.
_FOOTER_WORDS = ("相关文章", "相关阅读", "相关新闻", "延伸阅读", "推荐阅读", "猜你喜欢", "热门推荐", "相关链接")
_FOOTER = re.compile(rf"^\s*({'|'.join(_FOOTER_WORDS)})\s*[：:]?\s*$")
# Verb + one-character abbreviation + work word or punctuation: 赴苏就业, 在苏, 来锡转移就业, 返黔, 入川.
_ABBR_VERBS = "赴在来到返回入进留离抵驻战"  # 战: the literary chain of going (下粤、进京沪、战苏鲁)
# The work words are the verbs of working, living and settling somewhere (从事, 经商, 打拼, 谋生 …).
_ABBR_WORDS = ("就业", "务工", "工作", "发展", "转移", "创业", "求职", "打工", "上岗", "稳岗", "落户", "定居",
               "学习", "实习", "培训", "投资", "考察", "交流", "参观", "兴业", "安家", "生活", "企业", "过年", "返岗",
               "从事", "经商", "打拼", "谋生", "闯荡", "做工", "上班", "求学", "就读", "居住", "扎根", "置业", "安居",
               "务农", "开店", "办厂", "复工", "复产",
               # seasonal work that whole counties go out for (cotton picking in Xinjiang)
               "采棉", "拾棉", "摘棉", "采摘")
_ABBR_PUNCT = "，。、；！？,.;!?）)"
# Words that refer back to the current subject region; they keep, not reset, a paragraph's subject.
_ANAPHORA = re.compile(r"^(我市|全市|本市|该市|我县|全县|本县|该县|我区|全区|本区|该区|我州|全州|我省|全省)")
_LEADING_TIME = re.compile(r"^[\s　]*(\d{4}年(以来|来|初|底|上半年|下半年|\d{1,2}月(\d{1,2}日)?)?|近年来|今年以来|近日|日前)[，,]?")


_AUTONOMOUS_KINDS = ("自治县", "自治州", "自治旗")
_FORM_RANK = {OFFICIAL: 0, FORMER: 1, SHORT: 2, COUNTY_SHORT: 3}  # the strongest first


class _Candidate(NamedTuple):  # a tuple: made for every automaton hit, so cheap to build
    start: int
    end: int
    surface: str
    form: str
    regions: tuple[Region, ...]
    common: bool  # the form is also an ordinary word
    priority: int  # _select's order: longer names first, then by form (_FORM_RANK)


# NamedTuple's own __new__ is Python code; tuple.__new__ makes the same tuple in C, for the many made per article.
_new_tuple = tuple.__new__


class _Mention(NamedTuple):
    """A RegionMention while the passes of _find run (a tuple is cheap to build; only the last pass's are kept).

    Fields in sort order: mentions sort as plain tuples, by start, end and code.
    """
    start: int
    end: int
    code: str
    surface: str


@dataclass
class _Prepared:
    """What the passes of _find share: it depends on the text and the candidates, not on the subject."""
    cands: list[_Candidate]
    spans: list[tuple[int, int]]  # of cands, in text order
    named_in_full: set[str]  # codes named by an official or former name
    certain: list[str]  # codes named by a name that is no word and has no namesake
    heads: set[int]  # starts of names followed at once by a unit inside them
    abbreviations: list[_Mention]  # 赴苏就业: read off the text alone
    sure_starts: set[int]  # starts of the names that are no word (a list they close is a list of places)
    inside: dict[tuple[int, int], bool] = field(default_factory=dict)  # memo of _inside_word


@dataclass
class _Index:
    gazetteer: Gazetteer
    automaton: ahocorasick.Automaton  # keyed by names in the code of _NameCode, not as written
    common_words: dict[str, tuple[str, int]]
    code: _NameCode
    abbreviations: dict[str, tuple[str, bool]]  # the gazetteer's, with the patterns that find them in text
    abbreviation_pattern: re.Pattern[str]  # 赴苏就业
    abbreviation_pair_pattern: re.Pattern[str]  # 进京沪
    abbreviation_list_pattern: re.Pattern[str]  # 京、津、冀 (the loose letters only)


# pyahocorasick finds a node's child by a linear scan of its children. Keyed by the names as written, the
# root has ~950 children (one per first character of a name) and every character of text that does not
# continue a name pays a scan of them: about 0.4 µs a character, most of the region finder's time. The
# automaton is therefore keyed by the names spelt in a code of three symbols a character, each from a small
# alphabet, and the text is spelt the same way (see _NameCode).
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class _NameCode:
    """Each character as three symbols: the high byte of its UTF-16 code unit shifted right by 3, the high
    byte's last 3 bits, and the low byte, in the disjoint ranges U+0100.., U+0200.. and U+0000..U+00FF.

    At most 32, 8 and 256 symbols can follow a node (and in the automaton far fewer do), and a name can only
    match from the first symbol of a character. Spelling a text takes an encode, byte translations and slice
    assignments, all in C: much cheaper than a per-character str.translate.
    """

    _HIGH = bytes(h >> 3 for h in range(256))
    _MIDDLE = bytes(h & 7 for h in range(256))

    def name(self, name: str) -> str:
        if _ASTRAL.search(name):  # text() puts a stand-in in the place of such a character
            raise ValueError(f"a region name beyond the Basic Multilingual Plane: {name}")
        return self.text(name)

    def text(self, text: str) -> str:
        """`text` in the code: character i becomes symbols 3i, 3i + 1 and 3i + 2."""
        units = text.encode("utf-16-be", "surrogatepass")
        count = len(text)
        if len(units) != 2 * count:
            # a character beyond the Basic Multilingual Plane takes two code units: none is in a name,
            # and one that is in none stands in for it
            units = _ASTRAL.sub("\x00", text).encode("utf-16-be", "surrogatepass")
        high, low = units[0::2], units[1::2]
        coded = bytearray(6 * count)  # UTF-16-BE: three code units a character
        coded[0::6] = b"\x01" * count
        coded[1::6] = high.translate(self._HIGH)
        coded[2::6] = b"\x02" * count
        coded[3::6] = high.translate(self._MIDDLE)
        coded[5::6] = low  # after a zero byte
        return coded.decode("utf-16-be")


@lru_cache(maxsize=1)
def _index() -> _Index:
    gaz = Gazetteer.load()
    common: dict[str, tuple[str, int]] = {}
    path = resources.files("kg") / "data" / "region_common_words.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, tag, freq = line.split("\t")
            common[word] = (tag, int(freq))
    entries: dict[str, list[tuple[str, Region]]] = {}
    for region in gaz:
        forms = [(region.name, OFFICIAL)] + [(n, FORMER) for n in region.former_names]
        kind = COUNTY_SHORT if region.level == "county" else SHORT
        forms += [(n, kind) for n in region.short_names]
        # An autonomous unit is often written with its place stem and kind but no ethnic names
        # (威宁自治县, 恩施自治州, 莫力达瓦自治旗): that form names no other unit, so it counts as a full name.
        if region.kind in _AUTONOMOUS_KINDS and region.short_names:
            stem = min(region.short_names, key=len)
            if stem + region.kind != region.name:
                forms.append((stem + region.kind, FORMER))
        for name, form in forms:
            entries.setdefault(name, []).append((form, region))
    code = _NameCode()
    automaton = ahocorasick.Automaton()
    for name in sorted(entries):
        form, regions, is_common = _classify(common, name, tuple(entries[name]))
        priority = -4 * len(name) + _FORM_RANK[form]
        automaton.add_word(code.name(name), (name, form, regions, is_common, priority))
    automaton.make_automaton()
    abbreviations = gaz.abbreviations()
    letters = tuple(sorted(abbreviations))
    loose = tuple(sorted(c for c, (_, strict) in abbreviations.items() if not strict))
    return _Index(gaz, automaton, common, code, abbreviations, _abbr_pattern(letters), _abbr_pair_pattern(letters),
                  _abbr_list_pattern(loose))


# Below these frequencies jieba's entries are mostly place names with a wrong tag (城固 v 12, 铜仁 n 21);
# city names are written more often than county names, hence the higher bar.
_COMMON_MIN_FREQ = {SHORT: 50, COUNTY_SHORT: 20}


def _is_common(common_words: dict, name: str, form: str) -> bool:
    entry = common_words.get(name)
    if entry is None or name.endswith(("州", "县", "旗")):  # 恩施州, 印江县: the suffix makes it a name
        return False
    tag, freq = entry
    # Person-name tags count for cities (安康 nr, 白银 nr: 祝您安康) but not for counties, where jieba tags
    # many plain county names nr (张北, 静宁); ordinary-word tags count for both (合作 vn, 资源 n, 乐业 n).
    tags = _WORD_TAGS if form == SHORT else _WORD_TAGS - {"nr", "nrt", "nrfg"}
    return tag in tags and freq >= _COMMON_MIN_FREQ[form]


# _inside_word looks at words of 2 to _WORD_MAX characters that reach at most _EDGE_REACH characters past
# either edge of a name. Only the jieba words that can fall into such a window are shipped, in
# kg/data/region_edge_words.tsv (generated by scripts/build_gazetteer.py with edge_words below), so
# that a build need not load jieba's whole dictionary.
_EDGE_REACH = 3
_WORD_MAX = 5
_WORD_MIN_FREQ = 5  # rarer dictionary entries are segmentation debris (京海 3, 南南 2)


@lru_cache(maxsize=1)
def _edge_words() -> dict[str, int]:
    """The jieba words (frequency ≥ _WORD_MIN_FREQ) that straddle the edge of some region name -> frequency."""
    text = (resources.files("kg") / "data" / "region_edge_words.tsv").read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):  # the header
        start = text.index("\n", start) + 1
    parts = text[start:].split()
    return dict(zip(parts[0::2], map(int, parts[1::2])))


@lru_cache(maxsize=1)
def _edge_word_starts() -> frozenset[str]:
    """The first two characters of the edge words _inside_word counts: at most spots no such word starts."""
    return frozenset(word[:2] for word, freq in _edge_words().items() if freq >= _WORD_MIN_FREQ)


def edge_words(freq: dict[str, int], names) -> dict[str, int]:
    """The words of `freq` (jieba's dictionary) that _inside_word can ever consult around one of `names`.

    A word of 2.._WORD_MAX characters and frequency ≥ _WORD_MIN_FREQ is consulted when, placed across a name
    with at most _EDGE_REACH characters on either side, it overlaps the name without being it or lying inside
    it: a proper suffix of the word is a prefix of a name (孙中 for 中山), or contains a name with more after
    it (孙中山), or a proper prefix of the word is a suffix of a name (山茶 for 中山). Used at build time.
    """
    prefixes, suffixes, whole = set(), set(), set(names)
    for name in whole:
        for k in range(1, len(name) + 1):
            prefixes.add(name[:k])
            suffixes.add(name[-k:])
    out: dict[str, int] = {}
    for word, count in freq.items():
        size = len(word)
        if not 2 <= size <= _WORD_MAX or count < _WORD_MIN_FREQ:
            continue
        # the name starts d characters into the word (1 <= d <= _EDGE_REACH)
        hit = any(word[d:] in prefixes or any(word[d:e] in whole for e in range(d + 1, size))
                  for d in range(1, min(_EDGE_REACH, size - 1) + 1))
        # the word starts inside the name and runs k characters of it, then past its end
        hit = hit or any(word[:k] in suffixes for k in range(max(1, size - _EDGE_REACH), size))
        if hit:
            out[word] = count
    return out


_MULTIPLIERS = frozenset("十百千万亿")
_COUNTERS = frozenset("名位")  # counters of people, which a figure puts right before a place (300名湖南籍)
_APPROX_AFTER_NUMBER = frozenset("余多十百千万")
# A station is named after its city or county (济南南站, 金华东站, 雅安西站, 湘西东火车站): the direction letter or
# 站 may make a word with the name's last letter (华东, 安西, 南站), which says nothing against the name. 站 the
# verb (保平安站岗, 站稳脚跟, 站好) names no station.
_AT_STATION = r"(?:火车|高铁)?站(?![岗稳立起队着好住])"  # what follows a station's name or its direction letter
_STATION = re.compile(rf"[东西南北]?{_AT_STATION}")
# X人 is X's people (孝感人, 烟台人), unless 人 opens a word of its own (保定人民政府, 合肥人社局, 日照人口).
_NOT_PEOPLE_OF = ("人民", "人员", "人才", "人社", "人大", "人力", "人口", "人工", "人事", "人均", "人次", "人数",
                  "人文", "人心", "人生", "人气", "人间", "人物", "人类", "人群", "人身", "人体", "人性", "人情")
# X的 + a count of people (合肥的500名务工人员, 保定的3万余人), also with the workers counted named between by
# a word of trade (睢县的制鞋工人近2万人, 宁陵的月嫂达3000余名; not 长寿的老人有300名): only a place has its
# workers counted so. The verb may carry an adverb of a list's later item (则有, 也有, 就有, 还有, 已达, 共计).
_COUNT_OF_PEOPLE = re.compile(r"的(?:[^\W\d]{0,6}?(?:工人|工|师傅|师|嫂|姆|军|匠|手|员|者|劳动力|司机|家政)"
                              r"[则就也还已共总更]?(?:有|达到|达|约有|约|近|超过|超|逾|突破|计|为|多达)?(?:约|近|超|逾)?)?"
                              r"[\d一二两三四五六七八九十百千万几.,余多]{1,10}?[名位人]")


def _people_of(text: str, end: int) -> bool:
    """X人 at `end`: the people of the place, not a word that 人 begins."""
    return text.startswith("人", end) and not text.startswith(_NOT_PEOPLE_OF, end)


def _inside_word(cand: _Candidate, text: str, names, neighbours: list[tuple[int, int]]) -> bool:
    """True when a dictionary word spans across the edge of a short name (孙中山, 普洱茶, 平安顺利, 长治久安).

    Only a window of three characters either side is looked at; words that are themselves region names or
    that extend the name with a place word (上海人, 新疆籍) do not count. `neighbours` are the spans of all
    candidates, in text order, `cand`'s own among them.
    """
    words = _edge_words()
    word_starts = _edge_word_starts()
    start, end = cand.start, cand.end
    lo, hi = max(0, start - _EDGE_REACH), min(len(text), end + _EDGE_REACH)
    near: list[tuple[int, int]] | None = None
    # whether a station's name or a departure follows: looked at only once a word is found
    framed: bool | None = None
    for a in range(lo, end):
        if text[a:a + 2] not in word_starts:
            continue  # no word that counts starts here
        for b in range(max(a + 2, start + 1), min(hi, a + _WORD_MAX) + 1):
            if b <= start or a >= end or (a >= start and b <= end):
                continue  # the name itself, inside it, or not touching it
            word = text[a:b]
            if words.get(word, 0) < _WORD_MIN_FREQ or word in names:
                continue
            if near is None:
                # Spans are disjoint, at least one character long and sorted: only the few either side of
                # the candidate's own can reach into its window.
                at = bisect_left(neighbours, (start, end))
                near = neighbours[max(0, at - _EDGE_REACH):at + _EDGE_REACH + 1]
            if any(n0 < b and a < n1 and (n0, n1) != (start, end) for n0, n1 in near):
                continue  # the word runs into the next name (北京海淀区: 京海; 河南南阳: 南南)
            if a == start and text[end:b].startswith(_PLACE_EXTENSIONS):
                continue
            if start < a < end and b == end + 1 and (text[end] == "籍" or _people_of(text, end)):
                continue  # 兴国籍务工人员, 孝感人: the native-place suffix, not 国籍 or 感人
            if a < start and end - start >= 2 and text.startswith("籍", end):
                continue  # 欢送会理籍劳动力: X籍 names a native place, whatever word the text before runs into it
            if a >= start:
                if framed is None:
                    framed = (_STATION.match(text, end) is not None or _departs_from(text, start, end)
                              # 赴萧山上岗: governed and followed by a work word, 山上 is no word here
                              or (_governed(text, start) and text.startswith(_ABBR_WORDS, end)))
                if framed:
                    continue  # 金华东站, 渭南站, 从保定出发: 华东, 南站 and 定出 are no words here
            if a == start - 1 and text[a] in _MULTIPLIERS and a > 0 and text[a - 1].isdigit():
                continue  # 10万宝鸡面匠: the 万 of a figure, not the word 万宝
            if a == start - 1 and text[a] in _COUNTERS and a > 0 and (text[a - 1].isdigit()
                                                                     or text[a - 1] in _APPROX_AFTER_NUMBER):
                continue  # 300余名江西务工人员: the counter word of a figure, not the word 名贵
            if a < start and all(c in _GOVERNING for c in text[a:start]) and (
                    not _route_crosses(text, lo, hi, start)
                    # 向海曙、北仑: the governed name heads a list whose next item is a name too
                    or (text.startswith("、", end) and any(n0 == end + 1 for n0, _ in near))):
                continue  # 至上 in 输转至上海: the preposition governs the name, as the best segmentation shows
            return True
    return False


# Prepositions and verbs of motion that govern a place name after them (输转至上海, 在内蒙古, 向东莞, 进深圳,
# 抵达成都: 达 closes 抵达, 到达, 直达, 送达).
# A dictionary word they form with the name's first character (至上, 在内, 向东, 进深, 达成) vetoes the name only
# when jieba's most probable segmentation of the stretch keeps that word (来自贡献, 经济南下, 在于都市).
_GOVERNING = frozenset("至在赴到往从来去向返回入进离抵驻于自由经达以下")


def _route_crosses(text: str, lo: int, hi: int, edge: int) -> bool:
    """True when the best (maximum-probability, HMM-free) segmentation of text[lo:hi] has a word across `edge`."""
    pos = lo
    for token in segment.cut(text[lo:hi]):
        if pos < edge < pos + len(token):
            return True
        pos += len(token)
    return False


def jieba_frequencies() -> dict[str, int]:
    """jieba's dictionary, word -> frequency (to make the shipped edge-word table and check it)."""
    return {w: c for w, c in segment.tokenizer().FREQ.items() if c}


def preload() -> None:
    """Load every table the region finder may need (for a parent process about to fork its workers).

    A single process need not call it: each table is loaded on first use, jieba's dictionary only when a
    governed name (来苏州, 至上海) has to be segmented.
    """
    _index()
    _edge_word_starts()
    segment.tokenizer()


def _blocked_spans(article: Article) -> list[tuple[int, int]]:
    """Stretches no mention may come from: unreliable text, source lines, footers of links."""
    text = article.text
    spans = [(u.start, u.end) for u in article.unreliable]
    for para in article.paragraphs:
        body = text[para.start:para.end]
        # cheap tests first: a footer starts with its word (\s and str.strip agree on what is a space),
        # and a source line has a colon
        if body.lstrip().startswith(_FOOTER_WORDS) and _FOOTER.match(body):
            spans.append((para.start, len(text)))
            break
        if ("：" in body or ":" in body) and _SOURCE_LINE.match(body):
            spans.append((para.start, para.end))
    spans += [(m.start(), m.end()) for m in _SOURCE_INLINE.finditer(text)]
    if "日电" in text or "日讯" in text:  # a cheap test first
        spans += [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    return spans


def _classify(index_common: dict, name: str, entries: tuple) -> tuple[str, tuple[Region, ...], bool]:
    """How a name is treated: its strongest form, the regions it then names, whether it is also a word."""
    # One name may be official for one unit and short for another; the strongest form decides. A short
    # name shared by a province/city and counties means the higher unit (吉林, 朝阳), so SHORT wins.
    forms = [f for f, _ in entries]
    form = next(f for f in (OFFICIAL, FORMER, SHORT, COUNTY_SHORT) if f in forms)
    regions = tuple(r for f, r in entries if f == form)
    common = _is_common(index_common, name, form) if form in (SHORT, COUNTY_SHORT) else False
    if form == OFFICIAL and len(name) == 2 and name.endswith("区"):
        form, common = COUNTY_SHORT, True  # 城区, 郊区, 矿区: generic words that are also official names
    return form, regions, common


def _raw_candidates(index: _Index, text: str, blocked: list[tuple[int, int]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for end_index, entry in index.automaton.iter(index.code.text(text)):  # entry: the fields from surface on
        end = end_index // 3 + 1  # the last symbol of the name's last character
        start = end - len(entry[0])
        if blocked and any(b0 < end and start < b1 for b0, b1 in blocked):
            continue
        out.append(_new_tuple(_Candidate, (start, end, *entry)))
    return out


_NOT_AFTER_NAME = _MASTHEAD + _EVENT
# The first characters of those words, for a cheap test before matching them all.
_NOT_AFTER_NAME_FIRST = frozenset(word[0] for word in _NOT_AFTER_NAME)
_NOT_AFTER_SHORT_FIRST = frozenset(word[0] for word in _NOT_AFTER_SHORT)


def _context_ok(cand: _Candidate, text: str) -> bool:
    """Reject names used as mastheads, event names, towns, streets and rivers, or joined to the word before."""
    return _fits_context(cand, text) and not _joined_on_left(cand, text)


def _joined_on_left(cand: _Candidate, text: str) -> bool:
    """车费县里全包: 车费 | 县里, not 车 + 费县 + 里 (a two-character full name; asks jieba at times, so _candidates
    asks only about a name _select would otherwise choose)."""
    return cand.form == OFFICIAL and len(cand.surface) == 2 and _left_word(cand, text)


def _fits_context(cand: _Candidate, text: str) -> bool:
    """_context_ok but for _joined_on_left."""
    end, form = cand.end, cand.form
    after = text[end:end + 1]
    if after in _NOT_AFTER_NAME_FIRST and text.startswith(_NOT_AFTER_NAME, end):
        return False
    if form == SHORT or form == COUNTY_SHORT:
        return not (after in _NOT_AFTER_SHORT_FIRST and text.startswith(_NOT_AFTER_SHORT, end)
                    and not _ZONE.match(text, end) and not _child_follows(cand, text)
                    and not (form == SHORT and text.startswith(_MOUNTAIN_AREAS, end)))
    if form == OFFICIAL and len(cand.surface) == 2:
        if after in ("长", "委", "级", "域", "城"):
            return False  # 代县长 is an acting county head, not 代县 + 长
    return True


def _sent_there(text: str, start: int, end: int) -> bool:
    """到义乌务工, 赴昆山就业, 分布在晋江、石狮等地: a verb of going or placing before and a work word or a
    list after frame the name as where people work (a county's short form needs no more)."""
    if _part_of_town(text, start, end):
        return False  # 到城东务工, 在江南就业: a part of town or of the country, not 城东区 or 江南区
    return _governed(text, start) and (text.startswith(_ABBR_WORDS, end)
                                       # 在北仑，…: the place a clause opens with
                                       or text.startswith(("、", "和", "及", "等地", "等城市", "，"), end)
                                       # 在常熟一家船厂干活, 到昆山的一家工厂: the workplace that stands there
                                       or text.startswith(_WORKPLACE_AFTER, end))


# Verbs that settle or send people into a place (进驻鄞州, 扎根余杭, 输送至鄞州): the county's or district's short
# form they govern is that place, whatever follows it.
_SETTLING_VERBS = ("进驻", "入驻", "落户", "扎根", "落脚", "驻扎", "遍布", "分布于", "输送至", "输送到", "输出至",
                   "输出到", "转移至", "转移到", "输转至", "输转到", "送往", "发往", "开往", "驶往", "派往", "运往",
                   "输转", "输送", "来自",  # 输转鄞州; 来自岚皋的务工人员: where they come from
                   "抵达", "到达", "来到", "前往", "奔赴", "赶赴", "远赴")  # 已抵达萧山, 到达鄞州后
# 向鄞州输送: 向 and a verb of sending after the name.
_SENT_AFTER = ("输送", "输出", "转移", "输转", "派遣", "选派", "推荐")
# 在鄞州设立劳务工作站, 驻鄞州劳务工作站: where an office for the workers is set up, or the office itself.
_SET_UP_AFTER = ("设立", "建立", "设置", "成立", "建起", "挂牌", "劳务工作站", "工作站", "服务站", "劳务站", "办事处",
                 "联络处", "驿站")
# 岚皋、镇坪两县, 宁陕等县, 海曙、鄞州两区: a list closed by the kind of unit its items are names of such units.
# (全州八个县市 is the whole prefecture's counties: a count of units closes a list only after a separator.)
_KIND_CLOSES_LIST = re.compile(r"(?:(?:[、和与及][\u4e00-\u9fff]{2,4}?){1,6}(?:[两三四五六七八九十几]个?|等)|等)"
                               r"(?:县市区|县区|县市|县|区|旗)(?![委长政级域城])")
# 全州, 全县: the whole prefecture or county (来自全州八个县市), not 全州县.
_WHOLE_UNIT = re.compile(r"全[州县市区旗盟省]")
_SENT_AFTER_VERB = re.compile(r"(?:输送|输出|转移|输转|派遣|选派)[^，。；！？,;]{0,10}$")
_BRACKETED = re.compile(r"[（(]([^（）()\n]{2,8})[）)]")


def _framed_as_destination(text: str, start: int, end: int) -> bool:
    """进驻鄞州, 输送至鄞州, 向鄞州输送, 在鄞州设立工作站: a verb of settling or sending, or an office set up there,
    frames the name as where workers go (not 扎根江南, a part of the country)."""
    if _part_of_town(text, start, end) or _WHOLE_UNIT.fullmatch(text, start, end):
        return False
    if text[max(0, start - 3):start].endswith(_SETTLING_VERBS) or _KIND_CLOSES_LIST.match(text, end):
        return True
    before = text[start - 1:start]
    if before in ("至", "往") and _SENT_AFTER_VERB.search(text, max(0, start - 14), start - 1):
        return True  # 输送300人至鄞州: the sending verb a few words before
    return (before == "向" and text.startswith(_SENT_AFTER + ("、", "等地", "等城市"), end)) or (
        before in ("在", "驻") and text.startswith(_SET_UP_AFTER, end))


_WORKPLACE_AFTER = ("一家", "的一家", "某家", "某企业", "某公司", "某工厂", "某工地", "的企业", "的工厂", "的工地",
                    "的公司", "的车间")


def _governed(text: str, start: int) -> bool:
    """A verb or preposition of place stands right before the name (在海口召开, 奔赴银川, 到义乌务工)."""
    return start >= 1 and (text[start - 1] in _PLACE_CHARS or text[max(0, start - 2):start] in _PLACE_VERBS
                           or text.startswith("隶属于", start - 3))


def _departs_from(text: str, start: int, end: int) -> bool:
    """从X出发, 从X乘专列: the place a journey starts from."""
    return start >= 1 and text[start - 1] == "从" and text.startswith(_DEPARTURES, end)


# Directions and landscape words: a name made of them only (城东, 江北, 东湖, 红旗) reads as a common phrase.
_PART_OF_TOWN = frozenset("东南西北中城湖江河山区新红旗海上下前后")


def _part_of_town(text: str, start: int, end: int) -> bool:
    """城东, 江南, 河西: a name made only of letters of direction and landscape may be a part of a town or of the
    country, not the district or county of that short form."""
    return all(c in _PART_OF_TOWN for c in text[start:end])


# X山区 is the mountain areas of a prefecture (巴中山区, 晋中山区), where X山 alone names a mountain (长白山). A
# county's short form stays out: mountain ranges are named after old counties (武陵山区 is no 武陵区).
_MOUNTAIN_AREAS = "山区"


def _child_follows(cand: _Candidate, text: str) -> bool:
    """镇江丹阳, 长沙浏阳, 浙江路桥: what follows is one of the place's own units (丹阳, not a river 丹; 路桥,
    not a street 浙江路)."""
    gaz = Gazetteer.load()
    for region in cand.regions:
        for child in gaz.children(region.code):
            if any(len(name) >= 2 and text.startswith(name, cand.end) for name in (child.name, *child.short_names)):
                return True
    if not any(region.level == "province" for region in cand.regions):
        return False
    # a province's own county, a level further down (浙江路桥, 四川江油)
    names, end = gaz.names(), cand.end
    for size in range(2, min(_longest_name(), len(text) - end) + 1):
        for unit in names.get(text[end:end + size], ()):
            if any(gaz.contains(region.code, unit.code) for region in cand.regions):
                return True
    return False


@lru_cache(maxsize=1)
def _longest_name() -> int:
    return max(map(len, Gazetteer.load().names()))


def _mountain_areas_first(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """Drop an official name that starts inside a prefecture's short form and ends with the 山区 after it:
    巴中山区 is 巴中 + 山区, not 巴 + 中山区 (a district of Dalian). The short form must fit its context."""
    stems = [(c.start, c.end) for c in cands
             if c.form == SHORT and text.startswith(_MOUNTAIN_AREAS, c.end) and _fits_context(c, text)]
    if not stems:
        return cands
    return [c for c in cands if c.form != OFFICIAL
            or not any(s0 < c.start < s1 and c.end == s1 + len(_MOUNTAIN_AREAS) for s0, s1 in stems)]


def _left_word(cand: _Candidate, text: str) -> bool:
    """True when the best segmentation joins a two-character name's first character to the word before it.

    Only looked at when some dictionary word ends on that character (车费, 经费), so jieba is rarely needed.
    """
    start = cand.start
    if start == 0:
        return False
    words = _edge_words()
    if not any(words.get(text[a:start + 1], 0) >= _WORD_MIN_FREQ for a in range(max(0, start - _EDGE_REACH), start)):
        return False
    lo, hi = max(0, start - _EDGE_REACH), min(len(text), cand.end + _EDGE_REACH)
    return _route_crosses(text, lo, hi, start)


_SELECTION_ORDER = itemgetter(_Candidate._fields.index("priority"), _Candidate._fields.index("start"))


def _select(cands: list[_Candidate], vetoed=None) -> list[_Candidate]:
    """Non-overlapping candidates: longer first, then official before short, then leftmost.

    `vetoed(cand)`, if given, drops a candidate as if it were not in `cands`; it is asked only about those that
    would be chosen (a name inside a longer one chosen before it needs no asking).
    """
    chosen: list[_Candidate] = []
    limit = max((c.end for c in cands), default=0)
    taken = bytearray(limit + 1)  # 1 at each character a chosen candidate covers
    for cand in sorted(cands, key=_SELECTION_ORDER):
        start, end = cand.start, cand.end
        if taken.find(1, start, end) >= 0 or (vetoed is not None and vetoed(cand)):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(cand)
    chosen.sort()  # by start: the chosen spans are disjoint, so no two share one
    return chosen


def _choose(regions: tuple[Region, ...], gaz: Gazetteer, anchor: str | None, known: list[str],
            subject: str | None) -> Region | None:
    """Pick one region among namesakes by context, or None when nothing decides."""
    if len(regions) == 1:
        return regions[0]
    if anchor:
        inside = [r for r in regions if gaz.contains(anchor, r.code)]
        if len(inside) == 1:
            return inside[0]
    levels = sorted({r.level for r in regions}, key=("province", "city", "county").index)
    top = [r for r in regions if r.level == levels[0]]
    if len(top) == 1 and levels[0] != "county":
        return top[0]  # 吉林 -> 吉林省, 朝阳 -> 朝阳市: the higher unit is what a bare short name means
    for context in ([c for c in known], [subject] if subject else []):
        inside = [r for r in regions if any(gaz.contains(c, r.code) or gaz.contains(r.code, c) for c in context)]
        if len(inside) == 1:
            return inside[0]
    return None


def _candidates(article: Article) -> _Prepared:
    """The article's candidates and what else the passes of _find share."""
    index = _index()
    gaz = index.gazetteer
    text = article.text
    blocked = _blocked_spans(article)
    raw = _raw_candidates(index, text, blocked)
    if _MOUNTAIN_AREAS in text:
        raw = _mountain_areas_first(raw, text)
    # Whether a name fits its context is asked only of the names _select would choose: a name inside a longer
    # one chosen before it (绍兴 in 绍兴市, 南县 in 全南县) is never asked.
    station_of = _station_names(raw, text) if "站" in text else None
    cands = _select(raw, lambda cand: not _context_ok(cand, text)
                    or (station_of and _inside_station(cand, station_of)))
    cands = _without_given_names(cands, text)
    # Full names of counties (and of common-word cities) licence their short forms across the article.
    named_in_full = {r.code for c in cands if c.form in (OFFICIAL, FORMER) for r in c.regions}
    certain = [c.regions[0].code for c in cands if c.form in (OFFICIAL, FORMER, SHORT) and len(c.regions) == 1
               and not c.common]
    # A name followed at once by a unit inside it is a place whatever else it may mean (铜仁印江县).
    heads: set[int] = set()
    for cand, following in zip(cands, cands[1:]):
        if following.start == cand.end and any(gaz.contains(r.code, f.code) and r.code != f.code
                                               for r in cand.regions for f in following.regions):
            heads.add(cand.start)
    return _Prepared(cands, [(c.start, c.end) for c in cands], named_in_full, certain, heads,
                     _abbreviations(index, text, blocked), {c.start for c in cands if not c.common})


def _station_names(raw: list[_Candidate], text: str) -> dict[int, int]:
    """The leftmost start of a name ending at each offset, for the names a direction and 站 follow (昆山南站)."""
    letters = {m.start() for m in _DIRECTION_STATION.finditer(text)}
    starts: dict[int, int] = {}
    if letters:
        for cand in raw:
            if cand.end in letters:
                starts[cand.end] = min(cand.start, starts.get(cand.end, cand.start))
    return starts


def _inside_station(cand: _Candidate, station_of: dict[int, int]) -> bool:
    """山南 in 昆山南站: a name that ends on a station's direction letter, where another name ends right before
    that letter and starts before this one (the station is 昆山's, 南站 its southern station). station_of is
    keyed by direction letters only, so the lookup alone tells the letter too."""
    return station_of.get(cand.end - 1, cand.start) < cand.start


_DIRECTION_STATION = re.compile(rf"[东西南北](?={_AT_STATION})")
# Words for a person that stand right before a full name (儿子刘湖南, 村民张四川): what follows is a person.
_PERSON_BEFORE_NAME = frozenset(("儿子", "女儿", "丈夫", "妻子", "父亲", "母亲", "爷爷", "奶奶", "孙子", "村民",
                                 "工人", "记者", "师傅", "老乡", "小伙", "姑娘", "大姐", "大哥", "同志", "学员",
                                 "员工", "职工", "农民", "老人", "青年", "女士", "先生", "代表", "队长", "书记"))
# Common surnames (the most frequent hundred, from the 2020 census lists), less those that are also words of
# place before a name (于, 向, 万, 和, 从): one of them between a person word and a place name makes a full name.
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
                      "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
                      "顾毛郝龚邵钱严覃武戴莫孔汤洪")
_QUOTE_OPENERS = frozenset("“「‘\"")


def _without_given_names(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """Drop the place names that are a person's given name in this article: 儿子刘湖南 names a person 刘湖南,
    and so do 刘湖南 anywhere else and the name called out at a quote's opening (“湖南，快上车”)."""
    given: set[str] = set()
    for cand in cands:
        start = cand.start
        if cand.form in (SHORT, COUNTY_SHORT) and start >= 3 and text[start - 1] in _SURNAMES \
                and text[start - 3:start - 1] in _PERSON_BEFORE_NAME:
            given.add(text[start - 1:cand.end])
    if not given:
        return cands
    given_names = {name[1:] for name in given}
    return [c for c in cands if c.surface not in given_names or c.start == 0
            or not (text[c.start - 1:c.end] in given
                    or (text[c.start - 1] in _QUOTE_OPENERS and text.startswith(("，", ","), c.end)))]


@last_call_memo
def _article_candidates(article: Article) -> _Prepared:
    """_candidates of the article find_regions reads: the pipeline reads an article a second time when its brands
    tell its subject (kg.extract.brand_origins.home_subject), and the candidates do not depend on the subject."""
    return _candidates(article)


def _find(article: Article, with_subject: str | None = None,
          prepared: _Prepared | None = None) -> tuple[list[_Mention], bool]:
    """The mentions, and whether another subject could change them: only a namesake to settle or a short
    form left unlicensed depends on the subject (licences only grow with one)."""
    index = _index()
    gaz = index.gazetteer
    text = article.text
    prepared = prepared or _candidates(article)
    cands, certain = prepared.cands, prepared.certain
    subject_region = gaz.get(with_subject) if with_subject is not None else None
    licence = _Licence(text, index, gaz, with_subject,
                       subject_region is not None and subject_region.level != "province", prepared,
                       article.document.source_file == _TITLE_FILE)
    names = gaz.names()

    accepted: list[tuple[_Candidate, Region]] = []
    last_end, last_code = -1, ""  # the span's end and the region of accepted[-1]
    subject_matters = False
    for cand in cands:
        anchor = last_code if last_end == cand.start else None  # the region named right before (陕西省留坝县)
        regions = cand.regions
        if len(regions) == 1:
            region = regions[0]
        else:
            subject_matters = True
            region = _choose(regions, gaz, anchor, certain, with_subject)
        if region is None:
            continue
        if cand.form == OFFICIAL or cand.form == FORMER:
            # a full name is a place wherever it stands: none of the checks below applies to it
            accepted.append((cand, region))
            last_end, last_code = cand.end, region.code
            continue
        # a short form (SHORT or COUNTY_SHORT) from here on
        start, form = cand.start, cand.form
        after_parent = anchor is not None and anchor != region.code and gaz.contains(anchor, region.code)
        in_list = start >= 1 and text[start - 1] in _LIST_SEPARATORS and (
            last_end == start - 1
            # 苏州工业园区、昆山: the place before the separator ends in a zone of it, still an item of the list
            or (0 <= last_end < start - 1 and _ZONE.fullmatch(text, last_end, start - 1) is not None))
        if form == SHORT and in_list:
            pass  # 北京、上海参展: in a list of places a province's or city's short form is a place (not 上|海参)
        elif not after_parent and _inside_word_once(cand, text, names, prepared):
            continue
        if (form == COUNTY_SHORT or cand.common) and not licence.grants(cand, region, after_parent, in_list,
                                                                         last_code if in_list else None):
            # a subject may licence it in a second pass, unless it is a county's short form that is also
            # a word: that takes its parent right before it
            subject_matters = subject_matters or form == SHORT or not cand.common
            continue
        accepted.append((cand, region))
        last_end, last_code = cand.end, region.code
        if after_parent:
            licence.placed.add(region.code)  # 浙江慈溪 …, 在慈溪打拼: once placed by its parent, the name is that place

    mentions = [_new_tuple(_Mention, (c.start, c.end, r.code, c.surface)) for c, r in accepted]
    mentions += _repaired(article, accepted, gaz)
    mentions += prepared.abbreviations
    mentions.sort()
    return mentions, subject_matters


def _inside_word_once(cand: _Candidate, text: str, names, prepared: _Prepared) -> bool:
    """Whether the short form is part of a longer word; the same in every pass (it depends on the text and the
    candidates only), so remembered in the prepared candidates."""
    key = (cand.start, cand.end)
    vetoed = prepared.inside.get(key)
    if vetoed is None:
        vetoed = prepared.inside[key] = _inside_word(cand, text, names, prepared.spans)
    return vetoed


@dataclass
class _Licence:
    """What licenses a short form that is also a word, in one pass of _find: the text, the subject, and the
    codes whose short form the text has written after their parent (placed, growing along the pass)."""
    text: str
    index: _Index
    gaz: Gazetteer
    subject: str | None
    below_province: bool  # the subject is a prefecture or a county
    prepared: _Prepared
    in_title: bool  # a headline's first name is what the article is about (孝感十大劳务品牌…)
    placed: set[str] = field(default_factory=set)

    def grants(self, cand: _Candidate, region: Region, after_parent: bool, in_list: bool,
               listed_after: str | None) -> bool:
        """`listed_after`: the region of the list item right before the name, if it stands in a list."""
        if cand.form == SHORT:
            return self._city_word(cand, region, after_parent, in_list)
        if cand.common:
            # 合作, 资源, 振兴: right after their own prefecture or province, as a native place or a station
            # (合作籍, 资源站), or listed beside a county of the same prefecture; a quote or 人 may follow the
            # word itself (合作“点对点”, 资源“共享”)
            return (after_parent or _native_or_station(self.text, cand.end)
                    or self._beside_sibling(cand, region, listed_after))
        return self._county_short(cand, region, after_parent, in_list)

    def _beside_sibling(self, cand: _Candidate, region: Region, listed_after: str | None) -> bool:
        """资源、灌阳、全州等县 or 灌阳、资源: listed next to a county of the same prefecture."""
        parent = region.parent
        if listed_after is not None:
            previous = self.gaz.get(listed_after)
            if previous is not None and previous.parent == parent:
                return True
        end = cand.end
        if end >= len(self.text) or self.text[end] not in _LIST_SEPARATORS:
            return False
        spans = self.prepared.spans
        at = bisect_left(spans, (end + 1, end + 1))
        if at == len(spans) or spans[at][0] != end + 1:
            return False
        following = self.prepared.cands[at]
        return not following.common and any(r.parent == parent and r.code != region.code for r in following.regions)

    def _under_subject(self, region: Region) -> bool:
        return self.below_province and self.gaz.contains(self.subject, region.code)

    def _city_word(self, cand: _Candidate, region: Region, after_parent: bool, in_list: bool) -> bool:
        """A city whose short name is also a word (安康, 日照): only once the article names it in full or is
        about it, or where a verb of place governs it (在海口召开) or a list of places holds it."""
        text, start = self.text, cand.start
        return (after_parent or region.code in self.prepared.named_in_full or self.subject == region.code
                or self._under_subject(region) or start in self.prepared.heads or _governed(text, start)
                or in_list or (self.in_title and _opens(text, start)) or _written_as_city(text, cand.end)
                or _departs_from(text, start, cand.end)
                or self._heads_list(cand))

    def _heads_list(self, cand: _Candidate) -> bool:
        """玉溪、普洱等地: the first of a list whose next item is a name that is no word."""
        end = cand.end
        return end < len(self.text) and self.text[end] in _LIST_SEPARATORS and end + 1 in self.prepared.sure_starts

    def _county_short(self, cand: _Candidate, region: Region, after_parent: bool, in_list: bool) -> bool:
        """Beyond the subject's own counties: its siblings (疏勒 beside 疏附), counties directly under a province,
        a name in a list of places, a long name that is no word (二连浩特). X籍 (彝良籍务工人员) and X人 (普宁人)
        name a native place, X站 a station: nothing else is written so."""
        text = self.text
        return (after_parent or region.code in self.prepared.named_in_full or self._under_subject(region)
                or in_list or _native_or_station(text, cand.end) or self._native_county(cand)
                or region.code in self.placed or _sent_there(text, cand.start, cand.end)
                or _framed_as_destination(text, cand.start, cand.end) or self._parent_in_bracket(cand, region)
                or (_names_its_workers(text, cand.end)
                    and not _part_of_town(text, cand.start, cand.end))
                or (len(cand.surface) >= 3 and (cand.surface not in self.index.common_words
                                                # 化隆县: jieba lists it, but 县 makes it a name
                                                or cand.surface.endswith(("县", "旗"))))
                or _sibling_or_direct(region, self.subject, self.gaz))

    def _parent_in_bracket(self, cand: _Candidate, region: Region) -> bool:
        """岚皋（安康）, 镇坪(安康市): the short form with the place it belongs to in brackets after it."""
        text, end = self.text, cand.end
        if not text.startswith(("（", "("), end):
            return False
        close = _BRACKETED.match(text, end)
        if close is None:
            return False
        units = self.gaz.names().get(close.group(1), ())
        return any(unit.code != region.code and self.gaz.contains(unit.code, region.code) for unit in units)

    def _native_county(self, cand: _Candidate) -> bool:
        """普宁人, 从普宁出发; not a part of the country or of a town (江南人, 从城东出发), which a district's
        short form may also be."""
        text, start, end = self.text, cand.start, cand.end
        if _part_of_town(text, start, end):
            return False
        # 岚皋务工人员, 岚皋农民工: the workers of the place
        return _people_of(text, end) or _departs_from(text, start, end) or text.startswith(_NATIVE_PEOPLE, end)


# Brackets a headline may open with before its first name (【孝感】…); not a quote, which opens a brand's name
# (“X厨师”叫响全国 is about the brand, wherever its article is).
_TITLE_OPENERS = frozenset("【［[（(《 　")


def _opens(text: str, start: int) -> bool:
    """The name is the first thing of the text, bar opening brackets."""
    return all(c in _TITLE_OPENERS for c in text[:start])


def _native_or_station(text: str, end: int) -> bool:
    """X籍 (彝良籍务工人员) names a native place, X站 / X东站 a station: nothing but a place is written so."""
    return text.startswith("籍", end) or _STATION.match(text, end) is not None


def _written_as_city(text: str, end: int) -> bool:
    """What follows a city's short form that only a place can be: X籍, X站, X人 (its people), X务工人员 or
    X老乡 (its workers), X“…” or X的“…” (a brand named after it), X的 + a count of people (合肥的500名)."""
    return (_names_its_workers(text, end) or _native_or_station(text, end) or _people_of(text, end)
            or text.startswith(_NATIVE_PEOPLE, end))


def _names_its_workers(text: str, end: int) -> bool:
    """X“…” or X的“…” (a brand named after it), X的 + a count of its workers (宁陵的月嫂达3000余名)."""
    after = text[end:end + 1]
    if after == "的":
        return text.startswith("的“", end) or _COUNT_OF_PEOPLE.match(text, end) is not None
    return after in ("“", "「")


def _sibling_or_direct(region: Region, subject: str | None, gaz: Gazetteer) -> bool:
    """A county beside the subject county under the same parent, or one directly under a province.

    Districts (市辖区) are left out: their short forms are generic (长寿, 江北), and those directly under a
    province are the municipalities' districts.
    """
    parents = gaz.ancestors(region.code)
    if parents and parents[0].level == "province":
        return region.kind != "市辖区"
    if subject is None or not parents:
        return False
    own = gaz.get(subject)
    return own is not None and own.level == "county" and subject != region.code and gaz.contains(parents[0].code, subject)


def _repaired(article: Article, accepted: list[tuple[_Candidate, Region]], gaz: Gazetteer) -> list[_Mention]:
    """A unit whose first characters were lost to bad decoding, right after its parent (天津�海新区).

    Only when the garbled stretch is one or two characters, the legible rest has two or more, and exactly
    one unit directly under the parent completes it: a repair, never a guess among namesakes.
    """
    out: list[_Mention] = []
    if not article.unreliable:
        return out
    text = article.text
    for cand, region in accepted:
        for u in article.unreliable:
            lost = u.end - u.start
            if u.start != cand.end or not 1 <= lost <= 2:
                continue
            fits = [child for child in gaz.children(region.code)
                    if len(child.name) - lost >= 2 and text.startswith(child.name[lost:], u.end)]
            if len(fits) == 1:
                end = u.end + len(fits[0].name) - lost
                out.append(_Mention(u.start, end, fits[0].code, text[u.start:end]))
    return out


def _abbreviations(index: _Index, text: str, blocked: list[tuple[int, int]]) -> list[_Mention]:
    out: list[_Mention] = []
    abbrs = index.abbreviations
    for match in index.abbreviation_pattern.finditer(text):
        char = match.group(2)
        code, strict = abbrs[char]
        follow = text[match.end(2):match.end(2) + 2]
        if strict and not follow.startswith(_ABBR_WORDS):
            continue
        start = match.start(2)
        if any(b0 < start + 1 and start < b1 for b0, b1 in blocked):
            continue
        out.append(_Mention(start, start + 1, code, char))
    if "籍" in text:
        out += _native_abbreviations(index, text, blocked)
    if "北上广" in text:
        out += _big_cities(index, text, blocked)
    if not abbrs.keys().isdisjoint(text[1:]):  # a scan in C, not a Python loop over every character
        out += _abbreviation_pairs(index, text, blocked)
    if "、" in text:
        taken = {m.start for m in out}
        out += [m for m in _abbreviation_lists(index, text, blocked) if m.start not in taken]
    return out


# 遍布京、津、冀等地, 辐射苏、浙、沪三地: one-letter forms listed with 、 are places whatever verb comes before,
# as a list of names is; the letters must all be the loose ones (not 吉, 甘, 青, which are also words), the list
# must start where a word cannot go on (after a verb of reaching or a mark) and end as a list of places ends.
_LIST_BEFORE = frozenset("布盖射在到赴往至于入进向及驻战，,。：:；;（(“ \n")
# (在津、沪分别有N人和M人: 分别 or 各 pairing the list with its counts)
_LIST_AFTER = ("等", "两地", "三地", "四地", "地区", "一带", "和", "及", "与", "，", ",", "。", "；", ";", "）", ")", "”",
               "分别", "各", "两省", "三省", "四省", "五省", "两市", "三市", "四市")


def _abbreviation_lists(index: _Index, text: str, blocked: list[tuple[int, int]]) -> list[_Mention]:
    out: list[_Mention] = []
    abbrs = index.abbreviations
    for match in index.abbreviation_list_pattern.finditer(text):
        start, end = match.span()
        if start and text[start - 1] not in _LIST_BEFORE or not text.startswith(_LIST_AFTER, end):
            continue
        if any(b0 < end and start < b1 for b0, b1 in blocked):
            continue
        out += [_Mention(at, at + 1, abbrs[text[at]][0], text[at]) for at in range(start, end, 2)]
    return out


def _abbr_list_pattern(loose: tuple[str, ...]) -> re.Pattern[str]:
    letters = "".join(loose)
    return re.compile(f"[{letters}](?:、[{letters}])+")


# 400余名豫籍务工人员, 一批黔籍农民工: a one-letter form + 籍 + a noun for workers names a native place. The
# letter stands after a counter, a list separator or the clause's start, never inside a longer name (四川籍).
_NATIVE_BEFORE = frozenset("名位个批些的、和及与，,。：:；;（(“ \n")
_NATIVE_PEOPLE = ("务工", "农民工", "工人", "劳动力", "人员", "员工", "职工", "工友", "群众", "老乡", "技工", "人士")


def _native_abbreviations(index: _Index, text: str, blocked: list[tuple[int, int]]) -> list[_Mention]:
    out: list[_Mention] = []
    abbrs = index.abbreviations
    at = text.find("籍", 1)
    while at > 0:
        char, start = text[at - 1], at - 1
        if char in abbrs and (start == 0 or text[start - 1] in _NATIVE_BEFORE or text[start - 1].isdigit()) \
                and text.startswith(_NATIVE_PEOPLE, at + 1) \
                and not any(b0 < start + 1 and start < b1 for b0, b1 in blocked):
            out.append(_Mention(start, start + 1, abbrs[char][0], char))
        at = text.find("籍", at + 1)
    return out


# 北上广(深): the fixed name of the largest cities taken together, written in every kind of news.
_BIG_CITIES = re.compile("北上广深?")
_BIG_CITY_NAMES = ("北京市", "上海市", "广州市", "深圳市")


def _big_cities(index: _Index, text: str, blocked: list[tuple[int, int]]) -> list[_Mention]:
    out: list[_Mention] = []
    for m in _BIG_CITIES.finditer(text):
        if any(b0 < m.end() and m.start() < b1 for b0, b1 in blocked):
            continue
        for offset, name in enumerate(_BIG_CITY_NAMES[:m.end() - m.start()]):
            out.append(_Mention(m.start() + offset, m.start() + offset + 1, index.gazetteer.lookup(name)[0].code,
                                text[m.start() + offset]))
    return out


def _abbreviation_pairs(index: _Index, text: str, blocked: list[tuple[int, int]]) -> list[_Mention]:
    """进京沪, 赴苏浙务工, 在京津沪等地: two or three provinces' one-letter forms together after a verb of going, each
    a place."""
    out: list[_Mention] = []
    abbrs = index.abbreviations
    for match in index.abbreviation_pair_pattern.finditer(text):
        first, last = match.start(2), match.end() - 1
        if any(b0 < last + 1 and first < b1 for b0, b1 in blocked):
            continue
        starts = [match.start(g) for g in (2, 3, 4) if match.group(g)]
        chars = [text[at] for at in starts]
        follow = text[match.end():match.end() + 2]
        if any(abbrs[c][1] for c in chars) and not follow.startswith(_ABBR_WORDS):
            continue
        out += [_Mention(at, at + 1, abbrs[c][0], c) for at, c in zip(starts, chars)]
    return out


def _abbr_pair_pattern(chars: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(_ABBR_WORDS)
    letters = "".join(chars)
    return re.compile(f"([{_ABBR_VERBS}{_PAIR_VERBS}])([{letters}])([{letters}])([{letters}])?"
                      f"(?=(?:{words})|[{re.escape(_ABBR_PUNCT)}]|等地|等省|两地|三地)")


# 北上京沪, 南下苏浙, 上京津: the directional verbs of the same chain, read before two letters together only (a
# single letter after 上 or 下 is too often a word: 上新, 下川); 向京津两地输送, 往苏浙: the prepositions of a
# direction, before two letters together only as well
_PAIR_VERBS = "上下向往至"


def _abbr_pattern(chars: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(_ABBR_WORDS)
    return re.compile(f"([{_ABBR_VERBS}])([{''.join(chars)}])(?=(?:{words})|[{re.escape(_ABBR_PUNCT)}])")


# -- subjects ----------------------------------------------------------------------------------------

def _most_specific(codes: list[str], gaz: Gazetteer) -> str | None:
    """Of the regions named together (甘肃平凉), the one the others contain."""
    best = None
    for code in codes:
        if best is None or gaz.contains(best, code):
            best = code
    return best


# How a county's own reports name it: 我县, 该县, 本县, 全县 (旗 in Inner Mongolia). With one county named
# at least twice, that county is the subject, not a province its destinations add up to.
_SELF_COUNTY = re.compile(r"(?:我|该|本|全)(?:县|旗)")
SELF_COUNTY_MIN_MENTIONS = 2
# A place named as where a meeting sits (会议在X召开, 在X举办的对接会, X会场, X对接会) is the host's city, not
# who the article is about: the delegation or the region that is reported on comes from elsewhere.
_HELD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:召开|举行|举办|开幕|闭幕)")


def _is_venue(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] == "在":
        return _HELD_AFTER.match(text, end) is not None
    return text.startswith(("会场", "主会场", "分会场", "对接会", "推介会", "洽谈会", "签约会"), end)


def _article_subject(article: Article, mentions: list[_Mention], gaz: Gazetteer) -> str | None:
    """The title's most specific region; else the most mentioned region, ties to the first mentioned.

    A region counts its own mentions plus half of its descendants' (an article about 平凉市 names its
    counties), so a parent that frames the article beats one county named a few times more.
    """
    if article.title and "籍" in article.title:
        native = _title_native(article.title, mentions, gaz)
        if native:
            return native
    if article.title:
        codes = _title_codes(article.title) or _title_short_forms(article.title, mentions, gaz)
        if codes:
            best = _most_specific(codes, gaz)
            if len(codes) > 1 and _SELF_COUNTY.search(article.text):
                # 某市用工旺季将至，某县为…搭建…, in a text that says 我县: the county's own post, whatever else the
                # title names (the county's title places are read in the order written)
                county = next((c for c in codes if (r := gaz.get(c)) is not None and r.level == "county"), None)
                if county is not None and not gaz.contains(county, best):
                    return county
            return best
    if not mentions:
        return None
    text = article.text
    venues = {i for i, m in enumerate(mentions) if _is_venue(text, m.start, m.end)}
    if len(venues) == len(mentions):
        venues = set()  # (an article naming no place but where its meeting sat is about that place)
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if i in venues:
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following and following.start == m.end and gaz.contains(m.code, following.code) and following.code != m.code:
            continue  # 陕西省 in 陕西省留坝县 only qualifies the name after it
        score[m.code] = score.get(m.code, 0.0) + 1.0
        first.setdefault(m.code, m.start)
        for anc in gaz.ancestors(m.code):
            if anc.code in score or anc.code in first:
                score[anc.code] = score.get(anc.code, 0.0) + 0.5
    best = min(score, key=lambda c: (-score[c], first.get(c, 0), c))
    region = gaz.get(best)
    if region is not None and region.level != "county" and _SELF_COUNTY.search(article.text):
        # 我县/该县/全县: the writer is a county's, whatever the destinations named more often
        own_counts: dict[str, int] = {}
        for m in mentions:
            if (r := gaz.get(m.code)) is not None and r.level == "county":
                own_counts[m.code] = own_counts.get(m.code, 0) + 1
        counties = [c for c, n in own_counts.items() if n >= SELF_COUNTY_MIN_MENTIONS]
        if counties:
            return min(counties, key=lambda c: (-own_counts[c], first.get(c, 0), c))
    if region is not None and region.level == "province":
        # A province framing an article collects half a point per place named in it; that must not let it
        # outrank the unit the body names most often (琼中 in an article about 琼中 that names 海口, 三亚 …).
        own: dict[str, int] = {}
        for m in mentions:
            own[m.code] = own.get(m.code, 0) + 1
        inner = [c for c in own if c != best and gaz.contains(best, c) and own[c] > own.get(best, 0)]
        if inner:
            return min(inner, key=lambda c: (-own[c], first.get(c, 0), c))
    return best


def _title_native(title: str, mentions: list[_Mention], gaz: Gazetteer) -> str | None:
    """X籍五金工在Y夺冠: a title naming the workers' native place X is about X, not about where they work."""
    for m in mentions:
        region = gaz.get(m.code)
        if region is None:
            continue
        if any(len(name) >= 2 and name + "籍" in title for name in (m.surface, region.name, *region.short_names)):
            return m.code
    return None


def _title_short_forms(title: str, mentions: list[_Mention], gaz: Gazetteer) -> list[str]:
    """Regions the body names in full whose short form the title uses (title 琼中：…, body 琼中黎族苗族自治县).

    A title is one line without context, so a county's short form is not licensed in it on its own; the
    body's full name is the licence.
    """
    codes: list[str] = []
    for m in mentions:
        region = gaz.get(m.code)
        if region is None or m.code in codes or m.surface not in (region.name, *region.former_names):
            continue
        if any(len(short) >= 2 and (at := title.find(short)) >= 0 and not _is_venue(title, at, at + len(short))
               for short in region.short_names):
            codes.append(m.code)
    return codes


@article_memo(maxsize=4)
def _title_codes(title: str) -> list[str]:
    """The regions a title names, in order (a title is read twice per article)."""
    title_mentions, _ = _find(_title_article(title))
    return [m.code for m in title_mentions if not _is_venue(title, m.start, m.end)]


_TITLE_FILE = "<title>"  # the source file of the article made of a headline alone


def _title_article(title: str) -> Article:
    from kg.model import Document, Span

    return Article(Document(_TITLE_FILE, title), None, title, (Span(0, len(title)),), ())


_HEADING_MAX = 30


def _paragraph_subjects(article: Article, mentions: list[_Mention], gaz: Gazetteer) -> tuple[str | None, ...]:
    """A heading "静宁县：就业帮扶" sets the subject until the next heading; "X县…" sets its own paragraph's."""
    text = article.text
    by_para: list[list[_Mention]] = [[] for _ in article.paragraphs]
    paragraphs = article.paragraphs
    starts = [span.start for span in paragraphs]
    if all(a.end <= b.start for a, b in zip(paragraphs, paragraphs[1:])):
        # in order and disjoint (as normalize makes them): the paragraph of an offset is found by bisection
        for m in mentions:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < paragraphs[i].end:
                by_para[i].append(m)
    else:
        for m in mentions:
            for i, span in enumerate(paragraphs):
                if span.start <= m.start < span.end:
                    by_para[i].append(m)
                    break
    current: str | None = None
    out: list[str | None] = []
    for i, span in enumerate(article.paragraphs):
        body = text[span.start:span.end].strip()
        lead = _LEADING_TIME.match(text, span.start, span.end)
        offset = lead.end() if lead else span.start
        while offset < span.end and text[offset] in " \t　":
            offset += 1
        # Chain of names at the start (甘肃省平凉市静宁县): the last, most specific one.
        chain: list[str] = []
        pos = offset
        for m in by_para[i]:  # in text order
            if m.start == pos:
                chain.append(m.code)
                pos = m.end
            elif m.start > pos:
                break  # nor does any later one start where the chain has got to
        is_heading = len(body) <= _HEADING_MAX and not body.endswith(("。", "！", "？", ".", "；"))
        # a chain exactly when some name opens the paragraph (mentions are in text order)
        colon_heading = bool(chain) and text[pos:pos + 1] in ("：", ":")
        if is_heading or colon_heading:
            current = _most_specific(chain, gaz) if chain else None
            out.append(current)
        elif chain and text[pos:pos + 1] not in ("的", "和", "、", "与"):
            out.append(_most_specific(chain, gaz))
        else:
            out.append(current)
    return tuple(out)


# -- public API -------------------------------------------------------------------------------------

def find_regions(article: Article, subject: str | None = None) -> RegionAnalysis:
    """Every region the article's body names, resolved to adcodes, with article and paragraph subjects.

    `subject`, when given, is the article's subject as found by other means (a county's post that names its county
    only in its brand's name): the mentions are read with it, and it is kept.
    """
    gaz = _index().gazetteer
    prepared = _article_candidates(article)
    if subject is not None:
        mentions, _ = _find(article, subject, prepared)
        return RegionAnalysis(
            mentions=tuple(RegionMention(m.code, m.start, m.end, m.surface) for m in mentions),
            subject=subject,
            paragraph_subjects=_paragraph_subjects(article, mentions, gaz),
        )
    mentions, subject_matters = _find(article, prepared=prepared)
    subject = _article_subject(article, mentions, gaz)
    if subject is not None and subject_matters:
        # A second pass with the subject known licences its counties' short forms (安康 … 紫阳, 旬阳)
        # and settles namesakes inside it; it would repeat the first where there are none to settle.
        mentions, _ = _find(article, subject, prepared)
        subject = _article_subject(article, mentions, gaz) or subject
    return RegionAnalysis(
        mentions=tuple(RegionMention(m.code, m.start, m.end, m.surface) for m in mentions),
        subject=subject,
        paragraph_subjects=_paragraph_subjects(article, mentions, gaz),
    )


def speaks_as_a_county(article: Article) -> bool:
    """我县, 本县, 全县 (旗): the article is written by or about one county."""
    return _SELF_COUNTY.search(article.text) is not None


def with_title_places(article: Article, regions: RegionAnalysis) -> RegionAnalysis:
    """Add the regions only the headline names ([某省] 某市组织…): the article mentions them too.

    Call it after every extractor has run: the added mentions have an empty span at the body's start, since
    they stand in no clause of the body that a flow or a figure could be read from.
    """
    if not article.title:
        return regions
    known = regions.codes
    extra = [RegionMention(code, 0, 0, article.title) for code in dict.fromkeys(_title_codes(article.title))
             if code not in known]
    if not extra:
        return regions
    return RegionAnalysis(mentions=regions.mentions + tuple(extra), subject=regions.subject,
                          paragraph_subjects=regions.paragraph_subjects)


def _context_codes(analysis: RegionAnalysis | None) -> tuple[list[str], str | None]:
    if analysis is None:
        return [], None
    # the codes in order of first mention, each once (a dict keeps that order and tests membership at once)
    return list(dict.fromkeys(m.code for m in analysis.mentions)), analysis.subject


def _resolve_among(regions: tuple[Region, ...], analysis: RegionAnalysis | None,
                   anchor: str | None = None) -> Region | None:
    if len(regions) == 1:
        return regions[0]  # no namesake: the context is not needed
    gaz = _index().gazetteer
    known, subject = _context_codes(analysis)
    mentioned = [r for r in regions if r.code in known]
    if len(mentioned) == 1:
        return mentioned[0]
    return _choose(regions, gaz, anchor, known, subject)


def resolve_place(text: str, analysis: RegionAnalysis | None = None, abbreviation: bool = False) -> str | None:
    """The adcode of one place string (西安 -> 610100, 陕西省西安市 -> 610100); None when unknown or undecided.

    `abbreviation=True` lets a one-character 简称 stand for its region (苏 -> 320000): set it only where the
    character was read in an abbreviation pattern (赴苏就业).
    """
    index = _index()
    text = text.strip()
    if not text:
        return None
    if len(text) == 1:
        region = index.gazetteer.abbreviation(text) if abbreviation else None
        return region.code if region else None
    exact = index.gazetteer.lookup(text)
    if exact:
        region = _resolve_among(tuple(exact), analysis)
        return region.code if region else None
    # A compound (陕西省留坝县, 贵州铜仁): resolve left to right, each name inside the one before.
    anchor: str | None = None
    cands = _select(_raw_candidates(index, text, []))
    for cand in cands:
        region = _resolve_among(cand.regions, analysis, anchor)
        if region is not None and (anchor is None or index.gazetteer.contains(anchor, region.code)):
            anchor = region.code
    return anchor


@lru_cache(maxsize=2048)
def _name_candidates(name: str) -> tuple[_Candidate, ...]:
    """The place names a brand or company name holds, read from the name alone (the article decides among
    namesakes). Kept by brand name, like a lexicon entry (the brief of issue 16 allows it): the brand finder and
    the pipeline both ask for each brand, and news names the same brands again and again."""
    raw = _raw_candidates(_index(), name, [])
    # A name that is a river's or mountain's (长白 in 长白山) takes with it any name overlapping it (白山).
    landforms = [c for c in raw if not _context_ok(c, name)]
    return tuple(_select([c for c in raw if c not in landforms
                          and not any(f.start < c.end and c.start < f.end for f in landforms)]))


def place_in_name(name: str, analysis: RegionAnalysis | None = None) -> str | None:
    """The region a brand or company name starts with or contains (万载花炮 -> 360922), county short forms allowed."""
    index = _index()
    cands = _name_candidates(name)
    anchor: str | None = None
    best: str | None = None
    pos = 0
    for cand in cands:
        if cand.start == pos:
            # Names at the head of the brand, each inside the one before (贵州印江 ...).
            region = _resolve_among(cand.regions, analysis, anchor)
            if region is None or (anchor is not None and not index.gazetteer.contains(anchor, region.code)):
                break
            anchor = best = region.code
            pos = cand.end
        elif best is None and cand.form in (OFFICIAL, FORMER, SHORT) and not cand.common:
            # Further inside, only names that are places whatever the context (远元集团湛江市分公司).
            region = _resolve_among(cand.regions, analysis)
            if region is not None:
                return region.code
    return best

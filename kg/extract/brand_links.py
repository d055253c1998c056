"""Where a labour brand's workers go: a brand and a flow's destination in the same clause or passage."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, count

from kg.extract.brand_cues import (
    GENERIC_OCCUPATIONS, about_whole_workforce, occurrences, only_one_worker, tells_one_person,
)
from kg.extract.brand_dest_cues import cue_destinations
from kg.extract.brand_dest_rules import not_about_workers
from kg.extract.flows import RawFlow, flows_in_sentence
from kg.extract.flows.tables import table_flows
from kg.gazetteer import Gazetteer
from kg.extract.regions import find_regions
from kg.model import Article, Brand, BrandDestination, Evidence, Flow, RegionAnalysis, Sentence, Span


def link_brand_destinations(article: Article, regions: RegionAnalysis, brands: tuple[Brand, ...],
                            flows: tuple[Flow, ...]) -> tuple[BrandDestination, ...]:
    """A destination for a brand where the article ties the brand's workers to the place.

    The tie is a clause that names the brand (or its workers by occupation: 花炮师 for 万载花炮) and moves
    them to a place (紫阳县欢送修脚师返回上海市场), or that continues a sentence whose earlier clause names
    them (“壮乡巧厨”品牌从业人员已达2300多人，主要在深圳、东莞的餐饮企业就业). A later sentence of the
    brand's paragraph that refers back to it (该品牌…, 品牌从业人员…) ties it too. A brand in one clause of a
    sentence and a destination in another (发挥“甘州劳务”等品牌带动效应，巩固新疆、内蒙古等劳务基地) is not a tie:
    the sentence says the place uses the brands, not that their workers go there.
    """
    if not brands:
        return ()  # no brand, no tie: the sentences need not be read
    out: list[BrandDestination] = []
    seen: set[tuple[str, str]] = set()
    flow_pairs = [(f.origin, f.destination) for f in flows]
    words_by_brand = [(b, _words(b)) for b in brands]
    rows = table_flows(article, regions)  # (most articles hold no such table: one search of the text)
    in_scope: Brand | None = None  # the brand the current passage is about
    scope_paragraph: int | None = None
    all_words = [x for _, w in words_by_brand for x in w]
    # for each brand, the other brands' words that can hold each of its own (大凉山建工 holds 凉山)
    holders = [{word: [other for other in all_words if len(other) > len(word) and word in other and other not in words]
                for word in words} for _, words in words_by_brand]
    naming = _sentences_with_words(article.sentences, [w for _, w in words_by_brand])
    named: dict[tuple[int, int], bool] = {}  # (sentence index, brand index): also asked by cue_destinations

    def present_of(index: int, j: int) -> bool:
        if (index, j) not in named:
            named[index, j] = _named(regions, article.sentences[index], words_by_brand[j][1], holders[j])
        return named[index, j]

    for index, sentence in enumerate(article.sentences):
        if sentence.paragraph != scope_paragraph:
            in_scope = None
        present = [words_by_brand[j] for j in naming[index]
                   if present_of(index, j) and not only_one_worker(sentence.text, words_by_brand[j][1])] \
            if naming[index] else []
        if not present and not (in_scope and _BACK_REFERENCE.search(sentence.text)):
            continue
        if tells_one_person(sentence):
            continue  # 她参加了…培训，随后被推荐到A工作: an anecdote, not where the brand's workers go
        # a row of a notice's table (序号 品牌名称 申报地区 主要输出地) moves the row's brand to its destinations' cell
        raws = [raw for raw in flows_in_sentence(article, regions, sentence, need_group=False) or rows.get(index, [])
                if _named_in_its_clause(regions, raw)]
        pairs: list[tuple[Brand, RawFlow]] = []
        for brand, words in present:
            tail = _tail_word(brand)
            tail = tail if tail != brand.occupation else None
            for raw in raws:
                if not _tied(article, regions, sentence, raw, words):
                    continue
                if tail and not _tied(article, regions, sentence, raw, tuple(w for w in words if w != tail)) \
                        and (raw.origin, raw.destination) not in flow_pairs:
                    continue  # named only by its trade word: the article must state the flow itself (not 一名护工…)
                pairs.append((brand, raw))
        if not present and in_scope is not None:
            # 该品牌从业人员主要在上海务工: the passage's brand, named by reference
            pairs.extend((in_scope, raw) for raw in raws if _tied_by_reference(article, sentence, raw))
        for brand, raw in pairs:
            if not _from_brand(brand, raw, flow_pairs):
                continue
            key = (brand.name, raw.destination)
            if key in seen:
                continue
            seen.add(key)
            out.append(BrandDestination(brand.name, raw.destination, Evidence.of(sentence)))
        if present:
            in_scope, scope_paragraph = (present[-1][0], sentence.paragraph) if len(present) == 1 else (None, None)
    for brand, code, sentence in cue_destinations(article, regions, list(brands), naming, words_by_brand,
                                                  present_of):
        key = (brand.name, code)
        if key not in seen:
            seen.add(key)
            out.append(BrandDestination(brand.name, code, Evidence.of(sentence)))
    gaz = Gazetteer.load()
    for brand, code, title in _headline_destinations(article, brands, words_by_brand, holders):
        key = (brand.name, code)
        if any(name == brand.name and other != code and gaz.contains(code, other) for name, other in seen):
            continue  # “X”走俏粤 over a body that sends X to 深圳: the headline says the body's places broadly
        if key not in seen:
            seen.add(key)
            out.append(BrandDestination(brand.name, code, title))
    return tuple(out)


def _headline_destinations(article: Article, brands: tuple[Brand, ...], words_by_brand, holders):
    """(brand, code, evidence) from a headline that names a brand and where it goes (“X护工”走进A、B): the
    headline is read as a passage of its own sentence, its places found by the region finder. The evidence
    has an empty span, as the headline stands outside the body."""
    title = article.title
    if not title or not any(b.name in title for b in brands):
        return []  # most headlines name no brand: no second region pass
    heading = Article(article.document, title, title, (Span(0, len(title)),), (Sentence(0, len(title), 0, title),))
    regions = find_regions(heading)
    naming = _sentences_with_words(heading.sentences, [w for _, w in words_by_brand])

    def present_of(index: int, j: int) -> bool:
        return _named(regions, heading.sentences[index], words_by_brand[j][1], holders[j])

    evidence = Evidence(title, 0, 0)
    return [(brand, code, evidence) for brand, code, _ in
            cue_destinations(heading, regions, list(brands), naming, words_by_brand, present_of)]


# A brand used as a lever or an example is not a statement about where its workers go.
_ONLY_USED = re.compile(r"发挥|依托|借助|利用|带动效应|效应|作用|打造|培育")
# 依托“开州家政”劳务品牌，常年组织家政服务人员在北京…从事: relying on a brand to send or place workers is a tie;
# only the effects and the building of a brand are not (发挥…带动效应, 打造…).
_LEVER = re.compile(r"发挥|带动效应|效应|作用|打造|培育")
# Words that refer back to the brand named earlier in the paragraph.
# 品牌 alone opening a clause as its subject (目前，品牌已带动…) is the passage's brand too.
_BACK_REFERENCE = re.compile(r"该品牌|这一品牌|这个品牌|此品牌|品牌(?:从业|务工|劳务)人员|品牌工人|品牌劳动力|"
                             r"(?:^|[，,；;。])品牌(?=已|现|目前|累计|共|先后|带动|吸纳|输出|从业)")
# Characters that end a word for a kind of worker (护工, 大厨, 绣娘, 月嫂, 木匠, 厨师).
_TRADE_TAIL = re.compile(r"[^劳务员人]工$|[^技]师$|匠$|娘$|厨$|嫂$")


def _words(brand: Brand) -> tuple[str, ...]:
    """The strings that name the brand or its workers in running text."""
    words = [brand.name, *brand.alt_labels]
    occupation = brand.occupation
    if occupation and len(occupation) >= 2 and occupation not in GENERIC_OCCUPATIONS:
        words.append(occupation)
    tail = _tail_word(brand)
    if tail and tail not in words:
        words.append(tail)
    return tuple(w for w in words if w)


def _tail_word(brand: Brand) -> str | None:
    """大别山护工 -> 护工, 黎苗绣娘 -> 绣娘: the two-character trade word that ends the name names its workers."""
    tail = brand.name[-2:]
    if len(brand.name) >= 4 and _TRADE_TAIL.search(tail) and tail not in GENERIC_OCCUPATIONS:
        return tail
    return None


def _sentences_with_words(sentences, word_sets: list[tuple[str, ...]]) -> list[list[int]]:
    """For each sentence, the indices of the word sets one of whose words it contains, in order.

    Each word is looked for once in all the sentences joined, rather than in every sentence in turn: most
    sentences name no brand. The joint is a character in no word, so no word is found across it.
    """
    words = [w for ws in word_sets for w in ws]
    joint = next(c for c in map(chr, count()) if all(c not in w for w in words))
    texts = [s.text for s in sentences]
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))  # where each sentence starts
    joined = joint.join(texts)
    naming: list[list[int]] = [[] for _ in sentences]
    for j, ws in enumerate(word_sets):
        hit: set[int] = set()
        for word in ws:
            at = joined.find(word)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                hit.add(i)
                # on to the next sentence: one occurrence is enough
                at = joined.find(word, starts[i + 1]) if i + 1 < len(starts) else -1
        for i in sorted(hit):
            naming[i].append(j)
    return naming


def _named(regions: RegionAnalysis, sentence: Sentence, words: tuple[str, ...],
           holders: dict[str, list[str]]) -> bool:
    """The sentence names the brand: a word that is only part of a longer place name (凉山 in 凉山州) or of
    another brand's name (凉山 in 大凉山建工, one of the word's `holders`) is not."""
    text = sentence.text
    if not any(word in text for word in words):
        return False
    mentions = regions.mentions_between(sentence.start, sentence.end)
    for word in words:
        for m_start in occurrences(text, word):
            m_end = m_start + len(word)
            start, end = sentence.start + m_start, sentence.start + m_end
            if any(r.start <= start and end <= r.end and r.surface not in words and len(r.surface) > len(word)
                   for r in mentions):
                continue
            if any(any(o <= m_start and m_end <= o + len(other) for o in occurrences(text, other))
                   for other in holders[word]):
                continue
            return True
    return False


# A clause that only sets the scene for the rest of the sentence: 在A、B等…的省份，…
_SCENE = re.compile(r"^\s*(?:(?:目前|如今|现在|当前|近年来|届时|同时)[，,]?)?在")


def _tied(article: Article, regions: RegionAnalysis, sentence: Sentence, raw: RawFlow, words: tuple[str, ...]) -> bool:
    clause = article.text[raw.clause_start:raw.clause_end]
    if not_about_workers(clause):
        return False  # 赴A考察用工市场, 品牌创始人某某早年在A打工: a visit or one person's story
    if _SCENE.match(clause) and not_about_workers(article.text[raw.clause_end:sentence.end]):
        return False  # 在A、B等X集中的省份，县领导考察了…: the fronted scene of a visit
    if any(x in clause for x in words):
        return True
    # the brand's workers may also be named in a clause before, which the moving clause continues, unless
    # the moving clause is about the whole region's workforce (“X”入选名录，全县向A输出劳动力2万人)
    head = article.text[sentence.start:raw.clause_end]
    if any(x in head for x in words):
        return not _used_only(head, raw) and not about_whole_workforce(clause)
    return _sent_in_next_clause(article, regions, sentence, raw, words)


# A verb of sending workers: the clause after a move that names the brand with one (or as a part of the group moved)
# and no place of its own sends them where that move went (与A、B两地的企业建立输送关系，全年输送“X”900人; 在A设立
# 工作站，年均转移X500余人).
_SENDING = re.compile(r"输送|输出|转移|选派|派遣|选送|推荐|送出|安置")
_CLAUSE_MARK = re.compile(r"[，,；;。！？]")
# 其中 opening the clause after a move: the brand's workers are a part of the group moved (向A输送N人，其中“X”M人).
_PART_OF_MOVE = re.compile(r"\s*其中(?:包括|有)?")


def _sent_in_next_clause(article: Article, regions: RegionAnalysis, sentence: Sentence, raw: RawFlow,
                         words: tuple[str, ...]) -> bool:
    """The clause right after the flow's names the brand's workers as those sent, and names no place."""
    text = article.text
    mark = _CLAUSE_MARK.search(text, raw.clause_end, sentence.end)
    if mark is None or text[mark.start()] in "。！？":
        return False
    end_mark = _CLAUSE_MARK.search(text, mark.end(), sentence.end)
    end = end_mark.start() if end_mark else sentence.end
    clause = text[mark.end():end]
    if not any(x in clause for x in words) or _used_only(clause, raw):
        return False
    if _SENDING.search(clause) is None and not _PART_OF_MOVE.match(clause):
        return False
    # a place of its own, other than the one read inside the brand's name (“A焊工”), sends them elsewhere
    names = [(mark.end() + at, mark.end() + at + len(x)) for x in words for at in occurrences(clause, x)]
    return not any(not any(s <= m.start and m.end <= e for s, e in names) for m in regions.mentions_between(mark.end(), end))


def _named_in_its_clause(regions: RegionAnalysis, raw: RawFlow) -> bool:
    """The flow's destination is named in the clause the flow was read from: a list read on past a comma
    (遍布A、B，C客商来考察) does not carry its verb to C's clause."""
    return any(m.code == raw.destination for m in regions.mentions_between(raw.clause_start, raw.clause_end))


def _tied_by_reference(article: Article, sentence: Sentence, raw: RawFlow) -> bool:
    head = article.text[sentence.start:raw.clause_end]
    if not_about_workers(article.text[raw.clause_start:raw.clause_end]):
        return False
    return bool(_BACK_REFERENCE.search(head)) and not _used_only(head, raw)


def _used_only(head: str, raw: RawFlow) -> bool:
    if raw.kind in ("move", "place", "inbound"):
        return bool(_LEVER.search(head))
    return bool(_ONLY_USED.search(head))


def _from_brand(brand: Brand, raw: RawFlow, flow_pairs: list[tuple[str, str]]) -> bool:
    """The flow leaves the brand's origin or a place within it (花垣县 for 湘西织女 of 湘西州)."""
    if brand.origin is None or raw.origin == brand.origin or (brand.origin, raw.destination) in flow_pairs:
        return True
    return Gazetteer.load().contains(brand.origin, raw.origin)

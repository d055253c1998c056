"""Brand levels (国家级, 省级 …) that an article states beyond the words next to a brand's name: in the brand's
own award clause, or through the list a province announces it on."""
from __future__ import annotations

import re

from kg.model import LEVELS, Article
from kg.text.memo import article_memo
from kg.text.punct import CLAUSE_BREAK_RE, QUOTE_OPEN

# Level words as articles write them -> the model's LEVELS. 全国/全省 alone are not levels: an
# award at a national event (荣获…劳务品牌 at 全国就业创业交流活动) does not make a brand 国家级.
LEVEL_WORDS = {"国家级": "national", "省级": "provincial", "自治区级": "provincial", "市级": "municipal",
               "州级": "municipal", "地市级": "municipal", "盟级": "municipal", "县级": "county",
               "区级": "county", "旗级": "county"}
LEVEL_RE = re.compile("|".join(sorted(LEVEL_WORDS, key=len, reverse=True)))

# The marks that end a clause, for the level reader here and the brand finder (brands.py) alike: a span
# read between a list and its anchor, or after a brand's name, may not cross them.
CLAUSE_STOP = CLAUSE_BREAK_RE
_ALSO_CALLED_HEAD = re.compile(r"^[”」』]?[（(]?(?:又称|又名|简称|亦称|也称|俗称|人称)[“「『][^“”「」『』‘’\n]{1,16}[”」』][）)]?")
# A brand opening its sentence: time words, then an optional 劳务品牌 and the opening quote.
_SENTENCE_OPENING = re.compile(r"^(?:(?:目前|如今|近年来|同时|此外|其中)[，,]?)?(?:劳务品牌)?[“「『]?")
# An award predicate with a level: 被评为…省级劳务品牌, 入选第二批A省省级劳务品牌, 获评国家级劳务品牌.
_AWARDED_LEVEL = re.compile(rf"(?:评为|评定为|认定为|入选|获评|列为|确定为|命名为|成为|晋升为|跻身|^是)[^，。；！？“”「」]{{0,14}}?"
                            rf"({LEVEL_RE.pattern})(?:特色|知名|优秀|示范)?劳务品牌")
# How provinces, cities and the ministry label their lists: 全省第二批…特色劳务品牌, 全国首批…劳务品牌.
# The issuer may also be named: 山西省第三批劳务品牌, A市首批劳务品牌 (its level in the gazetteer gives the list's).
_LIST_BATCH = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}批|首批)(?=[^。！？]{0,16}劳务品牌)")
_ISSUER_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:公布|发布|认定|评选|确定|命名)?的?$")
_REGION_LEVEL = {"province": "provincial", "city": "municipal", "county": "county"}
# A list named by its level (第二批国家级劳务品牌名单中, 省级特色劳务品牌名录) counts only for a brand whose sentence
# says it got on the list (入选, 上榜, 榜上有名): a brand merely named near a list may not be on it.
_NAMED_LIST = re.compile(rf"({LEVEL_RE.pattern})(?:特色|知名|优秀|示范)?劳务品牌(?:名单|名录|目录|榜单)")
_LIST_WORDS = ("名单", "名录", "目录", "榜单")
_ENTERED = re.compile(r"入选|上榜|入围|榜上有名|名列其中|在列")
_LIST_SCOPE = {"全国": "national", "全省": "provincial", "全区": "provincial", "全市": "municipal", "全州": "municipal"}


def stated_level(article: Article, names: tuple[str, ...], read_level: str | None) -> str | None:
    """The brand's level: the higher of the one read next to its name and the one its own sentence awards it
    (先后被评为市级…和省级…), else the level of the list it is announced on."""
    naming = _sentences_naming(article, names)
    levels = [x for x in (read_level, _subject_award_level(article, names, naming)) if x]
    return min(levels, key=LEVELS.index) if levels else _list_level(article, names, naming)


def _sentences_naming(article: Article, names: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the sentences that hold one of the names: found once for both readers below,
    and only among the names the article's text holds at all (a variant spelling often is nowhere)."""
    texts = [sentence.text for sentence in article.sentences]
    naming: set[int] = set()
    for name in names:
        if name in article.text:
            naming.update(index for index, text in enumerate(texts) if name in text)
    return sorted(naming)


def _subject_award_level(article: Article, names: tuple[str, ...], naming: list[int]) -> str | None:
    """“X”是A县打造的劳务品牌，2022年入选省级劳务品牌: the brand opens its sentence and a later clause awards it
    a level, with no other name in between. Of 先后被评为省级…和国家级…, the highest."""
    # every level word has 级, and the tails read below only lose characters of the sentence
    leveled = [article.sentences[index] for index in naming if "级" in article.sentences[index].text]
    if not leveled:
        return None  # most brands: their sentences state no level
    names = tuple(sorted(set(names), key=lambda n: (-len(n), n)))
    for sentence in leveled:
        for rest in _clause_subjects(sentence.text):
            if not rest.startswith(names):
                continue  # most clauses open with none of the names
            name = next(n for n in names if rest.startswith(n))
            tail = sentence.text[sentence.text.find(rest) + len(name):]
            for other in names:  # the brand's own other names are no other brand
                tail = tail.replace(f"“{other}”", "").replace(f"「{other}」", "")
            tail = _ALSO_CALLED_HEAD.sub("", tail)  # “X”又称“Y”，…: Y is X
            if any(c in tail for c in QUOTE_OPEN) or "分别" in tail:
                continue  # another name, or levels mapped to a list: not this brand's alone
            levels = []
            # every award of the sentence after the name (2022年被认定为省级…，2023年又入选国家级…)
            for award in _AWARDED_LEVEL.finditer(tail):
                clause_end = CLAUSE_STOP.search(tail, award.start())
                levels += [LEVEL_WORDS[m.group()] for m in LEVEL_RE.finditer(
                    tail, award.start(), clause_end.start() if clause_end else len(tail))]
            if levels:
                return min(levels, key=LEVELS.index)  # 先后被评为省级…和国家级…: the highest
    return None


@article_memo(maxsize=128)
def _clause_subjects(text: str) -> tuple[str, ...]:
    """Each clause of the sentence after its opening time words and 劳务品牌 (where a brand would stand as the
    subject): split once per article, as every brand named in the sentence reads the same clauses."""
    return tuple(clause[_SENTENCE_OPENING.match(clause).end():] for clause in CLAUSE_STOP.split(text))


def _list_level(article: Article, names: tuple[str, ...], naming: list[int]) -> str | None:
    """The level of the list a brand is announced on (全省第二批…特色劳务品牌名单, then 由A县培育的“X”上榜):
    the sentence that names the brand or one of the two before it."""
    sentences = article.sentences
    for index in naming:
        sentence = sentences[index]
        for earlier in sentences[max(0, index - 2):index + 1]:
            for batch in _LIST_BATCH.finditer(earlier.text) if "批" in earlier.text else ():
                issuer = _ISSUER_BEFORE.search(earlier.text, max(0, batch.start() - 16), batch.start())
                if issuer is None:
                    continue
                words = issuer.group(1)
                level = next((v for k, v in _LIST_SCOPE.items() if words.endswith(k)), None) or _issuer_level(words)
                if level:
                    return level
            named = _NAMED_LIST.search(earlier.text) if _names_a_list(earlier.text) else None
            if named and _ENTERED.search(sentence.text):
                return LEVEL_WORDS[named.group(1)]
    return None


def _names_a_list(text: str) -> bool:
    """The words _NAMED_LIST needs are in the text: a cheap test before its search (level words are common)."""
    return "劳务品牌" in text and any(word in text for word in _LIST_WORDS)


def _issuer_level(words: str) -> str | None:
    """The level of the region whose name ends the words before a batch (入选山西省 -> provincial), if any."""
    from kg.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    for start in range(len(words) - 2, -1, -1):
        found = gaz.lookup(words[start:])
        if found and words[start:] == found[0].name:  # written in full: 山西省, A市 (a short name is too loose)
            return _REGION_LEVEL.get(found[0].level)
    return None

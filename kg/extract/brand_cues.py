"""Word lists and tests shared by the brand extractors: how a worker word ends, one person or a group, a
whole workforce, a sentence's subject region."""
from __future__ import annotations

import re

from kg.model import RegionAnalysis, RegionMention, Sentence

# Words Chinese uses for a kind of worker at the end of a name: trade suffixes (工 师 匠 手 厨), kinship
# and address terms used for workers (嫂 姐 妹 哥 娘 郎 汉 媳妇), and compound ones (保姆, 司机). A word other
# than a brand's names must end so to name its workers (护工, 鞋匠), not a trade (服装).
WORKER_END = re.compile(r"(?:[工师匠手厨嫂姐妹哥娘郎汉]|保姆|司机|媳妇|巧妇|师傅|大厨)$")
ONE_PERSON = re.compile(r"(?:一|这|该)[名位个][“「『]?$")  # 一名“A木工”: the quote does not make it a group
_ONE_PERSON_WORD = re.compile(r"[一这该][名位个]")  # what ONE_PERSON must find somewhere in the text
# Words too general to identify a brand's workers when they appear alone in a sentence.
GENERIC_OCCUPATIONS = frozenset({"劳务", "服务", "工人", "务工", "人才", "员工", "劳工", "技工", "工匠"})
# The longest way a region is written (宁夏回族自治区固原市 is two names): a window that holds one mention.
LONGEST_REGION_NAME = 12
# Words for a whole region's workforce: a passage sentence about them is not about the brand's workers.
GENERAL_WORKFORCE = re.compile(r"全[县市区州省旗]|劳动力|农民工|务工人员|外出人员|群众|脱贫|贫困")
# A clause opening with 他/她 (2017年，她参加了…，随后被推荐到A工作): the sentence tells one person's story.
_PERSON_SUBJECT = re.compile(r"(?:^|[，,；;。！？])(?:(?:\d{4}年|后来|随后|此后|如今|目前)[，,]?)?[他她](?!们)")
# A trade word ending in 工 or 师 that starts a longer word (评茶工作, 工人, 师傅) is not that trade word: the
# characters that make 工/师 the start of another word (工匠, 工人, 工程, 工作, 工厂, 工地, 师傅, 师范, 师生).
COMPOUND_AFTER = re.compile(r"[作人程厂地资会种友匠傅范生]")
# The opening of a sentence before its subject: time words and connectives (同时，目前，2023年，).
OPENING = re.compile(r"^(?:(?:同时|此外|另外|目前|如今|近年来|今年|去年|\d{4}年|截至目前)[，,]?)*")


def about_whole_workforce(clause: str) -> bool:
    """The clause is about a whole region's workforce (全县输出劳动力…), not one brand's workers."""
    return GENERAL_WORKFORCE.search(clause) is not None


def tells_one_person(sentence: Sentence) -> bool:
    """A clause of the sentence opens with 他/她: it tells one person's story."""
    text = sentence.text
    return ("他" in text or "她" in text) and _PERSON_SUBJECT.search(text) is not None  # (a cheap test first)


def only_one_worker(text: str, words: tuple[str, ...]) -> bool:
    """Every mention of the brand's words in the text is one worker (一名A县木匠, 这位护工)."""
    if _ONE_PERSON_WORD.search(text) is None:
        return False  # no 一名/这位/该个… anywhere, so ONE_PERSON holds before no mention (most sentences)
    spans: list[tuple[int, int]] = []
    for word in sorted(words, key=len, reverse=True):  # 木匠 inside 安福木匠 is the same mention
        spans.extend((at, at + len(word)) for at in occurrences(text, word)
                     if not any(s <= at and at + len(word) <= e for s, e in spans))
    return bool(spans) and all(ONE_PERSON.search(text, 0, at) for at, _ in spans)


def occurrences(text: str, word: str) -> list[int]:
    """Starts of the non-overlapping occurrences of `word`, left to right (as re.finditer finds them)."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + len(word))
    return out


def sentence_subject(regions: RegionAnalysis, sentence: Sentence) -> str | None:
    """The region that opens the sentence after its time words and connectives, as the subject of its verb
    (浏阳市在…); a list or a modifier that opens it (温州、泉州等地的企业…) is no subject."""
    mention = subject_mention(regions, sentence)
    return mention.code if mention else None


def subject_mention(regions: RegionAnalysis, sentence: Sentence) -> RegionMention | None:
    """The mention of sentence_subject's region."""
    opening = OPENING.match(sentence.text).end()
    first = regions.mentions_between(sentence.start + opening, sentence.start + opening + LONGEST_REGION_NAME)
    if not first or first[0].start != sentence.start + opening:
        return None
    after = sentence.text[first[0].end - sentence.start:first[0].end - sentence.start + 1]
    listed = len(first) > 1 and first[1].start == first[0].end  # A市B市、C市等地…
    return None if listed or after in ("、", "和", "与", "及", "等", "的", "") else first[0]


# A part of a group (其中不少是X, 其中有部分X, 当中多数为X): the worker word names some of the group only, not the brand's
# workers as a body.
# A breakdown's item (其中A月嫂3000人) names a part that is the brand's: a quantifier or a copula must stand there.
_PARTITIVE = re.compile(r"(?:其中|当中)(?:有)?(?:(?:不少|部分|一部分|很多|许多|多数|大多数|大部分|一些|有些|近半|过半)"
                        r"(?:是|为|属于|系)?|是|为|属于|系)[\u4e00-\u9fff]{0,2}$")  # (the word may end a longer one: 钢|筋工)


def names_a_part(text: str, at: int) -> bool:
    """The worker word at `at` names a part of a group the text counts (其中不少是钢筋工)."""
    return "中" in text and _PARTITIVE.search(text, max(0, at - 10), at) is not None

"""Flows of signed labour agreements: employers of a place sign with an origin for a count of its workers."""
from __future__ import annotations

import re

from kg.extract.numbers import find_quantities
from kg.model import Article, RegionAnalysis, RegionMention, Sentence
from kg.extract.flows.clauses import next_in_paragraph, previous_in_paragraph
from kg.extract.flows.record import RawFlow
from kg.extract.flows.places import can_flow, contains_region


# 来自A、B的56家用工企业与X县人社局签订劳务合作协议…协议转移农村劳动力N人; 浙江某电子公司与X县签订了N名操作工的
# 用工协议: the employers' place receives the origin's workers. (Agreements between governments with no count of
# workers, 与A市签订劳务协作框架协议, are frameworks: no one is sent by them yet.)
# (签订, 签署, 签约, 签下, 签定: the verbs of signing; 签下 is the spoken one; 达成 an agreement reached)
# (它们和X县签下…协议: 和/同/跟 as the preposition of the spoken and the written forms)
_SIGNED = re.compile(r"(?:与|和|同|跟)(?P<party>[^，。；！？,;与和]{1,12}?)(?:正式|现场|当场|集中)?(?:签(?:订|署|约|下|定)|达成)了?"
                     r"(?P<deal>[^。；！？;]{0,30}?)协议")
# the count of workers the agreement is for: in its object (N名缝纫工的用工协议) or after it (协议转移劳动力N人)
# (按协议将转移N人, 可转移N人: the agreement's count with a modal between)
# (协议共转移N人, 按照协议，转移N人: a total, or the agreement named in a clause of its own)
_AGREED_COUNT_AFTER = re.compile(r"(?:协议|涉及|拟|可|将)[，,]?(?:将|可|共|共计|累计)?"
                                 r"(?:转移|输送|输出|招用|招聘|用工|安置|吸纳|就业|录用)")
AGREED_COUNT_WINDOW = 24  # 按协议输送劳动力N人: the verb, the workers' noun and the count
COUNT_RIGHT_AFTER = 10  # 协议200名, 协议1.2万人: the count closing the agreement's noun phrase
# 与X县签下N名操作工用工协议的，是一家…企业——Y省某有限公司: the employer said after the agreement, in a cleft sentence
_CLEFT = re.compile(r"的[，,]?(?:是|为)")
# the employer's place: inside its name (某某江苏有限公司, 浙江某电子公司) or the list it comes from (来自A、B的N家企业)
_EMPLOYER_AFTER = re.compile(r"(?:等地|等省市|等省|等地区)?的?(?P<gap>[^，。；！？,;“”]{0,16}?)"
                             r"(?:公司|企业|用工单位|工厂|集团|劳务中介|中介机构|人力资源)")
# N家用工单位分别来自A、B、C，它们与X县签订…: the employers named first, the places they come from after them
# (用工单位共N家，分别来自A、B: their count said in a clause between)
_EMPLOYERS_FROM = re.compile(r"(?:公司|企业|单位|工厂|集团|中介|机构|组织)(?:[^，。；！？,;]{0,8}?[，,])?[^，。；！？,;]{0,8}?来自")
# 望谟县组织当地企业与…: a place that brings employers along is not theirs
_NOT_EMPLOYER_GAP = re.compile(r"组织|带领|动员|邀请|协调|推动|引导|与|同")
_PLANNED = re.compile(r"将|拟|计划|准备|意向")
# 它们与X县签订…协议 (这些企业, 上述单位): the employers the sentence before named
_EMPLOYERS_AGAIN = re.compile(r"^(?:[^，。；！？,;]{1,8}[，,])?(?:它们|他们|这些|上述|以上|该批)")
# …签订协议N份。按照协议，转移劳动力N人: the agreement's count said in a sentence of its own
_BY_AGREEMENT = re.compile(r"^(?:按照|根据|依照|按)(?:上述|这些|该)?协议")
_PEOPLE = re.compile(r"名|人")


def agreement_flows(regions: RegionAnalysis, sentence: Sentence, mentions: list[RegionMention],
                    article: Article | None = None) -> list[RawFlow]:
    """One flow per employer place and signing origin of each agreement with a count of workers."""
    text, base = sentence.text, sentence.start
    out: list[RawFlow] = []
    for signed in _SIGNED.finditer(text):
        if _PLANNED.search(text, max(0, signed.start() - 4), signed.start()):
            continue  # 将与X县签订: still to come
        origin = _party(mentions, base, signed)
        count = _agreed_count(text, signed) or _count_said_next(article, sentence)
        if origin is None or count is None:
            continue
        places = _employer_places(text, base, mentions, signed.start()) \
            or _employers_said_before(article, sentence, regions, signed.start()) \
            or _employers_said_after(text, base, mentions, signed.end())
        for place in places:
            if can_flow(origin, place):
                out.append(RawFlow(origin, place, sentence, base, base + len(text), count[0], count[1], "agreement",
                                   len(places) > 1))
    return out


def _party(mentions: list[RegionMention], base: int, signed: re.Match[str]) -> str | None:
    """The region that signs for its workers: the most specific named between 与 and 签."""
    code = None
    for m in mentions:
        if signed.start("party") <= m.start - base and m.end - base <= signed.end("party"):
            code = m.code if code is None or contains_region(code, m.code) else code
    return code


def _agreed_count(text: str, signed: re.Match[str]) -> tuple[int, bool] | None:
    deal = signed.group("deal")
    for q in find_quantities(deal):
        if q.unit == "人" and q.value > 1 and _PEOPLE.match(deal, q.end - 1):
            return int(q.value), q.approximate
    right_after = [q for q in find_quantities(text[signed.end():signed.end() + COUNT_RIGHT_AFTER]) if q.start == 0]
    if right_after and right_after[0].unit == "人" and right_after[0].value > 1:
        return int(right_after[0].value), right_after[0].approximate  # 签订了操作工用工协议200名
    return _count_after_verb(text, signed.end())


def _count_after_verb(text: str, start: int) -> tuple[int, bool] | None:
    """The count of people after the first verb of sending or hiring from `start` (协议转移劳动力N人)."""
    after = _AGREED_COUNT_AFTER.search(text, start)
    if after is None:
        return None
    stretch = text[after.end():after.end() + AGREED_COUNT_WINDOW]
    people = [q for q in find_quantities(stretch) if q.unit == "人" and stretch[q.end:q.end + 1] != "次"]
    return (int(people[0].value), people[0].approximate) if people and people[0].value > 1 else None


def _employer_places(text: str, base: int, mentions: list[RegionMention], before: int) -> list[str]:
    places = _places_employers_come_from(text, base, mentions, before) if "来自" in text[:before] else []
    if places:
        return places
    for m in mentions:
        if m.end - base > before:
            break
        employer = _EMPLOYER_AFTER.match(text, m.end - base)
        if employer and not _NOT_EMPLOYER_GAP.search(employer.group("gap")):
            if places and contains_region(places[-1], m.code):
                places[-1] = m.code  # 浙江湖州某企业: the more specific place
            elif m.code not in places:
                places.append(m.code)
    return places


def _places_employers_come_from(text: str, base: int, mentions: list[RegionMention], before: int) -> list[str]:
    """The places of the clause after 来自 where employers named before it come from (用工单位分别来自A、B)."""
    said = _EMPLOYERS_FROM.search(text, 0, before)
    if said is None:
        return []
    clause_end = min((at for at in (text.find(mark, said.end()) for mark in "，。；,;") if at >= 0), default=len(text))
    places: list[str] = []
    for m in mentions:
        if said.end() <= m.start - base and m.end - base <= min(clause_end, before) and m.code not in places:
            if places and contains_region(places[-1], m.code):
                places[-1] = m.code
            else:
                places.append(m.code)
    return places


def _employers_said_before(article: Article | None, sentence: Sentence, regions: RegionAnalysis,
                           signed_at: int) -> list[str]:
    """它们与X县签订…: the places the employers named by the sentence before come from."""
    if article is None or not _EMPLOYERS_AGAIN.match(sentence.text, 0, signed_at):
        return []
    previous = previous_in_paragraph(article, sentence)
    if previous is None or "来自" not in previous.text:
        return []
    mentions = regions.mentions_between(previous.start, previous.end)
    return _places_employers_come_from(previous.text, previous.start, mentions, len(previous.text))


def _count_said_next(article: Article | None, sentence: Sentence) -> tuple[int, bool] | None:
    """…签订协议N份。按照协议，转移劳动力N人: the count of the next sentence of the paragraph that opens by naming the
    agreement."""
    if article is None:
        return None
    following_sentence = next_in_paragraph(article, sentence)
    if following_sentence is None:
        return None
    following = following_sentence.text
    opened = _BY_AGREEMENT.match(following)
    return _count_after_verb(following, opened.start()) if opened is not None else None


def _employers_said_after(text: str, base: int, mentions: list[RegionMention], signed_end: int) -> list[str]:
    """与X县签下…协议的，是…Y某公司: the employer's place named after the agreement in a cleft sentence."""
    if not _CLEFT.match(text, signed_end):
        return []
    after = [m for m in mentions if m.start - base >= signed_end]
    return _employer_places(text, base, after, len(text)) if after else []

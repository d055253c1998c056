"""Patterns written so that the search skips to their first characters (a lookbehind tested after the character it
looks back from) find what their plain forms find."""
from __future__ import annotations

import re

import pytest

from kg.extract.brand_epithets import _PEOPLE_COUNT
from kg.extract.flows import _YEAR
from kg.extract.flows.labour_words import LABOUR

_PLAIN_LABOUR = re.compile(
    r"在外|工厂|车间|流水线|工地|输出|务工|上班|干活|做工|求职|找到?了?工作|(?<=[\u4e00-\u9fff])厂(?!家|商|长|区|房)|"
    r"月嫂|保姆|家政|育婴|护工|厨师|司机|保安|快递员|骑手|"
    r"就业|劳动力|农民工|工人|员工|务工人员|劳务|复工|上岗|返岗|输转|输送|打工|女工|技工|师傅|工匠|匠人|从业|"
    r"(?<=[\u4e00-\u9fff])(?<![加施开动分用手竣完停复罢旷])工(?![程作厂地资会业具艺序期种友匠商场])")
_PLAIN_PEOPLE_COUNT = re.compile(r"(?:\d+(?:\.\d+)?[万千]?|[一二两三四五六七八九十百千万]+)[余多]?名")
_PLAIN_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")

_TEXTS = [
    "厂", "x厂", "新厂", "大厂家", "电子厂的", "工", "焊工们", "加工", "施工队", "采棉工", "a工", "工程", "找工作", "找到了工作",
    "某县今年组织1200名采棉工赴外地务工，其中３名是女工。", "两千多名家政员和1.5万余名保安在外地就业。",
    "3三名", "三3名", "万名", "12.名", "一千多名工人", "名", "1名", "٣名",
    "2023年，1998年，12023年，x2019年，２０２３年，2019年底", "在12月3日，200人", "在外地的车间和流水线",
]


@pytest.mark.parametrize("fast, plain", [(LABOUR, _PLAIN_LABOUR), (_PEOPLE_COUNT, _PLAIN_PEOPLE_COUNT),
                                         (_YEAR, _PLAIN_YEAR)])
def test_the_same_matches_as_the_plain_pattern(fast, plain):
    for text in _TEXTS:
        for pos in range(len(text) + 1):
            assert [(m.group(), *m.groups(), *m.span()) for m in fast.finditer(text, pos)] == \
                   [(m.group(), *m.groups(), *m.span()) for m in plain.finditer(text, pos)], (text, pos)
    assert any(plain.search(text) for text in _TEXTS)  # the texts hold matches: not a comparison of nothing


def test_literary_runs_and_groups_as_the_plain_patterns_find_them():
    from kg.extract.brand_dest_rules import _LITERARY_BEFORE, _LITERARY_VERB, LITERARY_SHORT_RUN
    from kg.extract.flows.guards import _GROUP

    plain_run = re.compile(rf"(?:^|(?<=[{_LITERARY_BEFORE}]))(?:{_LITERARY_VERB})(?P<chars>[\u4e00-\u9fff]{{1,2}})"
                           r"(?=[、，,。；;！!\s]|$|务工|就业|打拼|创业|打工)")
    plain_group = re.compile(_GROUP.pattern.replace("们(?<![我咱你]们)", "(?<![我咱你])们"))
    texts = ["北上京津", "工人下广东、进京沪、上西藏", "，闯沪", "南下", "下海南，", "x下海", "\n进京务工", "们赴粤就业", "下粤\n",
             "转战皖赣，北上京津", "他们和我们", "咱们", "银匠们", "你们的", "们", "一批工人"]
    for text in texts:
        for pos in range(len(text) + 1):
            for fast, plain in ((LITERARY_SHORT_RUN, plain_run), (_GROUP, plain_group)):
                assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                       [(m.span(), m.groups()) for m in plain.finditer(text, pos)], (text, pos)
    assert plain_group.pattern != _GROUP.pattern and any(plain_run.search(t) for t in texts)


def test_short_form_runs_as_the_class_of_place_words_finds_them():
    from kg.extract.brand_dest_cues import _SHORT_FORM_CUE, _SHORT_FORM_RUN

    texts = ["辐射京津、冀等地", "在沪、粤务工", "向闽输送", "到苏、浙就业", "赴疆打拼", "往京的", "服务于沪、苏的家庭", "在外地", "向"]
    for fast in (_SHORT_FORM_CUE, _SHORT_FORM_RUN):
        plain = re.compile(fast.pattern.replace("在|到|赴|往|向", "[在到赴往向]"))
        assert plain.pattern != fast.pattern
        for text in texts:
            for pos in range(len(text) + 1):
                assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                       [(m.span(), m.groups()) for m in plain.finditer(text, pos)], (text, pos)


def test_list_gaps_are_those_of_the_pattern():
    import itertools

    from kg.extract.flows.lists import _LIST_SEPS

    pattern = re.compile(r"^(?:、|，|,|和|及|与|以及)$")
    pieces = ["、", "，", ",", "和", "及", "与", "以", "\n", "a"]
    gaps = {"".join(p) for n in range(4) for p in itertools.product(pieces, repeat=n)}
    assert {g for g in gaps if pattern.match(g)} == {g for g in gaps if g in _LIST_SEPS}
    assert "、\n" in _LIST_SEPS and "、、" not in _LIST_SEPS


def test_reach_verbs_match_where_the_single_alternation_matched():
    """_REACH_VERB, one alternative a word, matches a text wherever one alternation of the same word lists does (only
    whether it matches is read). The plain form is built from the lists, so a word added to them is tested too."""
    import random

    from kg.extract.brand_dest_rules import (
        _DESTINATION_SAID, _DESTINATION_WORDS, _MODIFIED_REACH_WORDS, _REACH_VERB, _REACH_WORDS)

    plain = re.compile(
        rf"(?:{'|'.join(_REACH_WORDS)}|(?:{'|'.join(_DESTINATION_WORDS)}){_DESTINATION_SAID})(?:至|到)?了?$"
        rf"|(?:{'|'.join(_MODIFIED_REACH_WORDS)})[^，,；;。！？“”]{{1,8}}的$")
    pieces = [*_REACH_WORDS, *_DESTINATION_WORDS, "主要为", "集中在", "至", "到", "了", "的", "长江沿线", "，", "\n", "某"]
    rng = random.Random(16)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(5000)]
    assert [bool(_REACH_VERB.search(t)) for t in texts] == [bool(plain.search(t)) for t in texts]
    assert 0 < sum(bool(plain.search(t)) for t in texts) < len(texts)


def test_a_group_is_named_where_the_single_alternation_found_one():
    import random

    from kg.extract.brand_dest_cues import _names_a_group

    plain = re.compile(r"们|众多|较多|越来越多|[大一]批|集中|聚集|云集|密集|扎堆|\d+(?:\.\d+)?[万千百]?[余多]?[名人]|"
                       r"[一二两三四五六七八九十百千万]+[余多]?名|[一二两三四五六七八九十百千万]*[十百千万][一二三四五六七八九]?[余多]?人")
    pieces = ["们", "众多", "较多", "越来越多", "大批", "一批", "3", "１２", ".", "万", "千", "百", "余", "多", "名", "人", "三", "某",
              "批", "大", "集中", "聚集", "扎堆", "十", "八", "千人"]
    rng = random.Random(35)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    assert [_names_a_group(t) for t in texts] == [plain.search(t) is not None for t in texts]
    assert 0 < sum(plain.search(t) is not None for t in texts) < len(texts)

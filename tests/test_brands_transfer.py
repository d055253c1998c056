"""Brand readings that must transfer to other reporters' forms: a breakdown laid out one item a line, a count
after 共, a label or an interview's speaker before the quoted subject, other pointers back at a run of names, an
adverb before a verb of demand, a figure of speech for a brand, a notice's table, a sending clause after a move, a
part of a group, an interview's turns.
Every paragraph is written for these tests about counties the real news set does not mention; each family has at
least two wordings that must be read and a near-miss that must not.
"""
from __future__ import annotations

import pytest

from tests.test_brands_paraphrase import _brands as _paraphrase_brands, _destinations, _facts

HEADLINE = "劳务品牌建设工作动态"


def _brands(tmp_path, body, headline=HEADLINE):
    """(name, origin) of each brand: the paraphrase tests' helper without the level."""
    return {(name, origin) for name, origin, _ in _paraphrase_brands(tmp_path, body, headline)}


def _names(tmp_path, body, headline=HEADLINE):
    return {b.name for b in _facts(tmp_path, body, headline).brands}


# -- a breakdown after 其中： laid out one item a line, the headcount before or after the name ------------------

@pytest.mark.parametrize("items", [
    "3万余人——镇巴厨师；\n\n近2万人——镇巴泥瓦工；\n\n8000多人——镇巴月嫂。",
    "镇巴厨师：3万余人；\n镇巴泥瓦工：近2万人；\n镇巴月嫂：8000多人。",
    "3万余人：镇巴厨师；\n近2万人：镇巴泥瓦工；\n8000多人：镇巴月嫂。",
])
def test_a_breakdown_laid_out_line_by_line_names_the_brands(tmp_path, items):
    body = "据统计，全县劳务品牌从业人员已占外出务工总人数的四成。其中：\n" + items
    assert {"镇巴厨师", "镇巴泥瓦工", "镇巴月嫂"} <= _names(tmp_path, body)


def test_a_breakdown_by_sex_laid_out_line_by_line_names_no_brand(tmp_path):
    body = "据统计，全县劳务品牌从业人员已占外出务工总人数的四成。其中：\n男性：3万余人；\n女性：近2万人。"
    assert _names(tmp_path, body) == set()


def test_the_passage_about_brands_reaches_past_a_list_laid_out_line_by_line(tmp_path):
    # the list is one sentence however many lines it takes: the counted group after it is still in the passage
    body = ("全县劳务品牌从业人员已占外出务工总人数的四成。其中：\n3万余人——镇巴厨师；\n近2万人——镇巴泥瓦工；\n"
            "8000多人——镇巴月嫂；\n5000多人——镇巴电工。\n此外，罗田的“大别山护工”也有6000余人。")
    assert ("大别山护工", "罗田县") in _brands(tmp_path, body)


# -- the count of an unquoted list after 共 (A、B、C共3个劳务品牌) ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "平利县拟打造平利茶艺师、平利家政、平利电焊工共3个对外输出劳务品牌。",
    "平利县已培育平利茶艺师、平利家政、平利电焊工一共3个劳务品牌。",
])
def test_a_list_counted_after_gong_ends_before_the_count(tmp_path, body):
    assert {"平利茶艺师", "平利家政", "平利电焊工"} == _names(tmp_path, body)


def test_a_count_after_gong_of_companies_is_no_brand(tmp_path):
    body = "平利县共引进3家企业，带动劳务品牌建设。"
    assert _names(tmp_path, body) == set()


# -- a label or an interview's speaker before the quoted subject of 是A县打造的劳务品牌 ---------------------------

@pytest.mark.parametrize("body", [
    "负责人答：“云雾茶娘”属于技能型劳务品牌，是岳西县打造的省级劳务品牌之一。",
    "答：“云雾茶娘”属于技能型劳务品牌，是岳西县培育的市级劳务品牌。",
    "【链接】“云雾茶娘”属于技能型劳务品牌，是岳西县打造的省级劳务品牌之一。",
])
def test_a_speaker_or_label_before_the_subject_keeps_its_builder(tmp_path, body):
    assert ("云雾茶娘", "岳西县") in _brands(tmp_path, "记者问：今年向宁波输送了多少人？\n" + body)


def test_a_speaker_who_is_one_person_is_not_the_subject(tmp_path):
    # the quote after a speaker that is no subject of the copula clause (a person's words) names no brand
    body = "记者问：“大家都说好”是怎样的评价？"
    assert _names(tmp_path, body) == set()


# -- a run of quoted names pointed back at by 一个又一个 / 一批又一批, after a label --------------------------------

@pytest.mark.parametrize("body", [
    "【导读】“旬阳电工”“旬阳月嫂”“旬阳厨师”……近年来，一个又一个“秦字号”劳务品牌走进了人们的视线。",
    "“紫阳修脚师”“紫阳茶农”……一批又一批劳务品牌从大山里走了出来。",
])
def test_a_pointed_run_after_a_label(tmp_path, body):
    names = _names(tmp_path, body)
    assert len(names & {"旬阳电工", "旬阳月嫂", "旬阳厨师", "紫阳修脚师", "紫阳茶农"}) >= 2


def test_a_run_of_slogans_pointed_at_by_no_brand_word_is_none(tmp_path):
    body = "【导读】“能吃苦”“肯钻研”“讲诚信”……一个又一个评价让人印象深刻。"
    assert _names(tmp_path, body) == set()



# -- a quoted place-and-worker name used with an adverb of duration or degree before its verb of demand -------------

@pytest.mark.parametrize("body", [
    "石泉县“石泉月嫂”持续走俏，全县两千余名月嫂主要在西安、咸阳等地从业。",
    "石泉县“石泉月嫂”一直十分抢手，全县两千余名月嫂主要在西安、咸阳等地从业。",
    "石泉县“石泉月嫂”越来越受欢迎，全县两千余名月嫂主要在西安、咸阳等地从业。",
])
def test_a_quoted_worker_name_in_demand_is_a_brand_with_its_places(tmp_path, body):
    assert ("石泉月嫂", "石泉县") in _brands(tmp_path, body)
    assert {("石泉月嫂", "西安市"), ("石泉月嫂", "咸阳市")} <= _destinations(tmp_path, body)


def test_a_quoted_slogan_with_an_adverb_is_no_brand(tmp_path):
    body = "石泉县“春风行动”持续走俏，吸引了不少求职者。"
    assert _names(tmp_path, body) == set()


# -- what a brand is called as a figure of speech is no name -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "为进一步擦亮劳务品牌“金字招牌”，商南县确定“商南茶艺师”“商南厨师”等2个劳务品牌为县级劳务品牌。",
    "商南县着力打造劳务品牌“金名片”，确定“商南茶艺师”“商南厨师”等2个劳务品牌为县级劳务品牌。",
])
def test_a_figure_of_speech_for_a_brand_is_no_name(tmp_path, body):
    names = _names(tmp_path, body)
    assert {"商南茶艺师", "商南厨师"} <= names
    assert not names & {"金字招牌", "金名片"}


# -- a notice's table: the row's brand goes to the places of its destinations' column -------------------------------

@pytest.mark.parametrize("header", ["序号 品牌名称 申报地区 主要输出（服务）地 从业人数",
                                    "序号 品牌名称 申报单位 主要输出地 从业人数"])
def test_a_table_row_moves_its_brand_to_its_destinations_column(tmp_path, header):
    body = ("关于公布全省第二批特色劳务品牌的通知\n各市人社局：现将名单公布如下。\n" + header + "\n"
            "1 洋县泥瓦工 汉中市洋县 西藏拉萨、甘肃兰州 5200人\n2 略阳电焊工 汉中市略阳县 江苏苏州 3100人")
    dests = _destinations(tmp_path, body)
    assert {("洋县泥瓦工", "拉萨市"), ("洋县泥瓦工", "兰州市"), ("略阳电焊工", "苏州市")} <= dests
    assert ("洋县泥瓦工", "苏州市") not in dests


def test_a_table_without_a_destinations_column_gives_no_destination(tmp_path):
    body = ("关于公布全省第二批特色劳务品牌的通知\n序号 品牌名称 申报地区 从业人数\n"
            "1 洋县泥瓦工 汉中市洋县 5200人\n2 略阳电焊工 汉中市略阳县 3100人")
    assert _destinations(tmp_path, body) == set()


# -- the clause after a move sends the brand's workers there (与A、B的企业建立输送关系，输送“X”N人) ------------------

@pytest.mark.parametrize("body", [
    "泗阳县与江苏常州、无锡两地的10家企业建立定向输送关系，全年输送“泗阳焊工”800人。",
    "泗阳县在江苏常州、无锡两地设立劳务工作站，年均转移“泗阳焊工”800余人。",
    "泗阳县全年向常州、无锡输送劳动力3000人，其中“泗阳焊工”800人。",
    "泗阳县全年向常州、无锡输送劳动力3000人，其中包括“泗阳焊工”800人。",
])
def test_the_clause_after_a_move_sends_the_brand_there(tmp_path, body):
    assert {("泗阳焊工", "常州市"), ("泗阳焊工", "无锡市")} <= _destinations(tmp_path, body)


@pytest.mark.parametrize("body", [
    "泗阳县与江苏常州、无锡两地的10家企业建立定向输送关系，着力打造“泗阳焊工”劳务品牌。",
    "泗阳县全年向常州、无锡输送劳动力3000人，其中脱贫劳动力800人，“泗阳焊工”品牌影响力不断提升。",
    "泗阳县全年向常州、无锡输送劳动力3000人，输送“泗阳焊工”到南京800人。",
])
def test_a_clause_that_builds_the_brand_or_sends_it_elsewhere_after_a_move_ties_nothing(tmp_path, body):
    assert not {d for d in _destinations(tmp_path, body) if d[1] in ("常州市", "无锡市")}


# -- a trade word naming a part of a group moved is not the brand's workers (其中不少是X) ----------------------------

def test_a_group_of_whom_some_are_of_the_trade_is_not_the_brands(tmp_path):
    body = ("汝城县着力打造“汝城钢筋工”劳务品牌，在广州设立了“汝城钢筋工”服务站。"
            "今年3月，一趟开往东莞的务工专列出发，车上的900名务工人员来自汝城、宜章两县，其中不少是钢筋工。")
    dests = _destinations(tmp_path, body)
    assert ("汝城钢筋工", "广州市") in dests
    assert ("汝城钢筋工", "东莞市") not in dests


def test_a_breakdown_item_of_the_trade_still_names_the_brands_workers(tmp_path):
    body = ("汝城县着力打造“汝城钢筋工”劳务品牌。全县外出务工人员中，钢筋工常年在东莞务工的有3000余人。")
    assert ("汝城钢筋工", "东莞市") in _destinations(tmp_path, body)


# -- an interview's turns carry the passage about a brand from one answer to the next --------------------------------

_INTERVIEW_OPENING = ("记者问：“秦岭护工”是怎样的品牌？\n负责人答：“秦岭护工”属于服务型劳务品牌，是柞水县打造的市级劳务品牌之一。\n")


@pytest.mark.parametrize("turns", [
    "记者问：目前输出规模有多大？\n负责人答：目前，柞水县每年有组织地向西安的医院和养老机构输出护理员2000余人。",
    "问：现在有多少人在外务工？\n答：如今，柞水县每年有组织地输出到西安养老机构的护理员达2000余人。",
])
def test_an_interview_answer_goes_on_about_the_brand(tmp_path, turns):
    assert ("秦岭护工", "西安市") in _destinations(tmp_path, _INTERVIEW_OPENING + turns)


def test_a_question_naming_a_place_gives_the_brand_no_destination(tmp_path):
    body = _INTERVIEW_OPENING + "记者问：今年在对接宁波用工方面做了哪些工作？\n负责人答：我们组织了三场招聘会。"
    assert ("秦岭护工", "宁波市") not in _destinations(tmp_path, body)


@pytest.mark.parametrize("items", [
    "镇巴厨师（3万余人）、镇巴泥瓦工（近2万人）、镇巴月嫂（8000多人）。",
    "镇巴厨师(3万余人)，镇巴泥瓦工(近2万人)，镇巴月嫂(8000多人)。",
])
def test_a_breakdown_with_its_headcounts_in_brackets_names_the_brands(tmp_path, items):
    body = "据统计，全县劳务品牌从业人员已占外出务工总人数的四成。其中，" + items
    assert {"镇巴厨师", "镇巴泥瓦工", "镇巴月嫂"} <= _names(tmp_path, body)


def test_a_breakdown_by_age_in_brackets_names_no_brand(tmp_path):
    body = "据统计，全县劳务品牌从业人员已占外出务工总人数的四成。其中，青年（3万余人）、中年（近2万人）。"
    assert _names(tmp_path, body) == set()

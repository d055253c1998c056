"""Brand readings that must transfer to other reporters' forms: a breakdown laid out one item a line, a count
after 共, a label or an interview's speaker before the quoted subject, other pointers back at a run of names.
Every paragraph is written for these tests about counties the real news set does not mention; each family has at
least two wordings that must be read and a near-miss that must not.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file

HEADLINE = "劳务品牌建设工作动态"


def _facts(tmp_path, body, headline=HEADLINE):
    path = tmp_path / "article.txt"
    path.write_text(headline + "\n" + body + "\n", encoding="utf-8")
    return process_file(path, path.name)


def _brands(tmp_path, body, headline=HEADLINE):
    gaz = Gazetteer.load()
    return {(b.name, gaz.get(b.origin).name if b.origin else None) for b in _facts(tmp_path, body, headline).brands}


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

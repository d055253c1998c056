"""Programmes named the ways reporters name cooperation schemes, with their near-misses (sentences written here)."""
import pytest

from tests.test_programs import programs_of


@pytest.mark.parametrize("text, expected", [
    # a province's pairing of its south and north, with its link word
    ("推进南北挂钩合作，宿迁与苏州共建园区。", ["南北挂钩合作"]),
    ("连云港深化南北结对帮扶合作。", ["南北结对帮扶合作"]),
    # a pairing named after the national project it serves
    ("丹江口市依托南水北调对口协作机制，在北京设立劳务站。", ["南水北调对口协作"]),
    ("巫山县深化三峡库区对口支援，向上海输送务工人员。", ["三峡库区对口支援"]),
])
def test_cooperation_schemes_named_by_direction_or_project(text, expected):
    assert programs_of(text) == expected


@pytest.mark.parametrize("text", [
    "南北合作论坛在此召开。",        # 南北 with no link word: a common phrase
    "深化两地对口协作，输送劳动力。",  # partners only
    "加强与常州对口协作。",            # a partner, not a project
    "鄯善县依托上海市对口支援机制建站。",  # a partner named by its place
    "借助苏州对口协作输送工人。",      # the same, in its short form
    "扎实做好对口支援工作。",          # no name at all
    "开展结对对口帮扶。",              # a generic kind of pairing
])
def test_pairings_that_name_no_scheme(text):
    assert programs_of(text) == []


def test_a_provincial_pairing_is_read_once():
    assert programs_of("通过京津对口协作输送工人。") == ["京津对口协作"]


@pytest.mark.parametrize("text, expected", [
    # a named edition joined to a campaign by 暨 stays a programme
    ("全市召开2024年就业援助月暨“乐业眉山”启动会。", ["就业援助月", "乐业眉山"]),
    ("沐川县举行春季招聘暨“返岗无忧”专项服务活动。", ["返岗无忧"]),
])
def test_editions_joined_by_ji_stay_programmes(text, expected):
    assert programs_of(text) == expected


@pytest.mark.parametrize("text", [
    # a quote followed by 品牌 is the brand the meeting is about, in either word order of the meeting's name
    "在全县春季劳务输出暨“犍为焊工”品牌推进大会上的讲话。",
    "召开全市就业工作会议暨“眉山月嫂”品牌建设推进会。",
    "安岳县举办春季返岗暨“安岳柠檬工”劳务品牌发布会。",
])
def test_a_brand_joined_to_a_meeting_by_ji_is_no_programme(text):
    assert programs_of(text) == []

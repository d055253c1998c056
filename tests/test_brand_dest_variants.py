"""Brand destinations written the many ways reporters write them, and near-misses that must not fire.

Every paragraph here is written for these tests, about places (Liaoning, Jilin, Hainan, Qinghai and others)
and brands made up for them; the short forms (京 津 沪 苏 鲁 粤 疆) are the language's own.
"""
from __future__ import annotations

import pytest

from kg.extract.brand_links import link_brand_destinations
from kg.extract.brands import find_brands
from kg.extract.flows import find_flows
from kg.gazetteer import Gazetteer
from tests.test_brands import make_article


def code(name):
    return Gazetteer.load().lookup(name)[0].code


def short(char):
    return Gazetteer.load().abbreviation(char).code


def dests(text, places, subject):
    """The destinations found for each brand, as {brand: set of codes}."""
    article, regions = make_article(text, places, subject)
    brands = find_brands(article, regions)
    flows = find_flows(article, regions)
    out: dict[str, set[str]] = {}
    for link in link_brand_destinations(article, regions, brands, flows):
        out.setdefault(link.brand, set()).add(link.destination)
    return out


# -- reach verbs and their family ------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["遍布", "遍及", "辐射", "覆盖", "走进", "进驻", "扎根", "足迹遍及", "足迹踏遍",
                                  "活跃在", "奔波于", "效力于", "红遍", "走俏"])
def test_reach_verbs_before_a_list(verb):
    text = f"“建平木匠”劳务品牌越叫越响，如今从业人员{verb}沈阳、大连、长春等城市。"
    got = dests(text, ("建平", "沈阳", "大连", "长春"), code("建平县"))
    assert got == {"建平木匠": {code("沈阳"), code("大连"), code("长春")}}


def test_a_headline_without_particles():
    text = "“琼中绣娘”扎根海口 服务千家万户"
    assert dests(text, ("琼中", "海口"), code("琼中黎族苗族自治县")) == {"琼中绣娘": {code("海口")}}


@pytest.mark.parametrize("work", ["务工", "就业", "打拼", "从业", "打工", "上班", "谋生", "安家落户", "开设门店"])
def test_working_in_a_place(work):
    text = f"全县3000余名“扶余瓦工”常年在长春、吉林市{work}。"
    assert dests(text, ("扶余", "扶余市", "长春", "吉林市"), code("扶余市")) == {"扶余瓦工": {code("长春"), code("吉林市")}}


@pytest.mark.parametrize("verb", ["输送到", "输出到", "转移到", "输往", "送往", "派往"])
def test_sent_to_places_and_more(verb):
    text = f"互助县着力打造“互助月嫂”劳务品牌。去年，互助县{verb}海口、三亚等地的“互助月嫂”超过600人。"
    assert dests(text, ("互助县", "互助", "海口", "三亚"), code("互助土族自治县")) == {
        "互助月嫂": {code("海口"), code("三亚")}}


def test_sent_towards_places_count_first():
    text = "“建平木匠”品牌叫响后，建平县累计向大连、烟台输送木匠2000余人。"
    got = dests(text, ("建平", "建平县", "大连", "烟台"), code("建平县"))
    assert got == {"建平木匠": {code("大连"), code("烟台")}}


def test_serving_a_market():
    text = "“琼中厨娘”主要服务于海口市场，月收入普遍在6000元以上。"
    assert dests(text, ("琼中", "海口"), code("琼中黎族苗族自治县")) == {"琼中厨娘": {code("海口")}}


@pytest.mark.parametrize("verb", ["开拓", "深耕", "抢占"])
def test_winning_a_market(verb):
    text = f"“扶余瓦工”品牌{verb}长春市场，用工订单排到了年底。"
    assert dests(text, ("扶余", "长春"), code("扶余市")) == {"扶余瓦工": {code("长春")}}


def test_a_station_named_after_the_place():
    text = "扶余市打造“扶余瓦工”劳务品牌。“扶余瓦工”长春服务站日前挂牌，为在外务工的瓦工提供维权服务。"
    assert dests(text, ("扶余", "扶余市", "长春"), code("扶余市")) == {"扶余瓦工": {code("长春")}}


def test_a_special_train_bound_for_the_place():
    text = "当天，500名“互助月嫂”搭乘开往呼和浩特的务工专列启程。"
    assert dests(text, ("互助", "呼和浩特"), code("互助土族自治县")) == {"互助月嫂": {code("呼和浩特")}}


def test_hired_by_employers_of_a_place_passive():
    text = "“琼中厨娘”是省级劳务品牌。培训结业的“琼中厨娘”被海口、三亚的酒店抢聘一空。"
    got = dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚")}}


def test_places_named_as_the_main_workplaces():
    text = "“建平木匠”是全省知名的劳务品牌。据统计，沈阳、大连是“建平木匠”的主要就业地。"
    got = dests(text, ("建平", "沈阳", "大连"), code("建平县"))
    assert got == {"建平木匠": {code("沈阳"), code("大连")}}


# -- literary verbs and one-letter short forms -------------------------------------------------------

def test_literary_verbs_with_provinces_and_short_forms():
    text = "这些年，一批批“建平木匠”下辽南、进京津、闯沪、战皖赣、上青海，手艺享誉四方。"
    got = dests(text, ("建平", "青海"), code("建平县"))
    assert got == {"建平木匠": {short("京"), short("津"), short("沪"), short("皖"), short("赣"), code("青海")}}


def test_going_north_and_south():
    text = "扶余市打造“扶余瓦工”劳务品牌。“扶余瓦工”北上京津、南下粤闽，年均创收数亿元。"
    got = dests(text, ("扶余",), code("扶余市"))
    assert got == {"扶余瓦工": {short("京"), short("津"), short("粤"), short("闽")}}


def test_a_literary_chain_opened_by_the_trade_word_of_a_brand_named_later():
    text = ("每逢开春，一批批吉籍建筑工人南下海南、北上京津、转战皖赣。\n"
            "吉林省发布“建筑吉军”等一批省级劳务品牌。")
    got = dests(text, ("海南", "吉林省"), code("吉林省"))
    assert got == {"建筑吉军": {code("海南"), short("京"), short("津"), short("皖"), short("赣")}}


def test_a_leader_going_down_to_a_place_is_no_literary_verb():
    text = "“建平木匠”品牌建设推进会召开后，在县长带领下大连考察团一行来访。"
    assert dests(text, ("建平", "大连"), code("建平县")) == {}


def test_a_short_form_inside_a_word_is_no_place():
    text = "“扶余瓦工”品牌上苏醒的不只是手艺，还有乡亲们的信心。"
    assert dests(text, ("扶余",), code("扶余市")) == {}


# -- passages: referring back ---------------------------------------------------------------------

def test_these_workers_in_the_next_sentence():
    text = "“琼中绣娘”入选省级劳务品牌。这些绣娘大多在海口、三亚的酒店务工。"
    got = dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中绣娘": {code("海口"), code("三亚")}}


def test_they_opening_the_next_paragraph():
    text = "“互助月嫂”是互助县打造的劳务品牌。\n他们大多在西宁、银川的家庭从事母婴护理。"
    got = dests(text, ("互助", "互助县", "西宁", "银川"), code("互助土族自治县"))
    assert got == {"互助月嫂": {code("西宁"), code("银川")}}


def test_a_next_paragraph_about_something_else_is_not_the_brands():
    text = "“互助月嫂”是互助县打造的劳务品牌。\n全县今年组织务工人员赴西宁、银川务工1.2万人。"
    assert dests(text, ("互助", "互助县", "西宁", "银川"), code("互助土族自治县")) == {}


# -- near-misses ------------------------------------------------------------------------------------

def test_the_origin_and_its_province_are_no_destination():
    text = "“建平木匠”遍布辽宁朝阳市、建平及大连等地。"
    got = dests(text, ("建平", "辽宁", "朝阳市", "大连"), code("建平县"))
    assert got == {"建平木匠": {code("大连")}}


def test_an_officials_visit_is_no_destination():
    text = "为叫响“扶余瓦工”品牌，扶余市人社局负责人赴长春、沈阳考察用工市场。"
    assert dests(text, ("扶余", "扶余市", "长春", "沈阳"), code("扶余市")) == {}


@pytest.mark.parametrize("clause", ["赴海口参加培训", "在海口接受集训", "到海口参加技能大赛", "在海口领奖"])
def test_training_contests_and_awards_are_not_where_workers_work(clause):
    text = f"今年，80名“琼中厨娘”{clause}。"
    assert dests(text, ("琼中", "海口"), code("琼中黎族苗族自治县")) == {}


def test_a_place_in_a_company_name_is_no_destination():
    text = "“互助月嫂”与西宁某某家政服务有限公司签约。"
    assert dests(text, ("互助", "西宁"), code("互助土族自治县")) == {}


def test_goods_sold_to_places_are_no_destination():
    text = "“琼中绣娘”制作的黎锦产品远销海口、三亚。"
    assert dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县")) == {}


def test_a_meeting_held_in_a_place_is_no_destination():
    text = "“建平木匠”劳务品牌推介会在沈阳举行。"
    assert dests(text, ("建平", "沈阳"), code("建平县")) == {}


# -- round 4b: more ways of saying where the workers are ----------------------------------------------

def test_the_most_workers_in_places_named_after_a_nationwide_spread():
    text = "“建平木匠”的足迹遍布全国20多个省份，其中沈阳、大连最为集中。"
    got = dests(text, ("建平", "沈阳", "大连"), code("建平县"))
    assert got == {"建平木匠": {code("沈阳"), code("大连")}}


def test_employers_of_a_place_compete_to_hire_the_workers():
    text = "“琼中厨娘”是省级劳务品牌。海口、三亚的酒店争相聘用“琼中厨娘”。"
    got = dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚")}}


@pytest.mark.parametrize("tail", ["有2000多人", "已有三千余名", "站稳了脚跟", "叫响了名号"])
def test_a_stock_or_a_foothold_in_a_place(tail):
    text = f"“扶余瓦工”是扶余市的劳务品牌。目前，“扶余瓦工”在长春{tail}。"
    assert dests(text, ("扶余", "扶余市", "长春"), code("扶余市")) == {"扶余瓦工": {code("长春")}}


def test_a_company_of_the_place_named_with_de_is_no_company_name():
    # 长春的建筑公司 is the place's employers, 长春某某建筑有限公司 a company's name
    hired = "“扶余瓦工”是劳务品牌。长春的建筑公司纷纷聘用“扶余瓦工”。"
    assert dests(hired, ("扶余", "长春"), code("扶余市")) == {"扶余瓦工": {code("长春")}}
    named = "“扶余瓦工”是劳务品牌。长春某某建筑有限公司聘用“扶余瓦工”。"
    assert dests(named, ("扶余", "长春"), code("扶余市")) == {}


def test_experts_from_a_place_are_no_employers():
    text = "“互助月嫂”是劳务品牌。来自西宁的专家为“互助月嫂”授课。"
    assert dests(text, ("互助", "西宁"), code("互助土族自治县")) == {}


def test_with_the_help_of_a_place_is_no_destination():
    text = "“互助月嫂”是劳务品牌。在西宁对口帮扶下，“互助月嫂”培训基地建成投用。"
    assert dests(text, ("互助", "西宁"), code("互助土族自治县")) == {}


# -- end to end: the region finder, the brand finder and the query, as a user runs them ----------------

_LITERARY_ARTICLE = """建平木匠：一把刨子闯天下

2025-03-12 09:30:00 来源：辽西日报

本报讯 近日，“建平木匠”入选辽宁省第二批省级劳务品牌。

建平县是木工之乡。近年来，一批批建平木匠北上京津、南下粤闽，全县从事木工行业的人员超过1.2万人。“建平木匠”的足迹遍布全国20多个省份，其中沈阳、大连最为集中。

为叫响品牌，县人社局负责人赴烟台考察用工市场，并在长春举办了“建平木匠”技能大赛。
"""


# The same article in traditional characters, as a Taiwan or Hong Kong site would carry it.
_LITERARY_ARTICLE_TRADITIONAL = """建平木匠：一把刨子闖天下

本報訊 近日，“建平木匠”入選遼寧省第二批省級勞務品牌。

建平縣是木工之鄉。近年來，一批批建平木匠北上京津、南下粵閩，全縣從事木工行業的人員超過1.2萬人。“建平木匠”的足跡遍佈全國20多個省份，其中瀋陽、大連最為集中。
"""


@pytest.mark.parametrize("article", [_LITERARY_ARTICLE, _LITERARY_ARTICLE_TRADITIONAL], ids=["simplified", "traditional"])
def test_brand_destinations_query_lists_each_destination_with_its_sentence(tmp_path, article):
    from tests.conftest import run_kg
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "jianping.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "out"
    run_kg("build", str(articles), "--out", str(out), "--quiet", "--no-cache", check=True)
    result = run_kg("query", "brand_destinations", "--kg", str(out / "kg.ttl"), "--format", "tsv", check=True)
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    found = {(row[0].strip('"').split('"')[0], row[4].strip('"').split('"')[0]): row[5] for row in rows}
    assert set(found) == {("建平木匠", place) for place in ("北京市", "天津市", "广东省", "福建省", "沈阳市", "大连市")}
    assert "北上京津" in found[("建平木匠", "北京市")]
    assert "最为集中" in found[("建平木匠", "大连市")]


def test_a_group_described_before_the_sentence_that_gives_it_the_brands_name():
    text = "每年有上千名妇女走出大山，到西宁、银川的家庭当保姆。她们被称为“互助月嫂”，是全省知名的劳务品牌。"
    got = dests(text, ("互助", "西宁", "银川"), code("互助土族自治县"))
    assert got == {"互助月嫂": {code("西宁"), code("银川")}}


def test_a_sentence_before_a_brand_that_does_not_name_the_group_is_not_the_brands():
    text = "每年有上千名妇女走出大山，到西宁、银川的家庭当保姆。“互助月嫂”是全省知名的劳务品牌。"
    assert dests(text, ("互助", "西宁", "银川"), code("互助土族自治县")) == {}


@pytest.mark.parametrize("course", ["在海口开设厨艺培训班", "在海口举办职业技能大赛"])
def test_a_course_or_contest_set_up_in_a_place_is_no_destination(course):
    text = f"“琼中厨娘”是省级劳务品牌。今年，县人社局{course}。"
    assert dests(text, ("琼中", "海口"), code("琼中黎族苗族自治县")) == {}


def test_a_work_base_named_after_the_place_but_not_a_training_base():
    text = "扶余市打造“扶余瓦工”劳务品牌。“扶余瓦工”长春基地和大连培训基地相继建成。"
    assert dests(text, ("扶余", "扶余市", "长春", "大连"), code("扶余市")) == {"扶余瓦工": {code("长春")}}


def test_a_train_sent_to_the_place():
    text = "扶余市打造“扶余瓦工”劳务品牌。今天，搭乘发往大连的专列外出的“扶余瓦工”达800人。"
    assert dests(text, ("扶余", "扶余市", "大连"), code("扶余市")) == {"扶余瓦工": {code("大连")}}


def test_three_letters_written_as_one_word_name_a_group_and_no_region():
    text = "扶余市打造“扶余瓦工”劳务品牌，“扶余瓦工”服务辐射京津冀地区，并辐射沪、苏、浙。"
    got = dests(text, ("扶余", "扶余市"), code("扶余市"))
    assert got == {"扶余瓦工": {short("沪"), short("苏"), short("浙")}}


@pytest.mark.parametrize("sentence", ["“建平木匠”就业地主要为沈阳、大连。", "“建平木匠”的务工地集中在沈阳、大连。",
                                      "“建平木匠”品牌落户沈阳、大连。", "“建平木匠”名扬沈阳、大连。"])
def test_the_workplace_named_as_such_and_names_made_there(sentence):
    text = "建平县打造“建平木匠”劳务品牌。" + sentence
    assert dests(text, ("建平", "建平县", "沈阳", "大连"), code("建平县")) == {"建平木匠": {code("沈阳"), code("大连")}}


def test_employers_of_places_come_for_the_workers():
    text = "建平县打造“建平木匠”劳务品牌。“建平木匠”远近闻名，沈阳、大连等地的用工单位纷纷上门抢人。"
    assert dests(text, ("建平", "建平县", "沈阳", "大连"), code("建平县")) == {"建平木匠": {code("沈阳"), code("大连")}}


def test_places_where_the_workers_are_everywhere():
    text = "“琼中厨娘”是省级劳务品牌，海口、三亚等地都有“琼中厨娘”。"
    got = dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚")}}


def test_counts_then_places():
    text = "扶余市打造“扶余瓦工”劳务品牌。全县“扶余瓦工”共2万人，其中1.2万人在长春，8000人在吉林市。"
    assert dests(text, ("扶余", "扶余市", "长春", "吉林市"), code("扶余市")) == {"扶余瓦工": {code("长春"), code("吉林市")}}


def test_workers_coming_back_from_a_place_and_a_place_that_helps_are_no_destination():
    text = "“扶余瓦工”是劳务品牌。从长春返乡的“扶余瓦工”带回了新技术，沈阳援建的“扶余瓦工”实训室投入使用。"
    assert dests(text, ("扶余", "长春", "沈阳"), code("扶余市")) == {}


def test_these_years_opening_the_next_paragraph_is_time_not_the_workers():
    text = "“互助月嫂”是互助县打造的劳务品牌。\n这些年，越来越多的年轻人到西宁、银川打工。"
    assert dests(text, ("互助", "互助县", "西宁", "银川"), code("互助土族自治县")) == {}


def test_an_opening_phrase_before_the_reference_in_the_next_paragraph():
    text = "“互助月嫂”是互助县打造的劳务品牌。\n据介绍，这些月嫂主要在西宁、银川的家庭从事母婴护理。"
    got = dests(text, ("互助", "互助县", "西宁", "银川"), code("互助土族自治县"))
    assert got == {"互助月嫂": {code("西宁"), code("银川")}}


def test_a_list_closed_by_yiji_and_workers_going_back_to_their_workplaces():
    listed = "“琼中厨娘”是省级劳务品牌，从业人员遍布海口、三亚以及儋州。"
    got = dests(listed, ("琼中", "海口", "三亚", "儋州"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚"), code("儋州")}}
    back = "“琼中厨娘”是省级劳务品牌。春节过后，“琼中厨娘”陆续返回海口、三亚。"
    got = dests(back, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚")}}


@pytest.mark.parametrize("sentence", ["在海口、三亚，“琼中厨娘”供不应求。", "在海口、三亚的酒店里，到处都是“琼中厨娘”。",
                                      "如今在海口、三亚等地，“琼中厨娘”已成为餐饮业的主力。"])
def test_a_clause_that_sets_the_scene_in_the_places(sentence):
    text = "“琼中厨娘”是省级劳务品牌。" + sentence
    got = dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚")}}


@pytest.mark.parametrize("sentence", ["在海口、三亚，“琼中厨娘”品牌推介会相继举行。",
                                      "在海口对口帮扶下，“琼中厨娘”实训基地建成。"])
def test_a_scene_for_an_event_or_for_help_is_no_destination(sentence):
    text = "“琼中厨娘”是省级劳务品牌。" + sentence
    assert dests(text, ("琼中", "海口", "三亚"), code("琼中黎族苗族自治县")) == {}


@pytest.mark.parametrize("sentence", ["“琼中厨娘”已成为海口、三亚餐饮业的生力军。",
                                      "“琼中厨娘”是海口、三亚酒店业的一块金字招牌。",
                                      "“琼中厨娘”的务工地以海口、三亚为主。",
                                      "“琼中厨娘”的服务辐射至海口、三亚。",
                                      "“琼中厨娘”的足迹从海口到三亚。",
                                      "“琼中厨娘”在海口、三亚的占七成。",
                                      "“琼中厨娘”在海口、三亚开枝散叶。"])
def test_favourites_main_places_paths_and_shares(sentence):
    text = "琼中县打造“琼中厨娘”劳务品牌。" + sentence
    got = dests(text, ("琼中", "琼中县", "海口", "三亚"), code("琼中黎族苗族自治县"))
    assert got == {"琼中厨娘": {code("海口"), code("三亚")}}


@pytest.mark.parametrize("sentence", ["“琼中厨娘”是海口、三亚两地协作的成果。",
                                      "“琼中厨娘”的培训以海口、三亚为师资来源。"])
def test_the_brand_as_the_fruit_of_places_is_no_destination(sentence):
    text = "琼中县打造“琼中厨娘”劳务品牌。" + sentence
    assert dests(text, ("琼中", "琼中县", "海口", "三亚"), code("琼中黎族苗族自治县")) == {}


# -- the headline ---------------------------------------------------------------------------------------

def _facts_of_file(tmp_path, text):
    from kg.pipeline import process_file
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path, path.name)


def test_a_headline_that_names_the_brand_and_where_it_goes(tmp_path):
    facts = _facts_of_file(tmp_path, "“互助月嫂”走进西宁、银川千家万户\n\n“互助月嫂”是互助土族自治县打造的劳务品牌，今年培训月嫂500人。\n")
    assert {(d.brand, d.destination) for d in facts.brand_destinations} == {
        ("互助月嫂", code("西宁")), ("互助月嫂", code("银川"))}
    assert {d.evidence.text for d in facts.brand_destinations} == {"“互助月嫂”走进西宁、银川千家万户"}


def test_a_headline_about_a_visit_gives_no_destination(tmp_path):
    facts = _facts_of_file(tmp_path, "省人社厅赴西宁调研“互助月嫂”品牌建设\n\n“互助月嫂”是互助土族自治县打造的劳务品牌。\n")
    assert facts.brand_destinations == ()


def test_taking_on_work_in_places_and_a_quoted_hiring_verb():
    taking = "“建平木匠”是省级劳务品牌。目前，“建平木匠”已在沈阳、大连等地承接家装业务。"
    assert dests(taking, ("建平", "沈阳", "大连"), code("建平县")) == {"建平木匠": {code("沈阳"), code("大连")}}
    quoted = "“建平木匠”是省级劳务品牌。结业的“建平木匠”被大连企业“预订”一空。"
    assert dests(quoted, ("建平", "大连"), code("建平县")) == {"建平木匠": {code("大连")}}


@pytest.mark.parametrize("clause", ["县人社局赴沈阳走访用工企业", "“建平木匠”代表赴沈阳出席劳务协作座谈会",
                                    "“建平木匠”品牌亮相沈阳人力资源博览会"])
def test_visits_forums_and_fairs_are_no_destination(clause):
    text = f"建平县打造“建平木匠”劳务品牌。今年，{clause}。"
    assert dests(text, ("建平", "建平县", "沈阳"), code("建平县")) == {}


def test_one_persons_role_makes_the_clause_an_anecdote():
    text = "建平县打造“建平木匠”劳务品牌。“建平木匠”品牌创始人王大海早年在厦门打工，后回乡创业。"
    assert dests(text, ("建平", "建平县", "厦门"), code("建平县")) == {}


def test_a_list_carried_on_into_the_next_clause():
    text = "“通榆保安”是省级劳务品牌，从业人员遍布长春、沈阳，以及大连、哈尔滨等城市。"
    got = dests(text, ("通榆", "长春", "沈阳", "大连", "哈尔滨"), code("通榆县"))
    assert got == {"通榆保安": {code("长春"), code("沈阳"), code("大连"), code("哈尔滨")}}


def test_a_next_clause_opening_with_a_place_of_its_own_does_not_carry_the_cue():
    text = "“通榆保安”是省级劳务品牌，从业人员遍布长春、沈阳，大连客商也来县里考察。"
    got = dests(text, ("通榆", "长春", "沈阳", "大连"), code("通榆县"))
    assert got == {"通榆保安": {code("长春"), code("沈阳")}}


def test_a_reference_to_the_brand_in_a_visit_is_no_destination():
    text = "“通榆保安”是省级劳务品牌。该品牌负责人近日赴大连考察用工市场。"
    assert dests(text, ("通榆", "大连"), code("通榆县")) == {}


def test_a_scene_of_a_visit_to_the_workers_is_no_destination():
    text = "“琼中厨娘”是省级劳务品牌。在海口，县委书记看望慰问了“琼中厨娘”务工人员代表。"
    assert dests(text, ("琼中", "海口"), code("琼中黎族苗族自治县")) == {}

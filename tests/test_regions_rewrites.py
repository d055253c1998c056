"""Region readings that a reporter's other wording must not lose, and their near-misses (sentences written here,
about places of the team's choosing)."""
import pytest

from tests.test_regions import names


# -- a county's short form before 的 and a count of its workers ------------------------------------------------

def test_county_short_before_its_counted_workers():
    assert names("宁陵的月嫂达3000余名，远赴各地。") == ["宁陵县"]
    assert names("鄢陵的花木工人有2万人。") == ["鄢陵县"]
    assert names("泌阳的厨师近5000人在外打拼。") == ["泌阳县"]


def test_county_short_before_a_quoted_brand():
    assert names("近年来，泌阳的“香菇师傅”走出了大山。") == ["泌阳县"]


def test_counted_people_with_no_trade_word_make_no_place():
    assert names("长寿的老人有300名。") == []
    assert names("宁陵的风景很美。") == []


# -- a place name that is a person's given name in this article ------------------------------------------------

def test_given_name_after_a_kinship_word_is_a_person():
    assert names("儿子刘湖南早早起床。刘湖南说：“妈，放心。”") == []
    assert names("村民张四川说，今年要去浙江。") == ["浙江省"]


def test_given_name_called_out_at_a_quote_opening():
    assert names("“湖南，路上小心。”村民张湖南的母亲叮嘱道。张湖南点点头。") == []


def test_place_beside_a_person_word_without_a_surname_stays():
    assert names("他从湖南来，儿子在四川打工。") == ["湖南省", "四川省"]
    assert names("刘师傅从湖南来到广东。") == ["湖南省", "广东省"]
    assert names("“湖南，你好”是一句问候。") == ["湖南省"]


# -- a message board's list of related messages is page furniture, not a mention -------------------------------

def test_related_messages_inline_list_is_cut(tmp_path):
    from tests.test_ingest import _doc
    text = ("关于外出务工培训的回复\n\n您好，墨脱县今年开设厨师培训班。\n\n"
            "相关留言：察隅县 想参加培训｜米林县 补贴如何申领\n")
    assert _doc(tmp_path, text, "m.txt").body == "您好，墨脱县今年开设厨师培训班。"


def test_related_questions_heading_is_cut(tmp_path):
    from tests.test_ingest import _doc
    text = "关于返乡补贴的回复\n\n泸水市今年发放补贴300万元。\n\n相关问题\n\n福贡县 培训何时开班\n"
    assert _doc(tmp_path, text, "q.txt").body == "泸水市今年发放补贴300万元。"


def test_a_sentence_about_related_messages_in_the_body_stays(tmp_path):
    from tests.test_ingest import _doc
    text = ("关于外出务工培训的回复\n\n您好，墨脱县今年开设厨师培训班。\n\n"
            "相关留言我们已转交察隅县人社局办理，请您留意来电，培训报名截止时间为本月底，逾期不再受理，"
            "另有补贴申领事宜也可一并咨询，咨询电话见县政府网站公告栏，感谢您对我县就业工作的关心与支持，"
            "我们将继续做好外出务工人员的技能培训和就业服务工作，欢迎广大群众积极报名参加。\n")
    assert "察隅县" in _doc(tmp_path, text, "s.txt").body


# -- a county's or district's short form framed as where workers go -----------------------------------------------

def test_short_form_after_a_verb_of_settling():
    assert names("岚皋县的月嫂进驻鄞州、余杭等地的家政市场。") == ["岚皋县", "鄞州区", "余杭区"]
    assert names("镇坪县服务队入驻鄞州。") == ["镇坪县", "鄞州区"]
    assert names("岚皋县务工人员落脚慈溪。") == ["岚皋县", "慈溪市"]
    assert names("镇坪县务工人员扎根余杭，从事家政服务。") == ["镇坪县", "余杭区"]


def test_short_form_sent_to():
    assert names("镇坪县向鄞州输送务工人员300人。") == ["镇坪县", "鄞州区"]
    assert names("镇坪县输送300人至鄞州。") == ["镇坪县", "鄞州区"]


def test_short_form_where_an_office_for_workers_is_set_up():
    assert names("岚皋县在鄞州设立劳务工作站。") == ["岚皋县", "鄞州区"]
    assert names("驻鄞州劳务工作站成立。") == ["鄞州区"]


def test_short_form_with_its_parent_in_brackets():
    assert names("岚皋（安康）劳务工作站揭牌。") == ["岚皋县"]
    assert names("岚皋（一期）工程。") == []


def test_short_form_before_its_workers():
    assert names("岚皋务工人员遍布慈溪、余姚。") == ["岚皋县", "慈溪市", "余姚市"]


def test_parts_of_the_country_and_directions_stay_no_place():
    assert names("他扎根江南多年。") == []
    assert names("向东输送电力。") == []
    assert names("很多人在城东设立摊位。") == []


# -- a station named after its place with a direction letter --------------------------------------------------------

def test_a_stations_direction_letter_makes_no_other_place():
    assert names("从安康站出发的专列抵达昆山南站。") == ["安康市", "昆山市"]
    assert names("务工人员在西安北站集合。") == ["西安市"]


def test_a_place_ending_in_a_direction_before_a_station_stays():
    assert names("列车开往山南站。") == ["山南市"]


# -- more frames of a county's or district's short form ---------------------------------------------------------------

def test_short_forms_in_a_list_closed_by_their_kind():
    assert names("岚皋、镇坪两县组织务工人员出发。") == ["岚皋县", "镇坪县"]
    assert names("镇坪和岚皋两县联合举办招聘会。") == ["镇坪县", "岚皋县"]
    assert names("宁陕等县的务工人员出发。") == ["宁陕县"]
    assert names("海曙、鄞州两区的企业招工。") == ["海曙区", "鄞州区"]


def test_short_form_after_laizi_or_a_sending_verb():
    assert names("来自岚皋的务工人员今天出发。") == ["岚皋县"]
    assert names("800名务工人员输转鄞州。") == ["鄞州区"]


def test_short_form_before_a_workplace_or_in_a_list_with_he():
    assert names("务工人员乘车前往北仑的工厂。") == ["北仑区"]
    assert names("他们分别在鄞州和余杭就业。") == ["鄞州区", "余杭区"]


def test_a_word_across_the_names_end_yields_to_a_work_frame():
    assert names("签约务工人员将赴萧山上岗。") == ["萧山区"]


def test_common_phrases_in_the_same_frames_stay_no_place():
    assert names("他们来自江南。") == []
    assert names("江北、城东两区。") == []
    assert names("来自五湖四海的务工人员。") == []
    assert names("他在山上干活。") == []


def test_the_whole_prefecture_is_no_county_named_so():
    assert names("技能大赛在西宁举办，来自全州六个县市的八十名选手参赛。") == ["西宁市"]


def test_short_form_after_a_verb_of_arriving_or_heading_a_list_after_xiang():
    assert names("务工人员已抵达萧山。") == ["萧山区"]
    assert names("务工人员到达鄞州后立即上岗。") == ["鄞州区"]
    assert names("岚皋县今年向鄞州、北仑等地输送劳动力500人。") == ["岚皋县", "鄞州区", "北仑区"]
    assert names("在北仑，岚皋籍务工人员已有3000人。") == ["北仑区", "岚皋县"]


def test_directions_after_the_same_verbs_stay_no_place():
    assert names("队伍向东、向西分头出发。") == []
    assert names("车辆抵达城东后返回。") == []


def test_a_governed_name_heading_a_list_is_no_word_with_its_preposition():
    assert names("岚皋县今年向海曙、北仑等地输送劳动力500人。") == ["岚皋县", "海曙区", "北仑区"]
    assert names("他向海边走去。") == []


@pytest.mark.parametrize("text, county", [
    # a county's short form counted by its workers, the verb with the adverb a later item of a list takes
    ("河南省劳务品牌多。周口的厨师2万人，宁陵的电焊工则有1.2万人。", "宁陵县"),
    ("贵州省劳务品牌多。遵义的厨师2万人；德江的拉面师傅也有3000多人。", "德江县"),
    ("安徽省劳务品牌多。阜阳的月嫂近万人，太和的理发师就有2万余人。", "太和县"),
])
def test_a_county_counted_by_its_workers_after_an_adverb(text, county):
    assert county in names(text)


@pytest.mark.parametrize("text", [
    "安徽省人口多。太和的老人则有300名。",      # people who are no workers
    "贵州省劳务品牌多。遵义的厨师2万人；德江的师傅们很忙。",  # no count
])
def test_a_word_that_counts_no_workers_licenses_no_county(text):
    assert "太和县" not in names(text) and "德江县" not in names(text)


@pytest.mark.parametrize("text, city", [
    # a county said to belong to its prefecture, named by the prefecture's short form that is also a word
    ("辉南县隶属通化，是劳务输出大县。", "通化市"),
    ("襄垣县隶属于长治，外出务工人员多。", "长治市"),
    ("紫云县隶属安顺，今年输出劳动力10万人。", "安顺市"),
])
def test_a_prefecture_a_county_belongs_to(text, city):
    assert city in names(text)


@pytest.mark.parametrize("text", [
    "这种隶属关系理顺了，长治久安才有保障。",  # 隶属 as a noun, the word after it no place
    "他的做法属于来宾的惯例。",              # 属于 alone says what kind of thing, not where
])
def test_belonging_as_a_word_licenses_no_place(text):
    assert names(text) == []

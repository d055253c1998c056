"""Programs on sentences written for other provinces and wordings, and the strategies and slogans that are not."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.programs import find_programs
from tests.test_brands import make_article


def programs_of(text: str) -> list[str]:
    article, _ = make_article(text)
    return [p.name for p in find_programs(article)]


def test_policy_document_titles():
    text = "湖南省先后出台《湖南省职业技能提升行动实施方案》《湘西州劳务品牌建设管理办法》等文件，订阅《湘西日报》。"
    assert programs_of(text) == ["湖南省职业技能提升行动实施方案", "湘西州劳务品牌建设管理办法"]


def test_quoted_name_with_its_own_head():
    assert programs_of("四川深入实施“川字号”劳务品牌提升行动和“技能四川行动”。") == ["技能四川行动"]
    assert programs_of("贵州启动“黔灵女家政培训计划”。") == ["黔灵女家政培训计划"]


def test_quoted_name_before_series_of_activities_keeps_the_quoted_part():
    assert programs_of("恩施州开展“技能照亮前程、就业温暖人心”系列活动。") == ["技能照亮前程、就业温暖人心"]
    assert programs_of("举办“桂在行动·就业有位”企业专场招聘活动。") == ["桂在行动·就业有位"]


def test_year_is_not_part_of_the_name_and_plus_is_dropped():
    article, _ = make_article("凉山州2023年“春风行动”圆满结束，依托“雨露计划+”帮扶毕业生。")
    found = find_programs(article)
    assert [p.name for p in found] == ["春风行动", "雨露计划"]
    assert found[1].alt_labels == ("雨露计划+",)


def test_named_edition_lists_its_programs():
    text = "2月10日举行了2023年“春风行动”暨闽宁劳务协作“送岗进村万人行”劳务输转发车仪式。"
    assert programs_of(text) == ["春风行动", "闽宁劳务协作", "送岗进村万人行"]


def test_list_ending_in_special_activities():
    text = "积极组织开展“春风行动”、“民营企业招聘月”、“直播带岗”、技能“护航”助企行等专项活动。"
    assert programs_of(text) == ["春风行动", "民营企业招聘月", "直播带岗", "技能护航助企行"]


def test_edition_ordinal_is_stripped():
    assert programs_of("在第二届全国技能大赛上，湘西选手获得金牌。") == ["全国技能大赛"]
    # a numbered job fair without a proper name is not a program
    assert programs_of("2024年“春风行动”暨成渝第三届线下招聘会在县城举行。") == ["春风行动"]


def test_period_label_joined_to_the_plan():
    assert programs_of("全力抓好“十四五”人力资源和社会保障发展规划的落实。") == ["十四五人力资源和社会保障发展规划"]


def test_province_pairing_and_east_west_cooperation():
    assert programs_of("通过闽宁协作，西海固劳动力来到福建；沪滇合作成效显著；东西部劳务协作持续深化。") == [
        "闽宁协作", "沪滇合作", "东西部劳务协作"]


def test_named_class_and_unquoted_activity():
    assert programs_of("首届“凉山班”学生在宁波入学。") == ["凉山班"]
    assert programs_of("扎实开展全省人社系统窗口单位练兵比武活动。") == ["全省人社系统窗口单位练兵比武活动"]


def test_national_programme_named_without_quotes():
    assert programs_of("扩大以工代训范围，落实就业援助月各项措施。") == ["以工代训", "就业援助月"]


# -- not programs ------------------------------------------------------------------------------------

def test_strategies_policies_and_reforms_are_not_programs():
    text = ("深入实施就业优先战略和积极就业政策，助推乡村振兴，巩固脱贫攻坚成果，进一步深化“放管服”改革，"
            "把“稳就业、保就业”作为民生工程，推动成渝地区双城经济圈建设。")
    assert programs_of(text) == []


def test_slogans_models_and_methods_are_not_programs():
    text = ("采取“公司+基地+农户”模式，实行“一人一档”，为毕业生定制“一人一策”帮扶方案，坚持“以人民为中心”的理念，"
            "通过“走出去”“请进来”等形式，实现“出家门上车门、下车门进厂门”，持续开展“订单式”“定向式”培训。")
    assert programs_of(text) == []


def test_generic_activities_are_not_programs():
    text = "组织开展线下招聘活动22场，举办各类关爱农民工文艺活动6场次，开展五项行动，开展专场宣传活动。"
    assert programs_of(text) == []


def test_a_brand_list_is_not_a_program_list():
    assert programs_of("打造了“黔东南绣娘”“从江瑶浴师”等劳务品牌。") == []


def test_award_category_and_platform_are_not_programs():
    assert programs_of("荣获“就业带动类劳务品牌”，搭建“两个就业服务”平台。") == []


@settings(max_examples=60, deadline=2000)
@given(st.text(alphabet="“”《》、等活动行动计划暨第届年2春风开展，。+", max_size=400))
def test_untrusted_text_never_hangs_or_crashes(text):
    programs_of(text)


def test_adjacent_quoted_items_in_a_list_and_generic_brand_project():
    assert programs_of("开展“就业援助月”“民营企业招聘月”等专项活动。") == ["就业援助月", "民营企业招聘月"]
    assert programs_of("湘西州大力实施劳务品牌建设工程。") == []


# -- heads after the quotes, bracketed year spans, slogans with 建设, editions and classes --------------

def test_head_written_after_the_quotes_joins_the_name():
    assert programs_of("遵义市借鉴山东“鲁菜师傅”工程经验，开展厨师培训。") == ["鲁菜师傅工程"]
    assert programs_of("深入实施“技能贵州”行动，培训2万人次。") == ["技能贵州行动"]


def test_an_engineer_after_the_quotes_is_no_head():
    assert programs_of("“遵义保安”工程师团队来到现场。") == []


def test_document_title_with_a_year_span_in_brackets():
    found = find_programs(make_article("印发《遵义市劳务品牌培育三年行动方案（2023—2025年）》。")[0])
    assert [(p.name, p.alt_labels) for p in found] == [
        ("遵义市劳务品牌培育三年行动方案", ("遵义市劳务品牌培育三年行动方案（2023—2025年）",))]
    assert programs_of("出台《黔西市就业补贴办法(试行)》。") == ["黔西市就业补贴办法"]


def test_two_part_slogan_with_jianshe_is_a_campaign():
    assert programs_of("深入推进“技能强省、人才兴省”建设，新增技能人才1万人。") == ["技能强省、人才兴省"]
    # without 建设 a two-part slogan stays a slogan
    assert programs_of("坚持“技能强省、人才兴省”，新增技能人才1万人。") == []


def test_edition_with_a_quoted_part_in_the_name():
    assert programs_of("今年将举办第四届“黔灵杯”焊工技能大赛。") == ["黔灵杯焊工技能大赛"]
    assert programs_of("组织开展了首届“遵义保安”职业技能竞赛。") == ["遵义保安职业技能竞赛"]


def test_a_class_named_by_its_trade_is_not_a_program():
    assert programs_of("与苏州企业合作开设“电工订单班”和“育婴员培训班”。") == []
    assert programs_of("开设“毕节班”，招收学生60名。") == ["毕节班"]


# -- round 2b -------------------------------------------------------------------------------------

def test_quoted_list_counted_by_a_program_head_gives_every_item():
    names = programs_of("近年来，全省深入实施“湘菜师傅”“湖南技工”“湘家政”三项工程，成效明显。")
    assert names == ["湘菜师傅", "湖南技工", "湘家政"]


def test_a_brand_linked_by_ji_to_a_ceremony_is_not_an_edition():
    names = programs_of("3月1日，金寨县2024年“春风行动”暨“大别山护工”劳务输转启动仪式举行。")
    assert "大别山护工" not in names and "春风行动" in names


def test_list_items_start_after_the_verb_and_adverb():
    names = programs_of("明年将重点围绕春风行动、民营企业招聘月等专项活动，把岗位送到农民手中。")
    assert "春风行动" in names and not any(n.startswith("重点") or n.startswith("围绕") for n in names)


def test_named_skill_contests():
    assert "天水厨师技能大赛" in programs_of("4月，第二届「天水厨师」技能大赛在兰州举办。")
    assert "湘菜师傅技能大赛" in programs_of("9月，全省“湘菜师傅”技能大赛在长沙举行。")


def test_a_quote_inside_a_document_title_is_part_of_the_title():
    names = programs_of("湖南省印发《湖南省“人人持证、技能湖南”建设实施方案》。")
    assert "人人持证、技能湖南" not in names


def test_a_pairing_that_names_a_meeting_is_not_a_program():
    assert "沪滇劳务协作" not in programs_of("11月，沪滇劳务协作对接会在昆明召开。")


def test_aspect_marker_after_the_verb_is_not_part_of_the_name():
    assert programs_of("市人社局开展了线下专场招聘活动。") == []


def test_quoted_name_before_a_long_descriptor_of_the_activity():
    text = "市人社局联合铁路部门举办“赣鄱同行”春节后农民工返岗专车接送活动。"
    assert programs_of(text) == ["赣鄱同行"]


def test_framework_agreement_title_is_a_document():
    assert programs_of("双方签订《萍乡—宁乡劳务协作框架协议》。") == ["萍乡—宁乡劳务协作框架协议"]


def test_a_conference_or_forum_is_no_program():
    # an edition of a conference is a meeting (GUIDE: campaigns, programs, activities), however it is named
    for text in ("在第二届全国劳务协作发展大会上，南充市作交流发言。",
                 "首届西南劳务品牌高峰论坛在遵义举行。",
                 "第三届长三角人力资源服务峰会期间，六安市签约12家企业。"):
        assert programs_of(text) == [], text


def test_an_edition_of_a_campaign_is_still_a_program():
    assert programs_of("第五届全国就业创业交流活动期间，宿迁市发布岗位3000个。") == ["全国就业创业交流活动"]

"""Brand destinations: the clause, the sentence and the passage that tie a brand's workers to a place."""
from __future__ import annotations

from kg.extract.brand_links import link_brand_destinations
from kg.extract.brands import find_brands
from kg.extract.flows import find_flows
from kg.gazetteer import Gazetteer
from tests.test_brands import make_article


def code(name):
    return Gazetteer.load().lookup(name)[0].code


def links_of(text, places, subject):
    article, regions = make_article(text, places, subject)
    brands = find_brands(article, regions)
    flows = find_flows(article, regions)
    return [(d.brand, d.destination) for d in link_brand_destinations(article, regions, brands, flows)]


def test_brand_in_an_earlier_clause_that_is_not_the_first():
    text = "“湄潭茶艺师”入选省级劳务品牌。目前，“湄潭茶艺师”品牌从业人员已达1800多人，主要在杭州、宁波的茶企就业。"
    assert links_of(text, ("湄潭", "杭州", "宁波"), code("湄潭县")) == [
        ("湄潭茶艺师", code("杭州")), ("湄潭茶艺师", code("宁波"))]


def test_flow_from_a_county_within_the_brand_origin():
    text = ("黔东南州把“苗家绣娘”劳务品牌作为增收的抓手。"
            "目前，雷山县已有800余名“苗家绣娘”在广东东莞和浙江义乌等地从事服装加工。")
    assert links_of(text, ("黔东南州", "雷山县", "广东", "东莞", "浙江", "义乌"), code("黔东南州")) == [
        ("苗家绣娘", code("东莞")), ("苗家绣娘", code("义乌"))]


def test_flow_from_another_origin_is_not_the_brands():
    text = "“遵义厨师”劳务品牌享誉全省。毕节市组织800名厨师赴广东广州务工。"
    assert links_of(text, ("遵义", "毕节市", "广东", "广州"), code("遵义")) == []


def test_relying_on_a_brand_to_place_workers_is_a_tie():
    text = "铜仁市依托“梵净家政”劳务品牌，常年组织家政服务人员在上海、南京等大城市从事育婴工作。"
    assert links_of(text, ("铜仁市", "上海", "南京"), code("铜仁市")) == [
        ("梵净家政", "310000"), ("梵净家政", code("南京"))]


def test_the_effect_of_a_brand_is_still_no_tie():
    text = "发挥“梵净家政”劳务品牌带动效应，组织300名务工人员赴上海务工。"
    assert links_of(text, ("上海",), code("铜仁市")) == []


def test_a_later_sentence_referring_back_to_the_brand():
    text = "“黔西焊工”入选省级劳务品牌，培训焊工1.2万人次。目前，该品牌从业人员主要分布在江苏苏州、无锡。"
    assert links_of(text, ("黔西", "江苏", "苏州", "无锡"), code("黔西")) == [
        ("黔西焊工", code("苏州")), ("黔西焊工", code("无锡"))]


def test_reference_reaches_only_into_the_paragraph_it_opens():
    # round 4: a paragraph that opens by referring back (该品牌, 他们, 这些X) goes on about the brand;
    # one with another paragraph in between, or one that does not open so, does not
    opening = "“黔西焊工”入选省级劳务品牌。\n目前，该品牌从业人员主要分布在江苏苏州、无锡。"
    assert links_of(opening, ("黔西", "江苏", "苏州", "无锡"), code("黔西")) == [
        ("黔西焊工", code("苏州")), ("黔西焊工", code("无锡"))]
    between = "“黔西焊工”入选省级劳务品牌。\n全县新建厂房3处。\n目前，该品牌从业人员主要分布在江苏苏州、无锡。"
    assert links_of(between, ("黔西", "江苏", "苏州", "无锡"), code("黔西")) == []
    later = "“黔西焊工”入选省级劳务品牌。\n全县务工人员主要分布在江苏苏州、无锡。"
    assert links_of(later, ("黔西", "江苏", "苏州", "无锡"), code("黔西")) == []


def test_brand_word_inside_a_place_name_does_not_name_the_brand():
    text = "持续打造“恩施”劳务品牌。2023年，恩施州共有4万名劳动力在浙江稳定就业。"
    assert links_of(text, ("恩施州", "浙江"), code("恩施州")) == []


def test_brand_word_inside_another_brands_name():
    text = "打造“苗岭建工”“苗岭”等劳务品牌。“苗岭建工”品牌务工人员主要分布在广东广州。"
    assert links_of(text, ("广东", "广州"), code("铜仁市")) == [("苗岭建工", code("广州"))]


# -- round 2b -------------------------------------------------------------------------------------

def test_trainees_of_a_brand_going_to_work_are_its_workers():
    text = "劳务品牌“安溪茶娘”入选市级劳务品牌，全年带动茶农就业一千余人，部分学员到杭州、宁波的茶企从事茶艺服务。"
    assert links_of(text, ("安溪", "杭州", "宁波"), code("安溪县")) == [
        ("安溪茶娘", code("杭州")), ("安溪茶娘", code("宁波"))]


def test_the_trade_word_that_ends_the_name_names_its_workers():
    text = ("“大别山护工”是岳西县着力打造的劳务品牌。"
            "全县累计培训护工学员五千余人，其中三千余人实现就业，在上海、合肥等城市稳定从业。")
    assert links_of(text, ("岳西县", "上海", "合肥"), code("岳西县")) == [
        ("大别山护工", code("上海")), ("大别山护工", code("合肥"))]


def test_one_named_worker_of_the_trade_is_not_a_destination():
    text = ("“大别山护工”是岳西县着力打造的劳务品牌。"
            "来自岳西县的护工王红梅2019年经培训后到南京市鼓楼区一家养老院工作。")
    assert links_of(text, ("岳西县", "南京市", "鼓楼区"), code("岳西县")) == []


def test_pinpai_opening_a_clause_refers_to_the_passage_brand():
    text = "会宁县着力打造“会宁巧媳妇”劳务品牌。目前，品牌已带动900余名农村妇女实现就业，其中300多人在江苏苏州、无锡的电子企业务工。"
    assert links_of(text, ("会宁县", "会宁", "江苏", "苏州", "无锡"), code("会宁县")) == [
        ("会宁巧媳妇", code("苏州")), ("会宁巧媳妇", code("无锡"))]


def test_pinpai_building_talk_is_no_back_reference():
    text = "会宁县着力打造“会宁巧媳妇”劳务品牌。同时，品牌建设带动了更多妇女到江苏苏州务工。"
    assert links_of(text, ("会宁县", "会宁", "江苏", "苏州"), code("会宁县")) == []


def test_sentences_with_words_match_a_search_of_each_sentence():
    """The one search of all sentences joined finds what a search of each sentence would, and nothing across
    two sentences."""
    from kg.extract.brand_links import _sentences_with_words
    from kg.model import Sentence

    texts = ["紫阳修脚师赴上海。", "修脚", "脚师傅", "", "湘西织女和紫阳修脚", "女湘西"]
    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(pos, pos + len(t), i, t))
        pos += len(t) + 1
    word_sets = [("紫阳修脚", "修脚师"), ("湘西织女",), ("脚师",), ("。修",), ("\x00",)]
    expected = [[j for j, ws in enumerate(word_sets) if any(w in t for w in ws)] for t in texts]
    assert _sentences_with_words(sentences, word_sets) == expected
    assert expected[0] == [0, 2] and expected[4] == [0, 1]


# -- cue words around a list of places in the passage about a brand ----------------------------------

ANCHOR = "万载县着力打造“万载花炮师”劳务品牌。\n"
WANZAI = ("万载县", "万载", "芜湖", "铜陵", "湖州", "安徽", "湖北", "仙桃")


def test_reach_verb_before_a_list():
    text = ANCHOR + "目前，“万载花炮师”从业人员1.2万人，遍布芜湖、铜陵等地。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_trade_word_with_a_plural_and_a_relative_clause_before_the_list():
    text = "“安福木匠”是安福县打造的劳务品牌。木匠们主要在芜湖、湖州等地的家具企业务工。"
    assert links_of(text, ("安福县", "安福", "芜湖", "湖州"), code("安福县")) == [
        ("安福木匠", code("芜湖")), ("安福木匠", code("湖州"))]


def test_a_passage_sentence_sending_workers_to_a_place():
    text = "“万载花炮师”是万载县培育的省级劳务品牌。目前，万载县每年向湖北仙桃输出花炮技工2000余人。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("仙桃"))]


def test_employers_from_places_take_the_brands_workers():
    text = ANCHOR + "万载县举办“万载花炮师”专场招聘，来自芜湖、铜陵的50家用工单位提供岗位3000个。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_places_opening_a_clause_with_dengdi_and_the_brands_presence():
    text = ANCHOR + "芜湖、铜陵等地的烟花企业里处处可见“万载花炮师”的身影。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_a_province_written_with_its_city_is_no_destination_of_its_own():
    text = ANCHOR + "目前，3000余名“万载花炮师”在安徽芜湖、安徽铜陵务工。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_service_station_where_the_workers_are():
    text = "“安福木匠”劳务品牌持续叫响。安福县在木匠比较多的芜湖、湖州等地设立服务站。"
    assert links_of(text, ("安福县", "安福", "芜湖", "湖州"), code("安福县")) == [
        ("安福木匠", code("芜湖")), ("安福木匠", code("湖州"))]


def test_visits_companies_and_anecdotes_are_not_destinations():
    assert links_of("“万载花炮师”从业人员多，县领导赴芜湖考察花炮企业。", WANZAI, code("万载县")) == []
    assert links_of("500余名“万载花炮师”进入芜湖华达烟花有限公司。", WANZAI, code("万载县")) == []
    assert links_of("“万载花炮师”是劳务品牌。万载花炮师李明只身到芜湖开店。", WANZAI, code("万载县")) == []


def test_another_county_opening_a_passage_sentence_is_not_the_brands():
    text = "“万载花炮师”从业人员多。同时，仙桃市在芜湖设立工作站，服务在芜湖务工的群众。"
    assert links_of(text, WANZAI, code("万载县")) == []


def test_a_trade_word_inside_a_longer_word_does_not_name_the_brand():
    text = "“宜丰茶工”入选劳务品牌。“万载花炮师”1200余人在芜湖从事评茶工作。"
    assert ("宜丰茶工", code("芜湖")) not in links_of(text, WANZAI + ("宜丰",), code("万载县"))


def test_the_brands_workers_named_in_a_later_clause_of_the_sentence():
    text = ANCHOR + "在安徽芜湖的一家烟花企业里，来自万载县的300余名花炮师正在忙碌。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖"))]


def test_workers_coming_from_places_are_no_employers_there():
    text = "万载县打造了万载花炮、万载夏布等劳务品牌。在万载县夏布产业园，来自湖北、安徽的300多名务工人员在园区企业就业。"
    assert links_of(text, WANZAI, code("万载县")) == []


def test_a_place_where_a_brand_is_welcome():
    text = ANCHOR + "其中，“万载花炮师”主要输出烟花技工，在芜湖及安徽铜陵等地的烟花厂颇受欢迎。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_one_named_worker_in_a_company_is_an_anecdote():
    text = ANCHOR + "在芜湖的一家烟花企业里，来自万载县的李华已经干了6年花炮师。"
    assert links_of(text, WANZAI, code("万载县")) == []


def test_a_clause_opening_with_she_tells_one_persons_story():
    text = ANCHOR + "2019年，她参加了花炮师培训，随后被推荐到芜湖工作。"
    assert links_of(text, WANZAI, code("万载县")) == []


def test_the_trade_word_as_the_bare_subject_of_a_clause_names_the_group():
    text = ANCHOR + "在老艺人带领下，花炮师把手艺带到了芜湖、铜陵等地。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_short_forms_and_pairs_after_a_reach_verb():
    text = ANCHOR + "目前，“万载花炮师”从业人员1.2万人，就业辐射京津、芜湖等省市。"
    assert links_of(text, WANZAI, code("万载县")) == [
        ("万载花炮师", "110000"), ("万载花炮师", "120000"), ("万载花炮师", code("芜湖"))]


def test_short_forms_after_serving_and_sending():
    text = "“宜丰竹匠”劳务品牌近年来服务于沪、粤的家装市场，县里每年向闽、疆输送竹匠3000余人。"
    assert links_of(text, ("宜丰",), code("宜丰县")) == [
        ("宜丰竹匠", "310000"), ("宜丰竹匠", "440000"), ("宜丰竹匠", "350000"), ("宜丰竹匠", "650000")]


def test_a_character_that_is_no_short_form_is_not_read_as_one():
    text = "“宜丰竹匠”劳务品牌近年来服务于城乡的家装市场。"
    assert links_of(text, ("宜丰",), code("宜丰县")) == []


def test_one_worker_of_the_brand_named_in_full_is_an_anecdote():
    text = "“安福木匠”劳务品牌带动5000余人就业。\n据了解，一名安福木匠在衢州打拼多年，如今已是企业主管。"
    assert links_of(text, ("安福", "衢州"), code("安福县")) == []


def test_many_years_is_no_group():
    from kg.extract.brand_dest_cues import _Naming, _names_in
    from kg.model import Brand, Evidence

    brand = Brand("安福木匠", Evidence("", 0, 0))
    naming = _Naming(brand, ("安福木匠", "木匠"), ("安福木匠",))
    assert not _names_in("来自外地的木匠在衢州打拼多年", naming)
    assert _names_in("来自外地的300多名木匠在衢州打拼", naming)


def test_a_passage_sentence_about_the_whole_countys_workforce_is_not_the_brands():
    text = ANCHOR + "“万载花炮师”入选省级劳务品牌。今年以来，全县累计输出劳动力12万人，主要流向芜湖、铜陵等地。"
    assert links_of(text, WANZAI, code("万载县")) == []


def test_flowing_to_places_is_a_reach_verb():
    text = ANCHOR + "“万载花炮师”从业人员3000余人，主要流向芜湖、铜陵等地。"
    assert links_of(text, WANZAI, code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_the_countys_workforce_in_another_clause_of_the_brands_sentence():
    text = "“安福木匠”入选省级劳务品牌名录，全县今年向安徽芜湖输出劳动力2万人。"
    assert links_of(text, ("安福", "安徽", "芜湖"), code("安福县")) == []


def test_serving_places_names_them():
    text = ANCHOR + "目前，“万载花炮师”服务芜湖、铜陵等地的烟花企业。"
    assert links_of(text, WANZAI + ("铜陵",), code("万载县")) == [("万载花炮师", code("芜湖")), ("万载花炮师", code("铜陵"))]


def test_the_partner_of_a_labour_agreement_receives_the_brands_workers_sent_next():
    text = "“宜丰竹匠”是宜丰县打造的劳务品牌。宜丰县与安徽芜湖签订劳务协作协议，定向输送“宜丰竹匠”300余人。"
    assert links_of(text, ("宜丰县", "宜丰", "安徽", "芜湖"), code("宜丰县")) == [("宜丰竹匠", code("芜湖"))]


def test_an_agreement_without_workers_sent_is_no_destination():
    text = "“宜丰竹匠”劳务品牌持续叫响，宜丰县与安徽芜湖签订战略合作协议。"
    assert links_of(text, ("宜丰县", "宜丰", "安徽", "芜湖"), code("宜丰县")) == []


def test_a_subset_counted_after_qixing_does_not_make_the_sentence_about_a_whole_workforce():
    # 其中 opens a count of part of the brand's own trainees (其中脱贫人口N人): the sentence is still about them
    cases = [
        ("“南充焊工”劳务品牌已累计培训20期共5000人。实现就业4200人，其中脱贫劳动力1300人，就业辐射上海、苏州、宁波等地。",
         ("南充", "上海", "苏州", "宁波"), "南充", ["上海", "苏州", "宁波"]),
        ("“六安保姆”品牌越叫越响。今年培训3000人次，其中贫困群众800人次，学员主要在南京、合肥务工。",
         ("六安", "南京", "合肥"), "六安", ["南京", "合肥"]),
        ("“铜仁绣娘”劳务品牌越来越响。去年新增就业5000人，其中脱贫群众1200人，大多在杭州、温州的服装企业就业。",
         ("铜仁", "杭州", "温州"), "铜仁", ["杭州", "温州"]),
    ]
    for text, places, home, expected in cases:
        brand = text[1:text.index("”")]
        assert links_of(text, places, code(home)) == [(brand, code(p)) for p in expected], text


def test_a_whole_workforce_sentence_after_a_brand_still_gives_no_destination():
    text = "“南充焊工”劳务品牌已累计培训20期共5000人。全市输出劳动力30万人，主要流向上海、苏州。"
    assert links_of(text, ("南充", "上海", "苏州"), code("南充")) == []


P_NANBU = ("南部", "上海", "苏州", "宁波", "杭州", "成都", "重庆", "无锡")


def test_footprints_extending_to_places_and_a_roaming_verb():
    for text, expected in (
            ("“南部焊工”劳务品牌持续叫响，南部焊工的足迹已延伸至上海、宁波。", ["上海", "宁波"]),
            ("“南部焊工”劳务品牌越擦越亮。多年来，南部焊工闯荡成都、重庆，练就一身好手艺。", ["成都", "重庆"]),
            ("“南部焊工”劳务品牌持续叫响，服务范围延伸到杭州、无锡。", ["杭州", "无锡"])):
        assert [d for _, d in links_of(text, P_NANBU, code("南部"))] == [code(p) for p in expected], text


def test_places_whose_workplaces_show_the_brands_workers():
    for text, expected in (
            ("“南部焊工”劳务品牌持续叫响。上海、苏州的造船企业里，随处可见南部焊工的身影。", ["上海", "苏州"]),
            ("“南部焊工”劳务品牌持续叫响。在成都、重庆的建筑工地上，处处活跃着南部焊工的身影。", ["成都", "重庆"]),
            ("“南部焊工”劳务品牌持续叫响，宁波、无锡的不少工厂中都能见到南部焊工忙碌的身影。", ["宁波", "无锡"])):
        assert [d for _, d in links_of(text, P_NANBU, code("南部"))] == [code(p) for p in expected], text
    # a place's companies visiting, not the workers there
    text = "“南部焊工”劳务品牌持续叫响。上海、苏州的企业代表来南部考察南部焊工培训基地。"
    assert links_of(text, P_NANBU, code("南部")) == []


def test_welcomed_by_employers_of_places():
    for text, expected in (
            ("“南部焊工”劳务品牌持续叫响，深受上海、苏州等地企业欢迎。", ["上海", "苏州"]),
            ("“南部焊工”劳务品牌技术过硬，深受杭州、宁波用工单位的青睐。", ["杭州", "宁波"]),
            ("“南部焊工”劳务品牌口碑好，深受成都、重庆等地建筑企业好评。", ["成都", "重庆"])):
        assert [d for _, d in links_of(text, P_NANBU, code("南部"))] == [code(p) for p in expected], text
    text = "“南部焊工”劳务品牌持续叫响，深受上海、苏州等地消费者喜爱的南部豆干也卖得火。"
    assert links_of(text, P_NANBU, code("南部")) == []

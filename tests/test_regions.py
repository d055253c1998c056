"""Tests of region mention finding, resolution and subjects, on sentences about many provinces."""
import pytest

from kg.extract.regions import find_regions, place_in_name, resolve_place
from kg.gazetteer import Gazetteer
from kg.model import Article, Document, Span

G = Gazetteer.load()


def article(text: str, title: str | None = None, unreliable=()) -> Article:
    spans, pos = [], 0
    for para in text.split("\n"):
        spans.append(Span(pos, pos + len(para)))
        pos += len(para) + 1
    return Article(Document("test.txt", text, title=title), title, text, tuple(spans), (), tuple(unreliable))


def names(text: str, **kw) -> list[str]:
    seen: list[str] = []
    for m in find_regions(article(text, **kw)).mentions:
        name = G.get(m.code).name
        if name not in seen:
            seen.append(name)
    return seen


# -- full and short names ---------------------------------------------------------------------------

def test_full_names_and_province_city_short_forms():
    assert names("湖南省怀化市会同县组织劳务输出。") == ["湖南省", "怀化市", "会同县"]
    assert names("来自广西、内蒙古、新疆的务工人员到杭州、宁波就业。") == [
        "广西壮族自治区", "内蒙古自治区", "新疆维吾尔自治区", "杭州市", "宁波市"]
    assert names("黔东南州和恩施州加强协作。") == ["黔东南苗族侗族自治州", "恩施土家族苗族自治州"]


def test_municipality_district():
    mentions = find_regions(article("与北京海淀区、重庆渝中区签订协议。")).mentions
    assert [G.get(m.code).name for m in mentions] == ["北京市", "海淀区", "重庆市", "渝中区"]
    assert G.get(mentions[1].code).parent == "110000"


def test_former_name_maps_to_current_unit():
    assert names("湖北省襄樊市今年输转劳动力。") == ["湖北省", "襄阳市"]


# -- one-character abbreviations ----------------------------------------------------------------------

def test_abbreviations_in_their_patterns():
    assert names("3000名劳动力赴浙就业，在浙务工人员稳定。") == ["浙江省"]
    assert names("鼓励脱贫劳动力来甬转移就业。") == ["宁波市"]
    assert names("组织返黔人员，入川发展，赴沪务工。") == ["四川省", "上海市"]  # 返黔人员: no work word
    m = find_regions(article("吸纳中西部劳动力在苏就业。")).mentions
    assert [(x.surface, x.code) for x in m] == [("苏", "320000")]


def test_abbreviation_before_any_verb_of_working_or_living():
    assert names("目前在沪从事家政服务的人员超过8000人。") == ["上海市"]
    assert names("在粤经商的老乡，在京打拼的青年，来蓉求学的学生。") == ["广东省", "北京市", "成都市"]


def test_name_after_a_governing_preposition_is_kept():
    # 至上, 向东, 进深, 在内 are dictionary words, but here the preposition governs the place.
    assert names("输转至上海的务工人员达3000人。") == ["上海市"]
    assert names("组织劳动力向东莞输送，外出进深圳务工。") == ["东莞市", "深圳市"]
    assert names("输送至上饶的劳动力，在内蒙古务工的人员。") == ["上饶市", "内蒙古自治区"]


def test_name_inside_a_word_the_preposition_forms_stays_out():
    # The best segmentation keeps the word (来自/贡献, 经济/南下, 经常/州): no place.
    assert names("这些成绩来自贡献，经济南下，经常州际往来。") == []


def test_abbreviation_characters_elsewhere_are_no_places():
    assert names("他从昏迷中苏醒，川流不息，苏陕合作，京津冀协同。") == []
    assert names("在新就业形态下开展云就业，货物到港。") == []


# -- false friends -------------------------------------------------------------------------------------

def test_county_short_forms_that_are_words_stay_out():
    text = "加强劳务合作，整合资源，推进乡村振兴，富民惠民，安居乐业，心态平和，城镇安置，会同有关部门，西乡镇。"
    assert names(text) == []


def test_city_short_forms_inside_words_stay_out():
    text = "各位来宾，长治久安，孙中山先生，普洱茶，大理石，玉树临风，哈密瓜，平安顺利。"
    assert names(text) == []


def test_city_short_form_that_is_a_word_needs_the_full_name():
    assert names("祝您身体安康。") == []
    assert names("安康市紫阳县的修脚师遍布全国。在安康，就业服务到家门口。") == ["安康市", "紫阳县"]


def test_event_named_after_its_host_is_no_mention():
    assert names("杭州亚运会期间，志愿者来自各地。") == []


# -- county short forms --------------------------------------------------------------------------------

def test_autonomous_county_short_form_after_its_prefecture():
    assert names("黔东南州三都的务工人员外出就业。") == ["黔东南苗族侗族自治州"]  # 三都 is in 黔南州
    assert names("恩施州巴东的务工人员外出就业。") == ["恩施土家族苗族自治州", "巴东县"]
    assert names("海东循化拉面店生意兴隆。") == ["海东市", "循化撒拉族自治县"]
    assert names("铜仁印江县建档立卡户到苏州务工。") == ["铜仁市", "印江土家族苗族自治县", "苏州市"]
    assert names("黔南三都的绣娘外出务工。") == ["黔南布依族苗族自治州", "三都水族自治县"]


def test_county_short_form_licensed_by_full_name_or_subject():
    assert names("今年紫阳县输转劳动力。紫阳修脚师走向全国。") == ["紫阳县"]
    assert names("紫阳修脚师走向全国。") == []
    assert names("汉中市加强劳务输出。城固的务工人员到西安。", title="汉中市劳务输出") == [
        "汉中市", "城固县", "西安市"]


def test_short_form_of_a_province_level_subject_does_not_licence_counties():
    # 合作 is a county-level city of 甘南州, 甘肃省; an article about 甘肃省 still means cooperation.
    assert names("甘肃省加强东西部劳务合作。", title="甘肃省劳务输转") == ["甘肃省"]


# -- towns, mastheads, footers -------------------------------------------------------------------------

def test_town_is_not_a_region_but_its_county_is():
    assert names("陕西省留坝县西乡镇已有350人来启东市就业。") == ["陕西省", "留坝县", "启东市"]
    assert names("湖北省恩施市城关镇的劳动力。") == ["湖北省", "恩施市"]


def test_mastheads_and_source_lines_are_not_mentions():
    assert names("据天水日报报道，招聘会火热。") == []
    assert names("招聘会火热。\n来源：定西市人民政府") == []
    assert names("招聘会火热（来源：庆阳市人民政府网）。") == []
    assert names("酒泉发布消息。陇南市融媒体中心记者报道。") == []


def test_government_in_running_text_mentions_its_region():
    assert names("定西市人民政府召开就业工作会议。") == ["定西市"]


def test_footer_of_related_articles_is_ignored():
    assert names("南通市组织招聘会。\n相关文章\n江西：高校就业服务不断线") == ["南通市"]


def test_unreliable_spans_are_skipped():
    text = "南通市组织招聘会，乱码扬州市乱码。"
    start = text.index("乱码")
    assert names(text, unreliable=(Span(start, len(text)),)) == ["南通市"]


def test_unit_with_a_garbled_first_character_after_its_parent_is_repaired():
    text = "与天津\ufffd海新区人社部门签约。"
    at = text.index("\ufffd")
    analysis = find_regions(article(text, unreliable=(Span(at, at + 1),)))
    assert [m.code for m in analysis.mentions] == ["120000", "120116"]
    # Two units of 北京市 end in 城区 (东城区, 西城区): nothing decides, nothing is added.
    text = "与北京\ufffd城区签约。"
    at = text.index("\ufffd")
    assert [m.code for m in find_regions(article(text, unreliable=(Span(at, at + 1),))).mentions] == ["110000"]


def test_places_in_company_names():
    assert names("远元集团湛江市分公司招聘修脚师。") == ["湛江市"]
    assert names("宁夏伊品生物公司前来招聘。") == ["宁夏回族自治区"]


# -- ambiguous names ------------------------------------------------------------------------------------

def test_ambiguous_names_resolved_by_preceding_region():
    mentions = find_regions(article("吉林省长春市朝阳区举办招聘会。")).mentions
    assert [m.code for m in mentions][-1] == "220104"
    mentions = find_regions(article("北京朝阳区举办招聘会。")).mentions
    assert [m.code for m in mentions] == ["110000", "110105"]
    mentions = find_regions(article("福建省福州市鼓楼区就业服务站。")).mentions
    assert G.get(mentions[-1].code).parent == "350100"


def test_ambiguous_names_resolved_by_other_regions_of_the_article():
    codes = find_regions(article("徐州市人社局组织招聘。鼓楼区有200人报名。")).codes
    assert "320302" in codes  # 徐州市鼓楼区


def test_ambiguous_names_left_unresolved_when_nothing_decides():
    assert names("鼓楼区举办招聘会。朝阳区组织培训。") == []


def test_short_name_shared_by_province_and_city_means_the_province():
    assert names("吉林劳务输出") == ["吉林省"]


# -- subjects -------------------------------------------------------------------------------------------

def test_subject_title_first_then_frequency():
    analysis = find_regions(article("甘肃省张掖市加强劳务输出。张掖市今年输转8万人。", title="甘肃张掖：就业为民"))
    assert analysis.subject == "620700"
    analysis = find_regions(article("四川省凉山州组织培训。凉山州今年输转10万人，凉山州还组织招聘。"))
    assert G.get(analysis.subject).name == "凉山彝族自治州"


def test_paragraph_subjects_follow_headings():
    text = "\n".join([
        "河南南阳：春风行动送岗位",
        "2022年以来，全市输转劳动力50万人。",
        "西峡县：送岗下乡",
        "该县组织招聘会12场。",
        "淅川县组织技能培训。",
        "本县还组织了直播带岗。",
        "春风送暖",
        "全市就业形势稳定。",
    ])
    analysis = find_regions(article(text))
    got = [G.get(c).name if c else None for c in analysis.paragraph_subjects]
    assert got == ["南阳市", "南阳市", "西峡县", "西峡县", "淅川县", "西峡县", None, None]
    assert len(analysis.paragraph_subjects) == 8


# -- names of brands and single places ------------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    ("紫阳修脚", "610924"), ("张北司炉工", "130722"), ("旬阳建工", "610981"), ("坝上种薯培育工", None),
    ("印江书法", "520625"), ("远元集团湛江市分公司", "440800"), ("酥油河畔拾花女", None),
])
def test_place_in_name(name, code):
    assert place_in_name(name, RegionAnalysisStub) == code


RegionAnalysisStub = find_regions(article("今天。"))


def test_place_in_name_resolved_by_article_context():
    analysis = find_regions(article("福建省福州市就业局。"))
    assert place_in_name("鼓楼家政", analysis) == "350102"
    assert place_in_name("鼓楼家政", RegionAnalysisStub) is None


@pytest.mark.parametrize("text, code", [
    ("西安", "610100"), ("上海", "310000"), ("新疆", "650000"), ("陕西省留坝县", "610729"),
    ("贵州铜仁", "520600"), ("鼓楼区", None), ("城关镇", None), ("苏", None),
])
def test_resolve_place(text, code):
    assert resolve_place(text, RegionAnalysisStub) == code


def test_resolve_place_abbreviation_only_when_flagged():
    assert resolve_place("苏", None, abbreviation=True) == "320000"
    assert resolve_place("锡", None, abbreviation=True) == "320200"


# -- the shipped edge-word table must say exactly what jieba's dictionary says -----------------------

def test_edge_words_are_all_the_words_inside_word_can_consult():
    from kg.extract import regions

    freq = regions.jieba_frequencies()
    assert regions._edge_words() == regions.edge_words(freq, set(G.names()))


# -- licences of short forms in place contexts (heldout2 review) ------------------------------------

def test_city_short_form_in_a_list_of_places_is_not_vetoed_by_a_word_across_its_end():
    # 上|海参: in a list after another place, 上海 is a place.
    assert names("今年，成都市的蜀绣作品远赴广州、上海参展。") == ["成都市", "广州市", "上海市"]


def test_city_short_form_that_is_a_word_after_a_verb_of_place():
    assert names("全省劳务协作推进会在日照召开。") == ["日照市"]


def test_short_form_before_a_development_zone_named_with_a_river_word():
    assert names("一批务工人员奔赴南京江北新区的企业就业。") == ["南京市"]


def test_sibling_county_short_form_of_the_subject():
    assert names("镇雄县组织劳动力外出务工，彝良的务工人员也同车出发。") == ["镇雄县", "彝良县"]


def test_county_level_cities_directly_under_a_province_and_long_short_forms():
    assert names("今年春节后，不少人在潜江、天门从事服装加工。") == ["潜江市", "天门市"]
    assert names("内蒙古的劳务人员经满洲里口岸赴俄罗斯务工。") == ["内蒙古自治区", "满洲里市"]


def test_district_short_forms_directly_under_a_province_stay_licensed_only_by_context():
    # 长寿 is a district of 重庆 and a word; a brand name saying 长寿 is no place.
    assert "长寿区" not in names("梅州市蕉岭县培育蕉岭长寿护理员品牌。")


def test_brand_name_with_a_mountain_names_no_overlapping_city():
    assert place_in_name("长白山采参人") is None  # 长白山 is a mountain, 白山 inside it no city
    assert place_in_name("五台山导游") is None  # not 台山市


def test_title_short_form_resolved_by_the_full_name_in_the_body():
    a = article("镇雄县今年转移就业12万人。云南省人社厅表示，云南省将在昆明市、曲靖市、玉溪市、昭通市推广这一做法。"
                "镇雄县还在浙江宁波设立工作站。", title="镇雄：劳务输出稳中有进")
    assert G.get(find_regions(a).subject).name == "镇雄县"


def test_province_does_not_outrank_the_county_named_most():
    a = article("云南省彝良县今年转移就业8万人。云南省在昆明市、曲靖市、玉溪市、大理市召开会议，云南省表示支持。"
                "彝良县还在浙江设立工作站，彝良县的品牌响亮，彝良县人社局介绍了经验。")
    assert G.get(find_regions(a).subject).name == "彝良县"


# -- heldout3 round: autonomous units without their ethnic names, 籍, one-character county stems ---------

def test_autonomous_unit_written_without_its_ethnic_names():
    assert names("长阳自治县人社局组织务工人员赴宁波就业。") == ["长阳土家族自治县", "宁波市"]
    assert names("镇宁自治县今年输出劳动力5万人。") == ["镇宁布依族苗族自治县"]
    assert names("黔东南自治州今年转移就业20万人。") == ["黔东南苗族侗族自治州"]
    assert names("莫力达瓦自治旗组织务工人员外出。") == ["莫力达瓦达斡尔族自治旗"]


def test_two_character_county_joined_to_the_word_before_is_no_place():
    assert names("往返路费县里统一报销，务工人员不用操心。") == []
    assert names("山东省费县今年输出劳动力8万人。") == ["山东省", "费县"]
    assert names("临沂市费县人社局组织招聘会。") == ["临沂市", "费县"]


def test_native_place_suffix_wins_over_a_word_across_the_name():
    # 宁国籍: 国籍 is a word, but 籍 after a place is its native-place suffix.
    text = "宁国市人社局介绍，在杭州稳定就业的宁国籍务工人员有3000人。"
    found = [(m.surface, m.code) for m in find_regions(article(text)).mentions]
    assert ("宁国", "341881") in found
    assert names("中国籍船员在宁波务工。") == ["宁波市"]


def test_names_beside_characters_beyond_the_basic_plane():
    # The automaton reads the text in a two-symbol code (see kg.extract.regions._NameCode); a character
    # outside the Basic Multilingual Plane has no place in its table and must not shift what follows it.
    text = "湖南省\U0001F600怀化市🎉会同县组织劳务输出。"
    mentions = find_regions(article(text)).mentions
    assert [G.get(m.code).name for m in mentions] == ["湖南省", "怀化市", "会同县"]
    assert [text[m.start:m.end] for m in mentions] == ["湖南省", "怀化市", "会同县"]


def test_a_county_that_calls_itself_our_county_is_the_subject_over_its_destinations():
    text = ("为确保农民工顺利返岗，我县组织开展赴苏返岗专车活动。专车在那坡县汽车站发车，驶向江苏省常州市。"
            "专车发往常州、无锡、南通、扬州、镇江等5个站点，那坡县共运送420名农民工。")
    assert G.get(find_regions(article(text)).subject).name == "那坡县"


def test_a_city_short_form_followed_by_its_own_county_is_no_river():
    assert names("来自镇江丹阳的务工人员。") == ["镇江市", "丹阳市"]


def test_a_county_short_form_before_ji_is_a_place_and_stays_placed():
    assert names("近日，300名彝良籍务工人员抵达常州。") == ["彝良县", "常州市"]
    assert names("90名工人在浙江慈溪比武。对3万名在慈溪打拼的务工人员而言，这是课堂。") == ["浙江省", "慈溪市"]
    text = "近日，90名彝良籍工人在浙江慈溪比武。对在慈溪打拼的工人而言，这是课堂。"
    analysis = find_regions(article(text, title="彝良籍焊工慈溪比武"))
    assert G.get(analysis.subject).name == "彝良县"
    assert [G.get(m.code).name for m in analysis.mentions].count("慈溪市") == 2


def test_xinjiang_written_jiang_after_a_verb_of_going():
    assert names("今年，该县又有800名农民赴疆拾棉。") == ["新疆维吾尔自治区"]
    assert names("边疆地区稳定发展。") == []


def test_big_cities_together_and_pairs_of_province_letters():
    assert names("不少青年选择到北上广闯荡。") == ["北京市", "上海市", "广州市"]
    assert names("不少工匠进京沪务工，也有人赴苏浙发展。") == ["北京市", "上海市", "江苏省", "浙江省"]
    assert names("到常州务工，苏醒过来。") == ["常州市"]


def test_a_county_short_form_after_a_verb_of_working_with_yu():
    assert names("每年有200余名茶农受聘于安溪、福鼎等地茶企。") == ["安溪县", "福鼎市"]
    assert names("该县的月嫂长期服务于晋江、石狮等地的家庭。") == ["晋江市", "石狮市"]
    assert names("由于安溪、福鼎等地天气好，茶叶丰收。") == []


def test_a_county_short_form_after_a_zone_in_a_list_and_before_a_workplace():
    text = "睢宁县务工人员主要去向是无锡高新区、江阴、张家港等地。"
    assert names(text) == ["睢宁县", "无锡市", "江阴市", "张家港市"]
    assert names("睢宁县的小王说：“我在江阴一家纺织厂干了五年。”") == ["睢宁县", "江阴市"]
    assert names("睢宁县的小王说：“我在张家港的一家工厂上班。”") == ["睢宁县", "张家港市"]


def test_a_new_district_by_its_short_form_after_its_city():
    assert names("不少人进驻上海浦东的家政市场。") == ["上海市", "浦东新区"]
    assert names("她在天津滨海的一家工厂上班。") == ["天津市", "滨海新区"]
    assert names("江苏滨海的务工人员返乡创业。") == ["江苏省", "滨海县"]


def test_province_letters_listed_with_dunhao_are_places_after_any_verb():
    assert names("该县的电焊工足迹遍布京、津、冀等地。") == ["北京市", "天津市", "河北省"]
    assert names("务工人员主要分布在苏、浙、沪和广东。") == ["江苏省", "浙江省", "上海市", "广东省"]
    assert names("就业辐射闽、粤两地。") == ["福建省", "广东省"]
    # a letter that is also a word (甘, 吉, 青), or a list that goes on into a word, is no list of places
    assert names("创业路上，酸、甜、苦、辣、甘都尝过。") == []
    assert names("北京、津南区的企业来招工。") == ["北京市", "津南区"]


def test_a_place_right_after_a_figure_in_wan_is_no_word_with_the_wan():
    found = find_regions(article("10万宝鸡面匠享誉海内外。宝鸡市组织培训。"))
    assert [m.surface for m in found.mentions] == ["宝鸡", "宝鸡市"]


def test_a_province_after_a_count_of_people_is_no_word_with_the_counter():
    # 名贵 is a word, but after 300余名 the 名 is the counter of the figure
    assert "江西省" in names("2月9日，300余名江西务工人员乘专列前往福建。")


def test_a_wire_dateline_names_no_place():
    assert names("新华社长沙3月5日电 今年以来，邵阳市组织务工人员赴广东务工。") == ["邵阳市", "广东省"]


@pytest.mark.parametrize("county", ["化隆县", "循化县"])
def test_an_autonomous_county_written_with_plain_xian_is_a_name(county):
    assert len(names(f"{county}群众在外开办拉面店。")) == 1


def test_a_one_letter_province_before_ji_and_workers_is_a_native_place():
    assert names("2月9日，500余名黔籍务工人员乘坐专列前往广东。") == ["贵州省", "广东省"]
    assert names("他的户籍和学籍都在本地。") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("仪陇县有200人在义乌务工。", ["仪陇县", "义乌市"]),
    ("仪陇县务工人员主要分布在昆山、晋江等地。", ["仪陇县", "昆山市", "晋江市"]),
    ("很多人到城东务工。", []),
    ("很多人在江南就业。", []),
])
def test_a_county_short_form_where_people_go_to_work(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("title, expected", [
    ("[青海] 海东市千余名务工人员乘专列赴江苏", "青海省"),
    ("【内蒙古】乌兰察布市组织劳务输出", "内蒙古自治区"),
    ("安徽：阜阳市首趟返岗专列发车", "安徽省"),
])
def test_a_region_only_the_headline_names_is_a_mention(tmp_path, title, expected):
    from kg.pipeline import process_file
    body = title.split("]")[-1].split("】")[-1].split("：")[-1][:3]
    path = tmp_path / "a.txt"
    path.write_text(f"{title}\n\n今年以来，{body}组织务工人员外出就业，人数创新高。\n", encoding="utf-8")
    facts = process_file(path, path.name)
    gaz = Gazetteer.load()
    assert expected in {gaz.get(code).name for code in facts.regions.codes}
    assert all(gaz.get(f.origin).name != expected for f in facts.flows)  # a headline's place moves no one

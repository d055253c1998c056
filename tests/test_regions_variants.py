"""Region reading that must not depend on which place an article names: short forms that are also words,
read where only a place can stand, and the near-misses that stay no region (sentences written here)."""
import csv
import io

from kg.extract.regions import find_regions
from kg.normalize import t2s
from tests.conftest import run_kg
from tests.test_regions import G, article, names


# -- a city's short form that is also a word, where only a place is written so ------------------------------

def test_city_word_as_native_place():
    assert names("300名保定籍务工人员赴天津就业。") == ["保定市", "天津市"]
    assert names("一批张家界籍务工人员乘车返岗。") == ["张家界市"]


def test_city_word_followed_by_its_people():
    assert names("车间里的工人八成是孝感人。") == ["孝感市"]
    assert names("烟台人在外打拼多年。") == ["烟台市"]


def test_city_word_before_a_quoted_brand():
    assert names("桂林“米粉师傅”走向全国。") == ["桂林市"]
    assert names("近年来，大连的“海鲜厨师”闯出了名气。") == ["大连市"]


def test_city_word_before_a_quoted_brand_licenses_its_county_as_subject():
    assert names("张家界“慈利保姆”已有近万人。") == ["张家界市", "慈利县"]


def test_city_word_with_a_count_of_its_people():
    assert names("合肥的500名务工人员赴杭州。") == ["合肥市", "杭州市"]
    assert names("石家庄的3万余名农民工返岗。") == ["石家庄市"]


def test_city_word_named_by_its_station():
    assert names("务工人员从攀枝花站出发。") == ["攀枝花市"]


def test_city_word_after_a_verb_of_origin_or_abode():
    assert names("来自合肥的务工人员在车间忙碌。") == ["合肥市"]
    assert names("离开烟台前往广州。") == ["烟台市", "广州市"]
    assert names("家住桂林的王师傅。") == ["桂林市"]


def test_city_word_before_its_workers():
    assert names("孝感务工人员陆续返岗。") == ["孝感市"]
    assert names("烟台老乡聚在一起。") == ["烟台市"]


def test_short_forms_a_journey_starts_from():
    assert names("从保定出发的专列。") == ["保定市"]
    assert names("从普宁出发的务工人员。") == ["普宁市"]
    assert names("从日照时长看，今年偏少。") == []
    assert names("从资源出发，发展产业。") == []


def test_city_word_heading_a_list_of_places():
    assert names("专列从保定、邯郸等地开出。") == ["保定市", "邯郸市"]
    assert names("日照和青岛的务工人员。") == ["日照市", "青岛市"]
    assert names("祝您安康、幸福。") == []


def test_city_word_opening_the_headline_is_the_subject():
    analysis = find_regions(article("孝感有十个劳务品牌，带动就业两万人。", title="孝感十大劳务品牌带动就业"))
    assert G.get(analysis.subject).name == "孝感市"
    assert [G.get(m.code).name for m in analysis.mentions] == ["孝感市"]


def test_city_word_opening_a_bracketed_headline_is_the_subject():
    analysis = find_regions(article("有十个劳务品牌，带动就业两万人。", title="【保定】十大劳务品牌带动就业"))
    assert G.get(analysis.subject).name == "保定市"


def test_city_word_inside_a_headline_is_no_subject():
    analysis = find_regions(article("大家身体健康，生活安康。", title="祝您安康"))
    assert analysis.subject is None and analysis.mentions == ()


def test_words_that_are_city_names_stay_words():
    for sentence in ("祝您安康。", "日照充足，适合种植。", "日照的5个小时里气温升高。", "桂林的山水甲天下。",
                     "保定人民政府发布通知。", "烟台人社局召开会议。", "保定人口较多。"):
        assert names(sentence) == [], sentence


# -- a county's short form that is also a word -----------------------------------------------------------

def test_county_word_as_native_place_or_station():
    assert names("资源籍务工人员在外务工。") == ["资源县"]
    assert names("务工人员从普宁站出发。") == ["普宁市"]


def test_county_short_form_followed_by_its_people():
    assert names("他是普宁人，在深圳开店。") == ["普宁市", "深圳市"]


def test_a_part_of_the_country_is_no_district_of_that_name():
    assert names("他是江南人，从江北出发。") == []


def test_county_word_listed_beside_a_county_of_the_same_prefecture():
    assert names("桂林市的资源、灌阳、全州等县组织务工人员外出。") == ["桂林市", "资源县", "灌阳县", "全州县"]
    assert names("甘南州的合作、夏河、碌曲等地。") == ["甘南藏族自治州", "合作市", "夏河县", "碌曲县"]
    assert names("合作、交流、共赢。") == []


def test_county_words_before_quotes_stay_words():
    for sentence in ("合作共赢。", "资源丰富。", "合作“点对点”劳务输出。", "资源“共享”平台上线。", "合作“伙伴”关系。"):
        assert names(sentence) == [], sentence


# -- X山区: the mountain areas of a prefecture -------------------------------------------------------------

def test_mountain_areas_of_a_prefecture_are_not_a_district_across_its_edge():
    assert names("巴中山区群众赴浙江务工。") == ["巴中市", "浙江省"]
    assert names("晋中山区的农民外出务工。") == ["晋中市"]


def test_the_district_alone_and_a_range_named_after_a_county():
    assert names("中山区位于辽宁省大连市。") == ["中山区", "辽宁省", "大连市"]
    assert names("武陵山区群众外出务工。") == []


# -- a province and one of its own counties after a street word -------------------------------------------

def test_province_and_own_county_though_they_make_a_street_word():
    assert names("80名务工人员在湖南江永参加技能比赛。") == ["湖南省", "江永县"]
    assert names("务工人员在四川江油参加培训。") == ["四川省", "江油市"]


def test_province_before_a_street_stays_out():
    assert names("在浙江路开店。") == []
    assert names("在湖南江边散步。") == []


# -- a city named by its station -----------------------------------------------------------------------

def test_station_names_read_their_city():
    assert names("专列载着650名务工人员，预计中午到达金华东站。") == ["金华市"]
    assert names("专列到达嘉兴东站。") == ["嘉兴市"]
    assert names("从雅安西站出发。") == ["雅安市"]
    assert names("从渭南站出发。") == ["渭南市"]
    assert names("前往湘西东火车站。") == ["湘西土家族苗族自治州"]
    assert names("从贵阳北站出发。") == ["贵阳市"]


def test_direction_words_without_a_station_stay_out():
    assert names("华东地区发展较快。") == []


def test_stand_the_verb_names_no_station():
    assert names("民警为群众保平安站岗执勤。") == []
    assert names("为了平安站好最后一班岗。") == []


# -- traditional script ------------------------------------------------------------------------------

def test_traditional_zhong_after_wan_is_the_place_letter():
    # OpenCC's phrase 萬鍾 would give 锺, which no place name is written with
    assert t2s("十萬鍾山縣羣衆外出務工") == "十万钟山县群众外出务工"
    assert names(t2s("十萬鍾山縣羣衆外出務工")) == ["钟山县"]


# -- end to end: the graph holds the places written so -------------------------------------------------

def test_build_puts_places_written_by_people_and_stations_in_the_graph(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("车间里的工人八成是孝感人，也有不少烟台人。\n务工人员从攀枝花站出发，前往湘西东火车站。\n"
                                  "祝您安康，合作共赢。\n", encoding="utf-8")
    run_kg("build", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "--quiet", check=True)
    result = run_kg("query", "queries/region_hierarchy.rq", "--kg", str(tmp_path / "out" / "kg.ttl"),
                    "--format", "csv", check=True)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    named = {row["county"] or row["city"] or row["province"] for row in rows}
    assert named == {"湖北省", "孝感市", "山东省", "烟台市", "四川省", "攀枝花市", "湖南省", "湘西土家族苗族自治州"}

"""Flows that a brand's destinations state: its workers go from the brand's home to each place they work."""
from __future__ import annotations

from kg.extract.brand_flows import flows_of_brand_destinations
from kg.gazetteer import Gazetteer
from kg.model import Brand, BrandDestination, Evidence, Flow, RegionAnalysis
from kg.pipeline import process_file


def code(name):
    return Gazetteer.load().lookup(name)[0].code


def flows_of(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    facts = process_file(path, path.name)
    return {(f.origin, f.destination, f.workers) for f in facts.flows}


def test_the_places_a_brands_workers_serve_are_flows_from_its_home(tmp_path):
    text = ("岢岚县打造劳务品牌\n“岢岚厨师”是岢岚县的省级劳务品牌。近年来，“岢岚厨师”进驻太原、大同的高端餐饮市场，"
            "口碑越来越好。")
    assert flows_of(tmp_path, text) == {(code("岢岚县"), code("太原"), None), (code("岢岚县"), code("大同"), None)}
    text = "岢岚县打造劳务品牌\n“岢岚厨师”是岢岚县的省级劳务品牌。县人社局在太原、大同设立了“岢岚厨师”服务站。"
    assert flows_of(tmp_path, text) == {(code("岢岚县"), code("太原"), None), (code("岢岚县"), code("大同"), None)}


def test_a_brand_destination_that_a_flow_already_gives_is_not_given_twice(tmp_path):
    # the county of the prefecture whose brand it is already sends its workers there, with their count
    text = ("忻州市打造劳务品牌\n“忻州月嫂”是忻州市的劳务品牌。今年，岢岚县已有500名“忻州月嫂”在北京就业。")
    assert flows_of(tmp_path, text) == {(code("岢岚县"), code("北京市"), 500)}


def test_a_brand_without_destinations_makes_no_flow(tmp_path):
    text = "岢岚县打造劳务品牌\n“岢岚厨师”入选省级劳务品牌，从业人员3000余人。"
    assert flows_of(tmp_path, text) == set()


def test_a_countys_post_naming_its_county_only_in_its_brand_is_about_that_county(tmp_path):
    # 会同 is also a word, so it is read as the county only after its city or province; the post never writes
    # 会同县 in full, only 我县 and its brand's name
    text = ("会同月嫂闯出一片天\n近年来，我县用心打造“会同月嫂”劳务品牌。截至目前，“会同月嫂”从业人员达1500多人。"
            "其中，在长沙、株洲两地务工的就有800余人。县人社局还在长沙设立了“会同月嫂”服务站。")
    assert flows_of(tmp_path, text) == {(code("会同县"), code("长沙"), 800), (code("会同县"), code("株洲"), 800)}
    path = tmp_path / "a.txt"
    assert process_file(path, path.name).regions.subject == code("会同县")


def test_a_brands_whole_workforce_is_no_count_of_the_places_it_mainly_works_in(tmp_path):
    text = "岢岚县打造劳务品牌\n目前，“岢岚厨师”从业人员已达3000多人，主要在太原、大同的餐饮企业就业。"
    assert flows_of(tmp_path, text) == {(code("岢岚县"), code("太原"), None), (code("岢岚县"), code("大同"), None)}
    text = "岢岚县打造劳务品牌\n目前，“岢岚厨师”从业人员已达3000多人，足迹遍布太原、大同等地。"
    assert flows_of(tmp_path, text) == {(code("岢岚县"), code("太原"), None), (code("岢岚县"), code("大同"), None)}
    # the count of the workers sent this time still goes on each place
    text = "岢岚县劳务输出\n2月10日，岢岚县组织120名务工人员赴太原、大同务工。"
    assert flows_of(tmp_path, text) == {(code("岢岚县"), code("太原"), 120), (code("岢岚县"), code("大同"), 120)}



def test_a_flow_read_from_the_province_leaves_from_the_brands_home_inside_it():
    # a brand's profile under a provincial list (X厨师：…就业辐射A、B): the flows read from the province the page is
    # about, in the sentence that links the brand to the same places, leave from the brand's home
    sentence = Evidence("洛南焊工：从业人员3000余人，就业辐射江苏、浙江等省。", 40, 66)
    brand = Brand(name="洛南焊工", evidence=sentence, origin=code("洛南县"))
    links = tuple(BrandDestination(brand="洛南焊工", destination=code(p), evidence=sentence) for p in ("江苏", "浙江"))
    flows = tuple(Flow(origin=code("陕西省"), destination=code(p), evidence=sentence) for p in ("江苏", "浙江"))
    assert {(f.origin, f.destination) for f in flows_of_brand_destinations((brand,), links, flows, RegionAnalysis())} == {
        (code("洛南县"), code("江苏")), (code("洛南县"), code("浙江"))}
    # in another sentence, the province's flow is its own
    other = Evidence("陕西省今年向江苏输出劳动力。", 0, 14)
    flows = (Flow(origin=code("陕西省"), destination=code("江苏"), evidence=other),)
    assert {(f.origin, f.destination) for f in flows_of_brand_destinations((brand,), links, flows, RegionAnalysis())} == {
        (code("陕西省"), code("江苏")), (code("洛南县"), code("江苏")), (code("洛南县"), code("浙江"))}


def test_a_flow_moved_to_the_brands_home_is_one_flow_with_the_count():
    sentence = Evidence("“洛南月嫂”遍布西安等地，今年输送300人。", 0, 21)
    brand = Brand(name="洛南月嫂", evidence=sentence, origin=code("洛南县"))
    links = (BrandDestination(brand="洛南月嫂", destination=code("西安"), evidence=sentence),)
    flows = (Flow(origin=code("洛南县"), destination=code("西安"), evidence=sentence),
             Flow(origin=code("商洛市"), destination=code("西安"), evidence=sentence, workers=300))
    assert [(f.origin, f.destination, f.workers) for f in flows_of_brand_destinations((brand,), links, flows, RegionAnalysis())] == [
        (code("洛南县"), code("西安"), 300)]


def test_a_flow_whose_sentence_says_whose_workers_they_are_keeps_its_origin():
    sentence = Evidence("全市从事月嫂行业的人员有4000人，“洛南月嫂”遍布西安等地。", 0, 30)
    brand = Brand(name="洛南月嫂", evidence=sentence, origin=code("洛南县"))
    links = (BrandDestination(brand="洛南月嫂", destination=code("西安"), evidence=sentence),)
    flows = (Flow(origin=code("商洛市"), destination=code("西安"), evidence=sentence),)
    assert {(f.origin, f.destination) for f in flows_of_brand_destinations((brand,), links, flows, RegionAnalysis())} \
        == {(code("商洛市"), code("西安")), (code("洛南县"), code("西安"))}

"""Labour brands on sentences written for other provinces, brands and wordings, and the near-misses."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.gazetteer import Gazetteer
from kg.model import Article, Document, RegionAnalysis, RegionMention, Sentence, Span
from kg.extract.brands import find_brands


def make_article(text: str, places: tuple[str, ...] = (), subject: str | None = None,
                 paragraph_subjects: tuple[str | None, ...] = ()) -> tuple[Article, RegionAnalysis]:
    """An article of `text` (paragraphs split on newlines) and a hand-built region analysis.

    `places` are surface forms (湘西, 广东, 锡) resolved through the gazetteer (one-character forms through its
    abbreviations); every occurrence becomes a mention, longest first. The tests do not depend on the
    region finder's choices.
    """
    gaz = Gazetteer.load()
    paragraphs, sentences, pos = [], [], 0
    for index, line in enumerate(text.split("\n")):
        paragraphs.append(Span(pos, pos + len(line)))
        for m in re.finditer(r"[^。！？]+[。！？]?", line):
            sentences.append(Sentence(pos + m.start(), pos + m.end(), index, m.group()))
        pos += len(line) + 1
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface in sorted(places, key=len, reverse=True):
        region = gaz.abbreviation(surface) if len(surface) == 1 else gaz.lookup(surface)[0]
        for m in re.finditer(re.escape(surface), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(RegionMention(region.code, m.start(), m.end(), surface))
    mentions.sort(key=lambda m: (m.start, m.end))
    article = Article(Document("test.txt", text), None, text, tuple(paragraphs), tuple(sentences))
    return article, RegionAnalysis(tuple(mentions), subject, paragraph_subjects)


def brands_of(text: str, places=(), subject=None):
    article, regions = make_article(text, places, subject)
    return find_brands(article, regions)


def names(brands) -> list[str]:
    return [b.name for b in brands]


XIANGXI, SICHUAN, GUANGXI, LINZHOU, QDN = "433100", "510000", "450000", "410581", "522600"


# -- the patterns --------------------------------------------------------------------------------

def test_quoted_list_before_count_of_brands():
    found = brands_of("近年来，湘西州培育了“湘西织女”“湘西家政”“湘西建工”等12个劳务品牌。", ("湘西州", "湘西"), XIANGXI)
    assert names(found) == ["湘西织女", "湘西家政", "湘西建工"]
    assert all(b.origin == XIANGXI and b.level is None for b in found)
    assert found[0].occupation == "织女"


def test_list_with_a_tail_and_per_level_counts_assigns_no_level():
    text = "遵义市成功打造了“遵义保安”、“遵义茶艺”服务、“赤水竹编工”等1个国家级、2个省级劳务品牌。"
    found = brands_of(text, ("遵义市", "遵义", "赤水"), "520300")
    assert names(found) == ["遵义保安", "遵义茶艺服务", "赤水竹编工"]
    assert found[1].alt_labels == ("遵义茶艺",)
    assert [b.level for b in found] == [None, None, None]
    assert found[2].origin == "520381"  # 赤水市, the place in the name


def test_respectively_maps_levels_in_order():
    text = "“黔东南绣娘”、“凯里酸汤厨师”、“从江瑶浴师”分别为国家级、省级、市级劳务品牌。"
    found = brands_of(text, ("黔东南", "凯里", "从江"), QDN)
    assert [(b.name, b.level) for b in found] == [
        ("黔东南绣娘", "national"), ("凯里酸汤厨师", "provincial"), ("从江瑶浴师", "municipal")]
    assert found[1].origin == "522601"


def test_award_verb_gives_the_level():
    found = brands_of("今年，“川妹子”成功获评国家级劳务品牌。", (), SICHUAN)
    assert [(b.name, b.level, b.origin) for b in found] == [("川妹子", "national", SICHUAN)]


def test_level_before_brand_word_and_name_after_it():
    found = brands_of("广西全力打造国家级劳务品牌“桂嫂”，带动3万人就业。", ("广西",), GUANGXI)
    assert [(b.name, b.level, b.origin) for b in found] == [("桂嫂", "national", GUANGXI)]


def test_provincial_first_batch():
    found = brands_of("“百色芒果工”是广西首批省级劳务品牌。", ("广西", "百色"), GUANGXI)
    assert [(b.name, b.level, b.origin) for b in found] == [("百色芒果工", "provincial", "451000")]


def test_unquoted_place_and_occupation_before_brand_word():
    found = brands_of("林州建筑工劳务品牌享誉全国，从业人员超过10万人。", ("林州",), "410500")
    assert [(b.name, b.origin, b.occupation) for b in found] == [("林州建筑工", LINZHOU, "建筑工")]


def test_unquoted_name_after_any_building_verb():
    # 孵化 and 培树 build a brand as 打造 does: the unquoted name is bounded by them too
    for verb in ("孵化", "培树"):
        text = f"近年来河南省林州市人力资源和社会保障局持续{verb}林州钢筋工劳务品牌，从业人员逾万人。"
        assert names(brands_of(text, ("林州",), LINZHOU)) == ["林州钢筋工"]


def test_unquoted_name_after_any_level_word():
    # every level word of LEVEL_WORDS bounds the name, 自治区级 as well as 省级
    found = brands_of("当地一批劳务品牌先后获得认可，其中包括被列为自治区级林州钢筋工劳务品牌。", ("林州",), LINZHOU)
    assert [(b.name, b.level) for b in found] == [("林州钢筋工", "provincial")]


def test_build_verb_with_bare_brand_word():
    found = brands_of("赣州市大力叫响“赣南脐橙工”品牌。", ("赣州市",), "360700")
    assert names(found) == ["赣南脐橙工"]


def test_name_without_a_division_takes_the_paragraph_subject():
    text = "恩施州概况。\n建始县积极培育“高山茶艺工”等劳务品牌。"
    article, regions = make_article(text, ("恩施州", "建始县"), "422800", (None, "422822"))
    assert [(b.name, b.origin) for b in find_brands(article, regions)] == [("高山茶艺工", "422822")]


def test_x_shi_variant_is_one_brand_with_an_alt_label():
    text = "“安岳柠檬工”劳务品牌越叫越响。安岳县组织安岳柠檬工人外出。“安岳柠檬工”获评省级劳务品牌。"
    found = brands_of(text, ("安岳县", "安岳"), "512021")
    assert names(found) == ["安岳柠檬工"]
    assert found[0].level == "provincial"  # a level stated at a later mention still counts


def test_x_and_x_shi_found_as_brands_merge():
    text = "“麻城月嫂”劳务品牌闻名。麻城市又推出“麻城月嫂师”劳务品牌。"
    found = brands_of(text, ("麻城市", "麻城"), "421181")
    assert names(found) == ["麻城月嫂"]
    assert "麻城月嫂师" in found[0].alt_labels


def test_order_of_appearance_and_first_evidence():
    text = "“宁德电工”劳务品牌成效显著。\n“宁德茶艺师”劳务品牌走向全国。“宁德电工”再获省级劳务品牌。"
    found = brands_of(text, ("宁德",), "350900")
    assert names(found) == ["宁德电工", "宁德茶艺师"]
    assert found[0].evidence.text.startswith("“宁德电工”劳务品牌成效")


# -- near-misses -----------------------------------------------------------------------------------

def test_service_slogan_brand_is_not_a_labour_brand():
    assert brands_of("始终以实际行动擦亮“为民、利民、便民、惠民”的人社服务品牌。") == ()


def test_information_platform_is_not_a_brand():
    assert brands_of("充分发挥“川渝劳务”信息平台作用，推送岗位1万多个。") == ()


def test_award_category_is_not_a_brand_but_the_winners_are():
    found = brands_of("“恩施硒茶师”“巴东船工”荣获“技能带动类劳务品牌”。", ("恩施", "巴东"), "422800")
    assert names(found) == ["恩施硒茶师", "巴东船工"]


def test_company_and_shop_are_not_brands():
    text = "湘西众鑫劳务有限公司负责人说，长沙湘西米粉店生意红火，劳务品牌建设还要加强。"
    assert brands_of(text, ("湘西", "长沙")) == ()
    assert brands_of("他在“桂林米粉店”打工，也听说过劳务品牌。") == ()


def test_generic_brand_words_are_not_names():
    text = "全力打造特色技能培训和劳务品牌，培育打造的7个劳务品牌带动就业9.5万人，知名劳务品牌越来越多。"
    assert brands_of(text) == ()


def test_program_before_a_later_brand_word_is_not_a_brand():
    assert brands_of("在“春风行动”期间，培育劳务品牌。") == ()


def test_unreliable_span_gives_no_brand():
    article, regions = make_article("“湘西织女”劳务品牌。", ("湘西",), XIANGXI)
    import dataclasses
    garbled = dataclasses.replace(article, unreliable=(Span(0, 5),))
    assert find_brands(garbled, regions) == ()


@settings(max_examples=60, deadline=2000)
@given(st.text(alphabet="“”、等劳务品牌打造个级省国家A湘西织女工师，。" , max_size=400))
def test_untrusted_text_never_hangs_or_crashes(text):
    brands_of(text)


def test_unquoted_place_and_trade():
    found = brands_of("天门服装劳务品牌走向全国。", ("天门",), "429006")
    assert [(b.name, b.origin) for b in found] == [("天门服装", "429006")]


def test_counted_slogan_is_not_a_brand():
    assert brands_of("推进“一县一品”劳务品牌建设。") == ()


def test_place_with_a_generic_word_is_not_a_brand():
    assert brands_of("实现从打工经济到品牌输出，天门市相关劳务品牌也越叫越响。", ("天门市",)) == ()


def test_predicate_before_brand_word_is_not_a_name():
    assert brands_of("近年来，湘西州大力实施劳务品牌建设工程。", ("湘西州",), XIANGXI) == ()


# -- unquoted lists, lists after the anchor, program titles, 作为 and 又称 ------------------------

def test_unquoted_list_with_a_count_and_a_level():
    found = brands_of("除了“苗绣”，松桃县还培育了松桃电工、松桃厨师两个县级劳务品牌。", ("松桃县", "松桃"), "520628")
    assert [(b.name, b.level, b.origin) for b in found if b.name != "苗绣"] == [
        ("松桃电工", "county", "520628"), ("松桃厨师", "county", "520628")]


def test_unquoted_list_before_deng_and_a_kind_word():
    found = brands_of("此外，威宁县还打造了威宁焊工、威宁厨师和威宁家政等特色劳务品牌。", ("威宁县", "威宁"), "520526")
    assert [(b.name, b.level) for b in found] == [("威宁焊工", None), ("威宁厨师", None), ("威宁家政", None)]


def test_unquoted_list_items_must_start_with_a_place():
    assert names(brands_of("县里培育了电工、焊工等劳务品牌。", (), "520526")) == []
    assert names(brands_of("县里推动培训、输出等劳务品牌建设。", (), "520526")) == []


def test_quoted_list_after_baokuo_with_counts_by_level():
    text = "全县共培育1个省级、2个市级劳务品牌，包括“黔西厨娘”“黔西焊工”“鸭池电工”。"
    found = brands_of(text, ("黔西",), "520581")
    assert [(b.name, b.level) for b in found] == [("黔西厨娘", None), ("黔西焊工", None), ("鸭池电工", None)]


def test_quoted_list_after_you_and_a_colon():
    found = brands_of("目前，全市省级劳务品牌有“遵义保安”“湄潭茶艺师”。", ("遵义", "湄潭"), "520300")
    assert [(b.name, b.level) for b in found] == [("遵义保安", "provincial"), ("湄潭茶艺师", "provincial")]
    found = brands_of("全州劳务品牌：“苗岭绣娘”、“侗乡厨师”。", (), QDN)
    assert names(found) == ["苗岭绣娘", "侗乡厨师"]


def test_quote_going_on_past_the_brand_word_is_a_program():
    assert names(brands_of("持续开展“毕节劳务品牌提升行动”，培训5000人。", ("毕节",), "520500")) == []


def test_zuowei_level_then_the_brand_opening_the_next_clause():
    found = brands_of("作为遵义市市级劳务品牌，“正安吉他工”以技术过硬著称。", ("遵义市", "正安"), "520324")
    assert [(b.name, b.level) for b in found] == [("正安吉他工", "municipal")]


def test_comma_without_zuowei_does_not_link_a_later_quote():
    assert names(brands_of("县里重视劳务品牌，“一对一”服务到人。", (), "520324")) == []


def test_also_called_gives_an_alt_label():
    found = brands_of("国家级劳务品牌“兴国建工”（又称“兴国建筑”）享誉全国。", ("兴国",), "360732")
    assert [(b.name, b.alt_labels, b.level) for b in found] == [("兴国建工", ("兴国建筑",), "national")]


def test_a_variant_that_starts_another_word_is_no_alt_label():
    text = "国家级劳务品牌“兴国建筑”享誉全国，兴国建筑工匠的足迹遍布全国。"
    assert [(b.name, b.alt_labels) for b in brands_of(text, ("兴国",), "360732")] == [("兴国建筑", ())]
    text = "国家级劳务品牌“兴国建筑”享誉全国，兴国建筑工超过1万人。"
    assert [(b.name, b.alt_labels) for b in brands_of(text, ("兴国",), "360732")] == [("兴国建筑", ("兴国建筑工",))]


# -- round 2b: copulas, award predicates, qualifiers, mixed lists, lists without the anchor ------

def test_copular_definition_with_a_building_verb_inside_the_predicate():
    found = brands_of("“河州巧手绣娘”是临夏州近年来重点培育的劳务品牌，主要面向农村妇女。", ("临夏州",))
    assert names(found) == ["河州巧手绣娘"]
    assert found[0].origin == "622900"  # the region that builds it, as no place is in the name


def test_copula_needs_the_quote_to_open_its_clause():
    assert names(brands_of("全州围绕“河州巧手绣娘”是否推广开展调研，这是州里打造的劳务品牌。", ("临夏州",))) == []


def test_award_predicate_with_a_time_word_before_the_level():
    found = brands_of("除“黔西南厨师”外，兴义布依绣娘去年入选州级劳务品牌。", ("黔西南", "兴义"))
    assert "兴义布依绣娘" in names(found)
    assert next(b for b in found if b.name == "兴义布依绣娘").level == "municipal"


def test_unquoted_list_as_subject_of_a_passive_award():
    found = brands_of("会理石榴种植工、德昌桑蚕技工则被认定为县级劳务品牌。", ("会理", "德昌"))
    assert names(found) == ["会理石榴种植工", "德昌桑蚕技工"]
    assert [b.level for b in found] == ["county", "county"]
    assert [b.origin for b in found] == ["513402", "513424"]


def test_clause_initial_passive_takes_the_quoted_subject_of_the_clause_before():
    found = brands_of("在品牌建设方面，“通渭书画装裱师”依托传统书画产业，被认定为自治区级劳务品牌，从业人员六百余人。",
                      ("通渭",))
    assert names(found) == ["通渭书画装裱师"]
    assert found[0].level == "provincial"


def test_qualifier_between_deng_and_the_anchor():
    found = brands_of("与此同时，兰州拉面师、天水苹果种植工等本土劳务品牌也逐渐叫响。", ("兰州", "天水"))
    assert names(found) == ["兰州拉面师", "天水苹果种植工"]


def test_mixed_unquoted_and_quoted_list():
    found = brands_of("在靖远羊羔肉厨师、景泰枸杞种植能手、“铜城焊工”等劳务品牌中，省级3个。", ("靖远", "景泰"))
    assert names(found) == ["靖远羊羔肉厨师", "景泰枸杞种植能手", "铜城焊工"]


def test_a_region_name_is_not_a_brand():
    assert names(brands_of("10月，甘肃省劳务品牌建设推进会在兰州召开。", ("甘肃省", "兰州"))) == []


def test_possessor_region_outranks_a_place_read_inside_the_name():
    found = brands_of("安化县的“雪峰山茶师”则被评为县级劳务品牌。", ("安化县",))
    assert names(found) == ["雪峰山茶师"] and found[0].origin == "430923" and found[0].level == "county"


def test_list_being_cultivated_in_a_passage_about_brands():
    text = "“陇南电商”是陇南市着力培育的劳务品牌。除此之外，礼县苹果管护员、宕昌药材种植工也在加快培育。"
    assert names(brands_of(text, ("陇南市", "陇南", "礼县", "宕昌"))) == ["陇南电商", "礼县苹果管护员", "宕昌药材种植工"]


def test_cultivated_list_needs_brands_nearby():
    text = "全县发展特色产业。礼县苹果管护员、宕昌药材种植工也在加快培育。"
    assert names(brands_of(text, ("礼县", "宕昌"))) == []


# -- heldout3 round: general rules ------------------------------------------------------------------

def test_verb_swallowed_by_the_leftmost_match_is_cut_from_an_unquoted_name():
    found = brands_of("与此同时，该县大力培育镇雄砌筑工劳务品牌，开展技能培训。", ("镇雄",))
    assert names(found) == ["镇雄砌筑工"] and found[0].origin == code_of("镇雄县")
    assert names(brands_of("近年来该县着力打造岳西茶艺师劳务品牌。", ("岳西",))) == ["岳西茶艺师"]


def test_unquoted_item_closing_a_quoted_list_with_a_count_in_da():
    found = brands_of("宣威市着力打造“宣威火腿师”“宣威建工”和乌蒙厨师三大劳务品牌。", ("宣威市", "宣威"), code_of("宣威市"))
    assert names(found) == ["宣威火腿师", "宣威建工", "乌蒙厨师"]
    assert found[2].origin == code_of("宣威市")
    found = brands_of("会昌县培育出“会昌月嫂”和会昌建筑工匠两个劳务品牌。", ("会昌县", "会昌"))
    assert names(found) == ["会昌月嫂", "会昌建筑工匠"]


def test_trailing_unquoted_words_that_are_no_trade_are_not_brands():
    assert names(brands_of("宣威市打造“宣威火腿师”和其他劳务品牌。", ("宣威市", "宣威"))) == ["宣威火腿师"]


def test_the_exception_of_chu_wai_is_not_glued_to_the_list():
    text = "曲靖市坚持培育劳务品牌。除“会泽铅锌工”外，“宣威火腿师”“罗平油菜工”分别入选省级、市级劳务品牌。"
    found = brands_of(text, ("曲靖市", "会泽", "宣威", "罗平"))
    assert names(found) == ["会泽铅锌工", "宣威火腿师", "罗平油菜工"]
    assert [b.level for b in found] == [None, "provincial", "municipal"]


def test_quoted_list_closed_by_deng_pinpai_in_a_passage_about_brands():
    text = "全州现有国家级劳务品牌1个、省级劳务品牌4个。除上述品牌外，“宣恩茶艺师”“来凤木工”“利川家政”等品牌也逐渐打出了名气。"
    assert names(brands_of(text, ("宣恩", "来凤", "利川"))) == ["宣恩茶艺师", "来凤木工", "利川家政"]


def test_deng_pinpai_outside_a_brand_passage_names_no_labour_brand():
    text = "该县大力发展商贸。“老干妈”“康师傅”等品牌的产品销往各地。"
    assert names(brands_of(text)) == []


def code_of(name):
    return Gazetteer.load().lookup(name)[0].code


# -- names without a place, when the text counts them; labels, bodies and counts that are no names --

def test_unquoted_list_whose_count_matches_needs_no_place_in_each_name():
    text = "该县计划打造峡江电焊、云岭保洁、玉笥厨娘、白鹭护理4个对外输出劳务品牌。"
    found = brands_of(text, (), "360823")
    assert names(found) == ["峡江电焊", "云岭保洁", "玉笥厨娘", "白鹭护理"]
    assert all(b.origin == "360823" for b in found)


def test_unquoted_list_whose_count_differs_keeps_the_place_rule():
    assert names(brands_of("该县计划打造云岭保洁、玉笥厨娘等6个劳务品牌。", (), "360823")) == []


def test_count_after_the_anchor_with_the_names_in_brackets():
    found = brands_of("全市现有劳务品牌3个（遂川茶工、井冈护工、白鹭家政），均已建立工作专班。", ("遂川",), "360800")
    assert names(found) == ["遂川茶工", "井冈护工", "白鹭家政"]


def test_bracketed_names_whose_count_differs_are_not_read():
    assert names(brands_of("全市现有劳务品牌5个（遂川茶工、井冈护工），均已建立工作专班。", ("遂川",), "360800")) == []


def test_certification_label_is_not_a_brand():
    assert names(brands_of("全省第三批“赣字号”特色劳务品牌名单公布。", (), "360000")) == []


def test_government_body_before_the_anchor_is_no_name():
    assert names(brands_of("吉安市委市政府高度重视劳务品牌建设。", ("吉安市", "吉安"), "360800")) == []


def test_count_of_brands_is_no_name():
    assert names(brands_of("吉安十大劳务品牌带动就业。", ("吉安",), "360800")) == []
    assert names(brands_of("吉安市目前共有劳务品牌9个。", ("吉安市",), "360800")) == []


def test_slogan_after_the_anchor_is_no_name():
    assert names(brands_of("劳务品牌“走出去”，离不开协作。", (), "360800")) == []


# -- brands named without 劳务品牌 next to them, and where a name without a place comes from ---------

def test_quoted_epithet_used_for_a_counted_group_twice():
    text = "万载县举办“赣妹赣哥”推介会。会上确定3000余名“赣妹赣哥”将赴芜湖务工。"
    found = brands_of(text, ("万载县",), "360922")
    assert [(b.name, b.origin) for b in found] == [("赣妹赣哥", "360922")]


def test_quoted_epithet_used_once_is_not_enough():
    assert names(brands_of("3000余名“赣妹赣哥”将赴芜湖务工。", (), "360922")) == []


def test_quoted_honorific_is_not_a_brand():
    text = "8名“技术能手”脱颖而出，他们都是“技术能手”。"
    assert names(brands_of(text, (), "360922")) == []


def test_place_before_a_quoted_trade_word_belongs_to_the_name():
    text = "芜湖、三亚的烟花厂里随处可见万载「焰手」的身影。"
    found = brands_of(text, ("万载", "芜湖", "三亚"), "360922")
    assert [(b.name, b.alt_labels, b.origin) for b in found] == [("万载焰手", ("焰手",), "360922")]


def test_place_before_a_longer_quoted_name_only_says_where_it_is():
    text = "安福县积极对接吉安市“武功山厨师”劳务品牌培训基地。"
    found = brands_of(text, ("安福县", "吉安市"), "360829")
    assert [(b.name, b.origin) for b in found] == [("武功山厨师", "360800")]


def test_unquoted_copula_subject_of_a_brand_predicate():
    text = "樟树药工是樟树市的另一个劳务品牌，药工们主要在亳州务工。"
    found = brands_of(text, ("樟树市", "亳州"), "360900")
    assert [(b.name, b.origin) for b in found] == [("樟树药工", "360982")]


def test_name_without_a_place_takes_the_region_opening_the_sentence():
    text = "铜鼓县立足本地产业，先后推出“客家阿妹”、“山里汉子”等劳务品牌。"
    found = brands_of(text, ("铜鼓县",), "360900")
    assert [(b.name, b.origin) for b in found] == [("客家阿妹", "360926"), ("山里汉子", "360926")]


def test_level_from_the_provinces_list_announced_just_before():
    text = "全省第三批“赣字号”特色劳务品牌名单公布。\n由铜鼓县培育的“客家阿妹”上榜，该品牌已带动300余名“客家阿妹”外出务工。"
    found = brands_of(text, ("铜鼓县",), "360926")
    assert [(b.name, b.level) for b in found] == [("客家阿妹", "provincial")]


def test_level_awarded_in_a_later_clause_of_the_brands_own_sentence():
    text = "“万载花炮师”是万载县着力打造的劳务品牌，先后被评为市级劳务品牌和省级劳务品牌。"
    assert [(b.name, b.level) for b in brands_of(text, ("万载县", "万载"), "360922")] == [("万载花炮师", "provincial")]


def test_level_after_an_also_called_name():
    text = "“万载花炮师”入选劳务品牌目录。“万载花炮师”又称“万载烟花师”，2021年被评为国家级劳务品牌。"
    found = {b.name: b.level for b in brands_of(text, ("万载", "宜丰"), "360922")}
    assert found["万载花炮师"] == "national"


def test_unquoted_name_opening_a_clause_with_a_copula_and_a_level():
    text = "全县现有劳务品牌2个（万载花炮师、万载夏布工），万载夏布工是我县首个市级劳务品牌。"
    found = {b.name: b.level for b in brands_of(text, ("万载",), "360922")}
    assert found == {"万载花炮师": None, "万载夏布工": "municipal"}


def test_levels_mapped_to_a_list_are_not_one_brands():
    text = "“万载花炮师”“宜丰竹匠”分别入选省级、市级劳务品牌。"
    found = {b.name: b.level for b in brands_of(text, ("万载", "宜丰"), "360922")}
    assert found == {"万载花炮师": "provincial", "宜丰竹匠": "municipal"}


def test_count_place_and_worker_word_unquoted_where_the_worker_word_recurs():
    text = "劳务品牌越叫越响。1.2万名万载花炮师傅，把手艺带到了全国。花炮师傅的足迹遍布各地。"
    found = brands_of(text, ("万载",), "360922")
    assert [(b.name, b.alt_labels, b.origin) for b in found] == [("万载花炮师傅", ("花炮师傅",), "360922")]


def test_count_place_and_worker_word_once_is_no_brand():
    assert names(brands_of("劳务品牌越叫越响。1.2万名万载花炮师傅，把手艺带到了全国。", ("万载",), "360922")) == []


def test_job_matchmakers_are_no_brand():
    text = "全县30名“就业红娘”走村入户，“就业红娘”外出对接岗位。"
    assert names(brands_of(text, (), "360922")) == []


def test_a_campaign_before_the_anchor_is_no_brand():
    assert names(brands_of("县里还打造了“春风送岗行动”劳务品牌。", (), "360924")) == []


def test_a_town_named_like_a_county_far_away_belongs_to_the_local_county():
    # 金沙 is a county of Guizhou; here it is a town of a Jiangxi county that builds the brand
    text = "万载县大力培育“金沙厨娘”劳务品牌，带动300余名妇女就业。"
    found = brands_of(text, ("万载县",), "360922")
    assert [(b.name, b.origin) for b in found] == [("金沙厨娘", "360922")]


def test_a_brand_of_a_county_named_elsewhere_in_the_article_keeps_it():
    text = "来自金沙县的务工人员在万载县就业。万载县大力宣传“金沙厨娘”劳务品牌。"
    found = brands_of(text, ("万载县", "金沙县"), "360922")
    assert [(b.name, b.origin) for b in found] == [("金沙厨娘", "520523")]


def test_pipeline_does_not_mention_the_far_namesake_of_a_local_brands_town():
    from kg.normalize import normalize
    from kg.pipeline import extract

    text = "万载县大力培育“金沙厨娘”劳务品牌，带动300余名妇女就业。"
    facts = extract(normalize(Document("t.txt", text)))
    assert [(b.name, b.origin) for b in facts.brands] == [("金沙厨娘", "360922")]
    assert "520523" not in facts.regions.codes


def test_a_quoted_trade_alone_is_no_brand():
    text = "2万余名“采棉工”赴新疆务工，“采棉工”们…"
    assert names(brands_of(text, (), "360922")) == []


def test_quoted_place_and_worker_word_used_once_for_a_group():
    found = brands_of("2000余名“万载月嫂”走进芜湖千家万户。", ("万载",), "360922")
    assert [(b.name, b.origin) for b in found] == [("万载月嫂", "360922")]


def test_brand_named_only_in_a_headline_kept_apart_from_the_body():
    from kg.normalize import normalize
    from kg.pipeline import extract

    document = Document("t.md", "万载县今年组织月嫂培训10期。", title="2000余名“万载月嫂”走进芜湖千家万户")
    facts = extract(normalize(document))
    assert [(b.name, b.origin, b.evidence.text) for b in facts.brands] == [
        ("万载月嫂", "360922", "2000余名“万载月嫂”走进芜湖千家万户")]


def test_headline_wording_around_the_anchor_names_no_brand():
    from kg.normalize import normalize
    from kg.pipeline import extract

    document = Document("t.md", "万载县开展就业服务。", title="万载县：“就业援助月”送岗上门 劳务品牌叫响芜湖")
    assert extract(normalize(document)).brands == ()


# -- round 3: patterns behind the misses of the set-aside articles ----------------------------------

def test_quoted_list_closed_by_an_ellipsis_then_brands_as_its_topic():
    # a sentence opening on a run of quoted names, an ellipsis, then what they are (……越来越多的劳务品牌)
    cases = [
        ("“南充焊工”“阆中厨师”“营山瓦匠”……近年来，越来越多的“川字号”劳务品牌走出四川。",
         ["南充焊工", "阆中厨师", "营山瓦匠"]),
        ("“遵义家政”“仁怀酿酒师”…这些劳务品牌已在沿海站稳脚跟。", ["遵义家政", "仁怀酿酒师"]),
        ("“六安保姆”“霍山茶艺师”“舒城电工”……一个个劳务品牌正成为群众增收的金招牌。",
         ["六安保姆", "霍山茶艺师", "舒城电工"]),
    ]
    for text, expected in cases:
        assert names(brands_of(text, (), None)) == expected, text


def test_quoted_list_and_ellipsis_about_something_else_names_no_brand():
    text = "“春风行动”“就业援助月”……一系列招聘活动助力劳务品牌建设。"
    assert names(brands_of(text, (), None)) == []


def test_award_and_honorary_title_after_a_brand_are_no_brands():
    # 获“X奖”, 获“X”称号: the quoted award or title is no brand, even next to 劳务品牌
    cases = [
        "宿迁在全国劳务品牌大赛上荣获“优秀组织奖”，“宿迁电工”劳务品牌负责人获“劳务品牌形象代言人”称号。",
        "铜仁市获评劳务品牌工作“突出贡献奖”。",
        "去年，“铜仁绣娘”劳务品牌带头人获得“最美劳务品牌代言人”荣誉称号。",
    ]
    for text in cases:
        found = names(brands_of(text, (), None))
        assert not any(n.endswith(("奖", "称号", "代言人")) for n in found), (text, found)


def test_a_province_winning_at_a_brand_contest_is_no_unquoted_brand():
    for text in ("江苏荣获全国劳务品牌技能大赛一等奖。", "贵州获得全省劳务品牌推介会最佳组织单位。",
                 "南部县喜获劳务品牌大赛银奖。"):
        assert names(brands_of(text, (), None)) == [], text


def test_brands_broken_down_by_headcount_after_qizhong():
    # 劳务品牌从业人员…，其中，A约有N人，B近N万人: a breakdown of the brands' workers names each brand
    cases = [
        ("目前全市劳务品牌从业人员达12万人，其中，南充焊工约有3万人，阆中厨师近2万人，营山瓦匠8000多人。",
         ["南充焊工", "阆中厨师", "营山瓦匠"]),
        ("全省劳务品牌带动就业50万人，其中仁怀酿酒师12万人、凤冈茶艺师9万余人。", ["仁怀酿酒师", "凤冈茶艺师"]),
        ("去年该县劳务品牌输出人员占外出务工总数的四成；其中川妹子缝纫工有1.5万人，蓬安厨师约6000人。",
         ["川妹子缝纫工", "蓬安厨师"]),
        ("全省劳务品牌从业人员中，其中南充的哥5万多人，川妹子保姆3万人。", ["南充的哥", "川妹子保姆"]),
    ]
    for text, expected in cases:
        assert names(brands_of(text, (), None)) == expected, text


def test_a_breakdown_of_workers_that_are_no_brands_names_none():
    for text in ("全县转移劳动力5万人，其中脱贫劳动力1.2万人，农民工3万人。",
                 "全县劳务品牌从业人员2万人，其中女性1.2万人，脱贫人口3000人。",
                 "全县有劳务品牌3个，其中省级1个，市级2个。",
                 "全县劳务品牌从业人员2万人，其中女工1.2万人，男工8000人。"):
        assert names(brands_of(text, (), None)) == [], text


def test_a_quoted_group_counted_in_a_passage_about_brands():
    text = "六安市的劳务品牌越叫越响。霍山的“茶山女工”近5000人，舒城的“舒城电工”有1.2万人。"
    assert names(brands_of(text, (), None)) == ["茶山女工", "舒城电工"]
    # far from any 劳务品牌, a quoted group with a headcount is not read as a brand
    far = "六安市的劳务品牌越叫越响。今年春天雨水多。茶叶丰收。游客增加。霍山的“采茶女工”近5000人。"
    assert names(brands_of(far, (), None)) == []


def test_a_trade_whose_brand_standing_grows_and_whose_workers_are_named_by_it():
    # X的品牌影响力/知名度/效应, where the article also names X's workers (X师, X工): X is a labour brand
    cases = [
        ("营山木雕的品牌知名度越来越高，营山木雕师遍布全国。", ["营山木雕"]),
        ("阆中刺绣的品牌效应日益显现。上千名阆中刺绣工在外就业。", ["阆中刺绣"]),
        ("近年来，蓬安推拿的品牌影响力与日俱增，很多城市的蓬安推拿师成了行业标杆。", ["蓬安推拿"]),
    ]
    for text, expected in cases:
        assert names(brands_of(text, (), None)) == expected, text


def test_a_products_brand_standing_is_no_labour_brand():
    for text in ("营山农产品的品牌影响力不断提升。", "南充丝绸的品牌价值超过百亿元，南充丝绸远销海外。"):
        assert names(brands_of(text, (), None)) == [], text


def test_unquoted_list_opened_by_a_verb_with_items_of_different_places():
    cases = [
        ("南充已培育南部焊工、仪陇厨师、营山瓦匠等一批劳务品牌。", ["南部焊工", "仪陇厨师", "营山瓦匠"]),
        ("达州市先后打造了宣汉焊工、渠县厨师等劳务品牌。", ["宣汉焊工", "渠县厨师"]),
        ("近年来重庆相继推出了万州烤鱼师、城口修脚师和巫溪保姆等特色劳务品牌。", ["万州烤鱼师", "城口修脚师", "巫溪保姆"]),
    ]
    for text, expected in cases:
        assert names(brands_of(text, (), None)) == expected, text


def test_quoted_run_then_a_comma_and_a_pointer_to_brands():
    cases = [
        ("“南部焊工”“仪陇厨师”，这些劳务品牌已在长三角站稳脚跟。", ["南部焊工", "仪陇厨师"]),
        ("“宣汉焊工”“渠县厨师”“大竹月嫂”，一批叫得响的劳务品牌从这里走出。", ["宣汉焊工", "渠县厨师", "大竹月嫂"]),
        ("从“万州烤鱼师”到“城口修脚师”，一个个劳务品牌叫响全国。", ["万州烤鱼师", "城口修脚师"]),
    ]
    for text, expected in cases:
        assert names(brands_of(text, (), None)) == expected, text
    # a run of campaign names and a pointer to 劳务品牌建设 names no brand
    assert names(brands_of("“春风行动”“就业援助月”，这些活动助力劳务品牌建设。", (), None)) == []

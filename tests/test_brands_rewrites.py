"""Brand names, origins and destinations in the wordings a second round of rewrites used: a breakdown split at
semicolons, a list named after the anchor's own clause, a run of names pointed at by 一个个名字, a label before the
subject, a fronted locative. Every paragraph is written for these tests about counties the real news set does not
mention; each family has two wordings that must be read and a near-miss that must not.
"""
from __future__ import annotations

import pytest

from tests.test_brands_paraphrase import HEADLINE, _brands, _destinations, _facts


def _names(tmp_path, body, headline=HEADLINE):
    return {b.name for b in _facts(tmp_path, body, headline).brands}


# -- a headcount breakdown written as clauses split at semicolons (其中，A有N人；B近N人；…) --------------------------

@pytest.mark.parametrize("body", [
    # 其中 and semicolons: the segmenter ends a segment at each ；
    "镇巴县的劳务品牌从业人员共有3.5万人。其中，镇巴砌筑工有1.2万人；镇巴家政员近8000人；"
    "镇巴电焊工逾五千人。",
    # 具体来看 opens it, and the items are quoted
    "镇巴县的劳务品牌从业人员共有3.5万人。具体来看，“镇巴砌筑工”有一万二千余人；"
    "镇巴家政员将近8000人；“镇巴电焊工”5000多人。",
    # counts in words of magnitude (上万人, 数千人)
    "镇巴县的劳务品牌从业人员共有3.5万人。其中，镇巴砌筑工有上万人，镇巴家政员数千人，"
    "镇巴电焊工三千余人。",
])
def test_a_breakdown_split_at_semicolons_names_each_brand(tmp_path, body):
    assert {"镇巴砌筑工", "镇巴家政员", "镇巴电焊工"} <= _names(tmp_path, body)
    assert not any(name.endswith("有上") for name in _names(tmp_path, body))


def test_a_breakdown_by_kind_of_worker_names_no_brand(tmp_path):
    # the same form counting the county's workers by sex and kind: no name of a group among them
    body = ("镇巴县的劳务品牌从业人员共有3.5万人。其中，女性有1.2万人；脱贫劳动力近8000人；"
            "返乡人员逾五千人。")
    assert _names(tmp_path, body) == set()


def test_a_quoted_group_counted_two_sentences_of_semicolons_after_the_anchor(tmp_path):
    # the passage about brands is counted in sentences: the clauses split at ； are one sentence each
    body = ("全县劳务品牌从业人员共有2.3万人。其中，镇巴砌筑工有1.2万人；镇巴家政员近8000人。"
            "仅盐场镇一地，外出司机就有三千人；渔渡镇的“巴山焊匠”近2000人；兴隆镇的木工有一千人。")
    assert "巴山焊匠" in _names(tmp_path, body)


# -- the anchor's own predicate, then a clause that enumerates the brands (…劳务品牌先后打响，分别为“A”“B”) ---------

@pytest.mark.parametrize("body", [
    "如今，镇坪县已有3个劳务品牌先后打响名气，分别为“镇坪药农”“镇坪月嫂”“镇坪焊工”等。",
    "目前全县共有三个劳务品牌通过省级认定，依次是“镇坪药农”、“镇坪月嫂”和“镇坪焊工”。",
])
def test_brands_enumerated_after_the_anchors_predicate(tmp_path, body):
    assert {"镇坪药农", "镇坪月嫂", "镇坪焊工"} <= _names(tmp_path, body)


def test_an_enumeration_of_what_the_anchor_only_modifies_names_no_brand(tmp_path):
    # the classes of a brand training course, enumerated after the same kind of predicate
    body = "今年镇坪县劳务品牌培训班开了三期，分别为“春季班”“夏季班”“秋季班”。"
    assert _names(tmp_path, body) == set()


# -- a run of quoted names pointed at by 一个个名字 in the passage about brands --------------------------------------

@pytest.mark.parametrize("body", [
    "“秦字号”劳务品牌越来越有名。近年来，“镇坪药农”“汉阴月嫂”“石泉焊工”……一个个名字渐渐为人熟知。",
    "该省高度重视劳务品牌建设。“镇坪药农”“汉阴月嫂”“石泉焊工”，这些响亮的名号走出了大山。",
])
def test_a_run_pointed_at_as_names_in_the_passage_names_brands(tmp_path, body):
    assert {"镇坪药农", "汉阴月嫂", "石泉焊工"} <= _names(tmp_path, body)


def test_a_run_pointed_at_as_campaigns_names_no_brand(tmp_path):
    body = "该省劳务品牌建设有序推进。“春风送岗”“百日千万”“就业援助月”……一个个活动接连开展。"
    assert _names(tmp_path, body) == set()


# -- the copula's subject: after a heading label, or left out in a second clause (…，是A县打造的省级劳务品牌之一) ---------

@pytest.mark.parametrize("body", [
    "【品牌链接】“秦巴药农”是镇坪县重点培育的省级劳务品牌，属于农技类劳务品牌。",
    "“秦巴药农”属于农技类劳务品牌，是镇坪县培育的省级劳务品牌。",
    "“秦巴药农”已带动3000余人外出就业，是镇坪县着力培育的省级劳务品牌。",
])
def test_the_quoted_subject_of_a_copula_clause_is_a_brand_built_by_the_county(tmp_path, body):
    assert ("秦巴药农", "镇坪县", "provincial") in _brands(tmp_path, body)


def test_a_subjectless_copula_about_a_base_names_no_brand(tmp_path):
    # the clause ranks a training base the anchor modifies, and the quoted name is a park's
    body = "“秦巴药谷”产业园已入驻企业20家，是镇坪县打造的省级劳务品牌培育基地之一。"
    assert _names(tmp_path, body) == set()


# -- a fronted locative: 在A、B等…的省份，X设立… (the places first, the work in the main clause) ----------------------

@pytest.mark.parametrize("body", [
    "镇坪县拟打造“镇坪焊工”劳务品牌。在江苏、浙江等焊工聚集的省份，镇坪县设立了服务站。",
    "“镇坪焊工”是镇坪县打造的劳务品牌。在江苏、浙江等用工需求旺盛的地区，镇坪焊工十分抢手。",
])
def test_places_of_a_fronted_locative_with_a_relative_clause_are_destinations(tmp_path, body):
    assert {("镇坪焊工", "江苏省"), ("镇坪焊工", "浙江省")} <= _destinations(tmp_path, body)


def test_a_fronted_locative_of_a_fair_is_no_destination(tmp_path):
    body = "“镇坪焊工”是镇坪县打造的劳务品牌。在江苏、浙江等经济发达的省份，镇坪县举办了劳务品牌推介会。"
    assert _destinations(tmp_path, body) == set()


# -- literary verbs of going with a direction or 远 (北进京津, 远上新疆), a dash closing the chain -----------------------

@pytest.mark.parametrize("body, places", [
    ("“镇坪焊工”是镇坪县打造的劳务品牌。北进京津，远上新疆——近年来，大批镇坪焊工走出了大山。",
     {"北京市", "天津市", "新疆维吾尔自治区"}),
    ("“镇坪焊工”是镇坪县打造的劳务品牌。多年来，镇坪焊工们南进广东，北进辽宁，把手艺带到了各地。",
     {"广东省", "辽宁省"}),
])
def test_a_chain_of_directed_verbs_of_going_gives_destinations(tmp_path, body, places):
    assert {("镇坪焊工", place) for place in places} <= _destinations(tmp_path, body)


def test_a_chain_verb_to_a_contest_is_no_destination(tmp_path):
    body = "“镇坪焊工”是镇坪县打造的劳务品牌。镇坪焊工们走出大山，远上北京参加技能大赛。"
    assert _destinations(tmp_path, body) == set()


# -- in an article about one brand, a paragraph that opens with the present or a span of years goes on about its workers

BUILT = "“镇坪巧匠”是镇坪县打造的省级劳务品牌。近年来，镇坪县大力开展技能培训，推动品牌不断壮大升级。\n"


@pytest.mark.parametrize("body, place", [
    (BUILT + "目前，镇坪县每年送往江苏造船厂的电焊工有2000余人。", "江苏省"),
    (BUILT + "如今，每年由镇坪县输出到浙江宁波的木工逾千人，人均年收入6万元。", "宁波市"),
    (BUILT + "近年来，镇坪县每年送往江苏造船厂的电焊工有2000余人。", "江苏省"),
    (BUILT + "据介绍，每年，镇坪县输出到浙江宁波的木工逾千人。", "宁波市"),
])
def test_the_next_paragraph_opening_with_the_present_goes_on_about_the_one_brand(tmp_path, body, place):
    assert ("镇坪巧匠", place) in _destinations(tmp_path, body)


@pytest.mark.parametrize("body", [
    # the whole county's workforce, not the brand's workers
    BUILT + "目前，全县外出务工人员达5万人，主要在江苏、浙江务工。",
    # an official's visit, and another region's transfer
    BUILT + "近年来，县领导多次赴江苏考察用工企业。",
    BUILT + "近年来，安康市每年向江苏输送务工人员2万人。",
    # two brands: the paragraph could be about either
    BUILT.replace("。近年来", "，“镇坪月嫂”也已叫响全省。近年来") + "目前，镇坪县每年送往江苏造船企业的电焊工达2000余人。",
])
def test_a_present_paragraph_about_the_workforce_or_after_two_brands_gives_none(tmp_path, body):
    assert _destinations(tmp_path, body) == set()


# -- more ways to enumerate after the anchor's predicate: a colon, 包括, a list of the awarded (名单的有) --------------

@pytest.mark.parametrize("body", [
    "镇坪县已有4个劳务品牌先后打响名气，包括“镇坪月嫂”“镇坪焊工”等。",
    "入选第三批省级劳务品牌名单的有“镇坪月嫂”“镇坪焊工”。",
    "全县劳务品牌增至2个：镇坪月嫂、镇坪焊工。",
    "镇坪县已有两个劳务品牌叫响全省，分别为镇坪月嫂和镇坪焊工。",
])
def test_brands_listed_after_a_predicate_a_colon_or_a_list_of_the_awarded(tmp_path, body):
    assert {"镇坪月嫂", "镇坪焊工"} <= _names(tmp_path, body)


def test_a_colon_after_the_anchors_predicate_listing_results_names_no_brand(tmp_path):
    body = "镇坪县劳务品牌建设取得三项成果：技能培训、有序输出、权益维护。"
    assert _names(tmp_path, body) == set()


# -- an award before the anchor and 的 after it: 获评省级劳务品牌的“X” -------------------------------------------------

@pytest.mark.parametrize("body", [
    "获评省级劳务品牌的“镇坪月嫂”，已带动2000余名妇女就业。",
    "去年被认定为省级劳务品牌的“镇坪月嫂”如今供不应求。",
])
def test_the_quoted_name_after_an_awarded_anchor_and_de_is_the_brand(tmp_path, body):
    assert ("镇坪月嫂", "镇坪县", "provincial") in _brands(tmp_path, body)


def test_an_awarded_anchor_before_a_quoted_experience_names_no_brand(tmp_path):
    body = "镇坪县获评省级劳务品牌的“三个一”经验在全省推广。"
    assert _names(tmp_path, body) == set()


def test_a_counted_list_after_a_verb_and_its_complement(tmp_path):
    # 培育出A、B两个劳务品牌: 出 is the verb's, not the first name's
    body = "镇坪县目前已培育出镇坪月嫂、镇坪焊工两个劳务品牌。"
    assert _names(tmp_path, body) == {"镇坪月嫂", "镇坪焊工"}


# -- destinations in other forms: short forms closed by 等, practitioners opening a clause, stock in 两地, a scene
# -- closed by a kind of place, a counted company of a place -------------------------------------------------------

BRAND = "“镇坪月嫂”是镇坪县打造的劳务品牌"


def _to(*places):
    return {("镇坪月嫂", place) for place in places}


@pytest.mark.parametrize("body, places", [
    (BRAND + "。目前，镇坪月嫂的足迹已遍及京津沪等20多个大中城市。", ("北京市", "天津市", "上海市")),
    (BRAND + "。镇坪月嫂服务于京津等大城市的家庭。", ("北京市", "天津市")),
    (BRAND + "，从业人员主要集中在北京、天津两地。", ("北京市", "天津市")),
    (BRAND + "，其从业者大多分布在北京、天津。", ("北京市", "天津市")),
    (BRAND + "。北京、天津两地共有镇坪月嫂2000余人。", ("北京市", "天津市")),
    (BRAND + "。北京、天津、上海三地现有镇坪月嫂3000多名。", ("北京市", "天津市", "上海市")),
    (BRAND + "。在北京、天津等大城市，到处都能看到镇坪月嫂的身影。", ("北京市", "天津市")),
    (BRAND + "。在北京、天津两个城市，镇坪月嫂供不应求。", ("北京市", "天津市")),
    (BRAND + "。镇坪县与北京一家家政公司签订协议，每年输送镇坪月嫂500名。", ("北京市",)),
])
def test_destinations_in_more_forms(tmp_path, body, places):
    assert _to(*places) <= _destinations(tmp_path, body)


@pytest.mark.parametrize("body", [
    BRAND + "。县领导赴京津等地考察镇坪月嫂就业情况。",  # a visit
    BRAND + "，全县务工人员主要集中在北京、天津两地。",  # the whole workforce
    BRAND + "。北京、天津两地共有3家企业与镇坪县签约。",  # companies counted, not workers
    BRAND + "。在北京、天津等大城市，镇坪县举办了劳务品牌推介会。",  # a fair
    BRAND + "。镇坪县与北京鑫康家政有限公司签订协议，每年输送镇坪月嫂500名。",  # the place only names a company
])
def test_near_misses_of_those_forms_give_no_destination(tmp_path, body):
    assert _destinations(tmp_path, body) == set()


# -- a sentence that points back at a brand (这一劳务品牌…, 该品牌…): the one quoted name of the sentence before --------

@pytest.mark.parametrize("body", [
    "提起“镇坪月嫂”，在西安几乎无人不知。这一劳务品牌由镇坪县于2015年创建。",
    "近年来，“镇坪焊工”越来越受企业欢迎。该品牌已带动3000余人就业。",
])
def test_a_pointer_to_a_brand_makes_the_quoted_name_before_it_one(tmp_path, body):
    assert _names(tmp_path, body) & {"镇坪月嫂", "镇坪焊工"}


@pytest.mark.parametrize("body", [
    "今年，“春风送岗”活动走进镇坪县。这一品牌活动已连续举办五年。",
    "镇坪县举办了“镇坪杯”焊工技能大赛，“一人一技”培训也同步开展。这一品牌已打响。",
])
def test_a_pointer_after_a_campaign_or_two_names_gives_no_brand(tmp_path, body):
    assert _names(tmp_path, body) == set()


# -- a clause-initial award for the quoted name of the clause before: 被认定为…, 已成为 + a level -------------------------

@pytest.mark.parametrize("body", [
    "由镇坪县人社局培育的“镇坪月嫂”，如今已成为省级劳务品牌。",
    "“镇坪月嫂”依托县职教中心培训，2022年被认定为省级劳务品牌。",
    "镇坪县着力打造的“镇坪月嫂”，去年被评为省级劳务品牌。",
])
def test_the_quoted_subject_of_a_clause_initial_award(tmp_path, body):
    assert ("镇坪月嫂", "镇坪县", "provincial") in _brands(tmp_path, body)


@pytest.mark.parametrize("body", [
    "由镇坪县培育的“秦巴药谷”，如今已成为省级劳务品牌示范基地。",  # the award is a base's
    "由镇坪县培育的“镇坪月嫂”，如今已成为劳务品牌中的一员。",  # 成为 with no level awards nothing
])
def test_a_clause_initial_award_of_a_base_or_with_no_level(tmp_path, body):
    assert not any(level for _, _, level in _brands(tmp_path, body))
    assert "秦巴药谷" not in _names(tmp_path, body)


# -- “X”就是其中之一 after the anchor: one of the brands it named ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "一批有口碑的劳务品牌在镇坪县诞生，“镇坪月嫂”就是其中之一。",
    "近年来，镇坪县涌现出多个劳务品牌。“镇坪焊工”便是其中的佼佼者。",
])
def test_a_quoted_name_said_to_be_one_of_the_brands(tmp_path, body):
    assert _names(tmp_path, body) & {"镇坪月嫂", "镇坪焊工"}


def test_one_of_the_companies_after_the_anchor_is_no_brand(tmp_path):
    body = "镇坪县推进劳务品牌建设，一批企业前来签约，“秦巴药业”就是其中之一。"
    assert _names(tmp_path, body) == set()


# -- short forms counted as places (京津两地) and earnings made there (在A、B两地实现劳务收入) ----------------------------

@pytest.mark.parametrize("body, places", [
    (BRAND + "。京津两地的家政市场上，活跃着3000多名镇坪月嫂。", ("北京市", "天津市")),
    (BRAND + "。去年，镇坪月嫂在北京、天津两地实现劳务收入1.2亿元。", ("北京市", "天津市")),
    (BRAND + "。镇坪月嫂在沪苏两地年均挣钱超过6万元。", ("上海市", "江苏省")),
])
def test_counted_short_forms_and_earnings_there(tmp_path, body, places):
    assert _to(*places) <= _destinations(tmp_path, body)


@pytest.mark.parametrize("body", [
    BRAND + "。镇坪月嫂们常年与家人分居两地。",  # 两地 after words that are no short forms
    BRAND + "。县领导带队赴京津两地考察家政市场。",  # a visit
])
def test_two_places_of_a_family_or_a_visit_are_no_destinations(tmp_path, body):
    assert _destinations(tmp_path, body) == set()


# -- a builder written with its parents (A市B县打造的) is the most specific region; more uses of a quoted group ------

@pytest.mark.parametrize("body", [
    "“秦巴焊工”是安康市镇坪县打造的劳务品牌。",
    "作为陕西省安康市镇坪县着力打造的劳务品牌，“秦巴焊工”已带动800余人就业。",
])
def test_a_builder_written_with_its_parents_is_the_county(tmp_path, body):
    assert ("秦巴焊工", "镇坪县", None) in _brands(tmp_path, body)


def test_a_builder_naming_two_separate_regions_keeps_the_first(tmp_path):
    # 安康市和镇坪县: two regions side by side, not a county written after its city
    body = "“秦巴焊工”是安康市和汉中市共同打造的劳务品牌。"
    assert ("秦巴焊工", "安康市", None) in _brands(tmp_path, body)


@pytest.mark.parametrize("body", [
    "镇坪县的劳务品牌建设成效显著。镇坪县人社局介绍，“镇坪焊工”目前有从业人员800余人。",
    "镇坪县的劳务品牌建设成效显著。“镇坪焊工”已经成了镇坪县的一张亮丽名片。",
])
def test_a_quoted_place_and_trade_with_practitioners_or_as_a_name_card(tmp_path, body):
    assert "镇坪焊工" in _names(tmp_path, body)


def test_a_quoted_place_and_trade_with_visitors_is_no_brand(tmp_path):
    body = "镇坪县的劳务品牌建设成效显著。“镇坪焊工”技能大赛目前有参赛选手80余人。"
    assert _names(tmp_path, body) == set()


# -- short forms before a workplace noun (走进京津家庭, 进驻沪苏企业) ----------------------------------------------------

@pytest.mark.parametrize("body, headline", [
    ("镇坪县今年组织家政培训12期，培训学员600余人。", "3000余名“镇坪月嫂”走进京津家庭"),
    (BRAND + "。镇坪月嫂已走进京津家庭，深受好评。", HEADLINE),
])
def test_short_forms_before_a_workplace(tmp_path, body, headline):
    assert _to("北京市", "天津市") <= _destinations(tmp_path, body, headline)


def test_short_forms_before_a_workplace_on_a_visit(tmp_path):
    body = BRAND + "。县领导赴京津企业考察用工需求。"
    assert _destinations(tmp_path, body) == set()


# -- employers named before where they come from (用工单位分别来自A、B) ---------------------------------------------------

@pytest.mark.parametrize("body", [
    BRAND + "。招聘会上，30家用工单位分别来自北京、天津，当场与镇坪月嫂签约200人。",
    BRAND + "。这次招聘的用工企业主要来自北京、天津，岗位均面向镇坪月嫂。",
])
def test_employers_before_the_places_they_come_from(tmp_path, body):
    assert _to("北京市", "天津市") <= _destinations(tmp_path, body)


def test_trainees_from_places_are_no_destination(tmp_path):
    body = BRAND + "。参加镇坪月嫂培训的学员分别来自北京、天津。"
    assert _destinations(tmp_path, body) == set()


def test_a_fronted_locative_of_an_officials_visit_is_no_destination(tmp_path):
    # the scene names the workers, the main clause is a visit
    body = BRAND + "。在北京、天津等镇坪月嫂聚集的城市，县领导考察了多家家政企业。"
    assert _destinations(tmp_path, body) == set()


def test_a_fronted_locative_of_their_work_is_a_destination(tmp_path):
    body = BRAND + "。在北京、天津等镇坪月嫂聚集的城市，镇坪县设立了服务站。"
    assert _to("北京市", "天津市") <= _destinations(tmp_path, body)


def test_a_breakdown_ends_at_a_clause_that_singles_out_a_part(tmp_path):
    # the clause after the semicolon singles out one county's drivers: no item of the brands' breakdown
    body = ("镇巴县的劳务品牌从业人员共有3.5万人。其中，镇巴砌筑工有1.2万人；镇巴家政员近8000人；"
            "仅长岭镇的货车司机就有3000人。")
    assert _names(tmp_path, body) == {"镇巴砌筑工", "镇巴家政员"}


# -- an epithet with no place, quoted once and then written bare: used twice all the same ---------------------------

@pytest.mark.parametrize("body", [
    "镇坪县的劳务品牌建设成效显著。每年有上千名“秦巴巧嫂”外出务工。秦巴巧嫂们大多在北京从事家政服务。",
    "镇坪县的劳务品牌建设成效显著。一批批“秦巴巧嫂”走出大山。如今，秦巴巧嫂已成为家政市场的抢手货。",
])
def test_an_epithet_quoted_once_and_then_written_bare(tmp_path, body):
    assert "秦巴巧嫂" in _names(tmp_path, body)


@pytest.mark.parametrize("body", [
    "镇坪县的劳务品牌建设成效显著。每年有上千名“秦巴巧嫂”外出务工。",  # once only
    "镇坪县的劳务品牌建设成效显著。今年，县里评出了10名“最美家政员”。最美家政员们受到了表彰。",  # an honour
])
def test_an_epithet_used_once_or_an_honour_is_no_brand(tmp_path, body):
    assert _names(tmp_path, body) == set()

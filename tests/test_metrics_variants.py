"""Metrics through the whole pipeline on paragraphs written for this test, in several reporters' styles, about
places the real set never names (Sichuan, Guizhou, Anhui, Jiangxi, Gansu): indicators, regions, years and the
figures that are not metrics."""
from __future__ import annotations

from decimal import Decimal

from kg.model import Document
from kg.normalize import normalize
from kg.pipeline import extract

TONGJIANG, BAZHONG, SICHUAN = "511921", "511900", "510000"
NAYONG, BIJIE = "520525", "520500"
LINQUAN, FUYANG, ANHUI = "341221", "341200", "340000"
YUDU, GANZHOU = "360731", "360700"
HUINING, BAIYIN = "620422", "620400"
WENZHOU, XIAMEN, SUZHOU, NINGBO = "330300", "350200", "320500", "330200"


def observations(body: str, title: str | None = None, date: str | None = "2024-03-05"):
    facts = extract(normalize(Document("variant.txt", body, title=title, date=date)))
    return facts.observations


def by_value(obs, value) -> list:
    return [o for o in obs if o.value == Decimal(str(value))]


# -- indicators: the noun phrase the number counts, whole ------------------------------------------------------

def test_a_bare_verb_keeps_the_verb_of_achievement_before_it():
    obs = observations("截至目前，通江县已累计培训5200人；实现就业3100人，其中脱贫人口900人。")
    assert [o.indicator for o in by_value(obs, 3100)] == ["实现就业"]


def test_a_bare_transfer_verb_counting_people_counts_the_labour_force_moved():
    for body in ("今年一季度，全县已输转4.2万人，创劳务收入6100万元。",
                 "临泉县今年已转移3.6万人。",
                 "去年全县共输出1.8万人。"):
        obs = observations("临泉县位于皖西北。\n" + body)
        counted = [o for o in obs if o.unit == "人"]
        assert counted and counted[0].indicator.endswith("劳动力"), (body, counted)
        assert counted[0].region == LINQUAN


def test_a_named_object_after_a_transfer_verb_is_kept_as_written():
    obs = observations("今年以来，临泉县输转农村劳动力4.2万人。")
    assert [o.indicator for o in obs] == ["输转农村劳动力"]


def test_demonstratives_and_adverbs_are_not_what_was_counted():
    obs = observations("于都县务工人员坐专列到了厦门。下车后，这些务工人员将分别前往厦门市6个区的40家工厂。")
    six = by_value(obs, 6)
    assert six, obs
    assert "务工人员前往" in six[0].indicator
    assert not any(word in six[0].indicator for word in ("这些", "将", "分别"))


def test_the_counted_noun_ends_where_entering_starts():
    obs = observations("纳雍县人社局负责人介绍，去年该县有200多名纳雍籍青年进入苏州几家电子企业上班。")
    assert obs and "进入" not in obs[0].indicator and "电子企业" not in obs[0].indicator


def test_days_named_before_a_figure_are_when_not_what():
    obs = observations("会宁县首趟专列今日发车，随后将于6日、9日、12日分发3趟专列。")
    three = by_value(obs, 3)
    assert three and not any(ch.isdigit() for ch in three[0].indicator) and "日" not in three[0].indicator


def test_where_people_came_from_does_not_lead_the_indicator():
    obs = observations("3月2日上午，来自于都的420名务工人员乘坐专列前往厦门。")
    assert obs and not obs[0].indicator.startswith(("来自", "的")), obs
    assert "务工人员" in obs[0].indicator


def test_in_after_native_stays_inside_the_counted_noun():
    obs = observations("厦门市人社局介绍，经过比对全市2.4万个江西籍在厦流动人口数据，厦门制定了接返方案。")
    assert obs and obs[0].region == XIAMEN
    assert "流动人口" in obs[0].indicator


# -- regions: the statement's subject ---------------------------------------------------------------------------

def test_a_province_of_origin_named_by_native_yields_to_the_receiving_city_the_article_is_about():
    body = ("宁波市开出返岗专列。\n宁波市人社局介绍，今年宁波共接回1300名贵州籍员工。")
    obs = observations(body)
    assert [(o.region, o.value) for o in obs] == [(NINGBO, Decimal("1300"))]


def test_a_county_of_origin_named_by_native_keeps_the_figure():
    obs = observations("宁波市开出返岗专列，运送860名纳雍籍务工人员。")
    assert [(o.region, o.value) for o in obs] == [(NAYONG, Decimal("860"))]


def test_an_example_picked_out_by_only_is_its_places_but_only_in_a_place_is_where_workers_are():
    obs = observations("会宁县常年在外务工人员15万人。仅会宁县的建筑工就有2.1万人。", date="2024-03-05")
    assert [(o.region, o.value) for o in obs if o.value == Decimal("21000")] == [(HUINING, Decimal("21000"))]
    obs = observations("会宁县常年在外务工人员15万人，其中在江苏务工的约6万人，仅在苏州市就有2.2万人。")
    held = [o for o in obs if o.value == Decimal("22000")]
    assert [o.region for o in held] == [HUINING]
    assert "苏州" in held[0].indicator


# -- figures that are not metrics -------------------------------------------------------------------------------

def test_a_census_population_is_not_a_metric_but_the_workers_among_it_are():
    obs = observations("据统计，临泉县户籍总人口230万余人，其中近60万人在外打工。")
    assert [(o.region, o.value) for o in obs] == [(LINQUAN, Decimal("600000"))]
    obs = observations("临泉县常住人口约160万。")
    assert obs == ()


def test_the_batch_one_ceremony_sends_off_is_an_ordinal_but_counted_batches_are_figures():
    obs = observations("3月1日，纳雍县举行12批“纳雍建工”外出务工欢送仪式，共有860名务工人员出发。")
    assert [(o.value, o.unit) for o in obs] == [(Decimal("860"), "人")]
    obs = observations("纳雍县分3批举行欢送仪式，共送出860名务工人员。")
    assert (Decimal("3"), "批") in [(o.value, o.unit) for o in obs]


def test_a_total_over_a_list_of_places_goes_to_the_region_holding_them_all():
    obs = observations("3月2日，阜阳西站开出一趟专列，来自安徽阜阳、亳州、六安、宿州等地共计800多名务工人员随车奔赴苏州。")
    held = [o for o in obs if o.value == Decimal("800")]
    assert [o.region for o in held] == [ANHUI]
    assert "务工人员" in held[0].indicator and "来自" not in held[0].indicator
    # where the listed places are where workers go, the count is the sender's
    obs = observations("临泉县开出返岗专车，发往苏州、无锡、常州等4个站点。")
    assert [(o.region, o.value) for o in obs] == [(LINQUAN, Decimal("4"))]


def test_where_the_counted_people_work_stays_in_the_indicator():
    obs = observations("目前，1.2万名通江籍务工人员在宁波稳定就业，人均月收入超过5000元。")
    held = by_value(obs, 12000)
    assert [o.region for o in held] == [TONGJIANG]
    assert held[0].indicator.endswith("在宁波稳定就业")
    # a place the people are at for an event ends the counted noun as before
    obs = observations("清晨，60名通江籍务工人员在县客运站登上大巴。")
    assert obs[0].indicator == "通江籍务工人员"


YUEXI = "340828"


def test_a_sentence_naming_one_brand_and_no_other_place_speaks_at_the_brands_origin():
    body = ("近年来，安徽省高度重视劳务品牌建设，“岳西茶师”“皖北月嫂”等劳务品牌越来越为人熟知。\n"
            "“公司最初只有50名农民工，眼下已壮大为拥有3000余人的‘岳西茶师’品牌，累计转移劳动力就业8万人。”公司负责人告诉记者。")
    obs = observations(body, title="安徽打造劳务品牌")
    assert {(o.region, o.value) for o in obs} >= {(YUEXI, Decimal("3000")), (YUEXI, Decimal("80000"))}
    assert [o.indicator for o in by_value(obs, 3000)] == ["岳西茶师品牌人数"]  # the size of what follows 的
    # a sentence of the province's own, naming no brand, stays the province's
    obs = observations(body + "\n全省品牌劳务规模120余万人。", title="安徽打造劳务品牌")
    assert (ANHUI, Decimal("1200000")) in {(o.region, o.value) for o in obs}


LIUPANSHUI = "520200"


def test_here_is_the_place_the_sentence_named_last():
    body = ("3月1日，一趟返岗专列从毕节站发车。\n"
            "7时整，专列发车。行驶约半小时后，列车停靠六盘水站，又有300余名务工人员在此上车。")
    obs = observations(body)
    held = by_value(obs, 300)
    assert [o.region for o in held] == [LIUPANSHUI]
    assert held[0].indicator.startswith("务工人员在此")


def test_a_crowd_a_person_stands_among_is_counted_but_his_own_figures_are_not():
    body = ("纳雍县返岗专列今日发车。\n"
            "今年32岁的王某已在厦门务工8年，他每月收入6000元。和他同车出发的，还有200多名务工人员。")
    obs = observations(body)
    assert [(o.region, o.value) for o in obs] == [(NAYONG, Decimal("200"))]
    assert obs[0].indicator == "务工人员"


def test_locally_is_the_subjects_own_place_not_the_last_one_named():
    obs = observations("纳雍县与宁波合作培训劳动力6000余人，并协助3000多名劳动力在当地实现就业。")
    assert [(o.region, o.value) for o in obs if o.value == Decimal("3000")] == [(NAYONG, Decimal("3000"))]


# -- approximations and the words around a figure ----------------------------------------------------------------

def test_approximations_in_every_wording_and_qiyue_is_no_hedge():
    hedged = {"通江县今年已输出劳动力逾1.2万人。": 12000, "通江县今年转移就业超3000人。": 3000,
              "通江县外出务工人员近两万人。": 20000, "通江县有持证月嫂一千二百余名。": 1200,
              "通江县输转劳动力5万人左右。": 50000, "通江县新增转移就业3000人以上。": 3000,
              "通江县现场达成就业意向约500人。": 500, "通江县拥有劳务经纪人上千名。": 1000,
              "通江县现场签约800余人。": 800}
    for body, value in hedged.items():
        obs = observations(body)
        assert [(o.value, o.approximate) for o in obs] == [(Decimal(value), True)], body
    for body in ("通江县当天共签约3200人。", "通江县今年节约运输成本20万元。", "通江县预约返岗的务工人员共3200人。"):
        obs = observations(body)
        assert obs and not obs[0].approximate, body
    obs = observations("通江县当天共签约3200人，签约企业45家。")
    assert [o.indicator for o in obs] == ["签约", "签约企业"]


def test_words_of_reaching_and_of_having_are_not_what_was_counted():
    cases = {"通江县劳务收入突破20亿元。": "劳务收入", "通江县外出务工人员已超5万人。": "外出务工人员",
             "通江县共有持证月嫂一千二百余名。": "持证月嫂", "通江县首批32名务工人员于2月8日出发。": "首批务工人员"}
    for body, indicator in cases.items():
        assert [o.indicator for o in observations(body)] == [indicator], body


# -- the origin's workers counted at their destination ----------------------------------------------------------

NAYONG_INTRO = "纳雍县劳务输出工作推进会召开。纳雍县位于贵州西北部。\n"


def test_a_destination_speaking_of_the_subjects_workers_gives_the_figure_to_the_origin():
    obs = observations(NAYONG_INTRO + "宁波市人社局局长介绍，今年该市已接收纳雍县务工人员3000余人。",
                       title="纳雍县劳务输出")
    assert [(o.region, o.value) for o in obs] == [(NAYONG, Decimal("3000"))]
    # workers of a place the article is not about stay with the city that received them
    obs = observations(NAYONG_INTRO + "宁波市人社局局长介绍，今年该市已接收湖北籍务工人员3000余人。",
                       title="纳雍县劳务输出")
    assert [(o.region, o.value) for o in obs] == [(NINGBO, Decimal("3000"))]


def test_native_places_stay_in_the_indicator_and_a_destinations_share_is_the_origins():
    obs = observations(NAYONG_INTRO + "宁波市共有纳雍籍务工人员1.2万人。", title="纳雍县劳务输出")
    assert [(o.region, o.indicator) for o in obs] == [(NAYONG, "纳雍籍务工人员")]
    obs = observations(NAYONG_INTRO + "纳雍县今年向宁波输送劳动力3000人，其中宁波北仑区1200人。", title="纳雍县劳务输出")
    assert [(o.region, o.value, o.indicator) for o in obs] == [
        (NAYONG, Decimal("3000"), "向宁波输送劳动力"), (NAYONG, Decimal("1200"), "宁波北仑区输送劳动力")]


def test_a_places_land_area_is_no_metric_but_a_workshops_floor_is():
    assert observations("通江县位于四川东北部，面积4116平方公里。") == ()
    obs = observations("通江县建成就业帮扶车间12个，面积3万平方米。")
    assert [(o.value, o.unit) for o in obs] == [(Decimal("12"), "个"), (Decimal("30000"), "平方米")]


def test_a_change_and_a_value_after_it_are_named_by_the_count_they_change():
    obs = observations("通江县输出劳动力5万人，同比增长12%，增加3000人。")
    assert [o.indicator for o in obs] == ["输出劳动力", "输出劳动力同比增长", "输出劳动力增加"]
    obs = observations("通江县劳务收入同比增长8.5%，达到12亿元。")
    assert [o.indicator for o in obs] == ["劳务收入同比增长", "劳务收入"]
    obs = observations("通江县外出务工人员占农村劳动力总数的45%。")
    assert [o.indicator for o in obs] == ["外出务工人员占农村劳动力总数"]


def test_no_indicator_opens_on_a_stray_particle_tag_or_frame():
    cases = {
        "通江县的的士司机共1.2万人。": "的士司机",
        "通江县的“巴山背二哥”近万人。": "巴山背二哥",
        "[四川] 通江县万余名农民工搭专列去新疆摘棉花": "农民工搭专列去新疆摘棉花",
        "对3万余名在外打拼的通江建筑工而言，这是一场技能盛会。": "在外打拼的通江建筑工",
    }
    for body, indicator in cases.items():
        obs = observations("通江县位于四川东北部。\n" + body)
        assert [o.indicator for o in obs] == [indicator], body


def test_a_verb_the_noun_window_cuts_in_two_still_ends_the_noun():
    obs = observations("18日，载着547名四川巴中通江籍务工人员的D1234次返岗专列顺利抵达宁波。")
    assert obs and not obs[0].indicator.endswith("顺"), obs


# -- per-county counts inside lists ------------------------------------------------------------------------------

ZHIJIN, HEZHANG = "520524", "520527"
BIJIE_INTRO = "毕节市劳务输出工作推进会召开。\n"


def test_per_county_counts_in_every_list_style():
    wanted = [(NAYONG, Decimal("12000")), (HEZHANG, Decimal("9000")), (ZHIJIN, Decimal("6000"))]
    for body in ("今年毕节市输出劳动力3万人，其中，纳雍县1.2万人、赫章县9000人、织金县6000人。",
                 "纳雍县、赫章县、织金县分别输出劳动力1.2万人、9000人和6000人。",
                 "纳雍县输出劳动力1.2万人，赫章县9000人，织金县6000人。",
                 "今年毕节市输出劳动力3万人，其中纳雍县（1.2万人）、赫章县（9000人）、织金县（6000人）居前三。"):
        obs = observations(BIJIE_INTRO + body, title="毕节市劳务输出")
        counties = [(o.region, o.value) for o in obs if o.region != BIJIE]
        assert counties == wanted, body
        assert all(o.indicator.endswith("输出劳动力") for o in obs), [o.indicator for o in obs]
        assert not any(o.indicator.startswith(("分别", "（")) for o in obs)
    # an aside that is not a place's figure stays out
    obs = observations(BIJIE_INTRO + "毕节市举办招聘会（共设展位120个）。", title="毕节市劳务输出")
    assert obs == ()


def test_a_figure_splitting_a_verb_names_the_act_and_a_contest_counts_its_entrants():
    obs = observations("通江县爱心专车将分3批发车，预计共运送520名农民工。")
    assert [o.indicator for o in obs] == ["爱心专车分批发车", "预计运送农民工"]
    obs = observations("通江县分3期培训月嫂200人。")
    assert [o.indicator for o in obs] == ["分期培训月嫂", "培训月嫂"]
    obs = observations("通江县位于四川东北部。\n从焊接到装配，6个工种的比拼精彩纷呈。")
    assert [o.indicator for o in obs] == ["工种"]


def test_the_trip_told_over_the_clauses_after_where_people_gathered_names_them():
    obs = observations("当日，四川省巴中市通江县1200多名务工者在通江火车站，乘坐县里统一安排的“定制专列”，前往浙江、福建。")
    assert [o.indicator for o in obs] == ["务工者乘坐定制专列前往浙江、福建"]
    # without a ride after it, where they gathered ends the noun as before
    obs = observations("当日，通江县1200多名务工者在通江火车站，参加了欢送仪式。")
    assert [o.indicator for o in obs] == ["务工者"]


# -- near-misses: visits, datelines, years inside the words -------------------------------------------------------

def test_a_visiting_party_is_no_metric():
    assert observations("通江县委书记一行5人赴苏州考察劳务协作工作。") == ()
    assert observations("苏州市组织12人考察团赴通江县对接劳务协作。") == ()


def test_a_dateline_and_byline_are_not_part_of_what_was_counted():
    for opening in ("新华社成都3月5日电（记者 王某）", "本报讯（记者 王某 通讯员 李某）"):
        obs = observations("通江县位于四川东北部。\n" + opening + "通江县今年输出劳动力5万人。")
        assert [o.indicator for o in obs] == ["输出劳动力"], opening


def test_years_say_when_not_what():
    obs = observations("通江县劳务输出人数由2020年的8万人增至2023年的12万人。")
    assert [(o.indicator, o.year) for o in obs] == [("劳务输出人数", 2020), ("劳务输出人数", 2023)]
    obs = observations("2023年通江县输出劳动力12万人，较2020年增加4万人。")
    assert [o.indicator for o in obs] == ["输出劳动力", "输出劳动力较2020年增加"]


# -- 其中: parts of the figure before -------------------------------------------------------------------------

def test_parts_after_qizhong_are_named_by_the_whole_and_the_part():
    for body in ("全县输出劳动力5万人，其中省外3万人，省内2万人。", "全县输出劳动力5万人，其中，省外3万人，省内2万人。"):
        obs = observations("通江县位于四川东北部。\n" + body)
        assert [o.indicator for o in obs] == ["输出劳动力", "输出劳动力中省外", "输出劳动力中省内"], body
    obs = observations("通江县共有劳务品牌17个，其中国家级1个、省级6个、市级10个。")
    assert [o.indicator for o in obs] == ["劳务品牌", "劳务品牌中国家级", "劳务品牌中省级", "劳务品牌中市级"]
    # a part that says what it did, or where, keeps its own words
    obs = observations("通江县外出务工人员12万人，其中在江苏务工的约6万人。")
    assert [o.indicator for o in obs] == ["外出务工人员", "在江苏务工"]


# -- 分别: the i-th figure counts the i-th item ------------------------------------------------------------------

def test_respective_figures_count_the_items_of_the_list_before_them():
    cases = {
        "全县培训月嫂、护工、厨师分别为1200人、900人、600人。": ["培训月嫂", "培训护工", "培训厨师"],
        "全县月嫂、护工和厨师分别输出1200人、900人和600人。": ["月嫂输出", "护工输出", "厨师输出"],
        "全县省外、省内务工人员分别为3万人、2万人。": ["省外务工人员", "省内务工人员"],
        "全县国家级、省级、市级劳务品牌分别有1个、3个、6个。": ["国家级劳务品牌", "省级劳务品牌", "市级劳务品牌"],
        "全县培训电焊工、木工、家政服务员分别为1200人、900人、600人。": ["培训电焊工", "培训木工", "培训家政服务员"],
    }
    for body, indicators in cases.items():
        obs = observations("纳雍县位于贵州西北部。\n" + body)
        assert [o.indicator for o in obs] == indicators, body
    # a list of places is read for the regions, and the items name none of the figures
    obs = observations(BIJIE_INTRO + "纳雍县、赫章县分别输出劳动力1.2万人、9000人。", title="毕节市劳务输出")
    assert [(o.region, o.indicator) for o in obs] == [(NAYONG, "输出劳动力"), (HEZHANG, "输出劳动力")]


GUIZHOU = "520000"


def test_a_receiving_city_carried_from_the_sentence_before_keeps_workers_named_by_their_province():
    body = ("贵州今年首趟返岗专列抵达浙江宁波，贵州籍务工人员陆续返岗。\n"
            "据悉，此前宁波已组织3辆大巴接返159名务工人员。加上毕节—宁波专列，共接回706名贵州籍员工。")
    obs = observations(body, title="贵州发出返岗专列抵达浙江")
    assert (NINGBO, Decimal("706")) in [(o.region, o.value) for o in obs]
    # a county of origin keeps its workers, carried city or not
    body = body.replace("706名贵州籍员工", "706名纳雍籍员工")
    obs = observations(body, title="贵州发出返岗专列抵达浙江")
    assert (NAYONG, Decimal("706")) in [(o.region, o.value) for o in obs]


def test_an_elected_body_is_no_metric_but_the_members_it_serves_are():
    obs = observations("通江县家政行业协会成立，1300名从业人员有了自己的“家”，大会选举产生了9名理事和会长。")
    assert [(o.value, o.indicator) for o in obs] == [(Decimal("1300"), "从业人员")]


def test_a_share_said_to_be_people_of_a_place_is_that_places_even_beside_a_brand():
    body = "毕节市劳务品牌建设推进会召开。\n“纳雍厨师”劳务品牌的餐馆已有300多家，老板八成是毕节市人。"
    obs = observations(body)
    assert [(o.region, o.value, o.unit) for o in obs] == [
        (NAYONG, Decimal("300"), "家"), (BIJIE, Decimal("80"), "%")]
    assert obs[0].indicator == "纳雍厨师劳务品牌的餐馆"


def test_a_count_of_brands_or_a_brand_named_as_an_example_stays_the_provinces():
    intro = "近年来，安徽省高度重视劳务品牌建设，“岳西茶师”“皖北月嫂”等劳务品牌越来越为人熟知。\n"
    for body in ("目前培育劳务品牌110个，“岳西茶师”是其中的代表。", "目前培育了110个劳务品牌，“岳西茶师”是其中的代表。",
                 "目前全省劳务品牌从业人员达120万人，“岳西茶师”等品牌享誉全国。"):
        obs = observations(intro + body, title="安徽打造劳务品牌")
        assert [o.region for o in obs] == [ANHUI], body


def test_on_this_basis_is_no_place():
    obs = observations("纳雍县与宁波市签订协议，在此基础上，纳雍县今年向宁波输送劳动力3000人。")
    assert [(o.region, o.value) for o in obs] == [(NAYONG, Decimal("3000"))]

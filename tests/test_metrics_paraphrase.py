"""Metrics on the same facts said in other reporters' words (issue 16's generality round): each test states one
family of wordings, in paragraphs written for it about places the real set never names, with a near-miss that
must read otherwise."""
from __future__ import annotations

from decimal import Decimal

from kg.model import Document
from kg.normalize import normalize
from kg.pipeline import extract

ANHUI, YUEXI = "340000", "340828"


def observations(body: str, title: str | None = None, date: str | None = "2024-03-05"):
    facts = extract(normalize(Document("paraphrase.txt", body, title=title, date=date)))
    return facts.observations


def regions_of(obs) -> set[tuple[str, Decimal]]:
    return {(o.region, o.value) for o in obs}


# -- whose figure: the speaker's employer is not the subject of the quote ------------------------------------------

_BRAND_INTRO = "近年来，安徽省高度重视劳务品牌建设，“岳西茶师”“皖北月嫂”等劳务品牌越来越为人熟知。\n"


def test_a_firm_named_after_a_province_introducing_a_quote_does_not_own_the_quoted_brand_figures():
    for speaker in ("安徽青松人力资源有限公司总经理李明向记者介绍：",
                    "安徽青松劳务集团负责人王芳说：",
                    "安徽青松家政服务公司董事长告诉记者："):
        body = _BRAND_INTRO + speaker + ("“刚办公司那年我们只招到50个人，如今‘岳西茶师’已是3000多人的大品牌，"
                                         "这些年带出去的劳动力有8万人。”")
        obs = observations(body, title="安徽打造劳务品牌")
        assert regions_of(obs) >= {(YUEXI, Decimal("3000")), (YUEXI, Decimal("80000"))}, (speaker, obs)


def test_a_firm_speaking_of_its_own_figures_without_a_quote_keeps_its_place():
    # no speech introduced: the place before the firm still opens the clause
    obs = observations("阜阳市劳务输出工作会召开。\n临泉县青松劳务有限公司今年已输送务工人员3000人。")
    assert regions_of(obs) == {("341221", Decimal("3000"))}


# -- when: the article's year, read off a text without a date line ------------------------------------------------

def test_a_year_naming_an_edition_after_to_is_no_deadline():
    from kg.ingest.dates import infer_year
    for opening in ("一大早，县里的大巴车开到2023年临泉县第二批返岗人员的村口接人。",
                    "天刚亮，专车就开到了2023年度首批赴浙务工人员所在的村里。"):
        body = opening + "\n今年，全县已输送务工人员1200人。\n2022年，全县转移就业30万人。"
        assert infer_year(body) == 2023, opening


def test_a_deadline_year_after_to_still_lies_ahead_of_the_writer():
    from kg.ingest.dates import infer_year
    for target in ("到2025年，全县力争转移就业35万人。", "到2025年底全县将建成第三批就业帮扶车间。"):
        assert infer_year("2023年，全县转移就业30万人。" + target) == 2023, target


# -- whose figure: a venue is not the clause's subject ----------------------------------------------------------

LINQUAN, JIAXING = "341221", "330400"
_LINQUAN_INTRO = "临泉县劳务输出工作推进会召开。\n"


def test_the_place_an_event_was_held_in_does_not_own_the_figures_of_the_article_s_workers():
    for body in ("上周，在浙江嘉兴举办的焊接技能大赛上，县里选送的选手共有8人获奖。",
                 "上月在嘉兴市召开的劳务对接会上，共有8名临泉务工人员获评“技术能手”，200人签约。"):
        obs = observations(_LINQUAN_INTRO + body)
        assert (LINQUAN, Decimal("8")) in regions_of(obs), (body, obs)
        assert not any(o.region == JIAXING for o in obs), (body, obs)


def test_a_place_that_opens_its_own_clause_still_owns_its_figures():
    obs = observations(_LINQUAN_INTRO + "在嘉兴市，今年已举办招聘会60场。")
    assert regions_of(obs) == {(JIAXING, Decimal("60"))}


# -- whose figure: time words before the place a clause opens on; a place's market --------------------------------

_JIAXING_INTRO = "嘉兴市建筑业用工情况通报会召开。\n"


def test_a_clause_opening_on_every_year_or_in_recent_years_still_opens_on_its_place():
    for when in ("每年", "近年来", "多年来"):
        obs = observations(_JIAXING_INTRO + f"截至目前，{when}经临泉县组织外出的电焊工有2000多人，人均年收入8万元以上。")
        assert regions_of(obs) == {(LINQUAN, Decimal("2000")), (LINQUAN, Decimal("80000"))}, (when, obs)


def test_a_share_of_a_place_s_market_is_the_workers_origin_s():
    for market in ("在嘉兴市建筑市场中占有5%的份额", "在嘉兴的家政市场上占到5%"):
        obs = observations(_JIAXING_INTRO + f"目前，临泉县每年输出电焊工2000多人，{market}。")
        assert regions_of(obs) == {(LINQUAN, Decimal("2000")), (LINQUAN, Decimal("5"))}, (market, obs)


def test_workers_counted_where_they_work_and_a_market_named_as_subject_stay_apart():
    obs = observations(_LINQUAN_INTRO + "每年在嘉兴务工的电焊工有2000多人。")
    assert regions_of(obs) == {(LINQUAN, Decimal("2000"))}
    obs = observations(_JIAXING_INTRO + "嘉兴市人力资源市场今年举办招聘会60场。")
    assert regions_of(obs) == {(JIAXING, Decimal("60"))}


# -- whose figure: a list of the subject's places speaks of them together -----------------------------------------

FUYANG = "341200"
_FUYANG_INTRO = "阜阳市春风行动启动。\n"


def test_people_of_a_list_of_the_subject_s_counties_are_the_subject_s():
    for body in ("首批返岗专车拉着临泉县、太和县的700余名务工人员开往嘉兴。",
                 "上午，专车把临泉、界首两地的700名务工人员送到了镇江。",
                 "专车上有临泉县和太和县的务工人员700人。"):
        obs = observations(_FUYANG_INTRO + body)
        assert regions_of(obs) == {(FUYANG, Decimal("700"))}, (body, obs)


def test_people_of_one_county_of_the_subject_stay_the_county_s():
    obs = observations(_FUYANG_INTRO + "首批返岗专车拉着临泉县的700余名务工人员开往嘉兴。")
    assert regions_of(obs) == {(LINQUAN, Decimal("700"))}


# -- whose figure: X籍 names people, not the records a place keeps about them ----------------------------------

def test_records_about_people_of_a_place_are_the_record_keeper_s():
    for body in ("嘉兴市人社部门梳理了5.2万个临泉籍流动人口数据。",
                 "嘉兴市梳理了5.2万条临泉籍务工人员的参保信息。"):
        obs = observations(_FUYANG_INTRO + body)
        assert regions_of(obs) == {(JIAXING, Decimal("52000"))}, (body, obs)


def test_people_of_a_place_counted_by_a_receiver_stay_the_place_s():
    obs = observations(_FUYANG_INTRO + "嘉兴市已接回5200名临泉籍务工人员。")
    assert regions_of(obs) == {(LINQUAN, Decimal("5200"))}


# -- whose figure: 这里 as a clause's subject is the station just named ---------------------------------------

BOZHOU, BENGBU = "341600", "340300"


def test_here_opening_a_clause_is_the_station_the_sentence_named_last():
    for body, where in (("上午9时，列车停靠亳州站，这里又有300名务工人员登上专列。", BOZHOU),
                        ("半小时后专列抵达蚌埠南站，该站还有300名务工人员上车。", BENGBU)):
        obs = observations(_FUYANG_INTRO + "专列从阜阳站始发。\n" + body)
        assert regions_of(obs) == {(where, Decimal("300"))}, (body, obs)


def test_here_as_a_clause_s_subject_is_not_what_is_counted():
    got = {o.value: o.indicator for o in observations(
        _FUYANG_INTRO + "上午9时，列车停靠亳州站，这里又有300名务工人员登上专列。")}
    assert got == {Decimal("300"): "务工人员登上专列"}


def test_here_inside_a_word_stays():
    got = indicators("今年，全县这里面有300名务工人员返乡创业。")
    assert got[Decimal("300")].startswith("这里面")


def test_here_with_no_place_before_it_is_the_paragraph_s_subject():
    obs = observations(_FUYANG_INTRO + "招聘会现场人头攒动，这里又有300名务工人员达成就业意向。")
    assert regions_of(obs) == {(FUYANG, Decimal("300"))}


# -- whose figure: a list of brand names speaks of the brands together -------------------------------------------

_FUYANG_BRANDS = "阜阳市劳务品牌推介会召开。\n"


def test_figures_of_a_list_of_brand_names_are_the_region_s_that_holds_them():
    for body in ("眼下，“临泉电焊工”“太和月嫂”“界首厨师”等阜阳8个特色鲜明的劳务品牌，带动就业2.6万人，年产值30亿元。",
                 "目前，“临泉电焊工”“太和月嫂”“界首厨师”等8个劳务品牌共带动就业2.6万人，年产值30亿元。",
                 "目前，“临泉电焊工”、“太和月嫂”等劳务品牌，共带动就业2.6万人，年产值30亿元。"):
        obs = observations(_FUYANG_BRANDS + body)
        assert {(o.region, o.value) for o in obs if o.unit != "个"} == {
            (FUYANG, Decimal("26000")), (FUYANG, Decimal("3000000000"))}, (body, obs)


def test_figures_of_one_brand_name_are_its_origin_s():
    obs = observations(_FUYANG_BRANDS + "目前，“临泉电焊工”劳务品牌带动就业2.6万人，年产值30亿元。")
    assert regions_of(obs) == {(LINQUAN, Decimal("26000")), (LINQUAN, Decimal("3000000000"))}


# -- which figures: an official introduced by a pronoun is no one person's story -----------------------------------

def test_a_pronoun_that_only_introduces_what_an_official_says_keeps_the_figures():
    for body in ("县人社局局长王强介绍了全县的做法。他还透露，去年全县建成就业帮扶车间32个。",
                 "县人社局副局长李芳介绍了全县的做法。她表示，去年全县建成就业帮扶车间32个。"):
        obs = observations("临泉县劳务输出工作推进会召开。\n" + body)
        assert regions_of(obs) == {(LINQUAN, Decimal("32"))}, (body, obs)


def test_a_pronoun_in_one_worker_s_story_still_sets_his_figures_aside():
    obs = observations("临泉县劳务输出工作推进会召开。\n他说，去年他和3名工友一起到嘉兴打工。")
    assert not obs


# -- whose figure: a list of places across provinces opens no clause ----------------------------------------------

def test_a_list_of_places_in_several_provinces_leads_to_none_of_them():
    for body in ("节后，合肥、镇江、九江等地始发的务工专列陆续开出，共计12列。",
                 "节后，从阜阳、信阳、九江等地开出的务工专列，共计12列。"):
        obs = observations("安徽省春风行动启动。\n" + body)
        assert regions_of(obs) == {(ANHUI, Decimal("12"))}, (body, obs)


def test_a_list_of_places_in_one_city_still_leads_to_the_city():
    obs = observations("安徽省春风行动启动。\n节后，由临泉县、太和县等地开往常州的务工专列陆续开出，共计12列。")
    assert regions_of(obs) == {(FUYANG, Decimal("12"))}


# -- whose figure: people from a list of places are the passage's (来自A、B等地的N名 says where they come from,
# not a sum over the places: a blind written set's gold keeps them the subject county's) ------------------------

def test_people_from_a_list_of_places_naming_the_subject_stay_the_subject_s():
    obs = observations(_LINQUAN_INTRO + "专列从临泉站始发，车上共载有来自临泉县、太和县、界首市等地的800余名务工人员。")
    assert regions_of(obs) == {(LINQUAN, Decimal("800"))}


def test_people_from_a_list_of_places_a_receiver_takes_in_stay_the_receiver_s():
    obs = observations(_JIAXING_INTRO + "今年嘉兴市接收了来自阜阳市、亳州市、滁州市等地的务工人员800余名。")
    assert regions_of(obs) == {(JIAXING, Decimal("800"))}


def test_two_places_in_partnership_lead_with_the_first():
    # A与B合作… is a partnership, not a list: the first place is the actor (a seed article reads so)
    obs = observations("安徽省春风行动启动。\n2023年以来，临泉县与嘉兴市合作培训劳动力1万余人。")
    assert regions_of(obs) == {(LINQUAN, Decimal("10000"))}


# -- what: a bare verb of an act takes the act its sentence introduced ---------------------------------------------

def indicators(body: str) -> dict[Decimal, str]:
    return {o.value: o.indicator for o in observations(_LINQUAN_INTRO + body)}


def test_a_bare_act_verb_takes_the_act_an_earlier_clause_introduced():
    got = indicators("临泉县开展电焊工培训，共举办12期、培训860人。")
    assert got == {Decimal("12"): "举办电焊工培训", Decimal("860"): "电焊工培训"}
    got = indicators("今年，临泉县开行“点对点”外出务工专列3趟，共输送1500人。")
    assert got[Decimal("1500")] == "点对点外出务工专列输送"
    got = indicators("今年，临泉县开展电焊、叉车、家政等职业技能培训20期，培训900人次。")
    assert got[Decimal("900")] == "职业技能培训"  # the examples before 等 are not the act


def test_a_bare_act_verb_takes_the_same_act_counted_just_before():
    got = indicators("截至目前，“临泉电焊工”累计开展培训12期，共培训860人。")
    assert got[Decimal("860")] == got[Decimal("12")] == "临泉电焊工累计开展培训"


def test_a_bare_act_verb_with_no_act_introduced_stays_itself():
    assert indicators("今年以来，全县共培训860人。") == {Decimal("860"): "培训"}


# -- which figures: 超过N%的X is a share, 超过N岁的X a bound ---------------------------------------------------

def test_more_than_a_share_of_a_noun_is_a_share_the_report_states():
    for body, value in (("全村四百多户，超过60%的农户都盖起了新房。", 60),
                        ("今年全县超过80%的脱贫户实现了稳定增收。", 80)):
        shares = [o for o in observations(_LINQUAN_INTRO + body) if o.unit == "%"]
        assert [(o.region, o.value) for o in shares] == [(LINQUAN, Decimal(value))], (body, shares)
        assert shares[0].indicator.endswith("比例"), shares


def test_more_than_an_age_before_a_noun_stays_a_bound():
    assert not observations(_LINQUAN_INTRO + "超过60岁的老人大多留在村里。")


# -- which figures: a figure inside a condition is a rule's threshold ----------------------------------------------

def test_a_figure_in_a_condition_is_no_statement():
    for body in ("只要同一个城市的临泉籍务工人员超过50人，县里就设立一个服务站。",
                 "凡是吸纳10名脱贫劳动力就业的车间，县里都给予奖励。",
                 "如果一个村外出务工的人数超过100人，就设立一个劳务服务站。"):
        assert not observations(_LINQUAN_INTRO + body), body


def test_a_count_of_what_met_a_condition_stays_a_statement():
    obs = observations(_LINQUAN_INTRO + "今年全县吸纳脱贫劳动力就业的车间有35个。")
    assert regions_of(obs) == {(LINQUAN, Decimal("35"))}


# -- which figures: a timetable of named days is no goal -------------------------------------------------------------

def test_trains_set_for_named_days_are_a_timetable_not_a_goal():
    for body, value in (("据悉，3月2日和5日县里还将陆续开出2趟专列。", 2),
                        ("2月15日和20日县里将继续组织2批务工人员赴浙。", 2)):
        obs = observations(_LINQUAN_INTRO + body)
        assert regions_of(obs) == {(LINQUAN, Decimal(value))}, (body, obs)


def test_trains_promised_for_the_year_stay_a_goal():
    assert not observations(_LINQUAN_INTRO + "今年县里还将陆续开出10趟专列。")


# -- whose figure: 从X接回 names where a receiver fetched people from --------------------------------------------

def test_people_fetched_from_a_place_are_counted_by_the_receiver():
    for body in ("嘉兴市此前派出5辆大巴，从临泉县、太和县接回160名务工人员。",
                 "嘉兴市人社局主动对接，从临泉县招收电焊工160名。"):
        obs = observations(_JIAXING_INTRO + body)
        assert (JIAXING, Decimal("160")) in regions_of(obs), (body, obs)


def test_people_setting_out_from_a_place_are_still_that_place_s():
    obs = observations(_FUYANG_INTRO + "上午，从临泉县出发的专列载着600名务工人员驶向嘉兴。")
    assert regions_of(obs) == {(LINQUAN, Decimal("600"))}


# -- when and what: the baseline of a comparison written with 的 -------------------------------------------------

def test_last_year_s_value_written_as_the_object_of_a_comparison_is_last_year_s():
    for body, when in (("今年以来，临泉县输出农村劳动力3.2万人，比去年同期的2.8万人增加4000人，增幅达14%。", "去年同期"),
                       ("今年以来，临泉县输出农村劳动力3.2万人，较上年的2.8万人增长了4000人。", "上年")):
        obs = {o.value: o for o in observations(_LINQUAN_INTRO + body)}
        base = obs[Decimal("28000")]
        assert (base.year, base.indicator) == (2023, when + "输出农村劳动力"), (body, base)
        assert obs[Decimal("4000")].indicator in ("输出农村劳动力同比增加", "输出农村劳动力同比增长")
        assert obs[Decimal("4000")].year == 2024


def test_a_change_written_without_a_baseline_stays_this_year_s():
    obs = {o.value: o for o in observations(_LINQUAN_INTRO + "今年以来，临泉县输出农村劳动力3.2万人，比去年同期多输出4000人。")}
    assert obs[Decimal("4000")].year == 2024


# -- what: people counted on a trip are counted with the ride and where it goes -----------------------------------

def test_people_riding_somewhere_are_counted_with_the_ride_and_where_to():
    got = indicators("节后第一天，临泉县200多名务工人员免费坐上县里安排的大客车，奔赴嘉兴、湖州。")
    assert got == {Decimal("200"): "务工人员免费坐上大客车奔赴嘉兴、湖州"}
    got = indicators("一早，临泉县600余名务工者在临泉站集合，坐上县里包下的“务工专列”，奔赴湖州、常州。")
    assert got == {Decimal("600"): "务工者坐上务工专列奔赴湖州、常州"}


def test_a_ride_with_nowhere_to_go_is_no_trip():
    assert indicators("清晨，60名务工人员在县客运站登上大巴。") == {Decimal("60"): "务工人员"}
    assert indicators("清晨，60名务工人员免费乘坐大巴。") == {Decimal("60"): "务工人员免费乘坐大巴"}


# -- what: the kind after a list of examples, not the last example ---------------------------------------------

def test_the_kind_after_a_list_of_examples_is_what_is_counted():
    got = indicators("今年以来，临泉县共举办电焊、叉车、电动缝纫等各类技能培训班逾60期。")
    assert got == {Decimal("60"): "各类技能培训班"}
    got = indicators("目前，全县已建成服装、电子、箱包等就业帮扶车间45个。")
    assert got == {Decimal("45"): "就业帮扶车间"}


def test_a_list_of_places_or_a_bare_kind_after_deng_keeps_its_reading():
    got = indicators("“临泉月嫂”已累计培训1800余人次，在嘉兴、湖州等城市从业的有500多人。")
    assert got[Decimal("500")].startswith("在嘉兴、湖州等城市从业")
    got = indicators("今年，临泉县累计争取稳岗补贴、交通补助等资金260万元。")
    assert got[Decimal("2600000")] == "交通补助等资金"


def test_a_word_with_deng_inside_is_no_list_of_examples():
    got = indicators("今年，全县高职、中等职业学校毕业生1200人返乡就业。")
    assert got[Decimal("1200")].startswith("中等职业学校毕业生")


# -- what: 在 framing a level, the object of a signing verb ---------------------------------------------------

def test_zai_framing_a_level_is_not_part_of_what_is_counted():
    assert indicators("目前，临泉县蔬菜年产量在8万吨左右。") == {Decimal("80000"): "蔬菜年产量"}
    assert indicators("目前，全县月嫂月收入普遍在6000元以上。") == {Decimal("6000"): "月嫂月收入普遍"}


def test_zai_naming_where_people_work_stays():
    assert indicators("今年在嘉兴务工的有1200人。")[Decimal("1200")].startswith("在嘉兴务工")


def test_what_a_long_clause_signed_is_the_object_of_its_signing_verb():
    for verb in ("签下", "签订了", "签署"):
        got = indicators(f"在当天的对接会上，县内各乡镇劳务站与外地用工企业一共{verb}劳务合作协议60多份。")
        assert got == {Decimal("60"): "劳务合作协议"}, verb


def test_a_short_signing_clause_keeps_its_words():
    assert indicators("全县共签订劳务合作协议60份。") == {Decimal("60"): "签订劳务合作协议"}


def test_quoted_examples_then_their_place_before_a_count_are_not_what_is_counted():
    got = indicators("眼下，“临泉电焊工”“太和月嫂”等阜阳8个叫得响的劳务品牌，带动就业2.6万人。")
    assert got[Decimal("8")] == "叫得响的劳务品牌"
    got = indicators("目前，“临泉电焊工”“太和月嫂”等临泉县8个劳务品牌，从业人员超过3万人。")
    assert got[Decimal("8")] == "劳务品牌"


def test_a_place_named_with_its_count_after_an_unquoted_word_keeps_its_words():
    got = indicators("今年全县引进嘉兴等地企业12家。")
    assert "企业" in got[Decimal("12")]


# -- what: a bare count of vehicles counts the vehicles its sentence named ----------------------------------------

def test_a_bare_count_of_trains_or_buses_counts_the_vehicles_named_before_it():
    got = indicators("节后，县里发往嘉兴、湖州的「点对点」返岗专列陆续开出，共计18列。")
    assert got == {Decimal("18"): "点对点返岗专列"}
    got = indicators("春节后，县里统一调度的返岗专车陆续发车，共计35辆。")
    assert got == {Decimal("35"): "返岗专车"}


def test_a_bare_count_with_no_vehicle_named_stays_its_counter():
    assert indicators("春节后，县里陆续发车，共计35辆。") == {Decimal("35"): "辆"}


def test_people_fetched_from_a_list_of_places_are_counted_by_the_fetching_verb():
    got = {o.value: o.indicator for o in observations(
        _JIAXING_INTRO + "嘉兴市此前派出5辆大巴，从临泉县、太和县接回160名务工人员。")}
    assert got[Decimal("160")] == "接回务工人员"
    got = {o.value: o.indicator for o in observations(
        _JIAXING_INTRO + "今年以来，嘉兴从临泉县、太和县、界首市等地引进电焊工160名。")}
    assert got[Decimal("160")].startswith("引进电焊工")


def test_people_sent_towards_a_list_of_places_are_counted_by_the_verb_after_it():
    got = indicators("今年以来，临泉县向嘉兴、湖州输送务工人员160名。")
    assert got[Decimal("160")] == "输送务工人员"


def test_places_a_verb_of_going_governs_keep_that_verb():
    got = indicators("下车后，务工人员被分别送往嘉兴、湖州等15个城市。")
    assert "送往" in got[Decimal("15")]


# -- which figures: the departments a body is made of ------------------------------------------------------------

def test_the_departments_a_body_is_made_of_are_no_figure():
    for body in ("临泉县抽调人社、农业农村等5个部门的人员组成工作专班，统筹劳务输出。",
                 "县人社局与县农业农村局等四个部门联合开展了“春风行动”。"):
        assert not observations(_LINQUAN_INTRO + body), body


def test_units_taken_on_or_built_stay_figures():
    obs = observations(_LINQUAN_INTRO + "今年全县新增用工单位9个，建成就业服务站12个。")
    assert regions_of(obs) == {(LINQUAN, Decimal("9")), (LINQUAN, Decimal("12"))}


def test_a_trip_goes_as_far_as_its_places_not_what_is_done_there():
    got = indicators("当天，临泉县的76名务工人员坐上大巴车，前往嘉兴市一家服装厂。")
    assert got == {Decimal("76"): "务工人员坐上大巴车前往嘉兴市"}
    got = indicators("节后第一天，临泉县200多名务工人员免费坐上县里安排的大客车，奔赴嘉兴、湖州打工挣钱。")
    assert got == {Decimal("200"): "务工人员免费坐上大客车奔赴嘉兴、湖州"}


def test_a_share_of_a_market_is_named_by_the_market_and_the_share():
    got = indicators("目前，临泉县每年输出电焊工3000多人，在嘉兴市建筑市场中占有12%的份额。")
    assert got[Decimal("12")].endswith("建筑市场中占有份额")
    got = indicators("今年，临泉月嫂在湖州家政市场占到了15%的比重。")
    assert got[Decimal("15")].endswith("比重")


def test_a_share_of_people_keeps_its_people():
    got = indicators("全县超过80%的脱贫户实现了稳定增收。")
    assert got[Decimal("80")] == "脱贫户实现了稳定增收比例"


def test_an_edition_year_after_a_word_of_planning_stays_ahead_of_the_writer():
    from kg.ingest.dates import infer_year
    assert infer_year("2023年，全县转移就业30万人。预计2025年首批务工人员将于2月出发。") == 2023


# -- whose figure: a paragraph opening on an outside firm's spokesman stays the article's ------------------------

def test_a_paragraph_opening_on_a_firm_elsewhere_speaking_stays_the_article_s():
    for speaker in ("嘉兴市青松人力资源有限公司总经理王强表示：", "湖州市青松劳务派遣公司负责人说："):
        body = (_LINQUAN_INTRO + speaker + "“临泉的务工人员踏实肯干。”据介绍，今年公司又签下用工协议600多份。")
        obs = observations(body)
        assert regions_of(obs) == {(LINQUAN, Decimal("600"))}, (speaker, obs)


def test_a_paragraph_opening_on_a_firm_of_the_subject_s_own_county_stays_the_county_s():
    body = (_FUYANG_INTRO + "临泉县青松劳务有限公司总经理王强表示：“我们的务工人员踏实肯干。”据介绍，今年公司又签下用工协议600多份。")
    assert regions_of(observations(body)) == {(LINQUAN, Decimal("600"))}


def test_the_will_of_a_predicate_cut_off_does_not_dangle():
    got = indicators("专列开出后，车厢里的600名临泉籍务工人员将前往1000公里外的工地。")
    assert got[Decimal("600")].endswith("务工人员"), got
    got = indicators("今年全县将近600名务工人员返乡创业。")
    assert got[Decimal("600")].startswith("务工人员"), got


def test_people_aboard_are_counted_with_the_vehicle_the_clause_before_named():
    got = indicators("中午，K1234次务工专列到达嘉兴站，车上载有600名临泉籍务工人员。")
    assert got[Decimal("600")] == "K1234次务工专列临泉籍务工人员"
    got = indicators("由临泉开往湖州的返岗大巴车，载着45名务工人员。")
    assert got[Decimal("45")] == "返岗大巴车务工人员"


def test_people_aboard_with_no_vehicle_named_keep_their_own_words():
    got = indicators("上午10时，欢送仪式结束，车上共有600名务工人员。")
    assert got[Decimal("600")].endswith("务工人员")


def test_where_people_go_right_after_their_count_is_read_once():
    got = indicators("县里的返岗专车要开到3月10日，预计送出800多人前往嘉兴、湖州等地。")
    assert got[Decimal("800")] == "预计送出前往嘉兴"


def test_people_qualified_by_where_they_go_keep_it():
    got = indicators("今年，全县共有1200名前往嘉兴的务工人员参加了岗前培训。")
    assert "前往嘉兴的务工人员" in got[Decimal("1200")]


def test_the_object_of_ba_is_counted_with_its_verb_before_it():
    got = indicators("去年，这家劳务公司把300多名“临泉电焊工”安置进了船厂。")
    assert got[Decimal("300")] == "这家劳务公司安置临泉电焊工"
    got = indicators("今年以来，县人社局把1200名务工人员输送到省外企业。")
    assert got[Decimal("1200")].endswith("输送务工人员")


def test_ba_with_no_verb_of_placing_or_with_where_to_keeps_its_words():
    got = indicators("今年，县里把2000万元资金用于就业帮扶。")
    assert got[Decimal("20000000")] == "县里把资金用于就业帮扶"  # 用于 is no verb of placing people
    got = indicators("今年，县里用专列把900名务工人员送到嘉兴市的电子企业。")
    assert "送到嘉兴市的电子企业" in got[Decimal("900")]  # where they were sent stays, as written


def test_in_all_before_a_verb_of_training_is_not_what_is_counted():
    assert indicators("近十年，这个镇共培养出电焊工300多人。") == {Decimal("300"): "这个镇培养出电焊工"}
    assert indicators("今年，全县又培养电焊工300人。") == {Decimal("300"): "培养电焊工"}


def test_together_inside_a_word_stays():
    assert indicators("目前，全县建成公共培训基地3个、公共培养基地2个。") == {
        Decimal("3"): "建成公共培训基地", Decimal("2"): "公共培养基地"}


def test_a_trip_read_with_its_ride_names_its_destination_once():
    got = indicators("今天上午，临泉县的80名务工人员乘坐大巴车前往嘉兴南站，换乘高铁赴浙。")
    assert got == {Decimal("80"): "务工人员乘坐大巴车前往嘉兴南站"}

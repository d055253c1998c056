"""Metrics on facts told in the ways reporters other than the real set's write them (issue 16's second generality
round): each test states one family of wordings, in sentences written here about places the real set never names,
with a near-miss that must read otherwise."""
from __future__ import annotations

from decimal import Decimal

from kg.model import Document
from kg.normalize import normalize
from kg.pipeline import extract

HEFEI, LUAN, HANGZHOU = "340100", "341500", "330100"


def facts_of(body: str, title: str | None = None, date: str | None = "2024-03-05"):
    return extract(normalize(Document("rewrite.txt", body, title=title, date=date)))


def regions_of(obs) -> set[tuple[str, Decimal]]:
    return {(o.region, o.value) for o in obs}


# -- whose figures: the city a meeting sat in is not the article's subject -------------------------------------------

def test_the_city_a_meeting_was_held_in_is_not_whose_figures_follow():
    for opening in ("全省就业工作推进会在合肥举行，六安市在会上作了经验交流。",
                    "在合肥举办的全省劳务协作推进会上，六安市获评一等奖。",
                    "全省技能培训现场会日前在合肥开幕。六安市代表发言。"):
        facts = facts_of(opening + "\n过去一年，全市共输转务工人员52万人，劳务收入达到80亿元。")
        assert facts.regions.subject == LUAN, opening
        assert regions_of(facts.observations) == {(LUAN, Decimal("520000")), (LUAN, Decimal("8000000000"))}, opening


def test_a_headline_naming_the_meeting_by_its_venue_leaves_the_subject_to_the_body():
    body = ("安徽省六安市今天在杭州举办劳务对接会，六安各县区与杭州企业签约。\n"
            "会上，六安市与用工单位签订劳务协议120份，协议转移劳动力1.5万人。")
    facts = facts_of(body, title="杭州对接会签下1.5万人")
    assert facts.regions.subject == LUAN
    assert (LUAN, Decimal("15000")) in regions_of(facts.observations)


def test_a_city_that_holds_its_own_meeting_stays_the_subject():
    # near-miss: 合肥市召开… is the city acting, not a venue (no 在 before it, no meeting noun after it)
    facts = facts_of("合肥市召开全市劳务工作会议。\n去年，全市共输转务工人员30万人。")
    assert facts.regions.subject == HEFEI
    assert regions_of(facts.observations) == {(HEFEI, Decimal("300000"))}


# -- whose figures: a paragraph opening on a firm's manager ------------------------------------------------------------

def test_a_paragraph_opening_on_an_outside_firms_manager_speaks_of_the_subjects_workers():
    for manager in ("杭州青禾人力资源有限公司总经理张强对此深有体会。据他介绍，",
                    "杭州青禾电子集团董事长刘伟感触很深。他说，"):
        body = ("六安市外出务工人员多在长三角就业，六安月嫂、六安焊工已小有名气。\n"
                + manager + "去年公司为300多名务工人员安排了岗位，今年又签下800人的用工协议。")
        obs = facts_of(body, title="六安劳务输出又有新进展").observations
        assert regions_of(obs) == {(LUAN, Decimal("300")), (LUAN, Decimal("800"))}, manager


def test_a_paragraph_opening_on_a_bureau_of_the_destination_keeps_the_destination():
    # near-miss: a government bureau is no firm; the city reports its own intake
    body = ("六安市外出务工人员多在长三角就业。\n"
            "杭州市人社局负责人介绍，今年全市共接收外来务工人员20万人。")
    obs = facts_of(body, title="六安劳务输出又有新进展").observations
    assert regions_of(obs) == {(HANGZHOU, Decimal("200000"))}


# -- whose figures: the brand's company goes on past a semicolon or a full stop ---------------------------------------

ANQING, YUEXI = "340800", "340828"
_BRAND_NEWS = "近日，省人社厅公布第三批省级劳务品牌，岳西县培育的“岳西茶师”榜上有名。\n"


def test_the_brands_company_opening_a_sentence_owns_the_figures_of_the_next():
    for account in ("截至目前，公司累计培训茶艺人员1.2万人，一批茶农有了手艺；实现就业9000余人，年劳务收入超过6亿元。",
                    "到目前为止，该协会已培训茶艺人员1.2万人。带动就业9000余人，年劳务收入超过6亿元。"):
        obs = facts_of(_BRAND_NEWS + account, title="安庆再添一个省级劳务品牌").observations
        assert regions_of(obs) >= {(YUEXI, Decimal("12000")), (YUEXI, Decimal("9000")),
                                   (YUEXI, Decimal("600000000"))}, (account, obs)


def test_a_sentence_after_the_company_that_speaks_of_the_city_is_the_citys():
    # near-miss: 全市 names its own subject; the brand's county does not hold the city's count of brands
    obs = facts_of(_BRAND_NEWS + "截至目前，公司累计培训茶艺人员1.2万人；全市省级劳务品牌已达12个。",
                   title="安庆再添一个省级劳务品牌").observations
    assert regions_of(obs) == {(YUEXI, Decimal("12000")), (ANQING, Decimal("12"))}


# -- whose figures: a clause that only sets the scene outside the subject ---------------------------------------------

HUOQIU = "341522"


def test_a_scene_set_in_a_far_city_leaves_the_figures_with_the_subjects_people():
    for sentence in ("日前，在江苏苏州，200名六安籍厨师参加技能比武，共设8个比赛项目。",
                     "上周在江苏昆山，一场厨艺大赛收官，8个项目的角逐吸引200名六安籍选手参加。"):
        obs = facts_of("六安市人社局持续擦亮六安厨师品牌。\n" + sentence, title="六安厨师亮出好手艺").observations
        assert {(o.region, o.value) for o in obs if o.value in (8, 200)} == {(LUAN, Decimal("8")),
                                                                             (LUAN, Decimal("200"))}, (sentence, obs)


def test_a_scene_set_in_one_of_the_subjects_counties_is_that_county():
    # near-miss: 在霍邱， in an article about 六安 opens on the county, which lies inside the subject
    obs = facts_of("六安市人社局持续擦亮六安厨师品牌。\n近日，在霍邱，今年已有3万人外出务工。",
                   title="六安厨师亮出好手艺").observations
    assert regions_of(obs) == {(HUOQIU, Decimal("30000"))}


# -- whose figures: a speaker's account told over several sentences names its brand once -----------------------------

ANHUI, JINZHAI = "340000", "341524"
_PROVINCE_BRANDS = "近年来，安徽省大力培育劳务品牌，“岳西茶师”“金寨厨师”等品牌越来越响。\n"


def test_a_quote_over_several_sentences_gives_its_figures_to_the_one_brand_it_names():
    for account in ("“我们协会成立时只有30名会员。这些年一步步走来，‘岳西茶师’已经有5000多人。茶师的人均年收入超过8万元。”"
                    "协会负责人说。",
                    "协会负责人告诉记者：「起步那年，协会只有30名会员。如今『岳西茶师』品牌已有5000多人；"
                    "茶师的人均年收入超过8万元。」"):
        obs = facts_of(_PROVINCE_BRANDS + account, title="安徽劳务品牌越擦越亮").observations
        assert regions_of(obs) == {(YUEXI, Decimal("30")), (YUEXI, Decimal("5000")), (YUEXI, Decimal("80000"))}, \
            (account, obs)


def test_a_quote_naming_two_brands_of_two_counties_stays_the_provinces():
    # near-miss: an account of two brands speaks for neither county alone
    account = "“我们协会成立时只有30名会员。如今‘岳西茶师’和‘金寨厨师’都闯出了名气。”协会负责人说。"
    obs = facts_of(_PROVINCE_BRANDS + account, title="安徽劳务品牌越擦越亮").observations
    assert regions_of(obs) == {(ANHUI, Decimal("30"))}


# -- which figures: a crowd a person stands among, named before it is counted -----------------------------------------

def test_a_crowd_named_before_its_count_in_a_persons_story_is_counted():
    for sentence in ("跟她同来的工友还有二百多名。", "和她一起登车的老乡共有80多名。"):
        obs = facts_of("六安市今年首趟务工专列昨日发车。\n" + sentence).observations
        assert [(o.region, o.value) for o in obs] in ([(LUAN, Decimal("200"))], [(LUAN, Decimal("80"))]), sentence


def test_a_persons_own_few_stay_out_of_the_figures():
    # near-miss: his apprentices (no group word) and a handful of workmates are the story, not a count
    for sentence in ("他带的徒弟有12名。", "和他同行的务工人员还有5名。"):
        assert facts_of("六安市今年首趟务工专列昨日发车。\n" + sentence).observations == (), sentence


# -- whose figures: where the people counted come from, said after the count ------------------------------------------

def test_people_counted_then_said_to_come_from_a_list_of_one_provinces_cities_are_that_provinces():
    for sentence in ("专列从合肥南站开出，车厢里共有650名务工人员，分别来自安徽的六安、宿州、阜阳等地。",
                     "合肥南站发出的专列上，务工人员共650名，来自六安、宿州、阜阳等市。"):
        obs = facts_of("今年首趟返岗务工专列昨日开往上海。\n" + sentence, title="务工专列驶向上海").observations
        assert regions_of(obs) == {(ANHUI, Decimal("650"))}, (sentence, obs)


def test_a_list_of_origins_across_provinces_names_no_owner_of_the_count():
    # near-miss: no region holds 安徽 and 河南: the list gives the count to none of its places
    obs = facts_of("今年首趟返岗务工专列昨日开往上海。\n专列从合肥南站开出，车厢里共有650名务工人员，"
                   "分别来自安徽、河南、江西等地。", title="务工专列驶向上海").observations
    assert [o.value for o in obs] == [Decimal("650")]
    assert obs[0].region not in (ANHUI, "410000", "360000"), obs


# -- what is counted: 这一数字 refers back; a change said in spoken words --------------------------------------------

def indicators_of(body: str, title: str | None = None) -> dict[Decimal, str]:
    return {o.value: o.indicator for o in facts_of(body, title=title).observations}


def test_this_figure_names_what_an_earlier_sentence_counted_and_the_change_is_of_that_count():
    for baseline in ("而上年同期，这个数字是3.5万人", "上年同期该数据为3.5万人"):
        found = indicators_of("上半年，霍邱县有组织输出劳动力4.6万人。" + baseline + "，今年同比增加1.1万人，增幅31%。")
        assert "输出劳动力" in found[Decimal("35000")], (baseline, found)
        assert found[Decimal("11000")] == "有组织输出劳动力同比增加", (baseline, found)
        assert found[Decimal("31")] == "有组织输出劳动力增幅", (baseline, found)


def test_this_figure_of_another_unit_is_not_what_an_earlier_sentence_counted():
    # near-miss: money before, people now: 这一数字 is not the people's count
    found = indicators_of("去年霍邱县劳务收入达12亿元。这一数字背后，是外出务工的3万名群众。")
    assert "劳务收入" not in found[Decimal("30000")], found


def test_a_change_said_as_more_than_last_year_is_an_increase():
    for change in ("比上年同期多出2100人", "较去年同期增多2100人"):
        found = indicators_of(f"今年前两个月，霍邱县外出务工人员达到1.2万人，{change}。")
        assert found[Decimal("2100")] == "外出务工人员同比增加", (change, found)


def test_more_without_a_comparison_is_no_change_of_the_figure_before():
    # near-miss: 多出 with no 比/较 before it is a count of its own, not an increase of the figure before it
    found = indicators_of("今年前两个月，霍邱县外出务工人员达到1.2万人，全县多出300个就业岗位。")
    assert "同比" not in found[Decimal("300")], found


# -- what is counted: a completion rate after the task it is of ------------------------------------------------------

def test_a_completion_rate_after_the_task_set_is_that_tasks_rate():
    for sentence, task in (("霍邱县全年转移就业31万人，年度任务定为30万人，完成率103.3%。", "年度任务完成率"),
                           ("霍邱县今年的培训任务是8000人，实际培训8600人，完成率达107.5%。", "培训任务完成率")):
        found = indicators_of(sentence)
        rate = next(v for v in found if v > 100 and v < 200)
        assert found[rate] == task, (sentence, found)


def test_a_completion_rate_with_no_task_set_keeps_its_own_words():
    # near-miss: no task named before it: the rate is still a completion rate, never a bare 率
    found = indicators_of("今年霍邱县职业技能培训完成率达96%。")
    assert found[Decimal("96")].endswith("完成率") and "任务" not in found[Decimal("96")], found


# -- what is counted: the topic said first, the count alone after it ------------------------------------------------

def test_a_count_alone_between_commas_counts_the_topic_before_it():
    for sentence, topic in (("霍邱焊工，2万多人，足迹遍布长三角。", "霍邱焊工"),
                            ("岳西茶师，3000多名，常年在外传艺；", "岳西茶师")):
        found = indicators_of(sentence, title="安徽劳务品牌扫描")
        assert list(found.values()) == [topic], (sentence, found)


def test_a_time_phrase_before_a_count_alone_is_no_topic():
    # near-miss: 今年以来 says when, not what is counted
    found = indicators_of("霍邱县大力发展劳务经济。今年以来，2万多人，走出大山。")
    assert "以来" not in found[Decimal("20000")], found


# -- what is counted: 拥有 N人 after the clause that named what has them --------------------------------------------

def test_having_so_many_people_after_a_named_brand_is_the_brands_size():
    for sentence, size in (("这些年霍邱县打造了“霍邱焊工”品牌，拥有1.2万余人。", "霍邱焊工品牌人数"),
                           ("岳西县成立了“岳西茶师”协会，现有3000多名。", "岳西茶师协会人数")):
        found = indicators_of(sentence)
        assert list(found.values()) == [size], (sentence, found)


def test_having_so_many_people_after_no_named_body_is_not_read_as_a_brand():
    # near-miss: nothing quoted in the clause before: no name to give the size of
    found = indicators_of("霍邱县某电子厂发展了十多年，拥有1200余人。")
    assert "品牌" not in found[Decimal("1200")] and "人数" not in found[Decimal("1200")], found


# -- when: a broadcaster's date line dates the report -----------------------------------------------------------------

def _read(tmp_path, text: str):
    from kg.ingest import read_document
    path = tmp_path / "broadcast.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, path.name)


def test_a_date_line_naming_a_tv_station_and_its_programme_dates_the_report(tmp_path):
    for line in ("2023-05-08 安徽卫视《安徽新闻联播》", "2023-05-08 安徽卫视", "2023-05-08 霍邱县电视台《霍邱新闻》"):
        document = _read(tmp_path, "霍邱打造劳务品牌\n\n" + line + "\n\n2022年，全县输出劳动力28万人。"
                         "目前，霍邱县外出务工人员达30万人。\n")
        assert (document.date, document.date_inferred) == ("2023-05-08", False), line
        years = {o.value: o.year for o in extract(normalize(document)).observations}
        assert years[Decimal("300000")] == 2023, (line, years)


def test_a_dated_line_of_prose_is_no_date_line(tmp_path):
    # near-miss: a date opening a sentence of the report is not the page's date
    document = _read(tmp_path, "霍邱打造劳务品牌\n\n2023-05-08 霍邱县召开全县劳务工作会，部署今年的输出任务。\n\n"
                     "目前，霍邱县外出务工人员达30万人。\n")
    assert document.date_inferred or document.date != "2023-05-08"


# -- whose figures: a county's own post whose title names another place first -----------------------------------------

SHANGHAI = "310000"


def test_a_title_naming_a_far_city_first_and_the_county_after_is_the_countys_own_post():
    for body in ("这是我县服务外出务工人员的又一举措。\n今年以来，县人社局牵线上海企业，已帮300人签下用工合同。",
                 "本县人社局高度重视。\n今年以来，县就业中心与上海用工企业对接，帮300人找到岗位。"):
        facts = facts_of(body, title="上海企业招工忙，霍邱县搭建对接平台")
        assert facts.regions.subject == HUOQIU, body
        assert regions_of(facts.observations) == {(HUOQIU, Decimal("300"))}, body


def test_a_title_naming_a_county_in_a_citys_own_post_keeps_the_first_place():
    # near-miss: the text speaks as a city (我市), not as a county
    facts = facts_of("这是我市服务外出务工人员的又一举措。\n今年以来，市就业服务中心组织企业招聘，达成就业意向300人。",
                     title="合肥招聘月启动，霍邱县企业前来揽才")
    assert facts.regions.subject == HEFEI


# -- what is counted: a bare verb of an act named by the figure before it ---------------------------------------------

def test_a_bare_act_after_the_figure_that_named_it_is_that_act():
    for sentence in ("霍邱县已开展电焊工培训36期、培训2100人。",
                     "霍邱县电焊工培训共举办36期，培训2100人。"):
        found = indicators_of(sentence)
        assert found[Decimal("2100")] == "电焊工培训", (sentence, found)


def test_a_bare_act_after_a_figure_whose_words_only_use_the_verb_as_a_modifier_stays_bare():
    # near-miss: 培训基地 counts bases; the training of the next figure is not named by it
    found = indicators_of("霍邱县今年新增培训基地12个，培训2100人。")
    assert "基地" not in found[Decimal("2100")] and found[Decimal("2100")] != "新增培训", found


# -- what is counted: vehicles, whatever their leaving is said with ---------------------------------------------------

def test_vehicles_counted_before_their_leaving_are_the_vehicles():
    for sentence, vehicles in (("霍邱县3辆返岗大巴同时发车。", "返岗大巴"),
                               ("霍邱县5辆大客车从县汽车站出发，驶向杭州。", "大客车"),
                               ("霍邱县2辆大巴车满载务工人员驶出车站。", "大巴车"),
                               ("截至目前，霍邱往返杭州的直通车已累计开出12趟。", "霍邱往返杭州的直通车")):
        found = indicators_of(sentence)
        assert list(found.values())[0] == vehicles, (sentence, found)


def test_people_in_a_trade_and_trains_run_keep_their_words():
    # near-miss: 从事 is the people's trade, not a departure; 开行专列 names the act before the count
    assert indicators_of("霍邱县有5000名妇女从事家政服务。")[Decimal("5000")] == "妇女从事家政服务"
    assert indicators_of("霍邱县开行专列24列。")[Decimal("24")] == "开行专列"


# -- what is counted: people delivered by a vehicle (把/将 … 送达, … 被送达) -------------------------------------------

def test_people_delivered_by_a_train_are_counted_as_its_delivery():
    for sentence, delivered in (("K1234次专列从霍邱开到杭州，把760名务工人员顺利送到。", "K1234次专列送到务工人员"),
                                ("K1234次专列抵达杭州，760名务工人员被安全送达。", "K1234次专列送达务工人员")):
        assert indicators_of(sentence)[Decimal("760")] == delivered, sentence


def test_people_passively_chosen_are_not_a_delivery():
    # near-miss: 被确定为… is what they were named, not a trip
    assert "被确定" in indicators_of("霍邱县860名务工人员被确定为首批技能人才。")[Decimal("860")]


# -- which figures: a count the article states twice ------------------------------------------------------------------

def test_a_ledes_count_said_again_of_a_place_inside_it_is_one_statement():
    for lede in ("612名务工人员，今天出发。", "612名务工人员，一路向南。"):
        body = lede + "\n2月1日，K1234次列车从六安站开出，车厢里坐着612名六安籍务工人员。"
        obs = facts_of(body, title="安徽节后首趟务工专列驶向杭州").observations
        assert regions_of(obs) == {(LUAN, Decimal("612"))}, (lede, obs)


def test_the_same_value_of_other_counts_stays_twice():
    # near-miss: the province trained 3000, the city sent 3000 workers: two statements that share a value
    obs = facts_of("今年安徽省培训电焊工3000人。\n六安市输出务工人员3000人。", title="安徽劳务工作综述").observations
    assert regions_of(obs) == {(ANHUI, Decimal("3000")), (LUAN, Decimal("3000"))}, obs


# -- whose figures: a route's start is not who acts -------------------------------------------------------------------

def test_a_route_from_the_origins_does_not_take_the_receivers_figures():
    for sentence in ("上月，杭州派出多辆客车，从安徽六安、霍邱开往杭州，一次接回务工人员210名。",
                     "随后，杭州又安排专车，从六安发往杭州，共接回210名务工人员。"):
        obs = facts_of("杭州市多措并举帮助企业稳岗。\n" + sentence, title="杭州接回外地务工人员").observations
        assert (HANGZHOU, Decimal("210")) in regions_of(obs), (sentence, obs)


def test_setting_out_from_a_place_still_opens_on_it():
    # near-miss: 从霍邱出发 names no destination: the workers setting out are that county's
    obs = facts_of("杭州市多措并举帮助企业稳岗。\n当天，从霍邱出发，共有210名务工人员踏上返岗路。",
                   title="杭州接回外地务工人员").observations
    assert regions_of(obs) == {(HUOQIU, Decimal("210"))}, obs


# -- which figures: a share of a group that all do the same, and a person's group brought before its verb -------------

def test_a_share_above_of_a_group_that_all_do_the_same_is_stated():
    for sentence in ("这个3000多人的村，六成以上的农户都住上了新房。", "去年参训的学员中，70%以上的学员已实现就业。"):
        obs = facts_of("霍邱县王庄村是有名的焊工村。" + sentence).observations
        assert [(o.value, o.unit) for o in obs if o.unit == "%"] in ([(Decimal("60"), "%")], [(Decimal("70"), "%")]), \
            (sentence, obs)


def test_a_share_above_that_picks_out_the_places_a_rule_serves_is_a_threshold():
    # near-miss: 10%以上的村 are the villages a rule picks, not a share the report states
    assert facts_of("霍邱县对贫困发生率10%以上的村给予补助。").observations == ()


def test_a_persons_group_brought_before_the_verb_that_organises_it_is_counted():
    for sentence in ("他办厂后，把村里40多名妇女组织起来学刺绣。", "她把20多名留守妇女带动起来做手工。"):
        obs = facts_of("霍邱县王庄村是有名的焊工村。" + sentence).observations
        assert len(obs) == 1 and obs[0].value in (40, 20), (sentence, obs)


def test_a_persons_group_brought_somewhere_stays_the_story():
    # near-miss: taking his relatives to the station is his story, not a count the report makes
    assert facts_of("霍邱县王庄村是有名的焊工村。他把30多名亲戚送到了车站。").observations == ()


# -- whose and what: a share of a group said to be people of a place --------------------------------------------------

def test_a_share_of_a_group_said_to_be_people_of_a_place_is_that_places():
    for sentence in ("霍邱焊工小店遍布各地，六成店主是六安人。", "霍邱焊工小店遍布各地，店主里六成是六安人。"):
        obs = facts_of(sentence).observations
        assert [(o.region, o.value) for o in obs] == [(LUAN, Decimal("60"))], (sentence, obs)
        assert obs[0].indicator.endswith("店主中六安人比重"), (sentence, obs)


def test_a_share_of_a_group_that_is_no_people_of_a_place_stays_the_subjects():
    # near-miss: 是女性 names a kind of people, no place
    obs = facts_of("霍邱县的焊工小店遍布各地，六成店主是女性。").observations
    assert [(o.region, o.indicator) for o in obs] == [(HUOQIU, "店主中女性比重")], obs


# -- which figures: a rule's condition, its subject said first --------------------------------------------------------

def test_a_condition_whose_subject_comes_first_is_a_threshold():
    for sentence in ("在同一个工地干活的霍邱焊工只要满30人，县里就派一名联络员。",
                     "同一工地的霍邱籍务工人员一旦超过30人，就成立临时党小组。"):
        assert facts_of("霍邱县持续做好劳务服务。\n" + sentence).observations == (), sentence


def test_a_count_before_a_consequence_without_a_condition_word_is_stated():
    # near-miss: no 只要/一旦: the 20 workers are a count the report makes
    obs = facts_of("霍邱县持续做好劳务服务。\n今年在杭州就业的霍邱焊工达到2000人，县里派驻了专门工作人员。").observations
    assert [o.value for o in obs] == [Decimal("2000")], obs


def test_departments_that_set_up_a_task_force_are_not_a_figure():
    for sentence in ("霍邱县从人社、农业等7个部门抽人组建服务专班，负责技能培训。",
                     "霍邱县从人社、农业农村等6个部门抽调骨干成立服务队。"):
        assert facts_of(sentence).observations == (), sentence


def test_departments_counted_as_what_a_place_has_stay():
    # near-miss: departments that have stations abroad are a figure of the county's network
    obs = facts_of("霍邱县已有12个部门在杭州设立了服务站。").observations
    assert [o.value for o in obs] == [Decimal("12")], obs


def test_the_people_of_a_story_counted_as_they_act_together_are_no_figure():
    for sentence in ("这些年，每到开春，两人都会约上同乡去苏州做工。", "那年春天，三人一起到杭州学了电焊。"):
        assert facts_of("霍邱县的王大哥和妻子在外打拼多年。\n" + sentence).observations == (), sentence


def test_a_small_count_of_people_the_report_makes_stays():
    # near-miss: 两人 chosen as models is a count, not the couple of a story acting together
    obs = facts_of("霍邱县的王大哥在外打拼多年。\n今年全县有两人获评全国劳动模范。").observations
    assert [o.value for o in obs] == [Decimal("2")], obs


# -- whose figures: the subject's own act told in the passive ---------------------------------------------------------

def test_a_place_qualifying_what_the_subject_acted_on_in_the_passive_is_not_the_actor():
    for sentence in ("今年以来，浙江采茶季劳务被霍邱县列为增收重点，截至目前，已向浙江输送采茶工2400余人。",
                     "近年来，上海家政市场的用工需求被霍邱县列为重点对接任务，今年已向上海输送家政员3000人。"):
        obs = facts_of("霍邱县多措并举促进农民增收。\n" + sentence, title="霍邱县劳务输出再创新高").observations
        assert {o.region for o in obs} == {HUOQIU}, (sentence, obs)


def test_an_outside_judge_in_the_passive_does_not_take_the_subjects_figures():
    # near-miss: 被浙江茶企评为… is an outside body's judgement; the clause stays with the county it opens on
    obs = facts_of("霍邱县多措并举促进农民增收。\n霍邱县采茶队被浙江茶企评为优秀队伍，今年已输送采茶工2400人。",
                   title="霍邱县劳务输出再创新高").observations
    assert {o.region for o in obs} == {HUOQIU}, obs


# -- what is counted: the people aboard the vehicle the sentence named -----------------------------------------------

def test_people_aboard_are_counted_as_the_named_vehicles_passengers():
    for sentence, counted in (("K1234次列车从霍邱站开出，车上坐着380名务工人员。", "K1234次列车务工人员"),
                              ("G5678次列车从六安站开出，车上搭载着420名霍邱籍务工人员。", "G5678次列车霍邱籍务工人员"),
                              ("D5678次务工专列早上从霍邱站出发，车上的务工人员共有390余名。", "D5678次务工专列务工人员")):
        found = indicators_of("霍邱县今年首趟返岗专列开行。\n" + sentence)
        assert counted in found.values(), (sentence, found)


def test_a_station_is_no_vehicle_the_people_are_aboard():
    # near-miss: 高铁站 is where they stand; no vehicle is named, the words stay as written
    found = indicators_of("霍邱县今年首趟返岗专列开行。\n在霍邱高铁站，车上坐着380名务工人员。")
    assert all("高铁" not in v for v in found.values()), found


# -- what is counted: examples framed by 包括…在内 or 以…为代表 ----------------------------------------------------------

def test_examples_framed_before_a_count_are_not_what_it_counts():
    for sentence in ("截至目前，霍邱县包括“霍邱焊工”在内的12个劳务品牌已获评省级品牌。",
                     "截至目前，霍邱县以“霍邱焊工”为代表的12个劳务品牌已获评省级品牌。"):
        found = indicators_of(sentence)
        assert found[Decimal("12")].startswith("劳务品牌"), (sentence, found)


def test_representatives_counted_are_what_is_counted():
    # near-miss: 代表 as the people counted, not a frame of examples
    found = indicators_of("霍邱县推选出务工人员代表12名。")
    assert "代表" in found[Decimal("12")], found


def test_vehicles_sent_are_counted_as_the_vehicles():
    for sentence in ("此前，杭州已经派出5辆“返岗大巴”，从六安接回务工人员。", "此前杭州出动5辆返岗大巴，专程赴六安接人。"):
        found = indicators_of("杭州市多措并举帮助企业稳岗。\n" + sentence, title="杭州接回外地务工人员")
        assert found[Decimal("5")] == "返岗大巴", (sentence, found)


def test_vehicles_run_or_organised_keep_the_verb_of_the_act():
    # near-miss: 开通 and 组织 name the service or the act the count is of; they stay
    assert indicators_of("霍邱县开通12辆返岗专车。")[Decimal("12")] == "开通返岗专车"
    assert indicators_of("霍邱县组织12辆返岗专车。")[Decimal("12")] == "组织返岗专车"


# -- what is counted: a figure said first, then what it is ------------------------------------------------------------

def test_a_figure_said_first_and_named_after_a_dash_counts_what_it_is_said_to_be():
    for sentence, named in (("3万人，这就是“霍邱焊工”队伍眼下的规模。", "霍邱焊工队伍规模"),
                            ("12亿元，这就是霍邱县去年的劳务收入。", "劳务收入")):
        found = indicators_of("霍邱县打造劳务品牌。\n" + sentence)
        assert list(found.values()) == [named], (sentence, found)


def test_a_figure_said_first_with_no_naming_after_it_keeps_its_unit():
    # near-miss: 这是 with a judgement (这是真的, 这是一个奇迹) is no name of the figure
    for judgement in ("这是真的", "这是一个奇迹"):
        found = indicators_of(f"霍邱县打造劳务品牌。\n3万人，{judgement}。")
        assert all(judgement[2:] not in v for v in found.values()), (judgement, found)


# -- what is counted: 一共/总共 sum up, as 共 does ---------------------------------------------------------------------

def test_in_all_said_as_yigong_or_zonggong_is_no_part_of_what_is_counted():
    for sentence in ("霍邱县今年开行返岗专列3趟，一共输送1800人。", "霍邱县今年开行返岗专列3趟，总共输送1800人。"):
        found = indicators_of(sentence)
        assert found[Decimal("1800")].endswith("输送") and "一" not in found[Decimal("1800")] \
            and "总" not in found[Decimal("1800")], (sentence, found)


def test_a_word_opening_on_yi_that_is_no_sum_stays():
    # near-miss: 一线 is part of what is counted
    found = indicators_of("霍邱县今年一线务工人员达到1800人。")
    assert "一线" in found[Decimal("1800")], found


# -- which figures: a timetable of named days, said after the count ---------------------------------------------------

def test_a_count_of_trains_whose_days_follow_it_is_a_timetable():
    for sentence in ("接下来还将有2趟专车分别于5月6日、9日发出。", "后续还将有2趟专车，于6日、9日开行。"):
        obs = facts_of("霍邱县首趟采茶专车昨日发车。\n" + sentence).observations
        assert [o.value for o in obs] == [Decimal("2")], (sentence, obs)


def test_a_count_of_trains_still_to_come_with_no_day_named_is_a_plan():
    # near-miss: no day named: 还将有 is what is planned
    assert facts_of("霍邱县首趟采茶专车昨日发车。\n接下来还将有2趟专车陆续开出。").observations == ()


# -- whose figures: people aboard a train seen off in the sentence before ---------------------------------------------

def test_people_aboard_a_train_seen_off_the_sentence_before_are_counted_at_its_station():
    for passage in ("K1234次列车上午从六安站开出。车上，450多名安徽务工人员将在上海下车。",
                    "G88次列车从六安站开出。列车上，450多名安徽籍务工人员踏上返岗路。"):
        obs = facts_of(passage, title="安徽首趟返岗专列开行").observations
        assert regions_of(obs) == {(LUAN, Decimal("450"))}, (passage, obs)


def test_a_station_outside_the_peoples_province_does_not_take_them():
    # near-miss: the train left a station of another province; the province the people are from keeps them
    obs = facts_of("K1234次列车上午从杭州站开出。车上，450多名安徽务工人员踏上回家路。",
                   title="安徽务工人员乘专列返乡").observations
    assert regions_of(obs) == {(ANHUI, Decimal("450"))}, obs


def test_people_aboard_said_to_come_from_a_list_keep_the_lists_region():
    # near-miss: where they come from is said outright; the station the train left does not narrow it
    obs = facts_of("K1234次列车上午从六安站开出。车上的务工人员共650名，分别来自安徽的六安、宿州、阜阳等地。",
                   title="安徽首趟返岗专列开行").observations
    assert regions_of(obs) == {(ANHUI, Decimal("650"))}, obs


def test_people_aboard_after_a_full_stop_are_the_passengers_of_the_vehicle_named_before_it():
    for passage in ("D5678次务工专列早上从霍邱站出发。车厢里的务工人员一共390余名，将在杭州下车。",
                    "K1234次列车上午从霍邱站开出。车上坐着390余名务工人员。"):
        found = indicators_of("霍邱县今年首趟返岗专列开行。\n" + passage)
        assert found[Decimal("390")] in ("D5678次务工专列务工人员", "K1234次列车务工人员"), (passage, found)


def test_people_aboard_with_no_vehicle_named_before_keep_their_words():
    # near-miss: the sentence before names a station only: no vehicle to count them as passengers of
    found = indicators_of("霍邱县今年首趟返岗专列开行。\n霍邱高铁站人头攒动。车上的务工人员共有390余名。")
    assert "高铁" not in found[Decimal("390")], found


# -- what is counted: 当地/本地 stand for the place, as 全县 does -----------------------------------------------------

def test_locally_is_no_part_of_what_is_counted():
    for sentence in ("围绕茶产业，当地现有相关企业900家。", "围绕茶产业，本地已有加工企业800家。"):
        found = indicators_of("霍邱县茶产业红火。\n" + sentence)
        assert all(not v.startswith(("当地", "本地")) and v.endswith("企业") for v in found.values()), (sentence, found)


def test_local_people_are_what_is_counted():
    # near-miss: 当地人 are the people counted, not a word for the place
    found = indicators_of("霍邱县茶产业红火。\n去年当地人外出务工3000人。")
    assert "当地人" in found[Decimal("3000")], found


# -- what is counted: the noun before the count, an adverb of the predicate after it ---------------------------------

def test_a_count_after_its_noun_and_before_its_predicate_counts_the_noun():
    for sentence, counted in (("上午8点，从霍邱开往杭州的返岗大巴四辆一起出发。", "返岗大巴"),
                              ("当天，霍邱开往上海的务工专列两列陆续开出。", "务工专列")):
        found = indicators_of("霍邱县今年首批返岗务工人员出发。\n" + sentence)
        value = next(iter(found))
        assert found[value].endswith(counted), (sentence, found)


def test_a_noun_after_the_count_is_still_read():
    # near-miss: the noun stands after the count; the adverb comes after it
    assert indicators_of("霍邱县3辆大巴同时发车。")[Decimal("3")] == "大巴"


# -- a figure that opens its line, then its caption after a dash or a colon (数说/图解 layout) -----------------------

def _indicators(body: str) -> dict[Decimal, str]:
    return {o.value: o.indicator for o in facts_of(body, title="六安市劳务输出").observations}


def test_a_figure_opening_its_line_is_named_by_the_caption_after_its_dash():
    body = ("六安市是安徽省的劳务输出大市。\n\n▲ 春风行动成绩单\n"
            "3.6万人——通过专场招聘新实现转移就业\n"
            "● 12.4亿元——务工人员寄回家乡的汇款\n")
    found = _indicators(body)
    assert "新实现转移就业" in found[Decimal("36000")], found
    assert "汇款" in found[Decimal("1240000000")], found


def test_figures_listed_at_a_line_start_share_the_caption_after_a_colon():
    body = ("六安市是安徽省的劳务输出大市。\n▲ 职教中心焊工班\n"
            "9期、360人：县职教中心开办的焊工班期数与结业学员\n"
            "7800元：结业学员头一个月拿到的平均工资\n")
    found = _indicators(body)
    assert "焊工班" in found[Decimal("9")] and "焊工班" in found[Decimal("360")], found
    assert "平均工资" in found[Decimal("7800")], found


def test_a_long_caption_keeps_the_head_noun_its_clause_qualifies():
    body = ("六安市是安徽省的劳务输出大市。\n"
            "2300人——在本次招聘会上与长三角各地企业当场签下用工合同、将于下月初分批出发的“六安月嫂”学员人数\n")
    assert _indicators(body)[Decimal("2300")] == "六安月嫂学员人数"


def test_a_dash_inside_a_sentence_is_not_a_caption():
    # the figure does not open its line: what follows the dash is a remark on it, not its name
    body = "六安市是安徽省的劳务输出大市。\n去年全市转移就业12万人——比上年多出一成。\n"
    assert "一成" not in _indicators(body)[Decimal("120000")]


def test_a_caption_that_opens_with_a_time_word_dates_its_figure():
    body = ("六安市是安徽省的劳务输出大市。2024年全市计划输出劳动力60万人。\n\n▲ 返乡创业看变化\n"
            "15.2万人——去年返乡创业带动就业\n"
            "96亿元——去年全市创业主体营业额\n"
            "8000人——今年前两个月新增返乡创业\n")
    found = {o.value: o for o in facts_of(body, title="六安市劳务输出").observations}
    assert found[Decimal("152000")].year == found[Decimal("9600000000")].year == 2023, found
    assert found[Decimal("8000")].year == 2024
    assert found[Decimal("152000")].indicator == "返乡创业带动就业"


def test_a_time_word_further_into_the_caption_does_not_date_the_figure():
    # the time word is not the caption's opening: it qualifies the thing counted, not when the figure was
    body = "六安市是安徽省的劳务输出大市。\n2.6万人——返乡创业人员中去年新办企业的人数。\n"
    found = {o.value: o for o in facts_of(body, title="六安市劳务输出").observations}
    assert found[Decimal("26000")].year != 2023, found


def test_the_place_a_caption_opens_with_owns_its_figure():
    body = ("安徽省是劳务输出大省。\n\n▲ 数说劳务\n"
            "10.5万人——去年舒城县外出务工的农村劳动力。\n"
            "35家——金寨县认定的就业帮扶车间\n"
            "1200名——这趟专列平安送达杭州的务工人员。\n")
    found = {o.value: o for o in facts_of(body, title="安徽劳务输出").observations}
    assert found[Decimal("105000")].region == "341523"  # 舒城县
    assert found[Decimal("35")].region == "341524"  # 金寨县
    # a place further into the caption is where the people went: the figure stays the province's
    assert found[Decimal("1200")].region == "340000"
    assert found[Decimal("1200")].indicator == "这趟专列平安送达杭州的务工人员"


# -- 与/和/跟 去年同期的N相比: the baseline inside the frame, and the figures after it are this year's ---------------

def test_a_baseline_framed_by_yu_xiangbi_is_last_years_figure_and_dates_nothing_after_it():
    for frame in ("与上年同期的1.05万人相比，", "和去年同期的1.05万人相比，", "跟去年同期的1.05万人相比，"):
        body = "霍山县今年正月组织2.6万名农村劳动力外出务工。" + frame + "今年外出务工的多了1.55万人。"
        found = {o.value: o for o in facts_of(body, title="霍山县春风行动").observations}
        assert found[Decimal("10500")].year == 2023, (frame, found)
        assert "外出务工" in found[Decimal("10500")].indicator, (frame, found)
        assert found[Decimal("15500")].year == 2024, frame


def test_a_figure_said_before_xiangbi_without_a_time_word_is_not_a_baseline():
    # no earlier time named: the figure is the county's own, compared with another place's
    body = "霍山县今年一季度转移就业3.1万人，与邻县的2.4万人相比，多出7000人。"
    found = {o.value: o for o in facts_of(body, title="霍山县春风行动").observations}
    assert found.get(Decimal("24000")) is None or found[Decimal("24000")].year != 2023


# -- a headline that names one year dates the report's figures --------------------------------------------------

def _years(body: str, title: str, date: str) -> dict[Decimal, int | None]:
    return {o.value: o.year for o in facts_of(body, title=title, date=date).observations}


def test_a_year_end_report_published_the_next_january_is_of_the_year_its_headline_names():
    body = ("2023年，我局扎实推进农村劳动力转移就业，各项工作取得明显成效。\n"
            "一、主要成效\n全年新增转移农村劳动力七千二百余人，累计转移就业总量达到9.8万人。\n"
            "8月，首批26名务工人员赴乌鲁木齐从事建筑工作。\n")
    for title in ("滨海县人社局2023年度转移就业工作总结", "2023年滨海县转移就业9.8万人"):
        years = _years(body, title, "2024-01-12")
        assert years[Decimal("98000")] == years[Decimal("26")] == 2023, (title, years)


def test_a_headline_naming_a_span_or_an_older_year_dates_nothing():
    body = "近日，滨海县召开劳务工作会议。\n全县累计转移就业总量达到9.8万人。\n"
    for title in ("滨海县2019—2023年劳务输出综述", "滨海县回顾2016年劳务输出"):
        assert _years(body, title, "2024-01-12")[Decimal("98000")] != 2023, title
        assert _years(body, title, "2024-01-12")[Decimal("98000")] != 2016, title


# -- 全县 in a feature on a prefecture: the county named within it ----------------------------------------------

def test_quanxian_in_a_prefectures_feature_is_the_county_it_named_not_the_prefecture():
    body = ("黔东南州雷山县是有名的木匠之乡。\n"
            "雷山县外出做工的木匠遍布江苏、上海两地。雷山县人社局局长王明说，县里把木工当作劳务输出的主打工种来抓。\n"
            "“‘雷山木匠’的手艺口碑越来越好。”王明说，截至10月底，全县已转移就业8.3万人，劳务收入累计21.5亿元。\n")
    for title in ("黔东南州：雷山木匠走四方", "黔东南州打造木匠劳务品牌"):
        found = {o.value: o.region for o in facts_of(body, title=title, date="2023-11-08").observations}
        assert found[Decimal("83000")] == found[Decimal("2150000000")] == "522634", (title, found)  # 雷山县


def test_quanzhou_and_a_county_outside_the_prefecture_leave_the_prefecture():
    body = ("黔东南州组织干部赴浙江安吉县学习劳务输出经验。\n"
            "今年1至10月，全州农村劳动力转移就业58万人。据介绍，全县农村劳动力转移就业8.3万人。\n")
    found = {o.value: o.region for o in facts_of(body, title="黔东南州劳务输出", date="2023-11-08").observations}
    assert found[Decimal("580000")] == "522600"
    assert found.get(Decimal("83000")) != "330523"  # 安吉县 is outside the prefecture: not what 全县 is


# -- 在X的A、B企业就业的有N人: where the county's workers work, a workplace of two trades --------------------------

def test_workers_counted_where_they_work_stay_the_origins_even_at_a_workplace_of_two_trades():
    for workplace in ("的物业、安保企业", "的餐饮、酒店企业", "的建筑工地"):
        body = ("截至2023年底，察隅县累计向广州、拉萨等地输送“察隅保安”980余人，年底在岗620人，其中在广州市天河区、海珠区"
                + workplace + "就业的有330人，在拉萨市城关区就业的有210人。")
        found = {o.value: o for o in facts_of(body, title="关于察隅县保安员输出情况的答复", date="2024-05-10").observations}
        assert found[Decimal("330")].region == found[Decimal("210")].region == "540425", (workplace, found)  # 察隅县
        assert found[Decimal("330")].indicator.startswith("在广州市天河区"), workplace
        assert found[Decimal("210")].indicator == "在拉萨市城关区就业", workplace


def test_a_place_that_opens_its_own_figure_keeps_it():
    # the district is the actor here, not where the county's workers are
    body = "察隅县今年输出保安员620人。广州市天河区的物业、安保企业今年新招聘保安员330人。"
    found = {o.value: o.region for o in facts_of(body, title="察隅县保安员输出", date="2024-05-10").observations}
    assert found.get(Decimal("330")) in (None, "440106")


# -- a report's section of plans: every figure under its heading is a goal ------------------------------------

_REPORT = ("2023年，我局扎实推进转移就业。\n一、主要成效\n全年新增转移农村劳动力7200余人，培训“滨海电工”1600人次。\n"
           "二、存在的问题\n一是组织化程度不高。\n{heading}\n"
           "一是全年新增转移农村劳动力8000人以上；二是新培训“滨海电工”2000人次；三是在苏州市新设驿站1个。\n")


def test_figures_under_a_heading_of_plans_are_goals():
    for heading in ("三、2024年工作打算", "三、下一步工作计划", "（三）明年工作思路"):
        found = {o.value for o in facts_of(_REPORT.format(heading=heading), title="滨海县人社局2023年度工作总结",
                                           date="2024-01-12").observations}
        assert {Decimal("7200"), Decimal("1600")} <= found, heading
        assert not found & {Decimal("8000"), Decimal("2000"), Decimal("1")}, (heading, found)


def test_a_heading_that_names_no_plan_keeps_its_figures():
    for heading in ("三、劳务品牌建设", "三、2023年主要数据"):
        found = {o.value for o in facts_of(_REPORT.format(heading=heading), title="滨海县人社局2023年度工作总结",
                                           date="2024-01-12").observations}
        assert Decimal("2000") in found, (heading, found)


# -- a notice's table: a row's figure is its region's, and counts what its column's header says -------------------

def test_a_table_rows_figure_is_its_declaring_regions_and_counts_its_column():
    body = ("附件：全省第三批特色劳务品牌名单\n\n序号　品牌名称　申报地区　主要输出地　从业人数\n"
            "1　泸西焊工　红河州泸西县　重庆、昆明、广东东莞　1.8万人\n2　丘北木匠　文山州丘北县　福建厦门、浙江温州　7600人\n"
            "3　鹤庆银匠　大理州鹤庆县　昆明　2900人\n\n云南省人力资源和社会保障厅\n")
    found = {o.value: o for o in facts_of(body, title="关于公布云南省第三批特色劳务品牌名单的通知").observations}
    assert {v: o.region for v, o in found.items()} == {
        Decimal("18000"): "532527", Decimal("7600"): "532626", Decimal("2900"): "532932"}
    assert found[Decimal("2900")].indicator == "鹤庆银匠从业人数"


def test_a_table_row_of_several_units_is_owned_by_none_of_them():
    body = ("附件：各县劳务输出情况\n\n序号　所在县区　主要输出地　人数\n1　泸西县、弥勒市　广东东莞　1.8万人\n"
            "2　文山州丘北县　浙江宁波　7600人\n\n云南省人力资源和社会保障厅\n")
    found = {o.value: o for o in facts_of(body, title="云南省劳务输出情况的通报").observations}
    assert found[Decimal("18000")].region not in ("532527", "532504")  # (neither county alone)
    assert found[Decimal("7600")].region == "532626" and found[Decimal("7600")].indicator == "人数"


# -- 两个“某县木匠”服务站: a quoted name between a small count and its noun ------------------------------------------

def test_a_small_count_of_stations_named_by_a_quoted_brand_is_a_count():
    for said in ("在温州市、台州市设立了两个“雷山木匠”服务站", "在温州、台州两地建起了三个“雷山木匠”驿站"):
        body = "黔东南州雷山县是木匠之乡。雷山县人社局局长王明介绍，县里" + said + "，为在外的木匠提供服务。"
        found = {(o.region, o.value) for o in facts_of(body, title="雷山木匠走四方", date="2023-11-08").observations}
        assert {r for r, _ in found} == {"522634"} and found, (said, found)  # 雷山县's, not the cities'


def test_a_slogan_count_before_a_quoted_phrase_is_still_no_count():
    body = "雷山县提出“三个一批”工作思路，坚持“两个“优先””。"
    assert not facts_of(body, title="雷山木匠走四方", date="2023-11-08").observations


def test_a_caption_naming_money_gives_a_bare_yi_its_yuan():
    body = "雷山县是木匠之乡。\n▲ 数说\n超过12亿：全县年劳务收入；\n3.5亿——木匠务工工资总额\n"
    found = {o.value: o for o in facts_of(body, title="雷山木匠走四方", date="2023-11-08").observations}
    assert found[Decimal("1200000000")].unit == found[Decimal("350000000")].unit == "元", found
    assert found[Decimal("1200000000")].indicator == "年劳务收入"


def test_a_caption_that_only_mentions_money_on_the_way_gives_no_unit():
    body = "雷山县是木匠之乡。\n▲ 数说\n5亿——收入增长目标之外的说法\n"
    assert Decimal("500000000") not in {o.value for o in facts_of(body, title="雷山木匠走四方").observations}

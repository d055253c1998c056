"""Metrics on forms of the fourth generality round (issue 16): portal reposts with straight quotes and section marks,
a province filing a county's brand, a speaker's topic before the colon, where the people came from said with 全部.
Sentences written here about places no real article is about; each family has a near-miss that must read otherwise."""
from __future__ import annotations

from decimal import Decimal

from kg.model import Document
from kg.normalize import normalize
from kg.pipeline import extract

ANHUI, LUAN, HUOSHAN, JINZHAI = "340000", "341500", "341525", "341524"


def facts_of(body: str, title: str | None = None, date: str | None = "2024-03-05"):
    return extract(normalize(Document("gen4.txt", body, title=title, date=date)))


def owners(facts) -> dict[Decimal, set[str]]:
    out: dict[Decimal, set[str]] = {}
    for o in facts.observations:
        out.setdefault(o.value, set()).add(o.region)
    return out


# -- a province that files a county's brand: 某省劳务品牌“某县X” ------------------------------------------------------

def test_a_province_naming_the_brand_it_files_leaves_the_figures_to_the_brands_county():
    for filing in ("安徽省劳务品牌“金寨茶师”", "安徽省的特色劳务品牌“金寨茶师”", "安徽省知名劳务品牌“金寨茶师”"):
        facts = facts_of(filing + "现有从业人员3.2万人，年创收入18亿元。\n当地茶园面积20万亩。",
                         title="茶师走出大别山")
        got = owners(facts)
        assert got[Decimal("32000")] == {JINZHAI}, filing
        assert got[Decimal("1800000000")] == {JINZHAI}, filing


def test_a_province_counting_its_own_brands_keeps_its_figures():
    # near-miss: 品牌 after the province with no brand's name after it is the province's own count
    facts = facts_of("安徽省劳务品牌建设成效明显，全省已培育劳务品牌64个，带动就业120万人。", title="安徽劳务品牌建设")
    got = owners(facts)
    assert got[Decimal("1200000")] == {ANHUI}


# -- straight quotes of a reposted page: a speaker's account over several sentences ---------------------------------

def test_a_straight_quoted_account_names_its_brand_for_all_its_sentences():
    for said in ("“", '"'):
        close = "”" if said == "“" else '"'
        body = ("安徽劳务品牌越来越多。\n"
                "合作社负责人陈立说：" + said + "刚起步时，合作社只有40名石匠。后来大家一起创出了“霍山石匠”劳务品牌，"
                "如今已带出徒弟2600多人。" + close)
        got = owners(facts_of(body, title="安徽石匠闯市场"))
        assert got[Decimal("40")] == {HUOSHAN}, said
        assert got[Decimal("2600")] == {HUOSHAN}, said


def test_a_straight_quote_closed_in_its_own_sentence_carries_nothing_on():
    # near-miss: the quote closes where it opens; the next sentence, naming no brand, is the province's again
    body = ('安徽劳务品牌越来越多。\n'
            '陈立说："“霍山石匠”劳务品牌已有2600多人。"全省今年新增外出务工人员8万人。')
    got = owners(facts_of(body, title="安徽石匠闯市场"))
    assert got[Decimal("80000")] == {ANHUI}


# -- a speaker's topic before the colon: 回忆起公司的来路： -------------------------------------------------------------

def test_a_firms_speaker_with_a_topic_before_the_colon_does_not_place_the_quote():
    for intro in ("回忆起公司的起步：", "谈起这几年的变化：", "说起创业的经历："):
        body = ("六安劳务品牌越来越多。\n"
                "安徽青山劳务有限公司经理陈立" + intro + "“我们从30名石匠起家，如今“霍山石匠”劳务品牌已有2600多人。”")
        got = owners(facts_of(body, title="六安石匠闯市场"))
        assert got[Decimal("30")] == {HUOSHAN}, intro


def test_a_place_opening_a_sentence_with_no_speaker_still_leads():
    # near-miss: no speaker's colon: the province written first is what the clause is about
    facts = facts_of("安徽青山劳务有限公司今年在全省招收学员500人。", title="安徽劳务")
    assert owners(facts)[Decimal("500")] == {ANHUI}


# -- where the people counted came from, said with 全部/大部分 after the count ----------------------------------------

def test_all_of_them_come_from_names_the_origin_after_the_count():
    for adverb in ("全部", "大部分", "全都"):
        body = "12日，务工专列抵达苏州。车上680名务工人员，" + adverb + "来自安徽六安。"
        got = owners(facts_of(body, title="务工专列抵达苏州"))
        assert got[Decimal("680")] == {LUAN}, adverb


def test_a_count_followed_by_a_visit_is_not_read_as_its_origin():
    # near-miss: 来自 far past the count, in another clause's predicate, is no origin of the figure
    body = "12日，务工专列抵达苏州，车上680名务工人员。当天，接站的工作人员全部来自苏州各企业。"
    got = owners(facts_of(body, title="务工专列抵达苏州"))
    assert got[Decimal("680")] != {LUAN}


# -- a section title restates a figure the body tells in full ----------------------------------------------------------

def test_a_section_titles_figure_is_the_bodys():
    for mark in ("■", "●", "▲"):
        body = ("六安劳务品牌越来越多。\n"
                + mark + " 从30名石匠起步\n"
                "合作社负责人陈立说：“我们从30名石匠起家，如今“霍山石匠”劳务品牌已有2600多人。”")
        obs = [o for o in facts_of(body, title="六安石匠闯市场").observations if o.value == Decimal("30")]
        assert [o.region for o in obs] == [HUOSHAN], mark


def test_a_section_titles_figure_said_nowhere_else_stays():
    # near-miss: a title's figure the body does not restate is the only statement of it
    body = ("六安劳务品牌越来越多。\n"
            "■ 十天发出12趟专车\n"
            "合作社负责人陈立说：“如今“霍山石匠”劳务品牌已有2600多人。”")
    values = {o.value for o in facts_of(body, title="六安石匠闯市场").observations}
    assert Decimal("12") in values


# -- a trip told from where it leaves, in a paragraph taken to be about where it goes --------------------------------

SUSONG, YUEXI, HANGZHOU = "340826", "340828", "330100"


def test_the_place_a_trip_leaves_from_owns_its_figures_where_the_subject_is_only_its_destination():
    for trip in ("首批务工专车从宿松县汽车站发车，开往杭州、宁波、温州等3个城市，分2批发出，共运送180名务工人员。",
                 "大巴从宿松县城出发，驶往浙江杭州、宁波等地，车上共有180名务工人员。"):
        facts = facts_of("根据安排，本次包车送工活动赴浙江持续十天。" + trip, title="首批专车驶向浙江")
        assert owners(facts)[Decimal("180")] == {SUSONG}, trip


def test_a_trip_to_somewhere_outside_the_subject_leaves_the_subjects_figures_alone():
    # near-miss: the subject is not where the trip goes (a visit elsewhere): its own figures stay its own
    facts = facts_of("杭州企业代表团从合肥出发，前往六安考察，杭州企业共提供岗位300个。", title="杭州企业赴皖考察")
    assert owners(facts)[Decimal("300")] != {"340100"}


# -- an annex of brand profiles: one numbered paragraph per brand --------------------------------------------------

def test_a_numbered_item_opening_on_a_brand_tells_of_that_brand():
    body = ("安徽省人社厅公布第三批省级劳务品牌，“金寨茶师”劳务品牌再次入选。\n"
            "经评审，确定“霍山石匠”等2个劳务品牌为省级特色劳务品牌。\n"
            "1．霍山石匠。以石材雕刻为主，现有从业人员5200余人，人均月收入7000元。\n"
            "（2）金寨茶师：截至目前累计培训茶艺师1.3万人次，在外就业3600余人。")
    got = owners(facts_of(body, title="安徽省公布第三批省级劳务品牌"))
    assert got[Decimal("5200")] == {HUOSHAN}
    assert got[Decimal("7000")] == {HUOSHAN}
    assert got[Decimal("13000")] == {JINZHAI}
    assert got[Decimal("3600")] == {JINZHAI}
    assert got[Decimal("2")] == {ANHUI}  # “A”等2个: an example standing for the list, counted by the province


def test_a_numbered_item_that_only_mentions_a_brand_in_passing_stays_the_provinces():
    # near-miss: the item opens on the province's own work; the brand comes later in its sentence
    body = ("安徽省人社厅公布劳务品牌工作情况。\n"
            "1．全省新增外出务工人员8万人，“霍山石匠”等品牌持续壮大。")
    got = owners(facts_of(body, title="安徽省劳务品牌工作情况"))
    assert got[Decimal("80000")] == {ANHUI}


# -- a plan told with 计划/打算/拟 as its verb ----------------------------------------------------------------------

def test_a_figure_planned_with_jihua_dasuan_or_ni_is_no_statement():
    for plan in ("县人社局计划明年再培训茶艺师800人次。", "下半年，县里打算新建就业帮扶车间800个。",
                 "县人社局拟于下月组织800人赴浙江务工。"):
        values = {o.value for o in facts_of("金寨县去年外出务工人员12万人。" + plan, title="金寨县劳务").observations}
        assert Decimal("800") not in values, plan
        assert Decimal("120000") in values, plan


def test_a_plan_that_was_carried_out_is_a_statement():
    # near-miss: 计划 as a noun of a programme, or a plan reported as done
    for done in ("按照年初计划，县里已培训茶艺师800人次。", "依托雨露计划培训茶艺师800人次。"):
        values = {o.value for o in facts_of("金寨县去年外出务工人员12万人。" + done, title="金寨县劳务").observations}
        assert Decimal("800") in values, done


def tea_owners(body: str) -> dict[Decimal, set[str]]:
    return owners(facts_of(body, title="金寨县茶艺服务人员走出大山"))


# -- 其中在X的N人: the subject's people counted where they are --------------------------------------------------------

def test_the_subjects_people_counted_where_they_are_stay_the_subjects():
    for breakdown in ("其中在杭州的1800多人", "其中在杭州、宁波两地的就有1800人", "其中在杭州等地的约1800人"):
        body = "目前，全县在外从事茶艺服务的人员约5000人，" + breakdown + "。"
        got = tea_owners(body)
        assert got[Decimal("1800")] == {JINZHAI}, breakdown


def test_a_place_that_opens_its_own_clause_still_owns_its_figures():
    # near-miss: 杭州 reporting of itself (no 在 before it), in the same article
    body = "目前，全县在外从事茶艺服务的人员约5000人；杭州今年新增茶艺服务岗位1800个。"
    got = tea_owners(body)
    assert got[Decimal("1800")] == {HANGZHOU}


# -- a list of places of work that runs on over commas (足迹遍布A省B、C，D省E，F省G等地) -----------------------------

def test_places_of_work_listed_over_commas_open_no_clause():
    for spread in ("足迹遍布江苏苏州、无锡，浙江杭州，福建厦门等地的电子企业",
                   "分布在江苏苏州，浙江杭州，福建厦门等地",
                   "遍及江苏苏州、无锡，福建厦门等地"):
        body = "截至目前，全县在外从事茶艺服务的人员达3万人，" + spread + "，年劳务收入超过12亿元。"
        got = tea_owners(body)
        assert got[Decimal("1200000000")] == {JINZHAI}, spread


def test_a_place_after_a_full_stop_opens_its_own_sentence():
    # near-miss: the list ended with its sentence; a place opening the next one is what that one is about
    body = "截至目前，全县在外从事茶艺服务的人员达3万人，足迹遍布江苏苏州、无锡。杭州今年新增茶艺岗位800个。"
    got = tea_owners(body)
    assert got[Decimal("800")] == {HANGZHOU}


# -- a goal quoted before its name (确定了“…”的目标) ---------------------------------------------------------------

def test_figures_of_a_quoted_goal_are_no_statements():
    for goal in ("今年，县里确定了“转移就业13万人、劳务收入突破60亿元”的目标。",
                 "县里提出“新增茶艺师2000人”的年度任务。"):
        values = {o.value for o in facts_of("金寨县去年外出务工人员12万人。" + goal, title="金寨县劳务").observations}
        assert not values & {Decimal("130000"), Decimal("6000000000"), Decimal("2000")}, goal
        assert Decimal("120000") in values, goal


def test_a_quoted_phrase_not_naming_a_goal_keeps_its_figure():
    # near-miss: a quoted name of a service with a figure in it, followed by no goal word
    values = {o.value for o in facts_of("金寨县今年开出“点对点”专车12趟，完成了年初的目标。",
                                        title="金寨县劳务").observations}
    assert Decimal("12") in values


# -- 起 counts events (解决劳资纠纷47起), as 件 does -------------------------------------------------------------------

def test_qi_counts_events():
    for said in ("全年调解劳资纠纷47起。", "去年共处理欠薪案件47起，追回工资300万元。"):
        obs = facts_of("金寨县人社局加强劳动维权。" + said, title="金寨县劳动维权").observations
        assert (Decimal("47"), "起") in {(o.value, o.unit) for o in obs}, said


def test_qi_after_a_date_or_a_price_is_no_count():
    # near-miss: 起 as "from" (自3月1日起, 3000元起) names no events
    obs = facts_of("金寨县人社局发布通知。自3月1日起，茶艺师月薪3000元起，招收学员60人。",
                   title="金寨县招收学员").observations
    assert "起" not in {o.unit for o in obs}
    assert Decimal("60") in {o.value for o in obs}


# -- the government's labour bureau however written (人社局, 人力社保局, 人力资源和社会保障局) is its city ----------------

def test_a_city_bureau_written_in_full_speaks_for_its_city():
    for bureau in ("杭州市人力社保局局长王强介绍，", "杭州市人力资源和社会保障局负责人表示，",
                   "杭州市人力资源社会保障局副局长王强说，"):
        body = "六安市外出务工人员多在长三角就业，返岗专车昨天抵达杭州。" + bureau + "今年共接收外来务工人员20万人。"
        got = owners(facts_of(body, title="六安劳务输出又有新进展"))
        assert got[Decimal("200000")] == {HANGZHOU}, bureau


def test_a_human_resources_firm_of_the_city_still_does_not_speak_for_it():
    # near-miss: a firm named 人力资源 (有限公司) is no bureau: its place does not own the figures
    body = ("六安市外出务工人员多在长三角就业，返岗专车昨天抵达杭州。"
            "杭州青禾人力资源有限公司经理王强介绍，今年公司为务工人员安排岗位800个。")
    got = owners(facts_of(body, title="六安劳务输出又有新进展"))
    assert got[Decimal("800")] != {HANGZHOU}

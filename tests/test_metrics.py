"""Metrics on sentences written about other provinces: indicators, regions, years and what is not a metric."""
from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.metrics import find_metrics
from kg.model import Article, Document, RegionAnalysis, RegionMention, Sentence, Span

XIANGXI, LUXI, JISHOU, CHANGSHA, HUNAN = "433100", "433122", "433101", "430100", "430000"
DAZHOU, XUANHAN, DONGGUAN = "511700", "511722", "441900"
GUANGDONG, SHENZHEN, FOSHAN = "440000", "440300", "440600"
# Surface forms the hand-built region analysis resolves (the regions stage is tested on its own).
NAMES = {"湘西州": XIANGXI, "湘西": XIANGXI, "泸溪县": LUXI, "泸溪": LUXI, "吉首市": JISHOU, "长沙市": CHANGSHA,
         "长沙": CHANGSHA, "湖南省": HUNAN, "达州市": DAZHOU, "达州": DAZHOU, "宣汉县": XUANHAN, "宣汉": XUANHAN,
         "东莞": DONGGUAN, "广东": GUANGDONG, "粤": GUANGDONG, "深圳": SHENZHEN, "佛山": FOSHAN,
         "昭通市": "530600", "镇雄县": "530627", "彝良县": "530628", "威信县": "530629", "宁波": "330200",
         "镇雄": "530627", "彝良": "530628", "江苏省": "320000", "江苏": "320000", "常州": "320400", "无锡": "320200"}


def article(text: str, date: str | None = "2023-06-01", subject: str | None = XIANGXI,
            paragraph_subjects: tuple[str | None, ...] = (), unreliable: tuple[Span, ...] = ()):
    paragraphs, sentences = [], []
    offset = 0
    for index, para in enumerate(text.split("\n")):
        paragraphs.append(Span(offset, offset + len(para)))
        for m in re.finditer(r"[^。！？]+[。！？]?", para):
            sentences.append(Sentence(offset + m.start(), offset + m.end(), index, m.group()))
        offset += len(para) + 1
    mentions = []
    pattern = re.compile("|".join(sorted(NAMES, key=len, reverse=True)))
    for m in pattern.finditer(text):
        mentions.append(RegionMention(NAMES[m.group()], m.start(), m.end(), m.group()))
    art = Article(Document("t.txt", text, date=date), None, text, tuple(paragraphs), tuple(sentences), unreliable)
    return art, RegionAnalysis(tuple(mentions), subject, paragraph_subjects)


def metrics(text: str, **kw):
    art, regions = article(text, **kw)
    return find_metrics(art, regions)


def triples(obs):
    return [(o.region, o.value, o.unit) for o in obs]


# -- values, units, indicators -------------------------------------------------------------------------------

def test_figures_with_units_and_indicators():
    obs = metrics("2023年，湖南省湘西州累计转移农村劳动力45.6万人，实现劳务收入120.3亿元。")
    assert triples(obs) == [(XIANGXI, Decimal("456000"), "人"), (XIANGXI, Decimal("12030000000"), "元")]
    assert obs[0].indicator == "累计转移农村劳动力"
    assert obs[1].indicator == "劳务收入"
    assert all(o.year == 2023 and not o.approximate for o in obs)
    assert obs[0].evidence.text.startswith("2023年")


def test_the_noun_after_a_figure_ends_at_punctuation_a_digit_or_twenty_characters():
    # (the scan for it is written for speed: these pin where it stops)
    obs = metrics("为312名高校毕业生、156名退役军人提供岗位。")
    assert [o.indicator for o in obs] == ["高校毕业生", "退役军人提供岗位"]
    [o] = metrics("为312名高校毕业生提供就业指导和职业规划等全方位服务以及后续跟踪服务的工作。")
    assert o.indicator == "高校毕业生提供就业指导和职业规划等全方位"  # the words the figure opens, cut at 20
    [o] = metrics("为312名毕业生①提供服务。")  # ① is a digit to str.isdigit, not to the regex \d
    assert o.indicator == "毕业生"


def test_region_names_leading_a_segment_are_not_its_indicator():
    obs = metrics("湖南省湘西州泸溪县新增就业岗位312个，长沙市新增200个。")
    assert [(o.region, o.indicator) for o in obs] == [(LUXI, "新增就业岗位"), (CHANGSHA, "新增")]


def test_enumeration_gives_one_observation_each():
    obs = metrics("2022年完成职业技能培训5120人，其中就业技能培训2100人、创业培训1500人、岗位技能培训1520人。")
    assert [(o.indicator, o.value) for o in obs] == [
        ("职业技能培训", 5120), ("就业技能培训", 2100), ("创业培训", 1500), ("岗位技能培训", 1520)]


def test_job_fair_counts():
    obs = metrics("本次招聘会参会企业86家，进场求职人员达3400余人，达成就业意向620人。")
    assert [(o.value, o.unit, o.approximate) for o in obs] == [(86, "家", False), (3400, "人", True), (620, "人", False)]
    assert obs[0].indicator.endswith("参会企业")
    assert [o.indicator for o in obs[1:]] == ["进场求职人员", "达成就业意向"]


def test_count_before_the_noun():
    [o] = metrics("泸溪县为312名高校毕业生提供一对一就业指导。")
    assert o.value == 312 and o.unit == "人" and "高校毕业生" in o.indicator
    [o] = metrics("全州建成68个就业帮扶车间。")
    assert o.indicator == "建成就业帮扶车间"


def test_ranges_and_shares():
    [o] = metrics("全州务工人员月均工资3000-4500元。")
    assert (o.value, o.value_max, o.unit) == (3000, 4500, "元")
    obs = metrics("帮助2100多名脱贫劳动力在广东就业，其中近60%在东莞就业。")
    assert [(o.value, o.unit, o.approximate) for o in obs] == [(2100, "人", True), (60, "%", True)]


def test_number_before_people_word_counts_people():
    [o] = metrics("协助1.5万多脱贫劳动力实现就近就业。")
    assert (o.value, o.unit, o.approximate) == (15000, "人", True)


def test_chinese_numeral_counts():
    [o] = metrics("当年举办了两场线下联合招聘会。")
    assert (o.value, o.unit) == (2, "场")
    [o] = metrics("吉首市逾千名务工人员乘专列返岗。")
    assert (o.region, o.value, o.unit, o.approximate) == (JISHOU, 1000, "人", True)


# -- regions --------------------------------------------------------------------------------------------------

def test_region_is_paragraph_subject_by_default():
    [o] = metrics("培训劳动力2000人。", paragraph_subjects=(LUXI,))
    assert o.region == LUXI


def test_region_named_at_clause_start_wins():
    obs = metrics("2021年以来，泸溪县与长沙市合作培训劳动力2000余人，帮助800多名劳动力在长沙就业。")
    assert [o.region for o in obs] == [LUXI, LUXI]
    [o] = metrics("依托行业协会，长沙15家人力资源服务机构与湘西州各县市人社局结对。")
    assert o.region == CHANGSHA


def test_chain_of_names_takes_the_most_specific():
    [o] = metrics("来自湘西州泸溪县31名学生来到长沙学习。")
    assert o.region == LUXI


def test_whole_city_lifts_to_the_city():
    [o] = metrics("全州农村劳动力转移就业62.3万人。", subject=JISHOU)
    assert o.region == XIANGXI


def test_subject_carries_to_the_next_sentence_of_its_paragraph():
    obs = metrics("宣汉县坚持就业优先。全面摸排外出务工人员，组织输转1042人。\n全市培训5000人。",
                  subject=DAZHOU, paragraph_subjects=(DAZHOU, DAZHOU))
    assert [(o.region, o.value) for o in obs] == [(XUANHAN, 1042), (DAZHOU, 5000)]


def test_destination_is_not_the_subject():
    [o] = metrics("组织包车输转1185人赴长沙、东莞等地务工。", paragraph_subjects=(LUXI,))
    assert o.region == LUXI


def test_place_where_workers_are_is_not_the_subject_of_the_figure():
    # 在X务工/就业/从事: X is where the workers are; the count is the origin's.
    obs = metrics("2023年，泸溪县共有2.1万名劳动力在广东稳定就业，其中在深圳就业8000人，在粤务工人员月收入普遍较高。")
    assert [(o.region, o.value) for o in obs] == [(LUXI, 21000), (LUXI, 8000)]
    obs = metrics("去年，达州市在外务工人员达52万人，其中在深圳、佛山务工的分别有6万人、4万人，全年实现劳务收入逾90亿元。",
                  subject=DAZHOU)
    assert [o.region for o in obs] == [DAZHOU] * 4
    [o] = metrics("目前在东莞从事电子装配的泸溪籍人员超过5000人。", subject=DAZHOU)
    assert (o.region, o.value) == (LUXI, 5000)


def test_place_at_clause_start_is_still_the_subject():
    obs = metrics("在泸溪县举办的招聘会上，86家企业提供岗位3000个。", subject=XIANGXI)
    assert [(o.region, o.value) for o in obs] == [(LUXI, 86), (LUXI, 3000)]


def test_inbound_workers_count_for_the_receiving_region():
    # 来自X的N名…: X describes the workers; they are counted where they work.
    [o] = metrics("在泸溪县工业园，来自广东佛山、湖南长沙等地的450名务工人员在园区企业就业。", subject=XIANGXI)
    assert o.region == LUXI
    [o] = metrics("目前，来自达州宣汉等地的600余名务工人员在吉首市的企业就业。", subject=JISHOU,
                  paragraph_subjects=(JISHOU,))
    assert o.region == JISHOU


def test_native_place_names_the_people_counted():
    text = "今年以来，长沙市在吉首市设立车间5个。今年一季度，输转至长沙的泸溪籍务工人员达1650人。"
    assert [o.region for o in metrics(text)][-1] == LUXI


def test_outside_actor_in_the_subject_region_counts_for_the_subject():
    obs = metrics("今年以来，长沙市在泸溪县设立就业帮扶车间12个，吸纳当地群众就业860人。双方联合举办招聘会6场。",
                  paragraph_subjects=(LUXI,))
    assert [(o.region, o.value) for o in obs] == [(LUXI, 12), (LUXI, 860), (LUXI, 6)]
    # The subject acting elsewhere keeps its figure (stations of its own, abroad).
    [o] = metrics("泸溪县在长沙设立了两个驻外劳务工作站。", paragraph_subjects=(LUXI,))
    assert (o.region, o.value, o.unit) == (LUXI, 2, "个")


def test_town_named_after_its_county_stands_for_the_county():
    text = "长沙市人社局多次走访泸溪县潭溪镇的务工人员。如今，潭溪镇已有超过300人来长沙就业，其中脱贫户45人。"
    obs = metrics(text, subject=CHANGSHA, paragraph_subjects=(CHANGSHA,))
    assert [(o.region, o.value) for o in obs] == [(LUXI, 300), (LUXI, 45)]


def test_whole_county_after_a_named_county_is_that_county():
    [o] = metrics("在泸溪县，全县建成就业帮扶车间46个。", subject=XIANGXI)
    assert o.region == LUXI


def test_whole_city_in_a_county_level_city_is_that_city():
    [o] = metrics("全市常年在外务工人员达12.3万人。", subject=JISHOU)
    assert o.region == JISHOU
    [o] = metrics("全州农村劳动力转移就业62.3万人。", subject=JISHOU)
    assert o.region == XIANGXI


# -- years ----------------------------------------------------------------------------------------------------

def years(text: str, date: str | None = "2023-06-01"):
    return [o.year for o in metrics(text, date=date)]


def test_explicit_year():
    assert years("2021年全州城镇新增就业8303人。") == [2021]


def test_relative_years():
    assert years("今年以来，全州新增转移就业3000人。") == [2023]
    assert years("今年来，泸溪县输转劳动力5.6万人。") == [2023]
    assert years("去年，全州培训2690人次。") == [2022]
    assert years("截至目前，全州技能人才总量达到18.1万人。") == [2023]
    assert years("止目前，全州共输转劳动力192076人。") == [2023]
    assert years("如今，该村已有超过350人外出就业。") == [2023]
    assert years("目前已认定帮扶车间5家。", date=None) == [None]


def test_periods_have_no_single_year():
    assert years("“十四五”期间，全州累计输转劳动力42.2万人。") == [None]
    assert years("近年来，全州开发公益性岗位9710个。") == [None]
    assert years("2019年至2022年，全州培训3万人。") == [None]
    assert years("自2021年起，州政府每年拿出300万元资金。") == [None]


def test_since_year_counts_only_for_the_article_year():
    assert years("2021年以来，举办招聘会35场。") == [None]
    assert years("2023年以来，举办招聘会35场。") == [2023]


def test_stock_takes_the_date_lines_year_and_no_year_without_one():
    # a report with a date line states the stock of its date (the real set's convention)
    assert years("全州建成就业服务站139个、村劳务服务公司1388个。") == [2023, 2023]
    assert years("全州建成就业服务站139个、村劳务服务公司1388个。", date=None) == [None, None]
    assert years("近年来，全州建成就业服务站139个。") == [None]


def test_an_earlier_year_carries_within_a_paragraph_only_the_reports_own_year_goes_on():
    text = "近日，泸溪县2021年春风行动招聘会落下帷幕。本次招聘会参与企业27家。\n全县培育劳务经纪人255名。"
    assert years(text) == [2021, None]
    # the article is dated 2023: its own year is that of the event the next paragraph goes on telling
    text = "近日，泸溪县2023年春风行动招聘会落下帷幕。本次招聘会参与企业27家。\n当天，专车载着55名务工人员出发。"
    assert years(text) == [2023, 2023]


def test_nearest_marker_before_the_figure():
    assert years("近年来，全州开发岗位9710个；2022年，全州城镇新增就业4000人。") == [None, 2022]
    assert years("早在2021年，泸溪县领导带队4次赴长沙对接，当年就举办了两场招聘会。") == [2021, 2021]


def test_month_without_year_is_the_article_year():
    assert years("3月8日，泸溪县欢送1200名务工人员。") == [2023]
    assert years("去年9月，来自泸溪县的31名学生来到长沙。") == [2022]


# -- not metrics ----------------------------------------------------------------------------------------------

def test_dates_times_and_codes_are_not_metrics():
    assert metrics("2023年3月15日10:30，招聘会开幕。") == ()
    assert metrics("发布时间：2023-03-18 22:10:24") == ()
    assert metrics("咨询电话0743-8221234，13800001234。") == ()
    assert metrics("编号NW202203082300352840。") == ()


def test_ordinals_are_not_metrics():
    assert metrics("组织输转了第二批外出务工人员，举办第三届技能大赛，获得第一名。") == ()


def test_one_persons_age_and_wage_are_not_metrics():
    assert metrics("今年52岁的张大山在东莞一家工厂上班。") == ()
    assert metrics("在长沙打工的李春花，每个月能拿到5000-6000元的工资，让她非常满足。") == ()
    assert metrics("如今在东莞从事质检的王小兵月收入4800~5200元，公司包吃住。") == ()
    assert metrics("他已晋升为店长，管理九家门店，年薪20万。") == ()


def test_averages_are_metrics():
    [o] = metrics("全州务工人员人均月工资4000元以上。")
    assert (o.value, o.approximate) == (4000, True)


def test_group_wages_are_metrics_and_keep_their_sentence():
    obs = metrics("目前品牌从业人员近3万人，持证电工月收入普遍在7000元以上。")
    assert [(o.value, o.unit) for o in obs] == [(30000, "人"), (7000, "元")]
    obs = metrics("在长沙从事家政的泸溪籍人员超过8000人，金牌育婴员月收入一般在9000元左右。")
    assert [(o.value, o.unit) for o in obs] == [(8000, "人"), (9000, "元")]
    # A wage with no group word is one person's; the sentence's other figures stay.
    obs = metrics("泸溪县已输转劳动力3000人，在长沙做厨师的李华月收入6000元。")
    assert [(o.value, o.unit) for o in obs] == [(3000, "人")]


def test_first_person_speech_is_an_anecdote():
    assert metrics("“前年我在东莞的工厂打零工，一个月才三千多块。”泸溪县的李华说。") == ()
    assert metrics("“我们县今年已输转劳动力5000人。”县人社局负责人说。") != ()


def test_spoken_kuai_is_money_where_pay_is_spoken_of():
    [o] = metrics("全州务工人员月收入普遍在四千块以上。")
    assert (o.value, o.unit) == (4000, "元")
    [o] = metrics("全州建成高标准示范田3块。")
    assert (o.value, o.unit) == (3, "块")


def test_a_persons_enterprise_employing_others_is_a_metric():
    [o] = metrics("今年41岁的田秀兰返乡开办扎染工坊，目前已吸纳本村36名妇女就业，她的月薪有8000元。")
    assert (o.value, o.unit) == (36, "人")


def test_tenths_are_percent():
    [o] = metrics("全县持证务工人员占比超过六成。")
    assert (o.value, o.unit, o.approximate) == (60, "%", True)


def test_thresholds_are_not_metrics():
    assert metrics("对吸纳50人以上的企业给予奖励。") == ()
    assert metrics("百户以上安置点实现就业帮扶车间全覆盖。") == ()
    assert metrics("每家企业补贴不超过10万元。") == ()


def test_slogans_are_not_metrics():
    assert metrics("泸溪县突出“1+3”模式，即做实一项统计，开展五项行动。") == ()
    assert metrics("坚持三个一批，实施“两个确保”，打造“两个服务”平台。") == ()
    assert metrics("推行“一人一策”，实现“万企万人”对接。") == ()


def test_small_chinese_counts_of_concrete_things_are_metrics():
    obs = metrics("泸溪县还培育了泸溪刺绣、泸溪厨师两个县级劳务品牌，建成三个就业帮扶车间。")
    assert [(o.value, o.unit) for o in obs] == [(2, "个"), (3, "个")]


def test_event_details_durations_and_targets_are_not_metrics():
    assert metrics("举行发车仪式（设1个主会场3个分会场），欢送务工人员。") == ()
    assert metrics("招聘会历时3天，为期5天的培训圆满结束。") == ()
    assert metrics("确保政策宣传100%全覆盖。") == ()
    assert metrics("力争全年转移就业10万人。") == ()


def test_one_as_an_article_is_not_a_count():
    assert metrics("这是一个缩影，一家拉面店带动一方就业。") == ()


def test_related_links_footer_is_ignored():
    obs = metrics("全州培训5000人。\n相关新闻\n某地举办招聘会，22家企业参加。")
    assert [o.value for o in obs] == [5000]


def test_unreliable_spans_give_nothing():
    text = "全州培训5000人。全州输转8000人。"
    obs = metrics(text, unreliable=(Span(text.index("8000"), text.index("8000") + 5),))
    assert [o.value for o in obs] == [5000]


def test_order_and_determinism():
    text = "2022年，全州培训5000人。\n今年以来，泸溪县输转劳动力1.2万人，实现劳务收入3.5亿元。"
    first = metrics(text)
    assert first == metrics(text)
    assert [o.value for o in first] == [5000, 12000, 350000000]
    assert [o.evidence.start for o in first] == sorted(o.evidence.start for o in first)


# -- heldout2 review: tables, 分别 lists, baselines, scope words ----------------------------------------
ZHAOTONG, ZHENXIONG, YILIANG, WEIXIN, NINGBO = "530600", "530627", "530628", "530629", "330200"


def test_table_lines_are_figures_dated_by_the_heading_before_them():
    obs = metrics("2023年前三季度，昭通市就业形势稳定。\n前三季度主要指标：\n- 城镇新增就业：4312人\n农村劳动力培训：1.2万人次",
                  subject=ZHAOTONG)
    assert [(o.value, o.unit, o.year, o.region) for o in obs][-2:] == [
        (4312, "人", 2023, ZHAOTONG), (12000, "人次", 2023, ZHAOTONG)]
    # A clock time is still no figure.
    assert metrics("招聘会于9:30开始，共有30家企业参加。", subject=ZHAOTONG)[0].value == 30


def test_comparison_baseline_is_not_the_figures_year():
    obs = metrics("今年一季度，全县输转劳动力5.2万人，较去年同期增加3000人，其中省外就业2.1万人。", subject=ZHENXIONG)
    assert [(o.value, o.year) for o in obs] == [(52000, 2023), (3000, 2023), (21000, 2023)]
    obs = metrics("去年全县带动就业8000人，比前年增加900人。", subject=ZHENXIONG)
    assert [o.year for o in obs] == [2022, 2022]
    obs = metrics("与去年相比，组织化输出比重提高了近三个百分点。", subject=ZHENXIONG)
    assert [(o.value, o.unit, o.year, o.approximate) for o in obs] == [(3, "百分点", 2023, True)]


def test_part_of_a_year_without_the_year_is_the_articles():
    obs = metrics("上半年，彝良县组织务工人员1200人赴宁波就业。", subject=ZHAOTONG)
    assert [(o.value, o.year) for o in obs] == [(1200, 2023)]


def test_respectively_pairs_regions_and_figures_in_order():
    obs = metrics("镇雄县、彝良县、威信县今年分别输出劳动力8000人、6000人和3000人，三县输出量占全市的七成。",
                  subject=ZHAOTONG)
    assert [(o.region, o.value) for o in obs] == [(ZHENXIONG, 8000), (YILIANG, 6000), (WEIXIN, 3000),
                                                  (ZHAOTONG, 70)]


def test_respectively_after_a_count_of_units_pairs_the_units_of_the_sentence_before():
    obs = metrics("镇雄县、彝良县把目光投向省内。今年，两县分别组织500名、300名劳动力到昆明就业。", subject=ZHAOTONG)
    assert [(o.region, o.value) for o in obs] == [(ZHENXIONG, 500), (YILIANG, 300)]


def test_a_small_count_that_refers_back_is_no_metric():
    obs = metrics("镇雄建工和彝良家政两个品牌分别带动就业900人和400人。", subject=ZHAOTONG)
    assert [(o.value, o.unit) for o in obs] == [(900, "人"), (400, "人")]
    assert metrics("这三个品牌都很有名。", subject=ZHAOTONG) == ()


def test_units_of_the_scope_qualifying_another_figure_are_no_count():
    obs = metrics("来自全市十一个县区的八十名选手参加比赛。", subject=ZHAOTONG)
    assert [(o.value, o.unit) for o in obs] == [(80, "人")]


def test_scope_word_after_a_survey_verb_lifts_to_its_level():
    obs = metrics("放眼全州，在泸溪县等地的劳务品牌中，省级3个。", subject=LUXI)
    assert [(o.region, o.value) for o in obs] == [(XIANGXI, 3)]


def test_place_inside_an_outside_organisation_is_not_the_subject():
    obs = metrics("在广东帮扶工作队的协调下，今年共有300名泸溪青年赴东莞务工。", subject=LUXI)
    assert [(o.region, o.value) for o in obs] == [(LUXI, 300)]


def test_destination_list_before_a_work_verb_and_a_group_wage():
    obs = metrics("今年全县分三批组织860名劳动力赴深圳务工，月工资在4000元至6000元之间。", subject=LUXI)
    assert [(o.value, o.unit) for o in obs] == [(3, "批"), (860, "人"), (4000, "元"), (6000, "元")]
    obs = metrics("全县培训2000人，在深圳、佛山等城市稳定从业，人均月收入5000元。", subject=LUXI)
    assert {o.region for o in obs} == {LUXI}


def test_inbound_natives_are_counted_by_the_receiving_region():
    obs = metrics("在泸溪稳定就业的宣汉籍务工人员达500人。", subject=LUXI)
    assert [(o.region, o.value) for o in obs] == [(LUXI, 500)]
    # Natives of the subject's own region stay with it.
    obs = metrics("在深圳务工的泸溪籍人员达800人。", subject=LUXI)
    assert [(o.region, o.value) for o in obs] == [(LUXI, 800)]


def test_present_tense_after_the_figure_dates_it():
    obs = metrics("此外，全县还有5个县级劳务品牌正在培育中。", subject=LUXI)
    assert [(o.value, o.year) for o in obs] == [(5, 2023)]


def test_chinese_decimals_in_statements():
    obs = metrics("全县劳务收入十八点六亿元，完成年度任务的百分之一百零二点三。", subject=LUXI)
    assert [(o.value, o.unit) for o in obs] == [(1860000000, "元"), (Decimal("102.3"), "%")]


def test_survey_from_the_scope_but_not_recruiting_from_it():
    obs = metrics("从全州看，劳务品牌从业人员达3万人。", subject=LUXI)
    assert [(o.region, o.value) for o in obs] == [(XIANGXI, 30000)]
    obs = metrics("从全州各县招募学员200人。", subject=LUXI)
    assert [(o.region, o.value) for o in obs] == [(LUXI, 200)]


# -- heldout3 round ---------------------------------------------------------------------------------------

def test_markdown_table_rows_take_the_year_of_their_heading():
    obs = metrics("泸溪县扎实推进劳务输出。\n2022年全县劳务输出主要指标\n| 指标 | 数值 |\n"
                  "| 农村劳动力转移就业 | 12.1万人 |\n| 开展技能培训 | 9100人次 |", subject=LUXI)
    assert [(o.value, o.unit, o.year) for o in obs] == [(Decimal("121000"), "人", 2022), (Decimal("9100"), "人次", 2022)]


def test_hedged_table_line_takes_the_year_of_its_heading():
    obs = metrics("2022年宣汉县劳务成绩单\n- 实现劳务收入：约180亿元\n- 开展技能培训：1.2万人次", subject=XUANHAN)
    assert [(o.value, o.year) for o in obs] == [(Decimal("18000000000"), 2022), (Decimal("12000"), 2022)]


def test_future_with_jiang_is_an_intention():
    assert metrics("双方将共建劳务工作站3个。", subject=LUXI) == ()
    assert metrics("今年秋季将有85名学生到长沙的职业院校就读。", subject=LUXI) == ()
    # 将 as 把 moves what follows: a count
    assert [o.value for o in metrics("今年3月，泸溪县将3000名务工人员送到深圳。", subject=LUXI)] == [Decimal("3000")]


def test_subsidy_standard_is_no_amount_paid():
    assert metrics("对在粤稳定就业3个月以上的脱贫劳动力给予每人每年500至800元交通补贴。", subject=XUANHAN) == ()
    assert metrics("县里对首次创业的返乡人员给予8000元一次性创业补贴。", subject=XUANHAN) == ()
    obs = metrics("今年，宣汉县发放职业培训补贴资金260万元。", subject=XUANHAN)
    assert [(o.value, o.unit) for o in obs] == [(Decimal("2600000"), "元")]


def test_small_count_restating_the_names_before_it():
    assert metrics("泸溪县培育了“泸溪蛋糕”“湘西刺绣”两个劳务品牌。", subject=LUXI) == ()
    assert metrics("泸溪县培育出“泸溪蛋糕”和湘西绣娘两个劳务品牌。", subject=LUXI) == ()
    assert [o.value for o in metrics("今年，泸溪县新培育三个劳务品牌。", subject=LUXI)] == [Decimal("3")]


def test_place_of_work_with_a_workplace_noun_is_not_the_subject():
    obs = metrics("目前，该品牌从业人员达1.2万人，其中在深圳、东莞等地电子厂从事装配工作的有3200余人。",
                  subject=XUANHAN, paragraph_subjects=(XUANHAN,))
    assert [(o.region, o.value) for o in obs] == [(XUANHAN, Decimal("12000")), (XUANHAN, Decimal("3200"))]


def test_breakdown_by_destinations_stays_with_the_sender():
    obs = metrics("上半年，宣汉县共输送2600名务工人员至深圳、东莞，其中深圳1500人、东莞1100人。", subject=XUANHAN,
                  paragraph_subjects=(XUANHAN,))
    assert [(o.region, o.value) for o in obs] == [(XUANHAN, Decimal("2600")), (XUANHAN, Decimal("1500")),
                                                  (XUANHAN, Decimal("1100"))]


def test_region_of_a_quoted_brand_is_not_carried_to_the_next_sentence():
    obs = metrics("其中，“苗家绣娘”入选省级品牌，“泸溪蛋糕”入选国家级品牌。目前，“苗家绣娘”从业人员达3万人。",
                  subject=XIANGXI, paragraph_subjects=(XIANGXI,))
    assert [(o.region, o.value) for o in obs] == [(XIANGXI, Decimal("30000"))]


# -- whose figure: the place written with it, the list it opens with, where the people come from ----------------

def test_a_place_written_right_before_a_figure_owns_it():
    obs = metrics("近年来，江苏省5个城市与湖南省8个市州结对。", subject=HUNAN)
    assert triples(obs) == [("320000", Decimal("5"), "个"), (HUNAN, Decimal("8"), "个")]


def test_a_province_before_a_quoted_name_only_places_the_name():
    obs = metrics("湖南省“泸溪银匠”现有企业120家，从业人员2万人。", subject=XIANGXI)
    assert [o.region for o in obs] == [LUXI, LUXI]


def test_a_clause_opening_on_a_list_of_counties_speaks_of_their_city():
    obs = metrics("上午，泸溪县、吉首市2600多名采棉工踏上了开往新疆的专列。", subject=HUNAN)
    assert triples(obs) == [(XIANGXI, Decimal("2600"), "人")]


def test_people_from_a_place_and_a_province_letter_before_ji():
    obs = metrics("专列在吉首站停靠，来自泸溪的300多名务工人员登车前往长沙。", subject=XIANGXI)
    assert triples(obs) == [(LUXI, Decimal("300"), "人")]
    obs = metrics("当日，450名黔籍务工人员登上开往长沙的专列。", subject=XIANGXI)
    assert triples(obs) == [("520000", Decimal("450"), "人")]


def test_a_list_of_destinations_going_on_past_a_comma_is_no_subject():
    obs = metrics("今年以来，全县先后向江苏常州、无锡，湖南长沙等地，输送务工人员2100人。", subject=XUANHAN,
                  paragraph_subjects=(XUANHAN,))
    assert triples(obs) == [(XUANHAN, Decimal("2100"), "人")]


def test_a_bare_number_of_farmers_is_a_count_of_people():
    obs = metrics("宣汉县常年有8万多农民在江苏务工。", subject=XUANHAN)
    assert triples(obs) == [(XUANHAN, Decimal("80000"), "人")]


# -- indicators of real reports ---------------------------------------------------------------------------------

def test_indicator_after_a_quoted_noun_and_without_a_dangling_particle_or_train_letter():
    obs = metrics("此前常州已组织6辆“就业大巴”接返210名务工人员。", subject=XIANGXI)
    assert obs[0].indicator == "组织就业大巴接返"
    obs = metrics("专车将务工人员送往12个城市的约300家企业。", subject=XIANGXI)
    assert obs[0].indicator == "专车将务工人员送往城市"
    obs = metrics("专列载着320名湘西籍务工人员的D1234次专列抵达常州。", subject=XIANGXI)
    assert not obs[0].indicator.endswith(("D", "的"))


def test_indicator_of_a_change_is_the_figure_before_it_and_examples_of_money_are_kept():
    obs = metrics("今年一季度，全县已输转劳动力5.1万人，较去年同期（1.7万人）增加3.4万人，增幅200%。", subject=LUXI)
    assert [o.indicator for o in obs if o.value in (Decimal("34000"), Decimal("200"))] == [
        "输转劳动力同比增加", "输转劳动力增幅"]
    obs = metrics("全年发放创业担保贷款等1800万元。", subject=LUXI)
    assert obs[0].indicator == "发放创业担保贷款等"


def test_a_clause_opening_with_then_and_a_place_is_that_places():
    obs = metrics("此前常州已组织大巴接返泸溪210名务工人员。", subject=HUNAN)
    assert triples(obs) == [("320400", Decimal("210"), "人")]


def test_scheduled_events_are_figures_but_goals_are_not():
    obs = metrics("大巴将分3批出发，预计共接送420名务工人员返岗。", subject=LUXI)
    assert triples(obs) == [(LUXI, Decimal("3"), "批"), (LUXI, Decimal("420"), "人")]
    obs = metrics("随后还将于5日、8日再开2趟专列。", subject=LUXI)
    assert triples(obs) == [(LUXI, Decimal("2"), "趟")]
    assert metrics("力争全年输出劳动力5万人，双方将共建劳务工作站3个。", subject=LUXI) == ()


def test_the_length_of_one_event_is_no_figure():
    assert metrics("返岗人员抵达后需进行7天集中隔离。", subject=LUXI) == ()
    assert metrics("开展为期7天的技能培训，参训120人。", subject=LUXI)[0].value == Decimal("120")


def test_the_counted_noun_ends_where_its_verb_starts():
    obs = metrics("清晨，50名外出务工人员拖着行李箱登上大巴。", subject=LUXI)
    assert obs[0].indicator == "外出务工人员"


def test_who_acted_by_means_of_something_is_not_what_was_counted():
    obs = metrics("春节期间，全州各级人社部门通过开通320趟专车，有组织输出劳动力。", subject=XIANGXI)
    assert obs[0].indicator.startswith("开通专车")


def test_a_quoted_slogan_before_the_figure_is_how_not_what():
    obs = metrics("2月3日，泸溪县多形式“点对点、一站式”欢送1800名农村劳动力到长沙务工。", subject=LUXI)
    assert obs[0].indicator == "欢送农村劳动力到长沙务工"


def test_together_is_not_part_of_what_was_counted():
    obs = metrics("今年泸溪县三趟专列共输送1650人。", subject=LUXI)
    assert [o.indicator for o in obs if o.value == 1650] == ["专列输送"]


def test_a_figure_after_a_list_of_places_counts_what_its_verb_says():
    obs = metrics("返岗专车从泸溪县城出发，发往长沙、常州、无锡等4个站点。", subject=LUXI)
    assert obs[0].indicator == "发往站点"


def test_a_region_before_a_list_of_quoted_brands_keeps_their_figures():
    obs = metrics("目前，湘西州“泸溪银匠”“吉首厨师”等6个劳务品牌带动1.8万人就业。", subject=XIANGXI)
    assert [o.region for o in obs] == [XIANGXI, XIANGXI]


def test_a_figure_opening_a_sentence_is_a_figure():
    obs = metrics("2000多名泸溪银匠在外打拼。", subject=XIANGXI)
    assert triples(obs) == [(LUXI, Decimal("2000"), "人")]


def test_a_span_of_years_dates_its_own_sentence_only():
    text = "泸溪银匠每年带回收入3亿元。60多家泸溪银饰店开到了省外。"
    assert years(text) == [None, 2023]


def test_a_place_right_after_a_count_of_people_or_shops_names_whose_they_are():
    obs = metrics("如今，60多家泸溪银饰店开到了省外。", subject=XIANGXI)
    assert triples(obs) == [(LUXI, Decimal("60"), "家")]
    obs = metrics("今年，湘西州引进3家常州企业。", subject=XIANGXI)
    assert triples(obs) == [(XIANGXI, Decimal("3"), "家")]


# -- figures of a brand, and the headline ---------------------------------------------------------------------

def _brand(name: str, origin: str, alt: tuple[str, ...] = ()):
    from kg.model import Brand, Evidence
    return Brand(name=name, evidence=Evidence(name, 0, len(name)), alt_labels=alt, origin=origin)


def brand_metrics(text: str, brands, title: str | None = None, **kw):
    import dataclasses
    art, regions = article(text, **kw)
    if title is not None:
        art = dataclasses.replace(art, title=title)
    return find_metrics(art, regions, brands)


def test_a_figure_written_before_a_brand_name_is_the_brand_origin():
    brands = [_brand("宣汉石匠", XUANHAN)]
    obs = brand_metrics("全市劳务品牌各具特色，2万宣汉石匠走出大山。", brands, subject=DAZHOU)
    assert triples(obs) == [(XUANHAN, Decimal("20000"), "人")]  # no counter word: a brand counts workers
    # a shortened spelling of the same brand (place and trade kept, a qualifier dropped) counts too
    brands = [_brand("宣汉巴山石匠", XUANHAN)]
    obs = brand_metrics("全市劳务品牌各具特色，2万宣汉石匠走出大山。", brands, subject=DAZHOU)
    assert triples(obs) == [(XUANHAN, Decimal("20000"), "人")]
    assert triples(brand_metrics("全市劳务品牌各具特色，2万宣汉石匠走出大山。", [], subject=DAZHOU)) == []


def test_a_sentence_opening_on_a_brand_gives_its_figures_to_the_brand_origin():
    brands = [_brand("巴渠月嫂", XUANHAN)]
    obs = brand_metrics("据介绍，“巴渠月嫂”依托标准化建设，制定了12项服务规范。", brands, subject=DAZHOU)
    assert triples(obs) == [(XUANHAN, Decimal("12"), "项")]


def test_the_company_of_a_one_place_brand_article_owns_its_figures():
    brands = [_brand("巴渠月嫂", XUANHAN)]
    text = "“巴渠月嫂”是达州市的劳务品牌。\n截至目前，公司已累计培训家政人员1.2万余人。"
    obs = brand_metrics(text, brands, subject=DAZHOU)
    assert triples(obs) == [(XUANHAN, Decimal("12000"), "人")]
    # brands from two places: the company is not known to be either's
    two = brands + [_brand("吉首绣娘", JISHOU)]
    assert triples(brand_metrics(text, two, subject=DAZHOU)) == [(DAZHOU, Decimal("12000"), "人")]


def test_a_county_named_by_the_clause_beats_the_place_of_a_wider_brand():
    brands = [_brand("湘西绣娘", XIANGXI)]
    obs = brand_metrics("目前，泸溪县已有1500余名“湘西绣娘”在外务工。", brands, subject=XIANGXI)
    assert triples(obs) == [(LUXI, Decimal("1500"), "人")]


def test_a_headline_figure_apart_from_the_body_is_the_subject_of_the_article():
    obs = brand_metrics("全州今年新增就业岗位。", [], title="湘西州劳务品牌带动12万人就业", subject=XIANGXI)
    assert triples(obs) == [(XIANGXI, Decimal("120000"), "人")]
    assert obs[0].year == 2023 and "带动" in obs[0].indicator
    # a headline the body repeats is read once, with the body
    text = "湘西州劳务品牌带动12万人就业\n全州今年新增就业岗位。"
    obs = brand_metrics(text, [], title="湘西州劳务品牌带动12万人就业", subject=XIANGXI)
    assert len(obs) == 1 and obs[0].evidence.start == 0 and obs[0].evidence.end > 0


def test_a_share_said_to_be_people_of_a_place_is_that_place():
    obs = metrics("全州新开餐馆300多家，店主六成是泸溪人。", subject=XIANGXI)
    assert (LUXI, Decimal("60"), "%") in triples(obs)


def test_a_baseline_in_brackets_is_last_years_figure_and_the_change_still_compares():
    obs = metrics("2023年，湘西州转移农村劳动力2.5万人，较去年同期（1.8万人）增加0.7万人。")
    assert triples(obs) == [(XIANGXI, Decimal("25000"), "人"), (XIANGXI, Decimal("18000"), "人"),
                            (XIANGXI, Decimal("7000"), "人")]
    assert obs[1].year == 2022 and obs[1].indicator == "去年同期转移农村劳动力"
    assert obs[2].year == 2023 and obs[2].indicator == "转移农村劳动力同比增加"
    # any other aside in brackets stays masked
    assert len(metrics("2023年，湘西州转移农村劳动力2.5万人（含1.8万人）。")) == 1


def test_a_breakdown_in_brackets_is_a_figure_other_asides_are_not():
    obs = metrics("2022年，泸溪县群众在外开办米粉店3100家（其中脱贫户开办950家），从业人员1.2万人。", subject=LUXI)
    assert triples(obs) == [(LUXI, Decimal("3100"), "家"), (LUXI, Decimal("950"), "家"), (LUXI, Decimal("12000"), "人")]
    assert obs[1].indicator == "脱贫户开办" and obs[1].year == 2022


def test_a_published_forecast_is_a_figure_a_bare_plan_is_not():
    obs = metrics("预计到6月底，湘西州转移就业人数将达到68万人以上。")
    assert triples(obs) == [(XIANGXI, Decimal("680000"), "人")]
    assert obs[0].indicator == "转移就业人数"
    assert metrics("湘西州转移就业人数将达到68万人以上。") == ()


def test_a_count_after_a_count_of_units_of_a_place_is_that_place():
    obs = metrics("2022年，广东省5个市帮扶湖南省湘西州8个县市区。", subject=GUANGDONG)
    assert (XIANGXI, Decimal("8"), "个") in triples(obs)
    obs = metrics("深圳2个区结对帮扶湖南省3个市州40个县。", subject=SHENZHEN)
    assert (HUNAN, Decimal("40"), "个") in triples(obs) and (HUNAN, Decimal("3"), "个") in triples(obs)


def test_in_a_story_of_one_person_the_people_he_trains_stay_a_figure():
    obs = metrics("他回到泸溪后，组织村里40多名青年学手艺。", subject=LUXI)
    assert triples(obs) == [(LUXI, Decimal("40"), "人")]
    assert metrics("他回到泸溪后，和40多名青年一起学手艺。", subject=LUXI) == ()


def test_the_size_of_a_village_described_is_not_a_figure():
    assert metrics("泸溪县这个3000多人的村庄，家家户户出门务工。", subject=LUXI) == ()
    assert triples(metrics("泸溪县3000多人外出务工。", subject=LUXI)) == [(LUXI, Decimal("3000"), "人")]


# -- indicators: the noun phrase the figure counts ---------------------------------------------------------------

def indicator_of(text: str, value: str, **kw) -> str:
    return next(o.indicator for o in metrics(text, **kw) if o.value == Decimal(value))


def test_a_vehicle_carrying_people_and_where_they_go_make_the_indicator():
    text = "当天，泸溪县首批返岗专车发车，三辆大巴车载着120名务工人员驶向广东东莞某电子厂。"
    assert indicator_of(text, "120", subject=LUXI) == "大巴车赴东莞务工人员"
    text = "上午9时，由吉首开往长沙的K9082次列车，载着480名务工人员踏上旅途。"
    assert indicator_of(text, "480") == "K9082次列车务工人员踏上旅途"
    text = "载着356名湘西籍务工人员的G6112次返岗专列顺利抵达深圳。"
    assert indicator_of(text, "356") == "湘西籍务工人员的G6112次返岗专列"


def test_the_counted_noun_ends_where_the_predicate_starts():
    assert indicator_of("全程护送42名来自山区的务工人员前往深圳。", "42") == "全程护送赴深圳务工人员"
    assert indicator_of("当日，300余名湘籍务工人员分别从吉首站、怀化站出发。", "300") == "湘籍务工人员"
    assert indicator_of("经过比拼，8名“金牌月嫂”脱颖而出。", "8") == "金牌月嫂"
    # going somewhere that describes a train does not end the noun
    assert indicator_of("泸溪县800多名务工人员踏上了开往东莞的返岗专列。", "800",
                        subject=LUXI) == "务工人员踏上了开往东莞的返岗专列"


def test_examples_before_a_count_are_not_what_it_counts():
    text = "双方签订协议，涉及电工、焊工和月嫂等12个工种。"
    assert indicator_of(text, "12") == "涉及工种"
    text = "会上，来自广东深圳的多家人力资源公司与湘西州各县人社部门签订了劳务协作协议30余份。"
    assert indicator_of(text, "30") == "劳务协作协议"


def test_a_slogan_painted_on_a_vehicle_is_not_its_name_a_quoted_list_is():
    text = "村民坐上两辆由镇政府免费提供的“平安返岗 一路同行”专车，前往吉首火车站。"
    assert indicator_of(text, "2", subject=LUXI) == "村民坐上由镇政府免费提供的专车"
    text = "湘西州开通210趟“专车、专列”等运输服务。"
    assert "专车、专列" in indicator_of(text, "210")


def test_a_headline_figure_the_body_states_is_read_from_the_body():
    text = "泸溪县组织120辆志愿专车接送务工人员返岗。"
    obs = brand_metrics(text, [], title="泸溪县：120台志愿专车助力返岗", subject=LUXI)
    assert triples(obs) == [(LUXI, Decimal("120"), "辆")]


def test_an_income_without_its_yuan_is_money():
    obs = metrics("2023年，湘西州劳务品牌从业人员年劳务收入超过36亿。")
    assert triples(obs) == [(XIANGXI, Decimal("3600000000"), "元")]
    assert metrics("2023年，湘西州共有3.6万。") == ()


def test_the_native_place_of_the_workers_carried_is_the_sentence_s_region():
    text = "吉首开往深圳的专列今晨发车。\n当天，铁路局共开行4趟专列，运送1800余名湘西籍务工人员赴珠三角返岗。"
    obs = metrics(text, subject=CHANGSHA, paragraph_subjects=(JISHOU, JISHOU))
    assert (XIANGXI, Decimal("4"), "趟") in triples(obs) and (XIANGXI, Decimal("1800"), "人") in triples(obs)


def test_a_list_of_places_that_qualifies_a_noun_leaves_the_noun_as_the_indicator():
    text = "2023年，湘西州陆续开行吉首、泸溪等地至深圳、佛山等方向的直达返岗专列18列。"
    assert indicator_of(text, "18") == "直达返岗专列"


def test_a_list_line_is_named_by_its_label_never_by_its_unit():
    text = "2023年主要指标：\n- 城镇新增就业：5120人\n- 发放创业担保贷款：约2.3亿元"
    obs = metrics(text)
    assert [o.indicator for o in obs] == ["城镇新增就业", "发放创业担保贷款"]


def test_figures_of_one_list_or_range_share_what_they_count():
    text = "2023年，湘西州各县分别输出月嫂一千二百人、九百人和六百人。"
    obs = metrics(text)
    assert [o.indicator for o in obs] == ["各县输出月嫂"] * 3  # the noun after one figure stops at the next; 分别 is how
    obs = metrics("2023年，湘西州月嫂月薪一般在6000元至9000元之间。")
    assert [o.indicator for o in obs] == ["月嫂月薪一般"] * 2  # (在 frames the level: not part of what is counted)
    obs = metrics("2023年，湘西州月嫂月薪一般在6000至9000元之间。")
    assert [o.indicator for o in obs] == ["月嫂月薪一般"]


def test_where_people_work_names_a_bare_count():
    obs = metrics("2023年，泸溪县在深圳、东莞等地务工的有1.2万人。", subject=LUXI)
    assert obs[0].indicator == "在深圳、东莞等地务工"


def test_a_segment_cut_inside_a_quoted_name_takes_the_whole_name():
    obs = metrics("2023年，泸溪县“湘西绣娘”“泸溪木匠”已有800人在东莞务工。", subject=LUXI)
    assert "湘西绣娘" in obs[0].indicator and obs[0].indicator.count("“") == obs[0].indicator.count("”")
    obs = metrics("2023年，泸溪县培育了“泸溪木匠”“湘西绣娘”等劳务品牌，“湘西绣娘”已有800人在东莞务工。", subject=LUXI)
    assert obs[0].indicator.count("“") == obs[0].indicator.count("”")


def test_a_quarter_or_festival_after_this_year_is_in_this_year_not_the_last_named():
    text = "去年，湘西州输转农村劳动力60万人。今年一季度，全州已举办招聘会30场。今年春节后，开行专列12趟。"
    obs = metrics(text)
    assert [(o.value, o.year) for o in obs] == [(Decimal("600000"), 2022), (Decimal("30"), 2023), (Decimal("12"), 2023)]


def test_a_figure_right_after_a_brand_name_is_the_brand_origin():
    brands = [_brand("宣汉石匠", XUANHAN)]
    obs = brand_metrics("目前，在深圳、东莞两地从业的宣汉石匠超过6000人。", brands, subject=DAZHOU)
    assert triples(obs) == [(XUANHAN, Decimal("6000"), "人")]
    obs = brand_metrics("目前，在深圳、东莞两地从业的宣汉石匠有6000余人。", brands, subject=DAZHOU)
    assert triples(obs) == [(XUANHAN, Decimal("6000"), "人")]


def test_funds_secured_are_a_figure_a_goal_to_strive_for_is_not():
    obs = metrics("2023年，泸溪县累计争取东西部协作资金420万元。", subject=LUXI)
    assert triples(obs) == [(LUXI, Decimal("4200000"), "元")]
    assert metrics("2023年，泸溪县争取转移就业1.5万人。", subject=LUXI) == ()


def test_units_and_firms_of_a_place_workers_are_sent_to_are_the_places():
    # a count of the place's own counties, and of the firms in them, is the place's; its workers' count is not
    obs = metrics("抵达后，这些务工人员将分别前往佛山11个县区的123家企业就业。", subject=HUNAN,
                  paragraph_subjects=(HUNAN,))
    assert triples(obs) == [(FOSHAN, Decimal("11"), "个"), (FOSHAN, Decimal("123"), "家")]
    obs = metrics("宣汉县今年组织务工人员赴东莞3个镇的40家工厂就业。", subject=XUANHAN, paragraph_subjects=(XUANHAN,))
    assert triples(obs) == [(DONGGUAN, Decimal("3"), "个"), (DONGGUAN, Decimal("40"), "家")]
    obs = metrics("宣汉县今年输送到东莞1200人。", subject=XUANHAN, paragraph_subjects=(XUANHAN,))
    assert triples(obs) == [(XUANHAN, Decimal("1200"), "人")]


def test_a_share_of_a_task_done_is_the_tasks_completion_rate():
    obs = metrics("宣汉县全年输转劳动力21万人，完成年任务20万人的105%。", subject=XUANHAN)
    assert [(o.value, o.indicator) for o in obs if o.unit == "%"] == [(Decimal("105"), "年任务完成率")]
    obs = metrics("达州市培训农民工3.2万人，完成省下达3万人培训任务的106.7%。", subject=DAZHOU)
    assert [(o.value, o.indicator) for o in obs if o.unit == "%"] == [(Decimal("106.7"), "省下达培训任务完成率")]
    obs = metrics("达州市今年已完成了全年目标任务的98%。", subject=DAZHOU)
    assert [(o.value, o.indicator) for o in obs if o.unit == "%"] == [(Decimal("98"), "全年目标任务完成率")]


def test_a_total_right_after_a_count_of_sessions_shares_its_words():
    obs = metrics("宣汉县已累计培训护工12期共3600人。", subject=XUANHAN)
    assert [(o.value, o.indicator) for o in obs] == [(Decimal("12"), "累计培训护工"), (Decimal("3600"), "累计培训护工")]
    obs = metrics("达州市今年开展电商培训8期合计560人。", subject=DAZHOU)
    assert [o.indicator for o in obs] == ["开展电商培训", "开展电商培训"]


def test_people_of_a_province_leaving_from_a_city_station_are_counted_at_the_city():
    obs = metrics("2月8日，随着列车驶出深圳站，500余名广东务工人员启程前往长沙。", subject=GUANGDONG)
    assert triples(obs) == [(SHENZHEN, Decimal("500"), "人")]
    obs = metrics("2月8日，500余名广东务工人员启程前往长沙。", subject=GUANGDONG)
    assert triples(obs) == [(GUANGDONG, Decimal("500"), "人")]

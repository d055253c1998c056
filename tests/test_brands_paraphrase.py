"""Brand names, origins and destinations written the way another reporter would rewrite a report: the same facts
with other verbs, other word orders, a sentence split in two, traditional script. Every paragraph here is written
for these tests about counties the real news set does not mention; each family has at least two wordings that
must be read and a near-miss that must not.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file

HEADLINE = "劳务品牌建设工作动态"


def _facts(tmp_path, body, headline=HEADLINE):
    path = tmp_path / "article.txt"
    path.write_text(headline + "\n" + body + "\n", encoding="utf-8")
    return process_file(path, path.name)


def _brands(tmp_path, body, headline=HEADLINE):
    gaz = Gazetteer.load()
    return {(b.name, gaz.get(b.origin).name if b.origin else None, b.level)
            for b in _facts(tmp_path, body, headline).brands}


def _destinations(tmp_path, body, headline=HEADLINE):
    gaz = Gazetteer.load()
    return {(d.brand, gaz.get(d.destination).name) for d in _facts(tmp_path, body, headline).brand_destinations}


# -- the builder named in an apposition before the quoted name (作为A县打造的…劳务品牌之一，“X”…) ----------------

@pytest.mark.parametrize("body", [
    "作为岚皋县着力打造的省级劳务品牌之一，“云端绣娘”已带动1200余名妇女就业。",
    "近年来，作为岚皋县重点培育的省级劳务品牌，“云端绣娘”走出大山，走进各地的刺绣工坊。",
    "“云端绣娘”作为岚皋县打造的省级劳务品牌，已有学员1200余人。",
])
def test_an_apposition_names_who_builds_a_quoted_brand(tmp_path, body):
    assert _brands(tmp_path, body) == {("云端绣娘", "岚皋县", "provincial")}


def test_an_apposition_about_an_event_names_no_brand(tmp_path):
    # the apposition is about a fair, and the quoted name after it is a company's
    body = "作为岚皋县劳务品牌推介会的承办方，“秦巴人力”公司当天发布岗位300个。"
    assert _brands(tmp_path, body) == set()


# -- a place and a quoted trade, seen at work with a word describing them (A县「灶手」忙碌的身影) -------------------

# The county in full first, as an article names it before its short form.
HUANREN = "桓仁县人社局介绍了该县厨师外出务工的情况。"


@pytest.mark.parametrize("body", [
    "在沈阳、大连的饭店后厨，处处可见桓仁「灶手」忙碌的身影。",
    "多年来，桓仁“灶手”奔波的足迹遍布东北三省。",
    "桓仁“灶手”的身影出现在各地的饭店后厨。",
])
def test_a_place_and_a_quoted_trade_seen_at_work(tmp_path, body):
    assert _brands(tmp_path, HUANREN + body) == {("桓仁灶手", "桓仁满族自治县", None)}


@pytest.mark.parametrize("body", [
    "这些「灶手」忙碌的身影，成为后厨里的一道风景。",  # no place before the bare trade word
    "桓仁“灶手”的手艺，在当地小有口碑。",  # the trade's craft, not its workers seen somewhere
])
def test_a_quoted_trade_alone_or_its_craft_names_no_brand(tmp_path, body):
    assert _brands(tmp_path, HUANREN + body) == set()


def test_the_places_where_they_are_seen_at_work_are_the_destinations(tmp_path):
    body = "在沈阳、大连等地的知名饭店里，也都能见到桓仁「灶手」忙碌的身影。"
    assert _destinations(tmp_path, HUANREN + body) == {("桓仁灶手", "沈阳市"), ("桓仁灶手", "大连市")}


# -- a counted place-and-trade name followed at once by its predicate (1.2万名A焊工把手艺带到…) -------------------

KUANDIAN = "宽甸县着力打造焊工劳务品牌，焊工培训每年不少于2000人次。"


@pytest.mark.parametrize("body", [
    "1.2万名宽甸焊工把手艺带到了全国20多个省份。",
    "目前，3000余名宽甸焊工将赴江苏的造船企业务工。",
    "全县有8000多名宽甸焊工在外打拼，年收入超过6亿元。",
])
def test_a_counted_unquoted_name_before_its_predicate(tmp_path, body):
    assert _brands(tmp_path, KUANDIAN + body) == {("宽甸焊工", "宽甸满族自治县", None)}


@pytest.mark.parametrize("body", [
    "300名宽甸姑娘在家门口的服装厂就业，姑娘们月收入3000元。",  # persons, no trade
    "2000名宽甸农民把草莓种到了大棚里。",  # no worker word
])
def test_a_counted_group_that_is_no_trade_names_no_brand(tmp_path, body):
    assert _brands(tmp_path, "宽甸县人社局介绍，该县重视劳务品牌建设。" + body) == set()


# -- a 其中 breakdown whose counts open with other words of approximation (接近, 将近, 也有, 逾) -------------------

@pytest.mark.parametrize("body", [
    "丹东市劳务品牌从业人员约5万人，其中，凤城厨师接近2万人，宽甸焊工也有1.5万余人。",
    "丹东市劳务品牌从业人员约5万人。其中，凤城厨师将近2万人，宽甸焊工逾1.5万人。",
    "据统计，丹东市劳务品牌输出人员占全市外出务工人数的两成。其中，凤城厨师有近2万人，宽甸焊工达到1.5万人。",
])
def test_a_breakdown_with_other_words_of_approximation(tmp_path, body):
    assert _brands(tmp_path, body) == {("凤城厨师", "凤城市", None), ("宽甸焊工", "宽甸满族自治县", None)}


def test_a_breakdown_by_sex_and_kind_names_no_brand(tmp_path):
    body = "丹东市劳务品牌从业人员约5万人，其中，女性接近2万人，脱贫人口也有8000余人。"
    assert _brands(tmp_path, body) == set()


# -- a verb of direction after a time word or an adverb of many (近年来南下A、北上B) ------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("宽甸县着力打造“宽甸焊工”劳务品牌。近年来南下广东、福建务工的宽甸焊工已有3000余人。",
     {("宽甸焊工", "广东省"), ("宽甸焊工", "福建省")}),
    ("宽甸县着力打造“宽甸焊工”劳务品牌，3000余名宽甸焊工纷纷北上京津、南下福建，在各地船厂务工。",
     {("宽甸焊工", "北京市"), ("宽甸焊工", "天津市"), ("宽甸焊工", "福建省")}),    ("宽甸县着力打造“宽甸焊工”劳务品牌，3000余名宽甸焊工相继南下福建、广东，在各地船厂务工。",
     {("宽甸焊工", "福建省"), ("宽甸焊工", "广东省")}),
])
def test_a_direction_verb_after_a_time_word(tmp_path, body, expected):
    assert _destinations(tmp_path, body) == expected


@pytest.mark.parametrize("body", [
    "宽甸县着力打造“宽甸焊工”劳务品牌，县领导近年来先后南下广东考察调研。",  # a visit
    "宽甸县着力打造“宽甸焊工”劳务品牌，近年来南下海南的游客也越来越多。",  # travellers, no workers
])
def test_a_direction_verb_for_a_visit_or_travellers_is_no_destination(tmp_path, body):
    assert _destinations(tmp_path, body) == set()


# -- the trade's workers named as gathered in the places (等建筑工较为集中的省份, 建筑工扎堆的A) ------------------

BUILDERS = "宽甸县计划打造宽甸建筑、宽甸家政两个劳务品牌。"


@pytest.mark.parametrize("body", [
    "届时，宽甸县还将在福建、浙江等建筑工较为集中的省份设立服务中心。",
    "宽甸县还将在建筑工扎堆的福建、浙江等地设立服务站。",
])
def test_the_places_where_the_trade_s_workers_gather(tmp_path, body):
    assert _destinations(tmp_path, BUILDERS + body) == {("宽甸建筑", "福建省"), ("宽甸建筑", "浙江省")}


def test_a_visit_to_the_places_where_they_gather_is_no_destination(tmp_path):
    body = "福建、浙江的建筑工较为集中，宽甸县人社局近日赴两地考察。"
    assert _destinations(tmp_path, BUILDERS + body) == set()


# -- other wordings of where the workers are: a reach widened, workers seen there, a stock counted there -------------

XIUYAN = "岫岩县人社局介绍，该县着力打造“岫岩月嫂”劳务品牌。"


@pytest.mark.parametrize("body", [
    "“岫岩月嫂”的就业范围已扩展到北京、天津等省市。",
    "北京、天津等地的家政公司里，都能见到“岫岩月嫂”。",
    "在北京、天津等地的家政公司里，随处可见岫岩月嫂。",
    "目前，北京、天津共有3000多名岫岩月嫂。",
])
def test_other_wordings_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == {("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市")}


def test_a_stock_counted_after_the_host_city_that_opens_the_sentence(tmp_path):
    assert _destinations(tmp_path, XIUYAN + "天津现有岫岩月嫂2000多人。") == {("岫岩月嫂", "天津市")}


@pytest.mark.parametrize("body", [
    "北京有一位岫岩月嫂，她的故事被写进了书里。",  # one person
    "沈阳有3家企业招聘岫岩月嫂200名。",  # a count of companies
    "岫岩县现有岫岩月嫂3000人。",  # the home county's own count
    "北京、天津等地的家政公司里，都能见到岫岩县的剪纸作品。",  # goods, not the workers
])
def test_near_misses_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == set()


# -- other ways to write the place or the count before a name for workers --------------------------------------------

@pytest.mark.parametrize("body", [
    "在沈阳、大连的饭店后厨，处处可见桓仁的「灶手」忙碌的身影。",  # the place owns the quoted trade with 的
    "桓仁县的“灶手”的足迹遍布东北三省。",
])
def test_a_place_and_de_before_a_quoted_trade(tmp_path, body):
    assert _brands(tmp_path, HUANREN + body) == {("桓仁灶手", "桓仁满族自治县", None)}


def test_a_city_where_the_trade_works_is_not_its_place(tmp_path):
    assert _brands(tmp_path, HUANREN + "如今，在沈阳的「灶手」忙碌的身影随处可见。") == set()


@pytest.mark.parametrize("body", [
    "近2万“桓仁巧嫂”已在长三角上岗。",
    "数万“桓仁巧嫂”已在长三角上岗。",
])
def test_a_count_in_wan_with_no_classifier_before_a_quoted_group(tmp_path, body):
    assert _brands(tmp_path, HUANREN + body) == {("桓仁巧嫂", "桓仁满族自治县", None)}


def test_a_count_in_wan_before_quoted_goods_names_no_brand(tmp_path):
    assert _brands(tmp_path, HUANREN + "全县2万余“桓仁山参”已销往各地。") == set()


@pytest.mark.parametrize("body", [
    "1.3万多位桓仁焊工把手艺带到了全国，焊工培训每年2000人次。",
    "1.3万桓仁焊工把手艺带到了全国，焊工培训每年2000人次。",
])
def test_a_count_with_wei_or_in_wan_before_an_unquoted_name(tmp_path, body):
    assert _brands(tmp_path, HUANREN + "该县重视劳务品牌建设。" + body) == {("桓仁焊工", "桓仁满族自治县", None)}


@pytest.mark.parametrize("body", [
    "全县1.3万桓仁人在外务工，焊工培训每年2000人次。",  # the county's people, no trade
    "2万桓仁焊工培训补贴已发放，焊工培训每年2000人次。",  # money, with no predicate after the trade
])
def test_a_count_in_wan_before_no_name_for_workers(tmp_path, body):
    assert _brands(tmp_path, HUANREN + "该县重视劳务品牌建设。" + body) == set()


# -- a place-and-trade name's standing said without 的品牌 (X品牌的影响力, X的名气) -------------------------------

LANGAO = "岚皋县人社局介绍，该县修脚从业人员已达5000人。"


@pytest.mark.parametrize("body", [
    "岚皋修脚品牌的影响力日益增强，岚皋修脚师已走进全国200多个城市。",
    "岚皋修脚的名气越来越大，在不少城市，岚皋修脚师成了行业的代名词。",
    "近年来，岚皋修脚这一品牌的知名度不断提升，岚皋修脚师遍布各地。",
])
def test_the_standing_of_a_place_and_trade_name(tmp_path, body):
    assert _brands(tmp_path, LANGAO + body) == {("岚皋修脚", "岚皋县", None)}


@pytest.mark.parametrize("body", [
    "岚皋魔芋的知名度越来越高，产品远销海外。",  # goods, no trade
    "岚皋修脚的名气越来越大，县里将举办修脚技能大赛。",  # nowhere named as its workers (X师)
])
def test_a_standing_with_no_workers_names_no_brand(tmp_path, body):
    assert _brands(tmp_path, LANGAO + body) == set()


@pytest.mark.parametrize("body", [
    "丹东市劳务品牌从业人员约5万人，其中包括凤城厨师2万人，宽甸焊工1.5万人。",
    "丹东市劳务品牌从业人员约5万人。其中有凤城厨师近2万人，宽甸焊工1.5万余人。",
])
def test_a_breakdown_opened_by_qizhong_baokuo(tmp_path, body):
    assert _brands(tmp_path, body) == {("凤城厨师", "凤城市", None), ("宽甸焊工", "宽甸满族自治县", None)}


def test_a_breakdown_by_kind_opened_by_qizhong_baokuo_names_no_brand(tmp_path):
    body = "丹东市劳务品牌从业人员约5万人，其中包括脱贫劳动力2万人，返乡青年1.5万人。"
    assert _brands(tmp_path, body) == set()


@pytest.mark.parametrize("body", [
    "目前，北京、天津聚集着3000多名岫岩月嫂。",  # a stock after a verb of being gathered
    "北京、天津等地活跃着岫岩月嫂2000多人。",
    "岫岩月嫂已在北京、天津等地开起了家政铺。",  # shops opened there
    "岫岩月嫂的务工地涉及北京、天津等省市。",  # where they work named as such
    "岫岩月嫂的就业范围涉及北京、天津等省市。",
    "北京、天津两市的36家家政企业与岫岩县签订劳务协议，岫岩月嫂将陆续上岗。",  # the places' employers sign
    "北京、天津等地的36家用工单位在会上与岫岩县签约，协议转移岫岩月嫂2000人。",
])
def test_more_wordings_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == {("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市")}


@pytest.mark.parametrize("body", [
    "北京、天津的家政企业纷纷涨薪，岫岩月嫂很受欢迎。",  # employers that sign nothing
    "北京、天津的36家家政企业负责人参加了岫岩月嫂对接会。",  # a meeting
    "北京、天津的游客聚集着来岫岩县旅游。",  # no count of workers
])
def test_more_near_misses_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == set()


# -- brands given as examples of the ones counted (以A为代表的N个劳务品牌, 包括A在内的, （如“A”）) ---------------------

LANGAO_OFFICE = "岚皋县人社局介绍了该县的情况。"


@pytest.mark.parametrize(("body", "expected"), [
    ("目前，以岚皋焊工、岚皋厨师为代表的19个劳务品牌已获得专利认证。", {"岚皋焊工", "岚皋厨师"}),
    ("包括岚皋焊工、岚皋厨师在内的19个劳务品牌已获得专利认证。", {"岚皋焊工", "岚皋厨师"}),
    ("以岚皋焊工为代表的一批劳务品牌走出大山。", {"岚皋焊工"}),
    ("包括岚皋焊工在内的19个劳务品牌已获得专利认证。", {"岚皋焊工"}),
    ("全县19个劳务品牌（如“岚皋云嫂”）已获得专利认证。", {"岚皋云嫂"}),
    ("全县现有劳务品牌2个（包括岚皋云嫂、岚皋焊工），从业人员1万人。", {"岚皋云嫂", "岚皋焊工"}),
    ("全县劳务品牌（如“岚皋云嫂”、“岚皋焊工”等）已获得专利认证。", {"岚皋云嫂", "岚皋焊工"}),
])
def test_brands_given_as_examples(tmp_path, body, expected):
    assert _brands(tmp_path, LANGAO_OFFICE + body) == {(name, "岚皋县", None) for name in expected}


@pytest.mark.parametrize("body", [
    "以县城为代表的一批劳务品牌基地加快建设。",  # a place, no name for workers
    "以培训为代表的劳务品牌工作稳步推进。",
    "全县劳务品牌（如“春风行动”）建设稳步推进。",  # a campaign in the brackets
])
def test_examples_that_are_no_brands(tmp_path, body):
    assert _brands(tmp_path, LANGAO_OFFICE + body) == set()


# -- a name in single quotes, as inside a quoted speech --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "今年已有2000多名‘桓仁巧嫂’走出大山。",
    "县长说：“这些年，‘桓仁巧嫂’在沈阳口碑很好。”",
])
def test_a_name_for_workers_in_single_quotes(tmp_path, body):
    assert _brands(tmp_path, HUANREN + body) == {("桓仁巧嫂", "桓仁满族自治县", None)}


def test_single_quotes_around_a_campaign_or_an_honorific_name_no_brand(tmp_path):
    assert _brands(tmp_path, HUANREN + "‘一县一品’活动中，‘老师傅’们做了示范。") == set()


@pytest.mark.parametrize("body", [
    "“岚皋云嫂”“岚皋焊工”两大品牌叫响全国。",
    "“岚皋云嫂”“岚皋焊工”等3个特色品牌叫响全国。",
])
def test_quoted_names_for_workers_counted_before_a_bare_brand_word(tmp_path, body):
    assert _brands(tmp_path, LANGAO_OFFICE + body) == {("岚皋云嫂", "岚皋县", None), ("岚皋焊工", "岚皋县", None)}


def test_quoted_goods_counted_before_a_bare_brand_word_name_no_brand(tmp_path):
    assert _brands(tmp_path, LANGAO_OFFICE + "“岚皋魔芋”“岚皋茶叶”两大品牌叫响全国。") == set()


# -- fame said with 有名气 / 出名, and a town's name that is a county's far away ---------------------------------------

HUANREN_COUNTY = "桓仁县人社局介绍了该县劳务品牌建设情况。桓仁县是辽宁东部的山区县。"


@pytest.mark.parametrize("body", [
    "除了“桓仁巧嫂”，我县的“桓仁焊工”也越来越有名气。",
    "“桓仁焊工”越来越有名，订单排到了明年。",
])
def test_a_quoted_name_made_known(tmp_path, body):
    assert ("桓仁焊工", "桓仁满族自治县", None) in _brands(tmp_path, HUANREN_COUNTY + body)


@pytest.mark.parametrize("body", [
    "除了“桓仁巧嫂”，我县沙河镇的“沙河焊工”也越来越有名气。沙河镇有焊工800多人。",
    "我县沙河乡的3000余名“沙河焊工”走出大山。",
])
def test_a_town_prefix_named_like_a_county_far_away_goes_to_the_article_s_county(tmp_path, body):
    assert ("沙河焊工", "桓仁满族自治县", None) in _brands(tmp_path, HUANREN_COUNTY + body)


def test_the_county_far_away_written_as_such_keeps_its_brand(tmp_path):
    body = "邢台沙河市的“沙河焊工”也越来越有名气。"
    assert ("沙河焊工", "沙河市", None) in _brands(tmp_path, HUANREN_COUNTY + body)


# -- a notice's annex: a table of brands and one paragraph per brand ---------------------------------------------------

ANNEX = """辽宁省人力资源和社会保障厅关于公布第二批省级劳务品牌名单的通知
经各市推荐、专家评审，确定岫岩月嫂等3个劳务品牌为第二批省级劳务品牌，现予以公布。
附件：第二批省级劳务品牌名单
序号 品牌名称 申报单位
1 岫岩月嫂 鞍山市岫岩县
2 宽甸焊工 丹东市宽甸县
3 辽东巧厨 丹东市
岫岩月嫂：从业人员5000余人，主要在北京、天津等地从事家政服务。
宽甸焊工：从业人员8000余人，其中在江苏南通、浙江舟山等地造船企业务工3000余人。
辽东巧厨：从业人员2000余人，就业辐射吉林、黑龙江等省。
联系人：李明 联系电话：024-12345678"""


def test_a_table_of_brands_and_their_paragraphs(tmp_path):
    facts = _facts(tmp_path, ANNEX, headline="第二批省级劳务品牌名单公布")
    gaz = Gazetteer.load()
    assert {(b.name, gaz.get(b.origin).name) for b in facts.brands} == {
        ("岫岩月嫂", "岫岩满族自治县"), ("宽甸焊工", "宽甸满族自治县"), ("辽东巧厨", "丹东市")}
    assert {(d.brand, gaz.get(d.destination).name) for d in facts.brand_destinations} == {
        ("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市"), ("宽甸焊工", "南通市"), ("宽甸焊工", "舟山市"),
        ("辽东巧厨", "吉林省"), ("辽东巧厨", "黑龙江省")}


def test_paragraph_heads_without_a_table(tmp_path):
    body = ("岫岩县劳务品牌建设成效明显，两个劳务品牌简介如下。\n"
            "岫岩月嫂：从业人员5000余人，主要在北京、天津等地从事家政服务。\n"
            "岫岩焊工：从业人员3000余人，主要在江苏南通的造船企业务工。")
    assert _brands(tmp_path, body) == {("岫岩月嫂", "岫岩满族自治县", None), ("岫岩焊工", "岫岩满族自治县", None)}


@pytest.mark.parametrize("body", [
    # an interview: heads that are persons, not brands
    "岫岩县劳务品牌建设成效明显。\n记者：您在北京干了几年？\n王师傅：干了八年，每年收入十万元。\n李师傅：我在天津干了五年。",
    # a table of campaigns and of goods
    "岫岩县劳务品牌工作安排如下。\n序号 活动名称 承办单位\n1 春风行动 岫岩县人社局\n2 岫岩大米 岫岩县农业局",
    # one row alone is no list
    "岫岩县劳务品牌建设成效明显。\n1 岫岩月嫂 鞍山市岫岩县",
])
def test_rows_and_heads_that_are_no_list_of_brands(tmp_path, body):
    assert _brands(tmp_path, body) == set()


# -- three short forms written as one word list three regions, unless they name a planned group (京津冀) -------------

@pytest.mark.parametrize(("body", "expected"), [
    ("目前在京津沪等地从事家政服务的“岫岩月嫂”超过6000人。", {"北京市", "天津市", "上海市"}),
    ("如今，“岫岩月嫂”已遍布苏浙沪。", {"江苏省", "浙江省", "上海市"}),
])
def test_three_short_forms_as_one_word_list_three_regions(tmp_path, body, expected):
    assert _destinations(tmp_path, XIUYAN + body) == {("岫岩月嫂", name) for name in expected}


def test_the_planned_group_of_three_names_no_region(tmp_path):
    assert _destinations(tmp_path, XIUYAN + "如今，“岫岩月嫂”已遍布京津冀。") == set()


# -- a trade's workers counted in Chinese numerals, and a first list item that is no region (在苏南和A) ---------------

SIYANG = "宽甸县人社局介绍，“宽甸焊工”是这里叫得响的劳务品牌。"


@pytest.mark.parametrize("body", [
    "目前，全县有焊工八千多人，其中近一半在苏南和上海的造船、钢结构企业务工。",
    "目前，全县有焊工三万人，其中一半在珠三角、广州的工厂务工。",
])
def test_workers_counted_in_chinese_numerals_and_a_part_of_a_province_first(tmp_path, body):
    expected = {"上海市"} if "上海" in body else {"广州市"}
    assert _destinations(tmp_path, SIYANG + body) == {("宽甸焊工", name) for name in expected}


def test_one_welder_in_chinese_numerals_is_no_group(tmp_path):
    body = "全县焊工中有一人在苏南和上海的工地上获了奖。"
    assert _destinations(tmp_path, SIYANG + body) == set()


# -- a group after its region and 的 with a headcount, in the passage about brands (B的X川军有8000多人) --------------

def test_a_province_s_army_of_a_trade_counted_after_its_region(tmp_path):
    body = ("四川省各地的劳务品牌带出了大批务工人员。"
            "光是营山县的货车司机就有2万人，巴中的装修川军也有8000多人，南江县的农民工有3万人。")
    assert _brands(tmp_path, body) == {("装修川军", "巴中市", None)}


def test_a_place_and_trade_counted_after_its_region(tmp_path):
    body = "丹东市各类劳务品牌带出务工人员5万人左右。仅宽甸县的宽甸焊工就有1.5万人，凤城的长途司机也有3000多人。"
    assert _brands(tmp_path, body) == {("宽甸焊工", "宽甸满族自治县", None)}


# -- who built the brand or where it comes from, written right before or after its name ------------------------------

ELSEWHERE_FIRST = "北京供暖季临近，岚皋县组织务工人员返岗。"


@pytest.mark.parametrize("body", [
    "由岚皋县打造的“云端巧嫂”劳务品牌，目前已有从业者3000人。",
    "“云端巧嫂”劳务品牌由岚皋县于2019年创建，目前已有从业者3000人。",
    "“云端巧嫂”劳务品牌发源于岚皋县，目前已有从业者3000人。",
])
def test_the_builder_or_source_written_beside_the_name(tmp_path, body):
    assert _brands(tmp_path, ELSEWHERE_FIRST + body) == {("云端巧嫂", "岚皋县", None)}


def test_a_company_that_built_it_gives_no_home(tmp_path):
    body = "由北京一家公司打造的“云端巧嫂”劳务品牌，目前已有从业者3000人。"
    assert _brands(tmp_path, LANGAO_OFFICE + body) == {("云端巧嫂", "岚皋县", None)}


# -- 以 and 下 govern a place name after them as 在 and 到 do (以上海为主, 南下江苏), when the best segmentation agrees --

def _region_names(tmp_path, body):
    from kg.extract.regions import find_regions
    from kg.ingest import read_document
    from kg.normalize import normalize
    path = tmp_path / "regions.txt"
    path.write_text(HEADLINE + "\n岫岩县人社局介绍。" + body + "\n", encoding="utf-8")
    gaz = Gazetteer.load()
    return {gaz.get(m.code).name for m in find_regions(normalize(read_document(path, path.name))).mentions}


@pytest.mark.parametrize(("body", "expected"), [
    ("务工地以上海为主。", {"上海市"}),
    ("务工地以北京、天津为主。", {"北京市", "天津市"}),
    ("每年春节后，工人们南下江苏、浙江务工。", {"江苏省", "浙江省"}),
])
def test_yi_and_xia_govern_a_place_name(tmp_path, body, expected):
    assert _region_names(tmp_path, body) == {"岫岩满族自治县"} | expected


@pytest.mark.parametrize("body", ["以上人员均已签约。", "县城以北地区多山。"])
def test_yishang_and_yibei_stay_words(tmp_path, body):
    assert _region_names(tmp_path, body) == {"岫岩满族自治县"}


# -- more reach verbs and workplaces named as such ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "北京、天津成了岫岩月嫂的主战场。",
    "岫岩月嫂常年奔走于北京、天津之间。",
    "岫岩月嫂深耕北京、天津市场。",  # 天津市 read out of 天津市场
    "“岫岩月嫂”辗转北京、天津等地。",
    "岫岩月嫂的务工地以北京、天津为主。",
    "北京、天津的不少家庭都请了岫岩月嫂。",
    "北京、天津是岫岩月嫂最集中的地方。",
])
def test_further_wordings_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == {("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市")}


@pytest.mark.parametrize("body", [
    "北京、天津成了岫岩县剪纸的主要销售市场。",  # goods
    "县长常年奔走于北京、天津考察家政市场。",  # a visit
    "北京、天津的不少游客都请了岫岩县的导游。",  # no brand named
])
def test_further_near_misses_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == set()


# -- the examples split into the next sentence, and an unquoted list before a copula -------------------------------

LIAONING = "辽宁省人社厅介绍了全省情况。"


@pytest.mark.parametrize(("body", "expected"), [
    ("经过多年发展，我省已形成一批知名劳务品牌。如“岫岩月嫂”、“宽甸焊工”、“桓仁灶手”等。",
     {"岫岩月嫂", "宽甸焊工", "桓仁灶手"}),
    ("经过多年发展，我省已形成一批知名劳务品牌。比如：“岫岩月嫂”“宽甸焊工”。", {"岫岩月嫂", "宽甸焊工"}),
    ("岫岩月嫂、宽甸焊工都是我省的特色劳务品牌。", {"岫岩月嫂", "宽甸焊工"}),
    ("岫岩月嫂和宽甸焊工均属于省级劳务品牌。", {"岫岩月嫂", "宽甸焊工"}),
])
def test_examples_in_the_next_sentence_and_a_list_before_a_copula(tmp_path, body, expected):
    assert {name for name, _, _ in _brands(tmp_path, LIAONING + body)} == expected


@pytest.mark.parametrize("body", [
    "经过多年发展，我省已形成一批知名劳务品牌。如“春风行动”“就业援助月”等活动广受好评。",  # campaigns
    "岫岩县、宽甸县都是我省的劳务品牌大县。",  # counties
])
def test_examples_and_copulas_that_name_no_brand(tmp_path, body):
    assert _brands(tmp_path, LIAONING + body) == set()


# -- a quoted name given to the group, its ranks and its earnings -----------------------------------------------------

XIUYAN_OFFICE = "岫岩县人社局介绍了劳务品牌建设情况。"


@pytest.mark.parametrize("body", [
    "当地人亲切地称她们为“岫岩月嫂”。",
    "大家都叫她们“岫岩月嫂”。",
    "这支队伍有个响亮的名字——“岫岩月嫂”。",
    "近年来，“岫岩月嫂”的队伍不断壮大。",
    "“岫岩月嫂”从业人员已突破5000人。",
    "“岫岩月嫂”人均月收入达到8000元。",
])
def test_a_quoted_name_given_to_the_group_or_counted_by_its_ranks_and_pay(tmp_path, body):
    assert _brands(tmp_path, XIUYAN_OFFICE + body) == {("岫岩月嫂", "岫岩满族自治县", None)}


@pytest.mark.parametrize("body", [
    "“岫岩魔芋”年收入超过6万元。",  # goods
    "县里把这项活动称为“春风行动”。",  # a campaign
])
def test_names_given_to_goods_or_a_campaign_are_no_brands(tmp_path, body):
    assert _brands(tmp_path, XIUYAN_OFFICE + body) == set()


@pytest.mark.parametrize("body", [
    "岫岩月嫂中，北京2000人，天津1000人。",  # a count after each place
    "岫岩月嫂的身影出现在北京、天津的千家万户。",
    "岫岩月嫂把家政服务送进了北京、天津的千家万户。",
    "“岫岩月嫂”已从岫岩走到了北京、天津。",
    "北京、天津两地的岫岩月嫂已超过3000人。",
    "北京、天津等城市的家政市场上，岫岩月嫂十分抢手。",
])
def test_yet_more_wordings_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == {("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市")}


@pytest.mark.parametrize("body", [
    "全县外出务工3万人，其中北京2000人，天津1000人。",  # the county's whole workforce
    "北京、天津等城市的家政市场上，县领导看望了务工人员。",  # a visit
    "北京、天津两地的游客已超过3000人。",  # travellers
    "岫岩月嫂的产品出现在北京、天津的超市。",  # goods
])
def test_yet_more_near_misses_of_where_the_workers_are(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == set()


@pytest.mark.parametrize("body", ["全县5000余名妇女加入“岫岩月嫂”行列。", "越来越多的妇女加入了“岫岩月嫂”的行列。"])
def test_joining_the_ranks_of_a_quoted_group(tmp_path, body):
    assert _brands(tmp_path, XIUYAN_OFFICE + body) == {("岫岩月嫂", "岫岩满族自治县", None)}


def test_joining_the_ranks_of_a_campaign_names_no_brand(tmp_path):
    assert _brands(tmp_path, XIUYAN_OFFICE + "全县5000余名志愿者加入“春风行动”行列。") == set()


@pytest.mark.parametrize("body", [
    "近年来，岫岩县的劳务品牌不断涌现：“岫岩月嫂”“满乡厨师”……",
    "近年来，岫岩县的劳务品牌相继诞生——“岫岩月嫂”“满乡厨师”。",
])
def test_brands_coming_into_being_before_a_colon(tmp_path, body):
    assert _brands(tmp_path, XIUYAN_OFFICE + body) == {("岫岩月嫂", "岫岩满族自治县", None),
                                                        ("满乡厨师", "岫岩满族自治县", None)}


def test_activities_coming_into_being_name_no_brand(tmp_path):
    body = "近年来，岫岩县的劳务品牌活动不断涌现：“春风行动”“就业援助月”……"
    assert _brands(tmp_path, XIUYAN_OFFICE + body) == set()


def test_a_town_prefix_goes_to_the_county_the_article_calls_wo_xian(tmp_path):
    # the article names a city more often than its own county, which only its brand's name and 我县 give
    body = ("沈阳、大连的家政市场上，3000余名“桓仁巧嫂”十分抢手。沈阳市人社局表示，沈阳欢迎更多巧嫂。\n"
            "除了“桓仁巧嫂”，我县沙河镇的“沙河焊工”也越来越有名气。")
    assert ("沙河焊工", "桓仁满族自治县", None) in _brands(tmp_path, body)


def test_with_no_wo_xian_a_town_prefix_keeps_the_article_s_region(tmp_path):
    body = ("沈阳、大连的家政市场上，3000余名“桓仁巧嫂”十分抢手。沈阳市人社局表示，沈阳欢迎更多巧嫂。\n"
            "除了“桓仁巧嫂”，沈阳沙河镇的“沙河焊工”也越来越有名气。")
    assert ("沙河焊工", "沈阳市", None) in _brands(tmp_path, body)


def test_the_source_said_at_another_mention_of_the_name(tmp_path):
    body = "“云端巧嫂”来自岚皋县，目前在北京务工的有3000人，“云端巧嫂”品牌越来越响。"
    assert _brands(tmp_path, ELSEWHERE_FIRST + body) == {("云端巧嫂", "岚皋县", None)}


def test_a_source_that_is_no_region_gives_no_home(tmp_path):
    body = "“云端巧嫂”来自全国各地，目前在北京务工的有3000人，“云端巧嫂”品牌越来越响。"
    assert _brands(tmp_path, LANGAO_OFFICE + body) == {("云端巧嫂", "岚皋县", None)}


# -- an unquoted name as the subject of 作为…劳务品牌, or after 打造的; a role after the anchor is no brand -----------

@pytest.mark.parametrize("body", [
    "岫岩月嫂作为省级劳务品牌，已带动5000人就业。",
    "近年来，岫岩县打造的岫岩月嫂劳务品牌越来越响。",
    "该县着力培育出的岫岩月嫂劳务品牌越来越响。",
])
def test_an_unquoted_name_after_zuowei_or_dazao_de(tmp_path, body):
    assert {name for name, _, _ in _brands(tmp_path, XIUYAN_OFFICE + body)} == {"岫岩月嫂"}


@pytest.mark.parametrize("body", [
    "县里的工作人员作为劳务品牌推介员，走进各村。",
    "岫岩县聘请了20名劳务品牌指导员。",
])
def test_a_role_of_the_brand_work_is_no_brand(tmp_path, body):
    assert _brands(tmp_path, XIUYAN_OFFICE + body) == set()


@pytest.mark.parametrize("body", [
    "北京、天津的企业与岫岩县签订了旅游合作协议。",
    "北京、天津两市的36家企业与岫岩县签订了文化交流协议。",
])
def test_employers_signing_a_deal_that_is_no_labour_deal(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == set()


def test_counts_after_places_in_a_passage_sentence_about_visitors(tmp_path):
    assert _destinations(tmp_path, XIUYAN + "今年来岫岩县的游客中，北京2000人，天津1000人。") == set()


# -- passage sentences that name no brand: an official's travel, plain services, a generic trade hired -------------

@pytest.mark.parametrize("body", [
    "北京、天津的家政市场上，服务标准越来越高。",
    "县长常年往返于北京、天津之间招商引资。",
    "北京、天津的不少家庭都请了保姆。",
])
def test_passage_sentences_that_name_no_brand_give_no_destination(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == set()


@pytest.mark.parametrize("body", [
    "县领导带队将岫岩月嫂送往北京、天津。",
    "副县长带队护送岫岩月嫂赴北京、天津上岗。",
])
def test_officials_who_lead_the_brand_s_workers_keep_their_destinations(tmp_path, body):
    assert _destinations(tmp_path, XIUYAN + body) == {("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市")}


@pytest.mark.parametrize("body", ["目前，宽甸焊工有1.2万人，遍布全国20多个省份。", "宽甸焊工达3000余名，年收入超过6亿元。"])
def test_an_unquoted_place_and_trade_with_its_count_after_it(tmp_path, body):
    assert _brands(tmp_path, KUANDIAN + body) == {("宽甸焊工", "宽甸满族自治县", None)}


@pytest.mark.parametrize("body", ["目前，宽甸姑娘有1.2万人在外务工。", "宽甸农民有20万人。"])
def test_a_place_and_persons_with_a_count_after_them_name_no_brand(tmp_path, body):
    assert _brands(tmp_path, "宽甸县人社局介绍，该县重视劳务品牌建设。" + body) == set()


# -- short forms after verbs of a name made or a market won, in a headline too (走俏京津, 扎根沪苏) ------------------

def _headline_destinations(tmp_path, headline, body):
    gaz = Gazetteer.load()
    return {(d.brand, gaz.get(d.destination).name) for d in _facts(tmp_path, body, headline).brand_destinations}


@pytest.mark.parametrize(("headline", "expected"), [
    ("“岫岩月嫂”走俏京津", {"北京市", "天津市"}),
    ("“岫岩月嫂”红遍沪苏市场", {"上海市", "江苏省"}),
])
def test_short_forms_after_a_verb_of_fame_in_a_headline(tmp_path, headline, expected):
    body = "岫岩县着力打造“岫岩月嫂”劳务品牌，今年已培训800人。"
    assert _headline_destinations(tmp_path, headline, body) == {("岫岩月嫂", name) for name in expected}


@pytest.mark.parametrize("headline", ["“岫岩月嫂”走俏京津冀", "“岫岩山货”走俏京津"])
def test_the_planned_group_or_goods_after_a_verb_of_fame_give_none(tmp_path, headline):
    body = "岫岩县着力打造“岫岩月嫂”劳务品牌，今年已培训800人。"
    assert _headline_destinations(tmp_path, headline, body) == set()


def test_short_forms_after_zhagen_in_the_body(tmp_path):
    assert _destinations(tmp_path, XIUYAN + "岫岩月嫂扎根沪苏，年收入过亿。") == {("岫岩月嫂", "上海市"), ("岫岩月嫂", "江苏省")}


def test_a_headline_s_province_over_the_body_s_cities_in_it_is_no_extra_destination(tmp_path):
    body = "岫岩县着力打造“岫岩月嫂”劳务品牌，目前，“岫岩月嫂”已进驻苏州、杭州等地的家政公司。"
    assert _headline_destinations(tmp_path, "“岫岩月嫂”走俏苏浙", body) == {("岫岩月嫂", "苏州市"), ("岫岩月嫂", "杭州市")}


@pytest.mark.parametrize("body", [
    "岫岩县着力打造“岫岩月嫂”劳务品牌，目前从业人员3000人，主要分布在北京、天津。",
    "岫岩县着力打造“岫岩月嫂”劳务品牌，从业者达5000余名，足迹遍布北京、天津。",
])
def test_a_building_clause_then_the_practitioners_counted_and_placed(tmp_path, body):
    assert _destinations(tmp_path, body) == {("岫岩月嫂", "北京市"), ("岫岩月嫂", "天津市")}


@pytest.mark.parametrize("body", [
    "岫岩县发挥“岫岩月嫂”品牌带动效应，巩固北京、天津等劳务基地。",
    "岫岩县着力打造“岫岩月嫂”劳务品牌，带动从业人员3000人，并与北京、天津签订合作协议。",
])
def test_a_building_clause_and_places_that_are_partners_give_none(tmp_path, body):
    assert _destinations(tmp_path, body) == set()


# -- a quoted label before the anchor, and events the anchor modifies -------------------------------------------------

def test_a_list_before_a_quoted_label_and_the_anchor(tmp_path):
    body = "近些年，“岫岩月嫂”“宽甸焊工”“桓仁厨师”等一批“辽字号”劳务品牌逐步走进大众视野。"
    assert {name for name, _, _ in _brands(tmp_path, LIAONING + body)} == {"岫岩月嫂", "宽甸焊工", "桓仁厨师"}


@pytest.mark.parametrize("body", [
    "近些年，“春风行动”“就业援助月”等一批“辽字号”劳务品牌活动广受好评。",
    "“春风行动”“就业援助月”等劳务品牌推介会在沈阳举行。",
])
def test_a_list_of_events_of_the_brand_work_names_no_brand(tmp_path, body):
    assert _brands(tmp_path, LIAONING + body) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("丹东市现有劳务品牌3个，分别是“宽甸焊工”“凤城厨师”“东港渔嫂”。", {"宽甸焊工", "凤城厨师", "东港渔嫂"}),
    ("丹东市认定的劳务品牌共有3个，即“宽甸焊工”“凤城厨师”“东港渔嫂”。", {"宽甸焊工", "凤城厨师", "东港渔嫂"}),
    ("丹东市现有劳务品牌10个，如“宽甸焊工”“凤城厨师”等。", {"宽甸焊工", "凤城厨师"}),
])
def test_the_count_of_brands_then_their_names(tmp_path, body, expected):
    assert {name for name, _, _ in _brands(tmp_path, LIAONING + body)} == expected


def test_a_count_that_is_not_the_names_breaks_the_list(tmp_path):
    body = "丹东市现有劳务品牌5个，分别是“宽甸焊工”“凤城厨师”“东港渔嫂”。"
    assert _brands(tmp_path, LIAONING + body) == set()

"""Flows told in the forms a third round of blind rewrites used, each read as a rule of news Chinese: at least two
wordings of the family and a near-miss that moves no workers, on sentences written for this test about counties
outside the real news set."""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file
from tests.test_flows_written import flows_of_paragraph

_MUDANJIANG = "2月10日，K1234次列车驶离牡丹江站，车上460名黑龙江牡丹江籍务工人员由此出发，前往山东威海务工；"
_MUDANJIANG_FIVE = {(o, "威海市", 460) for o in ("牡丹江市", "林口县", "穆棱市", "东宁市", "海林市")}
_TO_WEIHAI = "2月10日，K1234次务工专列载着500名务工人员从牡丹江站出发，驶向威海。"
_HUILI_TWO = {("会理市", "江苏省", 320), ("会理市", "浙江省", 320)}

CASES = [
    # X籍 names a native place even where the word before runs into the name (欢送会 + 会理籍)
    ("3月2日，凉山州在会理市举行欢送仪式。仪式上欢送会理籍农村劳动力320名，分赴江苏、浙江等地务工。", _HUILI_TWO),
    ("3月2日，凉山州在会理市举行欢送仪式。现场欢送会理籍务工人员320名，他们将分赴江苏、浙江等地务工。", _HUILI_TWO),
    ("3月2日，凉山州在会理市举行欢送仪式。现场欢送会理籍游客320名，分赴江苏、浙江等地旅游。", set()),
    # a tie of labour with the places (与/同/和/跟 A、B 建立/结成 劳务合作关系) sends the county's workers there
    ("近年来，巴彦县积极拓展输出渠道，先后和天津、大连等地建立起长期劳务合作关系。",
     {("巴彦县", "天津市", None), ("巴彦县", "大连市", None)}),
    ("近年来，巴彦县跟天津、大连等地结成了稳定的劳务协作关系，每年输出务工人员上万人。",
     {("巴彦县", "天津市", 10000), ("巴彦县", "大连市", 10000)}),
    ("近年来，巴彦县和大连市建立了劳务协作关系。", {("巴彦县", "大连市", None)}),
    ("近年来，巴彦县和天津、大连等地建立起长期的农产品购销关系。", set()),
    ("下一步，巴彦县将和天津、大连等地建立劳务合作关系。", set()),
    # the parallel series of moves told with two-character verbs (南下A、进驻B、登上C、挺进D)
    ("这些年，桦南籍建筑工人北上内蒙古、进驻天津、登上甘肃，个个都是技术骨干。",
     {("桦南县", "内蒙古自治区", None), ("桦南县", "天津市", None), ("桦南县", "甘肃省", None)}),
    ("这些年，桦南籍建筑工人挺进新疆、登上甘肃，在高原上建起一座座楼房。",
     {("桦南县", "新疆维吾尔自治区", None), ("桦南县", "甘肃省", None)}),
    ("这些年，桦南籍游客登上甘肃，饱览高原风光。", set()),
    # a station the train stops at on the way, where more workers board (又有N名…登上专列, 另有N名…在此登车), is no
    # destination; a station where the workers get off is
    (_TO_WEIHAI + "1小时后，列车抵达哈尔滨站，这里又有300余名务工人员登上专列。", {("牡丹江市", "威海市", 500)}),
    (_TO_WEIHAI + "1小时后，列车抵达哈尔滨站，另有300余名务工人员在此登车。", {("牡丹江市", "威海市", 500)}),
    ("2月10日，K1234次务工专列载着300余名务工人员从牡丹江站出发，次日抵达烟台站，务工人员在此下车，前往当地企业上岗。",
     {("牡丹江市", "烟台市", 300)}),
    # two provinces' one-letter forms together after a preposition of direction (向京津两地, 往苏浙) are places
    ("今年以来，巴彦县已向京津两地输送务工人员1200人。", {("巴彦县", "北京市", 1200), ("巴彦县", "天津市", 1200)}),
    ("今年以来，巴彦县已向苏浙两地转移农村劳动力800人。", {("巴彦县", "江苏省", 800), ("巴彦县", "浙江省", 800)}),
    ("今年以来，巴彦县已向京津两地销售大米800吨。", set()),
    # origins listed and closed by 等地/等县 before the workers' count and noun each send the workers
    ("兰西县、青冈县、明水县等地的900余名务工人员分乘5趟专列，赴山东烟台和威海从事果品采摘。",
     {(o, d, 900) for o in ("兰西县", "青冈县", "明水县") for d in ("烟台市", "威海市")}),
    ("兰西县、青冈县等县的900余名农民工乘坐专列，前往山东烟台务工。", {("兰西县", "烟台市", 900), ("青冈县", "烟台市", 900)}),
    ("兰西县、青冈县、明水县等地的900余名游客分乘5趟专列，赴山东烟台和威海观光。", set()),
    # a notice's table: the header names whose row it is (申报地区, 所在县区) and where its workers go (主要输出（服务）地,
    # 主要务工地); each row's places in that column are flows from the row's region, with no count (the table's figure is
    # the brand's whole workforce)
    ("附件：第二批特色劳务品牌名单\n序号 品牌名称 申报地区 主要输出（服务）地 从业人数\n"
     "1 巴彦焊工 哈尔滨市巴彦县 辽宁大连、天津 3000人\n2 兰西月嫂 绥化市兰西县 北京 1200人\n",
     {("巴彦县", "大连市", None), ("巴彦县", "天津市", None), ("兰西县", "北京市", None)}),
    ("附件：劳务输出重点县名单\n序号 | 所在县区 | 主要务工地 | 备注\n1 | 哈尔滨市巴彦县 | 辽宁大连、天津 | 无\n",
     {("巴彦县", "大连市", None), ("巴彦县", "天津市", None)}),
    ("附件：第二批特色劳务品牌名单\n序号 品牌名称 申报地区 从业人数\n1 巴彦焊工 哈尔滨市巴彦县 3000人\n"
     "2 兰西月嫂 绥化市兰西县 1200人\n", set()),
    # a stock of the county's workers at listed places, their counts paired by 分别 or shared by 各 (在津、沪分别有N人和M人)
    ("目前，巴彦县在外务工人员1.2万人，其中在京务工2000余人，在津、沪分别有1300人和800人。",
     {("巴彦县", "北京市", 2000), ("巴彦县", "天津市", 1300), ("巴彦县", "上海市", 800)}),
    ("目前，巴彦县在外务工人员1.2万人，其中在大连、烟台各有500人。", {("巴彦县", "大连市", 500), ("巴彦县", "烟台市", 500)}),
    ("目前，巴彦县大米在外销售网点120家，其中在津、沪分别有30家和20家。", set()),
    # a tie of sending with the places' employers (与A、B两地的N家企业建立定向输送关系) takes the count of the sending said
    # in the clause after it, not of anything else counted there
    ("巴彦县与辽宁大连、山东烟台两地的8家食品企业建立定向输送关系，全年输送务工人员650人。",
     {("巴彦县", "大连市", 650), ("巴彦县", "烟台市", 650)}),
    ("巴彦县同大连市建立了稳定的劳动力供需关系，去年向当地输送务工人员300人。", {("巴彦县", "大连市", 300)}),
    ("巴彦县与大连市建立劳务协作关系，全年培训农民工3000人。", {("巴彦县", "大连市", None)}),
    ("巴彦县与大连市建立劳务协作关系，向俄罗斯等国输送建筑工人120人。", {("巴彦县", "大连市", None)}),
    ("巴彦县与辽宁大连、山东烟台两地的8家食品企业建立定向供货关系，全年销售大米650吨。", set()),
    # workers counted at the listed places' workplaces (在A、B两省的建筑工地上已有N人), the letters closed by 两省/三省
    ("如今，巴彦县的焊工在苏、浙两省的船厂里已有三千多人。", {("巴彦县", "江苏省", 3000), ("巴彦县", "浙江省", 3000)}),
    ("目前，巴彦县务工人员在辽、鲁两省的建筑工地上已有六千多人。", {("巴彦县", "辽宁省", 6000), ("巴彦县", "山东省", 6000)}),
    ("目前，巴彦县的大米在辽、鲁两省的超市里已有六千多家门店销售。", set()),
    # the clause after a move that is only the count of those at work there (稳定就业N人, 务工人数达N人) counts the move
    ("巴彦县大力培育劳务品牌。目前，“巴彦焊工”已进驻泰州、扬州等地的20家船舶企业，稳定就业1200余人，人均月收入7000元。",
     {("巴彦县", "泰州市", 1200), ("巴彦县", "扬州市", 1200)}),
    ("去年，巴彦县务工人员前往泰州、扬州等地的船舶企业，务工人数达1200人。",
     {("巴彦县", "泰州市", 1200), ("巴彦县", "扬州市", 1200)}),
    ("巴彦县大力培育劳务品牌。目前，“巴彦焊工”已进驻泰州、扬州等地的20家船舶企业，从业人员超过1200人。",
     {("巴彦县", "泰州市", None), ("巴彦县", "扬州市", None)}),
    ("巴彦县大力培育劳务品牌。目前，“巴彦焊工”已进驻泰州、扬州等地的20家船舶企业，培训学员1200余人。",
     {("巴彦县", "泰州市", None), ("巴彦县", "扬州市", None)}),
    # the vehicle pointed back at (这趟动车, 这趟专列) left from the station or the county the sentence before named:
    # the province's workers aboard come from there, even across a paragraph break
    ("2月6日9时，D1234次列车缓缓驶出绥化站。500多名黑龙江务工人员免费乘坐这趟动车，奔赴天津、大连。",
     {("绥化市", "天津市", 500), ("绥化市", "大连市", 500)}),
    # the sentence that goes on moving the batch (到达B后) still names where it comes from, at a finer level
    (_MUDANJIANG + "这批务工人员分别来自牡丹江市“三县一市”，即林口、穆棱、东宁和海林，到达威海后将被安排到当地企业就业。",
     _MUDANJIANG_FIVE),
    (_MUDANJIANG + "他们来自牡丹江市的林口、穆棱、东宁和海林，抵达威海后将分别进入当地企业。", _MUDANJIANG_FIVE),
    (_MUDANJIANG + "这批游客分别来自牡丹江市“三县一市”，即林口、穆棱、东宁和海林，到达威海后将被安排到当地景区游览。",
     {("牡丹江市", "威海市", 460)}),
    ("今年春节后，黑龙江多地开出务工专列，黑龙江节后返岗人数大幅增加。\n桦南县是劳务输出大县。\n"
     "正月初七，K1234次专列由桦南开往威海。\n860名——这趟务工专列平安送达威海的务工人员。\n"
     "这也是黑龙江今年开出的第一趟务工专列。", {("桦南县", "威海市", 860)}),
    ("2月6日9时，D1234次列车缓缓驶出绥化站。500多名黑龙江游客免费乘坐这趟动车，奔赴天津、大连。", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_transfer_paragraph(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected


def test_site_and_channel_line_is_no_headline(tmp_path):
    """某某网 | 栏目 above the page's date line is the site's chrome: the headline is the line above it, so the
    article's subject is the county the headline names, not the place its workers go to."""
    path = tmp_path / "page.txt"
    path.write_text("[黑龙江] 桦南县千余名农民工乘专列赴疆务工\n\n龙江农业网 | 农民培训\n时间:2010-03-01\n\n"
                    "3月1日，首趟专列载着桦南县1200名务工人员驶向新疆。新疆各地的企业已做好接收准备，新疆有关部门到站迎接。\n",
                    encoding="utf-8")
    facts = process_file(path, path.name)
    assert facts.article.title is not None and "桦南县" in facts.article.title
    assert Gazetteer.load().get(facts.regions.subject).name == "桦南县"


@pytest.mark.parametrize("verb", ["吸纳", "接收"])
def test_workers_taken_in_are_counted_by_the_region_that_takes_them(tmp_path, verb):
    """X籍 right after a word that runs into the name (吸纳 + 纳X) is read as a place now; the workers a county's
    employers take in (A县企业共吸纳B籍务工人员N人) are still the figure of the county that takes them in."""
    path = tmp_path / "article.txt"
    path.write_text("巴彦县劳务协作综述\n巴彦县与西吉县开展结对帮扶以来，两地共建劳务工作站，"
                    f"去年巴彦县企业共{verb}西吉籍务工人员二百三十人。\n", encoding="utf-8")
    facts = process_file(path, path.name)
    gaz = Gazetteer.load()
    owners = {gaz.get(o.region).name for o in facts.observations if o.value == 230}
    assert owners == {"巴彦县"}

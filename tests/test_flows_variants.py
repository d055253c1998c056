"""Flows in the many wordings of the same statement, on paragraphs written for this test about counties outside
the real news set: each rule's family of verbs, lists, counts and views, and the near-misses that move no workers.

Expected output is what the annotation guide asks: one flow per origin and destination, a count shared by a list
on each place, stock statements as flows, totals without a destination and trips of officials, goods, tourists
and students as no flow. Names are the gazetteer's full names.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file
from tests.test_flows_written import flows_of_paragraph

VERBS = [
    # the family of going: 开赴/赶赴/驶往/发往/输出到, and the one-character verbs before a short form
    ("2月16日，阜平县380名务工人员乘坐专车开赴江苏无锡。", {("阜平县", "无锡市", 380)}),
    ("2月16日，阜平县380名务工人员乘坐专车赶赴江苏无锡。", {("阜平县", "无锡市", 380)}),
    ("3月5日，涞源县组织216名农民工乘大巴驶往浙江嘉兴。", {("涞源县", "嘉兴市", 216)}),
    ("当天，静乐县120名脱贫劳动力发往福建厦门务工。", {("静乐县", "厦门市", 120)}),
    ("今年以来，岢岚县已输出到北京、天津务工人员2600人。", {("岢岚县", "北京市", 2600), ("岢岚县", "天津市", 2600)}),
    ("今年，镇坪县共有3200名务工人员进疆务工。", {("镇坪县", "新疆维吾尔自治区", 3200)}),
    ("白河县今年共组织1500名劳动力入粤务工。", {("白河县", "广东省", 1500)}),
    ("今年以来，镇坪县3200名务工人员来疆务工。", {("镇坪县", "新疆维吾尔自治区", 3200)}),
    ("春节后，岚皋县800余名青年结伴闯深圳，在电子厂找到了工作。", {("岚皋县", "深圳市", 800)}),
    ("2月22日，岚皋县60名务工人员赶往江苏常州的工厂上班。", {("岚皋县", "常州市", 60)}),
    ("2月20日，望谟县216名务工人员乘坐包机飞抵浙江温州。", {("望谟县", "温州市", 216)}),
    ("2月20日，望谟县300名务工人员直奔浙江湖州的工厂。", {("望谟县", "湖州市", 300)}),
    ("2月20日，望谟县300名务工人员开启了浙江湖州务工之旅。", {("望谟县", "湖州市", 300)}),
    ("2月20日，载着300名望谟县务工人员的大巴车从县城出发，前往目的地浙江湖州。", {("望谟县", "湖州市", 300)}),
    ("望谟县今年为浙江湖州的企业输送员工1200名。", {("望谟县", "湖州市", 1200)}),
    ("望谟县劳务输出情况\n据介绍，这批务工人员将被安置在湖州市吴兴区的纺织企业。", {("望谟县", "吴兴区", None)}),
    # the destination said after the list, with an adverb (已成为), and 成为 is no 为 of service
    ("望谟县劳务输出情况\n湖州已成为望谟县劳动力输出的第一大目的地。", {("望谟县", "湖州市", None)}),
    # the parallel series of newsroom Chinese, two short forms written together (京沪) a list of two
    ("近年来，一大批宁陕籍建筑工人下广东、进京沪、上西藏，成为响当当的队伍。",
     {("宁陕县", "广东省", None), ("宁陕县", "北京市", None), ("宁陕县", "上海市", None),
      ("宁陕县", "西藏自治区", None)}),
]

LISTS = [
    ("2月20日，于都县首批500名务工人员启程奔赴广东东莞、惠州、汕头等地。",
     {("于都县", "东莞市", 500), ("于都县", "惠州市", 500), ("于都县", "汕头市", 500)}),
    ("于都县今年首批返岗专列共运送务工人员1100人，分别前往浙江金华、义乌和温州。",
     {("于都县", "金华市", 1100), ("于都县", "义乌市", 1100), ("于都县", "温州市", 1100)}),
    ("寻乌县今年已向福建泉州、厦门及广东汕头等地输送劳动力4200人。",
     {("寻乌县", "泉州市", 4200), ("寻乌县", "厦门市", 4200), ("寻乌县", "汕头市", 4200)}),
    ("郧西县、竹山县、竹溪县等地的1300余名务工人员乘坐专列抵达浙江慈溪。",
     {("郧西县", "慈溪市", 1300), ("竹山县", "慈溪市", 1300), ("竹溪县", "慈溪市", 1300)}),
    ("岢岚县和静乐县的400名务工人员前往江苏昆山。", {("岢岚县", "昆山市", 400), ("静乐县", "昆山市", 400)}),
    ("岢岚县及静乐县的400名务工人员前往江苏昆山。", {("岢岚县", "昆山市", 400), ("静乐县", "昆山市", 400)}),
    # an area that is no region opens the list: the verb before it governs the places after it
    ("岢岚县劳动力主要输出到京津冀地区和山东、江苏等省市。", {("岢岚县", "山东省", None), ("岢岚县", "江苏省", None)}),
    ("镇宁县的劳动力主要去往长三角和珠三角的浙江、广东两省。",
     {("镇宁布依族苗族自治县", "浙江省", None), ("镇宁布依族苗族自治县", "广东省", None)}),
    ("望谟县今年共输出劳动力3.5万人，输出地主要为浙江、广东。", {("望谟县", "浙江省", 35000), ("望谟县", "广东省", 35000)}),
    # 其中 splits a destination named as an area into places with their counts
    ("今年以来，望谟县向东部地区输出劳动力2.3万人，其中浙江湖州1.2万人。", {("望谟县", "湖州市", 12000)}),
    ("城口县的务工人员大多奔赴珠三角和福建、浙江等地。", {("城口县", "福建省", None), ("城口县", "浙江省", None)}),
    # a workplace named with 的 between the places and the work word
    ("施秉县银匠们主要在凯里、贵阳等地的银饰加工企业和旅游商品店务工。",
     {("施秉县", "凯里市", None), ("施秉县", "贵阳市", None)}),
]

VIEWS = [
    # inbound: the destination speaks of the workers it takes in
    ("2月20日，来自凤凰县、泸溪县的620名务工人员抵达江苏常州。", {("凤凰县", "常州市", 620), ("泸溪县", "常州市", 620)}),
    ("2月20日，620名来自凤凰县的务工人员抵达常州。", {("凤凰县", "常州市", 620)}),
    ("2月18日，嘉兴市迎来了来自望谟县的180名务工人员。", {("望谟县", "嘉兴市", 180)}),
    ("嘉兴市今年共接收望谟籍务工人员1800人。", {("望谟县", "嘉兴市", 1800)}),
    ("湖州市的纺织企业今年招用了望谟县300名工人。", {("望谟县", "湖州市", 300)}),
    ("湖州市劳务协作情况\n今年以来，湖州市共引进贵州籍务工人员1.2万人，其中望谟县3000人。",
     {("贵州省", "湖州市", 12000), ("望谟县", "湖州市", 3000)}),
    ("湖州市劳务协作情况\n湖州市今年新引进外来务工人员3万人，主要来自贵州、四川、云南等省。",
     {("贵州省", "湖州市", 30000), ("四川省", "湖州市", 30000), ("云南省", "湖州市", 30000)}),
    ("湖州市劳务协作情况\n湖州市今年共吸纳省外劳动力4万人，其中来自贵州望谟县的有3000人。", {("望谟县", "湖州市", 3000)}),
    ("金华市今年共吸纳镇宁县、关岭县两县劳动力5000余人。",
     {("镇宁布依族苗族自治县", "金华市", 5000), ("关岭布依族苗族自治县", "金华市", 5000)}),
    ("寿县一家纺织企业，去年吸纳来自周边霍邱县、叶集区等地的务工人员300多人。",
     {("霍邱县", "寿县", 300), ("叶集区", "寿县", 300)}),
    # stock statements: where the county's workers are, with or without 的人员
    ("阜南县在浙江务工的人员有5.6万人，在江苏务工的有3.1万人。", {("阜南县", "浙江省", 56000), ("阜南县", "江苏省", 31000)}),
    ("目前，颍上县在外务工人员中，在上海务工1.6万人、在江苏务工2.3万人。",
     {("颍上县", "上海市", 16000), ("颍上县", "江苏省", 23000)}),
    ("固始县目前在京务工人员约4万人。", {("固始县", "北京市", 40000)}),
    ("望谟县在浙江就业2.3万人，在福建就业1.8万人。", {("望谟县", "浙江省", 23000), ("望谟县", "福建省", 18000)}),
    # places enumerated each with its count after one verb
    ("罗甸县今年新增转移就业1.6万人，其中输送到广东1.1万人、福建5000人。",
     {("罗甸县", "广东省", 11000), ("罗甸县", "福建省", 5000)}),
    ("目前，罗甸县在广东务工1.1万人、福建5000人、浙江3000人。",
     {("罗甸县", "广东省", 11000), ("罗甸县", "福建省", 5000), ("罗甸县", "浙江省", 3000)}),
    ("望谟县劳务输出情况\n该县每年有5万余名劳动力到长三角、珠三角等地务工，其中在浙江湖州的有1.2万人。",
     {("望谟县", "湖州市", 12000)}),
    # the host place opens the sentence, the workers' place is written with 籍 in the next clause
    ("在浙江湖州，稳定就业的望谟籍务工人员超过5000人。", {("望谟县", "湖州市", 5000)}),
    ("在湖州，望谟籍务工人员已达5000余人。", {("望谟县", "湖州市", 5000)}),
    ("2月18日，湖州火车站迎来了来自贵州望谟县的180名务工人员。", {("望谟县", "湖州市", 180)}),
]

COUNTS = [
    # the count of the reported event outranks the cumulative total for the same pair
    ("淮滨县累计向上海输送劳动力12万人。2月20日，淮滨县首批120名务工人员乘专车赴上海。", {("淮滨县", "上海市", 120)}),
    # a count in parentheses is a part said in passing, not the batch's count
    ("镇宁县1200名务工人员（其中脱贫劳动力300名）乘坐专列前往浙江金华。", {("镇宁布依族苗族自治县", "金华市", 1200)}),
    ("昨日，镇宁县一千二百余名务工人员乘坐专列奔赴浙江金华。", {("镇宁布依族苗族自治县", "金华市", 1200)}),
    ("镇宁县逾千名务工人员乘专列赴浙江金华务工。", {("镇宁布依族苗族自治县", "金华市", 1000)}),
    ("2月20日，鎮寧縣1200名務工人員乘坐專列前往浙江金華。", {("镇宁布依族苗族自治县", "金华市", 1200)}),
    # a size is no count (数百名), but a vague count of buses does not hide the workers'
    ("望谟县数百名务工人员赴浙江湖州务工。", {("望谟县", "湖州市", None)}),
    ("2月20日，望谟县1200名务工人员乘坐数十辆大巴赴浙江湖州。", {("望谟县", "湖州市", 1200)}),
    ("本批次巫溪县共有168名务工人员赴福建莆田就业。", {("巫溪县", "莆田市", 168)}),
    ("此次，城口县共有86名务工人员前往浙江宁波务工。", {("城口县", "宁波市", 86)}),
    ("罗城县今年已向广东佛山输送劳动力1200人，向福建泉州输送800人。",
     {("罗城仫佬族自治县", "佛山市", 1200), ("罗城仫佬族自治县", "泉州市", 800)}),
    # the count in one sentence, the destination in the next, the people named again by 他们
    ("2月18日，望谟县举行返岗专车欢送仪式。当天共有320名务工人员踏上行程。他们将前往浙江嘉兴、湖州的企业上班。",
     {("望谟县", "嘉兴市", 320), ("望谟县", "湖州市", 320)}),
    # a route's vehicle, and the people counted boarding it in the next clause
    ("望谟县劳务输出情况\n2月20日，“望谟—湖州”返岗专车发车，320名务工人员踏上返岗路。", {("望谟县", "湖州市", 320)}),
    ("望谟县劳务输出情况\n2月20日，望谟至湖州的返岗专车发车，车上载有320名务工人员。", {("望谟县", "湖州市", 320)}),
    ("望谟县劳务输出情况\n当天，共有320名务工人员乘坐12辆大巴出发。大巴车将把他们送往浙江湖州。", {("望谟县", "湖州市", 320)}),
    ("望谟县劳务输出情况\n320名务工人员中，有200人前往湖州，120人前往嘉兴。",
     {("望谟县", "湖州市", 200), ("望谟县", "嘉兴市", 120)}),
    # a station and a train number are no origin; changing trains keeps the final destination
    ("2月18日上午，望谟县的320名务工人员登上G1322次列车，前往广东汕头。", {("望谟县", "汕头市", 320)}),
    ("2月20日，1200名罗城籍务工人员从河池站出发，乘坐K9386次列车前往广东汕头。", {("罗城仫佬族自治县", "汕头市", 1200)}),
    ("罗甸县300名务工人员先乘大巴到贵阳北站，再换乘高铁前往广东汕头。", {("罗甸县", "汕头市", 300)}),
    # changing trains across sentences: the riders counted at the station are the station's, the workers who came
    # to change go where the train goes, without a count of their own
    ("来自贵州省罗甸县的务工人员乘坐大巴来到贵阳东站，准备换乘高铁。当日，650名务工人员乘坐D2815次列车从贵阳东站出发"
     "前往广东汕头。", {("罗甸县", "汕头市", None), ("贵阳市", "汕头市", 650)}),
]

AGREEMENTS = [
    # signed labour agreements with a count of workers: the employers' place receives the signing origin's workers
    ("来自江苏、浙江的56家用工企业与望谟县人社局签订劳务合作协议，协议转移农村劳动力3000余人。",
     {("望谟县", "江苏省", 3000), ("望谟县", "浙江省", 3000)}),
    ("浙江某电子公司与望谟县签订了200名操作工的用工协议。", {("望谟县", "浙江省", 200)}),
    ("湖州某某电子有限公司是一家键盘生产企业，该企业与望谟县签订了200名操作工的用工协议。", {("望谟县", "湖州市", 200)}),
    # frameworks between governments, agreements still to come, counts of jobs: no one is sent yet
    ("望谟县与浙江省湖州市签订了劳务协作框架协议。", set()),
    ("望谟县组织当地企业与湖州市签订了劳务协议，涉及岗位500个。", set()),
    ("湖州某电子公司将与望谟县签订500人的用工协议。", set()),
]

NOT_FLOWS = [
    ("县领导带队赴广东汕头走访在外务工人员。", set()),
    ("县人社局局长带队赴福建泉州考察劳务协作。", set()),
    ("县委组织部选派20名干部赴浙江湖州挂职锻炼。", set()),
    ("望谟县20名技能人才赴浙江湖州参加职业技能大赛。", set()),
    ("2名优秀农民工代表进京参加全国表彰大会。", set()),
    ("罗城县的特产沙糖桔远销广东、福建等地。", set()),
    ("镇宁县的特色产品主要销往长三角的浙江、上海两地。", set()),
    ("国庆期间，罗城县接待游客12万人，其中来自广东的游客3万人。", set()),
    ("罗城县200名学生前往广东汕头参加研学活动。", set()),
    ("罗城县组织企业代表赴汕头参加劳务协作对接会。", set()),
    ("2月18日，望谟县共有320名务工人员踏上行程。他们中的一些人将前往浙江嘉兴。", set()),
    ("县里引进浙江湖州一家企业，带动200名群众在家门口就业。", set()),
    ("在湖州，记者见到了望谟籍务工人员小李。", set()),
    # where a company's workers used to come from is no receiver of the workers it hires now: the company's place is
    ("湖州一家企业的负责人说，以前企业用工都来自安徽、河南等地，今年首次聘用望谟县农民工。", {("望谟县", "湖州市", None)}),
    # a part of the origin after 其中 is no destination
    ("今年以来，黔西南州向省外输出劳动力5万人，其中望谟县1.2万人。", set()),
    # the article seems to be about the place its workers go to: that place is no origin
    ("截至目前，全县在江苏常州就业的劳动力有3000余人，在苏州就业的有2000余人。", set()),
]

CASES = VERBS + LISTS + VIEWS + COUNTS + AGREEMENTS + NOT_FLOWS


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_variant(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected


def test_years_come_from_the_date_line_for_the_event_and_from_the_text_where_stated(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("望谟县首批务工人员赴浙江湖州\n2023-02-21 09:12:30 来源：望谟发布\n"
                    "2月20日，望谟县320名务工人员乘坐专车前往浙江湖州。\n"
                    "据统计，2022年望谟县向浙江嘉兴输送劳动力1800人。\n"
                    "近年来，望谟县劳动力主要流向广东、福建等地。\n", encoding="utf-8")
    gaz = Gazetteer.load()
    years = {gaz.get(f.destination).name: f.year for f in process_file(path, path.name).flows}
    assert years == {"湖州市": 2023, "嘉兴市": 2022, "广东省": None, "福建省": None}

"""Flows told as another reporter would tell them (the second round of blind rewrites): each family of wordings
on sentences written for this test about counties outside the real news set, with the near-misses that move no
workers."""
from __future__ import annotations

import pytest

from tests.test_flows_written import flows_of_paragraph

_TRAIN = "2月5日8时，G1234次列车从铜仁站驶出，"
_BOUND = "2月5日，G1234次列车载着420名贵州铜仁籍务工人员驶向江苏常州。"
_TONGREN_FOUR = {("铜仁市", "常州市", 420), ("碧江区", "常州市", 420), ("思南县", "常州市", 420),
                 ("德江县", "常州市", 420), ("印江土家族苗族自治县", "常州市", 420)}
_TO_SHIHEZI = {("思南县", "石河子市", 2600), ("德江县", "石河子市", 2600)}
_WEINING_THREE = {("威宁彝族回族苗族自治县", d, 3000) for d in ("上海市", "浙江省", "江苏省")}
_MAYANG_FOUR = {("麻阳苗族自治县", d, None) for d in ("广东省", "北京市", "天津市", "西藏自治区")}
_GUIYANG_TRAIN = "中午12点，贵阳开往广州的D1234次列车载着465名务工人员出发了。"
_SHANDONG_THREE = {("菏泽市", "嘉兴市", 500), ("济宁市", "嘉兴市", 500), ("临沂市", "嘉兴市", 500)}

CASES = [
    # the group (他们, the train) opening a sentence is the one the sentence before counted with its place (X籍)
    (_TRAIN + "车上坐着420名贵州思南籍务工人员。他们将奔赴1500多公里外的江苏常州。", {("思南县", "常州市", 420)}),
    (_TRAIN + "车上坐着420名贵州思南籍务工人员。他们的目的地，是1500多公里外的江苏常州。", {("思南县", "常州市", 420)}),
    (_TRAIN + "车上坐着420名贵州思南籍游客。他们将奔赴1500多公里外的江苏常州。", set()),
    # how far the place lies, said with 远在/远隔 before the distance: the verb before it governs the place
    ("3月1日，德江县380名务工人员乘坐专列，奔赴远在1500多公里之外的浙江嘉兴。", {("德江县", "嘉兴市", 380)}),
    ("3月1日，德江县380名务工人员乘坐专列，前往远隔千里的浙江嘉兴。", {("德江县", "嘉兴市", 380)}),
    ("3月1日，德江县人社局一行5人前往远在1500多公里之外的浙江嘉兴考察。", set()),
    # the batch named by its count or by the event (这420名务工人员, 此次出发的务工人员) comes from the places listed,
    # maybe in the clause after the group's name (依次是)
    (_BOUND + "此次出发的务工人员来自铜仁市“三县一区”，依次是碧江区和思南、德江、印江。", _TONGREN_FOUR),
    (_BOUND + "这420名务工人员分别来自铜仁市的碧江区和思南、德江、印江。", _TONGREN_FOUR),
    (_BOUND + "这3名带队干部分别来自铜仁市的碧江区和思南、德江。", {("铜仁市", "常州市", 420)}),
    # a province and a place inside it joined by 的 are one chain (来自山东的A、B等地, 赴江苏的A、B): the list is the inner places
    ("2月10日，思南县组织320名务工人员赴江苏的苏州、无锡务工。", {("思南县", "苏州市", 320), ("思南县", "无锡市", 320)}),
    ("这趟专列由菏泽东站始发，车上共有500多名务工人员，分别来自山东的菏泽、济宁、临沂等地，列车预计12点抵达嘉兴南站。", _SHANDONG_THREE),
    ("这趟专列由菏泽东站始发，车上共有500多名游客，分别来自山东的菏泽、济宁、临沂等地，列车预计12点抵达嘉兴南站。", set()),
    # the people aboard the train just moved, counted in a clause of their own, come from the places listed after
    ("务工专列由菏泽东站始发，预计12时抵达嘉兴南站。车上的务工人员共500余名，分别来自山东的菏泽、济宁、临沂等地。", _SHANDONG_THREE),
    ("务工专列由菏泽东站始发，预计12时抵达嘉兴南站。车上的游客共500余名，分别来自山东的菏泽、济宁、临沂等地。",
     {("菏泽市", "嘉兴市", None)}),
    # the vehicles for workers put on from a list of places (从A、B等地开出…专列) go where the next clause sends them
    ("春运期间，四川省人社厅从泸州、内江、自贡等地陆续开出12列“点对点”务工返岗专列，开往苏州、常州、嘉兴等方向。",
     {(o, d, None) for o in ("泸州市", "内江市", "自贡市") for d in ("苏州市", "常州市", "嘉兴市")}),
    ("2月，铜仁市从思南、德江两县发出6趟返岗专车，驶往浙江嘉兴。", {("思南县", "嘉兴市", None), ("德江县", "嘉兴市", None)}),
    ("春运期间，四川省人社厅从泸州、内江、自贡等地陆续开出12列旅游专列，开往苏州、常州、嘉兴等方向。", set()),
    # the people counted before the verb that delivers them (N名务工人员被平安送达, 把N名务工人员送到) are the move's count
    ("当天，K1234次专列从思南开往嘉兴，980名务工人员被平安送达。", {("思南县", "嘉兴市", 980)}),
    ("当天，K1234次专列从印江开往嘉兴，把980名务工人员平安送到。", {("印江土家族苗族自治县", "嘉兴市", 980)}),
    ("当天，K1234次专列从思南开往嘉兴，980吨货物被平安送达。", set()),
    # a county the vehicle leaves is the workers' home where the paragraph is about its province (not a station)
    ("贵州是劳务输出大省。当天，K1234次专列从思南开往嘉兴，把980名务工人员平安送到。", {("思南县", "嘉兴市", 980)}),
    ("贵州是劳务输出大省。当天，返岗大巴从德江出发，载着45名务工人员驶往嘉兴。", {("德江县", "嘉兴市", 45)}),
    ("贵州是劳务输出大省。当天，K1234次专列从思南站开往嘉兴，把980名务工人员平安送到。", {("贵州省", "嘉兴市", 980)}),
    # the sentence before opens with a chain of places (铜仁思南县的做法是…): its most specific place is whose workers move
    ("今年，贵州多地开通返岗专车。铜仁思南县的做法是开通返岗直通大巴。一台台大巴从县汽车站驶出，全县的农民工均可免费乘坐，"
     "前往浙江嘉兴、湖州等地务工。", {("思南县", "嘉兴市", None), ("思南县", "湖州市", None)}),
    ("今年，贵州多地开通返岗专车。铜仁市的做法是开通返岗直通大巴。一台台大巴从市汽车站驶出，全市的农民工均可免费乘坐，"
     "前往浙江嘉兴、湖州等地务工。", {("铜仁市", "嘉兴市", None), ("铜仁市", "湖州市", None)}),
    ("今年，贵州多地开通返岗专车。铜仁思南县的做法是开通旅游专线。一台台大巴从县汽车站驶出，游客可免费乘坐，"
     "前往浙江嘉兴、湖州等地观光。", set()),
    # heading for the place with the verb after it (向A驶去, 朝…进发); the workers named with their places in the clause
    # before (载着A县、B县的N名拾棉工), any noun ending in 工 naming them
    ("8月25日下午，首趟劳务输出专列载着思南县、德江县的2600多名拾棉工，向石河子驶去。", _TO_SHIHEZI),
    ("8月25日下午，首趟劳务输出专列载着思南县、德江县的2600多名务工人员，向浙江嘉兴进发。",
     {("思南县", "嘉兴市", 2600), ("德江县", "嘉兴市", 2600)}),
    ("8月25日下午，思南县考察团一行8人乘车向浙江嘉兴进发。", set()),
    # a list after the comma that names whose workers they are (开往A，B县、C县逾N名拾棉工登车) starts a clause of its own
    ("8月25日下午，首趟劳务输出专列开往石河子，思南县、德江县逾2600名拾棉工登车出发。", _TO_SHIHEZI),
    ("8月25日下午，首趟劳务输出专列开往嘉兴，思南县、德江县的2600名务工人员登上列车。",
     {("思南县", "嘉兴市", 2600), ("德江县", "嘉兴市", 2600)}),
    ("8月25日下午，首趟劳务输出专列开往石河子，思南县、德江县逾2600名游客登车出发。", set()),
    # a sentence pointing back at what the sentence before named (这些拉面馆, 这批拉面馆) takes its group and its words
    # of labour: the people of the county who run them
    ("截至2020年底，化隆县籍群众在县内外共开办拉面馆2100家，其中由脱贫户开办的有600家。这些拉面馆主要分布在上海、江苏、"
     "浙江、西藏等地区，年创收2亿多元。",
     {("化隆回族自治县", d, None) for d in ("上海市", "江苏省", "浙江省", "西藏自治区")}),
    ("近年来，循化县籍群众在外开办拉面馆1200家。据统计，这批拉面馆大多分布在上海、江苏等地。",
     {("循化撒拉族自治县", "上海市", None), ("循化撒拉族自治县", "江苏省", None)}),
    ("化隆县今年签约劳务项目20个。这些项目主要分布在上海、江苏等地区。", set()),
    # the places named as what the move's noun phrase holds (开往的N个站点依次为A、B; 输送到的城市主要是A、B)
    ("爱心专车由德江县汽车总站发出，开往的3个站点依次为苏州、无锡、常州，预计共运送农民工235名返程复工。",
     {("德江县", d, 235) for d in ("苏州市", "无锡市", "常州市")}),
    ("今年，思南县输送到的城市主要是嘉兴、湖州，全年共转移劳动力3000人。",
     {("思南县", "嘉兴市", 3000), ("思南县", "湖州市", 3000)}),
    ("思南县考察团前往的城市依次为嘉兴、湖州。", set()),
    # a sentence opening aboard the train the sentence before set off (车上，N名B省务工人员…) leaves from its stations
    ("2月8日12时，D1234次列车缓缓驶离六盘水站。车上，600多名黔中务工人员坐着这趟动车，一路奔向苏州、无锡的工厂。",
     {("六盘水市", "苏州市", 600), ("六盘水市", "无锡市", 600)}),
    ("2月8日12时，D1234次列车缓缓驶离六盘水站。列车上，600多名黔中务工人员坐着这趟动车，一路奔向苏州、无锡的工厂。",
     {("六盘水市", "苏州市", 600), ("六盘水市", "无锡市", 600)}),
    ("2月8日12时，D1234次列车缓缓驶离六盘水站。车上，600多名黔中游客坐着这趟动车，一路奔向苏州、无锡的景区。", set()),
    # a need or a wish met (满足…赴A返岗的需要/愿望) is no move, as 需求 is not
    ("铁路部门将增开专列，满足春节后云南务工人员赴京沪等地返岗的需要。", set()),
    ("铁路部门增开专列，满足了春节后云南务工人员赴苏州、无锡等地返岗的愿望。", set()),
    ("铁路部门增开专列，送云南务工人员赴苏州、无锡等地返岗。", {("云南省", "苏州市", None), ("云南省", "无锡市", None)}),
    # the employers named first, the places they come from after them (N家用工单位分别来自A、B，它们和X县签下…协议): the
    # agreement said with 和, its count with 共, or in the sentences around (它们与…签订…。按照协议，转移…N人)
    ("洽谈会上签约的60家人力资源公司和企业分别来自上海、浙江、江苏，它们和威宁县人社局签下劳务合作协议50余份，"
     "协议共转移农村劳动力3000余人。", _WEINING_THREE),
    ("到场洽谈的人力资源公司和企业共60家，分别来自上海、浙江、江苏三地。它们与威宁县人社局签订劳务合作协议50余份，"
     "涉及工种8个。按照协议，转移农村劳动力三千余人。", _WEINING_THREE),
    ("到场洽谈的企业共60家，分别来自上海、浙江、江苏三地。它们与威宁县签订购销协议50余份。按照协议，采购农产品三千余吨。",
     set()),
    # a station named as the vehicle's destination (目的地是A东火车站) is where the workers change, as after a verb
    ("20日上午，思南县40名务工人员登上了两辆专车，目的地是贵阳东火车站，大家将从那里分赴各地返岗复工。", set()),
    ("20日上午，思南县40名务工人员登上了两辆专车，专车的目的地为贵阳北高铁站。", set()),
    ("20日上午，思南县40名务工人员登上了两辆专车，目的地是浙江嘉兴，大家将在那里返岗复工。", {("思南县", "嘉兴市", 40)}),
    # the literary series with a direction or 远 before the one-character verb (北进京津, 远上西藏)
    ("近年来，麻阳县建筑工人南下广东、北进京津、远上西藏，闯出了名气。", _MAYANG_FOUR),
    ("近年来，会同县大批建筑工人远上西藏，在高原工地上务工。", {("会同县", "西藏自治区", None)}),
    ("麻阳县篮球队北进京津，参加友谊比赛。", set()),
    # a series of moves set before a dash, the group who made them named after it
    ("南下广东，北进京津，远上西藏——近年来，大批麻阳县籍建筑工人奔赴全国各地的工地。", _MAYANG_FOUR),
    ("南下广东，北进京津——近年来，麻阳县篮球队参加了多场友谊比赛。", set()),
    # an agreement whose count closes its noun phrase (签订了操作工用工协议N名), or whose employer is named after it in a
    # cleft sentence (与X县签下…协议的，是…Y某公司)
    ("其中一份来自苏州某电子有限公司——一家生产键盘的企业，它与彝良县签订了操作工用工协议300名。", {("彝良县", "苏州市", 300)}),
    ("其中，与彝良县签下300名操作工用工协议的，是一家生产键盘的企业——常州某电子有限公司。", {("彝良县", "常州市", 300)}),
    ("其中，与彝良县签下300吨农产品购销协议的，是一家食品企业——常州某食品有限公司。", set()),
    # a list of departures right before the verb of going (从A、B开往C，接返N名务工人员): the vehicles fetch the workers
    # from the first list for C
    ("此前，嘉兴已组织8辆“就业大巴”，从贵州思南、铜仁德江开往嘉兴，接返务工人员159名。",
     {("思南县", "嘉兴市", 159), ("德江县", "嘉兴市", 159)}),
    ("3月，湖州组织返岗专车从思南县、德江县驶往湖州，接回务工人员86名。", {("思南县", "湖州市", 86), ("德江县", "湖州市", 86)}),
    ("此前，嘉兴已组织8辆旅游大巴，从贵州思南、铜仁德江开往嘉兴，接送游客159名。", set()),
    # where the county's workers gather, named as what the noun holds (X县务工较为集中的省份包括A、B; …较多的城市主要是A、B)
    ("铜仁市就业局局长表示，思南县务工较为集中的省份包括浙江、广东、福建等，当地将加大与这些省份的联系力度。",
     {("思南县", d, None) for d in ("浙江省", "广东省", "福建省")}),
    ("据统计，德江县外出务工人员较多的城市主要是嘉兴、湖州。", {("德江县", "嘉兴市", None), ("德江县", "湖州市", None)}),
    ("思南县农产品销量较多的省份包括浙江、广东、福建等。", set()),
    # the onward trip from the station the counted train reached, its arrival said with 到了 and a comma
    (_GUIYANG_TRAIN + "到了广州南站，人社部门又安排好专车，把务工人员分别送到深圳、东莞等地的企业。",
     {("贵阳市", d, 465) for d in ("广州市", "深圳市", "东莞市")}),
    (_GUIYANG_TRAIN + "到了广州南站后，人社部门又安排好专车，把务工人员送到深圳、东莞等地的企业。",
     {("贵阳市", d, 465) for d in ("广州市", "深圳市", "东莞市")}),
    (_GUIYANG_TRAIN + "到了年底，人社部门又安排专车，把务工人员送到深圳、东莞等地的企业。",
     {("贵阳市", "广州市", 465), ("贵阳市", "深圳市", None), ("贵阳市", "东莞市", None)}),
    # the stations where the batch just moved boarded (这些务工者分别在A站、B站上车) are in the cities it comes from:
    # they name the province's workers at their most specific level
    ("同一天，D1234次列车载着600余名川籍务工人员开往苏州北站。这些务工者分别在泸州站、内江北站和自贡站上车，就此踏上务工之路。",
     {(o, "苏州市", 600) for o in ("泸州市", "内江市", "自贡市")}),
    ("当天，G1234次列车载着500余名贵州籍务工人员驶向浙江嘉兴。他们先后从六盘水站、安顺西站登车。",
     {(o, "嘉兴市", 500) for o in ("六盘水市", "安顺市")}),
    ("同一天，D1234次列车载着600余名川籍务工人员开往苏州北站。这些务工者分别在泸州站、内江北站领取了防疫物资。",
     {("四川省", "苏州市", 600)}),
    # a vehicle entering the place (驶入, 开进) moves whoever it carries there
    ("18日19时，D1234次就业专列顺利驶入浙江嘉兴，车上载着547名贵州思南籍务工人员。", {("思南县", "嘉兴市", 547)}),
    ("2月20日，载着80名德江县务工人员的大巴开进江苏苏州的工业园区。", {("德江县", "苏州市", 80)}),
    ("18日19时，D1234次旅游专列顺利驶入浙江嘉兴，车上载着547名游客。", set()),
    # the two people of a story told just before (两人, 他俩: a couple) make an anecdote, not a group sent
    ("铜仁市思南县大坡乡村民张大明、李小红是一对夫妻。从2020年起，每逢春节过后，两人都会和工友结伴坐高铁，到嘉兴的电器厂打工。",
     set()),
    ("德江县村民王小军、李红都在家种了几年地。今年春节后，两人坐上返岗专车到苏州的电子厂打工。", set()),
    ("2月10日，思南县十二人组成的务工小队坐高铁到嘉兴的电器厂打工。", {("思南县", "嘉兴市", 12)}),
    # workers brought to a station to change trains (送到了A站，…换乘) join the train of the province's workers leaving it
    ("2月1日，一辆务工大巴直通车把四川省泸州市的务工人员送到了成都东站，他们将在这里换乘高铁。"
     "同一天，D1234次列车载着600余名川籍务工人员从成都东站开往苏州北站。",
     {("成都市", "苏州市", 600), ("泸州市", "苏州市", None)}),
    ("2月1日，一辆务工大巴直通车把四川省泸州市的务工人员送到了成都东站，他们将在这里换乘高铁。"
     "同一天，D1234次列车载着600余名川籍务工人员开往苏州北站。",
     {("四川省", "苏州市", 600), ("泸州市", "苏州市", None)}),
    ("2月1日，一辆大巴把四川省泸州市的游客送到了成都东站，他们将在这里换乘高铁。"
     "同一天，D1234次列车载着600余名川籍务工人员开往苏州北站。",
     {("四川省", "苏州市", 600)}),
    # hired by the places' employers (受聘于A、B等地茶企, 应聘到A的酒店): a move of workers, 受聘 a word of labour
    ("每年春茶季，德江县有200余名茶师受聘于普洱、临沧等地茶企。", {("德江县", "普洱市", 200), ("德江县", "临沧市", 200)}),
    ("近年来，思南县300多名厨师应聘到苏州、无锡的酒店工作。", {("思南县", "苏州市", 300), ("思南县", "无锡市", 300)}),
    ("今年，德江县一名茶师受聘于普洱的茶企。", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_rewritten_wording(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected

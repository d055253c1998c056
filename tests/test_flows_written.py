"""Flows end to end on news paragraphs written for this test, about counties outside the real news set.

Each case is one short article (a headline line, then the body) in the style of a county 人社局 release, a
provincial paper or wire copy, annotated by hand as GUIDE.md asks: one flow per origin and destination, a count
shared by a list goes on each place, stock statements are flows, totals without a destination are not, nor are
officials' visits, plans, recruitment fairs or one person's story. Names are the gazetteer's full names.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file

CASES = [
    # 专列 / 包车 / 点对点 departures
    ("2月10日，岳池县今年首趟“点对点”返岗专列从县城发车，载着680名务工人员前往广东东莞、深圳。",
     {("岳池县", "东莞市", 680), ("岳池县", "深圳市", 680)}),
    ("沈丘县人社局组织包车12辆，将436名务工人员“点对点”送往浙江宁波、江苏昆山等地企业。",
     {("沈丘县", "宁波市", 436), ("沈丘县", "昆山市", 436)}),
    ("3月2日上午，鄱阳县200余名务工人员乘坐返岗包车奔赴福建泉州、厦门。",
     {("鄱阳县", "泉州市", 200), ("鄱阳县", "厦门市", 200)}),
    ("2月18日，一辆满载45名务工人员的大巴车从临泉县城出发，驶往江苏常州。",
     {("临泉县", "常州市", 45)}),
    ("2月20日，由开州区人社局组织的312名务工人员乘坐包车顺利抵达福建莆田。",
     {("开州区", "莆田市", 312)}),
    ("威宁县首批赴新疆采棉工1050人于昨日乘专列出发。",
     {("威宁彝族回族苗族自治县", "新疆维吾尔自治区", 1050)}),
    ("南部县、仪陇县的860名务工人员乘坐专列前往江苏苏州。",
     {("南部县", "苏州市", 860), ("仪陇县", "苏州市", 860)}),
    ("鄱阳县、余干县两地的1200名务工人员搭乘返岗专列抵达浙江义乌。",
     {("鄱阳县", "义乌市", 1200), ("余干县", "义乌市", 1200)}),
    ("为保障农民工安全返岗，沈丘县开通了至上海、杭州的返岗直通车，共发车20班次，运送务工人员890人。",
     {("沈丘县", "上海市", 890), ("沈丘县", "杭州市", 890)}),
    # 输送 / 输出 / 转移到
    ("2023年，都安瑶族自治县通过粤桂劳务协作向广东输送劳动力1.56万人。",
     {("都安瑶族自治县", "广东省", 15600)}),
    ("今年春节后，隆回县共组织2批次返岗专列，输送1900余名务工人员到广东东莞、佛山等地。",
     {("隆回县", "东莞市", 1900), ("隆回县", "佛山市", 1900)}),
    ("据统计，科尔沁右翼前旗今年转移到北京、天津务工的农牧民有4300余人。",
     {("科尔沁右翼前旗", "北京市", 4300), ("科尔沁右翼前旗", "天津市", 4300)}),
    ("截至目前，岳池县已向对口帮扶城市厦门输送脱贫劳动力2600人。",
     {("岳池县", "厦门市", 2600)}),
    ("今年以来，临泉县累计输出劳动力3.4万人，其中输出到上海1.1万人。",
     {("临泉县", "上海市", 11000)}),
    # 赴 / 前往 / 奔赴 / 返岗
    ("利用“点对点”服务，南部县今年已帮助3100名农民工赴天津、河北等地返岗复工。",
     {("南部县", "天津市", 3100), ("南部县", "河北省", 3100)}),
    ("春节过后，鄱阳县有1.2万名农民工陆续返回浙江、广东等地的工作岗位。",
     {("鄱阳县", "浙江省", 12000), ("鄱阳县", "广东省", 12000)}),
    ("兴安盟每年有大批农牧民到呼和浩特、包头等地务工。",
     {("兴安盟", "呼和浩特市", None), ("兴安盟", "包头市", None)}),
    # stock statements
    ("目前，临泉县在上海务工人员达3.2万人，在浙江务工2.5万人。",
     {("临泉县", "上海市", 32000), ("临泉县", "浙江省", 25000)}),
    ("隆回县外出务工人员主要分布在广东、浙江、福建等沿海省份。",
     {("隆回县", "广东省", None), ("隆回县", "浙江省", None), ("隆回县", "福建省", None)}),
    ("岳池县在厦门务工的人员约有1.8万人，主要从事电子制造、建筑等行业。",
     {("岳池县", "厦门市", 18000)}),
    ("仪陇县有2.6万人在新疆从事建筑、运输等工作。",
     {("仪陇县", "新疆维吾尔自治区", 26000)}),
    ("临县籍务工人员在天津主要从事家政服务。",
     {("临县", "天津市", None)}),
    ("都安瑶族自治县把劳务输出作为增收的重要途径，目前在广东务工的都安籍劳动力达8.6万人。",
     {("都安瑶族自治县", "广东省", 86000)}),
    ("化隆县群众在外开办拉面店1.6万家，主要分布在广东、江苏、浙江等省份。",
     {("化隆回族自治县", "广东省", None), ("化隆回族自治县", "江苏省", None), ("化隆回族自治县", "浙江省", None)}),
    # inbound: workers arriving from listed places
    ("泉州市今年共接收来自广西、贵州的务工人员2.1万人。",
     {("广西壮族自治区", "泉州市", 21000), ("贵州省", "泉州市", 21000)}),
    # 劳务协作 partner cities
    ("近日，隆回县与广东省东莞市建立了稳定的劳务协作关系。",
     {("隆回县", "东莞市", None)}),
    ("开州区与浙江省嘉兴市建立劳务协作关系，今年已向嘉兴输送务工人员1200人。",
     {("开州区", "嘉兴市", 1200)}),
    # totals, visits, plans, stations, fairs, regions that are no region, single persons: no flow
    ("今年以来，临泉县累计转移农村劳动力58.6万人，其中省外转移41.2万人。", set()),
    ("据了解，沈丘县今年新建劳务工作站5个，分别设在上海、杭州、苏州、无锡和常州。", set()),
    ("隆回县人社局负责人带队赴苏州、无锡等地考察劳务协作事宜。", set()),
    ("隆回县的务工人员大多在长三角和珠三角地区就业。", set()),
    ("武汉、长沙等地的企业代表来到隆回县开展招聘活动。", set()),
    ("在隆回县举办的招聘会上，来自东莞的12家企业提供岗位2000余个。", set()),
    ("临泉县务工人员李师傅在苏州一家电子厂工作了八年。", set()),
    ("化隆县有3万多人在全国各大城市经营拉面店。", set()),
]


def _names(facts) -> set[tuple[str, str, int | None]]:
    gaz = Gazetteer.load()
    return {(gaz.get(f.origin).name, gaz.get(f.destination).name, f.workers) for f in facts.flows}


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_written_paragraph(tmp_path, body, expected):
    path = tmp_path / "article.txt"
    path.write_text("劳务输出工作动态\n" + body + "\n", encoding="utf-8")
    assert _names(process_file(path, path.name)) == expected

"""Flows told in the forms of the fourth round of blind rewrites (portal reposts, 政务公开 pages, short 消息): each
family on sentences written for this test about counties outside the real news set, with near-misses that move no
workers."""
from __future__ import annotations

import pytest

from tests.test_flows_written import flows_of_paragraph

_TO_GUANGDONG = "节后，县里照例为赴粤打工的乡亲安排包车，一直安排到元宵节以后。"
_NOTICE = "陕西省人力资源和社会保障厅公布全省第三批劳务品牌。\n"
_LANGAO = "岚皋县人社局积极组织劳务输出。"
_ZHENNING = "镇宁县人社局积极组织务工人员外出就业。"
_TO_ZHEJIANG = "为帮助农民工赴浙复工，县人社局开通了返岗直通车。"

CASES = [
    # the vehicle leaves a county's bus station while the passage seems about the destination province (赴粤): the
    # county whose station it leaves is the origin
    (_TO_GUANGDONG + "正月初八一早，3辆大巴从凤山县汽车总站发车，驶往佛山、惠州，车上载有260名务工人员。",
     {("凤山县", "佛山市", 260), ("凤山县", "惠州市", 260)}),
    (_TO_ZHEJIANG + "2月10日，4辆直通车由务川县客运站出发，驶向宁波、台州，共送去180名务工人员。",
     {("务川仡佬族苗族自治县", "宁波市", 180), ("务川仡佬族苗族自治县", "台州市", 180)}),
    (_TO_GUANGDONG + "企业招聘专员一行从凤山县汽车总站出发，前往佛山、惠州洽谈。", set()),
    # the workers counted in the clause after the move go along with the vehicle (随车出发, 同车前往): the move's count
    (_ZHENNING + "3月5日，首趟务工专列驶向江苏昆山，紫云县、镇宁县的600多名务工人员随车出发。",
     {("紫云苗族布依族自治县", "昆山市", 600), ("镇宁布依族苗族自治县", "昆山市", 600)}),
    (_ZHENNING + "3月5日，首趟务工专列驶向江苏昆山，镇宁县420名采茶工同车前往。", {("镇宁布依族苗族自治县", "昆山市", 420)}),
    (_ZHENNING + "3月5日，首趟务工专列驶向江苏昆山，镇宁县3名带队干部随车出发。", {("镇宁布依族苗族自治县", "昆山市", None)}),
    # the people aboard, said in the next sentence to come from the move's county and its neighbours (counties of
    # the same prefecture), come from each of them
    ("3月1日上午，一趟载着860名务工人员的返岗专列从荔波县驶出，开往广东佛山。这是荔波县今年的第2趟专列，车上的务工人员"
     "来自荔波县、独山县、平塘县等地。", {(c, "佛山市", 860) for c in ("荔波县", "独山县", "平塘县")}),
    ("3月1日上午，一趟载着860名务工人员的返岗专列从荔波县驶出，开往广东佛山。这些务工人员分别来自荔波、独山两县。",
     {(c, "佛山市", 860) for c in ("荔波县", "独山县")}),
    ("3月1日上午，一趟载着860名务工人员的返岗专列从荔波县驶出，开往广东佛山。车上的志愿者来自荔波县、独山县等地。",
     {("荔波县", "佛山市", 860)}),
    ("3月1日上午，一趟载着860名务工人员的返岗专列从荔波县驶出，开往广东佛山。车上的务工人员来自荔波县、遵义市湄潭县。",
     {("荔波县", "佛山市", 860)}),
    # a numbered item opening with its place (1．X县月嫂。 / （二）X县焊工。) is about that place, not the notice's
    # province: the next sentence of the item sends its workers
    (_NOTICE + "1．岚皋县月嫂。以月嫂、育婴为主，在北京、成都等地的家政企业就业3200余人。\n"
     "（二）镇坪县焊工。累计培训焊工5000人次，在重庆、武汉等地造船企业就业1800余人。",
     {("岚皋县", "北京市", 3200), ("岚皋县", "成都市", 3200), ("镇坪县", "重庆市", 1800), ("镇坪县", "武汉市", 1800)}),
    (_NOTICE + "三、岚皋县文旅局一行。在北京、成都等地考察家政企业。", set()),
    # the trade's workforce and where it works year-round (从业人员N人，常年在A、B): no count of each place
    (_NOTICE + "1．岚皋县月嫂。现有从业人员2600余人，常年在北京、成都等地从事家政服务。",
     {("岚皋县", "北京市", None), ("岚皋县", "成都市", None)}),
    (_NOTICE + "1．岚皋县月嫂。在北京、成都等地从事家政服务的有2600余人。",
     {("岚皋县", "北京市", 2600), ("岚皋县", "成都市", 2600)}),
    # trainees placed in jobs after an internship (实习就业, 实习上岗) are workers sent; an internship alone is not
    (_LANGAO + "今年3月，县里与佛山市南海区签订劳务协作协议，首批86名学员赴南海的家电企业实习就业。",
     {("岚皋县", "南海区", 86)}),
    (_LANGAO + "4月，县职教中心120名毕业生赴江苏昆山电子企业实习上岗。", {("岚皋县", "昆山市", 120)}),
    (_LANGAO + "4月，县职教中心120名学员赴江苏昆山电子企业实习。", set()),
    # a train that arrives (停靠, 抵达) with no origin named, and the next sentence counts those aboard with their place
    ("3月5日20时，K1234次务工专列平稳停靠江苏昆山。车上320名务工人员，全部来自贵州荔波。", {("荔波县", "昆山市", 320)}),
    ("3月5日20时，K1234次务工专列顺利抵达江苏昆山。车上的务工人员共320名，分别来自贵州的安顺、六盘水。",
     {("安顺市", "昆山市", 320), ("六盘水市", "昆山市", 320)}),
    ("3月5日20时，K1234次旅游专列平稳停靠江苏昆山。车上320名游客，全部来自贵州荔波。", set()),
    ("每天有K1234次列车停靠江苏昆山。车上320名务工人员，全部来自贵州荔波。", set()),
    ("3月5日10时，K1234次务工专列停靠安顺西站，来自安顺的300多名务工人员乘坐专列前往江苏昆山。",
     {("安顺市", "昆山市", 300)}),
    # the people a place clause ends naming (在A、B打工的X县农民), tallied by the clause after it alone
    (_ZHENNING + "在福建、浙江、江苏等外省打工的镇宁县农民，每年有8万余人。",
     {("镇宁布依族苗族自治县", p, 80000) for p in ("福建省", "浙江省", "江苏省")}),
    (_ZHENNING + "常年在福建、浙江务工的镇宁县农民工，总数保持在6万人左右。",
     {("镇宁布依族苗族自治县", p, 60000) for p in ("福建省", "浙江省")}),
    # one named worker and the others (和其他N名, 与其余N名) are no count of the batch: the later total is
    (_ZHENNING + "3月2日上午，两辆返岗大巴从镇宁发车，直达浙江义乌，务工人员王强和其他45名老乡一起踏上了旅途。"
     "截至3月9日，两地间的直达大巴已发出9趟，230名务工人员被顺利送到义乌。", {("镇宁布依族苗族自治县", "义乌市", 230)}),
    (_ZHENNING + "3月2日上午，两辆返岗大巴从镇宁发车，直达浙江义乌，务工人员王强与其余45名工友坐上了大巴。",
     {("镇宁布依族苗族自治县", "义乌市", None)}),
    (_ZHENNING + "3月2日上午，两辆返岗大巴从镇宁发车，直达浙江义乌，45名务工人员踏上了旅途。",
     {("镇宁布依族苗族自治县", "义乌市", 45)}),
    (_ZHENNING + "在福建、浙江、江苏等外省打工的镇宁县农民，每年有8万余人次返乡。",
     {("镇宁布依族苗族自治县", p, None) for p in ("福建省", "浙江省", "江苏省")}),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_rewritten_wording(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected

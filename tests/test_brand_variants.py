"""Brand names, origins and levels on paragraphs written for this test in many reporters' styles, about counties
that the real news set does not mention, with the near-misses that must not become brands.

Each case is (headline or None, body, {(brand, origin, level)}), annotated as GUIDE.md asks: a brand is a
place-or-epithet + trade or worker name used for a group of workers, quoted or not, in the title or the body; its
origin is the region it belongs to (the place in its name, else the region that builds it); its level only where
the text states it. The names are invented, of the usual shapes; trades are those of the national occupational
classification (kg/extract/brand_trades.py). Negatives: X字号 labels, government bodies and meetings, campaigns,
product brands (X牌), dishes, companies, awards given to a county.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file

DEFAULT_HEADLINE = "劳务品牌建设工作动态"

CASES = [
    (None, "近年来，岢岚县大力培育“岢岚家政”“岢岚建筑”“岢岚电商”三个劳务品牌，带动就业1.2万人。",
     {("岢岚家政", "岢岚县", None), ("岢岚建筑", "岢岚县", None), ("岢岚电商", "岢岚县", None)}),
    (None, "岢岚县着力打造岢岚家政劳务品牌，今年已培训家政服务员800余人。",
     {("岢岚家政", "岢岚县", None)}),
    (None, "记者从盐池县人社局获悉，该县的“盐池滩羊厨师”日前被认定为自治区级劳务品牌。",
     {("盐池滩羊厨师", "盐池县", "provincial")}),
    (None, "全省第三批省级劳务品牌名单日前公布，施甸家政、融水苗绣、都安瑶嫂等30个品牌入选。",
     {("施甸家政", "施甸县", "provincial"), ("融水苗绣", "融水苗族自治县", "provincial"), ("都安瑶嫂", "都安瑶族自治县", "provincial")}),
    (None, "此次认定的省级劳务品牌分别是：灵丘厨娘、阳高保姆、广灵焊工。",
     {("灵丘厨娘", "灵丘县", "provincial"), ("阳高保姆", "阳高县", "provincial"), ("广灵焊工", "广灵县", "provincial")}),
    (None, "“乌蒙山焊工”是威宁县着力打造的劳务品牌，从业人员达2万余人。",
     {("乌蒙山焊工", "威宁彝族回族苗族自治县", None)}),
    (None, "如今，一批批“灵丘厨娘”走出大山，在北京、天津的酒店里掌勺。",
     {("灵丘厨娘", "灵丘县", None)}),
    (None, "目前，3000余名“阳高保姆”在京服务，月收入普遍在6000元以上。",
     {("阳高保姆", "阳高县", None)}),
    (None, "“广灵焊工”的足迹遍布全国20多个省份。",
     {("广灵焊工", "广灵县", None)}),
    (None, "「靈丘廚娘」走出大山，成為當地的一張名片。",
     {("灵丘厨娘", "灵丘县", None)}),
    (None, "岢岚县委县政府高度重视劳务品牌建设，多次召开专题会议研究部署。",
     set()),
    (None, "岢岚县把“岢岚字号”打造成为农产品的金名片。",
     set()),
    (None, "岢岚县的“岢岚牌”小米远销全国各地。",
     set()),
    (None, "岢岚县开展“春风行动”，为务工人员送岗位、送政策。",
     set()),
    (None, "岢岚县人社局负责人介绍，全县劳务品牌建设取得明显成效。",
     set()),
    (None, "2023年，“岢岚焊工”入选首批市级劳务品牌。",
     {("岢岚焊工", "岢岚县", "municipal")}),
    (None, "沅陵县“沅陵船工”品牌叫响长江沿线，2000多名船工常年在武汉、南京一带跑运输。",
     {("沅陵船工", "沅陵县", None)}),
    (None, "通道县培育的劳务品牌“通道侗锦织娘”，带动500余名妇女在家门口就业。",
     {("通道侗锦织娘", "通道侗族自治县", None)}),
    (None, "“黔东南绣娘”成功入选第二批国家级劳务品牌。",
     {("黔东南绣娘", "黔东南苗族侗族自治州", "national")}),
    (None, "苍溪县现有劳务品牌2个（苍溪家政、苍溪建工），从业人员3.5万人。",
     {("苍溪家政", "苍溪县", None), ("苍溪建工", "苍溪县", None)}),
    (None, "兴山县全力擦亮“兴山月嫂”劳务品牌，已有1200名“兴山月嫂”走进宜昌、武汉等地家庭。",
     {("兴山月嫂", "兴山县", None)}),
    ("我省新增一批劳务品牌", "此次新认定的劳务品牌有：施甸家政、融水苗绣、都安瑶嫂等。",
     {("施甸家政", "施甸县", None), ("融水苗绣", "融水苗族自治县", None), ("都安瑶嫂", "都安瑶族自治县", None)}),
    ("岢岚：劳务品牌带动群众增收", "该县先后培育了岢岚电焊工和岢岚家政两大劳务品牌。",
     {("岢岚电焊工", "岢岚县", None), ("岢岚家政", "岢岚县", None)}),
    ("“阳高保姆”走进千家万户", "阳高县人社局组织开展家政技能培训，全年培训学员600人。",
     {("阳高保姆", "阳高县", None)}),
    ("岢岚县举办劳务品牌创建推进会", "岢岚县举办劳务品牌创建推进会，各乡镇负责人参加。",
     set()),
    (None, "庄浪县依托“庄浪梯田绣娘”这一劳务品牌，发展手工刺绣产业。",
     {("庄浪梯田绣娘", "庄浪县", None)}),
    (None, "西吉县积极打造“西吉拉面”劳务品牌，全县在外开办拉面馆3000余家。",
     {("西吉拉面", "西吉县", None)}),
    (None, "西吉县的羊肉臊子面深受食客欢迎，“西吉臊子面”成为当地的特色美食。",
     set()),
    (None, "一批又一批“金寨红嫂”走出大别山，在上海、南京等地从事家政服务。",
     {("金寨红嫂", "金寨县", None)}),
    (None, "金寨县大力培育“大别山月嫂”，目前已有5000余名“大别山月嫂”在长三角地区务工。",
     {("大别山月嫂", "金寨县", None)}),
    (None, "大别山旅游节期间，金寨县组织“大别山好声音”歌手大赛。",
     set()),
    (None, "“岳西护工”获评安徽省省级劳务品牌。",
     {("岳西护工", "岳西县", "provincial")}),
    (None, "岳西县的“岳西护工”“岳西茶师”均被认定为省级劳务品牌。",
     {("岳西护工", "岳西县", "provincial"), ("岳西茶师", "岳西县", "provincial")}),
    (None, "马山县已打造马山厨师、马山保安等劳务品牌。",
     {("马山厨师", "马山县", None), ("马山保安", "马山县", None)}),
    (None, "岢岚县人社局与北京某家政服务有限公司签订用工协议。",
     set()),
    (None, "“岢岚巧媳妇”家政服务队伍已发展到800余人。",
     {("岢岚巧媳妇", "岢岚县", None)}),
    (None, "桐梓县持续擦亮“桐梓建工”金字招牌，全县在外从事建筑业人员达4万余人。",
     {("桐梓建工", "桐梓县", None)}),
    (None, "湄潭县“湄潭茶艺师”劳务品牌叫响全国。",
     {("湄潭茶艺师", "湄潭县", None)}),
    ("黎平：侗族绣娘绣出致富路", "黎平县着力培育“黎平侗族绣娘”劳务品牌，带动2000余名妇女就业。",
     {("黎平侗族绣娘", "黎平县", None)}),
    (None, "会同县“会同家政”被评为怀化市市级劳务品牌。",
     {("会同家政", "会同县", "municipal")}),
    (None, "“十四五”期间，岢岚县将着力打造一批叫得响的劳务品牌。",
     set()),
    (None, "岢岚县荣获“全国劳务品牌建设先进县”称号。",
     set()),
    (None, "隆昌市着力打造“隆昌石匠”技能品牌，全市石材加工从业人员达1.5万人。",
     {("隆昌石匠", "隆昌市", None)}),
    (None, "剑川县的“剑川木雕”劳务输出品牌远近闻名，3000余名木雕艺人在全国各地务工。",
     {("剑川木雕", "剑川县", None)}),
    (None, "南漳县把“南漳厨师”作为特色劳务名片来打造，在外从业厨师超过8000人。",
     {("南漳厨师", "南漳县", None)}),
    (None, "环江县积极培育“环江毛南厨娘”就业品牌。",
     {("环江毛南厨娘", "环江毛南族自治县", None)}),
    (None, "“忻城保安”走俏广东市场，年输出保安员2000多名。",
     {("忻城保安", "忻城县", None)}),
    (None, "忻城县举办“忻城保安杯”篮球赛。",
     set()),
    (None, "忻城县保安服务公司今年招聘保安员200人。",
     set()),
    (None, "近日，临县150名“临县电焊工”乘坐专列赴江苏务工。",
     {("临县电焊工", "临县", None)}),
    ("石楼县：“石楼护工”叫响京津", "石楼县人社局多措并举，推动护工培训提质增效。",
     {("石楼护工", "石楼县", None)}),
    ("“石楼护工”叫响京津", "石楼县人社局多措并举，推动护工培训提质增效，全县劳务品牌建设成效明显。",
     {("石楼护工", "石楼县", None)}),
    (None, "黔东南州各县立足实际打造劳务品牌，天柱建工、锦屏木匠等品牌已初具规模。",
     {("天柱建工", "天柱县", None), ("锦屏木匠", "锦屏县", None)}),
    ("凤凰县：打造苗绣娘劳务品牌", "凤凰县通过打造“凤凰苗绣娘”劳务品牌，带动3000余名妇女居家就业。",
     {("凤凰苗绣娘", "凤凰县", None)}),
    (None, "雷山县大力培育“苗岭绣娘”劳务品牌，组织绣娘参加技能培训。",
     {("苗岭绣娘", "雷山县", None)}),
    (None, "金秀县依托“瑶山妹子”劳务品牌，输出家政服务人员1000余人。",
     {("瑶山妹子", "金秀瑶族自治县", None)}),
    (None, "金秀县妇联组织开展“巾帼家政”培训，参训妇女120人。",
     set()),
    (None, "陇南市着力打造“陇南电商”劳务品牌，电商从业人员达10万人。",
     {("陇南电商", "陇南市", None)}),
    (None, "陇南市的“陇南电商”模式入选全国电子商务进农村综合示范案例。",
     set()),
    (None, "威宁县威宁砌筑工入选第二批国家级劳务品牌。",
     {("威宁砌筑工", "威宁彝族回族苗族自治县", "national")}),
    (None, "“三都水族马尾绣娘”是三都县重点培育的劳务品牌。",
     {("三都水族马尾绣娘", "三都水族自治县", None)}),
]


def _brands(tmp_path, headline, body):
    path = tmp_path / "article.txt"
    path.write_text((headline or DEFAULT_HEADLINE) + "\n" + body + "\n", encoding="utf-8")
    gaz = Gazetteer.load()
    return {(b.name, gaz.get(b.origin).name if b.origin else None, b.level)
            for b in process_file(path, path.name).brands}


@pytest.mark.parametrize(("headline", "body", "expected"), CASES, ids=[f"variant{i:02d}" for i in range(len(CASES))])
def test_variant_paragraph(tmp_path, headline, body, expected):
    assert _brands(tmp_path, headline, body) == expected

"""Labour brands end to end on news paragraphs written for this test, about counties outside the real news set.

Each case is a short article (a headline line, then the body) in the style of a county 人社局 release, a
provincial paper or wire copy, annotated by hand as GUIDE.md asks: a brand is a place-or-epithet + worker or trade
name used for a group of workers, quoted or not; its origin is the county it belongs to; its level only where the
text states it; its destinations are where the text says its workers go, work or serve. Negatives: X字号 labels,
government bodies, campaigns, honorific titles, officials' visits, company names, bylines and datelines.
The brand names are invented, of the usual shapes. Region names are the gazetteer's full names.
"""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file

HEADLINE = "劳务品牌建设工作动态\n"

# (body, {(brand, origin, level)}, {(brand, destination)})
CASES = [
    # reach verbs with lists: 遍布 / 辐射 / 覆盖 / 走进 / 进驻
    ("近年来，会泽县着力打造“会泽焊工”劳务品牌，目前会泽焊工已遍布广东、浙江、江苏等地。",
     {("会泽焊工", "会泽县", None)}, {("会泽焊工", "广东省"), ("会泽焊工", "浙江省"), ("会泽焊工", "江苏省")}),
    ("“郧西瓦匠”品牌辐射上海、武汉、杭州等20多个城市，年创劳务收入8亿元。",
     {("郧西瓦匠", "郧西县", None)}, {("郧西瓦匠", "上海市"), ("郧西瓦匠", "武汉市"), ("郧西瓦匠", "杭州市")}),
    ("太和县人社局介绍，目前，“太和月嫂”服务覆盖北京、天津、合肥等城市，从业人员超过1.2万人。",
     {("太和月嫂", "太和县", None)}, {("太和月嫂", "北京市"), ("太和月嫂", "天津市"), ("太和月嫂", "合肥市")}),
    ("如今，一批批“固始厨师”走进上海、南京的大小酒店，成为当地餐饮业的主力。",
     {("固始厨师", "固始县", None)}, {("固始厨师", "上海市"), ("固始厨师", "南京市")}),
    ("“曹县木工”进驻青岛、济南等地的家具企业，年人均收入达6万元。",
     {("曹县木工", "曹县", None)}, {("曹县木工", "青岛市"), ("曹县木工", "济南市")}),
    # 在A务工 / 就业 / 打拼
    ("据统计，目前有8000余名“上林电工”在广东深圳、东莞等地务工。",
     {("上林电工", "上林县", None)}, {("上林电工", "深圳市"), ("上林电工", "东莞市")}),
    ("榕江县通过技能培训，培育出“榕江绣娘”劳务品牌，3000多名榕江绣娘在贵阳、凯里就业。",
     {("榕江绣娘", "榕江县", None)}, {("榕江绣娘", "贵阳市"), ("榕江绣娘", "凯里市")}),
    ("安岳县有2万多名“安岳钢筋工”常年在成都、重庆打拼。",
     {("安岳钢筋工", "安岳县", None)}, {("安岳钢筋工", "成都市"), ("安岳钢筋工", "重庆市")}),
    # 服务于 / 输送到 / 输出到
    ("“大名护工”品牌服务于北京、石家庄的多家三甲医院。",
     {("大名护工", "大名县", None)}, {("大名护工", "北京市"), ("大名护工", "石家庄市")}),
    ("今年以来，平舆县已向苏州、无锡输送“平舆电焊工”1500余人。",
     {("平舆电焊工", "平舆县", None)}, {("平舆电焊工", "苏州市"), ("平舆电焊工", "无锡市")}),
    ("宿松县今年输出“宿松保洁师”2000余人到上海、杭州等地。",
     {("宿松保洁师", "宿松县", None)}, {("宿松保洁师", "上海市"), ("宿松保洁师", "杭州市")}),
    # 在A设立服务站 / 工作站 / 基地
    ("为做强“泰和家政”品牌，泰和县在厦门、深圳设立了泰和家政服务站。",
     {("泰和家政", "泰和县", None)}, {("泰和家政", "厦门市"), ("泰和家政", "深圳市")}),
    ("宁都县在广州、佛山建立“宁都砌匠”劳务工作站，为在外务工人员提供维权、培训服务。",
     {("宁都砌匠", "宁都县", None)}, {("宁都砌匠", "广州市"), ("宁都砌匠", "佛山市")}),
    # 开往A的专车
    ("2月16日，载着120名“巫山船工”的专车开往宁波，这是今年巫山县开出的第三批专车。",
     {("巫山船工", "巫山县", None)}, {("巫山船工", "宁波市")}),
    # short forms
    ("目前，“罗甸电工”已辐射京津、长三角地区，年输出3000余人。",
     {("罗甸电工", "罗甸县", None)}, {("罗甸电工", "北京市"), ("罗甸电工", "天津市")}),
    ("近年来，丘北县“丘北厨娘”劳务品牌越叫越响，大批丘北厨娘在沪、粤务工。",
     {("丘北厨娘", "丘北县", None)}, {("丘北厨娘", "上海市"), ("丘北厨娘", "广东省")}),
    ("镇雄县大力培育“镇雄建工”，目前镇雄建工主要在闽、疆两地务工。",
     {("镇雄建工", "镇雄县", None)}, {("镇雄建工", "福建省"), ("镇雄建工", "新疆维吾尔自治区")}),
    # place + epithet + worker word
    ("桦南县打造的“桦南巧手绣娘”劳务品牌，带动2000余名妇女居家就业。",
     {("桦南巧手绣娘", "桦南县", None)}, set()),
    ("“荔浦金牌月嫂”在广州、深圳家政市场供不应求。",
     {("荔浦金牌月嫂", "荔浦市", None)}, {("荔浦金牌月嫂", "广州市"), ("荔浦金牌月嫂", "深圳市")}),
    # levels
    ("在人社部公布的第二批国家级劳务品牌名单中，会泽县“会泽焊工”成功入选。",
     {("会泽焊工", "会泽县", "national")}, set()),
    ("日前，“郧西瓦匠”被评为省级劳务品牌。",
     {("郧西瓦匠", "郧西县", "provincial")}, set()),
    ("太和县的“太和月嫂”入选全省第三批特色劳务品牌。",
     {("太和月嫂", "太和县", "provincial")}, set()),
    ("“固始厨师”获评国家级劳务品牌，全县从业人员达5万人。",
     {("固始厨师", "固始县", "national")}, set()),
    ("曹县“曹县木工”是省级劳务品牌，从业人员遍布全国。",
     {("曹县木工", "曹县", "provincial")}, set()),
    # unquoted, with 劳务品牌
    ("上林县着力培育上林电工劳务品牌，今年培训电工1200人次。",
     {("上林电工", "上林县", None)}, set()),
    # negatives: X字号 labels, bodies, campaigns, honorifics, visits, companies, bylines
    ("会泽县全力打响“会字号”劳务品牌，推动劳务经济高质量发展。", set(), set()),
    ("榕江县人社局举办“春风行动”专场招聘会，提供岗位3000余个。", set(), set()),
    ("安岳县评选出“十佳技术能手”“优秀农民工”各10名。", set(), set()),
    ("大名县人社局局长一行赴北京、天津走访慰问在外务工人员。", set(), set()),
    ("平舆县某某建筑劳务有限公司在郑州承接工程项目。", set(), set()),
    ("宿松县开展“技能提升行动”，全年培训2.3万人次。", set(), set()),
    ("泰和县举办“金牌月嫂”技能大赛，30名选手同台竞技。", set(), set()),
    ("（记者 张三 通讯员 李四）宁都县今年新增农村劳动力转移就业1.5万人。", set(), set()),
    ("巫山县领导带队赴重庆主城考察劳务协作工作。", set(), set()),
    ("“罗甸县人力资源和社会保障局”官方微信公众号发布了招聘信息。", set(), set()),
    ("有专家建议，丘北县可以打造“丘北面点师”劳务品牌。", set(), set()),
    ("座谈会上，代表们建议培育“丘北面点师”，带动更多群众就业。", set(), set()),
    # more reach and work wordings
    ("郧西县委书记表示，“郧西瓦匠”常年活跃在武汉、襄阳的建筑工地上。",
     {("郧西瓦匠", "郧西县", None)}, {("郧西瓦匠", "武汉市"), ("郧西瓦匠", "襄阳市")}),
    ("目前，全县共有1.5万名“固始厨师”扎根上海、苏州，年收入超过10万元。",
     {("固始厨师", "固始县", None)}, {("固始厨师", "上海市"), ("固始厨师", "苏州市")}),
    ("在杭州、宁波等地的家政市场，处处可见“宿松保洁师”的身影。",
     {("宿松保洁师", "宿松县", None)}, {("宿松保洁师", "杭州市"), ("宿松保洁师", "宁波市")}),
    ("据介绍，“桦南巧手绣娘”队伍已发展到1200人，绣品远销俄罗斯、日本。",
     {("桦南巧手绣娘", "桦南县", None)}, set()),
    ("曹县人社局在青岛设立“曹县木工”服务站，为300余名在青岛务工的曹县木工提供服务。",
     {("曹县木工", "曹县", None)}, {("曹县木工", "青岛市")}),
    ("上林县与深圳市签订劳务协作协议，定向输送“上林电工”500人。",
     {("上林电工", "上林县", None)}, {("上林电工", "深圳市")}),
    ("2月20日，满载80名“平舆电焊工”的大巴开往江苏昆山。",
     {("平舆电焊工", "平舆县", None)}, {("平舆电焊工", "昆山市")}),
    # levels: more wordings
    ("近日，省人社厅公布全省第二批特色劳务品牌，宁都县“宁都砌匠”榜上有名。",
     {("宁都砌匠", "宁都县", "provincial")}, set()),
    ("“巫山船工”先后被评为市级和省级劳务品牌。",
     {("巫山船工", "巫山县", "provincial")}, set()),
    ("罗甸县“罗甸电工”入选第二批国家级劳务品牌，成为该县首个国家级劳务品牌。",
     {("罗甸电工", "罗甸县", "national")}, set()),
    # several brands in one sentence
    ("近年来，安岳县培育了“安岳钢筋工”“安岳厨娘”两个劳务品牌。",
     {("安岳钢筋工", "安岳县", None), ("安岳厨娘", "安岳县", None)}, set()),
    ("大名县打造的“大名护工”“大名司机”等劳务品牌享誉京津冀。",
     {("大名护工", "大名县", None), ("大名司机", "大名县", None)}, set()),
    # traditional spellings (Hong Kong and Taiwan copy)
    ("「鎮雄建工」勞務品牌已遍佈福建、廣東等地。",
     {("镇雄建工", "镇雄县", None)}, {("镇雄建工", "福建省"), ("镇雄建工", "广东省")}),
    # more negatives
    ("会泽县人社局、会泽县就业服务中心联合举办劳务品牌培训班。", set(), set()),
    ("榕江县开展“技能中国行”活动，组织200余名群众参加电工培训。", set(), set()),
    ("安岳县张师傅被评为“全省技术能手”。", set(), set()),
    ("泰和县某某家政服务有限公司在南昌开设了分公司。", set(), set()),
    ("新华社昆明3月2日电 会泽县今年已组织4.2万名农民工外出务工。", set(), set()),
    ("大名县积极打造“大名字号”劳务品牌，推进劳务经济发展。", set(), set()),
    ("镇雄县人社局局长在福州看望慰问了在闽务工的镇雄籍农民工。", set(), set()),
    ("宿松县“春风行动”招聘会吸引了120家企业进场招聘。", set(), set()),
    ("上林县“两后生”技能培训班开班，120名学员参加。", set(), set()),
    # names used with a name card, demand, far travel or a naming verb
    ("“郧西瓦匠”这张名片越擦越亮，郧西瓦匠的足迹遍及北京、上海。",
     {("郧西瓦匠", "郧西县", None)}, {("郧西瓦匠", "北京市"), ("郧西瓦匠", "上海市")}),
    ("国家级劳务品牌“固始厨师”在上海、南京享有盛誉。",
     {("固始厨师", "固始县", "national")}, {("固始厨师", "上海市"), ("固始厨师", "南京市")}),
    ("安岳县的“安岳钢筋工”远赴新疆、西藏参与重点工程建设。",
     {("安岳钢筋工", "安岳县", None)}, {("安岳钢筋工", "新疆维吾尔自治区"), ("安岳钢筋工", "西藏自治区")}),
    ("宁都县：“宁都砌匠”在广州、深圳打响名号",
     {("宁都砌匠", "宁都县", None)}, {("宁都砌匠", "广州市"), ("宁都砌匠", "深圳市")}),
    ("大名县的护工队伍被称为“大名护工”，主要服务于北京、天津的养老机构。",
     {("大名护工", "大名县", None)}, {("大名护工", "北京市"), ("大名护工", "天津市")}),
    ("平舆县打造“平舆电焊工”劳务品牌，在无锡、常州建立了劳务工作站。",
     {("平舆电焊工", "平舆县", None)}, {("平舆电焊工", "无锡市"), ("平舆电焊工", "常州市")}),
    ("平舆县打造“平舆电焊工”劳务品牌，发挥品牌带动效应，全县向无锡输出劳动力2万人。",
     {("平舆电焊工", "平舆县", None)}, set()),
    ("镇雄县被誉为“最美护工”之乡。", set(), set()),
    # adverbs and verbs of being found between the name and 在
    ("丘北县“丘北厨娘”主要活跃在昆明、曲靖一带。",
     {("丘北厨娘", "丘北县", None)}, {("丘北厨娘", "昆明市"), ("丘北厨娘", "曲靖市")}),
    ("镇雄县的“镇雄建工”正在新疆乌鲁木齐、喀什参与建设。",
     {("镇雄建工", "镇雄县", None)}, {("镇雄建工", "乌鲁木齐市"), ("镇雄建工", "喀什地区")}),
    ("2023年，大名县输出“大名护工”3000余人，其中在北京务工1800人。",
     {("大名护工", "大名县", None)}, {("大名护工", "北京市")}),
    ("会泽县组织800名“会泽焊工”乘坐专列前往江苏常州。",
     {("会泽焊工", "会泽县", None)}, {("会泽焊工", "常州市")}),
    ("「安岳鋼筋工」在成都打拼的人數已超過一萬。",
     {("安岳钢筋工", "安岳县", None)}, {("安岳钢筋工", "成都市")}),
    ("桦南县“桦南厨师”劳务品牌入选黑龙江省第二批省级劳务品牌名单。",
     {("桦南厨师", "桦南县", "provincial")}, set()),
    # titles, companies, slogans and officials' trips
    ("固始县人社局授予12人“固始好厨师”称号。", set(), set()),
    ("“平舆建工集团”在郑州、洛阳承建多个项目。", set(), set()),
    ("宿松县开展“送工上门”服务，全年输送2000余人到上海。", set(), set()),
    ("荔浦市是“中国衣架之都”，全市有3万人从事衣架生产。", set(), set()),
    ("宁都县大力推进“宁都砌匠”品牌建设，组织县领导赴广州、深圳考察。", {("宁都砌匠", "宁都县", None)}, set()),
]


def _facts(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path, path.name)


def _brands_and_destinations(facts):
    gaz = Gazetteer.load()
    brands = {(b.name, gaz.get(b.origin).name if b.origin else None, b.level) for b in facts.brands}
    destinations = {(d.brand, gaz.get(d.destination).name) for d in facts.brand_destinations}
    return brands, destinations


@pytest.mark.parametrize(("body", "brands", "destinations"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_written_paragraph(tmp_path, body, brands, destinations):
    got_brands, got_destinations = _brands_and_destinations(_facts(tmp_path, HEADLINE + body + "\n"))
    assert (got_brands, got_destinations) == (brands, destinations)


# Whole articles: a brand named in the headline, carried through the body, with other names around it.
ARTICLES = [
    ("“太和月嫂”闯出致富路\n太和县大力发展家政服务业，带动3000余人就业。\n", {("太和月嫂", "太和县", None)}, set()),
    ("“固始厨师”走进长三角\n"
     "3月5日，固始县2024年“固始厨师”专场推介会在上海举行。\n"
     "目前，全县有3.2万名固始厨师在上海、南京、杭州等地从业。\n",
     {("固始厨师", "固始县", None)},
     {("固始厨师", "上海市"), ("固始厨师", "南京市"), ("固始厨师", "杭州市")}),
    ("郧西县：擦亮劳务品牌 拓宽增收门路\n"
     "近年来，郧西县坚持把劳务品牌建设作为稳就业的重要抓手，“郧西瓦匠”入选全省第一批特色劳务品牌。\n"
     "县人社局相关负责人介绍，下一步将在武汉设立郧西瓦匠服务站。\n",
     {("郧西瓦匠", "郧西县", "provincial")}, {("郧西瓦匠", "武汉市")}),
]


@pytest.mark.parametrize(("text", "brands", "destinations"), ARTICLES,
                         ids=[f"article{i}" for i in range(len(ARTICLES))])
def test_written_release(tmp_path, text, brands, destinations):
    assert _brands_and_destinations(_facts(tmp_path, text)) == (brands, destinations)


# Programs: named campaigns, activities and policy documents, not strategies, slogans or brands.
PROGRAMS = [
    ("2月以来，会泽县深入开展“春风行动”，举办招聘会12场。", {"春风行动"}),
    ("太和县启动2024年就业援助月活动，走访困难群众360户。", {"就业援助月"}),
    ("平舆县印发《农村劳动力转移就业三年行动方案》。", {"农村劳动力转移就业三年行动方案"}),
    ("泰和县以乡村振兴为统领，扎实推进稳就业工作。", set()),
    ("宁都县打造“宁都砌匠”劳务品牌，带动1.2万人就业。", set()),
]


@pytest.mark.parametrize(("body", "programs"), PROGRAMS, ids=[f"program{i}" for i in range(len(PROGRAMS))])
def test_written_programs(tmp_path, body, programs):
    assert {p.name for p in _facts(tmp_path, HEADLINE + body + "\n").programs} == programs

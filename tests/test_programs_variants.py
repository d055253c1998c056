"""Programs written the many ways reporters write them (other quotes, traditional script, split lines, no quotes)
and the near-misses that are not programs; sentences written here, about places the real set does not cover."""
from __future__ import annotations

import pytest

from kg.extract.programs import NATIONAL_PROGRAMS, find_programs
from kg.ingest import read_document
from kg.normalize import normalize


def programs_in(tmp_path, body: str) -> list[str]:
    """Programs of a whole file run through ingest and normalisation, as `kg build` reads it."""
    path = tmp_path / "page.txt"
    path.write_text("县里的一则消息\n" + body, encoding="utf-8")
    article = normalize(read_document(path, "page.txt"))
    return [p.name for p in find_programs(article)]


# -- national programmes, named without quotes -------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("今年以来，宁陕县扎实开展春风行动和就业援助月活动，帮助群众就近就业。", ["春风行动", "就业援助月"]),
    ("岚皋县启动2024年春暖农民工服务行动，为返乡农民工送政策送岗位。", ["春暖农民工服务行动"]),
    ("各地组织开展民营企业服务月活动，搭建供需对接平台。", ["民营企业服务月"]),
    ("深入开展家政兴农行动，培训家政服务人员500人。", ["家政兴农行动"]),
    ("实施重点群体创业推进行动和马兰花计划创业培训。", ["重点群体创业推进行动", "马兰花计划"]),
    ("积极落实新生代农民工职业技能提升计划，培训3000人次。", ["新生代农民工职业技能提升计划"]),
    ("开展根治欠薪冬季专项行动，保障农民工工资按时足额发放。", ["根治欠薪冬季专项行动"]),
])
def test_national_programmes_without_quotes(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected


def test_the_lexicon_has_a_source_for_every_name():
    from importlib import resources
    rows = [line.split("\t") for line in (resources.files("kg") / "data" / "national_programs.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows and all(len(row) == 3 and all(cell.strip() for cell in row) for row in rows)
    assert len(NATIONAL_PROGRAMS) == len(rows)
    assert (resources.files("kg") / "data" / "national_programs.SOURCE.md").is_file()


def test_a_longer_national_name_wins_over_the_shorter_one_inside_it(tmp_path):
    assert programs_in(tmp_path, "推进新生代农民工职业技能提升计划落地。") == ["新生代农民工职业技能提升计划"]


def test_a_national_programme_with_a_county_prefix_is_the_programme(tmp_path):
    # 全县春风行动: the county's share of the national campaign, not a new program
    assert programs_in(tmp_path, "镇坪县全面启动全县春风行动，送岗位下乡。") == ["春风行动"]


# -- every kind of quote mark --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ('开展"就业帮扶直通车"活动，累计服务2万人次。', ["就业帮扶直通车"]),
    ("开展＂巧手致富＂专项行动，培训妇女800人。", ["巧手致富专项行动"]),
    ("县里组织‘雨露计划’培训班，学员120名。", ["雨露计划"]),
    ("黔东南州推出「苗绣工坊培育计划」，带动绣娘就业。", ["苗绣工坊培育计划"]),
    ("启动〝技能黔东南〞行动，培训群众1万人次。", ["技能黔东南行动"]),
    ("实施『巧手增收工程』，惠及妇女3000人。", ["巧手增收工程"]),
])
def test_quote_marks_of_every_kind(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected


def test_single_quotes_inside_double_quotes_stay_a_quote_within_a_quote(tmp_path):
    # the inner ‘’ is part of what someone said; the outer quote is no program either
    assert programs_in(tmp_path, "他说：“大家都说‘家门口’就业好。”") == []


def test_an_apostrophe_in_latin_text_is_no_quote(tmp_path):
    assert programs_in(tmp_path, "The county's plan 帮助群众就业。") == []


# -- traditional script and lines split inside a name ---------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("縣人社局持續開展「春風行動」，舉辦專場招聘會12場。", ["春风行动"]),
    ("深入實施「技能中國行動」，推進東西部勞務協作。", ["技能中国行动", "东西部劳务协作"]),
    ("鎮寧縣啟動「布依繡娘培育計劃」，帶動婦女就業。", ["布依绣娘培育计划"]),
])
def test_traditional_script(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected


@pytest.mark.parametrize("body, expected", [
    ("县人社局开展“送岗\n入户”专项行动，发布岗位3000个。", ["送岗入户专项行动"]),
    ("依据《黔南州劳务品牌建设\n三年行动方案》开展工作。", ["黔南州劳务品牌建设三年行动方案"]),
    ("县里启动「技能丹寨\n行動」，培训1000人。", ["技能丹寨行动"]),
])
def test_a_name_split_across_lines_is_one_name(tmp_path, body, expected):
    assert programs_in(tmp_path, body) == expected


# -- new names, found by their pattern ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("黔西南州实施“布依家政培育工程”，已培训2000人。", ["布依家政培育工程"]),
    ("丹寨县开展“送岗下乡”专项行动，发放岗位信息卡5000份。", ["送岗下乡专项行动"]),
    ("启动“返乡创业燕归来”工程，扶持返乡人员创业。", ["返乡创业燕归来工程"]),
    ("会宁县举办“春暖陇原·就业同行”专场招聘活动。", ["春暖陇原·就业同行"]),
    ("举办第二届“黔山工匠”职业技能大赛。", ["黔山工匠职业技能大赛"]),
    ("县里启动2024年黔北家政服务技能提升行动。", ["黔北家政服务技能提升行动"]),
])
def test_named_by_pattern(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected


# -- near-misses: not programs ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "县委书记带队赴浙江宁波对接劳务协作工作。",  # a visit, and a generic cooperation
    "坚持“点对点、一站式”服务，开通返岗专车。",  # a service mode
    "通过“点对点”包车运输方式送务工人员返岗。",
    "采取“线上+线下”方式开展招聘。",
    "叫响“桐梓月嫂”品牌。",  # a brand
    "打造“乌江纤夫”劳务品牌。",
    "全县召开劳务输出工作推进会。",  # a meeting
    "按照“应转尽转、能转尽转”的要求。",  # a slogan
    "以“稳就业、保民生”为目标，开展专项招聘。",
    "实施乡村振兴战略，巩固拓展脱贫攻坚成果。",  # strategies
    "“十四五”期间，全县累计转移就业10万人。",  # a plan period
    "开展招聘、培训等活动。",  # generic activities
    "举办技能培训活动12场。",
    "公司开展了安全生产月活动。",  # 了 is no part of a name
    "组织2024年返乡农民工招聘活动，提供岗位800个。",  # a generic activity with a year
])
def test_near_misses(tmp_path, sentence):
    assert programs_in(tmp_path, sentence) == []


# -- joined names, short forms and generic cooperation ------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("开展“春风行动·就业援助月”系列活动，发布岗位1万个。", ["春风行动", "就业援助月"]),
    ("开展“春暖乌蒙·就业同行”系列活动。", ["春暖乌蒙·就业同行"]),  # a slogan joined by ·, one name
    ("依托东西协作机制，输送劳动力到浙江。", ["东西协作"]),
    ("深化闽宁对口协作，共建产业园。", ["闽宁对口协作"]),
])
def test_joined_and_short_forms(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "深化“校企合作”，推行订单式培养。",
    "推进“劳务协作”，与对口地区签订协议。",
    "开展“订单班”培训，共开设焊工订单班3期。",
])
def test_generic_cooperation_and_classes_named_by_their_kind(tmp_path, sentence):
    assert programs_in(tmp_path, sentence) == []


# -- unquoted activities: a name of its own, or a description of the work -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("扎实开展全市人社系统窗口单位练兵比武活动。", ["全市人社系统窗口单位练兵比武活动"]),
    ("启动全民技能提升工程，培训5000人次。", ["全民技能提升工程"]),
    ("实施新一轮农村劳动力转移就业三年行动计划。", ["农村劳动力转移就业三年行动计划"]),
])
def test_unquoted_names_of_their_own(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "举办就业创业政策宣讲进校园活动。",
    "开展农村劳动力转移就业大培训活动。",
    "开展根治欠薪专项检查行动。",
    "开展困难群众就业帮扶活动。",
    "举办劳务品牌形象代言人评选活动。",
    "开通“爱心专车”接送活动。",  # a vehicle is a service
    "组织开展“点对点”包车运输活动。",
])
def test_described_work_and_services_are_not_programs(tmp_path, sentence):
    assert programs_in(tmp_path, sentence) == []


def test_a_programme_named_only_in_the_headline(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("镇宁县“春暖布依·就业同行”专场招聘活动举行\n2023-02-01 来源：安顺日报\n现场提供岗位800个，200人达成意向。",
                    encoding="utf-8")
    article = normalize(read_document(path, "page.txt"))
    found = find_programs(article)
    assert [p.name for p in found] == ["春暖布依·就业同行"]
    assert found[0].evidence.text == article.title


def test_a_headline_repeated_in_the_body_gives_its_programme_once(tmp_path):
    assert programs_in(tmp_path, "镇宁县开展春风行动\n镇宁县开展春风行动，发布岗位3000个。") == ["春风行动"]


def test_a_pinyin_gloss_whose_toned_vowel_a_legacy_encoding_lost_is_no_part_of_the_name(tmp_path):
    # a page saved as Big5 or GBK keeps 協(xi?)作: the ? stands for the toned vowel
    assert programs_in(tmp_path, "依托東西部協(xi?)作，開展「工友(y?u)同行」返崗專列活動。") == ["东西部协作", "工友同行"]


def test_a_task_force_is_no_programme(tmp_path):
    assert programs_in(tmp_path, "成立“劳务输出工作专班”，抽调干部20名。") == []


def test_the_forms_of_one_cooperation_scheme_are_one_programme(tmp_path):
    article_text = ("长顺县深化东西部劳务协作，今年争取东西部协作资金300万元。\n"
                    "两地依托东西协作机制开展培训；闽宁劳务协作与闽宁协作同为一事。")
    path = tmp_path / "page.txt"
    path.write_text("县里的一则消息\n" + article_text, encoding="utf-8")
    found = find_programs(normalize(read_document(path, "page.txt")))
    assert [(p.name, p.alt_labels) for p in found] == [
        ("东西部劳务协作", ("东西部协作", "东西协作")), ("闽宁劳务协作", ("闽宁协作",))]


@pytest.mark.parametrize("sentence, expected", [
    ("镇宁县“春暖山乡·岗位送到家”正式启动，发布岗位2000个。", ["春暖山乡·岗位送到家"]),
    ("“技能照亮前程”在县城拉开帷幕。", ["技能照亮前程"]),
    ("县人社局启动“春暖山乡”，送岗到村。", ["春暖山乡"]),
    ("他说：“这个工作很重要”启动了讨论。", []),  # what someone said
    ("“一人一策”启动实施。", []),  # a work method
])
def test_a_quoted_name_launched_or_closed(tmp_path, sentence, expected):
    assert programs_in(tmp_path, sentence) == expected

"""Tests of kg.ingest: finding files, decoding, front matter, HTML, furniture, titles and dates."""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest

from kg.ingest import IngestError, decode_bytes, discover, infer_year, parse_date, read_document
from kg.model import Document, Skipped
from kg.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INPUTS = Path(__file__).resolve().parent / "inputs"
SEED = {p.name[:3]: p for p in sorted(SEEDS.glob("*.txt"))}

GLOSS_RE = re.compile(r"[(（?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")


@pytest.fixture(scope="module")
def seeds():
    out = {}
    for key, path in SEED.items():
        doc = read_document(path, str(path))
        out[key] = (doc, normalize(doc))
    return out


def read(path: Path) -> Document:
    return read_document(path, str(path))


# --- the seeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(SEED))
def test_seed_cleaned_text_has_no_gloss_front_matter_or_furniture(seeds, key):
    doc, article = seeds[key]
    text = article.text
    assert not GLOSS_RE.search(text), GLOSS_RE.search(text)
    assert "---" not in text and "layout:" not in text and "title:" not in text
    assert "http" not in text and "//" not in text and "[返回" not in text and "返回首页" not in text
    assert "<p>" not in text and "</" not in text
    for line in text.split("\n"):
        assert not re.match(r"^[【（(]?\s?(文章)?来源", line), line
        assert not re.match(r"^(作者|审核|责任编辑)", line), line
        assert "版权" not in line and "您现在的位置" not in line
    assert "\ufeff" not in text
    assert article.text_hash and len(article.text_hash) == 64


def test_seed_000_front_matter_masthead_and_return_links(seeds):
    doc, article = seeds["000"]
    assert doc.title == "稳住民生“压舱石”"
    assert (doc.date, doc.date_inferred) == ("2022-03-08", False)
    assert doc.source == "张掖日报"
    assert doc.author == "张玲"  # the □ byline
    assert doc.categories == ("zhangyeribao",)
    assert "□" not in article.text and "文章来源" not in article.text
    # A paragraph the page split mid-sentence is whole again.
    assert "积极为各类用人单位和劳动力搭建供需对接平台，多渠道促进就业。" in article.text


def test_seed_001_copyright_and_byline_lines(seeds):
    doc, article = seeds["001"]
    assert doc.title == "平凉市2022年劳务工作推出新举措全力谋发展"
    assert (doc.date, doc.date_inferred) == ("2022-02-11", False)
    assert doc.source == "平凉市人民政府"
    assert doc.categories == ("新媒体", "趣头条", "分类")
    assert "版权归原作者所有" not in article.text
    assert "郝江晨" not in article.text and "雷云霞" not in article.text
    # The subtitle that repeats the title is not body.
    assert "--平凉市" not in article.text
    assert article.text.startswith("尽职尽责保就业 再接再厉稳增收\n2022年以来")


def test_seed_002_year_inferred_from_text(seeds):
    doc, article = seeds["002"]
    assert (doc.date, doc.date_inferred) == ("2025", True)
    assert article.year == 2025
    assert article.title.startswith("成熟的数字化生产线、崭新的现代化培训室")
    assert len(article.title) <= 45
    assert "张北县" in article.text and "張" not in article.text


def test_seed_003_dateline_breadcrumb_title_and_footer(seeds):
    doc, article = seeds["003"]
    assert article.title == "从有就业到就好业——安康市“稳就业促增收”工作侧记"
    assert (doc.date, doc.date_inferred) == ("2022-03-18", False)
    assert doc.source == "中國網客戶端"
    text = article.text
    assert "位置" not in text and "首页 >" not in text and "正文" not in text
    assert "时间" not in text.split("\n")[0]
    assert "关键词" not in text and "相关新闻" not in text and "凡本网注明" not in text
    assert "特别关注" not in text
    assert text.startswith("十四运吉祥物安康造；")
    assert text.endswith("安康市人社局局长汪小卫说。")


def test_seed_004_related_articles_cut_and_year(seeds):
    doc, article = seeds["004"]
    assert doc.title == "江苏省超序时完成国家考核任务 84.75万中西部贫困劳动力就业"
    assert (doc.date, doc.date_inferred) == ("2020", True)
    text = article.text
    assert "相关文章" not in text and "发表评论" not in text and "欢迎参与讨论" not in text
    assert "江西" not in text and "卜宇" not in text and "昌平区" not in text
    assert "admin" not in text and "个月前" not in text
    assert text.endswith("服务“不断线”。")


# --- encodings ----------------------------------------------------------------------------------


def _reencode(tmp_path: Path, source: Path, encoding: str, bom: bytes = b"") -> Path:
    target = tmp_path / f"{encoding}-{source.name}"
    text = source.read_text(encoding="utf-8")
    if encoding in ("gbk", "big5"):
        text = text.replace("\xa0", " ")  # no-break space has no GBK/Big5 code; both are spaces
    target.write_bytes(bom + text.encode(encoding))
    return target


def _same(a: Document, b: Document) -> None:
    assert (a.body, a.title, a.date, a.source, a.author) == (b.body, b.title, b.date, b.source, b.author)
    assert normalize(a).text == normalize(b).text


@pytest.mark.parametrize("key", ["000", "001", "004"])
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_reencoding_of_a_simplified_seed_gives_the_same_text(tmp_path, key, encoding):
    gbk = read(_reencode(tmp_path, SEED[key], encoding))
    assert gbk.encoding == "gb18030"
    _same(gbk, read(SEED[key]))


def test_big5_reencoding_of_a_traditional_text_gives_the_same_text(tmp_path):
    source = INPUTS / "yunnan_trad.txt"
    big5 = read(_reencode(tmp_path, source, "big5"))
    assert big5.encoding == "big5"
    _same(big5, read(source))
    assert "云南省人社厅" in normalize(big5).text


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", codecs.BOM_UTF8, "utf-8"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_unicode_with_byte_order_mark(tmp_path, encoding, bom, expected):
    for source in (SEED["003"], INPUTS / "sichuan_furniture.txt"):
        doc = read(_reencode(tmp_path, source, encoding, bom))
        assert doc.encoding == expected
        _same(doc, read(source))


def test_utf16_without_bom_is_recognised():
    text, encoding = decode_bytes("劳务品牌 Labour brands\n".encode("utf-16-le"))
    assert (text, encoding) == ("劳务品牌 Labour brands\n", "utf-16-le")


def test_gb18030_and_big5_are_told_apart_in_both_directions():
    simplified = "湖南省湘西州与山东省济南市开展劳务协作，今年输送农村劳动力两万三千人赴山东就业。"
    traditional = "湖南省湘西州與山東省濟南市開展勞務協作，今年輸送農村勞動力兩萬三千人赴山東就業。"
    big5 = traditional.encode("big5")
    assert big5.decode("gb18030")  # decodes both ways: the choice is made on the text
    assert decode_bytes(big5) == (traditional, "big5")
    assert decode_bytes(simplified.encode("gbk")) == (simplified, "gb18030")
    assert decode_bytes(traditional.encode("gbk")) == (traditional, "gb18030")


def test_short_text_valid_in_both_gb_and_big5_goes_to_the_reading_of_common_characters():
    # Every byte pair here is a valid character in GBK and in Big5.
    simplified = "我们的工作很好"
    data = simplified.encode("gbk")
    assert data.decode("big5")
    assert decode_bytes(data) == (simplified, "gb18030")


def test_a_damaged_byte_is_replaced_only_when_nothing_decodes_cleanly():
    text = "甘肃省张掖市劳务输转工作稳步推进。" * 20
    data = text.encode("utf-8")[:-1]  # cut inside the last character
    decoded, encoding = decode_bytes(data)
    assert encoding == "utf-8" and decoded.endswith("\ufffd")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(IngestError) as info:
        read(path)
    assert info.value.reason == "binary file (NUL bytes)"


def test_empty_and_blank_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="^empty file$"):
        read(empty)
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(IngestError, match="empty file"):
        read(blank)


def test_undecodable_bytes_are_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(IngestError) as info:
        read(path)
    assert info.value.reason.startswith("cannot decode: not UTF-8, GB18030, Big5 or UTF-16")


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("劳务".encode() * 1000)
    with pytest.raises(IngestError) as info:
        read_document(path, "big.txt", max_bytes=1024)
    assert info.value.reason.startswith("file too large (")
    assert "MB limit)" in info.value.reason


def test_directory_and_missing_file_give_reasons(tmp_path):
    with pytest.raises(IngestError, match="is a directory"):
        read(tmp_path)
    with pytest.raises(IngestError, match="no such file"):
        read(tmp_path / "missing.txt")


def test_unreadable_file_gives_permission_denied(tmp_path, monkeypatch):
    # chmod 000 does not stop root (CI runs as root), so the refusal is made by the OS call itself.
    path = tmp_path / "secret.txt"
    path.write_text("四川省", encoding="utf-8")
    real_open = os.open

    def refuse(target, *args, **kwargs):
        if os.fspath(target) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(target))
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(IngestError, match="permission denied"):
        read(path)


def test_page_with_only_furniture_is_refused(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("您现在的位置：首页 > 新闻\n\nhttps://example.cn/a.html\n\n版权所有 © 2023\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text"):
        read(path)


# --- front matter --------------------------------------------------------------------------------


def _doc(tmp_path: Path, text: str, name: str = "a.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read(path)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-08 10:03:38 +0800", "2022-03-08"),
        ("Fri, 11 Feb 2022 11:06:56 GMT", "2022-02-11"),
        ("'2021-12-01'", "2021-12-01"),
        ('"2021/7/5 08:00"', "2021-07-05"),
        ("2021-12-01T23:30:00Z", "2021-12-01"),
        ("2021年12月1日", "2021-12-01"),
        ("8 March 2022", "2022-03-08"),
        ("March 8, 2022", "2022-03-08"),
    ],
)
def test_front_matter_dates(tmp_path, value, expected):
    doc = _doc(tmp_path, f"---\ntitle: 湖南日报\ndate: {value}\n---\n怀化市开展劳务协作。\n")
    assert (doc.date, doc.date_inferred) == (expected, False)


def test_parse_date_edge_cases():
    assert parse_date("2022-02-30") is None
    assert parse_date("20220308") == "2022-03-08"
    assert parse_date("２０２２年３月８日") == "2022-03-08"
    assert parse_date("2022") == "2022"
    assert parse_date(None) is None and parse_date(["2022"]) is None


def test_front_matter_after_blank_lines_with_string_categories(tmp_path):
    doc = _doc(tmp_path, "\n\n---\ntitle: '湘西劳务'\ncategories: hunan news\nauthor: {name: 刘某}\n---\n\n湘西州输出劳动力。\n")
    assert doc.title == "湘西劳务"
    assert doc.categories == ("hunan", "news")
    assert doc.author == "刘某"
    assert doc.body == "湘西州输出劳动力。"
    assert doc.media_type == "text/markdown"


def test_broken_yaml_front_matter_falls_back_to_key_value_lines(tmp_path):
    text = "---\ntitle: 云南: \"昭通\n苹果工\ndate: 2023-04-01\ncategories:\n - 云南\n - 劳务\n  bad: [\n---\n昭通市组织务工人员外出。\n"
    doc = _doc(tmp_path, text)
    assert doc.title == '云南: "昭通'
    assert doc.date == "2023-04-01"
    assert doc.categories == ("云南", "劳务")
    assert "title" not in doc.body and doc.body == "昭通市组织务工人员外出。"


def test_front_matter_markdown_links_and_heading(tmp_path):
    doc = read(INPUTS / "guizhou_frontmatter.md")
    assert doc.title == "黔东南州“黔东南绣娘”走出大山"
    assert (doc.date, doc.author, doc.categories) == ("2023-08-20", "贵州日报", ("劳务品牌", "贵州"))
    # The repeated # heading, the image, the autolink and the return link are gone; a link
    # inside a sentence keeps its words.
    assert doc.body == "黔东南州培育的“黔东南绣娘”劳务品牌，今年已带动3000余名妇女就业。详情见州人社局通报。"


def test_text_without_front_matter_keeps_dashes(tmp_path):
    doc = _doc(tmp_path, "四川省广元市劳务输出\n\n---\n广元市今年输出劳动力60万人。\n", "b.txt")
    assert doc.title == "四川省广元市劳务输出"
    assert doc.body == "广元市今年输出劳动力60万人。"


# --- HTML ---------------------------------------------------------------------------------------


def test_html_page_with_nested_divs(tmp_path):
    doc = read(INPUTS / "hunan_page.html")
    assert doc.media_type == "text/html"
    assert doc.title == "湘西州劳务协作见成效"
    assert (doc.date, doc.author, doc.source) == ("2021-11-03", "刘某", "湖南日报")
    assert doc.body.split("\n") == [
        "湘西州与济南市开展劳务协作，今年前三季度输送2.3万名农村劳动力赴山东就业。",
        "花垣县组织“湘西新木匠”",
        "赴济南务工。",
    ]
    assert "不是正文" not in doc.body and "color" not in doc.body and "广告" not in doc.body


def test_html_title_from_title_tag_without_site_name(tmp_path):
    html = "<html><head><title>怀化市稳就业工作综述_湖南新闻网</title></head><body><div><p>怀化市今年新增就业2万人。</p></div></body></html>"
    doc = _doc(tmp_path, html, "page.htm")
    assert doc.title == "怀化市稳就业工作综述"
    assert doc.body == "怀化市今年新增就业2万人。"


def test_html_fragment_in_text_file_keeps_paragraphs(tmp_path):
    text = "---\ntitle: 凉山州劳务\n---\n<div>\n<p>凉山州组织劳务输出。</p><p>  今年输出20万人。</p>\n<script>alert(1)</script></div>\n"
    doc = _doc(tmp_path, text, "c.txt")
    assert doc.body == "凉山州组织劳务输出。\n今年输出20万人。"


def test_deeply_nested_html_is_linear(tmp_path):
    html = "<div>" * 3000 + "<p>湘潭市输出劳动力。</p>" + "</div>" * 3000
    doc = _doc(tmp_path, html, "deep.html")
    assert doc.body == "湘潭市输出劳动力。"


# --- page furniture, titles, metadata lines ----------------------------------------------------------


def test_furniture_of_a_sichuan_page():
    doc = read(INPUTS / "sichuan_furniture.txt")
    assert doc.title == "广安市“川字号”劳务品牌带动12万人就业"
    assert (doc.date, doc.date_inferred, doc.source) == ("2023-05-16", False, "四川日报")
    assert doc.body.split("\n") == [
        "（记者 王某）5月15日，广安市举行2023年“春风行动”劳务输出欢送仪式，300余名务工人员乘专列前往广东、浙江等地。",
        "近年来，广安市培育“邻水电焊工”“岳池家政”等劳务品牌，带动12万人在外就业。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "（文章来源：云南日报）",
        "【来源：怀化市人民政府】",
        "来源：新华网  作者：赵某",
        "文章来源:湖南日报    编辑：钱某",
        "作者：孙某  审核：李某  责任编辑：周某",
        "時(shí)間:2023-01-05 10:00:00    來(lái)源:雲南網】",
        "版权归原作者所有，向原创者致敬",
        "凡本网注明“来源：XXX”的作品，均转载自其它媒体，转载目的在于传递更多信息。",
        "免责声明：本文仅代表作者个人观点。",
        "[返回首页](//example.cn/)｜[返回湖南新闻](//example.cn/hn)",
        "<http://example.cn/share.html?id=3>",
        "http://example.cn/a/b.html",
        "当前位置：首页 > 要闻",
        "首页 > 新闻 > 正文",
    ],
)
def test_furniture_lines_are_not_body(tmp_path, line):
    text = f"贵州省铜仁市开展劳务协作\n\n铜仁市今年输出劳动力5万人。\n\n{line}\n\n遵义市输出劳动力3万人。\n"
    doc = _doc(tmp_path, text, "d.txt")
    assert doc.body == "铜仁市今年输出劳动力5万人。\n遵义市输出劳动力3万人。"


def test_source_author_and_date_lines_become_metadata(tmp_path):
    text = "云南省保山市劳务品牌\n時(shí)間:2023-01-05 10:00:00    來(lái)源:雲南網】\n作者：孙某  责任编辑：周某\n保山市今年输出劳动力。\n"
    doc = _doc(tmp_path, text, "e.txt")
    assert (doc.date, doc.source, doc.author) == ("2023-01-05", "雲南網", "孙某")
    assert doc.body == "保山市今年输出劳动力。"


@pytest.mark.parametrize("heading", ["相关文章", "相关新闻", "相关阅读", "发表评论", "关键词：劳务 就业", "特别关注", "相關新聞",
                                     "往期推荐", "往期回顾", "精彩推荐", "更多阅读", "往期精選"])
def test_trailing_blocks_are_cut(tmp_path, heading):
    text = f"湖南省邵阳市劳务输出\n\n邵阳市今年输出劳动力80万人。\n\n{heading}\n\n长沙：就业服务进社区\n\n株洲市举办招聘会，岗位1000个。\n"
    doc = _doc(tmp_path, text, "f.txt")
    assert doc.body == "邵阳市今年输出劳动力80万人。"


def test_a_public_accounts_footer_in_markdown_is_cut(tmp_path):
    text = ("---\ntitle: 邵阳市劳务输出\n---\n\n邵阳市今年输出劳动力80万人。\n\n**往期推荐**\n\n"
            "- 新宁县开展家政专项招聘\n- 武冈：春季用工对接忙\n")
    doc = _doc(tmp_path, text, "f.md")
    assert doc.body == "邵阳市今年输出劳动力80万人。"


def test_a_related_heading_before_any_body_is_not_a_cut(tmp_path):
    doc = _doc(tmp_path, "相关新闻\n\n永州市今年输出劳动力50万人。\n", "g.txt")
    assert doc.body == "永州市今年输出劳动力50万人。"


def test_byline_and_posting_stamp(tmp_path):
    doc = _doc(tmp_path, "四川省南充市劳务品牌\nadmin3天前资讯动态88\n□ 本报记者 陈某\n南充市今年输出劳动力。\n", "h.txt")
    assert doc.author == "陈某"
    assert doc.body == "南充市今年输出劳动力。"


def test_title_is_first_short_line_after_breadcrumb(tmp_path):
    doc = _doc(tmp_path, "您现在的位置：首页 > 新闻\n\n曲靖市劳务输出再创新高\n\n曲靖市今年输出劳动力。\n", "i.txt")
    assert doc.title == "曲靖市劳务输出再创新高"
    assert doc.body == "曲靖市今年输出劳动力。"


def test_title_from_first_sentence_when_first_line_is_prose(tmp_path):
    body = "5月8日，四川省宜宾市在叙州区举行2023年春风行动专场招聘会，吸引了来自全市各地的两千余名求职者前来应聘。\n宜宾市今年输出劳动力。\n"
    doc = _doc(tmp_path, body, "j.txt")
    assert doc.title == "四川省宜宾市在叙州区举行2023年春风行动专场招聘会"  # the opening date is no title word
    assert doc.body == body.strip()


def test_title_of_one_sentence_file(tmp_path):
    doc = _doc(tmp_path, "丽江市今年输出劳动力10万人。", "k.txt")
    assert doc.title == "丽江市今年输出劳动力10万人"
    assert doc.body == "丽江市今年输出劳动力10万人。"


# --- the year of an undated article ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "year"),
    [
        # 今年 with one year in the same sentence.
        ("2023年全县输出劳动力5万人。今年3月，绵阳市2024年“春风行动”启动。", 2024),
        # A comparison year next to 今年 does not name it.
        ("今年1至4月，新增就业1.2万人，比2023年同期增加10%。2024年3月举办招聘会。", 2024),
        # 去年 looking back at the latest dated year.
        ("2021年，邵阳市首届“湘妹子班”开班。学员们很努力。去年9月，首批学员来到长沙。", 2022),
        # 去年 as a comparison does not count; the latest year stands.
        ("2021年，邵阳市输出劳动力80万人。今年输出人数不少于去年。", 2021),
        # No 今年/去年 help: the latest year mentioned.
        ("2019年启动试点，2021年全面推开，2020年输出3万人。", 2021),
        # A target year lies ahead of the writer.
        ("2022年输出劳动力5万人，力争到2030年达到10万人。", 2022),
        ("二〇二一年，云南省输出劳动力。", 2021),
        ("近年来，怀化市劳务输出稳步增长。", None),
        # Years of a document title, brackets or a plan's range are no evidence for 今年 or the latest year.
        ("今年，全省落实《就业促进规划（2021—2025年）》。今年3月，宜春市启动2023年春风行动。", 2023),
        ("今年，南充市实施2022-2024年技能提升计划。今年4月，南充市2023年招聘会举行。", 2023),
        ("2019年，黔南州输出劳动力5万人，并印发《劳务品牌培育方案（2021—2025年）》。", 2019),
        # A tie goes to the earlier year: a later one beside 今年 is a plan's.
        ("今年春节后，铜川市启动2024年“春风行动”。今年，铜川市还将落实2025年“技能铜川”计划。", 2024),
        # 今年 as an age is no 今年.
        ("今年45岁的李华2016年外出务工。2020年，县里培训3000人。", 2020),
    ],
)
def test_infer_year(body, year):
    assert infer_year(body) == year


def test_undated_article_gets_inferred_year(tmp_path):
    doc = _doc(tmp_path, "湖南省怀化市劳务协作\n今年2月，怀化市2024年“春风行动”启动。\n", "l.txt")
    assert (doc.date, doc.date_inferred) == ("2024", True)


# --- discover ----------------------------------------------------------------------------------------


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("hidden", encoding="utf-8")
    (root / ".hidden.txt").write_text("四川", encoding="utf-8")
    (root / "z.txt").write_text("四川省", encoding="utf-8")
    (root / "a.md").write_text("云南省", encoding="utf-8")
    (root / "b" / "page.HTML").write_text("<p>湖南省</p>", encoding="utf-8")
    (root / "b" / "deep" / "c.htm").write_text("<p>贵州省</p>", encoding="utf-8")
    (root / "b" / "notes.markdown").write_text("甘肃省", encoding="utf-8")
    (root / "b" / "data.json").write_text("{}", encoding="utf-8")
    (root / "b" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (root / "b" / "ARTICLE").write_text("河北省张北县", encoding="utf-8")
    (root / "b" / "blob").write_bytes(b"\x00\x01\x02binary")
    (root / "b" / "LICENSE").write_text("MIT License", encoding="utf-8")
    return root


def test_discover_walks_folders_sorted_and_skips_hidden_and_other_types(tmp_path):
    root = _tree(tmp_path)
    files, skipped = discover([root])
    shown = [s for _, s in files]
    base = root.name  # names start at the folder holding the argument: no local path in the graph
    assert shown == sorted(shown)
    assert shown == [
        f"{base}/a.md",
        f"{base}/b/ARTICLE",
        f"{base}/b/deep/c.htm",
        f"{base}/b/notes.markdown",
        f"{base}/b/page.HTML",
        f"{base}/z.txt",
    ]
    assert all(isinstance(p, Path) and p == root.parent / s for p, s in files)
    assert skipped == []


def test_discover_names_files_from_the_folder_holding_the_argument(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    files, _ = discover(["news/", "news/z.txt"])
    assert [s for _, s in files][:2] == ["news/a.md", "news/b/ARTICLE"]
    assert [s for _, s in files].count("news/z.txt") == 1


def test_discover_reports_missing_and_explicit_unsupported_paths(tmp_path):
    root = _tree(tmp_path)
    files, skipped = discover([root / "z.txt", tmp_path / "nope.txt", root / "b" / "data.json", root / "b" / "blob"])
    assert [s for _, s in files] == ["blob", "z.txt"]  # a file argument is named by its name
    assert skipped == [
        Skipped(str(root / "b" / "data.json"), "unsupported file type '.json'"),
        Skipped(str(tmp_path / "nope.txt"), "no such file or directory"),
    ]
    with pytest.raises(IngestError, match="binary"):
        read_document(*files[0])


def test_discover_survives_symlink_loops(tmp_path):
    root = _tree(tmp_path)
    (root / "b" / "deep" / "loop").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    files, skipped = discover([root])
    assert len(files) == 6
    assert skipped == [Skipped(str(root / "dangling.txt"), "broken symbolic link")]


def test_seeds_with_a_binary_and_an_empty_file_beside_them(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\xff\x00\xfe" * 10)
    (folder / "empty.txt").write_bytes(b"")
    files, skipped = discover([folder])
    built, failed = [], []
    for path, shown in files:
        try:
            built.append(normalize(read_document(path, shown)))
        except IngestError as error:
            failed.append((Path(shown).name, error.reason))
    assert len(built) == 5 and skipped == []
    assert failed == [("broken.txt", "binary file (NUL bytes)"), ("empty.txt", "empty file")]


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    import kg.ingest

    path = tmp_path / "secret.txt"
    path.write_text("四川省", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(kg.ingest, "open", refuse, raising=False)
    with pytest.raises(IngestError) as info:
        read(path)
    assert info.value.reason == "permission denied"


# --- any bytes at all ------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    [
        "---\n", "title: 湖南\n", "date: 2022-03-08\n", "<p>", "</p>", "<div>", "相关文章\n", "来源：新华网\n",
        "您现在的位置：首页 > 新闻\n", "[返回](http://x)", "2021年", "今年", "去年", "數(shù)", "\n", "。", "，",
        "张北县", "□张玲\n", "<script>", "ネ", "?", "\ufffd", "\r\n", "\ufeff",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.lists(_PIECES, max_size=30).map(lambda xs: "".join(xs).encode("utf-8")),
        st.lists(_PIECES, max_size=30).map(lambda xs: "".join(xs).encode("gb18030")),
    ),
    st.sampled_from(["a.txt", "a.md", "a.html", "noext"]),
)
def test_any_bytes_give_a_document_or_an_ingest_error(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        doc = read_document(path, name)
    except IngestError as error:
        assert error.reason
        return
    assert doc.body.strip() and doc.content_hash
    assert doc.date is None or re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", doc.date)
    normalize(doc)


def test_discover_does_not_depend_on_argument_order(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    one = discover(["news", "./news", "news/b"])
    two = discover(["news/b", "./news", "news"])
    assert one == two
    assert len(one[0]) == 6 and all(s.startswith("news/") for _, s in one[0])


@pytest.mark.parametrize(
    ("body", "year"),
    [
        # A dateline the page furniture left in the body (traditional 發佈時間) dates the article.
        ("發佈時間：2022-05-10　來源：某縣人社局\n該品牌去年入選省級勞務品牌，目前從業人員約8000人。", 2022),
        ("日期: 2021/3/8\n今年以来，全县输出劳动力3万人。", 2021),
        # A dateline wins over later years of plans or history.
        ("发布时间：2020年6月1日\n2019年，全县输出劳动力3万人。", 2020),
        # An impossible date is no dateline.
        ("更新时间：2021-13-40\n2019年，全县输出劳动力3万人。", 2019),
    ],
)
def test_infer_year_from_a_dateline(body, year):
    assert infer_year(body) == year


@pytest.mark.parametrize("reported", [0, 10], ids=["size-unknown", "grew-after-fstat"])
def test_a_file_larger_than_its_reported_size_is_read_whole_or_refused(tmp_path, monkeypatch, reported):
    # The size fstat reports is only a first guess for the read (0 for /proc files, smaller for a
    # file still being written): the bytes past it are read too, and the limit still holds.
    path = tmp_path / "growing.txt"
    path.write_text("甘肃省张掖市2021年输转劳动力3万人。\n" * 40, encoding="utf-8")
    whole = read_document(path, "growing.txt")
    real_fstat = os.fstat

    class Reported:
        def __init__(self, fd):
            self.st_mode, self.st_size = real_fstat(fd).st_mode, reported

    monkeypatch.setattr(os, "fstat", Reported)
    assert read_document(path, "growing.txt") == whole
    with pytest.raises(IngestError, match="file too large"):
        read_document(path, "growing.txt", max_bytes=100)


def test_year_mentions_and_last_year_only_count_where_their_characters_stand():
    assert infer_year("2019年首届培训班开班。次年继续。去年9月，他来到苏州。") == 2020
    assert infer_year("比去年增长5%。2023年共输转3万人。") == 2023
    assert infer_year("今年45岁的他说，2022年的订单最多。") == 2022
    assert infer_year("没有年份的句子。") is None


# --- real pages: the headline under the site's chrome, the date line, navigation bars ----------------


@pytest.mark.parametrize(("page", "expected"), [
    pytest.param("湘西新闻网怀化频道\n返回首页\n>>正文\n\n怀化开行今年首趟返岗专列\n\n"
                 "2024-02-18 09:12:40  来源: 湘西新闻网\n\n2月17日，400余名务工人员从怀化南站出发前往深圳。\n",
                 {"title": "怀化开行今年首趟返岗专列", "date": "2024-02-18", "source": "湘西新闻网",
                  "body": "2月17日，400余名务工人员从怀化南站出发前往深圳。"},
                 id="headline_is_the_line_above_the_date_line_not_the_site_chrome"),
    pytest.param("常德组织务工人员赴粤\n2021-03-02 10:47:49 王某、李某 来源:常德网  责任编辑:赵某\n"
                 "常德市今年输出劳动力。\n",
                 {"title": "常德组织务工人员赴粤", "date": "2021-03-02", "source": "常德网",
                  "body": "常德市今年输出劳动力。"},
                 id="date_line_with_reporters_before_the_source"),
    pytest.param("某某彩票官网_手机版下载|注册\n\n图片\n首页|桂林|梧州|北海|钦州|时评|国内|国际|专题\n"
                 "您所在的位置:: 某某网 > 国内 > 正文\n\n百色发出务工专列\n\n百色市今年输出劳动力。\n",
                 {"title": "百色发出务工专列", "body": "百色市今年输出劳动力。"},
                 id="navigation_bar_is_furniture_and_spam_header_is_not_the_title"),
])
def test_metadata_under_site_chrome(tmp_path, page, expected):
    doc = _doc(tmp_path, page, "page.txt")
    assert {field: getattr(doc, field) for field in expected} == expected


@pytest.mark.parametrize("line", ["原标题：毕节开出务工专列", "原標題:毕节开出务工专列", "某某体育毕节日报:毕节开出务工专列"])
def test_title_prefixes_of_reposts_and_mastheads_are_dropped(tmp_path, line):
    doc = _doc(tmp_path, f"{line}\n毕节市今年输出劳动力。\n", "p.txt")
    assert doc.title == "毕节开出务工专列"


def test_a_headline_printed_twice_is_one_headline(tmp_path):
    page = "六盘水开出务工专车\n栏目:地方新闻 发布时间:2022-05-20\n六盘水开出务工专车\n六盘水市今年输出劳动力。\n"
    doc = _doc(tmp_path, page, "q.txt")
    assert (doc.title, doc.date) == ("六盘水开出务工专车", "2022-05-20")
    assert doc.body == "六盘水市今年输出劳动力。"


def test_source_field_holding_only_a_date_dates_the_page(tmp_path):
    doc = _doc(tmp_path, "铜仁市今年输出劳动力。\n来源: 2007-06-01 09:15 |\n", "r.txt")
    assert (doc.date, doc.source) == ("2007-06-01", None)


def test_headline_ending_in_an_exclamation_mark(tmp_path):
    doc = _doc(tmp_path, "乡村在线\n\n好消息!毕节新增两个劳务品牌!\n\n毕节市今年输出劳动力。\n", "s.txt")
    assert doc.title == "好消息!毕节新增两个劳务品牌!"


def test_a_table_row_is_not_a_navigation_bar(tmp_path):
    page = "赣州市劳务指标\n\n| 指标 | 数值 |\n| --- | --- |\n| 转移就业 | 21.3万人 |\n| 技能培训 | 8600人次 |\n"
    doc = _doc(tmp_path, page, "t.md")
    assert "21.3万人" in doc.body


@pytest.mark.parametrize("lead", ["新华社兰州3月5日电（记者 王某）", "(中央社台北10日电)", "某某网讯(记者刘某)", "本报西宁5月2日讯 ", "(中央社臺北10日電)"])
def test_a_first_sentence_title_drops_the_wire_lead(tmp_path, lead):
    doc = _doc(tmp_path, lead + "今年以来，海东市组织务工人员赴新疆务工，人数创下新高。该市还开展了技能培训。\n", "a.txt")
    assert doc.title == "今年以来，海东市组织务工人员赴新疆务工，人数创下新高"


def test_a_short_first_line_opened_by_a_dateline_is_body_not_headline(tmp_path):
    doc = _doc(tmp_path, "(中央社台北10日电)甘肃省岷县外出务工人员多\n岷县今年组织务工人员赴新疆务工。\n", "a.txt")
    assert doc.title == "甘肃省岷县外出务工人员多" and "岷县外出务工人员多" in doc.body


@pytest.mark.parametrize("when", ["2月6日9时15分，", "3月9日清早，", "2024年2月18日，"])
def test_a_first_sentence_title_drops_a_clause_that_only_says_when(tmp_path, when):
    doc = _doc(tmp_path, when + "海东市开出首趟务工专列，460余名务工人员搭乘专列赶赴苏州。当天还开出了两趟专列。\n", "a.txt")
    assert doc.title == "海东市开出首趟务工专列，460余名务工人员搭乘专列赶赴苏州"


@pytest.mark.parametrize(("lead", "source"), [
    ("新华社兰州3月5日电（记者 王某）", "新华社"), ("(中央社臺北10日電)", "中央社"), ("某某网讯(记者刘某)", "某某网"),
    ("本报西宁5月2日讯 ", None), ("今年以来，", None)])
def test_the_agency_of_a_dateline_is_the_source(tmp_path, lead, source):
    doc = _doc(tmp_path, lead + "海东市组织务工人员赴新疆务工，人数创下新高。\n", "a.txt")
    assert doc.source == source


@pytest.mark.parametrize("line, source", [
    ("来源：黔东日报　作者：吴某　　2023-10-17", "黔东日报"),
    ("来源：黔东日报 2023年10月17日 09:30", "黔东日报"),
    ("作者：吴某 来源：黔东新闻网  2023/10/17", "黔东新闻网"),
])
def test_a_date_after_the_last_field_of_a_meta_line_dates_the_page(tmp_path, line, source):
    page = f"锦屏县开出务工专车\n{line}\n锦屏县今年输出劳动力。\n"
    doc = _doc(tmp_path, page, "u.txt")
    assert (doc.title, doc.date, doc.source) == ("锦屏县开出务工专车", "2023-10-17", source)
    assert doc.body == "锦屏县今年输出劳动力。"

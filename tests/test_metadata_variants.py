"""Title, date and source read off captured pages in the many forms sites print them, and page chrome whose places
are no mentions; pages written here, about places the real set does not cover."""
from __future__ import annotations

import pytest

from kg.ingest import read_document
from kg.ingest.dates import parse_date


def read(tmp_path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, name)


BODY = "镇宁县组织300名务工人员乘专车赴浙江务工。"


@pytest.mark.parametrize("page, title, date, source", [
    # the date line of a news site, with the time and the source after the date
    ("镇宁县开通返岗专车\n2023-01-31 17:18:46 来源:安顺日报\n" + BODY, "镇宁县开通返岗专车", "2023-01-31", "安顺日报"),
    ("镇宁县开通返岗专车\n发布时间：2023年1月31日 10:05  来源：安顺新闻网\n" + BODY,
     "镇宁县开通返岗专车", "2023-01-31", "安顺新闻网"),
    ("镇宁县开通返岗专车\n时间: 2023/01/31  编辑：某某  责任编辑：某某\n" + BODY, "镇宁县开通返岗专车", "2023-01-31", None),
    ("镇宁县开通返岗专车\n2023年1月31日 星期二 来源：安顺日报\n" + BODY, "镇宁县开通返岗专车", "2023-01-31", "安顺日报"),
    ("镇宁县开通返岗专车\n发稿时间：2023-01-31 稿源：安顺新闻网\n" + BODY, "镇宁县开通返岗专车", "2023-01-31", "安顺新闻网"),
    # keys in brackets instead of before a colon; a date with the century left out
    ("【来源】镇宁县融媒体中心\n【时间】23-01-31\n镇宁县开通返岗专车\n" + BODY,
     "镇宁县开通返岗专车", "2023-01-31", "镇宁县融媒体中心"),
    ("镇宁县开通返岗专车\n[作者] 某某 [来源] 镇宁融媒 [时间] 2023-01-31\n" + BODY, "镇宁县开通返岗专车", "2023-01-31", "镇宁融媒"),
    # the outlet printed beside the date without 来源, either side of it
    ("2023年01月31日 08:30  安顺新闻网\n镇宁县：技能培训助力劳务输出\n" + BODY,
     "镇宁县：技能培训助力劳务输出", "2023-01-31", "安顺新闻网"),
    ("安顺新闻网 2023-01-31 09:00\n镇宁县开通返岗专车\n" + BODY, "镇宁县开通返岗专车", "2023-01-31", "安顺新闻网"),
    # traditional script
    ("鎮寧縣開通返崗專車\n發佈時間：2023-01-31 來源：安順日報\n" + BODY, "鎮寧縣開通返崗專車", "2023-01-31", "安順日報"),
])
def test_title_date_and_source(tmp_path, page, title, date, source):
    doc = read(tmp_path, page)
    assert (doc.title, doc.date, doc.source) == (title, date, source)
    assert doc.body == BODY


@pytest.mark.parametrize("chrome", [
    "安顺新闻网 >> 新闻中心 >> 县区动态",  # a breadcrumb without 首页
    "首页 新闻 政务 安顺 镇宁 紫云 关岭 普定",  # a menu set with spaces
    "镇宁县人民政府|首页|政务公开|新闻动态|通知公告|办事指南|联系我们",
    "【字体：大 中 小】【打印本页】【关闭窗口】",
    "兄弟县区：西秀区 平坝区 普定县 关岭县 紫云县 镇宁县",  # a menu under a label of its own
    "友情链接: 安顺人社 贵州人社 镇宁政务 紫云政务 关岭政务 普定政务",
])
def test_site_chrome_above_the_headline_is_neither_title_nor_body(tmp_path, chrome):
    doc = read(tmp_path, f"{chrome}\n镇宁县开通返岗专车\n2023-01-31 来源：安顺日报\n{BODY}")
    assert doc.title == "镇宁县开通返岗专车"
    assert doc.body == BODY  # no place of the menu is left to be read as a mention


def test_a_menu_without_the_word_home_is_no_title_and_its_places_no_mentions(tmp_path):
    doc = read(tmp_path, f"新闻 政务 安顺 镇宁 紫云 关岭 普定 西秀\n镇宁县开通返岗专车\n2023-01-31 来源：安顺日报\n{BODY}")
    assert doc.title == "镇宁县开通返岗专车"
    assert "紫云" not in doc.body


def test_the_original_title_note_of_a_repost_is_dropped(tmp_path):
    doc = read(tmp_path, f"原标题：镇宁县送岗上门助增收\n镇宁县送岗上门助增收\n时间: 2022/03/05\n{BODY}")
    assert doc.title == "镇宁县送岗上门助增收"
    assert doc.body == BODY


def test_a_kicker_above_the_headline_stays_as_body(tmp_path):
    doc = read(tmp_path, f"——聚焦镇宁县春季劳务输出\n镇宁县开通返岗专车\n2023-01-31 来源：安顺日报\n{BODY}")
    assert doc.title == "镇宁县开通返岗专车"
    assert doc.body == "——聚焦镇宁县春季劳务输出\n" + BODY


def test_a_headline_with_an_arrow_in_prose_is_no_breadcrumb(tmp_path):
    doc = read(tmp_path, f"镇宁县务工收入增幅>全省平均\n{BODY}")
    assert doc.title == "镇宁县务工收入增幅>全省平均"


def test_a_quote_split_by_a_line_break_is_one_line(tmp_path):
    doc = read(tmp_path, "镇宁县开通返岗专车\n县人社局开展“送岗\n入户”专项行动，发布岗位3000个。")
    assert doc.body == "县人社局开展“送岗入户”专项行动，发布岗位3000个。"


def test_a_heading_after_a_closed_quote_keeps_its_line(tmp_path):
    doc = read(tmp_path, "镇宁县开通返岗专车\n县人社局开展“送岗入户”专项行动\n送岗上门，发布岗位3000个。")
    assert doc.body == "县人社局开展“送岗入户”专项行动\n送岗上门，发布岗位3000个。"


@pytest.mark.parametrize("value, expected", [
    ("23-01-31", "2023-01-31"), ("23/1/31 17:18", "2023-01-31"), ("23-13-31", None), ("123-01-31", None),
])
def test_dates_with_a_two_digit_year(value, expected):
    assert parse_date(value) == expected


HTML_LOGO_H1 = """<html><head><title>镇宁县开通返岗专车_安顺新闻网</title></head><body>
<div class="top"><h1><a href="/">安顺新闻网</a></h1>
<ul><li>首页</li><li>新闻</li><li>镇宁</li><li>紫云</li><li>关岭</li><li>普定</li></ul></div>
<div class="crumb">安顺新闻网 &gt;&gt; 县区新闻 &gt;&gt; 镇宁</div>
<h2>镇宁县开通返岗专车</h2>
<div class="info">2023-02-01 09:30:12 来源：安顺日报 作者：某某</div>
<div class="content"><p>镇宁县组织300名务工人员乘专车赴浙江务工。</p></div>
<div class="footer">版权所有 安顺新闻网</div></body></html>"""

HTML_SITE_NAME_LINE = """<html><head><title>安顺新闻网</title></head><body>
<header><span>安顺新闻网</span></header>
<h1>镇宁县开通返岗专车</h1>
<p>时间：2023-02-01 来源：安顺日报</p>
<p>镇宁县组织300名务工人员乘专车赴浙江务工。</p>
<p>【打印】【关闭】</p></body></html>"""


@pytest.mark.parametrize("html, source", [(HTML_LOGO_H1, "安顺日报"), (HTML_SITE_NAME_LINE, "安顺日报")])
def test_html_pages_with_a_logo_heading_and_a_menu_one_item_a_line(tmp_path, html, source):
    doc = read(tmp_path, html, "page.html")
    assert (doc.title, doc.date, doc.source) == ("镇宁县开通返岗专车", "2023-02-01", source)
    assert doc.body == "镇宁县组织300名务工人员乘专车赴浙江务工。"


def test_a_table_of_short_cells_with_figures_is_no_menu(tmp_path):
    cells = "\n".join(["县区", "人数", "镇宁县", "1200", "紫云县", "800", "关岭县", "650", "普定县", "900"])
    doc = read(tmp_path, f"安顺市劳务输出情况\n{BODY}\n{cells}")
    assert doc.body.endswith("普定县\n900")


@pytest.mark.parametrize("page, body", [
    # the wire's dateline and the story's headline after 题 on one line, the agency's reporters below
    ("新华社贵阳2月25日电 题：镇宁县“春风号”返岗专车出发\n新华社记者某某 某某\n" + BODY, BODY),
    # the dateline on its own line (it stays: the body's lead), 题：X on the next
    ("新华社贵阳2月25日电\n题：镇宁县“春风号”返岗专车出发\n" + BODY, "新华社贵阳2月25日电\n" + BODY),
])
def test_a_wire_story_headline_after_ti(tmp_path, page, body):
    doc = read(tmp_path, page)
    assert (doc.title, doc.source) == ("镇宁县“春风号”返岗专车出发", "新华社")
    assert doc.body == body


@pytest.mark.parametrize("line", ["2023年1月31日 星期二", "2023-01-31 周二 09:30", "（2023年1月31日）",
                                  "发布日期：2023-01-31　　浏览次数：1024"])
def test_a_date_line_with_a_weekday_brackets_or_a_counter(tmp_path, line):
    doc = read(tmp_path, f"镇宁县开通返岗专车\n{line}\n{BODY}")
    assert (doc.title, doc.date, doc.body) == ("镇宁县开通返岗专车", "2023-01-31", BODY)


def test_a_body_sentence_opening_with_a_date_stays_body(tmp_path):
    doc = read(tmp_path, f"镇宁县开通返岗专车\n2023年1月31日上午，镇宁县举行欢送仪式。\n{BODY}")
    assert doc.body.startswith("2023年1月31日上午，镇宁县举行欢送仪式。")


def test_a_page_title_naming_only_the_channel_gives_way_to_the_headline_in_the_page(tmp_path):
    html = ("<html><head><title>新闻中心_安顺在线</title></head><body>"
            "<ul><li>首页</li><li>时政</li><li>镇宁</li><li>紫云</li><li>关岭</li><li>普定</li></ul>"
            "<div class='art'><p>镇宁县开通返岗专车</p><p>2023-02-01 来源：安顺日报</p>"
            f"<p>{BODY}</p></div><div>版权所有 安顺在线</div></body></html>")
    doc = read(tmp_path, html, "page.html")
    assert (doc.title, doc.date, doc.body) == ("镇宁县开通返岗专车", "2023-02-01", BODY)


def test_a_line_break_inside_an_html_paragraph_between_chinese_characters_is_no_space(tmp_path):
    html = ("<html><head><title>镇宁县开通返岗专车_安顺新闻网</title></head><body><h1>镇宁县开通返岗专车</h1>"
            "<p>县人社局开展“送岗\n  入户”专项行动，\n发布岗位3000个。Jobs\nfor all.</p></body></html>")
    assert read(tmp_path, html, "page.html").body == "县人社局开展“送岗入户”专项行动，发布岗位3000个。Jobs for all."


@pytest.mark.parametrize("line", ["本文来源：安顺日报", "转自：安顺日报", "（转载自：安顺日报）"])
def test_a_source_line_at_the_end_of_the_story(tmp_path, line):
    doc = read(tmp_path, f"镇宁县开通返岗专车\n{BODY}\n{line}")
    assert (doc.source, doc.body) == ("安顺日报", BODY)


@pytest.mark.parametrize("line, date", [("23-01-31 17:18:46 来源:安顺日报", "2023-01-31"),
                                        ("23/1/31 来源:安顺日报", "2023-01-31"),
                                        ("10.5.3 来源:安顺日报", None)])  # dots with two digits: a section number
def test_a_date_line_with_the_century_left_out(tmp_path, line, date):
    doc = read(tmp_path, f"镇宁县开通返岗专车\n{line}\n{BODY}")
    assert doc.date == date


def test_a_list_of_names_one_a_line_between_paragraphs_is_the_storys_own(tmp_path):
    names = "\n".join(["镇宁焊工", "紫云月嫂", "关岭厨师", "普定电工", "平坝保安", "西秀家政"])
    doc = read(tmp_path, f"安顺市六大劳务品牌发布\n安顺市发布六大劳务品牌，分别是：\n{names}\n各品牌带动就业1万人。")
    assert "紫云月嫂" in doc.body and "西秀家政" in doc.body


def test_an_aggregators_channel_label_after_the_headline_is_dropped(tmp_path):
    doc = read(tmp_path, f"镇宁县开通返岗专车 送务工人员赴浙江 今日热资讯\n2023-01-31 来源：某某网\n{BODY}")
    assert doc.title == "镇宁县开通返岗专车 送务工人员赴浙江"


@pytest.mark.parametrize("title, expected", [
    ("镇宁县开通返岗专车_安顺新闻网", "镇宁县开通返岗专车"),
    ("镇宁县开通返岗专车 - 新闻中心 - 安顺在线", "镇宁县开通返岗专车"),
    ("黔东南州｜开通返岗专车", "黔东南州｜开通返岗专车"),  # a place before the bar is the headline's own
])
def test_a_front_matter_title_loses_the_site_and_channel_after_it(tmp_path, title, expected):
    doc = read(tmp_path, f"---\ntitle: {title}\ndate: 2023-01-31\n---\n{BODY}\n", "page.md")
    assert (doc.title, doc.date) == (expected, "2023-01-31")


@pytest.mark.parametrize("tools", ["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "打印本页 关闭窗口", "【字号 大 中 小】",
                                   "阅读次数：1024", "收藏 | 分享"])
def test_the_pages_tools_are_furniture(tmp_path, tools):
    doc = read(tmp_path, f"镇宁县开通返岗专车\n2023-01-31 来源：安顺日报\n{tools}\n{BODY}\n{tools}")
    assert doc.body == BODY

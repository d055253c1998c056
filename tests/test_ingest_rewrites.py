"""Page chrome and head lines in the forms portals, government pages and transcripts print them (text written here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_document
from kg.model import Document


def _doc(tmp_path: Path, text: str, name: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, str(path))


@pytest.mark.parametrize("footer", [
    '<div class="footer">主办单位：四川省雅安市人力资源和社会保障局　地址：雅安市雨城区雅州大道　蜀ICP备12003456号</div>',
    '<div id="bottom"><p>眉山市东坡区人民政府 版权所有</p><p>川公网安备 51140202000123号　网站标识码：5114000001</p></div>',
    '<div class="foot">技术支持：某某科技　地址：雅安市名山区蒙阳镇　川ICP证090012号</div>',
])
def test_a_sites_footer_lines_are_chrome(tmp_path, footer):
    html = ("<html><body><h1>荥经县今年输出劳动力12万人</h1>"
            "<p>荥经县今年向浙江、广东输出劳动力12万人。</p>" + footer + "</body></html>")
    doc = _doc(tmp_path, html, "p.html")
    assert doc.body == "荥经县今年向浙江、广东输出劳动力12万人。"


def test_prose_that_mentions_a_site_is_kept(tmp_path):
    # a sentence about a unit that runs a website, without a filing number, is the story's
    html = ("<html><body><h1>汉源县开通就业网站</h1>"
            "<p>汉源县人社局主办的就业网站上线，地址为县政务中心三楼。</p></body></html>")
    doc = _doc(tmp_path, html, "q.html")
    assert doc.body == "汉源县人社局主办的就业网站上线，地址为县政务中心三楼。"


@pytest.mark.parametrize("line, date", [
    ("播出时间：2023-10-09 19:30　栏目：雅安新闻　时长：02:45", "2023-10-09"),
    ("首播日期：2022年6月3日", "2022-06-03"),
    ("成文日期：2024-03-15　发布机构：眉山市人社局", "2024-03-15"),
    ("录入时间：2021/11/20 08:12", "2021-11-20"),
])
def test_a_date_line_keyed_by_air_issue_or_entry(tmp_path, line, date):
    text = f"荥经县举办春季招聘会\n{line}\n\n荥经县今年输出劳动力12万人。\n"
    doc = _doc(tmp_path, text, "d.txt")
    assert str(doc.date) == date
    assert doc.body == "荥经县今年输出劳动力12万人。"


def test_a_time_said_in_prose_is_no_date_line(tmp_path):
    text = "荥经县举办春季招聘会\n\n播出时间改到晚上以后，收看的务工人员多了。\n荥经县今年输出劳动力12万人。\n"
    doc = _doc(tmp_path, text, "e.txt")
    assert doc.date is None
    assert "播出时间改到晚上以后" in doc.body


@pytest.mark.parametrize("head, title", [
    # a magazine's headline with its subtitle under it, then the date line
    ("“焊工”走出小凉山\n——四川汉源县劳务品牌调查\n发布时间：2024-03-02", "“焊工”走出小凉山"),
    ("荥经月嫂进京记\n—雅安市劳务品牌巡礼之三\n来源：雅安日报", "荥经月嫂进京记"),
    # a speech's title, its speaker (office and name), its date in brackets
    ("在全市春季劳务输出工作会议上的讲话\n市委常委、副市长　李某某\n（2024年2月20日）", "在全市春季劳务输出工作会议上的讲话"),
    ("在全县就业工作推进会上的讲话\n县人社局局长 张某\n（2023年3月1日）", "在全县就业工作推进会上的讲话"),
    # a broadcaster's programme label before the headline
    ("【雅安新闻】荥经焊工：一技在手走天下\n播出时间：2023-10-09 19:30", "荥经焊工：一技在手走天下"),
])
def test_the_headline_above_a_subtitle_a_speaker_or_under_a_label(tmp_path, head, title):
    doc = _doc(tmp_path, f"{head}\n\n荥经县今年输出劳动力12万人。\n", "t.txt")
    assert doc.title == title


def test_a_headline_right_above_the_date_stays_the_headline(tmp_path):
    # a line above the headline (a kicker) does not take its place, nor does a headline that names an office
    doc = _doc(tmp_path, "雅安日报\n眉山市长 走访返乡务工人员\n发布时间：2024-03-02\n\n眉山市今年输出劳动力。\n", "u.txt")
    assert doc.title is not None and doc.title.startswith("眉山市长")


@pytest.mark.parametrize("head, title", [
    ("[视频]汉源县千名务工人员乘专车返岗\n来源：雅安日报", "汉源县千名务工人员乘专车返岗"),
    ("【聚焦】眉山月嫂走俏长三角\n发布时间：2024-03-02", "眉山月嫂走俏长三角"),
    # a province in brackets before the headline is the headline's own: it names where the story happens
    ("[四川] 雅安市万余名务工人员乘专列返岗\n来源：雅安日报", "[四川] 雅安市万余名务工人员乘专列返岗"),
])
def test_a_label_in_brackets_is_cut_from_the_headline_but_a_place_is_not(tmp_path, head, title):
    doc = _doc(tmp_path, f"{head}\n\n荥经县今年输出劳动力12万人。\n", "l.txt")
    assert doc.title == title


@pytest.mark.parametrize("footer", [
    "主办单位：眉山市人力资源和社会保障局　地址：眉山市东坡区湖滨路　电话：028-0000000",
    "主办：雅安市就业服务中心 联系方式：0833-0000000 地址：雅安市雨城区",
])
def test_a_sites_host_and_contact_line_is_chrome(tmp_path, footer):
    text = f"荥经县举办春季招聘会\n\n荥经县今年输出劳动力12万人。\n{footer}\n"
    doc = _doc(tmp_path, text, "h.txt")
    assert doc.body == "荥经县今年输出劳动力12万人。"


def test_a_host_named_in_the_story_is_kept(tmp_path):
    text = "荥经县举办春季招聘会\n\n主办单位：荥经县人社局，地点在县体育馆，参会企业86家。\n"
    doc = _doc(tmp_path, text, "k.txt")
    assert "参会企业86家" in doc.body

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
    '<div class="footer">主办单位：四川省乐山市人力资源和社会保障局　地址：乐山市市中区嘉州大道　蜀ICP备12003456号</div>',
    '<div id="bottom"><p>眉山市东坡区人民政府 版权所有</p><p>川公网安备 51140202000123号　网站标识码：5114000001</p></div>',
    '<div class="foot">技术支持：某某科技　地址：乐山市五通桥区竹根镇　川ICP证090012号</div>',
])
def test_a_sites_footer_lines_are_chrome(tmp_path, footer):
    html = ("<html><body><h1>犍为县今年输出劳动力12万人</h1>"
            "<p>犍为县今年向浙江、广东输出劳动力12万人。</p>" + footer + "</body></html>")
    doc = _doc(tmp_path, html, "p.html")
    assert doc.body == "犍为县今年向浙江、广东输出劳动力12万人。"


def test_prose_that_mentions_a_site_is_kept(tmp_path):
    # a sentence about a unit that runs a website, without a filing number, is the story's
    html = ("<html><body><h1>沐川县开通就业网站</h1>"
            "<p>沐川县人社局主办的就业网站上线，地址为县政务中心三楼。</p></body></html>")
    doc = _doc(tmp_path, html, "q.html")
    assert doc.body == "沐川县人社局主办的就业网站上线，地址为县政务中心三楼。"

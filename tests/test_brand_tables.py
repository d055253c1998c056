"""Brands listed in a notice's table: a header naming the brand-name column, then a brand a row (text, Markdown,
HTML), with the level the table's caption gives the list and the declaring unit as home where the name has no place."""
from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.pipeline import process_file

NOTICE = "陕西省公布第二批省级劳务品牌\n省人社厅近日公布第二批省级劳务品牌名单，洛南焊工等3个品牌入选。\n"


def code(name):
    return Gazetteer.load().lookup(name)[0].code


def brands_of(tmp_path, text, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(b.name, b.origin, b.level) for b in process_file(path, name).brands}


EXPECTED = {("洛南焊工", code("洛南县"), "provincial"), ("商山厨娘", code("商洛市"), "provincial"),
            ("旬阳建工", code("旬阳市"), "provincial")}


@pytest.mark.parametrize("table, name", [
    # a plain-text notice, cells set apart by wide spaces
    ("附件\n第二批省级劳务品牌名单\n序号\u3000品牌名称\u3000申报单位\n1\u3000洛南焊工\u3000商洛市洛南县\n"
     "2\u3000商山厨娘\u3000商洛市\n3\u3000旬阳建工\u3000安康市旬阳市\n", "a.txt"),
    # a Markdown table
    ("第二批省级劳务品牌名单\n\n| 序号 | 品牌名称 | 申报单位 |\n|---|---|---|\n| 1 | 洛南焊工 | 商洛市洛南县 |\n"
     "| 2 | 商山厨娘 | 商洛市 |\n| 3 | 旬阳建工 | 安康市旬阳市 |\n", "a.md"),
])
def test_a_table_of_brands_gives_each_row_with_the_lists_level(tmp_path, table, name):
    assert brands_of(tmp_path, NOTICE + table, name) == EXPECTED


def test_a_table_of_brands_in_an_html_page(tmp_path):
    rows = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{u}</td></tr>" for i, (n, u) in enumerate(
        [("洛南焊工", "商洛市洛南县"), ("商山厨娘", "商洛市"), ("旬阳建工", "安康市旬阳市")], 1))
    page = ("<html><head><title>陕西省公布第二批省级劳务品牌</title></head><body><h1>陕西省公布第二批省级劳务品牌</h1>"
            "<p>省人社厅近日公布第二批省级劳务品牌名单，洛南焊工等3个品牌入选。</p><p>第二批省级劳务品牌名单</p>"
            f"<table><tr><th>序号</th><th>品牌名称</th><th>申报单位</th></tr>{rows}</table></body></html>")
    assert brands_of(tmp_path, page, "a.html") == EXPECTED


def test_a_table_without_a_brand_column_names_no_brand(tmp_path):
    text = ("商洛市一季度就业数据\n商洛市一季度就业形势稳定。\n县区\u3000转移就业人数\u3000培训人数\n"
            "洛南县\u30001200\u3000300\n商南县\u3000900\u3000260\n")
    assert brands_of(tmp_path, text) == set()


def test_a_layout_table_of_prose_keeps_a_cell_a_line(tmp_path):
    page = ("<html><body><table><tr><td>首页</td><td>商洛市组织1200名务工人员赴江苏务工，其中洛南县的焊工有300名，"
            "他们将在苏州的工厂就业。</td></tr><tr><td>返回</td><td>打印本页</td></tr></table></body></html>")
    path = tmp_path / "b.html"
    path.write_text(page, encoding="utf-8")
    lines = process_file(path, "b.html").article.text.split("\n")
    assert not any("首页" in line and "商洛市组织" in line for line in lines)

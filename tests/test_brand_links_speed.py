"""The shortcuts of the brand-destination reader give what the full tests give: only_one_worker's test for a word
of one person anywhere in the text, and the owners of a clause read once for all its runs of places."""
from __future__ import annotations

from kg.extract.brand_cues import only_one_worker
from kg.extract.brand_links import link_brand_destinations
from kg.model import Brand, Evidence
from tests.test_brands import make_article


def test_only_one_worker_with_and_without_a_word_of_one_person():
    assert only_one_worker("一名木匠到了外地。", ("木匠",))
    assert only_one_worker("这位“某地木匠”到了外地。", ("某地木匠", "木匠"))
    assert not only_one_worker("三百名木匠到了外地。", ("木匠",))  # no 一名/这位 anywhere: known at once
    assert not only_one_worker("一名工人和三百名木匠到了外地。", ("木匠",))  # a word of one person, not before it
    assert not only_one_worker("没有这个词。", ("木匠",))


def test_two_runs_of_places_in_one_clause_share_its_owners(monkeypatch):
    # the origin and the destination are two runs of one clause: its owners are read once, the cue takes the
    # destination
    import kg.extract.brand_dest_cues as cues
    calls = []
    real_owners = cues._owners
    monkeypatch.setattr(cues, "_owners", lambda *a: calls.append(a[4]) or real_owners(*a))
    text = "“紫阳修脚师”品牌从业人员达2万人。紫阳修脚师从紫阳县出发奔赴上海市务工。"
    article, regions = make_article(text, ("紫阳县", "上海市"), "610924")
    brand = Brand("紫阳修脚师", Evidence.of(article.sentences[0]), occupation="修脚师", origin="610924")
    found = link_brand_destinations(article, regions, (brand,), ())
    assert [(d.brand, d.destination) for d in found] == [("紫阳修脚师", "310000")]
    assert calls == ["紫阳修脚师从紫阳县出发奔赴上海市务工"]  # one call for its two runs


def test_a_sentence_without_what_epithets_need_holds_none():
    """may_hold_epithets is False only where epithets_in finds nothing: find_brands skips those sentences."""
    from kg.extract.brand_epithets import ArticleScan, epithets_in, may_hold_epithets

    text = "“紫阳县月嫂”远赴外地务工。三千名某地焊工在外地。某地焊工品牌叫响。今年天气很好。"
    article, regions = make_article(text + "劳务品牌。")
    scan = ArticleScan.of(article)
    held = [may_hold_epithets(s.text, scan) for s in article.sentences]
    assert held == [True, True, True, False, True]
    assert epithets_in(article, regions, article.sentences[0], scan)  # a quoted name used for a group
    assert epithets_in(article, regions, article.sentences[3], scan) == []


def test_a_table_header_is_found_among_lines_of_prose():
    """table_brand_cells skips the lines that cannot be a header (no 品牌, or prose too long) before splitting them:
    the header and its rows are still read, and a spaced line without 品牌 is no header."""
    from kg.extract.brand_tables import table_brand_cells

    text = ("某县公布劳务品牌名单。\n序号 地区 单位\n1 甲 乙\n" + "很长的一行" * 30 + "\n"
            "序号 品牌名称 申报单位\n1 某地焊工 某县人社局\n2 某地月嫂 某县妇联\n以上品牌将获支持。")
    article, _ = make_article(text)
    assert [row.name for row in table_brand_cells(article)] == ["某地焊工", "某地月嫂"]


def test_the_clause_around_a_run_from_the_sentence_marks_found_once():
    from kg.extract.brand_dest_cues import _clause_around, _clause_breaks
    from kg.model import Sentence

    text = "前言。甲，乙在丙；丁到戊！"
    sentence = Sentence(3, len(text), 0, text[3:])
    breaks = _clause_breaks(text, sentence)
    assert breaks == [4, 8, len(text) - 1]
    assert _clause_around(breaks, sentence, 3, 4) == (3, 4)  # 甲: from the sentence's start to its comma
    assert _clause_around(breaks, sentence, 7, 8) == (5, 8)  # 丙
    assert _clause_around(breaks, sentence, 9, 10) == (9, len(text) - 1)  # 丁, up to the closing mark

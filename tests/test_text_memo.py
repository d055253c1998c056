"""Memos of sentence text live for one article: kg.pipeline.extract empties them, so nothing read in one
article is served to the next (a corpus that repeats sentences builds no faster than one that does not)."""
from __future__ import annotations

from kg.extract.numbers import _quantities
from kg.pipeline import process_file
from kg.text.memo import article_memo, new_article

ARTICLE = ("凤县组织外出务工人员赴苏州务工\n"
           "2月10日，宝鸡市凤县320名务工人员乘专车赴江苏省苏州市务工，其中女性120人。"
           "今年凤县计划转移农村劳动力2.1万人。\n")


def test_an_article_memo_is_emptied_by_new_article():
    calls = []

    @article_memo(maxsize=8)
    def double(text: str) -> str:
        calls.append(text)
        return text * 2

    assert double("甲") == double("甲") == "甲甲" and calls == ["甲"]
    new_article()
    assert double("甲") == "甲甲" and calls == ["甲", "甲"]


def test_building_the_same_article_twice_reads_its_figures_twice(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    process_file(path, "a.txt")
    first = _quantities.cache_info()
    assert first.currsize > 0  # the article's clauses were read through the memo
    second_facts = process_file(path, "a.txt")
    second = _quantities.cache_info()
    # new_article() empties the memo and its counts: reading the same article again does the same work, with
    # nothing served from the first reading (kept, it would show as hits and as misses counted on)
    assert second == first
    assert any(f.workers == 320 for f in second_facts.flows)

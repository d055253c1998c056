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


def test_a_last_call_memo_keeps_one_reading_by_identity():
    from kg.text.memo import last_call_memo

    calls = []

    @last_call_memo
    def read(article: list, regions: list) -> int:
        calls.append(1)
        return len(article) + len(regions)

    first, regions = ["甲"], []
    assert read(first, regions) == read(first, regions) == 1 and len(calls) == 1
    equal_but_other = ["甲"]  # the same text in another article is read afresh
    assert read(equal_but_other, regions) == 1 and len(calls) == 2
    assert read(first, regions) == 1 and len(calls) == 3  # only the last article is kept

"""Work the region finder does not repeat: jieba about names that cannot be chosen, candidates of an article read twice."""
from __future__ import annotations

from kg.extract import regions
from kg.model import Document
from kg.normalize import normalize


def _asked_about(text: str, monkeypatch) -> list[str]:
    asked: list[str] = []
    real = regions._left_word

    def spy(cand, within):
        asked.append(cand.surface)
        return real(cand, within)

    monkeypatch.setattr(regions, "_left_word", spy)
    article = normalize(Document(source_file="x.txt", body=text))
    regions.find_regions(article)
    return asked


def test_a_name_inside_a_longer_name_is_not_asked_about(monkeypatch):
    # 南县 lies inside 全南县, which is chosen first: whether a word ends on its 南 does not matter
    assert _asked_about("今年，全南县组织务工人员外出就业。", monkeypatch) == []


def test_a_name_that_could_be_chosen_is_asked_about_and_vetoed(monkeypatch):
    assert _asked_about("往返路费县里统一报销，务工人员不用操心。", monkeypatch) == ["费县"]


def test_select_asks_the_veto_only_about_what_it_would_choose():
    text = "全南县"
    cands = regions._raw_candidates(regions._index(), text, [])
    asked = []
    chosen = regions._select(cands, lambda cand: asked.append(cand.surface) or False)
    assert [c.surface for c in chosen] == ["全南县"] and asked == ["全南县"]
    assert regions._select(cands, lambda cand: cand.surface == "全南县")[0].surface != "全南县"


def test_an_article_read_again_with_its_subject_reuses_its_candidates(monkeypatch):
    built = []
    real = regions._candidates
    monkeypatch.setattr(regions, "_candidates", lambda article: built.append(article.text) or real(article))
    article = normalize(Document(source_file="x.txt", body="我县组织务工人员赴苏州就业。紫阳籍务工人员在西安务工。"))
    regions.find_regions(article)
    again = regions.find_regions(article, subject="610924")
    assert built == [article.text]  # the title-less article's candidates, once
    assert again.subject == "610924" and again.mentions  # read with the subject given


def test_a_short_form_inside_a_full_name_is_not_read_in_context(monkeypatch):
    asked: list[str] = []
    real = regions._fits_context
    monkeypatch.setattr(regions, "_fits_context", lambda cand, text: asked.append(cand.surface) or real(cand, text))
    article = normalize(Document(source_file="x.txt", body="绍兴市组织务工人员返岗。"))
    assert [m.surface for m in regions.find_regions(article).mentions] == ["绍兴市"]
    assert asked == ["绍兴市"]  # not 绍兴, which the full name covers

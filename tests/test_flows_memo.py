"""The readings of an article's sentences, built once and shared by find_flows and brand links (need_group=False):
the shared readings give what a fresh reading gives, and never leak into another article."""
from __future__ import annotations

from kg.extract.flows import flows_in_sentence
from tests.test_brands import make_article

HECHI, GUANGDONG = "451200", "440000"

# a count-less move of one named person: no flow with need_group (no_group), a flow without it
_TEXT = "河池市组织务工人员赴广东务工。老张前往广东务工。"
_PLACES = ("河池市", "广东")


def _pairs(raws):
    return [(r.origin, r.destination, r.workers) for r in raws]


def test_need_group_false_after_true_reads_as_a_fresh_article():
    article, regions = make_article(_TEXT, _PLACES, HECHI)
    strict = [flows_in_sentence(article, regions, s) for s in article.sentences]
    loose = [flows_in_sentence(article, regions, s, need_group=False) for s in article.sentences]
    fresh_article, fresh_regions = make_article(_TEXT, _PLACES, HECHI)
    fresh = [flows_in_sentence(fresh_article, fresh_regions, s, need_group=False) for s in fresh_article.sentences]
    assert [_pairs(x) for x in loose] == [_pairs(x) for x in fresh]
    assert _pairs(strict[1]) == [] and _pairs(loose[1]) == [(HECHI, GUANGDONG, None)]
    # and asked again, the strict reading is unchanged by the loose one
    assert [_pairs(flows_in_sentence(article, regions, s)) for s in article.sentences] == [_pairs(x) for x in strict]


def test_same_text_with_other_regions_is_read_again():
    article, regions = make_article(_TEXT, _PLACES, HECHI)
    assert _pairs(flows_in_sentence(article, regions, article.sentences[0])) == [(HECHI, GUANGDONG, None)]
    other, no_places = make_article(_TEXT, (), HECHI)  # the same sentence, no place found in it
    assert flows_in_sentence(other, no_places, other.sentences[0]) == []

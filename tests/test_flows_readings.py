"""find_flows reads each sentence through the article's readings fetched once (flows_read): the same flows as
flows_in_sentence, which fetches them per sentence, for strict and loose readings alike."""
from __future__ import annotations

from kg.extract.flows import article_readings, flows_in_sentence, flows_read
from tests.test_brands import make_article

_TEXT = "河池市组织务工人员赴广东务工。老张前往广东务工。河池市与广东签订协议，向两地输送务工人员300人。"
_PLACES = ("河池市", "广东")


def _pairs(raws):
    return [(r.origin, r.destination, r.workers) for r in raws]


def test_flows_read_gives_what_flows_in_sentence_gives():
    article, regions = make_article(_TEXT, _PLACES, "451200")
    readings = article_readings(article, regions)
    for need_group in (True, False):
        fresh_article, fresh_regions = make_article(_TEXT, _PLACES, "451200")
        expected = [_pairs(flows_in_sentence(fresh_article, fresh_regions, s, need_group=need_group))
                    for s in fresh_article.sentences]
        got = [_pairs(flows_read(readings, article, regions, s, need_group)) for s in article.sentences]
        assert got == expected
    assert any(got)  # the text states flows: the comparison is not of empty lists


def test_town_stems_of_two_and_three_character_towns_and_streets():
    """_town_stems reads a town of two or three characters or a street (镇/乡/街道) right after a county, and not a
    镇 further on."""
    from kg.extract.flows.origins import _town_stems
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    counties = [r for r in gaz.lookup("仪陇县") + gaz.lookup("张北县") + gaz.lookup("紫阳县") if r.level == "county"]
    assert len(counties) == 3
    text = "仪陇县新民镇的工人。张北县大河口乡的工人。紫阳县城关街道的工人，仪陇县的人们到了远方的镇上。"
    article, regions = make_article(text, ("仪陇县", "张北县", "紫阳县"))
    stems = _town_stems(article, regions)
    assert stems == [("新民", counties[0].code), ("大河口", counties[1].code), ("城关", counties[2].code)]

"""A share that says which part of a group is of a kind (老板八成是X人) is named as that share: the figure a
place's people make among the group, once the place in X人 is read (tests/test_regions_variants.py)."""
from decimal import Decimal

from tests.test_metrics_variants import observations


def _share(body: str) -> list[str]:
    return [o.indicator for o in observations(body) if o.unit == "%"]


def test_a_share_of_a_group_that_is_of_a_place_is_that_share():
    body = "巫山县的烤鸭店遍布全国，从业人员达2万人，店老板八成是巫山人。"
    assert _share(body) == ["店老板中巫山人比重"]
    assert [o.value for o in observations(body) if o.unit == "%"] == [Decimal("80")]


def test_a_share_of_a_group_named_with_zhong_keeps_one_zhong():
    assert _share("巫山县今年培训家政服务员3000人，学员中六成是女性。") == ["学员中女性比重"]

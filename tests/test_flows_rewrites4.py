"""Flows told in the forms of the fourth round of blind rewrites (portal reposts, 政务公开 pages, short 消息): each
family on sentences written for this test about counties outside the real news set, with near-misses that move no
workers."""
from __future__ import annotations

import pytest

from tests.test_flows_written import flows_of_paragraph

_TO_GUANGDONG = "根据安排，本次农民工赴粤返岗包车活动从2月9日持续至2月19日。"
_TO_ZHEJIANG = "为帮助农民工赴浙复工，县人社局开通了返岗直通车。"

CASES = [
    # the vehicle leaves a county's bus station while the passage seems about the destination province (赴粤): the
    # county whose station it leaves is the origin
    (_TO_GUANGDONG + "返岗专车从凤山县汽车总站发车，开往佛山、惠州等2个站点，预计共运送260名农民工返程复工。",
     {("凤山县", "佛山市", 260), ("凤山县", "惠州市", 260)}),
    (_TO_ZHEJIANG + "2月10日，4辆直通车由务川县客运站出发，驶向宁波、台州，共送去180名务工人员。",
     {("务川仡佬族苗族自治县", "宁波市", 180), ("务川仡佬族苗族自治县", "台州市", 180)}),
    (_TO_GUANGDONG + "企业招聘专员一行从凤山县汽车总站出发，前往佛山、惠州洽谈。", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_rewritten_wording(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected

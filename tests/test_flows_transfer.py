"""Flows told in the forms a third round of blind rewrites used, each read as a rule of news Chinese: at least two
wordings of the family and a near-miss that moves no workers, on sentences written for this test about counties
outside the real news set."""
from __future__ import annotations

import pytest

from tests.test_flows_written import flows_of_paragraph

_HUILI_TWO = {("会理市", "江苏省", 320), ("会理市", "浙江省", 320)}

CASES = [
    # X籍 names a native place even where the word before runs into the name (欢送会 + 会理籍)
    ("3月2日，凉山州在会理市举行欢送仪式。仪式上欢送会理籍农村劳动力320名，分赴江苏、浙江等地务工。", _HUILI_TWO),
    ("3月2日，凉山州在会理市举行欢送仪式。现场欢送会理籍务工人员320名，他们将分赴江苏、浙江等地务工。", _HUILI_TWO),
    ("3月2日，凉山州在会理市举行欢送仪式。现场欢送会理籍游客320名，分赴江苏、浙江等地旅游。", set()),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_transfer_paragraph(tmp_path, body, expected):
    assert flows_of_paragraph(tmp_path, body) == expected

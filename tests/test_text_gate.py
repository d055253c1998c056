"""kg.text.gate: a gated pattern finds what the pattern finds, and is gated only where its openings are known."""
import re

from kg.text.gate import gated, opening_chars


def test_opening_chars_of_words_classes_groups_and_repeats():
    assert opening_chars(r"报名|招聘") == frozenset("报招")
    assert opening_chars(r"[甲乙]方|丙") == frozenset("甲乙丙")
    assert opening_chars(r"(?:输出|务工)(?:地|城市)") == frozenset("输务")
    assert opening_chars(r"(?:甲|乙)+丙") == frozenset("甲乙")
    assert opening_chars(r"[0-9]号") == frozenset("0123456789")


def test_no_gate_where_a_match_may_open_anywhere():
    for pattern in (r"甲?乙", r"\s乙", r"[^甲]乙", r"(?i)ab", r"(?=甲)乙", r"甲*", r"", r"[\u4e00-\u9fff]县", r".县"):
        assert opening_chars(pattern) is None, pattern
        assert gated(pattern).pattern == pattern


def test_gated_search_finds_the_same_matches_and_groups():
    pattern = r"(?P<what>输出|务工)(?:[（(][^）)]{1,4}[）)])?(?:地|城市)|去向|流向"
    plain, gate = re.compile(pattern), gated(pattern)
    assert gate.pattern != pattern  # (a lookahead leads it)
    texts = ["表格列出申报地区和主要输出（服务）地。", "劳动力的去向是沿海。", "今年务工人员增加。", "",
             "务工城市以东部为主，流向稳定", "主要务工地"]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in gate.finditer(text)], text
        assert bool(plain.search(text)) == bool(gate.search(text))

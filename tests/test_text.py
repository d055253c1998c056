"""kg/text: the shared Chinese-text layer stays below every stage and says what its constants claim."""
from __future__ import annotations

import ast
from pathlib import Path

from kg.text.chars import CJK_RE, HAN_RE
from kg.text.numerals import DIGIT_VALUES, FULLWIDTH_DIGITS, MYRIADS, SMALL_NUMBER_VALUES, TEN_POWERS
from kg.text.punct import CLAUSE_PUNCT, CLAUSE_SPLIT_RE, QUOTE_CLOSE, QUOTE_OPEN

TEXT_PACKAGE = Path(__file__).resolve().parent.parent / "kg" / "text"


def test_text_layer_imports_no_pipeline_stage():
    imported = []
    for path in sorted(TEXT_PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.append((path.name, node.module))
            elif isinstance(node, ast.Import):
                imported += [(path.name, alias.name) for alias in node.names]
    assert imported, "the scan found no import at all: it would pass on anything"
    outside = [(f, m) for f, m in imported if m.split(".")[0] == "kg" and not m.startswith("kg.text")]
    assert outside == []


def test_han_and_cjk_classes():
    assert HAN_RE.fullmatch("黔") and HAN_RE.fullmatch("鄂")
    for not_han in ("Ａ", "a", "1", "，", "、", "㐀"):
        assert not HAN_RE.fullmatch(not_han), not_han
    assert CJK_RE.fullmatch("㐀") and CJK_RE.fullmatch("\U00020000") and not CJK_RE.fullmatch("，")


def test_clause_punctuation_splits_clauses_not_lists():
    sentence = "全县外出务工12万人，其中赴浙江3万人、赴广东2万人；人均月收入5000元。"
    parts = [p for p in CLAUSE_SPLIT_RE.split(sentence) if p]
    assert parts == ["全县外出务工12万人", "其中赴浙江3万人、赴广东2万人", "人均月收入5000元"]
    assert all(CLAUSE_SPLIT_RE.fullmatch(ch) for ch in CLAUSE_PUNCT)
    assert not CLAUSE_SPLIT_RE.search("、")


def test_quotation_marks_pair_up():
    assert len(QUOTE_OPEN) == len(QUOTE_CLOSE) == 4
    name = "“湘西绣娘”"
    assert name[0] == QUOTE_OPEN[QUOTE_CLOSE.index(name[-1])]


def test_numerals():
    assert "３．５万".translate(FULLWIDTH_DIGITS) == "3.5万"
    assert "１，２００".translate(FULLWIDTH_DIGITS) == "1,200"
    assert all(DIGIT_VALUES[c] == v for c, v in SMALL_NUMBER_VALUES.items() if c != "十")
    assert SMALL_NUMBER_VALUES["十"] == TEN_POWERS["十"] == 10
    assert MYRIADS["万"] == MYRIADS["萬"] == 10_000 and MYRIADS["亿"] == 10**8
    assert DIGIT_VALUES["两"] == DIGIT_VALUES["贰"] == 2


def test_clause_bounds_from_the_stops_of_a_sentence():
    from kg.text.clauses import clause_bounds, clause_stops, mark_stops

    sentence = "全县输出劳动力8.5万人，其中赴江苏2万人；人均月收入4800元。"
    stops, marks = clause_stops(sentence), mark_stops(sentence)
    assert [sentence[i] for i in stops] == ["，", "；", "。"] and [sentence[i] for i in marks] == ["，", "；"]
    at = sentence.index("江苏")
    assert sentence[slice(*clause_bounds(stops, at, len(sentence)))] == "其中赴江苏2万人"
    last = sentence.index("4800")
    assert sentence[slice(*clause_bounds(stops, last, len(sentence)))] == "人均月收入4800元"
    assert sentence[slice(*clause_bounds(marks, last, len(sentence)))] == "人均月收入4800元。"  # runs to the end
    assert clause_bounds([], 3, 10) == (0, 10)


def test_quoted_names_between_matching_kinds_of_marks():
    import re

    from kg.text.chars import HAN
    from kg.text.punct import quoted

    names = re.compile(quoted(1, 6))
    text = "培育“岢岚月嫂”、「定襄焊工」和『灵丘家政』，以及‘代县’瓦工、“跨\n行”和“太长的一个名字了”"
    assert [m.group(1) for m in names.finditer(text)] == ["岢岚月嫂", "定襄焊工", "灵丘家政"]
    assert [m.group(1) for m in re.finditer(quoted(1, 6, singles=True), text)] == [
        "岢岚月嫂", "定襄焊工", "灵丘家政", "代县"]
    assert re.fullmatch(quoted(2, 8, inside=f"[{HAN}]"), "“繁峙石匠”")
    assert not re.fullmatch(quoted(2, 8, inside=f"[{HAN}]"), "“A繁峙”")

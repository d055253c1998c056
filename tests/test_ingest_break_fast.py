"""ingest/markup: the line break between Chinese characters, found with its first character tested first, is
removed exactly where the pattern without that test removes it."""
import re

from kg.ingest.markup import _CJK_BREAK_RE, _CJK_WIDE

_UNGATED = re.compile(f"(?<=[{_CJK_WIDE}])[ \t]*[\r\n][ \t\r\n]*(?=[{_CJK_WIDE}])")


def test_same_breaks_removed_as_without_the_gate():
    texts = ["组织劳务\n输出", "组织劳务 \t\r\n  输出到外省", "abc\ndef", "劳务\nabc", "abc\n劳务", "“春风\n行动”",
             "两地\n\n\n协作", "句末。\n下一句", "\n开头", "结尾\n", "劳务 输出", "", "甲\r乙\t\n丙"]
    for text in texts:
        assert _CJK_BREAK_RE.sub("", text) == _UNGATED.sub("", text), text
    assert _CJK_BREAK_RE.sub("", "组织劳务 \n 输出") == "组织劳务输出"

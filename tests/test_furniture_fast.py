"""The prose fast path of kg.ingest.furniture.body_lines keeps exactly the lines the full rules keep."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import furniture
from kg.ingest.markup import Meta

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "seeds", ROOT / "tests" / "heldout" / "articles", ROOT / "tests" / "heldout2" / "articles",
           ROOT / "tests" / "inputs"]

# Lines that hold a full stop and open as prose does, yet some rule looks at them; and prose around them.
TRICKY = """某县人社局召开劳务输转工作会议。
相关新闻：某县举办技能培训班。
上一篇：某市开展春风行动。
下一篇：某区发放稳岗补贴。
您现在的位置：首页 > 新闻中心 > 某县动态。
当前位置：首页 > 要闻。
版权所有：某某县人民政府。
本网站所有内容未经授权不得转载。
2023年3月2日，某县组织500名务工人员赴外省就业。
2023-03-02 10:28 来源：某某网。
2023年3月2日 来源：某某日报
12日上午，某县劳务品牌推介会举行。
来源：某某新闻网。作者：某某
记者：某某 某某。
新闻 政务 某市 某县 某区 某镇。
首页|新闻|政务|服务|互动|专题。
分享到：微信 微博。
某某网 2023-03-02 08:30
□ 本报记者 某某 某某
上半年，某县输转劳动力3万人次。
延伸阅读：某地打造劳务品牌。
当地政府组织专车送务工人员返岗。
"""


def _documents() -> list[str]:
    texts = [TRICKY, "\n".join(reversed(TRICKY.splitlines()))]
    for folder in CORPORA:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in {".txt", ".md"}:
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def _body(text: str) -> tuple[list, dict]:
    meta = Meta()
    lines = furniture.body_lines(text, meta)
    return lines, dict(vars(meta))


@pytest.mark.parametrize("index", range(len(_documents())))
def test_the_fast_path_keeps_what_the_full_rules_keep(index, monkeypatch):
    text = _documents()[index]
    fast = _body(text)
    monkeypatch.setattr(furniture, "_plain_prose", lambda key: False)
    assert fast == _body(text)


def test_lines_a_rule_may_take_are_not_plain_prose():
    for line in ("相关新闻：某县举办技能培训班。", "上一篇：某市开展春风行动。", "您现在的位置：首页 > 要闻。",
                 "当前位置：首页 > 要闻。", "延伸阅读：某地打造劳务品牌。", "【来源】某某网。", "“。",
                 "某县召开会议", "www.example.com/a。"):
        assert not furniture._plain_prose(line), line
    for line in ("某县人社局召开劳务输转工作会议。", "2023年3月2日，某县组织务工人员赴外省就业。"):
        assert furniture._plain_prose(line), line


def test_a_copyright_notice_in_prose_form_is_still_dropped():
    assert _body("某县召开劳务输转会议。\n版权所有：某某县人民政府。\n")[0] == [("某县召开劳务输转会议。", "某县召开劳务输转会议。")]

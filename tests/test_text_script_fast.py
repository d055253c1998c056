"""kg.text.script.t2s hands OpenCC only a text it could change, and gives what converting every text gives."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from kg.text import script

ROOT = Path(__file__).resolve().parent.parent


def _converted(text: str) -> str:
    """t2s as it was: every text through OpenCC."""
    if not text:
        return text
    text = opencc.OpenCC("t2s").convert(text).replace("锺", "钟")
    return script._ZHE.sub("着", text) if "著" in text else text


SAMPLES = [
    "", "某县今年组织劳务输转三万人。", "這個縣今年組織勞務輸轉三萬人。", "回覆", "经研究，现回覆如下。", "批覆了申请",
    "天色昏沈", "覆盖全县的培训网络", "他在这里覆盖了旧的记录，深沈地说。", "萬鍾祥人", "载著希望，著名的著作",
    "豈有此理", "\U00020000字", "某市人社局答覆", "沈阳的务工人员",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_t2s_gives_what_converting_every_text_gives(text):
    assert script.t2s(text) == _converted(text)


def test_the_corpora_read_the_same():
    for folder in (ROOT / "seeds", ROOT / "tests" / "heldout" / "articles", ROOT / "tests" / "inputs"):
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            assert script.t2s(text) == _converted(text), path.name


def test_every_character_opencc_changes_alone_is_sent_to_it():
    chars = [chr(c) for c in [*range(0x2E80, 0xA000), *range(0xF900, 0xFB00), *range(0xFE30, 0xFFF0)]]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    changed = [c for c, out in zip(chars, converted) if c != out]
    assert len(changed) > 2000 and all(script._may_change(c) for c in changed)


def test_a_simplified_text_is_not_converted(monkeypatch):
    monkeypatch.setattr(script, "_opencc", lambda: pytest.fail("converted"))
    assert script.t2s("某县覆盖全县的培训网络。") == "某县覆盖全县的培训网络。"


def test_another_opencc_version_converts_every_text(monkeypatch):
    monkeypatch.setattr(opencc, "__version__", "0.0.1")
    script._changes.cache_clear()
    try:
        assert script._may_change("某县覆盖全县的培训网络。")
    finally:
        monkeypatch.undo()
        script._changes.cache_clear()
    assert not script._may_change("某县覆盖全县的培训网络。")

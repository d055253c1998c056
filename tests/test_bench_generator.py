"""The benchmark corpus generator is deterministic and writes valid, varied articles (no timing here)."""
from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
N = 300  # enough for every format, encoding and script to show up with the generator's shares


def _load_generator():
    # bench/ is a folder of scripts, not a package: load the module from its path.
    spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses and the process pool look the module up by name
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load_generator()


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _decode(data: bytes) -> str:
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise AssertionError("undecodable article")


@pytest.fixture(scope="module")
def corpus(gen, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    gen.generate(N, out, seed=7, jobs=1)
    return out


def test_same_seed_same_bytes_and_prefix_stable(gen, corpus, tmp_path):
    again = tmp_path / "again"
    gen.generate(N, again, seed=7, jobs=2)  # the number of processes must not change the output
    assert _digest(again) == _digest(corpus)
    # A smaller corpus is the prefix of a larger one: article i does not depend on N.
    small = tmp_path / "small"
    gen.generate(50, small, seed=7, jobs=1)
    big = _digest(corpus)
    assert all(big[k] == v for k, v in _digest(small).items())


def test_other_seed_other_corpus(gen, corpus, tmp_path):
    other = tmp_path / "other"
    gen.generate(20, other, seed=8, jobs=1)
    mine = set(_digest(corpus).values())
    assert not mine & set(_digest(other).values())


def test_layout_formats_and_encodings(corpus):
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    assert len(files) == N
    assert all(p.parent.parent == corpus for p in files)  # one level of subfolders
    exts = Counter(p.suffix for p in files)
    assert set(exts) == {".txt", ".md", ".html"}
    assert 0.45 < exts[".txt"] / N < 0.75 and exts[".md"] > N * 0.1 and exts[".html"] > N * 0.1
    not_utf8 = 0
    traditional = 0
    for p in files:
        data = p.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            not_utf8 += 1
        text = _decode(data)
        assert 1000 <= len(text.encode("utf-8")) <= 12000, p  # 1-8 KB of news text, plus markup
        if "勞務" in text or "縣" in text:
            traditional += 1
        if p.suffix == ".md":
            assert text.startswith("---\n") and re.search(r"^title: \".+\"$", text, re.M)
            assert text.count("\n---\n") >= 1
        if p.suffix == ".html":
            assert "<html" in text and "</html>" in text and "<p>" in text
    assert not_utf8 >= 1  # some GBK / Big5
    assert 0.04 < traditional / N < 0.2


def test_varied_content_with_brands_programs_and_figures(corpus):
    texts = [_decode(p.read_bytes()) for p in sorted(corpus.rglob("*")) if p.is_file()]
    joined = "\n".join(texts)
    assert joined.count("劳务品牌") + joined.count("勞務品牌") > N / 2
    assert re.search(r"\d+(?:\.\d+)?万(?:余|多)?人", joined) and re.search(r"\d+(?:\.\d+)?亿(?:余)?元", joined)
    assert re.search(r"\d+余人", joined) and re.search(r"近\d+", joined) and "人次" in joined
    assert "春风行动" in joined or "春風行動" in joined
    # Many different regions: counties named in headings/leads across the corpus.
    counties = set(re.findall(r"([\u4e00-\u9fff]{1,8}[县縣])(?=[：:，])", joined))
    assert len(counties) > 60
    # Sentences are drawn from templates with slots: few paragraphs repeat word for word.
    lines = (re.sub(r"<[^>]+>", "", line).strip() for t in texts for line in t.splitlines())
    paras = Counter(line for line in lines if len(line) > 60)
    assert sum(paras.values()) > N * 5
    assert paras.most_common(1)[0][1] < N / 5


def test_not_copies_of_the_seeds(corpus):
    joined = "\n".join(_decode(p.read_bytes()) for p in sorted(corpus.rglob("*")) if p.is_file())
    for seed in sorted((ROOT / "seeds").glob("*")):
        text = _decode(seed.read_bytes())
        # No long run of any seed (40 characters) appears in the corpus.
        runs = [text[i:i + 40] for i in range(0, max(0, len(text) - 40), 97)]
        assert not any(r.strip() and r in joined for r in runs), seed.name

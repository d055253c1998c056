"""kg.extract.segment: jieba's segmentation with its dictionary from the fast cache."""
from __future__ import annotations

import os

import pytest

from kg.extract import segment


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A tokenizer() with its cache in tmp_path and nothing memoised."""
    monkeypatch.setenv("LAOWU_KG_CACHE", str(tmp_path))
    segment.tokenizer.cache_clear()
    yield tmp_path
    segment.tokenizer.cache_clear()


@pytest.fixture(scope="module")
def jieba_own():
    """jieba's default tokenizer, loaded jieba's own way."""
    import jieba

    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def test_the_cache_is_written_once_and_gives_jiebas_own_dictionary(fresh, jieba_own):
    first = segment.tokenizer()
    files = list(fresh.glob("jieba-*.dict"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    segment.tokenizer.cache_clear()
    second = segment.tokenizer()
    assert files[0].stat().st_mtime_ns == stamp  # read, not written again
    assert second.FREQ == first.FREQ == jieba_own.FREQ
    assert second.total == first.total == jieba_own.total


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],          # cut short, as by a full disk
    lambda data: b"something else\n" + data,      # not ours
    lambda data: data[:200] + b"\xff\xfe" + data[202:],  # bytes changed inside the words
])
def test_a_damaged_cache_is_replaced_not_trusted(fresh, jieba_own, damage):
    segment.tokenizer()
    [path] = fresh.glob("jieba-*.dict")
    path.write_bytes(damage(path.read_bytes()))
    segment.tokenizer.cache_clear()
    tk = segment.tokenizer()
    assert tk.FREQ == jieba_own.FREQ and tk.total == jieba_own.total
    assert segment._decode(path.read_bytes()) == (jieba_own.FREQ, jieba_own.total)  # rewritten whole


def test_a_cache_folder_that_cannot_be_written_costs_only_speed(fresh, jieba_own, monkeypatch):
    blocker = fresh / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("LAOWU_KG_CACHE", str(blocker / "cache"))  # a folder under a file cannot be made
    tk = segment.tokenizer()
    assert tk.FREQ == jieba_own.FREQ
    assert not (blocker / "cache").exists()


@pytest.mark.parametrize("text", ["输转至上海务工", "来自贡献", "经济南下", "在于都市场", "车费县里全包", "abc123在内蒙古"])
def test_cut_is_jiebas_dictionary_only_segmentation(text, jieba_own):
    assert segment.cut(text) == tuple(jieba_own.lcut(text, HMM=False))


def test_the_default_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("LAOWU_KG_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert segment.cache_dir() == tmp_path / "laowu-kg"


def test_jieba_is_imported_without_pkg_resources_and_still_finds_its_data(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from kg.extract import segment; segment.tokenizer(); "
            "import jieba; assert 'pkg_resources' not in sys.modules; "
            "print(jieba.lcut('我们在上海工作', HMM=True), segment.cut('输转至上海务工'))")
    result = subprocess.run([sys.executable, "-W", "error::DeprecationWarning", "-c", code], capture_output=True,
                            text=True, env={**os.environ, "LAOWU_KG_CACHE": str(tmp_path)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['我们', '在', '上海', '工作'] ('输', '转', '至', '上海', '务工')"


def test_the_cached_dictionary_unpacks_only_the_groups_a_cut_reads(fresh, jieba_own):
    segment.tokenizer()  # writes the cache
    segment.tokenizer.cache_clear()
    freq = segment.tokenizer().FREQ
    assert isinstance(freq, segment.PrefixDictionary) and len(freq) == len(jieba_own.FREQ)
    assert segment.cut("赴温州务工") == tuple(jieba_own.lcut("赴温州务工", HMM=False))
    read = set(freq._groups)
    assert read <= set("赴温州务工") and len(read) >= 3  # only words that start with a character of the text
    for word in ("温州", "务工", "温", "赴温", "州务工人", "\U00020000字", "x"):
        assert (word in freq) == (word in jieba_own.FREQ)
        assert freq.get(word) == jieba_own.FREQ.get(word)
    assert freq["务工"] == jieba_own.FREQ["务工"]
    with pytest.raises(KeyError):
        freq["\U00020000字"]


def test_words_added_to_the_cached_dictionary_are_found(fresh):
    segment.tokenizer()
    segment.tokenizer.cache_clear()
    tk = segment.tokenizer()
    size = len(tk.FREQ)
    tk.add_word("示例新造词", freq=100000)  # jieba's own API writes into FREQ
    assert "示例新造词" in tk.FREQ and tk.FREQ["示例新造词"] == 100000
    assert len(tk.FREQ) > size
    assert "示例新造词" in tk.lcut("这是示例新造词的用法", HMM=False)

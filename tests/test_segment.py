"""kg.extract.segment: jieba's segmentation with its dictionary from the fast cache."""
from __future__ import annotations

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

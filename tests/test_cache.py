"""kg.cache: the per-article cache entries and the index of file digests that a rebuild trusts."""
from __future__ import annotations

import hashlib
import io
import os
import shutil

import pytest

from kg.build import build
from kg.cache import ArticleCache, ArticleResult, DigestIndex, file_digest
from tests.conftest import SEEDS


@pytest.fixture
def counting():
    calls = []

    def compute(path):
        calls.append(os.fspath(path))
        return file_digest(path)

    compute.calls = calls
    return compute


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_digest_is_reused_while_the_file_is_unchanged(tmp_path, counting, monkeypatch):
    monkeypatch.setattr(DigestIndex, "RACY_NS", 0)
    article = tmp_path / "a.txt"
    article.write_bytes("某县输转劳动力100人。".encode())
    first = DigestIndex(tmp_path / "digests.tsv", counting)
    assert first.digest(article) == sha(article.read_bytes())
    first.save()
    again = DigestIndex(tmp_path / "digests.tsv", counting)
    assert again.digest(article) == sha(article.read_bytes())
    assert counting.calls == [str(article)]  # hashed once, by the first index only


def test_a_rewrite_of_the_same_size_with_its_mtime_put_back_is_noticed(tmp_path, counting, monkeypatch):
    monkeypatch.setattr(DigestIndex, "RACY_NS", 0)
    article = tmp_path / "a.txt"
    article.write_bytes("某县输转劳动力100人。".encode())
    before = os.stat(article)
    index = DigestIndex(tmp_path / "digests.tsv", counting)
    index.digest(article)
    index.save()
    article.write_bytes("某县输转劳动力900人。".encode())  # same length
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # changes ctime, which cannot be set
    fresh = DigestIndex(tmp_path / "digests.tsv", counting)
    assert fresh.digest(article) == sha(article.read_bytes())
    assert len(counting.calls) == 2


def test_files_changed_moments_ago_are_not_remembered(tmp_path, counting):
    article = tmp_path / "a.txt"
    article.write_bytes(b"x")
    index = DigestIndex(tmp_path / "digests.tsv", counting)
    index.digest(article)
    index.save()
    assert (tmp_path / "digests.tsv").read_text() == ""  # within DigestIndex.RACY_NS of its last change


@pytest.mark.parametrize("damage", ["1 2 3\n", "garbage", "1 2 3 4 5 abc extra\n"])
def test_a_damaged_index_means_hashing_again(tmp_path, counting, monkeypatch, damage):
    monkeypatch.setattr(DigestIndex, "RACY_NS", 0)
    article = tmp_path / "a.txt"
    article.write_bytes(b"x")
    (tmp_path / "digests.tsv").write_text(damage)
    assert DigestIndex(tmp_path / "digests.tsv", counting).digest(article) == sha(b"x")
    assert counting.calls == [str(article)]


def test_an_index_not_trusted_is_still_written(tmp_path, counting, monkeypatch):
    monkeypatch.setattr(DigestIndex, "RACY_NS", 0)
    article = tmp_path / "a.txt"
    article.write_bytes(b"x")
    index = DigestIndex(tmp_path / "digests.tsv", counting)
    index.digest(article)
    index.save()
    untrusting = DigestIndex(tmp_path / "digests.tsv", counting, trust=False)  # kg build --no-cache
    untrusting.digest(article)
    untrusting.save()
    assert len(counting.calls) == 2
    assert sha(b"x") in (tmp_path / "digests.tsv").read_text()


# -- cache entries ------------------------------------------------------------------------------------

def _result(key: str) -> ArticleResult:
    block = "\narticle:x\n    a lw:Article ;\n    rdfs:label \"标题\"@zh .\n"
    return ArticleResult("a.txt", key, "article:x", ['region:1\trdfs:label\t"甘肃省"@zh', "region:1\ta\tlw:Province"],
                         block, 2, {"regions": 1})


def test_an_entry_gives_back_its_shared_lines_and_copies_its_block_unread(tmp_path):
    cache = ArticleCache(tmp_path)
    stored = _result("ab" * 32)
    offset = cache.put(stored)
    got = cache.get(stored.key, "a.txt")
    assert (got.node, got.shared, got.own, got.counts, got.offset) == (
        stored.node, stored.shared, stored.own, stored.counts, offset)
    out = io.BytesIO()
    cache.copy_block(got, out)
    assert out.getvalue().decode("utf-8") == stored.block


@pytest.mark.parametrize("cut", [1, 20, 60])
def test_an_entry_cut_short_is_not_trusted(tmp_path, cut):
    cache = ArticleCache(tmp_path)
    stored = _result("cd" * 32)
    offset = cache.put(stored)
    path = cache.path(stored.key)
    data = open(path, "rb").read()
    assert cut < offset
    with open(path, "wb") as stream:
        stream.write(data[:offset - cut])
    assert cache.get(stored.key, "a.txt") is None


# -- end to end -----------------------------------------------------------------------------------------

def test_a_same_size_edit_with_its_mtime_restored_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(DigestIndex, "RACY_NS", 0)  # the copies were made just now
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out = tmp_path / "out"
    build([str(corpus)], out)
    assert build([str(corpus)], out).cached == 5
    victim = sorted(corpus.glob("*.txt"))[0]
    text = victim.read_text(encoding="utf-8")
    first_digit = next(i for i, c in enumerate(text) if c in "123456789")
    before = os.stat(victim)
    swapped = text[:first_digit] + str(int(text[first_digit]) % 9 + 1) + text[first_digit + 1:]
    victim.write_text(swapped, encoding="utf-8")
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(victim).st_size == before.st_size
    report = build([str(corpus)], out)
    assert report.cached == 4
    clean = tmp_path / "clean"
    build([str(corpus)], clean, use_cache=False)
    assert (out / "kg.ttl").read_bytes() == (clean / "kg.ttl").read_bytes()


# -- atomic_write_bytes, which writes the cache entries ------------------------------------------------

def test_entries_are_written_whole_with_the_users_umask_and_no_leftovers(tmp_path):
    from kg.atomic import atomic_write_bytes, remove_stale_temporaries

    target = tmp_path / "ab" / "entry.ttlc"  # its folder does not exist yet
    old = os.umask(0o027)
    try:
        atomic_write_bytes(str(target), b"first")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"first"
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    with pytest.raises(TypeError):
        atomic_write_bytes(str(target), "not bytes")  # fails mid-write
    assert target.read_bytes() == b"first"
    assert [p.name for p in target.parent.iterdir()] == ["entry.ttlc"]
    # A dead writer's leftover under this naming is recognised by its process id.
    dead = target.parent / f".laowu-kg-tmp.entry.ttlc.{2**22 + 1}.7.tmp"
    dead.write_bytes(b"half")
    assert remove_stale_temporaries(target.parent) == 1

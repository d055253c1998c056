"""kg build owns only what it made, trusts no cache entry blindly, and fails in one line (issue 15 items 1, 2, 5)."""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kg.build
from kg.build import build
from kg.errors import KgError, UsageError
from tests.conftest import ROOT, SEEDS, run_kg
from tests.test_crash import cache_entries, make_corpus


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for a folder): compared before and after."""
    return {p.relative_to(folder).as_posix(): (None if p.is_dir() else p.read_bytes())
            for p in sorted(folder.rglob("*"))}


def one_line_error(result, code: int) -> str:
    assert result.returncode == code, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg build: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def clean_seeds(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    build([str(SEEDS)], out, use_cache=False)
    return out


# -- 1. own only what it made ---------------------------------------------------------------------------

def _home_like(folder: Path) -> None:
    (folder / ".cache" / "pip" / "wheels").mkdir(parents=True)
    (folder / ".cache" / "pip" / "wheels" / "w.whl").write_bytes(b"someone else's")
    (folder / ".cache" / "0123456789abcdef").mkdir()  # looks like an old cache version: still not ours
    (folder / ".cache" / "0123456789abcdef" / "x").write_bytes(b"keep")
    (folder / ".x.tmp").write_bytes(b"a hidden temporary file of the user's")
    (folder / ".kg.ttl.2147483000.ab.tmp").write_bytes(b"named like an old writer's, dead pid")
    (folder / "Documents").mkdir()
    (folder / "Documents" / "thesis.md").write_text("论文", encoding="utf-8")


def test_out_on_a_foreign_folder_is_refused_and_left_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    _home_like(home)
    before = snapshot(home)
    line = one_line_error(run_kg("build", str(SEEDS), "--out", str(home)), 2)
    assert str(home) in line and "not written by kg build" in line
    assert snapshot(home) == before


def test_foreign_files_in_a_tool_out_folder_survive_rebuilds(tmp_path, clean_seeds):
    out = tmp_path / "out"
    build([str(SEEDS)], out)
    _home_like(out)
    foreign = {k: v for k, v in snapshot(out).items()
               if not k.startswith((".cache/laowu-kg", "kg.ttl", "report.json", ".laowu-kg"))}
    # A rebuild of other input makes the cache prune and every temporary-file sweep run.
    build([str(sorted(SEEDS.glob("*.txt"))[0])], out)
    build([str(SEEDS)], out)
    after = snapshot(out)
    assert {k: after.get(k) for k in foreign} == foreign
    assert (out / "kg.ttl").read_bytes() == (clean_seeds / "kg.ttl").read_bytes()


def test_an_out_folder_of_an_earlier_version_is_recognised(tmp_path, clean_seeds):
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    (legacy / "kg.ttl").write_text("# laowu-kg 0.9.0: 5 articles\n@prefix lw: <x> .\n", encoding="utf-8")
    (legacy / "report.json").write_text('{"articles": 5, "skipped": [], "facts": {}, "triples": 1}', encoding="utf-8")
    (legacy / "explorer.html").write_text("<html></html>", encoding="utf-8")
    run_kg("build", str(SEEDS), "--out", str(legacy), "-q", check=True)
    assert (legacy / "kg.ttl").read_bytes() == (clean_seeds / "kg.ttl").read_bytes()
    assert (legacy / "explorer.html").read_text(encoding="utf-8") == "<html></html>"
    # Only a graph with the tool's header makes a folder the tool's.
    other = tmp_path / "other"
    other.mkdir()
    (other / "kg.ttl").write_text("@prefix ex: <http://example.org/> .\n", encoding="utf-8")
    (other / "report.json").write_text('{"articles": 5, "skipped": [], "facts": {}, "triples": 1}', encoding="utf-8")
    before = snapshot(other)
    one_line_error(run_kg("build", str(SEEDS), "--out", str(other)), 2)
    assert snapshot(other) == before


def test_out_naming_a_file_or_a_path_through_one_is_a_usage_error(tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("mine", encoding="utf-8")
    assert "a file, not a folder" in one_line_error(run_kg("build", str(SEEDS), "--out", str(file)), 2)
    one_line_error(run_kg("build", str(SEEDS), "--out", str(file / "sub")), 2)
    assert file.read_text(encoding="utf-8") == "mine"


def test_out_on_the_input_or_holding_it_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    before = snapshot(tmp_path)
    assert "is the input" in one_line_error(run_kg("build", str(corpus), "--out", str(corpus)), 2)
    assert "holds the input" in one_line_error(run_kg("build", str(corpus), "--out", str(tmp_path)), 2)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("case", ["foreign folder", "look-alike name", "regular file", "the input", "the out folder"])
def test_store_on_anything_not_a_tool_store_is_refused_and_nothing_moves(tmp_path, case):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out = tmp_path / "out"
    build([str(corpus)], out)
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("private", encoding="utf-8")
    notes = tmp_path / "Notes"  # holds only a user's file whose name starts like the tool's marker
    notes.mkdir()
    (notes / ".laowu-kg-notes").write_text("private", encoding="utf-8")
    (tmp_path / "file.db").write_bytes(b"a user's file")
    store = {"foreign folder": documents, "look-alike name": notes, "regular file": tmp_path / "file.db",
             "the input": corpus, "the out folder": out}[case]
    before = snapshot(tmp_path)
    line = one_line_error(run_kg("build", str(corpus), "--out", str(out), "--store", str(store)), 2)
    assert f"--store {store}" in line
    assert snapshot(tmp_path) == before
    # and a later build still works
    run_kg("build", str(corpus), "--out", str(out), "-q", check=True)


def test_a_tool_store_is_replaced_and_its_leftovers_removed(tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    run_kg("build", str(SEEDS), "--out", str(out), "--store", str(store), "-q", check=True)
    assert (store / ".laowu-kg").is_file()
    leftover = tmp_path / ".store.laowu-kg-loading"  # as a build killed while loading leaves it
    leftover.mkdir()
    (leftover / ".laowu-kg").write_text('{"tool": "laowu-kg", "kind": "store", "format": 1}', encoding="utf-8")
    run_kg("build", str(SEEDS), "--out", str(out), "--store", str(store), "-q", check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "store"]


def test_two_builds_loading_one_store_take_turns(tmp_path):
    store = tmp_path / "store"
    processes = [subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(tmp_path / name),
                                   "--store", str(store), "-q"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
                 for name in ("a", "b", "c")]
    errors = [p.communicate(timeout=300)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], errors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "c", "store"]  # no leftover beside it
    import pyoxigraph

    assert len(pyoxigraph.Store.read_only(str(store))) == report(tmp_path / "a")["triples"]


# -- 2. a cache that proves itself ----------------------------------------------------------------------

def _entry_of(out: Path, source_name: str) -> Path:
    for entry in cache_entries(out):
        if source_name in entry.read_text(encoding="utf-8"):
            return entry
    raise AssertionError(source_name)


def _edit_same_length(entry: Path) -> None:
    data = entry.read_bytes()
    header_end = data.index(b"\n")
    position = next(i for i in range(len(data) - 1, header_end, -1) if data[i:i + 1].isdigit())
    digit = data[position:position + 1]
    entry.write_bytes(data[:position] + (b"7" if digit != b"7" else b"8") + data[position + 1:])


def _swap(first: Path, second: Path) -> None:
    one, two = first.read_bytes(), second.read_bytes()
    first.write_bytes(two)
    second.write_bytes(one)


def _truncate_in_block(entry: Path) -> None:
    data = entry.read_bytes()
    entry.write_bytes(data[:len(data) - 40])


@pytest.mark.parametrize("damage", ["edited", "swapped", "truncated"])
def test_a_bad_cache_entry_is_extracted_again(tmp_path, clean_seeds, damage):
    out = tmp_path / "out"
    build([str(SEEDS)], out)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    first, second = _entry_of(out, names[0]), _entry_of(out, names[1])
    if damage == "edited":
        _edit_same_length(first)
    elif damage == "swapped":
        _swap(first, second)
    else:
        _truncate_in_block(first)
    result = run_kg("build", str(SEEDS), "--out", str(out), check=True)
    assert (out / "kg.ttl").read_bytes() == (clean_seeds / "kg.ttl").read_bytes()
    got = report(out)
    assert got["cache_rejected"] == (2 if damage == "swapped" else 1)
    assert got["from_cache"] == 5 - got["cache_rejected"]
    # The facts the summary and report count are those of the graph written.
    assert got["facts"] == report(clean_seeds)["facts"] and got["triples"] == report(clean_seeds)["triples"]
    assert f"{sum(got['facts'].values())} facts" in result.stdout


@pytest.mark.parametrize("damage", ["edited", "swapped", "truncated"])
def test_a_bad_entry_is_noticed_after_rebuilds_that_found_it_whole(tmp_path, clean_seeds, monkeypatch, damage):
    from kg.cache import DigestIndex

    monkeypatch.setattr(DigestIndex, "RACY_NS", 0)  # the entries were written just now: remember them anyway
    out = tmp_path / "out"
    build([str(SEEDS)], out)
    assert build([str(SEEDS)], out).cached == 5  # checked whole, and remembered as such
    from kg.cache import ArticleCache

    assert len((ArticleCache(out / ".cache").root / "verified.tsv").read_text().splitlines()) == 5
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    first, second = _entry_of(out, names[0]), _entry_of(out, names[1])
    times = os.stat(first)
    {"edited": _edit_same_length, "truncated": _truncate_in_block}.get(damage, lambda e: _swap(e, second))(first)
    os.utime(first, ns=(times.st_atime_ns, times.st_mtime_ns))  # the edit hides its mtime
    result = build([str(SEEDS)], out)
    assert result.cache_rejected == (2 if damage == "swapped" else 1)
    assert (out / "kg.ttl").read_bytes() == (clean_seeds / "kg.ttl").read_bytes()


def test_the_lock_makes_a_second_build_wait(tmp_path, clean_seeds):
    out = tmp_path / "out"
    build([str(SEEDS)], out)
    fd = os.open(out / ".laowu-kg.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a build in progress holds it
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(out), "-q"],
                               cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(3)
        assert process.poll() is None  # waiting, not writing
    finally:
        os.close(fd)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0 and stderr.startswith("kg build: waiting for the other build")
    assert (out / "kg.ttl").read_bytes() == (clean_seeds / "kg.ttl").read_bytes()


def test_two_concurrent_builds_of_different_inputs_give_one_clean_graph(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    make_corpus(one, copies=3)
    shutil.copytree(SEEDS, two)
    clean = {}
    for corpus in (one, two):
        clean[corpus.name] = tmp_path / f"clean-{corpus.name}"
        build([str(corpus)], clean[corpus.name], use_cache=False)
    out = tmp_path / "out"
    processes = [subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q"],
                                  cwd=ROOT, stderr=subprocess.PIPE, text=True) for corpus in (one, two, one, two)]
    errors = [p.communicate(timeout=300)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], errors
    assert all("Traceback" not in e for e in errors)
    graph = (out / "kg.ttl").read_bytes()
    assert graph in {(clean[name] / "kg.ttl").read_bytes() for name in clean}


# -- 5. clean failure -----------------------------------------------------------------------------------

@contextlib.contextmanager
def small_disk(tmp_path: Path, size: str):
    """A tmpfs of `size` holding OUT, an out folder with one seed built: yields (disk, OUT, OUT's snapshot)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount not allowed here: {done.stderr.strip()}")
    try:
        out = disk / "out"
        run_kg("build", str(sorted(SEEDS.glob("*.txt"))[0]), "--out", str(out), "-q", check=True)
        yield disk, out, snapshot(out)
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def assert_previous_outputs_kept(out: Path, before: dict) -> None:
    after = snapshot(out)
    assert {k: after.get(k) for k in ("kg.ttl", "report.json")} == {k: before[k] for k in ("kg.ttl", "report.json")}
    assert not [name for name in after if name.rsplit("/", 1)[-1].startswith(".laowu-kg-tmp.")]


def test_a_full_disk_is_one_line_and_keeps_the_old_outputs(tmp_path):
    with small_disk(tmp_path, "1m") as (disk, out, before):
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
        try:  # fill the disk to its last block
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        corpus = tmp_path / "corpus"
        make_corpus(corpus, copies=2)
        line = one_line_error(run_kg("build", str(corpus), "--out", str(out)), 1)
        assert "No space left on device" in line
        assert_previous_outputs_kept(out, before)


def test_a_read_only_out_folder_is_one_line(tmp_path):
    with small_disk(tmp_path, "4m") as (disk, out, before):
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        line = one_line_error(run_kg("build", str(SEEDS), "--out", str(out)), 1)
        assert "Read-only file system" in line
        assert snapshot(out) == before
        fresh = one_line_error(run_kg("build", str(SEEDS), "--out", str(disk / "new")), 1)
        assert str(disk / "new") in fresh


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_ctrl_c_end_in_one_line_without_orphans(tmp_path, jobs, signum):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, copies=24)  # 120 articles: four batches, still running when the signal lands
    out = tmp_path / "out"
    run_kg("build", str(sorted(SEEDS.glob("*.txt"))[0]), "--out", str(out), "-q", check=True)
    before = snapshot(out)
    entries = len(cache_entries(out))
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-j", jobs],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while len(cache_entries(out)) == entries and time.monotonic() < deadline:
            time.sleep(0.01)
        workers = _children(process.pid)
        # Ctrl-C reaches the whole foreground process group; SIGTERM (kill PID) the build alone.
        if signum == signal.SIGINT:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[signum], stderr
    assert stderr == f"kg build: interrupted ({signum.name}); {out / 'kg.ttl'} and report.json are as they were\n"
    assert stdout == ""
    time.sleep(0.5)
    assert [pid for pid in workers if Path(f"/proc/{pid}").exists()] == []
    assert_previous_outputs_kept(out, before)


def test_a_malformed_dask_address_is_a_usage_error(tmp_path):
    line = one_line_error(run_kg("build", str(SEEDS), "--out", str(tmp_path / "out"),
                                 "--dask-scheduler", "nonsense:://x"), 2)
    assert "nonsense:://x" in line


def test_dask_without_its_extra_installed_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: importing it fails
    monkeypatch.setitem(sys.modules, "distributed.comm", None)
    with pytest.raises(KgError, match=r"laowu-kg\[dask\]"):
        kg.build.check_dask_address("tcp://127.0.0.1:8786")


def test_a_listener_that_is_not_dask_is_given_up_on(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.build, "DASK_TIMEOUT", 2)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    accepted = []
    stop = threading.Event()

    def accept_and_say_nothing():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept_and_say_nothing, daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        with pytest.raises(KgError, match="no Dask scheduler answered within 2 s"):
            build([str(SEEDS)], tmp_path / "out", use_cache=False,
                  dask_scheduler=f"tcp://127.0.0.1:{server.getsockname()[1]}")
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        server.close()
    assert time.monotonic() - started < 10


def test_the_build_never_reads_its_own_out_folder(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    out = corpus / "out"
    run_kg("build", str(corpus), "--out", str(out), "-q", check=True)
    (out / "explorer.html").write_text("<html><body><h1>某县劳务</h1><p>湖北省某县输转劳动力1万人。</p></body></html>",
                                       encoding="utf-8")
    (out / "notes.txt").write_text("河南省某县输转劳动力2万人。", encoding="utf-8")
    run_kg("build", str(corpus), "--out", str(out), "-q", check=True)
    sources = [line for line in (out / "kg.ttl").read_text(encoding="utf-8").splitlines() if "lw:sourceFile" in line]
    assert len(sources) == 5 and not [line for line in sources if "/out/" in line]
    assert report(out)["articles"] == 5


# -- issue 17 item 6: names in the graph --------------------------------------------------------------

def test_relative_and_absolute_paths_give_the_same_graph(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "realnews")
    monkeypatch.chdir(tmp_path)
    build(["realnews"], tmp_path / "rel", use_cache=False)
    build([str(tmp_path / "realnews")], tmp_path / "abs", use_cache=False)
    build(["./realnews/"], tmp_path / "dot", use_cache=False)
    graph = (tmp_path / "rel" / "kg.ttl").read_bytes()
    assert (tmp_path / "abs" / "kg.ttl").read_bytes() == graph == (tmp_path / "dot" / "kg.ttl").read_bytes()
    text = graph.decode("utf-8")
    assert 'lw:sourceFile "realnews/' in text and str(tmp_path) not in text


def test_two_inputs_that_would_share_a_name_are_refused(tmp_path):
    for side in ("a", "b"):
        shutil.copytree(SEEDS, tmp_path / side / "news")
        (tmp_path / side / "news" / "own.txt").write_text(f"{side}：四川省某县输转劳动力3000人。", encoding="utf-8")
    with pytest.raises(UsageError, match="/a/news/.* and .*/b/news/.* would both be named news/"):
        build([str(tmp_path / "a" / "news"), str(tmp_path / "b" / "news")], tmp_path / "out")
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_an_article_keeps_its_own_address_as_schema_url(tmp_path):
    corpus = tmp_path / "web"
    corpus.mkdir()
    body = "云南省某县今年输转农村劳动力1.5万人，主要前往广东省东莞市务工。"
    (corpus / "a.md").write_text(f"---\ntitle: 某县劳务输出\nurl: https://news.example.org/a b.html\n---\n\n{body}\n",
                                 encoding="utf-8")
    (corpus / "b.html").write_text(
        '<html><head><meta property="og:url" content="https://example.org/og">'
        '<link rel="canonical" href="https://example.org/canonical"></head>'
        f"<body><h1>劳务</h1><p>{body}</p></body></html>", encoding="utf-8")
    (corpus / "c.html").write_text('<html><head><meta property="og:url" content="https://example.org/c">'
                                   f"</head><body><h1>劳务</h1><p>{body}</p></body></html>", encoding="utf-8")
    (corpus / "d.html").write_text('<html><head><link rel="canonical" href="javascript:alert(1)">'
                                   f"</head><body><h1>劳务</h1><p>{body}</p></body></html>", encoding="utf-8")
    build([str(corpus)], tmp_path / "out", use_cache=False)
    import rdflib

    graph = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl", format="turtle")
    lw, schema = rdflib.Namespace("https://w3id.org/laowu-kg/ontology#"), rdflib.Namespace("https://schema.org/")
    links = {str(graph.value(a, lw.sourceFile)): str(graph.value(a, schema.url)) for a in graph.subjects(lw.sourceFile)}
    assert links == {"web/a.md": "https://news.example.org/a%20b.html", "web/b.html": "https://example.org/canonical",
                     "web/c.html": "https://example.org/c", "web/d.html": "None"}
    assert run_kg("validate", str(tmp_path / "out" / "kg.ttl")).returncode == 0

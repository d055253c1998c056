"""A hostile corpus built by the tests: every good file builds, every bad one is reported, output stays valid."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, Literal

import kg.build
import kg.cache
import kg.ingest
from kg.build import build
from kg.ingest import MAX_BYTES, IngestError, read_document
from kg.validate import validate
from tests.conftest import ROOT, SEEDS

LW = rdflib.Namespace("https://w3id.org/laowu-kg/ontology#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")

PARA = "陕西省安康市紫阳县2022年输转城乡劳动力8.43万人，其中赴江苏省务工1.2万余人，“紫阳修脚师”劳务品牌享誉全国。\n"
GOOD = "湖南省湘西州花垣县2021年输转农村劳动力2.3万人，其中赴广东省务工1.1万余人。\n"
# A brand, a program and a title carrying Turtle and SPARQL metacharacters, quotes and backslashes
# (a straight quote inside a brand's quotation marks ends no name: the brand extractor refuses it);
# the title in meta.txt also carries the six characters \u0000, the one in meta_front.md a real NUL.
BRAND = '<script>修脚\\师}'
TITLE = '标题"""带\\反斜杠<与>和?x {#} $y \\u0000'
META_ARTICLE = (
    f"{TITLE}\n\n"
    f"“{BRAND}”劳务品牌是安康市紫阳县的劳务品牌。紫阳县2022年输转劳动力1万人，赴\"上海市\"务工<b>3000</b>人。\n"
    "实施“春风行动\\n”\"\"\"'''.;}?x <http://example.org/> 专项活动，新增就业岗位500个。\n"
)
BAD_NAME = os.fsdecode(b"\xff\xfe bad.txt")  # bytes that are not UTF-8 in a file name
# RSS bound of the build process: generous, it only has to catch a file read or parsed whole.
RSS_LIMIT_KB = 1_500_000

# What the build must say about each bad file (file name -> start of the reason).
EXPECTED_SKIPS = {
    "empty.txt": "empty file",
    "junk.bin.txt": "binary file (NUL bytes)",
    "nul_in_text.txt": "binary file (NUL bytes)",  # a NUL byte marks a file as binary, even amid Chinese
    "junk_nonul.txt": "cannot decode",
    "huge50.txt": "file too large (50.0 MB >",
    "huge15.txt": "file too large (15.0 MB >",
    "nearlimit.txt": "article text too long",
    "tagsoup.html": "too much markup",
    "fifo.txt": "not a regular file (named pipe)",
    "loop_a.txt": "symbolic link loop",
    "loop_b.txt": "symbolic link loop",
    "dangling.txt": "broken symbolic link",
    "title_unclosed.html": "no article text",
}
GOOD_FILES = [
    "gbk.txt", "big5.txt", "utf16.txt", "utf16be_nobom.txt", "with space 名字.txt", "deep.html",
    "unclosed.html", "malformed.html", "meta.txt", "meta_front.md", "sub/ok.txt", "chmod000.txt",
]


def _write_repeated(path: Path, block: str, size: int) -> None:
    data = block.encode("utf-8") * 1000
    with open(path, "wb") as out:
        left = size
        while left > 0:
            out.write(data[:left])
            left -= len(data)


def make_corpus(root: Path) -> Path:
    c = root / "corpus"
    c.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, c / seed.name)
    # --- bad files
    (c / "empty.txt").write_bytes(b"")
    (c / "junk.bin.txt").write_bytes(bytes(range(256)) * 64)
    (c / "nul_in_text.txt").write_bytes(f"标题\u0000\n{GOOD}".encode())
    (c / "junk_nonul.txt").write_bytes(bytes((i * 7919) % 255 + 1 for i in range(20000)))
    _write_repeated(c / "huge50.txt", PARA, 50 * 1024 * 1024)
    _write_repeated(c / "huge15.txt", PARA, 15 * 1024 * 1024)
    # A valid article just under the byte limit: read, then refused for its length, in bounded memory.
    _write_repeated(c / "nearlimit.txt", PARA, MAX_BYTES - 1024)
    (c / "tagsoup.html").write_text("<html><body>" + "<b>劳务</b>" * 60_000 + "</body></html>", encoding="utf-8")
    os.mkfifo(c / "fifo.txt")  # no writer: a naive open() would block the build for ever
    (c / "loop_a.txt").symlink_to(c / "loop_b.txt")
    (c / "loop_b.txt").symlink_to(c / "loop_a.txt")
    (c / "dangling.txt").symlink_to(c / "gone.txt")
    # An unclosed <title> swallows the rest of the page, in lxml as in browsers.
    (c / "title_unclosed.html").write_text(f"<html><head><title>甘肃省<body><p>{PARA}</p>", encoding="utf-8")
    # --- good files
    (c / "gbk.txt").write_bytes(("贵州省铜仁市2021年输转劳动力3万人。\n" + PARA).encode("gbk"))
    (c / "big5.txt").write_bytes("四川省涼山州2021年輸轉勞動力5萬人，其中赴廣東省務工2萬餘人。\n".encode("big5"))
    (c / "utf16.txt").write_bytes("河南省林州市2020年输转劳动力4万人，赴北京市务工1万人。\n".encode("utf-16"))
    (c / "utf16be_nobom.txt").write_bytes("江西省赣州市于都县2021年输转劳动力6万人。\n".encode("utf-16-be"))
    (c / "with space 名字.txt").write_text(GOOD, encoding="utf-8")
    (c / BAD_NAME).write_text("云南省昭通市镇雄县2021年输转劳动力6万人。\n" + PARA, encoding="utf-8")
    (c / "deep.html").write_text(
        "<html><body>" + "<div>" * 10_000 + f"<p>{PARA}</p>" + "</div>" * 10_000 + "</body></html>", encoding="utf-8"
    )
    (c / "unclosed.html").write_text(
        f"<html><head><title>湖南省劳务输转</title><body><div><p>{GOOD}<p><b><i>{PARA}<table><tr><td>未闭合",
        encoding="utf-8",
    )
    (c / "malformed.html").write_text(
        f"<<html>><p <div>>{GOOD}</span></p></p></td><p>{PARA}<!-- 未结束的注释 {PARA}", encoding="utf-8"
    )
    (c / "meta.txt").write_text(META_ARTICLE, encoding="utf-8")
    (c / "meta_front.md").write_text(
        f"---\ntitle: {json.dumps(TITLE + chr(0), ensure_ascii=False)}\ndate: 2022-03-08\n---\n\n{GOOD}",
        encoding="utf-8",
    )
    (c / "sub").mkdir()
    (c / "sub" / "ok.txt").write_text("广西百色市田东县2021年输转劳动力7万人。\n" + GOOD, encoding="utf-8")
    (c / "sub" / "up").symlink_to(c, target_is_directory=True)  # a folder link to its parent
    chmod000 = c / "chmod000.txt"
    chmod000.write_text("福建省宁德市2021年输转劳动力1万人。\n", encoding="utf-8")
    chmod000.chmod(0)
    return c


def _shown(name: str) -> str:
    return "corpus/" + kg.ingest.display_name(name)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The corpus, built once by `kg build` in a subprocess whose peak RSS is measured."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = make_corpus(root)
    wrapper = (
        "import resource, subprocess, sys, json\n"
        "rc = subprocess.run(sys.argv[1:]).returncode\n"
        "print(json.dumps({'rc': rc, 'rss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, "-m", "kg.cli", "build", "corpus", "--out", "out", "-q"],
        cwd=root, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    seconds = time.perf_counter() - started
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    out = root / "out"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"root": root, "corpus": corpus, "out": out, "report": report, "stats": stats,
            "stderr": result.stderr, "seconds": seconds}


def test_every_bad_file_is_reported_with_its_reason(hostile):
    assert hostile["stats"]["rc"] == 0, hostile["stderr"]
    reasons = {s["file"]: s["reason"] for s in hostile["report"]["skipped"]}
    for name, reason in EXPECTED_SKIPS.items():
        assert reasons.get(_shown(name), "").startswith(reason), (name, reasons.get(_shown(name)))
    if os.access(hostile["corpus"] / "chmod000.txt", os.R_OK):  # root reads a mode-000 file
        assert _shown("chmod000.txt") not in reasons
    else:
        assert reasons[_shown("chmod000.txt")] == "permission denied"
    assert set(reasons) - {_shown(n) for n in EXPECTED_SKIPS} <= {_shown("chmod000.txt")}


def test_every_good_file_builds(hostile):
    graph = rdflib.Graph().parse(hostile["out"] / "kg.ttl", format="turtle")
    sources = {str(o) for o in graph.objects(None, LW.sourceFile)}
    seeds = {f"corpus/{p.name}" for p in SEEDS.glob("*.txt")}
    goods = {_shown(n) for n in GOOD_FILES} | {_shown(BAD_NAME)}
    if not os.access(hostile["corpus"] / "chmod000.txt", os.R_OK):
        goods.discard(_shown("chmod000.txt"))
    assert seeds | goods == sources
    assert hostile["report"]["articles"] == len(sources)
    # The non-UTF-8 name is readable, and tells its bytes: corpus/\xff\xfe bad.txt
    assert "corpus/\\xff\\xfe bad.txt" in sources


def test_output_is_utf8_parses_in_rdflib_and_oxigraph_and_conforms(hostile):
    path = hostile["out"] / "kg.ttl"
    path.read_bytes().decode("utf-8")  # strict: no lone surrogates, no stray bytes
    (hostile["out"] / "report.json").read_bytes().decode("utf-8")
    graph = rdflib.Graph().parse(path, format="turtle")
    quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(graph) == len(quads) == hostile["report"]["triples"]
    result = validate(path)
    assert result.conforms, result.violations[:5]


def test_metacharacters_round_trip_through_turtle_and_sparql(hostile):
    path = hostile["out"] / "kg.ttl"
    graph = rdflib.Graph().parse(path, format="turtle")
    titles = {str(o) for o in graph.objects(None, DCTERMS.title)}
    assert TITLE in titles  # the NUL after it is dropped by ingest, everything else kept
    brands = {str(o) for s in graph.subjects(RDF.type, LW.LabourBrand) for o in graph.objects(s, RDFS.label)}
    assert any(BRAND in b for b in brands), brands
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = list(store.query(
        "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?a WHERE { ?a dcterms:title ?t FILTER(STR(?t) = "
        + Literal(TITLE).n3() + ") }"
    ))
    assert len(rows) == 2  # meta.txt and meta_front.md


def test_memory_stays_bounded(hostile):
    assert hostile["stats"]["rss_kb"] < RSS_LIMIT_KB, hostile["stats"]


def test_no_file_takes_more_than_a_few_seconds(hostile):
    """Each hostile file on its own, after the one-off loading of jieba, OpenCC and the gazetteer."""
    from kg.worker import process_one, warm_up

    warm_up()
    files, _ = kg.ingest.discover([hostile["corpus"]])
    slow = {}
    for path, shown in files:
        if Path(path).parent == hostile["corpus"] and Path(path).name.startswith("00"):
            continue  # the seeds are timed by every other test
        started = time.perf_counter()
        process_one(str(path), shown, "k")
        took = time.perf_counter() - started
        if took > 5:
            slow[shown] = round(took, 1)
    assert not slow


def test_oversized_file_is_refused_before_it_is_read(hostile, monkeypatch):
    reads = []
    real_open = open

    class Recording:
        def __init__(self, stream):
            self.stream = stream

        def read(self, size=-1):
            data = self.stream.read(size)
            reads.append((size, len(data)))
            return data

        def fileno(self):
            return self.stream.fileno()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

    monkeypatch.setattr(kg.ingest, "open", lambda *a, **k: Recording(real_open(*a, **k)), raising=False)
    with pytest.raises(IngestError) as info:
        read_document(hostile["corpus"] / "huge50.txt", "huge50.txt")
    assert info.value.reason.startswith("file too large")
    assert reads == []  # refused on its size alone
    # A file that grows past the limit after its size was taken is still read only up to the limit + 1.
    with pytest.raises(IngestError):
        read_document(hostile["corpus"] / "nearlimit.txt", "nearlimit.txt", max_bytes=1000)
    read_document(hostile["corpus"] / "gbk.txt", "gbk.txt", max_bytes=10_000)
    assert all(size <= 10_001 for size, _ in reads) and reads


def _build_with(tmp_path, monkeypatch, vandal) -> dict:
    """build() in-process, with `vandal(files)` run between discovering the files and reading them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, corpus / seed.name)
    (corpus / "victim.txt").write_text(GOOD, encoding="utf-8")
    real = kg.build.discover

    def discover(paths, **options):
        files, skipped = real(paths, **options)
        vandal(corpus / "victim.txt")
        return files, skipped

    monkeypatch.setattr(kg.build, "discover", discover)
    report = build([str(corpus)], tmp_path / "out", use_cache=False)
    return {s.source_file: s.reason for s in report.skipped} | {"articles": report.articles}


def test_file_removed_during_the_build(tmp_path, monkeypatch):
    got = _build_with(tmp_path, monkeypatch, lambda victim: victim.unlink())
    assert got == {"corpus/victim.txt": "no such file or directory", "articles": 2}


def test_file_replaced_by_a_folder_during_the_build(tmp_path, monkeypatch):
    def swap(victim):
        victim.unlink()
        victim.mkdir()

    got = _build_with(tmp_path, monkeypatch, swap)
    assert got == {"corpus/victim.txt": "is a directory", "articles": 2}


def test_file_replaced_by_a_pipe_during_the_build_does_not_block(tmp_path, monkeypatch):
    def swap(victim):
        victim.unlink()
        os.mkfifo(victim)

    got = _build_with(tmp_path, monkeypatch, swap)
    assert got == {"corpus/victim.txt": "not a regular file (named pipe)", "articles": 2}


def test_file_removed_between_digest_and_read(tmp_path, monkeypatch):
    real_digest = kg.build.file_digest

    def digest_then_remove(path):
        value = real_digest(path)
        if Path(path).name == "victim.txt":
            Path(path).unlink()
        return value

    monkeypatch.setattr(kg.build, "file_digest", digest_then_remove)
    got = _build_with(tmp_path, monkeypatch, lambda victim: None)
    assert got == {"corpus/victim.txt": "no such file or directory", "articles": 2}


def test_a_pipe_named_on_the_command_line_is_reported_not_read(tmp_path):
    fifo = tmp_path / "named.txt"
    os.mkfifo(fifo)
    report = build([str(fifo), str(sorted(SEEDS.glob("*.txt"))[0])], tmp_path / "out", use_cache=False)
    assert [(s.source_file, s.reason) for s in report.skipped] == [("named.txt", "not a regular file (named pipe)")]
    assert report.articles == 1

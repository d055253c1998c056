"""End to end: `kg` as a user runs it on the seeds and on a folder with bad files in it."""
from __future__ import annotations

import json
import shutil

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, RDF

from tests.conftest import SEEDS, run_kg

LW = Namespace("https://w3id.org/laowu-kg/ontology#")


def test_help_explains_every_command():
    top = run_kg("--help")
    assert top.returncode == 0
    for command in ("build", "validate", "query", "explore"):
        assert command in top.stdout
        sub = run_kg(command, "--help")
        assert sub.returncode == 0, sub.stderr
        assert "usage: kg " + command in sub.stdout


def test_seed_graph_has_five_dated_titled_articles(built_seeds):
    graph = Graph().parse(built_seeds / "kg.ttl")
    articles = list(graph.subjects(RDF.type, LW.Article))
    assert len(articles) == 5
    for article in articles:
        assert graph.value(article, DCTERMS.title), article
        assert graph.value(article, DCTERMS.date), article
    report = json.loads((built_seeds / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 5 and report["skipped"] == []
    assert report["triples"] == len(graph)


def test_seed_graph_conforms_to_the_shapes(built_seeds):
    result = run_kg("validate", str(built_seeds / "kg.ttl"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


def test_builds_are_byte_identical_across_hash_seeds_and_file_order(tmp_path, built_seeds):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    run_kg("build", *reversed(files), "--out", str(tmp_path / "a"), env={"PYTHONHASHSEED": "1"}, check=True)
    run_kg("build", *files, "--out", str(tmp_path / "b"), env={"PYTHONHASHSEED": "4242"}, check=True)
    first = (tmp_path / "a" / "kg.ttl").read_bytes()
    assert first == (tmp_path / "b" / "kg.ttl").read_bytes()


def test_bad_files_are_reported_and_the_rest_builds(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "photo.txt").write_bytes(bytes(range(256)) * 64)
    result = run_kg("build", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "empty.txt" in result.stderr and "photo.txt" in result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 5
    assert sorted(s["file"].rsplit("/", 1)[-1] for s in report["skipped"]) == ["empty.txt", "photo.txt"]
    assert all(s["reason"] for s in report["skipped"])


def test_no_buildable_article_exits_1_and_keeps_the_old_graph(tmp_path):
    out = tmp_path / "out"
    run_kg("build", str(sorted(SEEDS.glob("*.txt"))[0]), "--out", str(out), "-q", check=True)
    previous = (out / "kg.ttl").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_kg("build", str(tmp_path / "empty.txt"), "--out", str(out))
    assert result.returncode == 1
    assert "no article" in result.stderr
    assert (out / "kg.ttl").read_bytes() == previous


def test_usage_errors_exit_2():
    assert run_kg("build").returncode == 2
    assert run_kg("frobnicate").returncode == 2


def test_validate_reports_a_violation_in_words(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix lw: <https://w3id.org/laowu-kg/ontology#> .\n"
        "<https://w3id.org/laowu-kg/id/region/12345> a lw:Province ;\n"
        '  <http://www.w3.org/2000/01/rdf-schema#label> "某省"@zh ; lw:adcode "12345" .\n',
        encoding="utf-8",
    )
    result = run_kg("validate", str(bad))
    assert result.returncode == 1
    assert "adcode" in (result.stdout + result.stderr)

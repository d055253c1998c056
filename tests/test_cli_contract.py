"""The contract every `kg` command keeps: exit 0/1/2, a user error is one line naming the path, no
traceback, and the user's files are left exactly as they were."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_kg

FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
ONE_ARTICLE = ROOT / "tests" / "inputs" / "sichuan_furniture.txt"


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for a folder)."""
    return {str(p.relative_to(folder)): None if p.is_dir() else p.read_bytes()
            for p in sorted(folder.rglob("*"))}


@pytest.fixture
def home(tmp_path) -> Path:
    """A user's folder: a file, a folder of their own with a file in it, and a graph."""
    (tmp_path / "notes.txt").write_bytes(b"my notes\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "thesis.md").write_bytes("论文草稿\n".encode())
    shutil.copy(FIXTURE, tmp_path / "kg.ttl")
    return tmp_path


def assert_one_line_error(result, code: int, *needles: str) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


# ---------------------------------------------------------------- outputs that cannot be written there

def test_build_out_under_a_file_is_a_usage_error(home):
    before = snapshot(home)
    result = run_kg("build", str(ONE_ARTICLE), "--out", str(home / "notes.txt" / "sub"))
    assert_one_line_error(result, 2, "kg build:", "--out", "notes.txt", "is a file, not a folder")
    assert snapshot(home) == before


def test_build_out_naming_a_file_is_a_usage_error(home):
    before = snapshot(home)
    result = run_kg("build", str(ONE_ARTICLE), "--out", str(home / "notes.txt"))
    assert_one_line_error(result, 2, "kg build:", "notes.txt", "is a file, not a folder")
    assert snapshot(home) == before


def test_explore_output_naming_a_folder_is_a_usage_error(home):
    before = snapshot(home)
    result = run_kg("explore", str(home / "kg.ttl"), "-o", str(home / "docs"))
    assert_one_line_error(result, 2, "kg explore:", "docs", "is a folder")
    assert snapshot(home) == before


def test_explore_output_under_a_file_is_a_usage_error(home):
    before = snapshot(home)
    result = run_kg("explore", str(home / "kg.ttl"), "-o", str(home / "notes.txt" / "page.html"))
    assert_one_line_error(result, 2, "kg explore:", "notes.txt", "is a file, not a folder")
    assert snapshot(home) == before


@pytest.mark.parametrize("target", ["notes.txt/answer.csv", "docs"])
def test_query_output_that_cannot_be_a_file_is_a_usage_error(home, target):
    before = snapshot(home)
    result = run_kg("query", "brand_destinations", "--kg", str(home / "kg.ttl"), "-o", str(home / target))
    assert_one_line_error(result, 2, "kg query:", "-o", Path(target).parts[0])
    assert snapshot(home) == before


# ---------------------------------------------------------------- a missing graph: exit 1 everywhere

@pytest.mark.parametrize("argv", [
    ["query", "brand_destinations", "--kg", "{missing}"],
    ["validate", "{missing}"],
    ["explore", "{missing}"],
    ["serve", "{missing}", "--port", "0"],
])
def test_a_missing_graph_is_exit_1_in_every_command(home, argv):
    before = snapshot(home)
    missing = str(home / "absent" / "kg.ttl")
    result = run_kg(*[a.replace("{missing}", missing) for a in argv])
    assert_one_line_error(result, 1, f"kg {argv[0]}:", missing, "not found")
    assert snapshot(home) == before


def test_a_graph_that_is_a_folder_is_named(home):
    result = run_kg("validate", str(home / "docs"))
    assert_one_line_error(result, 1, "docs", "is a folder")


# ---------------------------------------------------------------- options

@pytest.mark.parametrize("address", ["not an address", "tcp://host", "tcp://host:99999", "http://h:1", ":8786"])
def test_a_malformed_dask_scheduler_is_a_usage_error_before_any_work(home, address):
    before = snapshot(home)
    result = run_kg("build", str(ONE_ARTICLE), "--out", str(home / "out"), "--dask-scheduler", address)
    assert_one_line_error(result, 2, "kg build:", "--dask-scheduler", "HOST:PORT")
    assert snapshot(home) == before  # not even the out folder was made


@pytest.mark.parametrize("address", ["tcp://10.0.0.5:8786", "127.0.0.1:8786", "tls://scheduler.lan:8786",
                                     "tcp://[::1]:8786"])
def test_well_formed_dask_addresses_pass_the_check(address):
    from kg.cli import make_parser

    args = make_parser().parse_args(["build", "x", "--dask-scheduler", address])
    assert args.dask_scheduler == address


@pytest.mark.parametrize("argv, needle", [
    (["build", "x", "--jobs", "0"], "--jobs"),
    (["explore", "--max-nodes", "-3"], "--max-nodes"),
    (["serve", "--timeout", "0"], "--timeout"),
    (["serve", "--workers", "0"], "--workers"),
    (["frobnicate"], "frobnicate"),
    (["query", "--list", "brand_destinations"], "--list"),
    (["query", "brand_destinations", "-e", "ASK {}"], "exactly one"),
])
def test_usage_errors_are_one_line_with_exit_2(argv, needle):
    assert_one_line_error(run_kg(*argv), 2, needle)


def test_a_select_query_cannot_be_written_as_rdf(home):
    result = run_kg("query", "brand_destinations", "--kg", str(home / "kg.ttl"), "-o", str(home / "a.ttl"))
    assert_one_line_error(result, 2, "CONSTRUCT")
    assert not (home / "a.ttl").exists()


def test_an_unknown_query_name_is_exit_1(home):
    result = run_kg("query", "no_such_question", "--kg", str(home / "kg.ttl"))
    assert_one_line_error(result, 1, "no_such_question", "--list")


def test_a_failed_write_leaves_the_old_answer(home, monkeypatch, capsys):
    # The answer is written to a temporary file and renamed: an error half-way keeps the old one.
    from kg import rdfio

    answer = home / "answer.csv"
    answer.write_bytes(b"old answer\r\n")

    def chunks():
        yield "half of it"
        raise OSError(28, "No space left on device")

    with pytest.raises(rdfio.KgError, match="answer.csv.*No space left"):
        rdfio.write_text(answer, chunks())
    assert answer.read_bytes() == b"old answer\r\n"
    assert sorted(p.name for p in home.iterdir()) == ["answer.csv", "docs", "kg.ttl", "notes.txt"]


# ---------------------------------------------------------------- defaults a user relies on

def test_explore_writes_beside_the_graph_by_default(home, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("cwd")
    result = run_kg("explore", str(home / "kg.ttl"), cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert (home / "explorer.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert list(elsewhere.iterdir()) == []  # nothing in the current folder


@pytest.mark.parametrize("name, starts", [
    ("a.csv", "brand,county,city,province,destination,evidence,title,sourceFile\r\n"),
    ("a.tsv", "?brand\t?county\t"),
    ("a.json", '{\n  "head": {\n    "vars": [\n      "brand"'),
    ("a.srj", '{\n  "head": {\n    "vars": [\n      "brand"'),
    ("a.txt", "brand     county"),
])
def test_query_output_format_follows_the_suffix(home, name, starts):
    result = run_kg("query", "brand_destinations", "--kg", str(home / "kg.ttl"), "-o", str(home / name))
    assert result.returncode == 0, result.stderr
    assert (home / name).read_bytes().decode("utf-8").startswith(starts)


def test_an_explicit_format_wins_over_the_suffix(home):
    result = run_kg("query", "brand_destinations", "--kg", str(home / "kg.ttl"), "--format", "json",
                    "-o", str(home / "a.csv"))
    assert result.returncode == 0, result.stderr
    assert (home / "a.csv").read_text(encoding="utf-8").startswith("{")


def test_query_list_names_each_built_in_query_with_its_question():
    result = run_kg("query", "--list")
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert set(lines) == {p.stem for p in (ROOT / "queries").glob("*.rq")}
    first = (ROOT / "queries" / "brand_destinations.rq").read_text(encoding="utf-8").splitlines()[0]
    assert lines["brand_destinations"] == first.lstrip("# ")


def test_a_built_in_query_by_name_equals_its_file(home):
    by_name = run_kg("query", "brand_destinations", "--kg", str(home / "kg.ttl"), "--format", "csv")
    by_file = run_kg("query", str(ROOT / "queries" / "brand_destinations.rq"), "--kg", str(home / "kg.ttl"),
                     "--format", "csv")
    assert by_name.returncode == 0 and by_name.stdout == by_file.stdout and "紫阳修脚" in by_name.stdout
    # A file of that name in the current folder is the user's and wins over the built-in one.
    (home / "brand_destinations.rq").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    mine = run_kg("query", "brand_destinations.rq", "--kg", str(home / "kg.ttl"), cwd=home)
    assert mine.stdout == "true\n"

"""Untrusted text reaches a terminal or a spreadsheet defused: control characters escaped, formula
cells quoted, in every output format and every line the tool prints."""
from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph as ox
import pytest

from kg.safetext import escape_controls, spreadsheet_cell, visible
from tests.conftest import run_kg

ESC_TITLE = "\x1b]0;pwned\x07\x1b[2J清屏"          # retitles the window, clears the screen
C1_CSI = "\x9b31m红字"                               # the one-byte CSI
BIDI = "报告\u202egnp.exe"                          # shows as 报告exe.png
HYPERLINK = '=HYPERLINK("http://example.org/x","点此")'
FORMULAS = ["@SUM(1+1)", "+1+2", "-2+3", "\t=1", "\r=1"]
NEGATIVE = "-12.5"
PAYLOADS = [ESC_TITLE, C1_CSI, BIDI, HYPERLINK, *FORMULAS, NEGATIVE]

# Any character a terminal acts on, except tab, LF and CR (which the formats themselves use).
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

SELECT = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s")
CONSTRUCT = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s rdfs:label ?label }")


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "kg.nt"
    triples = [ox.Triple(ox.NamedNode(f"https://w3id.org/laowu-kg/id/brand/{i:02d}"),
                         ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(text))
               for i, text in enumerate(PAYLOADS)]
    ox.serialize(triples, str(path), format=ox.RdfFormat.N_TRIPLES)
    return path


def query(graph, text, *args, output=None):
    argv = ["query", "-e", text, "--kg", str(graph), *args]
    if output is not None:
        argv += ["-o", str(output)]
    result = run_kg(*argv)
    assert result.returncode == 0, result.stderr
    return output.read_bytes().decode("utf-8") if output is not None else result.stdout


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_no_raw_control_character_on_standard_output(hostile_graph, fmt):
    text = query(hostile_graph, SELECT, "--format", fmt)
    assert not RAW_CONTROL.search(text), RAW_CONTROL.search(text)
    assert "\\x1b]0;pwned" in text or "\\u001B]0;pwned" in text or "\\u001b]0;pwned" in text


def test_table_shows_the_payloads_escaped_and_keeps_rows_on_one_line(hostile_graph):
    table = query(hostile_graph, SELECT)
    assert "\\x1b]0;pwned\\x07\\x1b[2J清屏" in table
    assert "\\x9b31m红字" in table and "报告\\u202egnp.exe" in table
    assert len(table.splitlines()) == 2 + len(PAYLOADS) + 1  # header, rule, rows, count


def test_json_round_trips_every_payload(hostile_graph, tmp_path):
    for target in (None, tmp_path / "answer.json"):
        document = json.loads(query(hostile_graph, SELECT, "--format", "json", output=target))
        labels = [b["label"]["value"] for b in document["results"]["bindings"]]
        assert labels == PAYLOADS


def test_tsv_escapes_as_n_triples_and_round_trips(hostile_graph, tmp_path):
    text = query(hostile_graph, SELECT, output=tmp_path / "answer.tsv")
    assert not RAW_CONTROL.search(text)
    cells = [line.split("\t")[1] for line in text.splitlines()[1:]]
    # A TSV cell is an N-Triples term: read each back with an N-Triples parser.
    document = "".join(f"<http://example.org/s> <http://example.org/p> {cell} .\n" for cell in cells)
    values = [q.object.value for q in ox.parse(document.encode(), format=ox.RdfFormat.N_TRIPLES)]
    assert values == PAYLOADS


def test_csv_for_spreadsheets_defuses_formulas_by_default(hostile_graph, tmp_path):
    text = query(hostile_graph, SELECT, output=tmp_path / "answer.csv")
    assert not RAW_CONTROL.search(text)
    labels = [row[1] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert labels[PAYLOADS.index(HYPERLINK)] == "'" + HYPERLINK
    for formula in FORMULAS:  # as shown, no cell can start a formula (CR is shown as \x0d)
        assert not labels[PAYLOADS.index(formula)].startswith(("=", "+", "-", "@", "\t", "\r")), formula
    assert labels[PAYLOADS.index(NEGATIVE)] == NEGATIVE  # a number stays a number
    assert labels[PAYLOADS.index(ESC_TITLE)] == "\\x1b]0;pwned\\x07\\x1b[2J清屏"


def test_exact_csv_is_w3c_byte_for_byte(hostile_graph, tmp_path):
    text = query(hostile_graph, SELECT, "--exact-csv", output=tmp_path / "answer.csv")
    labels = [row[1] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert labels == PAYLOADS


@pytest.mark.parametrize("suffix, fmt", [(".ttl", ox.RdfFormat.TURTLE), (".nt", ox.RdfFormat.N_TRIPLES),
                                         (".jsonld", ox.RdfFormat.JSON_LD)])
def test_construct_as_rdf_escapes_and_round_trips(hostile_graph, tmp_path, suffix, fmt):
    target = tmp_path / f"answer{suffix}"
    text = query(hostile_graph, CONSTRUCT, output=target)
    assert not RAW_CONTROL.search(text)
    values = sorted(q.object.value for q in ox.parse(path=str(target), format=fmt))
    assert values == sorted(PAYLOADS)
    assert query(hostile_graph, CONSTRUCT, "--format", suffix[1:]) == text  # stdout: the same bytes


def test_build_prints_a_hostile_file_name_escaped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("四川省凉山州今年组织劳务输出三万人，赴广东务工。\n", encoding="utf-8")
    (corpus / "bad\x1b]0;pwned\x07.txt").write_bytes(bytes(range(256)) * 4)  # binary: skipped
    result = run_kg("build", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert not RAW_CONTROL.search(result.stderr + result.stdout)
    assert "bad\\x1b]0;pwned\\x07.txt" in result.stderr


def test_error_lines_show_a_hostile_path_escaped(tmp_path):
    result = run_kg("validate", str(tmp_path / "\x1b[2Jgone.ttl"))
    assert result.returncode == 1
    assert not RAW_CONTROL.search(result.stderr)
    assert "\\x1b[2Jgone.ttl" in result.stderr


def test_validate_prints_violating_values_escaped(tmp_path):
    graph = tmp_path / "bad.ttl"
    graph.write_text('@prefix lw: <https://w3id.org/laowu-kg/ontology#> .\n'
                     '<https://w3id.org/laowu-kg/id/region/510000> a lw:Province ;\n'
                     '  lw:adcode "\\u001B]0;x\\u0007" .\n', encoding="utf-8")
    result = run_kg("validate", str(graph))
    assert result.returncode == 1
    assert "\\x1b]0;x\\x07" in result.stdout
    assert not RAW_CONTROL.search(result.stdout + result.stderr)


def test_the_helpers():
    assert visible("a\tb\nc\x1b") == "a\tb\nc\\x1b"
    assert visible("a\tb\nc", keep_layout=False) == "a\\x09b\\x0ac"
    assert visible("\u2066x\u2069") == "\\u2066x\\u2069"
    assert escape_controls('"\x1b\x85"') == '"\\u001B\\u0085"'
    assert spreadsheet_cell("=1+1") == "'=1+1"
    assert spreadsheet_cell("1e5") == "1e5" and spreadsheet_cell("+7") == "+7" and spreadsheet_cell("-") == "'-"
    assert spreadsheet_cell("紫阳修脚") == "紫阳修脚"


@pytest.mark.parametrize("argv", [["validate"], ["explore", "-o", "{tmp}/page.html"],
                                  ["query", "-e", "SELECT * { ?s ?p ?o }", "--engine", "rdflib", "--kg"]])
def test_an_ill_typed_literal_prints_no_library_traceback(tmp_path, argv):
    # rdflib logs a warning with a traceback (and the raw lexical form) for "51\x1b[2J"^^xsd:integer.
    graph = tmp_path / "ill.ttl"
    graph.write_text('@prefix lw: <https://w3id.org/laowu-kg/ontology#> .\n'
                     '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                     '<https://w3id.org/laowu-kg/id/region/510000> a lw:Province ;\n'
                     '  lw:adcode "51\\u001B[2J"^^xsd:integer .\n', encoding="utf-8")
    result = run_kg(*[a.replace("{tmp}", str(tmp_path)) for a in argv], str(graph))
    assert "Traceback" not in result.stderr and "Failed to convert" not in result.stderr
    assert not RAW_CONTROL.search(result.stdout + result.stderr)

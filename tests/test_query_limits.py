"""Queries stay local and stoppable (issue 15 items 3 and 6): SERVICE and FROM refused, time and row
limits, Ctrl-C, and the two engines giving the same rows, aggregates over unbound values included."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from kg.query import QueryError, run_query
from kg.query.engine import NotLocalRefused, QuerySyntaxError, check_query
from kg.query.isolated import QueryTimeout, run_isolated

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "data" / "query_fixture.ttl"
ENGINES = ["rdflib", "oxigraph"]
LW = "PREFIX lw: <https://w3id.org/laowu-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
# The same work with nothing to stream: Oxigraph computes it inside one call that Python
# cannot interrupt, the case that Ctrl-C used to leave running.
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class Listener:
    """A loopback TCP server that records every connection made to it."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self):
        time.sleep(0.3)  # let a late request arrive before counting
        self.running = False
        self.thread.join()
        self.socket.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


SERVICE_QUERIES = [
    "SELECT ?s WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s a ?c . SERVICE SILENT <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    LW + "SELECT ?b WHERE { ?b a lw:LabourBrand OPTIONAL { SERVICE <http://127.0.0.1:{port}/> "
         "{ ?b rdfs:label ?l } } }",
    "ASK { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:{port}/> { ?s ?p ?o } } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:{port}/> { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:{port}/> { ?s ?p ?o } } }",
    "select ?s where { service <http://127.0.0.1:{port}/> { ?s ?p ?o } }",
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_and_nothing_is_sent(listener, engine, template):
    text = template.replace("{port}", str(listener.port))
    with pytest.raises(NotLocalRefused, match=r"refused: SERVICE <http://127\.0\.0\.1:\d+/"):
        run_query(FIXTURE, text, engine=engine)
    with pytest.raises(NotLocalRefused):
        run_isolated(FIXTURE, text, engine_name=engine, timeout=5)
    listener.close()
    assert listener.connections == 0


@pytest.mark.parametrize("engine", ENGINES)
def test_service_in_a_string_or_comment_is_no_service(engine):
    text = ('# SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }\n'
            'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }" AS ?x) }')
    assert run_query(FIXTURE, text, engine=engine).values() == [
        ("SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }",)]


@pytest.mark.parametrize("engine", ENGINES)
def test_dataset_clauses_are_refused_on_both_engines(tmp_path, engine):
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://s> <http://p> 'secret' .\n", encoding="utf-8")
    for text in (f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}",
                 f"SELECT ?o FROM NAMED <{secret.as_uri()}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                 "SELECT ?o FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                 "ASK FROM <https://w3id.org/laowu-kg/id/graph/seeds> { ?s ?p ?o }"):
        with pytest.raises(NotLocalRefused, match="refused: FROM"):
            run_query(FIXTURE, text, engine=engine)


def test_text_rdflib_cannot_parse_never_reaches_oxigraph(listener):
    # Oxigraph would parse this (a SPARQL 1.2 triple term) and then call the SERVICE; what the
    # checking parser cannot read is reported as a syntax error instead.
    text = (f"SELECT * WHERE {{ BIND(<<( <http://a> <http://b> <http://c> )>> AS ?t) "
            f"SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}")
    with pytest.raises(QuerySyntaxError):
        run_query(FIXTURE, text, engine="oxigraph")
    listener.close()
    assert listener.connections == 0


def test_the_check_is_cached_and_is_the_same_object():
    text = "SELECT ?s WHERE { ?s ?p ?o }"
    assert check_query(text) is check_query(text)


# ------------------------------------------------------------------ time and row limits

@pytest.mark.parametrize("engine,text", [("rdflib", CARTESIAN), ("oxigraph", CARTESIAN_COUNT)])
def test_timeout_stops_a_cartesian_query(built_seeds, engine, text):
    children_before = {c.pid for c in psutil.Process().children(recursive=True)}
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"stopped after 1 s \(--timeout\)"):
        run_isolated(built_seeds / "kg.ttl", text, engine_name=engine, timeout=1)
    assert time.monotonic() - start < 1 + 2 + 2  # load the seeds, run 1 s, stop within 2 s
    assert {c.pid for c in psutil.Process().children(recursive=True)} <= children_before


def test_max_rows_stops_reading(built_seeds):
    for engine in ENGINES:
        result = run_isolated(built_seeds / "kg.ttl", CARTESIAN, engine_name=engine, max_rows=7)
        assert len(result.rows) == 7 and result.truncated
        whole = run_query(FIXTURE, "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s", engine=engine)
        limited = run_query(FIXTURE, "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s", engine=engine,
                            max_rows=len(whole.rows))
        assert limited.rows == whole.rows and not limited.truncated


def _kg(*args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def _query_children(process: subprocess.Popen) -> list:
    """The query process(es) of a running `kg query`, once they exist."""
    parent = psutil.Process(process.pid)
    deadline = time.monotonic() + 30
    while not parent.children() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    return parent.children(recursive=True)


@pytest.mark.parametrize("engine,text", [("auto", CARTESIAN), ("oxigraph", CARTESIAN_COUNT)])
def test_cli_timeout_one_line_exit_1_no_process_left(built_seeds, engine, text):
    start = time.monotonic()
    process = _kg("query", "-e", text, "--kg", str(built_seeds / "kg.ttl"), "--engine", engine,
                  "--timeout", "1")
    children = _query_children(process)
    out, err = process.communicate(timeout=60)
    assert children, "the query never ran in its own process"
    assert process.returncode == 1
    assert err == "kg query: the query was stopped after 1 s (--timeout); narrow it, or allow more time\n"
    assert out == ""
    assert time.monotonic() - start < 1 + 5  # start-up and load, 1 s of query, then stopped
    gone, alive = psutil.wait_procs(children, timeout=1)
    assert not alive


@pytest.mark.parametrize("engine,text", [("rdflib", CARTESIAN), ("oxigraph", CARTESIAN_COUNT)])
def test_cli_ctrl_c_stops_the_query_and_leaves_no_process(built_seeds, engine, text):
    # A terminal's Ctrl-C signals the whole foreground process group: do the same.
    process = _kg("query", "-e", text, "--kg", str(built_seeds / "kg.ttl"), "--engine", engine,
                  start_new_session=True)
    children = _query_children(process)
    assert children, "the query never started in its own process"
    time.sleep(1.0)  # well into the query
    sent = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert time.monotonic() - sent < 2
    assert process.returncode == 130
    assert err == "kg: interrupted\n" and out == ""
    gone, alive = psutil.wait_procs(children, timeout=1)
    assert not alive


def test_cli_max_rows_says_so_on_stderr():
    process = _kg("query", "-e", "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s", "--kg", str(FIXTURE),
                  "--format", "csv", "--max-rows", "3")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert len(out.splitlines()) == 1 + 3
    assert err == "kg query: stopped at 3 rows (--max-rows); there are more\n"


def test_cli_refuses_service_with_one_line(listener):
    process = _kg("query", "-e", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/q> "
                  f"{{ ?s ?p ?o }} }}", "--kg", str(FIXTURE), "--engine", "oxigraph")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1 and out == ""
    assert err.startswith("kg query: refused: SERVICE <http://127.0.0.1:") and err.count("\n") == 1
    listener.close()
    assert listener.connections == 0


# ------------------------------------------------------------------ the engines agree

AGGREGATE_QUERIES = [
    # GROUP_CONCAT over an OPTIONAL that never matches: rdflib used to raise NotBoundError
    # (DISTINCT) or return "" where the spec (and Oxigraph) leave the value unbound.
    LW + "SELECT ?brand (GROUP_CONCAT(DISTINCT ?x; separator='|') AS ?xs) WHERE { "
         "?b a lw:LabourBrand ; rdfs:label ?brand OPTIONAL { ?b lw:noSuchProperty ?x } } "
         "GROUP BY ?brand ORDER BY ?brand",
    LW + "SELECT ?brand (GROUP_CONCAT(?occupation) AS ?o) (COUNT(?occupation) AS ?n) WHERE { "
         "?b a lw:LabourBrand ; rdfs:label ?brand OPTIONAL { ?b lw:occupation ?occupation } } "
         "GROUP BY ?brand ORDER BY ?brand",
    LW + "SELECT ?brand (GROUP_CONCAT(?level) AS ?levels) (SAMPLE(?level) AS ?one) WHERE { "
         "?b a lw:LabourBrand ; rdfs:label ?brand OPTIONAL { ?b lw:level ?level } } "
         "GROUP BY ?brand ORDER BY ?brand",
    LW + "SELECT (GROUP_CONCAT(?x) AS ?xs) (SUM(?x) AS ?s) WHERE { OPTIONAL { ?b lw:noSuch ?x } }",
]
VALUES_CASES = ["1 2 UNDEF", "1 'a'", "'b' 'a' <http://x.example/>", "'b'@en 'a'@en",
                "'b'@en 'a'@fr", "'b'@en 'a'", "1 2.5", "1 2 4", "1.0e0 2", "UNDEF", "-2 -3 -6",
                "'1'^^<http://www.w3.org/2001/XMLSchema#float> 2"]
ALL_AGGREGATES = ("SELECT (GROUP_CONCAT(?x) AS ?g) (GROUP_CONCAT(DISTINCT ?x) AS ?gd) (SUM(?x) AS ?s) "
                  "(AVG(?x) AS ?a) (MIN(?x) AS ?mi) (MAX(?x) AS ?ma) (COUNT(?x) AS ?c) "
                  "(COUNT(*) AS ?cs) (SAMPLE(?x) AS ?sa) (COUNT(DISTINCT ?x) AS ?cd) ")


@pytest.mark.parametrize("text", AGGREGATE_QUERIES + [
    ALL_AGGREGATES + f"WHERE {{ VALUES ?x {{ {values} }} }}" for values in VALUES_CASES] + [
    ALL_AGGREGATES + "WHERE { ?x <http://nothing.example/> ?y }",
    ALL_AGGREGATES + "WHERE { ?x <http://nothing.example/> ?y } GROUP BY ?x"])
def test_engines_agree_on_aggregates_over_unbound_and_ill_typed_values(text):
    a = run_query(FIXTURE, text, engine="rdflib")
    b = run_query(FIXTURE, text, engine="oxigraph")
    assert a.variables == b.variables
    assert a.rows == b.rows


def test_group_concat_over_an_unmatched_optional_is_unbound_as_the_spec_says():
    rows = run_query(FIXTURE, AGGREGATE_QUERIES[0], engine="rdflib").values()
    assert rows and all(r[1] is None for r in rows)
    counted = run_query(FIXTURE, AGGREGATE_QUERIES[1], engine="rdflib").values()
    assert ("川妹子", None, "0") in counted and ("紫阳修脚", "修脚", "1") in counted


def test_rdflib_outside_kg_query_keeps_its_own_aggregates():
    from rdflib import Graph

    graph = Graph().parse(FIXTURE)
    answer = list(graph.query("SELECT (GROUP_CONCAT(?x) AS ?g) WHERE { OPTIONAL { ?s <http://no> ?x } }"))
    assert str(answer[0][0]) == ""  # rdflib's own answer, untouched by kg.query's hook


def test_every_built_in_query_through_the_killable_runner_equals_the_direct_run():
    for query_file in sorted((ROOT / "queries").glob("*.rq")):
        text = query_file.read_text(encoding="utf-8")
        direct = run_query(FIXTURE, text, engine="oxigraph")
        isolated = run_isolated(FIXTURE, text, engine_name="rdflib", timeout=60)
        assert isolated.rows == direct.rows and direct.rows, query_file.name


def test_an_error_from_the_child_arrives_as_the_same_error():
    # rdflib accepts a BIND to a variable already in scope; Oxigraph, with the spec, refuses it
    # when it parses the query, in the child.
    with pytest.raises(QuerySyntaxError) as info:
        run_isolated(FIXTURE, "SELECT * WHERE { BIND(1 AS ?x) BIND(2 AS ?x) }",
                     engine_name="oxigraph", timeout=5)
    assert (info.value.line, info.value.engine) == (1, "oxigraph")
    with pytest.raises(QueryError, match="not found"):
        run_isolated(FIXTURE.with_name("absent.ttl"), "ASK {}", timeout=5)

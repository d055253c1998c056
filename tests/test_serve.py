"""`kg serve` (issue 20): the SPARQL 1.1 Protocol endpoint on a free loopback port, its formats,
refusals, limits, named queries and pages."""
from __future__ import annotations

import csv
import io
import json
import sys
import threading
import time
import types
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from kg.query import run_query
from kg.serve import MAX_BODY_BYTES, ServeOptions, start_server
from kg.serve.app import is_loopback, print_banner
from tests.conftest import run_kg
from tests.test_query_limits import Listener

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "data" / "query_fixture.ttl"
QUERIES = ROOT / "queries"
LW = "PREFIX lw: <https://w3id.org/laowu-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
BRANDS = LW + "SELECT ?brand WHERE { ?b a lw:LabourBrand ; rdfs:label ?brand } ORDER BY ?brand"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server():
    running = start_server(ServeOptions(FIXTURE, port=0, timeout=2, max_rows=1000, workers=2))
    yield running
    running.close()


@pytest.fixture(scope="module")
def base(server) -> str:
    host, port = server.address
    return f"http://{host}:{port}"


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None,
          method: str | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(base: str, query: str, accept: str | None = None, **extra) -> tuple[int, dict, bytes]:
    params = urllib.parse.urlencode({"query": query, **extra})
    return fetch(f"{base}/sparql?{params}", headers={"Accept": accept} if accept else {})


def media(headers: dict) -> str:
    return headers["Content-Type"].split(";")[0]


# ------------------------------------------------------------------ formats

def test_select_in_every_format_with_its_media_type(base):
    expected = ["仙桃月嫂", "新化文印", "旬阳建工", "川妹子", "紫阳修脚"]
    expected = [r[0] for r in run_query(FIXTURE, BRANDS, engine="oxigraph").values()]
    status, headers, body = get(base, BRANDS, "application/sparql-results+json")
    assert (status, media(headers)) == (200, "application/sparql-results+json")
    document = json.loads(body)
    assert [b["brand"]["value"] for b in document["results"]["bindings"]] == expected
    assert document["results"]["bindings"][0]["brand"]["xml:lang"] == "zh"

    status, headers, body = get(base, BRANDS, "application/sparql-results+xml")
    assert (status, media(headers)) == (200, "application/sparql-results+xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(body)
    assert [e.text for e in root.findall(".//s:binding/s:literal", ns)] == expected

    status, headers, body = get(base, BRANDS, "text/csv")
    assert (status, media(headers)) == (200, "text/csv")
    assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["brand"]] + [[b] for b in expected]

    status, headers, body = get(base, BRANDS, "text/tab-separated-values")
    assert (status, media(headers)) == (200, "text/tab-separated-values")
    assert body.decode("utf-8").splitlines() == ["?brand"] + [f'"{b}"@zh' for b in expected]

    # no Accept, */*, an alias and ?format= for links
    assert media(get(base, BRANDS)[1]) == "application/sparql-results+json"
    assert media(get(base, BRANDS, "*/*")[1]) == "application/sparql-results+json"
    assert media(get(base, BRANDS, "application/json")[1]) == "application/sparql-results+json"
    assert media(get(base, BRANDS, "text/html", format="csv")[1]) == "text/csv"
    assert media(get(base, BRANDS, "text/csv;q=0.5, application/sparql-results+xml")[1]) == \
        "application/sparql-results+xml"


def test_ask_in_json_and_xml(base):
    status, headers, body = get(base, LW + "ASK { ?b a lw:LabourBrand }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    status, headers, body = get(base, "ASK { <http://no> ?p ?o }", "application/sparql-results+xml")
    assert ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "false"


def test_construct_in_turtle_ntriples_and_jsonld(base):
    construct = LW + "CONSTRUCT { ?b rdfs:label ?l } WHERE { ?b a lw:LabourBrand ; rdfs:label ?l }"
    expected = {(s.value, o.value) for s, _, o in run_query(FIXTURE, construct, engine="oxigraph").rows}
    for accept, fmt in [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                        ("application/ld+json", "json-ld")]:
        status, headers, body = get(base, construct, accept)
        assert (status, media(headers)) == (200, accept)
        graph = Graph().parse(data=body.decode("utf-8"), format=fmt)
        assert {(str(s), str(o)) for s, _, o in graph} == expected and len(expected) == 5
    # the default for a graph is Turtle; a table type is not acceptable for it
    assert media(get(base, construct)[1]) == "text/turtle"
    assert get(base, construct, "text/csv")[0] == 406
    assert get(base, BRANDS, "text/turtle")[0] == 406


def test_post_form_and_sparql_query_body(base):
    expected = get(base, BRANDS)[2]
    form = urllib.parse.urlencode({"query": BRANDS}).encode()
    status, _, body = fetch(f"{base}/sparql", data=form,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert (status, body) == (200, expected)
    status, _, body = fetch(f"{base}/sparql", data=BRANDS.encode(),
                            headers={"Content-Type": "application/sparql-query"})
    assert (status, body) == (200, expected)
    status, _, body = fetch(f"{base}/sparql", data=BRANDS.encode(), headers={"Content-Type": "text/plain"})
    assert status == 415


# ------------------------------------------------------------------ refusals

@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def test_update_load_and_service_are_refused_and_nothing_is_sent(base, listener):
    target = f"http://127.0.0.1:{listener.port}/data"
    refusals = [
        (get(base, "DROP ALL"), "UPDATE"),
        (get(base, f"LOAD <{target}>"), "UPDATE request (LOAD)"),
        (get(base, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"), "SERVICE <http://127.0.0.1:"),
        (get(base, f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}"), "FROM <"),
        (fetch(f"{base}/sparql", data=urllib.parse.urlencode({"update": f"LOAD <{target}>"}).encode(),
               headers={"Content-Type": "application/x-www-form-urlencoded"}), "UPDATE"),
        (fetch(f"{base}/sparql", data=f"LOAD <{target}>".encode(),
               headers={"Content-Type": "application/sparql-update"}), "UPDATE"),
        (get(base, BRANDS, **{"default-graph-uri": target}), "default-graph-uri"),
    ]
    for (status, headers, body), reason in refusals:
        text = body.decode("utf-8")
        assert status == 403, text
        assert media(headers) == "text/plain" and text.count("\n") == 1 and reason in text
    listener.close()
    assert listener.connections == 0


def test_malformed_query_is_400_with_its_position(base):
    status, headers, body = get(base, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400
    assert body.decode().startswith("syntax error at line 1, column") and body.count(b"\n") == 1
    assert get(base, "")[0] == 400
    assert fetch(f"{base}/sparql")[0] == 400  # no query at all


def test_a_10_mb_body_is_refused_with_413(base):
    body = b"query=" + b"x" * (10 * 1024 * 1024)
    status, _, answer = fetch(f"{base}/sparql", data=body,
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413 and str(MAX_BODY_BYTES).encode() in answer
    assert get(base, BRANDS)[0] == 200  # and the server goes on


def raw(base: str, request: bytes) -> bytes:
    import socket

    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_bodies_without_a_usable_length_are_refused(base):
    head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
    assert raw(base, head + b"Content-Length: -5\r\n\r\nASK {}").startswith(b"HTTP/1.1 400 ")
    assert raw(base, head + b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n"
               ).startswith(b"HTTP/1.1 411 ")
    # a client that asks first (curl does for big bodies) is refused before it sends anything
    big = head + f"Content-Length: {10 * 1024 * 1024}\r\nExpect: 100-continue\r\n\r\n".encode()
    assert raw(base, big).startswith(b"HTTP/1.1 413 ")


def test_a_query_past_the_timeout_is_stopped_and_the_server_keeps_answering(server, base):
    before = set(server.pool.pids())
    answers = {}

    def slow():
        answers["slow"] = (time.monotonic(), get(base, SLOW))

    start = time.monotonic()
    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    status, _, _ = get(base, BRANDS + "\n# not in the answer cache")  # the other core answers meanwhile
    answers["quick"] = time.monotonic() - start
    thread.join()
    finished, (status_slow, _, body) = answers["slow"]
    assert status == 200 and answers["quick"] < 2
    assert status_slow == 503 and b"stopped after 2 s (--timeout)" in body
    assert finished - start < 2 + 2
    # the killed worker is replaced (and lives on: it once died with the thread that started
    # it); the server answers, on every worker
    deadline = time.monotonic() + 20
    while server.pool.idle.qsize() < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    after = set(server.pool.pids())
    assert len(after) == 2 and after != before
    time.sleep(0.5)
    for _ in range(6):
        assert get(base, BRANDS)[0] == 200


def test_answers_are_kept_and_one_question_is_computed_once(server, base):
    text = BRANDS + "\n# cache test"
    misses, hits = server.answers.misses, server.answers.hits
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(get(base, text, "text/csv"))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert server.answers.misses == misses + 1 and server.answers.hits == hits + 5
    assert len({a[2] for a in answers}) == 1 and answers[0][0] == 200
    fresh = run_query(FIXTURE, text, engine="oxigraph").values()
    assert answers[0][2].decode().split("\r\n")[1:-1] == [r[0] for r in fresh]
    assert get(base, text, "application/sparql-results+xml")[0] == 200  # another format of it


def test_rows_beyond_max_rows_are_cut_and_said(base):
    status, headers, body = get(base, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 1000
    assert headers["X-KG-Truncated"] == "stopped at 1000 rows (--max-rows)"


# ------------------------------------------------------------------ built-in queries

NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))


@pytest.mark.parametrize("name", NAMES)
def test_every_named_query_equals_kg_query(base, name):
    status, headers, body = fetch(f"{base}/queries/{name}", headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    cli = run_kg("query", str(QUERIES / f"{name}.rq"), "--kg", str(FIXTURE), "--format", "json", check=True)
    assert body.decode("utf-8") == cli.stdout
    assert json.loads(body)["results"]["bindings"]


def test_named_query_parameters_bind_safely(base):
    url = f"{base}/queries/metrics_by_region.csv?" + urllib.parse.urlencode({"region": "安康市"})
    status, headers, body = fetch(url)
    cli = run_kg("query", str(QUERIES / "metrics_by_region.rq"), "--kg", str(FIXTURE), "--format", "csv",
                 "--param", "region=安康市", check=True)
    assert (status, media(headers)) == (200, "text/csv")
    assert body.decode("utf-8").replace("\r\n", "\n") == cli.stdout  # run_kg reads text: CRLF -> LF
    hostile = urllib.parse.urlencode({"region": '安康市" } ; DROP ALL ; #'})
    status, _, body = fetch(f"{base}/queries/metrics_by_region?{hostile}")
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    assert fetch(f"{base}/queries/metrics_by_region?regoin=x")[0] == 400
    assert fetch(f"{base}/queries/no_such_query")[0] == 404
    assert fetch(f"{base}/queries/..%2Fetc%2Fpasswd")[0] == 404
    listing = json.loads(fetch(f"{base}/queries")[2])
    assert [q["name"] for q in listing] == NAMES
    assert next(q for q in listing if q["name"] == "metrics_by_region")["parameters"] == ["region"]


# ------------------------------------------------------------------ pages

def test_query_page_is_offline_and_writes_no_markup_from_data(base):
    status, headers, body = fetch(f"{base}/query")
    page = body.decode("utf-8")
    assert status == 200 and media(headers) == "text/html"
    assert "innerHTML" not in page and "<script src" not in page and "<link" not in page
    assert "textContent" in page and "brand_destinations" in page
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "sha256-" in policy
    index = fetch(f"{base}/")[2].decode()
    assert 'href="query"' in index and 'href="explorer"' in index


def test_explorer_page_is_served(base):
    status, headers, body = fetch(f"{base}/explorer")
    assert status == 200 and media(headers) == "text/html"
    assert "紫阳修脚" in body.decode("utf-8")


def test_map_and_dossier_hook_serves_them_when_their_modules_exist(monkeypatch, tmp_path):
    # kg.map and kg.dossier come from another branch; until then this stands in for them.
    made = []

    def write_map(graph, output):
        made.append(("map", Path(graph)))
        Path(output).write_text("<!DOCTYPE html><title>map</title>地图", encoding="utf-8")

    def write_dossiers(graph, out_dir):
        folder = Path(out_dir)
        folder.mkdir()
        (folder / "index.html").write_text("<title>dossiers</title>", encoding="utf-8")
        (folder / "ziyang.html").write_text("<title>紫阳修脚</title>", encoding="utf-8")

    monkeypatch.setitem(sys.modules, "kg.map", types.SimpleNamespace(write_map=write_map))
    monkeypatch.setitem(sys.modules, "kg.dossier", types.SimpleNamespace(write_dossiers=write_dossiers))
    running = start_server(ServeOptions(FIXTURE, port=0, workers=1))
    try:
        host, port = running.address
        url = f"http://{host}:{port}"
        assert fetch(f"{url}/map")[2].decode().endswith("地图")
        assert made == [("map", FIXTURE)]
        assert fetch(f"{url}/dossiers/")[2] == b"<title>dossiers</title>"
        assert "紫阳修脚" in fetch(f"{url}/dossiers/ziyang.html")[2].decode()
        assert fetch(f"{url}/dossiers/..%2Fgraph.ttl")[0] == 404
        assert fetch(f"{url}/dossiers/missing.html")[0] == 404
        assert 'href="map"' in fetch(f"{url}/")[2].decode()
    finally:
        running.close()
    assert not running.pages.folder.exists()


def test_without_those_modules_the_pages_are_404(base, monkeypatch):
    monkeypatch.setitem(sys.modules, "kg.map", None)  # import fails
    assert fetch(f"{base}/map")[0] == 404


# ------------------------------------------------------------------ start-up and safety

def test_loopback_by_default_and_a_warning_elsewhere(capsys):
    assert ServeOptions(FIXTURE).host == "127.0.0.1"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("")
    fake = types.SimpleNamespace(address=("0.0.0.0", 7878),
                                 options=ServeOptions(FIXTURE, host="0.0.0.0"))
    print_banner(fake)
    err = capsys.readouterr().err
    assert err.startswith("kg serve: warning: listening on 0.0.0.0") and err.count("\n") == 1


def test_store_folder_and_missing_graph(tmp_path):
    import pyoxigraph as ox

    store_dir = tmp_path / "store"
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    running = start_server(ServeOptions(store_dir, port=0, workers=1))
    try:
        host, port = running.address
        expected = [r[0] for r in run_query(FIXTURE, BRANDS, engine="oxigraph").values()]
        body = get(f"http://{host}:{port}", BRANDS, "text/csv")[2].decode()
        assert body.split("\r\n")[1:-1] == expected
        assert running.owned_store is None  # the user's store is used as it is, never copied or removed
    finally:
        running.close()
    assert store_dir.is_dir()
    running = start_server(ServeOptions(store_dir, port=0, workers=1))
    try:  # the page writers need a file: the store is written out as Turtle, into a folder of ours
        host, port = running.address
        status, _, page = fetch(f"http://{host}:{port}/explorer")
        assert status == 200 and "紫阳修脚" in page.decode("utf-8")
    finally:
        running.close()
    result = run_kg("serve", str(tmp_path / "absent.ttl"), "--port", "0")
    assert result.returncode == 1 and result.stderr == f"kg serve: {tmp_path / 'absent.ttl'}: graph file not found\n"


def test_kg_serve_command_answers_and_stops_cleanly_on_ctrl_c(tmp_path):
    import os
    import signal
    import subprocess

    import psutil

    temp = tmp_path / "tmp"  # the server's own TMPDIR: its temporary store must be gone after
    temp.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(FIXTURE), "--port", "0",
                                "--workers", "1"], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp)},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = process.stdout.readline()
        assert banner.startswith(f"kg serve: {FIXTURE} at http://127.0.0.1:")
        url = banner.split(" at ")[1].split()[0]
        status, _, body = get(url.removesuffix("/sparql"), BRANDS, "text/csv")
        assert status == 200 and "紫阳修脚" in body.decode()
        children = psutil.Process(process.pid).children(recursive=True)
        assert children
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0 and err == "kg serve: stopped\n"
    gone, alive = psutil.wait_procs(children, timeout=2)
    assert not alive
    assert list(temp.iterdir()) == []  # its temporary store is removed


def test_a_quad_file_is_served_with_its_graphs_as_the_default_graph(tmp_path):
    from rdflib import Dataset, URIRef

    dataset = Dataset()
    named = dataset.graph(URIRef("https://w3id.org/laowu-kg/id/graph/seeds"))
    for triple in Graph().parse(FIXTURE):
        named.add(triple)
    trig = tmp_path / "kg.trig"
    dataset.serialize(trig, format="trig", encoding="utf-8")
    running = start_server(ServeOptions(trig, port=0, workers=1))
    try:
        host, port = running.address
        body = get(f"http://{host}:{port}", BRANDS, "text/csv")[2].decode()
        assert body.split("\r\n")[1:-1] == [r[0] for r in run_query(trig, BRANDS, engine="rdflib").values()]
        assert len(body.split("\r\n")) == 2 + 5
    finally:
        running.close()


def test_a_remote_json_ld_context_is_never_fetched(tmp_path, listener):
    graph = tmp_path / "kg.jsonld"
    graph.write_text(json.dumps({"@context": f"http://127.0.0.1:{listener.port}/context.jsonld",
                                 "@id": "http://example.org/a", "name": "x"}), encoding="utf-8")
    result = run_kg("serve", str(graph), "--port", "0")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"kg serve: {graph}: not a readable JSON-LD file: ")
    listener.close()
    assert listener.connections == 0


def test_a_failed_start_leaves_no_temporary_store_and_no_worker(monkeypatch, tmp_path):
    import socket
    import tempfile

    import psutil

    from kg.errors import KgError
    from kg.serve import app

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the server's temporary folders go here
    children_before = {c.pid for c in psutil.Process().children()}
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        with pytest.raises(KgError, match=r"cannot listen on 127\.0\.0\.1:\d+: Address already in use"):
            app.Server(ServeOptions(FIXTURE, port=busy.getsockname()[1], workers=1))
    finally:
        busy.close()
    assert list(tmp_path.iterdir()) == []
    left = [c for c in psutil.Process().children() if c.pid not in children_before
            and "resource_tracker" not in " ".join(c.cmdline())]
    assert psutil.wait_procs(left, timeout=2)[1] == []

    def broken_pool(*args, **kwargs):
        raise RuntimeError("no worker could start")

    monkeypatch.setattr(app, "WorkerPool", broken_pool)
    with pytest.raises(RuntimeError):
        app.Server(ServeOptions(FIXTURE, port=0))
    assert list(tmp_path.iterdir()) == []


def test_served_builtin_queries_are_the_ones_kg_query_lists():
    # The endpoint once read them from the checkout's queries/ folder, which a wheel does not have;
    # it reads them where kg query does (kg/data/queries, copied into the wheel).
    from kg.query import BUILTIN_DIR, builtin_queries
    from kg.serve.pages import load_builtin_queries

    default = ServeOptions(Path("out/kg.ttl")).queries_dir
    assert default == BUILTIN_DIR
    assert sorted(load_builtin_queries(default)) == sorted(builtin_queries())

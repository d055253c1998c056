"""kg.rdfio: one loader for every output that reads only the file it is given, one message per fault."""
from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg import rdfio
from tests.conftest import ROOT, run_kg

FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"


class Listener:
    """A TCP socket on the loopback address that records every connection it is offered."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections: list[bytes] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            connection.settimeout(1)
            try:
                self.connections.append(connection.recv(4096) or b"(connected)")
            except OSError:
                self.connections.append(b"(connected)")
            connection.close()

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.server.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def remote_context_graph(folder: Path, port: int) -> Path:
    path = folder / "remote.jsonld"
    path.write_text(f'{{"@context": "http://127.0.0.1:{port}/context.jsonld",\n'
                    ' "@id": "https://w3id.org/laowu-kg/id/region/510000", "label": "四川省"}\n',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("argv", [
    ["query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--engine", "rdflib", "--kg"],
    ["query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--engine", "oxigraph", "--kg"],
    ["validate"],
    ["explore"],
])
def test_a_remote_json_ld_context_is_never_fetched(tmp_path, listener, argv):
    graph = remote_context_graph(tmp_path, listener.port)
    result = run_kg(*argv, str(graph))
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "remote.jsonld" in result.stderr
    assert "Traceback" not in result.stderr
    listener.close()
    assert listener.connections == []


def test_an_inline_json_ld_context_loads(tmp_path):
    path = tmp_path / "inline.jsonld"
    path.write_text('{"@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label"},'
                    ' "@id": "https://w3id.org/laowu-kg/id/region/510000", "label": "四川省"}', encoding="utf-8")
    graph = rdfio.load_rdflib(path)
    assert (URIRef("https://w3id.org/laowu-kg/id/region/510000"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("四川省")) in graph


def test_an_xml_external_entity_reads_no_other_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    path = tmp_path / "entity.rdf"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "file://{secret}">]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
        '<rdf:Description rdf:about="http://example.org/a"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>',
        encoding="utf-8")
    try:
        quads = rdfio.parse_quads(path)
    except rdfio.GraphFileError as error:
        assert "entity.rdf" in str(error)
    else:
        assert all("the secret" not in str(q.object) for q in quads)


def test_one_message_per_fault(tmp_path):
    (tmp_path / "broken.ttl").write_text("not turtle at all", encoding="utf-8")
    (tmp_path / "graph.xyz").write_text("", encoding="utf-8")
    faults = {
        "absent.ttl": "graph file not found",
        "broken.ttl": "not a readable Turtle file",
        "graph.xyz": "cannot tell the RDF format from the suffix .xyz",
        ".": "is a folder",
    }
    for name, message in faults.items():
        with pytest.raises(rdfio.GraphFileError, match=message):
            rdfio.load_rdflib(tmp_path / name)
    assert issubclass(rdfio.GraphFileError, rdfio.KgError)
    assert rdfio.GraphFileError("x").exit_code == 1


def test_every_suffix_names_a_format_pyoxigraph_has():
    import pyoxigraph as ox

    for suffix, fmt in rdfio.FORMATS.items():
        assert isinstance(fmt.ox(), ox.RdfFormat), suffix


def test_the_fast_loader_gives_rdflib_s_own_terms():
    from rdflib import Graph

    ours = rdfio.load_rdflib(FIXTURE)
    theirs = Graph().parse(FIXTURE, format="turtle")
    assert set(ours) == set(theirs)


def test_curie():
    assert rdfio.curie("https://w3id.org/laowu-kg/id/region/610900") == "id:region/610900"
    assert rdfio.curie(URIRef("https://w3id.org/laowu-kg/ontology#partOf")) == "lw:partOf"
    assert rdfio.curie("https://example.org/x") == "<https://example.org/x>"
    assert rdfio.curie("https://w3id.org/laowu-kg/id/") == "<https://w3id.org/laowu-kg/id/>"


def test_write_text_replaces_whole_and_keeps_crlf(tmp_path):
    target = tmp_path / "new" / "answer.csv"
    rdfio.write_text(target, "a,b\r\n1,2\r\n")
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"
    rdfio.write_text(target, iter(["x\r\n", "y\r\n"]))
    assert target.read_bytes() == b"x\r\ny\r\n"
    assert [p.name for p in target.parent.iterdir()] == ["answer.csv"]

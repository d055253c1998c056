"""The HTTP side of `kg serve`: the SPARQL 1.1 Protocol endpoint, the named queries and the pages."""
from __future__ import annotations

import gc
import ipaddress
import json
import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError
from kg.query import BUILTIN_DIR
from kg.query.engine import NotLocalRefused, ParamError, QueryError, QuerySyntaxError, UpdateRefused
from kg.rdfio import GraphFileError, check_graph_file, load_oxigraph, rdf_format_for
from kg.query.isolated import QueryTimeout
from kg.serve.answers import AnswerCache
from kg.serve.pages import GeneratedPages, index_page, load_builtin_queries, query_page
from kg.serve.pool import PoolBusy, WorkerPool
from kg.serve.results import negotiate, serialize

__all__ = ["ServeOptions", "Server", "start_server", "MAX_BODY_BYTES", "STATUS_OF"]

# Why the standard library's server: the endpoint is a handful of routes over a process pool;
# ThreadingHTTPServer gives a thread per connection (the threads only wait on pipes, the work
# runs in the pool) and needs nothing installed. A framework would add a dependency and
# nothing we use.

MAX_BODY_BYTES = 1024 * 1024  # a query is text: 1 MiB is far beyond any real one
DRAIN_BYTES = 32 * 1024 * 1024

# The documented status of each refusal (README, `kg serve --help`).
STATUS_OF = {
    QuerySyntaxError: HTTPStatus.BAD_REQUEST,     # 400: the query does not parse
    ParamError: HTTPStatus.BAD_REQUEST,           # 400: a parameter cannot be bound
    UpdateRefused: HTTPStatus.FORBIDDEN,          # 403: UPDATE, LOAD, ...: read-only endpoint
    NotLocalRefused: HTTPStatus.FORBIDDEN,        # 403: SERVICE, FROM, FROM NAMED
    QueryTimeout: HTTPStatus.SERVICE_UNAVAILABLE,  # 503: stopped at --timeout
    PoolBusy: HTTPStatus.SERVICE_UNAVAILABLE,     # 503: every worker busy for too long
}


@dataclass
class ServeOptions:
    graph: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int | None = 100_000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    cache_answers: bool = True  # the store is read-only: an answer never goes stale
    queries_dir: Path = BUILTIN_DIR  # where kg query finds them, in a checkout and in the wheel


class Server:
    """A running `kg serve`: the store, its worker pool, the HTTP server; close() undoes all."""

    def __init__(self, options: ServeOptions):
        self.options = options
        self.owned_store: Path | None = None
        self.union_default_graph = False
        self.pool: WorkerPool | None = None
        self.pages: GeneratedPages | None = None
        self.http: _HTTPServer | None = None
        self.thread: threading.Thread | None = None
        self.dumped_graph: Path | None = None
        self.store_dir = self._open_store(options.graph)
        try:  # whatever fails from here on, the temporary store and the workers go
            self.pool = WorkerPool(self.store_dir, max(1, options.workers), self.union_default_graph)
            self.queries = load_builtin_queries(options.queries_dir)
            self.answers = AnswerCache() if options.cache_answers else None
            self.pages = GeneratedPages(self._graph_file)
            try:
                self.http = _HTTPServer((options.host, options.port), _Handler)
            except OSError as exc:
                raise KgError(f"cannot listen on {options.host}:{options.port}: "
                              f"{exc.strerror or exc}") from None
        except BaseException:
            self.close()
            raise
        self.http.app = self

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.http.server_address[:2]
        return host, port

    def _open_store(self, graph: Path) -> Path:
        import pyoxigraph as ox

        if graph.is_dir():
            try:
                ox.Store.read_only(str(graph))
            except OSError as exc:
                raise GraphFileError(f"{graph}: not an Oxigraph store (from kg build --store): {exc}") from None
            return graph
        # As kg query reads a quad file: all its graphs.
        self.union_default_graph = rdf_format_for(check_graph_file(graph)).quads
        # Load once into an on-disk store that every worker opens read-only (and a replaced
        # worker reopens in an instant); the folder is ours, removed on close. Oxigraph's parser
        # reads the file and nothing else (a remote JSON-LD @context is an error: kg.rdfio).
        self.owned_store = Path(tempfile.mkdtemp(prefix="laowu-kg-serve-store-"))
        try:
            store = load_oxigraph(graph, self.owned_store)
            store.flush()
            del store
            gc.collect()  # the store holds its files until the object is gone
        except (GraphFileError, OSError):
            shutil.rmtree(self.owned_store, ignore_errors=True)
            raise
        return self.owned_store

    def _graph_file(self) -> Path:
        """A graph file for the page writers: the one given, or the store dumped as Turtle."""
        if self.options.graph.is_file():
            return self.options.graph
        if self.dumped_graph is None:
            import pyoxigraph as ox

            target = self.pages.folder / "graph.ttl"
            store = ox.Store.read_only(str(self.store_dir))
            store.dump(str(target), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
            self.dumped_graph = target
        return self.dumped_graph

    def start(self) -> Server:
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()
        return self

    def serve_forever(self) -> None:
        self.http.serve_forever()

    def close(self) -> None:
        if self.http is not None:
            if self.thread is not None:
                self.http.shutdown()
            self.http.server_close()
        if self.pool is not None:
            self.pool.close()
        if self.pages is not None:
            self.pages.close()
        if self.owned_store is not None:
            shutil.rmtree(self.owned_store, ignore_errors=True)


def start_server(options: ServeOptions) -> Server:
    """A Server answering in a background thread (for tests and embedding)."""
    return Server(options).start()


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach an address ("" and 0.0.0.0 mean every interface)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # The standard library's listen backlog is 5: the 6th client connecting at once waits for
    # a SYN retransmission (1 s, then 3 s). Clients arrive in bursts (a notebook, a page).
    request_queue_size = 128
    app: Server


class _Refusal(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 120  # an idle or stalled connection gives its thread back
    server_version = "laowu-kg"
    sys_version = ""
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet by default: a busy endpoint would flood the terminal

    # ------------------------------------------------------------------ plumbing

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: HTTPStatus, message: str) -> None:
        # One line, plain text: what a person at a terminal or an R console can read.
        self._send(status, (message.replace("\n", " ") + "\n").encode("utf-8"),
                   "text/plain; charset=utf-8")

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked" or length is None:
            self.close_connection = True
            raise _Refusal(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header")
        try:
            size = int(length)
        except ValueError:
            size = -1
        if size < 0:
            self.close_connection = True
            raise _Refusal(HTTPStatus.BAD_REQUEST, "Content-Length is not a number of bytes")
        if size > MAX_BODY_BYTES:
            self.close_connection = True
            self._drain(size)
            raise _Refusal(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, _too_large(size))
        return self.rfile.read(size)

    def _drain(self, size: int) -> None:
        """Read and drop a refused body (up to DRAIN_BYTES), so the client, still sending, can
        read the refusal instead of meeting a reset connection; beyond that, just close."""
        left = min(size, DRAIN_BYTES)
        self.connection.settimeout(5)
        try:
            while left > 0:
                chunk = self.rfile.read(min(left, 1 << 16))
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass

    def handle_expect_100(self) -> bool:
        # curl and others ask before sending a large body: refuse it before it is sent.
        try:
            size = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            size = 0
        if size > MAX_BODY_BYTES:
            self.close_connection = True
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, _too_large(size))
            return False
        return super().handle_expect_100()

    # ------------------------------------------------------------------ routes

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        try:
            url = urlsplit(self.path)
            path = url.path
            if path == "/sparql":
                self._sparql(url.query)
            elif path.startswith("/queries"):
                self._named(path, url.query)
            elif self.command == "POST":
                raise _Refusal(HTTPStatus.METHOD_NOT_ALLOWED, f"POST is for /sparql, not {path}")
            else:
                self._page(path)
        except _Refusal as refusal:
            self._refuse(refusal.status, refusal.message)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _form(self, query_string: str) -> dict[str, list[str]]:
        fields = parse_qs(query_string, keep_blank_values=True)
        if self.command == "POST":
            content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            body = self._body()
            if content_type == "application/x-www-form-urlencoded":
                try:
                    posted = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                except UnicodeDecodeError:
                    raise _Refusal(HTTPStatus.BAD_REQUEST, "the form body is not UTF-8") from None
                for name, values in posted.items():
                    fields.setdefault(name, []).extend(values)
            elif content_type == "application/sparql-query":
                try:
                    fields.setdefault("query", []).append(body.decode("utf-8"))
                except UnicodeDecodeError:
                    raise _Refusal(HTTPStatus.BAD_REQUEST, "the query is not UTF-8") from None
            elif content_type == "application/sparql-update":
                raise _Refusal(HTTPStatus.FORBIDDEN, "refused: SPARQL UPDATE; this endpoint is read-only")
            else:
                raise _Refusal(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                               f"POST a form (application/x-www-form-urlencoded) or "
                               f"application/sparql-query, not {content_type or 'no Content-Type'}")
        return fields

    def _sparql(self, query_string: str) -> None:
        fields = self._form(query_string)
        if "update" in fields:
            raise _Refusal(HTTPStatus.FORBIDDEN, "refused: SPARQL UPDATE; this endpoint is read-only")
        for name in ("default-graph-uri", "named-graph-uri"):
            if name in fields:
                raise _Refusal(HTTPStatus.FORBIDDEN, f"refused: {name}: a query reads only the served graph")
        texts = fields.get("query", [])
        if len(texts) != 1 or not texts[0].strip():
            raise _Refusal(HTTPStatus.BAD_REQUEST, "give exactly one query (the query parameter, "
                                                   "a form field, or an application/sparql-query body)")
        self._answer(texts[0], {}, _single(fields, "format"))

    def _named(self, path: str, query_string: str) -> None:
        app = self.server.app
        if path in ("/queries", "/queries/"):
            listing = [{"name": q.name, "parameters": list(q.parameters), "description": q.description}
                       for q in app.queries.values()]
            self._send(HTTPStatus.OK, json.dumps(listing, ensure_ascii=False, indent=2).encode("utf-8"),
                       "application/json; charset=utf-8")
            return
        name = path[len("/queries/"):]
        format_name = None  # /queries/NAME.csv: a link that names its format
        for suffix in (".csv", ".tsv", ".json"):
            if name.endswith(suffix):
                name, format_name = name[: -len(suffix)], suffix[1:]
                break
        query = app.queries.get(name)
        if query is None:
            raise _Refusal(HTTPStatus.NOT_FOUND, f"no built-in query named {name!r}; see /queries")
        fields = self._form(query_string)
        format_name = _single(fields, "format") or format_name
        params = {}
        for key, values in fields.items():
            if key == "format":
                continue
            if len(values) != 1:
                raise _Refusal(HTTPStatus.BAD_REQUEST, f"parameter {key} given {len(values)} times")
            params[key.lstrip("?$")] = values[0]
        self._answer(query.text, params, format_name)

    def _answer(self, text: str, params: dict[str, str], format_name: str | None) -> None:
        app = self.server.app
        options = app.options

        def compute():
            return app.pool.ask(text, params, timeout=options.timeout,
                                max_rows=options.max_rows, wait=options.timeout)

        try:
            if app.answers is None:
                entry = {"form": None, "result": None, "bodies": {}}
                entry["form"], entry["result"] = compute()
            else:
                entry = app.answers.answer((text, tuple(sorted(params.items()))), compute)
        except QueryError as exc:
            status = next((s for kind, s in STATUS_OF.items() if isinstance(exc, kind)),
                          HTTPStatus.INTERNAL_SERVER_ERROR)
            raise _Refusal(status, str(exc)) from None
        form, result = entry["form"], entry["result"]
        graph_result = form in ("ConstructQuery", "DescribeQuery")
        media = negotiate(self.headers.get("Accept"), graph_result, format_name)
        if media is None:
            kinds = "text/turtle, application/n-triples, application/ld+json" if graph_result else \
                "application/sparql-results+json, application/sparql-results+xml, text/csv, " \
                "text/tab-separated-values"
            raise _Refusal(HTTPStatus.NOT_ACCEPTABLE, f"this query's answer comes as {kinds}")
        headers = {"Vary": "Accept"}
        if result.truncated:
            headers["X-KG-Truncated"] = f"stopped at {options.max_rows} rows (--max-rows)"
        body = AnswerCache.body(entry, media, lambda: serialize(result, media))
        self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8", headers)

    def _page(self, path: str) -> None:
        app = self.server.app
        if path in ("/", "/index.html"):
            note = f"Serving {app.options.graph.name}, read-only."
            self._html(index_page(app.pages.available(), app.queries, note))
        elif path == "/query":
            page, policy = query_page(app.queries)
            self._html(page, {"Content-Security-Policy": policy})
        elif path in ("/explorer", "/map", "/dossiers", "/dossiers/"):
            kind = path.strip("/")
            written = self._generated(kind)
            if kind == "dossiers":
                written = written / "index.html"
            self._html(written.read_text(encoding="utf-8"))
        elif path.startswith("/dossiers/"):
            self._generated("dossiers")
            file = app.pages.dossier_file(path[len("/dossiers/"):])
            if file is None:
                raise _Refusal(HTTPStatus.NOT_FOUND, f"no dossier page {path}")
            self._html(file.read_text(encoding="utf-8"))
        else:
            raise _Refusal(HTTPStatus.NOT_FOUND, f"nothing at {path}; see /")

    def _generated(self, kind: str) -> Path:
        try:
            written = self.server.app.pages.page(kind)
        except Exception as exc:  # the page writer's failure is one line, not a dead thread
            raise _Refusal(HTTPStatus.INTERNAL_SERVER_ERROR, f"cannot make the {kind} page: {exc}") from None
        if written is None:
            raise _Refusal(HTTPStatus.NOT_FOUND, f"the {kind} page is not available in this installation")
        return written

    def _html(self, page: str, headers: dict[str, str] | None = None) -> None:
        self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", headers)


def _too_large(size: int) -> str:
    return f"request body of {size} bytes refused: the limit is {MAX_BODY_BYTES}"


def _single(fields: dict[str, list[str]], name: str) -> str | None:
    values = fields.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise _Refusal(HTTPStatus.BAD_REQUEST, f"{name} given {len(values)} times")
    return values[0]


def print_banner(server: Server) -> None:
    host, port = server.address
    shown = f"[{host}]" if ":" in host else host
    print(f"kg serve: {server.options.graph} at http://{shown}:{port}/sparql "
          f"(query page: http://{shown}:{port}/query); Ctrl-C stops", flush=True)
    if not is_loopback(server.options.host):
        print(f"kg serve: warning: listening on {server.options.host}, reachable from other "
              f"machines; the endpoint has no access control", file=sys.stderr, flush=True)

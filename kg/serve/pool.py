"""A pool of killable query processes, one per core, each holding the read-only Oxigraph store."""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from pathlib import Path
from typing import Any

from kg.query.engine import LoadedGraph, QueryError, QueryResult, _execute, check_query
from kg.query.isolated import QueryTimeout, decode_error, detach_from_terminal, encode_error

__all__ = ["WorkerPool", "PoolBusy"]

# Why processes: a query running in Oxigraph cannot be interrupted from Python, and holds the
# core it runs on. A worker process can be killed when its query runs past the time limit and
# replaced, and N workers answer N queries at once on N cores without sharing a GIL. Each opens
# the store read-only (RocksDB allows many readers), so a replacement is ready in a fraction
# of a second and the memory of a killed query goes back to the system.


class PoolBusy(QueryError):
    """No worker became free in time: every core is answering another query."""


def _worker_main(connection: Any, store_dir: str, union_default_graph: bool) -> None:
    detach_from_terminal()
    import pyoxigraph as ox

    try:
        store = ox.Store.read_only(store_dir)
    except OSError as exc:
        connection.send(("error", ("GraphFileError", (f"{store_dir}: cannot open the store: {exc}",))))
        return
    loaded = LoadedGraph(Path(store_dir), "oxigraph", store, union_default_graph, 0.0)
    connection.send(("ready", None))
    while True:
        try:
            text, params, max_rows = connection.recv()
        except (EOFError, OSError):
            return  # the server closed the pool
        try:
            form = check_query(text).form
            result = _execute(loaded, text, params, max_rows=max_rows)
            connection.send(("ok", (form, result)))
        except QueryError as exc:
            connection.send(("error", encode_error(exc)))
        except Exception as exc:  # an engine bug: one line to the client, the worker lives on
            connection.send(("error", ("QueryError", (f"query failed: {type(exc).__name__}: {exc}",))))


class _Worker:
    def __init__(self, context: Any, store_dir: str, union_default_graph: bool):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_worker_main, daemon=True,
                                       args=(child_end, store_dir, union_default_graph))
        self.process.start()
        child_end.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.connection.poll(timeout):
            self.kill()
            raise QueryError(f"a query worker did not start within {timeout:g} s")
        try:
            kind, payload = self.connection.recv()
        except EOFError:
            self.kill()
            raise QueryError("a query worker ended while starting") from None
        if kind != "ready":
            self.kill()
            raise decode_error(payload)

    def kill(self) -> None:
        if self.process.is_alive():
            try:
                os.kill(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.join()
        self.connection.close()


class WorkerPool:
    """`size` worker processes answering queries over the store folder `store_dir`."""

    def __init__(self, store_dir: Path | str, size: int, union_default_graph: bool = False,
                 start_timeout: float = 60.0):
        """`union_default_graph`: the default graph is the union of every graph (a quad file)."""
        self.store_dir = str(store_dir)
        self.union_default_graph = union_default_graph
        self.size = size
        self.start_timeout = start_timeout
        # spawn: workers are started again while the server's threads run, where fork is unsafe.
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.workers: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        # Replacements are started by one long-lived thread: a worker dies with the thread that
        # started it (PR_SET_PDEATHSIG follows the thread), so never from a request's thread.
        self.replacements: queue.Queue[bool] = queue.Queue()
        threading.Thread(target=self._replacer, daemon=True, name="kg-serve-replacer").start()
        starting = [self._start() for _ in range(size)]
        try:
            for worker in starting:
                worker.wait_ready(start_timeout)
        except QueryError:
            self.close()
            raise
        for worker in starting:
            self.idle.put(worker)

    def _start(self) -> _Worker:
        worker = _Worker(self.context, self.store_dir, self.union_default_graph)
        with self.lock:
            self.workers.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        with self.lock:
            self.workers.discard(worker)
        worker.kill()
        if not self.closed:
            self.replacements.put(True)

    def _replacer(self) -> None:
        while self.replacements.get():
            if not self.closed:
                self._replace()

    def _replace(self) -> None:
        worker = self._start()
        try:
            worker.wait_ready(self.start_timeout)
        except QueryError:
            with self.lock:
                self.workers.discard(worker)
            return
        if self.closed:
            worker.kill()
        else:
            self.idle.put(worker)

    def pids(self) -> list[int]:
        with self.lock:
            return [w.process.pid for w in self.workers]

    def ask(self, text: str, params: dict[str, str], *, timeout: float | None,
            max_rows: int | None, wait: float) -> tuple[str, QueryResult]:
        """(query form, result) from the first free worker, or QueryTimeout / PoolBusy / QueryError.

        `wait` is how long to wait for a free worker; `timeout` how long the query may run.
        """
        try:
            worker = self.idle.get(timeout=wait)
        except queue.Empty:
            raise PoolBusy(f"every worker is busy ({self.size}); try again shortly") from None
        try:
            worker.connection.send((text, params, max_rows))
            if not worker.connection.poll(timeout):
                self._retire(worker)
                raise QueryTimeout(f"the query was stopped after {timeout:g} s (--timeout)")
            kind, payload = worker.connection.recv()
        except (EOFError, OSError):
            self._retire(worker)
            raise QueryError("the query's worker ended unexpectedly; it has been replaced") from None
        except BaseException:
            if worker in self.workers and worker.process.is_alive():
                self._retire(worker)  # interrupted half-way: the pipe may hold a late answer
            raise
        self.idle.put(worker)
        if kind == "ok":
            return payload
        raise decode_error(payload)

    def close(self) -> None:
        self.closed = True
        self.replacements.put(False)
        with self.lock:
            workers = list(self.workers)
            self.workers.clear()
        for worker in workers:
            worker.kill()
        deadline = time.monotonic() + 1
        while time.monotonic() < deadline and any(w.process.is_alive() for w in workers):
            time.sleep(0.01)

"""Run a query in a child process, so that a time limit or Ctrl-C stops it at once, whatever the engine."""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

from kg.query import engine
from kg.query.engine import QueryError, QueryResult, QuerySyntaxError

__all__ = ["QueryTimeout", "run_isolated", "encode_error", "decode_error", "detach_from_terminal"]

# Why a process: Oxigraph runs a query in Rust without ever returning to Python, so neither a
# signal handler nor a thread can stop an aggregate or a property path that runs for minutes
# (rdflib can be interrupted, but holds the GIL for long stretches). A child process can
# always be killed; the parent only waits on a pipe and so reacts to Ctrl-C within POLL_SECONDS.
POLL_SECONDS = 0.05


class QueryTimeout(QueryError):
    """The query ran longer than its time limit and was stopped."""


def detach_from_terminal() -> None:
    """In a query child: leave Ctrl-C to the parent, and die with it if it is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # Linux: PR_SET_PDEATHSIG, so no query process outlives a killed parent
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # other systems: the parent still kills the child on every path it controls


def encode_error(exc: QueryError) -> tuple:
    """A QueryError as plain data for a pipe (exceptions with their own __init__ do not unpickle)."""
    if isinstance(exc, QuerySyntaxError):
        return ("QuerySyntaxError", (exc.message, exc.line, exc.column, exc.engine))
    return (type(exc).__name__, (str(exc),))


def decode_error(encoded: tuple) -> QueryError:
    name, args = encoded
    kind = getattr(engine, name, None)
    if name == "QueryTimeout":
        kind = QueryTimeout
    if not (isinstance(kind, type) and issubclass(kind, QueryError)):
        kind = QueryError
    return kind(*args)


def _child(pipe: Any, graph_path: str, text: str, params: dict[str, str], engine_name: str,
           max_rows: int | None) -> None:
    detach_from_terminal()
    try:
        loaded = engine.load_graph(graph_path, engine_name)
        pipe.send(("loaded", None))
        pipe.send(("ok", loaded.query(text, params, max_rows=max_rows)))
    except QueryError as exc:
        pipe.send(("error", encode_error(exc)))
    except Exception as exc:  # an engine bug must still reach the user as one line
        pipe.send(("error", ("QueryError", (f"query failed: {type(exc).__name__}: {exc}",))))
    finally:
        pipe.close()


def run_isolated(graph_path: Path | str, text: str, params: dict[str, str] | None = None,
                 engine_name: str = "auto", timeout: float | None = 60.0,
                 max_rows: int | None = None) -> QueryResult:
    """run_query in a child process that is killed after `timeout` seconds of querying.

    The query is checked here first (syntax, UPDATE, SERVICE, FROM, parameters), so refusals
    cost no process. The time limit starts once the graph is loaded: loading a large file
    is not the query's fault. KeyboardInterrupt kills the child before it propagates.
    """
    params = params or {}
    engine._precheck(text, params, engine_name)
    # fork: the child starts at once with the modules already imported; `kg query` is
    # single-threaded when it gets here.
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, daemon=True,
                            args=(send, str(graph_path), text, params, engine_name, max_rows))
    child.start()
    send.close()
    deadline = None
    try:
        while True:
            if receive.poll(POLL_SECONDS):
                try:
                    kind, payload = receive.recv()
                except EOFError:
                    raise QueryError(f"the query process ended without an answer "
                                     f"(exit status {child.exitcode})") from None
                if kind == "loaded":
                    deadline = None if timeout is None else time.monotonic() + timeout
                    continue
                break
            if deadline is not None and time.monotonic() >= deadline:
                raise QueryTimeout(f"the query was stopped after {timeout:g} s (--timeout); "
                                   f"narrow it, or allow more time")
    finally:
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
        child.join()
        receive.close()
    if kind == "ok":
        return payload
    raise decode_error(payload)

"""`kg serve`: the graph as a read-only SPARQL 1.1 endpoint with its pages, safe by default."""
from __future__ import annotations

from kg.serve.app import MAX_BODY_BYTES, STATUS_OF, ServeOptions, Server, start_server

__all__ = ["MAX_BODY_BYTES", "STATUS_OF", "ServeOptions", "Server", "start_server"]

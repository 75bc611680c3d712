"""Local HTTP listeners for the endpoint and push tests: they record what reaches them.

Each listens on 127.0.0.1 only, on a port the system picks, in a daemon thread.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SPARQL_JSON_EMPTY = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


class Listener:
    """A server that records each request (method, path, headers, body) and answers with
    ``respond(handler, body)``; by default SPARQL JSON results with no row (so a SERVICE call succeeds)."""

    def __init__(self, respond: Callable[[BaseHTTPRequestHandler, bytes], None] | None = None):
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.requests.append((self.command, self.path, dict(self.headers), body))
                (respond or _answer_true)(self, body)

            do_GET = do_POST = do_PUT = _any  # noqa: N815 (http.server's naming)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _answer_true(h: BaseHTTPRequestHandler, body: bytes) -> None:
    send(h, 200, SPARQL_JSON_EMPTY, "application/sparql-results+json")


def send(h: BaseHTTPRequestHandler, status: int, data: bytes = b"", ctype: str = "text/plain",
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(data)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(data)


def never_answer(h: BaseHTTPRequestHandler, body: bytes) -> None:
    """Accept the request, then say nothing for a minute."""
    time.sleep(60)


def trickle(h: BaseHTTPRequestHandler, body: bytes) -> None:
    """Answer one byte every half second, for a minute: never a timeout between bytes."""
    try:
        for b in b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100:
            h.wfile.write(bytes([b]))
            h.wfile.flush()
            time.sleep(0.5)
    except OSError:
        pass

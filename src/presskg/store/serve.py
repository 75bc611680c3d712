"""``presskg serve``: the build's store as a read-only SPARQL endpoint, safe to open in a browser.

The Oxigraph server (``oxigraph serve-read-only``, same version and store format as pyoxigraph)
answers the queries, on a private loopback port (:mod:`presskg.store.serve_child`). In front of it, a
small Starlette app served by uvicorn is the only thing that listens on the user's port, and it
adds what Oxigraph cannot be told to do:

- **no request leaves the machine**: a query with ``SERVICE`` is refused (403) before Oxigraph
  sees it (:mod:`presskg.store.sparqlguard`); only ``/query`` and the query page are passed on, so
  ``/update`` and ``/store`` do not exist here;
- **the Host header is checked** (400 otherwise), so a web page cannot reach the endpoint through
  DNS rebinding: loopback names, the address it listens on, and names given with ``--allow-host``;
- **bounded work**: the child's memory is capped (``--memory``), a result is passed on only whole
  and up to ``--max-result`` MB, and a query still running at ``--timeout`` is answered 504: an
  error status, never a 200 with a cut body;
- **rebuilds**: the child is restarted on the new store when a build puts one in place.

:func:`create_app` returns the Starlette app (routes ``/query`` and ``/``), so another app (the
site of ``serve --site``) can mount :func:`query_routes` beside its own pages.
"""

from __future__ import annotations

import ipaddress
import signal
import socket
import sys
import time
import urllib.parse
from pathlib import Path

import anyio
import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from presskg._lock import is_locked
from presskg.errors import PresskgError, StoreError
from presskg.store import STORE_DIR
from presskg.store.serve_child import Child, oxigraph_binary
from presskg.store.sparqlguard import FederatedQueryError, refuse_service

DEFAULT_MEMORY_MB = 1024
DEFAULT_MAX_RESULT_MB = 64
#: A query (or form) longer than this is refused: no saved question is a hundredth of it.
MAX_QUERY_BYTES = 1 << 20
LOOPBACK_NAMES = ("127.0.0.1", "localhost")

__all__ = ["ServeError", "create_app", "query_routes", "serve", "oxigraph_binary", "is_loopback"]


class ServeError(PresskgError):
    """The endpoint cannot listen where asked (bad port, port taken, unknown address)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, extra: tuple[str, ...] = ()) -> list[str]:
    """Host header values the front accepts: loopback names, the listening address unless it is
    a wildcard (``0.0.0.0``: give the names people use with ``--allow-host``), and ``extra``."""
    names = [*LOOPBACK_NAMES, *extra]
    if host not in ("0.0.0.0", "::", ""):
        names.append(host)
    if ":" in host:
        # Starlette reads the name before the first ':', so "[::1]:7878" is seen as "[". A bracketed
        # Host is an IPv6 literal a browser was given as such, never a name DNS rebinding could use.
        names.append("[")
    return list(dict.fromkeys(names))


def endpoint_url(host: str, port: int) -> str:
    h = f"[{host}]" if ":" in host else host
    return f"http://{h}:{port}/query"


async def _read_body(request: Request) -> bytes | None:
    """The request body, or None past :data:`MAX_QUERY_BYTES` (read no further)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_QUERY_BYTES:
            return None
    return bytes(body)


async def _query_params(request: Request) -> list[tuple[str, str]] | Response:
    """The protocol's parameters (``query``, ``default-graph-uri``…) of a GET or POST, as pairs."""
    pairs = list(request.query_params.multi_items())
    if request.method == "POST":
        body = await _read_body(request)
        if body is None:
            return PlainTextResponse(f"the query is longer than {MAX_QUERY_BYTES >> 10} KB", 413)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        text = body.decode("utf-8", "replace")
        if ctype == "application/sparql-query":
            pairs.append(("query", text))
        elif ctype == "application/x-www-form-urlencoded":
            pairs += urllib.parse.parse_qsl(text, keep_blank_values=True)
        else:
            return PlainTextResponse("send the query as application/sparql-query or a form "
                                     "(application/x-www-form-urlencoded)", 415)
    return pairs


def query_routes(child: Child, *, timeout: float, max_result_bytes: int, memory_mb: int) -> list[Route]:
    """The ``/query`` route (SPARQL 1.1 Protocol, GET and POST) in front of ``child``."""

    async def query(request: Request) -> Response:
        params = await _query_params(request)
        if isinstance(params, Response):
            return params
        texts = [v for k, v in params if k == "query"]
        if len(texts) != 1:
            return PlainTextResponse("give exactly one 'query' parameter (SPARQL 1.1 Protocol); "
                                     "updates are not accepted", 400)
        try:
            await anyio.to_thread.run_sync(refuse_service, texts[0])
            base = await anyio.to_thread.run_sync(child.ensure)
        except FederatedQueryError as exc:
            return PlainTextResponse(str(exc), 403)
        except StoreError as exc:
            return PlainTextResponse(str(exc), 503)
        accept = request.headers.get("accept", "application/sparql-results+json")
        body = bytearray()
        try:
            with anyio.fail_after(timeout):
                # trust_env off: no proxy from the environment between the front and its own child
                client = httpx.AsyncClient(timeout=httpx.Timeout(timeout + 2), trust_env=False)
                async with client, client.stream(
                        "POST", f"{base}/query", content=urllib.parse.urlencode(params),
                        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}) as resp:
                    async for chunk in resp.aiter_bytes():
                        body += chunk
                        if len(body) > max_result_bytes:
                            return PlainTextResponse(
                                f"the result is larger than {max_result_bytes >> 20} MB: add a LIMIT, or "
                                "narrow the query", 422)
        except TimeoutError:
            return PlainTextResponse(f"the query did not finish within {timeout:g} s: narrow it "
                                     "(or start the server with a longer --timeout)", 504)
        except httpx.HTTPError:
            if await anyio.to_thread.run_sync(_has_died, child):
                return PlainTextResponse(f"the query was stopped: it needed more than {memory_mb} MB of memory; "
                                         "narrow it (the endpoint has restarted)", 503)
            return PlainTextResponse("the SPARQL server did not answer; retry", 502)
        return Response(bytes(body), status_code=resp.status_code,
                        media_type=resp.headers.get("content-type", "application/octet-stream"))

    return [Route("/query", query, methods=["GET", "POST"]), Route("/sparql", query, methods=["GET", "POST"])]


def _has_died(child: Child, wait: float = 2.0) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if child.died() is not None:
            return True
        time.sleep(0.05)
    return False


def create_app(child: Child, *, host: str = "127.0.0.1", timeout: float = 30,
               max_result_mb: int = DEFAULT_MAX_RESULT_MB, memory_mb: int = DEFAULT_MEMORY_MB,
               allow_hosts: tuple[str, ...] = (), site_routes: list[Route] | None = None) -> Starlette:
    """The front: ``/query`` (and ``/sparql``) and Oxigraph's query page at ``/``, behind the Host check.

    ``site_routes`` (a published site's pages, ``presskg serve --site``) take the place of the query page.
    """

    async def page(request: Request) -> Response:
        try:
            base = await anyio.to_thread.run_sync(child.ensure)
            async with httpx.AsyncClient(timeout=10, trust_env=False) as client:
                resp = await client.get(f"{base}/")
        except (StoreError, httpx.HTTPError) as exc:
            return PlainTextResponse(f"the query page is not available: {exc}", 503)
        return Response(resp.content, status_code=resp.status_code,
                        media_type=resp.headers.get("content-type", "text/html"))

    routes = [*query_routes(child, timeout=timeout, max_result_bytes=max_result_mb << 20, memory_mb=memory_mb),
              *(site_routes if site_routes is not None else [Route("/", page, methods=["GET"])])]
    return Starlette(routes=routes,
                     middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host, allow_hosts))])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``.

    Raises:
        ServeError: not a port number, the port is taken, or the address is not this machine's.
    """
    if not 0 < port < 65536:
        raise ServeError(f"--port {port} is not a port number: give one from 1 to 65535")
    try:
        family, kind, proto, _, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                          flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except (OSError, UnicodeError) as exc:
        raise ServeError(f"cannot listen on {host!r}: {exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        hint = ": is another server using it? pick another --port" if exc.errno == 98 else ""
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from None
    return sock


class _Stop(BaseException):
    """Raised by SIGINT, SIGTERM or SIGHUP: unwinds serve() so the child is stopped."""


def _raise_stop(signum, frame) -> None:
    raise _Stop


def serve(build: str | Path = "build", *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
          memory_mb: int = DEFAULT_MEMORY_MB, max_result_mb: int = DEFAULT_MAX_RESULT_MB,
          allow_hosts: tuple[str, ...] = (), site_routes: list[Route] | None = None) -> int:
    """Serve until Ctrl-C, SIGTERM or SIGHUP; the Oxigraph child is always stopped. Returns 0.

    ``site_routes``: a published site served beside the endpoint (see :func:`create_app`).

    Raises:
        StoreError: no store, or a build is writing it right now.
        ServeError: the port cannot be used.
    """
    import uvicorn

    build = Path(build)
    if not (build / STORE_DIR).is_dir():
        raise StoreError(f"no store at {build / STORE_DIR}: run 'presskg build' (or 'make run') first")
    if is_locked(build):
        raise StoreError(f"{build} is being built right now; serve it when the build has finished")
    sock = bind(host, port)
    child = Child(build, timeout=timeout, memory_mb=memory_mb)
    previous = {s: signal.signal(s, _raise_stop) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        child.start()
        app = create_app(child, host=host, timeout=timeout, max_result_mb=max_result_mb, memory_mb=memory_mb,
                         allow_hosts=allow_hosts, site_routes=site_routes)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off",
                                               timeout_graceful_shutdown=2))
        bound = sock.getsockname()[1]
        print(f"SPARQL endpoint: {endpoint_url(host, bound)}", flush=True)
        print(f"{'site' if site_routes is not None else 'query page'}: "
              f"{endpoint_url(host, bound).rsplit('/', 1)[0]}/  (read-only, no SERVICE, queries "
              f"stop after {timeout:g} s or {memory_mb} MB; Ctrl-C stops)", flush=True)
        if not is_loopback(host):
            print(f"warning: listening on {host}, reachable from other machines", file=sys.stderr, flush=True)
        server.run(sockets=[sock])  # uvicorn's own handlers stop it, then hand the signal back to ours
    except _Stop:
        pass
    finally:
        try:
            child.stop()
            sock.close()
        finally:
            for s, h in previous.items():
                signal.signal(s, h)
    print("stopped", flush=True)
    return 0

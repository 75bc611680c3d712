"""``presskg serve --site``: the published site and the SPARQL endpoint on one port.

A starlette application (served by uvicorn) answers an IRI's path (``/resource/CNES``) with the
page, the Turtle or the JSON-LD by the request's ``Accept`` header (``Vary: Accept``), any
other path with the site's static files, and ``/sparql`` (also ``/query``) by passing the
request to the Oxigraph server (``presskg serve``'s, started on a loopback port of its own). A
``GET /sparql`` without a query returns the endpoint's SPARQL 1.1 Service Description.
"""

from __future__ import annotations

import mimetypes
import signal
import socket
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route
from starlette.staticfiles import StaticFiles

from ..errors import StoreError
from .site import MANIFEST

#: What an IRI's path can be answered with, in order of preference when the client has none.
OFFERS = (("text/html", "html"), ("text/turtle", "ttl"), ("application/ld+json", "jsonld"))
for _type, _ext in (("text/turtle", ".ttl"), ("application/ld+json", ".jsonld"), ("application/n-quads", ".nq"),
                    ("application/trig", ".trig"), ("application/rdf+xml", ".rdf")):
    mimetypes.add_type(_type, _ext)


def negotiate(accept: str | None) -> str:
    """The extension (``html``, ``ttl`` or ``jsonld``) that best fits an ``Accept`` header: the
    offer with the highest q-value, the most specific media range deciding each offer's q."""
    ranges = []
    for part in (accept or "*/*").split(","):
        media, *params = (x.strip() for x in part.split(";"))
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))

    def quality(offer: str) -> float:
        kind = offer.split("/")[0]
        for pattern in (offer, f"{kind}/*", "*/*"):
            qs = [q for m, q in ranges if m == pattern]
            if qs:
                return max(qs)
        return 0.0

    scored = [(quality(t), -i, ext) for i, (t, ext) in enumerate(OFFERS)]
    best = max(scored)
    return best[2] if best[0] > 0 else "html"


def site_app(site_dir: str | Path, sparql_upstream_url: str) -> Starlette:
    """The site at ``site_dir`` with content negotiation, and SPARQL passed to ``sparql_upstream_url``."""
    site = Path(site_dir).resolve()
    static = StaticFiles(directory=site, html=True)
    client = httpx.AsyncClient(timeout=httpx.Timeout(120.0))
    description = site / "sparql-description.ttl"

    async def sparql(request: Request) -> Response:
        if request.method == "GET" and "query" not in request.query_params and description.is_file():
            return FileResponse(description, media_type="text/turtle")
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("accept", "content-type")}
        try:
            upstream = await client.request(request.method, sparql_upstream_url, params=request.url.query,
                                            content=await request.body(), headers=headers)
        except httpx.HTTPError as exc:
            return Response(f"the SPARQL server does not answer: {exc}\n", status_code=502, media_type="text/plain")
        keep = {k: v for k, v in upstream.headers.items() if k.lower() == "content-type"}
        return Response(upstream.content, status_code=upstream.status_code, headers=keep)

    async def page(request: Request) -> Response:
        path = request.path_params.get("path", "").strip("/")
        stem = site / (path or "index")
        try:
            inside = stem.resolve().is_relative_to(site)
        except (OSError, ValueError):
            inside = False
        if inside and path and Path(f"{stem}.html").is_file() and path != "index":
            ext = negotiate(request.headers.get("accept"))
            chosen = Path(f"{stem}.{ext}")
            if chosen.is_file():
                return FileResponse(chosen, media_type=dict((e, t) for t, e in OFFERS)[ext], headers={"Vary": "Accept"})
        return await static.get_response(path or ".", request.scope)

    @asynccontextmanager
    async def lifespan(app):
        yield
        await client.aclose()

    routes = [Route("/sparql", sparql, methods=["GET", "POST"]), Route("/query", sparql, methods=["GET", "POST"]),
              Route("/{path:path}", page, methods=["GET", "HEAD"])]
    return Starlette(routes=routes, lifespan=lifespan)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_site(build: str | Path, site_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
               timeout: int = 30) -> int:
    """Serve the site and the build's SPARQL endpoint on ``host:port`` until Ctrl-C."""
    import uvicorn

    from ..serve import endpoint_url, is_loopback, server_command

    if not (Path(site_dir) / MANIFEST).is_file():
        raise StoreError(f"no published site in {site_dir}: run 'presskg publish --build {build} -o {site_dir}' first")
    inner = _free_port()
    proc = subprocess.Popen(server_command(build, "127.0.0.1", inner, timeout))
    try:
        upstream = endpoint_url("127.0.0.1", inner)
        _wait_for(upstream, proc)
        base = endpoint_url(host, port).rsplit("/", 1)[0]
        print(f"site: {base}/  SPARQL endpoint: {base}/sparql  (read-only; Ctrl-C stops)", flush=True)
        if not is_loopback(host):
            print(f"warning: listening on {host}, reachable from other machines", file=sys.stderr, flush=True)
        # uvicorn stops on SIGTERM and raises it again once stopped: as an exception here, so that
        # the Oxigraph server is stopped too
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        uvicorn.run(site_app(site_dir, upstream), host=host, port=port, log_level="warning")
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _wait_for(url: str, proc: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise StoreError(f"the Oxigraph server stopped at once (exit code {proc.returncode})")
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise StoreError(f"the Oxigraph server did not start within {seconds:g} s")

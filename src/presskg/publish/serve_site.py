"""``presskg serve --site``: the published site and the SPARQL endpoint on one port.

Starlette routes answer an IRI's path (``/resource/CNES``) with the page, the Turtle or the
JSON-LD by the request's ``Accept`` header (``Vary: Accept``), any other path with the site's
static files. ``presskg serve`` puts them behind its own front, which keeps the endpoint safe
(``/sparql`` and ``/query``: no SERVICE, Host checked, memory and time bounded); the endpoint's
SPARQL 1.1 Service Description is the site's ``sparql-description.ttl``.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

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


def site_routes(site_dir: str | Path) -> list[Route]:
    """The published site at ``site_dir``: an IRI's path answered with HTML, Turtle or JSON-LD by the
    ``Accept`` header, any other path with the site's static files. :func:`presskg.store.serve.serve` puts them
    behind its front (Host check, the SPARQL endpoint at ``/sparql`` and ``/query`` without SERVICE).

    Raises:
        StoreError: ``site_dir`` holds no published site.
    """
    site = Path(site_dir).resolve()
    if not (site / MANIFEST).is_file():
        raise StoreError(f"no published site in {site_dir}: run 'presskg publish -o {site_dir}' first")
    static = StaticFiles(directory=site, html=True)

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

    return [Route("/{path:path}", page, methods=["GET", "HEAD"])]

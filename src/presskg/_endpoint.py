"""Querying a remote SPARQL 1.1 Protocol endpoint (plain HTTP, standard media types)."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from .errors import QueryError


def _substitute(text: str, subs: dict) -> str:
    """Bindings as a VALUES block at the end of the query (SPARQL 1.1), values properly escaped."""
    if not subs:
        return text
    names = " ".join(str(v) for v in subs)
    values = " ".join(str(t) for t in subs.values())  # N-Triples syntax: escaped by Oxigraph
    return f"{text}\nVALUES ({names}) {{ ({values}) }}"


def query_endpoint(url: str, text: str, subs: dict, *, timeout: float = 60):
    from .query import Result

    body = urllib.parse.urlencode({"query": _substitute(text, subs)}).encode()
    accept = "application/sparql-results+json, text/turtle;q=0.9"
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get("Content-Type", "")
            data = resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:300]
        raise QueryError(f"endpoint {url} answered {exc.code} {exc.reason}: {detail}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise QueryError(f"cannot reach the endpoint {url}: {getattr(exc, 'reason', exc)}") from None
    if "json" in ctype:
        doc = json.loads(data)
        if "boolean" in doc:
            return Result([], [], boolean=bool(doc["boolean"]), raw=data)
        variables = doc["head"]["vars"]
        rows = [[b.get(v, {}).get("value") for v in variables] for b in doc["results"]["bindings"]]
        return Result(variables, rows, raw=data)
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    from .vocab import PREFIXES

    graph = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return Result([], [], graph=graph)

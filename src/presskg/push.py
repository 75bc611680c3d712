"""``presskg push``: load a build into any triplestore with the SPARQL 1.1 Graph Store Protocol.

One HTTP ``PUT`` per named graph replaces that graph whole, so pushing twice
changes nothing. Large graphs are sent in batches (a ``PUT`` then ``POST``s).
Transient failures (connection errors, 429, 5xx) are retried with backoff.
Credentials come from the environment: ``PRESSKG_PUSH_TOKEN`` (bearer) or
``PRESSKG_PUSH_USER`` and ``PRESSKG_PUSH_PASSWORD`` (basic).
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import PresskgError
from .store import open_store

RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


class PushError(PresskgError):
    """The triplestore refused the data or could not be reached."""


@dataclass(frozen=True)
class PushSummary:
    graphs: int
    triples: int
    requests: int

    def __str__(self) -> str:
        return f"pushed {self.graphs} graph(s), {self.triples} triples in {self.requests} request(s)"


def _auth() -> dict[str, str]:
    token = os.environ.get("PRESSKG_PUSH_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, pwd = os.environ.get("PRESSKG_PUSH_USER"), os.environ.get("PRESSKG_PUSH_PASSWORD")
    if user is not None and pwd is not None:
        return {"Authorization": "Basic " + base64.b64encode(f"{user}:{pwd}".encode()).decode()}
    return {}


def _send(url: str, method: str, body: bytes, *, retries: int, timeout: float) -> None:
    headers = {"Content-Type": "application/n-triples", **_auth()}
    for attempt in range(retries + 1):
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                resp.read()
                return
        except urllib.error.HTTPError as exc:
            if exc.code in RETRY_STATUS and attempt < retries:
                time.sleep(0.5 * 2**attempt)
                continue
            hint = " (set PRESSKG_PUSH_TOKEN, or PRESSKG_PUSH_USER and PRESSKG_PUSH_PASSWORD)" \
                if exc.code in (401, 403) else ""
            raise PushError(f"{method} {url} was refused: {exc.code} {exc.reason}{hint}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            if attempt < retries:
                time.sleep(0.5 * 2**attempt)
                continue
            reason = getattr(exc, "reason", exc)
            hint = (" (the connection was closed while sending: the store may refuse the request, "
                    "e.g. missing credentials)") if isinstance(reason, (BrokenPipeError, ConnectionResetError)) else ""
            raise PushError(f"cannot reach {url}: {reason}{hint}") from None


def push(build: str | Path, graph_store: str, *, batch_size: int = 50_000, retries: int = 3,
         timeout: float = 120) -> PushSummary:
    """Send every named graph of the build to a Graph Store Protocol endpoint (``…/store``)."""
    store = open_store(build)
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode):
            by_graph[q.graph_name.value].append(q.triple)
    requests = 0
    for graph in sorted(by_graph):
        triples = sorted(by_graph[graph], key=str)
        url = f"{graph_store}{'&' if '?' in graph_store else '?'}graph={urllib.parse.quote(graph, safe='')}"
        for n, start in enumerate(range(0, len(triples), batch_size)):
            body = ox.serialize(triples[start:start + batch_size], format=ox.RdfFormat.N_TRIPLES)
            _send(url, "PUT" if n == 0 else "POST", body, retries=retries, timeout=timeout)
            requests += 1
    return PushSummary(len(by_graph), sum(len(t) for t in by_graph.values()), requests)

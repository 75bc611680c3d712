"""``presskg push``: load a build into any triplestore with the SPARQL 1.1 Graph Store Protocol.

The build's ``graph.nq`` is sent: one HTTP ``PUT`` per named graph replaces that graph whole, so
pushing twice changes nothing. Large graphs are sent in batches (a ``PUT`` then ``POST``s). Every
triple with a blank node goes in the first request, whole: a blank node is local to one document,
so one split across two requests would become two nodes in the store. The other triples are IRIs and literals only, so
sending a batch again (a retry) adds nothing twice.

HTTP is ``requests`` with urllib3's ``Retry`` (connection errors, 408/429/5xx, with backoff and
``Retry-After``). Bounded and honest: a connect and read timeout (``--timeout``) and a deadline
for each request, so a store that accepts and never answers, or trickles its answer, fails in
seconds; redirects are never followed (the credentials would go to another address, the batch
would be lost); any answer but 2xx stops the run with an error and a non-zero exit.
Credentials come from the environment: ``PRESSKG_PUSH_TOKEN`` (bearer) or
``PRESSKG_PUSH_USER`` and ``PRESSKG_PUSH_PASSWORD`` (basic).
"""

from __future__ import annotations

import os
import threading
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from presskg.errors import PresskgError
from presskg.store import read_nquads

RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
BACKOFF = 0.5


class PushError(PresskgError):
    """The triplestore refused the data, redirected, or could not be reached in time."""

    exit_code = 1


class PushTargetError(PushError):
    """``--graph-store`` is not an http(s) URL."""

    exit_code = 2


@dataclass(frozen=True)
class PushSummary:
    graphs: int
    triples: int
    requests: int

    def __str__(self) -> str:
        return f"pushed {self.graphs} graph(s), {self.triples} triples in {self.requests} request(s)"


def _auth() -> dict[str, str] | tuple[str, str] | None:
    token = os.environ.get("PRESSKG_PUSH_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, pwd = os.environ.get("PRESSKG_PUSH_USER"), os.environ.get("PRESSKG_PUSH_PASSWORD")
    if user is not None and pwd is not None:
        return user, pwd
    return None


def check_target(graph_store: str) -> str:
    """``graph_store`` if it is an absolute http(s) URL.

    Raises:
        PushTargetError: anything else (a typo, a path, another scheme).
    """
    try:
        parts = urllib.parse.urlsplit(graph_store)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port or 1) > 0
    except ValueError:  # a port that is not a number
        ok = False
    if not ok:
        raise PushTargetError(f"--graph-store {graph_store!r} is not an http(s) URL: give the store's Graph "
                              "Store endpoint, e.g. http://localhost:7878/store")
    return graph_store


def session(retries: int) -> requests.Session:
    """A session that retries what is safe to retry, and never follows a redirect."""
    s = requests.Session()
    retry = Retry(total=retries, connect=retries, read=retries, status=retries, redirect=False,
                  status_forcelist=RETRY_STATUS, allowed_methods=frozenset({"PUT", "POST"}),
                  backoff_factor=BACKOFF, respect_retry_after_header=True, raise_on_status=False)
    s.mount("http://", HTTPAdapter(max_retries=retry))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.trust_env = False  # no proxy or .netrc credentials taken from elsewhere
    return s


def _deadline(retries: int, timeout: float) -> float:
    """Longest a request may take with its retries: each attempt its timeout, plus the backoffs."""
    return (retries + 1) * timeout + sum(BACKOFF * 2**n for n in range(retries)) + 1


def _send(http: requests.Session, url: str, method: str, body: bytes, *, retries: int, timeout: float) -> None:
    """One request, within :func:`_deadline`. A daemon thread does it: ``requests`` has no deadline
    of its own (its timeouts are per read, so a store that trickles bytes would hold it for ever).

    Raises:
        PushError: refused, redirected, unreachable, or no whole answer in time.
    """
    auth = _auth()
    headers = {"Content-Type": "application/n-triples", **(auth if isinstance(auth, dict) else {})}
    outcome: dict[str, object] = {}

    def attempt() -> None:
        try:
            resp = http.request(method, url, data=body, headers=headers, auth=auth if isinstance(auth, tuple) else None,
                                timeout=(timeout, timeout), allow_redirects=False)
            resp.content  # noqa: B018 (read the whole answer inside the deadline)
            outcome["response"] = resp
        except requests.RequestException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=attempt, name="presskg-push", daemon=True)
    worker.start()
    worker.join(_deadline(retries, timeout))
    if worker.is_alive():
        raise PushError(f"{method} {url}: no complete answer within {timeout:g} s (after {retries} retries); "
                        "the store may be overloaded: raise --timeout or --retries")
    if "error" in outcome:
        exc = outcome["error"]
        reason = exc.args[0] if exc.args else exc
        reason = getattr(reason, "reason", None) or reason  # urllib3's MaxRetryError: what the last try met
        refused = isinstance(reason, urllib3.exceptions.NewConnectionError)  # a ConnectTimeoutError subclass!
        if not refused and (isinstance(exc, requests.Timeout)
                            or isinstance(reason, TimeoutError | urllib3.exceptions.TimeoutError)):
            raise PushError(f"{method} {url}: no answer within {timeout:g} s (after {retries} retries)") from None
        raise PushError(f"cannot reach {url}: {' '.join(str(reason).split())[:300]}") from None
    resp = outcome["response"]
    assert isinstance(resp, requests.Response)
    if resp.is_redirect or 300 <= resp.status_code < 400:
        raise PushError(f"{method} {url} answered {resp.status_code} redirect to {resp.headers.get('Location')!r}, "
                        "not followed (it would send your credentials and data elsewhere): give the final URL "
                        "as --graph-store")
    if not 200 <= resp.status_code < 300:
        hint = " (set PRESSKG_PUSH_TOKEN, or PRESSKG_PUSH_USER and PRESSKG_PUSH_PASSWORD)" \
            if resp.status_code in (401, 403) else ""
        detail = " ".join(resp.text.split())[:200]
        raise PushError(f"{method} {url} was refused: {resp.status_code} {resp.reason}{hint}"
                        + (f": {detail}" if detail else ""))


def _has_blank(t: ox.Triple) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def batches(triples: list[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """Requests for one graph: every triple with a blank node in the first, whole; the rest in
    pieces of ``size`` (the first piece filled up to ``size`` when there is room)."""
    size = max(1, size)
    blank = [t for t in triples if _has_blank(t)]
    plain = [t for t in triples if not _has_blank(t)]
    room = max(0, size - len(blank))
    out = [blank + plain[:room]]
    out += [plain[i:i + size] for i in range(room, len(plain), size)]
    return out


def push(build: str | Path, graph_store: str, *, batch_size: int = 50_000, retries: int = 3,
         timeout: float = 60) -> PushSummary:
    """Send every named graph of the build to a Graph Store Protocol endpoint (``…/store``).

    Raises:
        PushTargetError: ``graph_store`` is not an http(s) URL.
        PushError: a request failed; the message says how many graphs were pushed before it.
        StoreError: no ``graph.nq`` in ``build``.
    """
    check_target(graph_store)
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    # graph.nq, not the store: Oxigraph's store keeps numbers of derived types as xsd:integer
    # (xsd:nonNegativeInteger offsets come out as xsd:integer); the file has the build's own terms
    for q in ox.parse(read_nquads(build), format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.NamedNode):
            by_graph[q.graph_name.value].append(q.triple)
    requests_sent = 0
    done = 0
    with session(retries) as http:
        for graph in sorted(by_graph):
            url = f"{graph_store}{'&' if '?' in graph_store else '?'}graph={urllib.parse.quote(graph, safe='')}"
            for n, batch in enumerate(batches(sorted(by_graph[graph], key=str), batch_size)):
                body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
                try:
                    _send(http, url, "PUT" if n == 0 else "POST", body, retries=retries, timeout=timeout)
                except PushError as exc:
                    raise type(exc)(f"push failed after {done} of {len(by_graph)} graph(s): {exc}; the store may "
                                    "hold part of this build: push again once fixed") from None
                requests_sent += 1
            done += 1
    return PushSummary(len(by_graph), sum(len(t) for t in by_graph.values()), requests_sent)

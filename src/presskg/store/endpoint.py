"""Querying a remote SPARQL 1.1 Protocol endpoint with well-kept clients.

SPARQLWrapper speaks the protocol (POST of the query, content negotiation, timeouts, the
endpoint's error statuses); rdflib reads SELECT/ASK results in any of the standard formats
(JSON, XML, CSV, TSV) keeping datatypes and language tags; pyoxigraph reads CONSTRUCT/DESCRIBE
answers (Turtle, N-Triples, RDF/XML…). Whatever the endpoint answers, the caller gets a
:class:`~presskg.store.query.Result` or one :class:`~presskg.errors.QueryError` line.
"""

from __future__ import annotations

import http.client
import io
import urllib.error

import pyoxigraph as ox

from presskg.errors import QueryError

#: What presskg asks for, best first: every standard results format it reads.
RESULTS_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                  "text/tab-separated-values;q=0.8, text/csv;q=0.7")
GRAPH_ACCEPT = "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.8, application/ld+json;q=0.5"

_RESULT_FORMATS = {"application/sparql-results+json": "json", "application/json": "json",
                   "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                   "text/csv": "csv", "text/tab-separated-values": "tsv"}


def _substitute(text: str, subs: dict) -> str:
    """Bindings as a VALUES block at the end of the query (SPARQL 1.1), values properly escaped."""
    if not subs:
        return text
    names = " ".join(str(v) for v in subs)
    values = " ".join(str(t) for t in subs.values())  # N-Triples syntax: escaped by Oxigraph
    return f"{text}\nVALUES ({names}) {{ ({values}) }}"


def _fetch(url: str, text: str, form: str, timeout: float) -> tuple[bytes, str]:
    """POST the query; the answer's bytes and media type."""
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    sw = SPARQLWrapper(url)
    sw.setMethod(POST)
    sw.setQuery(text)
    # SPARQLWrapper guesses the form from the text and misses every other line of a block of comments:
    # a word such as "dropped" in one made it send the query as an update. The form is known here.
    sw.queryType = form
    sw.setTimeout(timeout)  # type: ignore[arg-type]  # passed to urlopen, which takes seconds as a float
    sw.addCustomHttpHeader("Accept", GRAPH_ACCEPT if form == "CONSTRUCT" else RESULTS_ACCEPT)
    try:
        resp = sw.query().response
        ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        return resp.read(), ctype
    except SPARQLWrapperException as exc:
        detail = " ".join(str(exc).split())[:300]
        raise QueryError(f"endpoint {url} refused the query: {detail}") from None
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
        raise QueryError(f"endpoint {url} answered {exc.code} {exc.reason}: {detail}") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(exc, TimeoutError) or isinstance(reason, TimeoutError):
            raise QueryError(f"endpoint {url} did not answer within {timeout:g} s (raise --timeout)") from None
        raise QueryError(f"cannot reach the endpoint {url}: {reason}") from None


def query_endpoint(url: str, text: str, subs: dict, *, timeout: float = 60, form: str = "SELECT"):
    """Run ``text`` (with ``subs`` as a VALUES block) on the endpoint at ``url``.

    ``form`` is the query form (``check_syntax``): SELECT and ASK ask for results, CONSTRUCT
    (and DESCRIBE) for a graph.

    Raises:
        QueryError: the endpoint is unreachable, refuses the query, is too slow, or answers
            something that is not SPARQL results (or RDF) in a standard format.
    """
    from presskg.store.results import Result

    data, ctype = _fetch(url, _substitute(text, subs), form, timeout)
    if form == "CONSTRUCT":
        return Result([], [], graph=_graph(url, data, ctype))
    fmt = _RESULT_FORMATS.get(ctype)
    if fmt is None:
        raise QueryError(f"endpoint {url} answered {ctype or 'no media type'}, not SPARQL results "
                         "(JSON, XML, CSV or TSV): is it a SPARQL endpoint?")
    from rdflib.query import Result as RdflibResult

    try:
        res = RdflibResult.parse(io.BytesIO(data), format=fmt)
        if res.type == "ASK":
            return Result([], [], boolean=bool(res.askAnswer), raw=res.serialize(format="json"))
        variables = [str(v) for v in res.vars or []]
        rows = [[None if row[i] is None else str(row[i]) for i in range(len(variables))] for row in res]
        raw = data if fmt == "json" else res.serialize(format="json")
    except Exception as exc:  # each parser fails its own way on garbage; all mean the same to the user
        raise QueryError(f"endpoint {url} answered unreadable {fmt.upper()} results: "
                         f"{' '.join(str(exc).split())[:200]}") from None
    return Result(variables, rows, raw=raw)


_RDF_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
                "application/n-triples": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML,
                "application/ld+json": ox.RdfFormat.JSON_LD}


def _graph(url: str, data: bytes, ctype: str) -> bytes:
    """The triples of a CONSTRUCT/DESCRIBE answer, as sorted Turtle with the project's prefixes."""
    from presskg.vocab import PREFIXES

    fmt = _RDF_FORMATS.get(ctype)
    if fmt is None:
        raise QueryError(f"endpoint {url} answered {ctype or 'no media type'} to a CONSTRUCT, not RDF")
    try:
        triples = [q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(data, format=fmt)]
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"endpoint {url} answered unreadable RDF: {' '.join(str(exc).split())[:200]}") from None
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)

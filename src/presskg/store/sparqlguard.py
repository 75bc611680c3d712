"""Refuse SPARQL that would make the machine send requests: ``SERVICE`` (federated query).

Neither pyoxigraph nor the ``oxigraph`` server (0.5) has an option to turn federated query off:
a ``SERVICE <http://…>`` clause makes the store itself fetch that URL, so a query typed on a web
page (or sent by any page to a loopback endpoint) reaches other servers (SSRF). presskg therefore
checks each query before Oxigraph sees it, with a real SPARQL parser (rdflib's), never by pattern.

rdflib's parser is slower than Oxigraph's and knows a little less syntax, so it is asked only
about a query whose text could hold the keyword: ``SERVICE`` (any case) or a ``\\u`` escape
(SPARQL lets escapes spell keywords). A query it cannot read is refused too: letting it through
would let a request out.
"""

from __future__ import annotations

from presskg.errors import QueryError


class FederatedQueryError(QueryError):
    """A query asks for a ``SERVICE``: presskg never lets a query reach another server."""


REFUSED = ("SERVICE (federated query) is disabled: presskg never sends requests to other servers; "
           "query the other endpoint directly")


def _could_name_service(text: str) -> bool:
    return "service" in text.lower() or "\\u" in text.lower()


def _has_service(node) -> bool:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            if n.name == "ServiceGraphPattern":
                return True
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, ParseResults)):
            stack.extend(n)
    return False


def refuse_service(text: str) -> None:
    """Raise :class:`FederatedQueryError` if the SPARQL ``text`` uses ``SERVICE`` anywhere
    (subqueries, ``OPTIONAL``, ``FILTER EXISTS``…), or could and cannot be checked."""
    if not _could_name_service(text):
        return
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except Exception:  # pyparsing's errors, and rdflib's own on odd input: unreadable means refused
        raise FederatedQueryError(
            "this query mentions 'service' in a form presskg cannot check for SERVICE clauses; "
            "remove the word or the \\u escape, or query without SERVICE") from None
    if _has_service(tree):
        raise FederatedQueryError(REFUSED)

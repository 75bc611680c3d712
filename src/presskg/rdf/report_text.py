"""A SHACL validation report laid out as text, the same whichever engine found the results (pyshacl's layout): one
block per result, with its shape's message, and terms compacted with the project's prefixes (split out of
:mod:`~presskg.rdf.validate`).
"""

from __future__ import annotations

import re
from typing import Protocol

import pyoxigraph as ox


class Found(Protocol):
    """What a report shows of one result (:class:`~presskg.rdf.validate.Result`, by its shape: no import cycle)."""

    severity: str
    focus_node: str
    path: str | None
    value: str | None
    shape: str
    component: str
    message: str
    detail: str

_SH = "http://www.w3.org/ns/shacl#"


def report_text(conforms: bool, results: tuple[Found, ...], prefixes: dict[str, str], engine: str) -> str:
    """A report laid out like pyshacl's: one block per result, its shape's message included."""
    lines = [f"Validation Report ({engine})", f"Conforms: {conforms}", f"Results ({len(results)}):"]
    for r in results:
        component = r.component.removeprefix(_SH)
        lines += [f"Constraint {r.severity} in {component} ({compact_iri(r.component, prefixes)}):",
                  f"\tSeverity: sh:{r.severity}",
                  f"\tSource Shape: {r.shape}",
                  f"\tFocus Node: {node_text(r.focus_node, prefixes, compact=False)}"]
        if r.value is not None:
            lines.append(f"\tValue Node: {node_text(r.value, prefixes)}")
        if r.path is not None:
            lines.append(f"\tResult Path: {node_text(r.path, prefixes)}")
        lines.append(f"\tMessage: {r.message}")
        if r.detail:
            lines.append(f"\tDetail: {r.detail}")
    return "\n".join(lines) + "\n"


_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    """``pk:headOf`` for an IRI in a known namespace with a plain local name, else ``<iri>``."""
    for prefix, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>]*")


def node_text(term: str, prefixes: dict[str, str], *, compact: bool = True) -> str:
    """A term as the engines give it (IRI bare, ``_:b``, a literal such as ``"0"`` or ``999999``)
    in Turtle form."""
    if term.startswith("_:") or not _IRI.fullmatch(term):
        return term
    return compact_iri(term, prefixes) if compact else f"<{term}>"


def term_text(t: ox.NamedNode | ox.BlankNode | ox.Literal, prefixes: dict[str, str]) -> str:
    return compact_iri(t.value, prefixes) if isinstance(t, ox.NamedNode) else str(t)

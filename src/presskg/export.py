"""Serializing a build: TriG, N-Quads, Turtle, JSON-LD and RDF/XML, byte for byte reproducible.

Quads are sorted before they are written and blank nodes (only the
ontology's) have content-derived labels, so the same inputs give identical
files. Oxigraph writes every format; JSON-LD is then given a compact
``@context`` of the project's prefixes.
"""

from __future__ import annotations

import json
import re
from enum import Enum
from pathlib import Path

import pyoxigraph as ox

from . import _atomic
from .vocab import PREFIXES

#: Longest namespaces first, so "pkr:" wins over a shorter namespace that contains it.
_PREFIX_ORDER = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_LOCAL = re.compile(r"[A-Za-z_][\w.-]*")


class Format(Enum):
    """Output formats: value is the file extension."""

    TRIG = "trig"
    NQUADS = "nq"
    TURTLE = "ttl"
    JSONLD = "jsonld"
    RDFXML = "rdf"

    @property
    def media_type(self) -> str:
        return {
            Format.TRIG: "application/trig",
            Format.NQUADS: "application/n-quads",
            Format.TURTLE: "text/turtle",
            Format.JSONLD: "application/ld+json",
            Format.RDFXML: "application/rdf+xml",
        }[self]

    @classmethod
    def from_name(cls, name: str) -> Format:
        """``"ttl"``, ``"turtle"``, ``"nquads"``… → a :class:`Format`."""
        aliases = {"turtle": "ttl", "nquads": "nq", "n-quads": "nq", "json-ld": "jsonld",
                   "json": "jsonld", "xml": "rdf", "rdfxml": "rdf", "rdf/xml": "rdf"}
        value = aliases.get(name.lower(), name.lower())
        for f in cls:
            if f.value == value:
                return f
        raise ValueError(f"unknown RDF format {name!r}; choose one of {', '.join(f.value for f in cls)}")


def _key(q: ox.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def sort_quads(quads) -> list[ox.Quad]:
    """Quads without duplicates, in a fixed order (graph, subject, predicate, object)."""
    return sorted(set(quads), key=_key)


def serialize(quads: list[ox.Quad], fmt: Format) -> bytes:
    """Bytes of sorted ``quads`` in ``fmt`` (Turtle and RDF/XML hold the union, without graph names)."""
    if fmt is Format.NQUADS:
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if fmt is Format.TRIG:
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    if fmt is Format.JSONLD:
        return _jsonld(quads)
    triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt is Format.TURTLE:
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)


def _compact_iri(iri: str) -> str:
    for prefix, ns in _PREFIX_ORDER:
        if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


#: IRIs where JSON-LD allows a compact IRI: the values of "@id" and "@type", and object keys
#: (a JSON string followed by ":"). "@value" strings are never touched.
_IRI_SLOTS = re.compile(r'(?P<pre>"@(?:id|type)":)"(?P<value>https?://[^"\\]+)"|"(?P<key>https?://[^"\\]+)"(?=:)')


def _slot(m: re.Match[str]) -> str:
    if m.group("value"):
        return f'{m.group("pre")}"{_compact_iri(m.group("value"))}"'
    return f'"{_compact_iri(m.group("key"))}"'


def _jsonld(quads: list[ox.Quad]) -> bytes:
    """JSON-LD of the dataset with a compact ``@context`` of the project's prefixes.

    Oxigraph writes expanded JSON-LD in the order of the (sorted) quads; IRIs
    in key, ``@id`` and ``@type`` positions are then written as the prefixed
    names the context defines (literal values are left as they are).
    """
    body = ox.serialize(quads, format=ox.RdfFormat.JSON_LD).decode("utf-8")
    body = _IRI_SLOTS.sub(_slot, body)
    context = json.dumps({"@context": dict(sorted(PREFIXES.items()))}, indent=1)[:-2]
    return f'{context},\n "@graph": {body}\n}}\n'.encode()


def write_all(quads: list[ox.Quad], out: Path, *, stem: str = "graph") -> dict[Format, Path]:
    """Write every format into ``out`` (atomically, one file each)."""
    paths = {}
    for fmt in Format:
        dest = out / f"{stem}.{fmt.value}"
        _atomic.write_bytes(dest, serialize(quads, fmt))
        paths[fmt] = dest
    return paths

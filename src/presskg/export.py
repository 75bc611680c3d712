"""Serializing a build: TriG, N-Quads, Turtle, JSON-LD and RDF/XML, byte for byte reproducible.

Quads are sorted before they are written and no blank node is ever made, so
the same inputs give identical files. Oxigraph writes the line- and
block-based formats (fast, with the project's prefixes); JSON-LD goes through
rdflib, which compacts it with a ``@context`` of the project's prefixes.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from . import _atomic
from .vocab import PREFIXES


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


def sorted_quads(dataset: Dataset) -> list[ox.Quad]:
    """Every quad of the dataset (named graphs only), in a fixed order."""
    data = dataset.serialize(format="nquads", encoding="utf-8")
    quads = [q for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if not isinstance(q.graph_name, ox.DefaultGraph)]
    return sorted(set(quads), key=_key)


def serialize(quads: list[ox.Quad], fmt: Format, *, dataset: Dataset | None = None) -> bytes:
    """Bytes of ``quads`` in ``fmt`` (Turtle and RDF/XML hold the union, without graph names)."""
    if fmt is Format.NQUADS:
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if fmt is Format.TRIG:
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt is Format.TURTLE:
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    if fmt is Format.RDFXML:
        return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    return _jsonld(quads)


def _term(t):
    """An Oxigraph term as the rdflib term with the same value (blank-node labels kept)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def _jsonld(quads: list[ox.Quad]) -> bytes:
    ds = Dataset()
    for q in quads:
        ds.add((_term(q.subject), _term(q.predicate), _term(q.object), _term(q.graph_name)))
    text = ds.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    doc = json.loads(text)
    return (json.dumps(_sorted_json(doc), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sorted_json(obj):
    if isinstance(obj, dict):
        return {k: _sorted_json(v) for k, v in obj.items()}
    if isinstance(obj, list):
        items = [_sorted_json(v) for v in obj]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return obj


def write_all(quads: list[ox.Quad], out: Path, *, stem: str = "graph") -> dict[Format, Path]:
    """Write every format into ``out`` (atomically, one file each)."""
    paths = {}
    for fmt in Format:
        dest = out / f"{stem}.{fmt.value}"
        _atomic.write_bytes(dest, serialize(quads, fmt))
        paths[fmt] = dest
    return paths

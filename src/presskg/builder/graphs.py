"""A release graph as the build keeps it: its N-Quads, its facts, its hash and size.

What both a local build (:mod:`~presskg.builder.stream`) and a Dask worker
(:mod:`~presskg.builder.cluster`) run to make a release graph, so that the two
give the same bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyoxigraph as ox

from presskg import _codec
from presskg.link.resolve import NamedIris, resolve_one
from presskg.publish.export import Format, fragment, ntriples
from presskg.rdf.encode import encode_layers


@dataclass(frozen=True, slots=True)
class Graph:
    """One named graph of the build: its hash and size; ``made`` when this build made it (then its
    N-Quads and facts are in the spool), else it is the previous build's, unchanged. One per release
    is held to the build's end: without a ``__dict__`` each (slots), some 100 bytes fewer a release."""

    hash: str
    size: int
    made: bool = False


def graph_bytes(facts: list[ox.Quad], text: list[ox.Quad] = ()) -> tuple[bytes, bytes, Graph]:
    """A graph's N-Quads (facts, then text layer), its facts as N-Triples, and its hash and size."""
    facts_nq = fragment(facts, Format.NQUADS)
    nquads = facts_nq + fragment(text, Format.NQUADS) if text else facts_nq
    return nquads, ntriples(facts_nq), Graph(hashlib.sha256(nquads).hexdigest(), len(facts) + len(text), made=True)


def release_graph(entry: bytes, key: str, identifier: str, named: NamedIris) -> tuple[bytes, bytes, Graph, int] | None:
    """A release's graph made from its extraction-cache entry (``entry``, of ``key``): N-Quads,
    facts N-Triples, hash and size, and its number of relations; ``None`` when the entry is not
    that release's of that key (then the build reads the release again). What a Dask worker runs
    (:func:`~presskg.builder.cluster.encode_on_cluster`): ``named`` need hold only this release's names."""
    try:
        stored, x = _codec.loads(entry)
    except ValueError:
        return None
    if stored != key or x.release.identifier != identifier:
        return None
    res = resolve_one(x, named)
    return (*graph_bytes(*encode_layers(res)), len(res.relations))

"""The Oxigraph store of a build (``build/store``), kept in step with the build's graphs.

The store holds every named graph and, as its default graph, the union of
their *facts* (entities' types and names, relations, dates, release metadata,
the knowledge base and the ontology), each triple once: a query without
``GRAPH`` sees every fact without the duplicates a union computed at query
time would give. The text layer of a release (its sentences, mentions and
provenance statements) belongs to that release and is queried inside
``GRAPH ?release { … }``. A rebuild replaces only
the named graphs whose content changed and removes the graphs of deleted
releases. The update is made on a snapshot
(``Store.backup``) that is renamed into place when complete, so a reader
never sees a half-updated store and an interrupted build leaves the previous
one whole.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from . import _atomic
from .errors import StoreError
from .vocab import bind_prefixes

STORE_DIR = "store"


def write_store(quads: list[ox.Quad], facts: list[tuple[bytes, list[ox.Quad]]], dest: Path) -> None:
    """Write a new store at ``dest``: ``quads`` in their named graphs, and once each the triples
    of ``facts`` (per graph, its facts layer as N-Triples and as quads) as the default graph.

    Facts are loaded from their text: making a triple object of each of them cost more than the
    store took to load them. Not those of a graph with blank nodes (the ontology's): a load gives
    blank nodes new names, and the default graph must hold the same nodes as the named graphs.
    """
    text, objects = [], []
    for nt, graph_facts in facts:
        if _BLANK_NODE.search(nt):
            objects += graph_facts
        else:
            text.append(nt)
    once = b"".join(dict.fromkeys(b"".join(text).splitlines(keepends=True)))  # a store is a set: fewer to parse
    with _atomic.replace_dir(dest) as tmp:
        store = ox.Store(str(tmp))
        try:
            store.bulk_extend(quads)
            store.bulk_load(once, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            store.bulk_extend(_in_default(dict.fromkeys(q.triple for q in objects)))
            store.flush()
        finally:
            del store  # closes the database, also on failure, so its folder can be removed


#: A blank node in N-Triples, as subject (line start) or object (after the predicate). A literal
#: that looks like one only sends its graph the slower way.
_BLANK_NODE = re.compile(rb"(?m)^_:|> _:")


def update_store(dest: Path, changed: dict[str, tuple[list[ox.Quad], list[ox.Quad]]], removed: set[str]) -> None:
    """Replace the ``changed`` named graphs (graph IRI → its new quads and its facts) and drop the
    ``removed`` ones.

    The default graph loses a triple only when no named graph holds it any more. The update is
    made on a snapshot of the store, renamed into place when complete.
    """
    with _atomic.replace_dir(dest) as tmp:
        shutil.rmtree(tmp)
        ox.Store.read_only(str(dest)).backup(str(tmp))
        store = ox.Store(str(tmp))
        try:
            _replace_graphs(store, changed, removed)
            store.flush()
        finally:
            del store


def _replace_graphs(store: ox.Store, changed: dict[str, tuple[list[ox.Quad], list[ox.Quad]]],
                    removed: set[str]) -> None:
    default = ox.DefaultGraph()
    gone: set[ox.Triple] = set()
    for g in sorted(set(changed) | removed):
        name = ox.NamedNode(g)
        gone.update(q.triple for q in store.quads_for_pattern(None, None, None, name)
                    if next(store.quads_for_pattern(q.subject, q.predicate, q.object, default), None))
        store.remove_graph(name)
    for g in sorted(changed):
        store.bulk_extend(changed[g][0])
    facts = dict.fromkeys(q.triple for g in sorted(changed) for q in changed[g][1])
    for t in gone.difference(facts):
        if not any(not isinstance(q.graph_name, ox.DefaultGraph)
                   for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
            store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
    store.bulk_extend(_in_default(facts))


def _in_default(triples) -> Iterator[ox.Quad]:
    default = ox.DefaultGraph()
    return (ox.Quad(t.subject, t.predicate, t.object, default) for t in triples)


def open_store(build: str | Path = "build") -> ox.Store:
    """The build's store, read-only.

    Raises:
        StoreError: there is no store (run ``presskg build`` first).
    """
    path = Path(build) / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"no store at {path}: run 'presskg build' (or 'make run') first")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc


def read_nquads(build: str | Path = "build") -> bytes:
    """The build's ``graph.nq``: every quad, each in its named graph, as N-Quads text."""
    nq = Path(build) / "graph.nq"
    if not nq.is_file():
        raise StoreError(f"no build at {build} (missing {nq}): run 'presskg build' first")
    return nq.read_bytes()


def open_dataset(build: str | Path = "build") -> Dataset:
    """The build as an rdflib :class:`~rdflib.Dataset` (from ``graph.nq``)."""
    nq = Path(build) / "graph.nq"
    if not nq.is_file():
        raise StoreError(f"no build at {build} (missing {nq}): run 'presskg build' first")
    ds = Dataset()
    ds.parse(nq, format="nquads")
    return bind_prefixes(ds)

"""The Oxigraph store of a build (``build/store``), kept in step with the build's graphs.

The store holds every named graph, and as its default graph their union
(each triple once), so a query without ``GRAPH`` sees everything without the
duplicates a union computed at query time would give. A rebuild replaces only
the named graphs whose content changed and removes the graphs of deleted
releases. The update is made on a snapshot
(``Store.backup``) that is renamed into place when complete, so a reader
never sees a half-updated store and an interrupted build leaves the previous
one whole.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from . import _atomic
from .errors import StoreError
from .vocab import bind_prefixes

STORE_DIR = "store"


def graph_hashes(quads: list[ox.Quad]) -> dict[str, str]:
    """A content hash per named graph of sorted quads."""
    by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
    for q in quads:
        by_graph[q.graph_name.value].append(q)
    return {g: hashlib.sha256(ox.serialize(qs, format=ox.RdfFormat.N_QUADS)).hexdigest()
            for g, qs in by_graph.items()}


def update_store(quads: list[ox.Quad], dest: Path, *, old: dict[str, str], new: dict[str, str]) -> dict[str, int]:
    """Bring the store at ``dest`` to exactly ``quads``, touching only graphs that changed.

    Args:
        quads: every quad of the build.
        old: graph hashes of the store as it is (empty: write it whole).
        new: graph hashes of ``quads``.

    Returns:
        Counts of graphs ``added``, ``replaced``, ``removed`` and ``kept``.
    """
    changed = {g for g, h in new.items() if old.get(g) != h}
    removed = set(old) - set(new)
    stats = {"added": len(changed - set(old)), "replaced": len(changed & set(old)), "removed": len(removed),
             "kept": len(set(new) - changed)}
    if dest.is_dir() and old and not changed and not removed:
        return stats
    union = list({q.triple for q in quads})
    with _atomic.replace_dir(dest) as tmp:
        if dest.is_dir() and old:
            shutil.rmtree(tmp)
            ox.Store.read_only(str(dest)).backup(str(tmp))
            _write(tmp, changed | removed, [q for q in quads if q.graph_name.value in changed], union)
        else:
            _write(tmp, set(), quads, union)
    return stats


def _write(path: Path, drop: set[str], quads: list[ox.Quad], union: list[ox.Triple]) -> None:
    store = ox.Store(str(path))
    try:
        for g in sorted(drop):
            store.remove_graph(ox.NamedNode(g))
        store.bulk_extend(quads)
        store.clear_graph(ox.DefaultGraph())
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in union)
        store.flush()
        store.optimize()
    finally:
        del store  # closes the database, also on failure, so its folder can be removed


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


def open_dataset(build: str | Path = "build") -> Dataset:
    """The build as an rdflib :class:`~rdflib.Dataset` (from ``graph.nq``)."""
    nq = Path(build) / "graph.nq"
    if not nq.is_file():
        raise StoreError(f"no build at {build} (missing {nq}): run 'presskg build' first")
    ds = Dataset()
    ds.parse(nq, format="nquads")
    return bind_prefixes(ds)

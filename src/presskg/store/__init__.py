"""The Oxigraph store of a build (``build/store``), kept in step with the build's graphs.

The store holds every named graph and, as its default graph, the union of
their *facts* (entities' types and names, relations, dates, release metadata,
the knowledge base and the ontology), each triple once: a query without
``GRAPH`` sees every fact without the duplicates a union computed at query
time would give. The text layer of a release (its sentences, mentions and
provenance statements) belongs to that release and is queried inside
``GRAPH ?release { … }``. A rebuild replaces only
the named graphs whose content changed and removes the graphs of deleted
releases. A new store, or an updated snapshot (``Store.backup``) of the
current one, is made in a folder of its own, in a thread while the build does
other work (:func:`replacing`), and renamed into place when complete, so a
reader never sees a half-updated store and an interrupted build leaves the
previous one whole.
"""

from __future__ import annotations

import logging
import re
import shutil
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from presskg import _atomic
from presskg._beside import Threaded
from presskg._heap import give_back
from presskg.errors import StoreError
from presskg.vocab import bind_prefixes

STORE_DIR = "store"


#: Text given to Oxigraph's bulk loader at a time. It sorts what it is given in memory: a thousand
#: releases' N-Quads (150 MB) at once took 510 MB beside the build, chunks of 16 MB about 80 MB,
#: and less time. 4 MB chunks, each's memory given back once it is loaded (:mod:`presskg._heap`):
#: the load of 4,000 releases' store peaked at 113 MiB against 199 MiB with 16 MB, for the same CPU
#: time (66.7 s against 67.2 s user). (The store is then compacted, so that queries are as fast as
#: after one load.)
LOAD_CHUNK = 4 << 20


@dataclass
class StoreTexts:
    """What a new store is loaded from: per named graph its N-Quads and its facts layer (the
    default graph) as N-Triples, and the quads of graphs with blank nodes.

    Oxigraph loads a text itself (``bulk_load``), without the interpreter and without a Python
    object per quad. Not a graph with blank nodes (the ontology): a load gives blank nodes new
    names, and the default graph must hold the same nodes as the named graphs, so such a graph
    is parsed here and added as quads (``quads``, and its facts in ``default``), labels kept.
    """

    nquads: Iterable[bytes]  # a list, or chunks read from a file as they are loaded (builder.spool)
    facts: Iterable[bytes]
    quads: list[ox.Quad]
    default: list[ox.Quad]

    @classmethod
    def of(cls, graphs: list[tuple[bytes, bytes]]) -> StoreTexts:
        """From each named graph's N-Quads and its facts layer as N-Triples."""
        texts = cls([], [], [], [])
        for graph_nquads, graph_facts in graphs:
            if has_blank_nodes(graph_nquads):
                texts.quads += ox.parse(graph_nquads, format=ox.RdfFormat.N_QUADS)
                texts.default += _in_default(ox.parse(graph_facts, format=ox.RdfFormat.N_TRIPLES))
            else:
                texts.nquads.append(graph_nquads)
                texts.facts.append(graph_facts)  # a fact that several graphs state is stored once: a store is a set
        texts.nquads = list(_chunks(texts.nquads, LOAD_CHUNK))
        texts.facts = list(_chunks(texts.facts, LOAD_CHUNK))
        return texts

    def write(self, dest: Path) -> None:
        """Fill a new store in the empty folder ``dest``. Mostly outside the interpreter: another
        thread can run meanwhile."""
        loading = _Reopening(dest)
        try:
            for chunk in self.nquads:  # lenient: the texts are Oxigraph's own output, not checked again
                loading.load(chunk, format=ox.RdfFormat.N_QUADS)
            loading.store.bulk_extend(self.quads)
            for chunk in self.facts:
                loading.load(chunk, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            loading.store.bulk_extend(self.default)
            loading.store.optimize()
            loading.store.flush()
        finally:
            loading.close()  # also on failure, so that its folder can be removed

    def in_memory(self) -> ox.Store:
        """The named graphs in a store in memory, without the default graph: a few times faster
        to load and to query than the store on disk, for reading them while that one is written."""
        store = ox.Store()
        self._load_named(store)
        return store

    def _load_named(self, store: ox.Store) -> None:
        for chunk in self.nquads:  # lenient: the texts are Oxigraph's own output, not checked again
            store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
            give_back()  # the loader's sort buffers, before the next chunk's (else they add up beside SHACL's)
        store.bulk_extend(self.quads)


#: Chunks an on-disk store is loaded with between two openings (:class:`_Reopening`).
REOPEN_EVERY = 25


class _Reopening:
    """An on-disk store being bulk-loaded, closed and opened again every :data:`REOPEN_EVERY` chunks.

    Each file a bulk load adds stays open, with memory of its own, until the store is closed: the
    load of 4,000 releases' N-Quads (680 MB, 4 MB chunks) ended at 58 MiB resident, against 44 MiB
    when the store was opened again every 25 chunks (a load of ``graph.nq`` alone, measured with
    ``/proc/self/status``); the loading thread runs beside SHACL, whose peak it adds to (issue 19).
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.store: ox.Store | None = ox.Store(str(folder))
        self.loaded = 0

    def load(self, chunk: bytes, **how) -> None:
        self.store.bulk_load(chunk, lenient=True, **how)
        give_back()  # the loader's sort buffers, before the next chunk's (else they add up beside SHACL's)
        self.loaded += 1
        if self.loaded % REOPEN_EVERY == 0:
            self.store = None  # closed: a second opening of the folder would fail on its lock
            give_back()
            self.store = ox.Store(str(self.folder))

    def close(self) -> None:
        self.store = None


def _chunks(texts: list[bytes], size: int) -> Iterator[bytes]:
    """``texts`` (whole lines each) joined into pieces of about ``size`` bytes."""
    group: list[bytes] = []
    length = 0
    for text in texts:
        group.append(text)
        length += len(text)
        if length >= size:
            yield b"".join(group)
            group, length = [], 0
    if group:
        yield b"".join(group)


#: A blank node in N-Triples or N-Quads, as subject (line start) or object (after the predicate).
#: A literal that looks like one only sends its graph the slower way.
_BLANK_NODE = re.compile(rb"(?m)^_:|> _:")


def has_blank_nodes(nquads: bytes) -> bool:
    """Whether a graph's N-Quads hold a blank node (such a graph is loaded as quads, labels kept)."""
    return b"_:" in nquads and _BLANK_NODE.search(nquads) is not None


def update_store(source: Path, dest: Path, changed: dict[str, tuple[list[ox.Quad], list[ox.Quad]]],
                 removed: set[str]) -> None:
    """Make at ``dest`` (an empty folder) a copy of the store at ``source`` with the ``changed``
    named graphs (graph IRI → its new quads and its facts) replaced and the ``removed`` ones dropped.

    The default graph loses a triple only when no named graph holds it any more.
    """
    shutil.rmtree(dest)  # a backup makes its own folder
    ox.Store.read_only(str(source)).backup(str(dest))
    store = ox.Store(str(dest))
    try:
        _replace_graphs(store, changed, removed)
        store.flush()
    finally:
        del store


@dataclass
class NewStore:
    """A store being made in ``folder`` while the build goes on; :meth:`wait` waits for it."""

    folder: Path
    wait: Callable[[], None]


@contextmanager
def replacing(dest: Path, make: Callable[[Path], None]) -> Iterator[NewStore]:
    """Make a new store with ``make(folder)`` in a thread while the block runs, and put it in
    place of the store at ``dest`` when the block succeeds.

    The block is given the :class:`NewStore`, whose ``wait()`` raises what stopped it; it may
    read the new store in its folder once made, and must close it again. Oxigraph's bulk load of
    a text leaves the interpreter free, so the block's own work costs little time beside it. A
    block that fails leaves the previous store as it was, and a reader never sees a half-written
    store.
    """
    with _atomic.replace_dir(dest) as tmp:
        job = Threaded(lambda: make(tmp), name="presskg-store")

        def finished() -> tuple[bool, object]:
            ok, value = job.wait()
            if not ok:  # the frames of its traceback may hold the store open: closed before its folder goes
                traceback.clear_frames(value.__traceback__)
            return ok, value

        def wait() -> None:
            ok, value = finished()
            if not ok:
                raise StoreError(f"cannot write the store at {dest}: {value}; the previous store is unchanged"
                                 ) from value

        try:
            yield NewStore(tmp, wait)
        except BaseException:
            finished()  # its folder is removed next: nothing may still write in it
            raise
        wait()


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


def store_opens(folder: Path) -> bool:
    """Whether the previous build's store is there and opens; a damaged one (say, its ``CURRENT``)
    is made again whole, with a warning."""
    if not folder.is_dir():
        return False
    try:
        ox.Store.read_only(str(folder))
    except (OSError, RuntimeError, ValueError) as exc:
        logging.getLogger(__name__).warning("%s is damaged (%s); it is made again", folder, " ".join(str(exc).split()))
        return False
    return True


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

"""The rows a large build's pages are read from, gathered before any of its entity graph is made.

:func:`~presskg.views.pagegraph.to_page_graph` and :func:`~presskg.views.timeline.read_dates` read
per-graph queries through the entity graph's memo (:class:`~presskg.views.netmemo.GraphMemo`).
:class:`StoreRows` reads ahead into that memo every row it lacks, then stands for the store while
the graph is made. It reads them, where it can, not from the store on disk but from the N-Quads of
each graph the build has just made (its spool), a few megabytes of graphs at a time loaded into a
small store in memory: an on-disk store holds index and filter blocks of every file its queries
touch for as long as it is open, and reading every graph's rows from it raised resident memory by
some 130 MiB at 8,000 releases (45 MiB at 1,000: issue 19). A query asks each graph about itself
alone (its first column is the graph), so the rows are those the store gives, in another order,
which nothing made from them depends on.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from presskg._heap import give_back
from presskg.store.query import with_prefixes
from presskg.views.netmemo import GraphMemo
from presskg.views.network import (
    _ALIASES,
    _EDGES,
    _EVIDENCE,
    _LABELS,
    _MENTIONS,
    _PAIRS_PER_QUERY,
    _RELEASES,
    _TYPES,
    _WIKIDATA,
    _classes,
    _Reader,
    _selector,
)
from presskg.vocab import ITSRDF, KB_GRAPH, NIF

#: N-Quads of the graphs loaded into one store in memory at a time (whole graphs): some 30 graphs of
#: the bundled releases' copies; the store in memory takes a few times the text.
BATCH_BYTES = 6 << 20
#: Per graph: whether it is typed a release (the rows of :data:`~presskg.views.network._RELEASES`,
#: kept in the memo as a per-graph query so that they too come from the graphs made).
_RELEASE_GRAPHS = "SELECT ?g WHERE {{ {graphs} GRAPH ?g {{ ?g a pk:Release }} }}"
#: The memo's key of the knowledge base's Wikidata ids (:data:`~presskg.views.network._WIKIDATA`), kept as
#: rows of the knowledge base graph: a rebuild then loads that graph (1.2 MB of N-Quads, every build makes
#: it again) only when it changed, not to read them again (about 0.12 s of a one-release rebuild: issue 17).
_WIKIDATA_ROWS = _WIKIDATA + "\n# rows of the knowledge base graph"



class Fragments(Protocol):
    """The N-Quads of the graphs a build made (:class:`~presskg.builder.spool.Spool`)."""

    spans: Container[str]  # the graphs made
    blank: Container[str]  # those of them with blank nodes (found once, when each was added)

    def nquads(self, graph: str) -> bytes: ...

    def nquads_bytes(self, graphs: Iterable[str]) -> int: ...


class StoreRows:
    """The rows a large build's pages read from its store on disk, read before any of the entity
    graph is made.

    * :meth:`fill` reads into ``memo`` the rows of every per-graph query of
      :func:`~presskg.views.pagegraph.to_page_graph` and :func:`~presskg.views.timeline.read_dates`
      that it does not hold yet (streamed, none kept here): those of the graphs ``fragments`` gives
      from their N-Quads (see the module), the others from the store, which is then closed. It keeps
      the rows of the two whole-store queries (a row per release; the knowledge base's Wikidata ids);
    * the instance is then the ``source`` of those functions (with the same ``memo``): their rows
      come from the memo and what was kept; the sentences of the nodes the graph page shows come
      from the graphs' N-Quads too (:meth:`mention_rows`), and only those of graphs the build did
      not make open the store again, until :meth:`close`.
    """

    def __init__(self, folder: Path, memo: GraphMemo, fragments: Fragments | None = None,
                 ready: Callable[[], None] | None = None):
        self.folder, self.memo, self.fragments = folder, memo, fragments
        self.kept: dict[str, list[tuple]] = {}
        self.filled = False  # whether the memo holds every graph's rows (fill): then their sums are kept (pagesums)
        self._select: Callable[[str], Iterator[tuple]] | None = None
        # waited for before the store on disk is first opened: a full build's new store, still being
        # written in another thread while the rows of the graphs it made are read from ``fragments``
        self._ready = ready

    def _store(self) -> ox.Store:
        if self._ready is not None:
            self._ready()
            self._ready = None
        return ox.Store.read_only(str(self.folder))

    def fill(self) -> None:
        from presskg.views.timeline import _EVENT_DATES, _RELEASE_DATES

        queries = [(_LABELS, {}), (_TYPES, {"classes": _classes()}), (_ALIASES, {}), (_EDGES, {}), (_EVIDENCE, {}),
                   (_RELEASE_DATES, {}), (_EVENT_DATES, {}), (_RELEASE_GRAPHS, {})]
        todo = {t: set(self.memo.hashes) - self.memo.known(t.format(graphs="", **s)) for t, s in queries}
        kb = str(KB_GRAPH)
        if kb in self.memo.hashes and kb in self.memo.known(_WIKIDATA_ROWS):  # the knowledge base unchanged
            self.kept[_WIKIDATA] = [row[1:] for row in self.memo.rows(_WIKIDATA_ROWS)]
        wikidata = {kb} if _WIKIDATA not in self.kept else set()
        made = set()
        if self.fragments is not None:
            made = {g for g in set().union(*todo.values()) | wikidata if g in self.fragments.spans}
            self._from_texts(queries, todo, sorted(made))
        if any(todo.values()) or wikidata - made:  # graphs not made, whose rows the memo lost: the store's
            read = _Reader(_selector(self._store()), self.memo)
            for template, slots in queries:
                read.fill(template, **slots)
            if wikidata - made:
                self._keep_wikidata(list(read.select(_WIKIDATA)))
            del read  # the store closed
            give_back()
        self.kept[_RELEASES] = [(g,) for (g,) in self.memo.rows(_RELEASE_GRAPHS.format(graphs=""))]
        self.filled = True

    def _from_texts(self, queries: list[tuple[str, dict]], todo: dict[str, set[str]], names: list[str]) -> None:
        """The rows of the graphs ``names`` the build made (taken out of ``todo``), a batch at a time."""
        for batch, store in self._batches(names):
            select = _selector(store)
            for template, slots in queries:
                wanted = [x for x in batch if x in todo[template]]
                if not wanted:
                    continue
                values = "" if len(wanted) == len(batch) else "VALUES ?g {{ {} }}".format(
                    " ".join(f"<{x}>" for x in wanted))
                for _ in self.memo.add(template.format(graphs="", **slots), wanted,
                                       select(template.format(graphs=values, **slots))):
                    pass
                todo[template].difference_update(wanted)
            if str(KB_GRAPH) in batch and _WIKIDATA not in self.kept:
                self._keep_wikidata([tuple(None if t is None else t.value for t in sol)
                                     for sol in store.query(with_prefixes(_WIKIDATA))])
            del select

    def _keep_wikidata(self, rows: list[tuple]) -> None:
        """The knowledge base's Wikidata ids, kept here and in the memo as the knowledge base graph's rows."""
        self.kept[_WIKIDATA] = rows
        kb = str(KB_GRAPH)
        for _ in self.memo.add(_WIKIDATA_ROWS, [kb], ((kb, *row) for row in rows)):
            pass

    def _batches(self, names: list[str]) -> Iterator[tuple[list[str], ox.Store]]:
        """The graphs ``names`` (made by the build) loaded from their N-Quads into a store in memory,
        :data:`BATCH_BYTES` of them at a time: each batch and its store, freed before the next."""
        batch: list[str] = []
        size = 0
        for i, g in enumerate(names):
            batch.append(g)
            size += self.fragments.nquads_bytes([g])
            if size < BATCH_BYTES and i < len(names) - 1:
                continue
            store = ox.Store()
            for name in batch:
                text = self.fragments.nquads(name)
                if name in self.fragments.blank:  # parsed, so that its blank nodes keep their labels (as in the store)
                    store.bulk_extend(ox.parse(text, format=ox.RdfFormat.N_QUADS))
                else:
                    store.bulk_load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
            del text
            yield batch, store
            del store
            give_back()
            batch, size = [], 0

    def mention_rows(self, pairs: list[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
        """``(graph, entity, sentence)`` of the sentences that mention each entity of ``pairs`` in its
        graph (the rows of :data:`~presskg.views.network._MENTIONS`), for the nodes the graph page
        shows: read from the N-Quads of the graphs the build made (:func:`_mentions_in`), from the
        store only for the others. Opening the store on disk for these sentences alone kept some
        20 MiB of its blocks resident beside the whole entity graph at 8,000 releases (issue 19)."""
        made = self.fragments.spans if self.fragments is not None else ()
        by_graph: dict[str, set[str]] = {}
        rest = []
        for g, e in pairs:
            if g in made:
                by_graph.setdefault(g, set()).add(e)
            else:
                rest.append((g, e))
        for g in sorted(by_graph):
            yield from _mentions_in(g, self.fragments.nquads(g), by_graph.pop(g))
        yield from _mentions(self, rest)

    def __call__(self, query: str) -> Iterator[tuple]:
        if query in self.kept:
            return iter(self.kept[query])
        if self._select is None:
            self._select = _selector(self._store())
        return self._select(query)

    def close(self) -> None:
        """Close the store, if it was opened again."""
        self._select = None


def _mentions(select: Callable[[str], Iterator[tuple]], pairs: list[tuple[str, str]]) -> Iterator[tuple]:
    """The rows of :data:`~presskg.views.network._MENTIONS` for ``pairs``, a bounded query at a time."""
    for i in range(0, len(pairs), _PAIRS_PER_QUERY):
        yield from select(_MENTIONS.format(" ".join(f"(<{g}> <{e}>)" for g, e in pairs[i:i + _PAIRS_PER_QUERY])))


_TA_IDENT_REF, _SENTENCE, _ANCHOR_OF = str(ITSRDF.taIdentRef), str(NIF.sentence), str(NIF.anchorOf)
_MENTION_PROPERTIES = tuple(f" <{p}> ".encode() for p in (_TA_IDENT_REF, _SENTENCE, _ANCHOR_OF))


def _mentions_in(graph: str, nquads: bytes, entities: set[str]) -> Iterator[tuple[str, str, str]]:
    """The rows of :data:`~presskg.views.network._MENTIONS` for ``entities`` in ``graph``, from its
    N-Quads: only the lines of the three properties the query joins are parsed (a graph loaded into
    a store to be queried cost some five times more: issue 17), then joined as the query joins them
    (``?m itsrdf:taIdentRef ?e ; nif:sentence ?s . ?s nif:anchorOf ?sentence``, every solution)."""
    refs: dict[object, list[str]] = {}
    sentences: dict[object, list[object]] = {}
    anchors: dict[object, list[str]] = {}
    lines = b"\n".join(_lines_with(nquads, _MENTION_PROPERTIES))
    for q in ox.parse(lines, format=ox.RdfFormat.N_QUADS) if lines else ():
        p = q.predicate.value
        if p == _TA_IDENT_REF:
            if q.object.value in entities:
                refs.setdefault(q.subject, []).append(q.object.value)
        elif p == _SENTENCE:
            sentences.setdefault(q.subject, []).append(q.object)
        elif isinstance(q.object, ox.Literal):
            anchors.setdefault(q.subject, []).append(q.object.value)
    for m, found in refs.items():
        for sentence in sentences.get(m, ()):
            for text in anchors.get(sentence, ()):
                for e in found:
                    yield graph, e, text


def _lines_with(text: bytes, needles: Iterable[bytes]) -> list[bytes]:
    """The lines of ``text`` that hold one of ``needles`` (each once), found by searching for them,
    not by splitting every line (a graph's N-Quads run to some 170 kB, most of them other facts)."""
    found: dict[int, bytes] = {}
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            start = text.rfind(b"\n", 0, i) + 1
            end = text.find(b"\n", i)
            end = len(text) if end < 0 else end
            found.setdefault(start, text[start:end])
            i = text.find(needle, end)
    return [found[i] for i in sorted(found)]

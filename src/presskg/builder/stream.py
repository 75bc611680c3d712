"""Releases through a build in batches: extraction → naming summary, then graph → spool → SHACL.

A build needs one thing of the whole corpus before it can make any release graph: the names
every release gives its entities, so that the same thing gets the same IRI everywhere
(:func:`~presskg.link.resolve.named_groups`). That is kept compactly (a tuple of names per
release, :func:`summarize`); the extractions themselves are not kept. The release graphs are
then made :data:`BATCH` releases at a time (:func:`make_release_graphs`): each extraction read
back from the cache, resolved, encoded and written to the :class:`~presskg.builder.spool.Spool`,
of which only the graph's hash and size stay in memory. Peak memory then depends on the batch,
not on the corpus.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace

import pyoxigraph as ox

from presskg import _atomic
from presskg._heap import give_back
from presskg.builder.cache import ExtractionCache
from presskg.builder.graphs import Graph, graph_bytes
from presskg.builder.graphs_beside import GraphsBeside
from presskg.builder.inputs import Kept
from presskg.builder.reading import iter_extractions
from presskg.builder.spool import Spool
from presskg.errors import ValidationError
from presskg.extract import Gazetteer
from presskg.ingest.sanitize import shown
from presskg.link.resolve import NamedIris, named_summary, resolve_one
from presskg.model import Release
from presskg.rdf.encode import encode_layers, release_iri
from presskg.settings import Settings
from presskg.vocab import INFERRED_GRAPH, ONTOLOGY_GRAPH

#: Releases resolved, encoded and spooled at a time. The outputs do not depend on it
#: (``tests/test_build.py`` builds with 1 and with 1,000); memory does, a little.
BATCH = 250
#: Release graphs validated together (more: faster, but a bigger graph in memory). rudof's peak for a
#: batch of the corpus's copies: 250 graphs about 175 MiB, 125 about 95 MiB, 64 about 50 MiB; SHACL's
#: CPU time for 1,000 releases 4.6, 4.7 and 5.6 s (each batch reads the shapes again). 64: at 8,000
#: releases a batch of 125 beside the store's compaction (its thread) set the build's peak (302 MiB
#: in one run; 244 for that phase with 64, cache-filled builds, ``benchmarks/memstages.py``; issue 19).
VALIDATION_BATCH = 64


def make_graph(spool: Spool, name: str, facts: list[ox.Quad], text: list[ox.Quad] = ()) -> Graph:
    """Spool a graph of two disjoint layers, its facts then its text layer (sentences, mentions,
    statements); its N-Quads give its hash."""
    nquads, facts_nt, graph = graph_bytes(facts, text)
    spool.add(name, nquads, facts_nt)
    return graph


def summarize(releases: list[Release], keys: dict[str, str], cache: ExtractionCache, gazetteer: Gazetteer,
              settings: Settings, progress: bool, *, shared: dict[tuple, tuple] | None = None,
              ) -> tuple[dict[str, tuple], list[tuple[str, str]]]:
    """The naming summary of each release (its extraction is read, cached and dropped), and the
    releases that could not be read; ``shared`` as :func:`compact_summary` takes it."""
    summaries, failed = {}, []
    # only the summary comes back from where the extraction is made (the rules' process of a one-process build)
    for rel, x in iter_extractions(releases, keys, cache, gazetteer, settings, progress, keep=named_summary):
        if isinstance(x, str):
            failed.append((str(rel.path or rel.identifier), x))
        else:
            summaries[rel.identifier] = compact_summary(x, shared)
    return summaries, failed


def compact_summary(summary: tuple, shared: dict[tuple, tuple] | None = None) -> tuple:
    """A naming summary whose strings are interned: names and classes repeat from release to release
    (an agency in hundreds of them, a class in most), and every summary is held to the build's end
    (issue 19: some 13 strings a release, each decoded anew from its release's cache entry).

    ``shared`` (one table for a build's summaries): an entry equal to one seen before is that one, so
    that a thing named alike in many releases is held once, not as four containers a release (some
    500 bytes a release held to the build's end; issue 19).
    """
    def intern(s):  # a class is an enum member (one object already) in a summary made now, text in one read back
        return sys.intern(s) if type(s) is str else s

    entries = ((intern(key), intern(label), tuple(map(intern, aliases)), tuple(map(intern, classes)))
               for key, label, aliases, classes in summary)
    if shared is None:
        return tuple(entries)
    return tuple(shared.setdefault(e, e) for e in entries)


def make_release_graphs(releases: list[Release], keys: dict[str, str], cache: ExtractionCache,
                        gazetteer: Gazetteer, settings: Settings, named: NamedIris, spool: Spool,
                        beside: GraphsBeside | None = None,
                        ) -> tuple[dict[str, Graph], dict[str, int], list[tuple[str, str]]]:
    """Make the graphs of ``releases``, :data:`BATCH` at a time, into ``spool``: each extraction from
    the cache (or read again when its entry is gone), resolved with the build's ``named`` IRIs and
    encoded. Returns the graphs by name, the relations per release, and the releases that failed.
    ``beside``: a process forked for ``releases`` makes every other batch
    (:mod:`~presskg.builder.graphs_beside`)."""
    if beside is not None:
        return _graphs_made(releases, beside.results(), keys, cache, gazetteer, settings, named, spool)
    if settings.dask:  # the reading's cluster makes the graphs too, then is closed
        from presskg.builder import cluster

        try:
            if cluster.is_open(settings.dask):
                return _graphs_on_cluster(releases, keys, cache, gazetteer, settings, named, spool)
            return _graphs_here(releases, keys, cache, gazetteer, settings, named, spool)
        finally:
            cluster.close(settings.dask, wait=False)  # its workers stop while the build goes on
    return _graphs_here(releases, keys, cache, gazetteer, settings, named, spool)


def _graphs_here(releases: list[Release], keys: dict[str, str], cache: ExtractionCache,
                 gazetteer: Gazetteer, settings: Settings, named: NamedIris, spool: Spool,
                 ) -> tuple[dict[str, Graph], dict[str, int], list[tuple[str, str]]]:
    """:func:`make_release_graphs` in this process."""
    graphs, relations, failed = {}, {}, []
    for i in range(0, len(releases), BATCH):
        batch = releases[i:i + BATCH]
        for rel, x in iter_extractions(batch, keys, cache, gazetteer, settings, progress=False):
            if isinstance(x, str):
                failed.append((str(rel.path or rel.identifier), x))
                continue
            res = resolve_one(x, named)
            facts, text = encode_layers(res)
            name = release_iri(rel.identifier)  # one string, the spool's key and the graphs' (issue 19)
            graphs[name] = make_graph(spool, name, facts, text)
            relations[rel.identifier] = len(res.relations)
    return graphs, relations, failed


def _graphs_on_cluster(releases: list[Release], keys: dict[str, str], cache: ExtractionCache,
                       gazetteer: Gazetteer, settings: Settings, named: NamedIris, spool: Spool,
                       ) -> tuple[dict[str, Graph], dict[str, int], list[tuple[str, str]]]:
    """:func:`make_release_graphs` with the Dask workers resolving and encoding (each sent a
    release's cache entry and its names), this process spooling the bytes they send back, in
    release order; a release whose entry is gone or whose task failed is made here, as locally."""
    from presskg.builder.cluster import encode_on_cluster

    by_release: dict[str, NamedIris] = {}
    for k, v in named.items():
        by_release.setdefault(k[0], {})[k] = v

    def jobs():
        for rel in releases:
            try:
                entry = cache.entry(rel.identifier).read_bytes()
            except OSError:
                entry = None
            yield rel.identifier, entry, keys[rel.identifier], by_release.get(rel.identifier, {})

    return _graphs_made(releases, encode_on_cluster(jobs(), settings.dask), keys, cache, gazetteer, settings,
                        named, spool)


def _graphs_made(releases: list[Release], made_elsewhere: Iterator[tuple | None], keys: dict[str, str],
                 cache: ExtractionCache, gazetteer: Gazetteer, settings: Settings, named: NamedIris, spool: Spool,
                 ) -> tuple[dict[str, Graph], dict[str, int], list[tuple[str, str]]]:
    """The graphs of ``releases`` as another process made them (``made_elsewhere``, in order: N-Quads,
    facts, graph and relations, or ``None``: made here, as locally), spooled in release order."""
    graphs, relations, failed = {}, {}, []
    for rel, made in zip(releases, made_elsewhere, strict=True):
        name = release_iri(rel.identifier)
        if made is None:
            g, r, bad = _graphs_here([rel], keys, cache, gazetteer, replace(settings, dask=None), named, spool)
            graphs.update(g)
            relations.update(r)
            failed += bad
            continue
        nquads, facts_nt, graph, n = made
        spool.add(name, nquads, facts_nt)
        graphs[name] = graph
        relations[rel.identifier] = n
    return graphs, relations, failed


class InvalidReleasesError(ValidationError):
    """Release graphs that break the shapes, each alone: ``bad`` maps identifier → (file, reason)."""

    def __init__(self, bad: dict[str, tuple[str, str]]):
        super().__init__(f"{len(bad)} release graph(s) break the SHACL shapes")
        self.bad = bad


def validate(out, spool: Spool, changed: set[str], releases: Iterable[Release | Kept] | None = None,
             ) -> None:
    """SHACL over the facts of the graphs that changed, :data:`VALIDATION_BATCH` graphs at a time
    read from the spool, with the ontology (whose class tree the shapes use); the knowledge base
    with them when it changed. ``releases``: the build's, whose graphs that break the shapes alone
    are named (looked up by graph only then: a table of every release's graph held beside SHACL
    and the pages was some 150 bytes a release, issue 19).

    Raises:
        InvalidReleasesError: some release graphs break the shapes alone (the build leaves them out).
        ValidationError: with the report written to ``validation.txt``.
    """
    from presskg.rdf.validate import validate_ntriples  # not needed to read a release (builder.ahead's child)

    onto = spool.facts(str(ONTOLOGY_GRAPH))
    background = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    todo = sorted(g for g in changed if g not in background)
    bad, culprits, texts = [], {}, []
    by_graph: dict[str, Release | Kept] | None = None
    for i in range(0, len(todo), VALIDATION_BATCH):
        batch = todo[i:i + VALIDATION_BATCH]
        # the engines read the union as a set: a type or name that several releases repeat counts once
        report = validate_ntriples(b"".join([onto, *(spool.facts(g) for g in batch)]))
        give_back()  # rudof's graph of the batch: else it stays resident beside the store's load
        if report.conforms:
            continue
        bad.append(report)
        if releases is not None and by_graph is None:
            by_graph = {release_iri(r.identifier): r for r in releases}
        for g in batch if by_graph else ():
            alone = validate_ntriples(onto + spool.facts(g))
            if not alone.conforms and g in by_graph:
                rel = by_graph[g]
                file = shown(rel.path or rel.identifier)
                texts.append(f"# {file}\n{alone.text}")
                culprits[rel.identifier] = (file, f"{file}: its graph breaks {alone.violations} SHACL constraint(s) "
                                                  f"({_first_message(alone.text)}); the release is left out")
    if bad and culprits:
        _atomic.write_text(out / "validation.txt", "\n".join(texts))
        raise InvalidReleasesError(culprits)
    if bad:
        _atomic.write_text(out / "validation.txt", "\n".join(r.text for r in bad))
        raise ValidationError(f"the graph breaks {sum(r.violations for r in bad)} SHACL constraint(s); "
                              f"report in {out / 'validation.txt'}")


def _first_message(report: str) -> str:
    """The first constraint message of a SHACL report, on one line."""
    for line in report.splitlines():
        if "message" in line.lower():
            return " ".join(line.split(":", 1)[-1].split())[:200]
    return "see presskg validate"

"""The entity graph of a build, read from its store as a networkx ``MultiDiGraph``.

:func:`to_networkx` turns the release graphs into a graph whose nodes are
entities (class, label, other names, Wikidata id, evidence) and whose edges are
core relations named by property, each with its evidence sentences.

It is read with a few small queries whose rows each belong to one named graph.
A :class:`~presskg.views.netmemo.GraphMemo` keeps those rows between builds (an SQLite file),
per graph and with the graph's hash, so that a rebuild that changed one release reads that release's
rows from the store and takes the others from the memo: the entity graph of a
thousand releases then costs what joining the rows costs, not what reading them
does (2.5 s of a 7 s rebuild before).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from presskg.rdf.encode import release_identifier, release_iri
from presskg.views.netmemo import GraphMemo
from presskg.vocab import INFERRED_GRAPH, KB_GRAPH, ONTOLOGY_GRAPH, PK, PKD, PREFIXES, RELATIONS, Class

#: The release graphs, whose entities become nodes.
_RELEASES = "SELECT ?g WHERE { GRAPH ?g { ?g a pk:Release } }"

#: Each query below reads one kind of fact, with no OPTIONAL and no ORDER BY, and Python joins them:
#: an on-disk Oxigraph store spends its time looking up and decoding terms, and in-memory stores
#: are slow to look up an entity's facts in one graph, so small queries that start from the
#: selective pattern cost far less than one query that joins everything (5.5 s → 1.8 s for the
#: on-disk store of a thousand releases). Their first column is the graph; ``{graphs}`` is left
#: empty to read every graph, or filled with a ``VALUES ?g`` of the graphs to read.
_LABELS = "SELECT ?g ?e ?label WHERE {{ {graphs} GRAPH ?g {{ ?e rdfs:label ?label . ?g pk:mentions ?e }} }}"

_ALIASES = "SELECT ?g ?e ?alias WHERE {{ {graphs} GRAPH ?g {{ ?e skos:altLabel ?alias . ?g pk:mentions ?e }} }}"

#: Filled with the ontology's classes (:class:`~presskg.vocab.Class`; the encoder types entities with
#: no other): a scan per class is cheaper than filtering every type. (It was filled with the classes
#: found in use, by a query that read every type of every graph: 0.1 s of each rebuild at a thousand
#: releases, and a class used for the first time changed this query, so every graph's rows were read again.)
_TYPES = "SELECT ?g ?e ?type WHERE {{ VALUES ?type {{ {classes} }} {graphs} GRAPH ?g {{ ?e a ?type }} }}"

#: The sentences that mention given entities in given release graphs (filled with ``(<graph> <entity>)`` pairs).
_MENTIONS = """
SELECT ?g ?e ?sentence WHERE {{ VALUES (?g ?e) {{ {} }}
  GRAPH ?g {{ ?m itsrdf:taIdentRef ?e ; nif:sentence ?sn . ?sn nif:anchorOf ?sentence }}
}}"""
#: A node keeps this many sentences as evidence: the first by release, then by text.
log = logging.getLogger(__name__)
NODE_EVIDENCE = 5
#: (graph, entity) pairs per query of :data:`_MENTIONS`, which keeps a query text to some 300 kB.
_PAIRS_PER_QUERY = 2000

_CORE_VALUES = "VALUES ?p {{{{ {} }}}}".format(" ".join(f"pk:{p}" for p in RELATIONS))

_EDGES = f"SELECT ?g ?s ?p ?o WHERE {{{{ {_CORE_VALUES} {{graphs}} GRAPH ?g {{{{ ?s ?p ?o }}}} }}}}"

#: The sentences of the reified statements, read apart from the relations (an OPTIONAL per relation is slow).
_EVIDENCE = f"""
SELECT ?g ?s ?p ?o ?sentence WHERE {{{{ {_CORE_VALUES} {{graphs}}
  GRAPH ?g {{{{ ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?sn .
             ?sn nif:anchorOf ?sentence }}}}
}}}}"""

_WIKIDATA = """
SELECT ?e ?wd WHERE {
  GRAPH pkg:kb { ?e owl:sameAs ?wd } FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/"))
}"""

#: Most specific class first, so a node shows its best class.
_PRIORITY = (
    "Person", "SpaceAgency", "ResearchInstitute", "Company", "GovernmentBody", "Organization",
    "Country", "City", "Spaceport", "Facility", "Place", "Lander", "Rover", "Probe", "Satellite",
    "SpaceStation", "Spacecraft", "Mission", "LaunchVehicle", "Instrument", "Planet", "Moon",
    "Asteroid", "Comet", "Star", "CelestialBody", "Meeting", "Conference", "Campaign", "Launch",
    "Landing", "SampleReturn", "Event", "Agreement", "Sample", "Topic",
)


@lru_cache(maxsize=65536)  # graph, property and class IRIs, met once per row
def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


@lru_cache(maxsize=65536)
def _release(graph: str) -> str:
    """The release identifier of a release graph's IRI (percent-decoded: see :func:`release_iri`)."""
    return release_identifier(graph) if graph.startswith(_PKD) else _local(graph)


_PKD = str(PKD)


def main_class(classes) -> str:
    for c in _PRIORITY:
        if c in classes:
            return c
    return sorted(classes)[0] if classes else "Thing"


#: Runs a SELECT query and yields its rows.
_Select = Callable[[str], Iterator[tuple]]


def _selector(source) -> _Select:
    """A function that runs a SELECT query and yields its rows as tuples of strings (``None`` if unbound).

    ``source`` is a build folder, an Oxigraph store (in memory or on disk) or an rdflib dataset.
    Rows are plain tuples read straight from the solutions: at a thousand releases there are
    about 150,000 of them, and building a dict per row used to cost a second.
    """
    if callable(source) and not hasattr(source, "query"):  # a select function already
        return source
    if isinstance(source, (str, Path)):
        from presskg.store import open_store

        source = open_store(source)
    if isinstance(source, ox.Store):
        from presskg.store.query import with_prefixes

        def select(query: str) -> Iterator[tuple]:
            for sol in source.query(with_prefixes(query)):
                yield tuple([None if t is None else t.value for t in sol])
    else:
        def select(query: str) -> Iterator[tuple]:
            for row in source.query(query, initNs=dict(PREFIXES)):
                yield tuple([None if t is None else str(t) for t in row])
    return select


class _Reader:
    """Runs the entity graph's queries, through a :class:`GraphMemo` when there is one."""

    def __init__(self, select: _Select, memo: GraphMemo | None):
        self.select, self.memo = select, memo

    def by_graph(self, template: str, **slots: str) -> Iterator[tuple]:
        """The rows of a per-graph query: from the memo for graphs it knows, else from the store
        (and then kept in the memo). Streamed: no list of every row is held."""
        memo = self.memo
        key = template.format(graphs="", **slots)
        if memo is None or not memo.hashes:  # no memo, or one that was not told what the store holds
            yield from self.select(key)
            return
        known = memo.known(key)
        todo = sorted(g for g in memo.hashes if g not in known)
        yield from memo.rows(key)
        if todo:
            values = "VALUES ?g {{ {} }}".format(" ".join(f"<{g}>" for g in todo)) if known else ""
            yield from memo.add(key, todo, self.select(template.format(graphs=values, **slots)))

    def fill(self, template: str, **slots: str) -> None:
        """Read into the memo the rows of a per-graph query of the graphs it does not know yet,
        keeping none here (:meth:`by_graph` then reads them all from the memo)."""
        memo = self.memo
        key = template.format(graphs="", **slots)
        known = memo.known(key)
        todo = sorted(g for g in memo.hashes if g not in known)
        if todo:
            values = "VALUES ?g {{ {} }}".format(" ".join(f"<{g}>" for g in todo)) if known else ""
            for _ in memo.add(key, todo, self.select(template.format(graphs=values, **slots))):
                pass

    def mentions(self, pairs: list[tuple[str, str]]) -> Iterator[tuple]:
        """``(graph, entity, sentence)`` for the sentences that mention each entity in its graph."""
        memo = self.memo if self.memo is not None and self.memo.hashes else None
        known = memo.mentions(pairs) if memo is not None else {}
        todo = []
        for g, e in pairs:
            if (g, e) in known:
                yield from ((g, e, s) for s in known[g, e])
            else:
                todo.append((g, e))
        # a source that reads the sentences itself (:meth:`~presskg.views.pagerows.StoreRows.mention_rows`)
        # is given every pair at once, else the queries are run here
        rows_of = getattr(self.select, "mention_rows", None)
        step = len(todo) if rows_of is not None else _PAIRS_PER_QUERY
        for i in range(0, len(todo), step or 1):
            got: dict[tuple[str, str], list[str]] = {p: [] for p in todo[i:i + step]}
            rows = rows_of(list(got)) if rows_of is not None else self.select(
                _MENTIONS.format(" ".join(f"(<{g}> <{e}>)" for g, e in got)))
            for g, e, sentence in rows:
                got[g, e].append(sys.intern(sentence))
            if memo is not None:
                memo.add_mentions(got)
            yield from ((g, e, s) for (g, e), sentences in got.items() for s in sentences)


@dataclass
class _Entity:
    """What the releases say about one entity, gathered before it becomes a node."""

    labels: dict[str, str] = field(default_factory=dict)  # release graph → label
    classes: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    releases: set[str] = field(default_factory=set)
    evidence: set[tuple[str, str]] = field(default_factory=set)  # (release, sentence)


def _entities(read: _Reader, wanted: set[str] | None, *, details: bool = True) -> dict[str, _Entity]:
    """The entities the (wanted) release graphs mention, label and type with a class of the ontology.

    ``details``: with their other names and evidence (else :func:`_add_details` adds them later,
    to the entities that need them)."""
    releases = {g for (g,) in read.select(_RELEASES) if not wanted or g in wanted}
    labels: dict[tuple[str, str], str] = {}
    for g, e, label in read.by_graph(_LABELS):
        if g in releases and labels.get((g, e), "") <= label:  # the greatest, if a graph gave two
            labels[g, e] = label
    found: dict[str, _Entity] = {}
    for g, e, t in read.by_graph(_TYPES, classes=_classes()):
        if (g, e) in labels:
            ent = found.setdefault(e, _Entity())
            ent.labels[g] = labels[g, e]
            ent.classes.add(_local(t))
            ent.releases.add(_release(g))
    if details:
        _add_details(read, found)
    return found


def _classes() -> str:
    """The slot of :data:`_TYPES`: the ontology's classes."""
    return " ".join(f"<{c}>" for c in sorted(str(PK[c.value]) for c in Class))


def _add_details(read: _Reader, found: dict[str, _Entity]) -> None:
    """Give the ``found`` entities (their ``labels`` keyed by every release graph that names them)
    their other names in those graphs and their evidence."""
    for g, e, alias in read.by_graph(_ALIASES):
        if e in found and g in found[e].labels:
            found[e].aliases.add(alias)
    _add_evidence(read, found)


def _add_evidence(read: _Reader, found: dict[str, _Entity]) -> None:
    """Give each entity the sentences that mention it in its first releases, enough to pick its evidence.

    A node keeps only its :data:`NODE_EVIDENCE` first sentences by release, so the mentions are read
    from an entity's first releases only, that many at a time, until it has enough sentences or no
    release is left. A few entities are named in hundreds of releases: reading all their mentions
    was most of the cost of this graph on an on-disk store. (A release's mentions of an entity are
    in the graph that names and types it, as the encoder writes them.)
    """
    graphs = {e: sorted(ent.labels) for e, ent in found.items()}  # release graph IRIs sort as identifiers
    done = 0
    while graphs:
        pairs = [(g, e) for e, gs in graphs.items() for g in gs[done:done + NODE_EVIDENCE]]
        for g, e, sentence in read.mentions(pairs):
            found[e].evidence.add((_release(g), sentence))
        done += NODE_EVIDENCE
        graphs = {e: gs for e, gs in graphs.items() if len(gs) > done and len(found[e].evidence) < NODE_EVIDENCE}


def _relations(read: _Reader, nodes: Container[str], wanted: set[str] | None, include_kb: bool) -> dict[tuple, dict]:
    """The core relations between ``nodes``, keyed (subject, object, property@release), with their sentences."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    kb_graph = str(KB_GRAPH)
    edges: dict[tuple, dict] = {}
    for g, s, p, o in read.by_graph(_EDGES):
        kb = g == kb_graph
        if g in skip or s not in nodes or o not in nodes or (kb and not include_kb) or (
                not kb and wanted and g not in wanted):
            continue
        prop, release = _local(p), _release(g)
        edges[s, o, f"{prop}@{release}"] = {"property": prop, "release": release, "kb": kb, "evidence": set()}
    for g, s, p, o, sentence in read.by_graph(_EVIDENCE):
        edge = edges.get((s, o, f"{_local(p)}@{_release(g)}"))
        if edge is not None:
            edge["evidence"].add(sentence)
    return edges


def to_networkx(source, *, releases: list[str] | None = None, include_kb: bool = False,
                memo: GraphMemo | None = None) -> nx.MultiDiGraph:
    """The entity graph of the release graphs.

    Nodes and edges are added in sorted order, so the graph (and every file made from it) is the
    same whichever store the facts come from, and with or without a memo.

    Args:
        source: a build folder, its Oxigraph store (in memory or read-only on disk), or an rdflib dataset.
        releases: only these release identifiers (default: all).
        include_kb: add the knowledge base's facts between the entities shown, flagged ``kb=True``.
        memo: rows kept from an earlier reading of the same store, synced with the graphs' hashes
            (:meth:`GraphMemo.sync`); it is filled with what this reading adds (raises
            :class:`~presskg.views.netmemo.DamagedMemoError` if its file cannot be read).
    """
    read = _Reader(_selector(source), memo)
    wanted = {release_iri(r) for r in releases} if releases else None
    found = _entities(read, wanted)
    wikidata = _wikidata(read)
    G = nx.MultiDiGraph()
    # each entity's and relation's gathered facts dropped as it becomes a node or an edge: they and
    # the graph are never held whole at once (the peak of this reading was twice the graph's size)
    G.add_nodes_from(_node(e, found.pop(e), wikidata.get(e)) for e in sorted(found))
    del found
    edges = _relations(read, G, wanted, include_kb)
    _add_new_edges(G, ((s, o, k, _edge(edges.pop((s, o, k)))) for s, o, k in sorted(edges)))
    return G


def _wikidata(read: _Reader) -> dict[str, str]:
    """Entity IRI → its Wikidata id, from the knowledge base."""
    wikidata: dict[str, str] = {}
    for e, wd in sorted(read.select(_WIKIDATA)):
        wikidata.setdefault(e, _local(wd))  # the first, should the knowledge base give two
    return wikidata


def _add_new_edges(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """``G.add_edges_from(edges)`` for edges ``(subject, object, key, data)`` between nodes of ``G``,
    each key new, whose ``data`` dict ``G`` may keep as it is: written straight into networkx's
    storage, in the order given (the adjacency's order is ``add_edges_from``'s). networkx copies
    each edge's data into a dict of its own and checks every call's arguments: about a tenth of a
    second of each build's pages at a thousand releases (issue 17)."""
    succ, pred = G._succ, G._pred
    for s, o, k, data in edges:
        keyed = succ[s].get(o)
        if keyed is None:
            keyed = succ[s][o] = pred[o][s] = {}
        keyed[k] = data
    nx._clear_cache(G)


def _edge(d: dict) -> dict:
    return {**d, "evidence": sorted(d["evidence"])}


def _node(e: str, ent: _Entity, wikidata: str | None) -> tuple[str, dict]:
    label = ent.labels[max(ent.labels)]  # the label of the last release (by identifier) that gives one
    return e, {"label": label, "classes": sorted(ent.classes), "cls": main_class(ent.classes),
               "aliases": sorted(ent.aliases - {label}), "releases": sorted(ent.releases),
               "wikidata": wikidata, "evidence": sorted(ent.evidence)[:NODE_EVIDENCE]}

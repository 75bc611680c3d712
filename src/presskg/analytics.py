"""The entity graph as networkx, and measures of who matters and how things connect.

:func:`to_networkx` turns the release graphs into a ``MultiDiGraph`` whose
nodes are entities (class, label, other names, Wikidata id, evidence) and
whose edges are core relations named by property, each with its evidence
sentences. The measures are pure functions of that graph, as in networkx.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .errors import InputError
from .vocab import INFERRED_GRAPH, KB_GRAPH, ONTOLOGY_GRAPH, PK, PKD, PREFIXES

CORE_RELATIONS = (
    "headOf", "memberOf", "partnerOf", "operatedBy", "contributesTo", "providedBy", "deliveredTo",
    "partOf", "target", "orbits", "launchSite", "landedOn", "country", "locatedIn", "participant",
    "topic", "signatory", "signedAt", "returned", "sampleFrom",
)

#: The release graphs, whose entities become nodes.
_RELEASES = "SELECT ?g WHERE { GRAPH ?g { ?g a pk:Release } }"

#: Each query below reads one kind of fact, with no OPTIONAL and no ORDER BY, and Python joins them:
#: an on-disk Oxigraph store spends its time looking up and decoding terms, and in-memory stores
#: are slow to look up an entity's facts in one graph, so small queries that start from the
#: selective pattern cost far less than one query that joins everything (5.5 s → 1.8 s for the
#: on-disk store of a thousand releases).
_LABELS = "SELECT ?g ?e ?label WHERE { GRAPH ?g { ?e rdfs:label ?label . ?g pk:mentions ?e } }"

_ALIASES = "SELECT ?g ?e ?alias WHERE { GRAPH ?g { ?e skos:altLabel ?alias . ?g pk:mentions ?e } }"

_TYPES_USED = "SELECT DISTINCT ?type WHERE { GRAPH ?g { ?e a ?type } }"

#: Filled with the ontology's classes in use: a scan per class is cheaper than filtering every type.
_TYPES = "SELECT ?g ?e ?type WHERE {{ VALUES ?type {{ {} }} GRAPH ?g {{ ?e a ?type }} }}"

#: The sentences that mention given entities in given release graphs (filled with ``(<graph> <entity>)`` pairs).
_MENTIONS = """
SELECT ?g ?e ?sentence WHERE {{ VALUES (?g ?e) {{ {} }}
  GRAPH ?g {{ ?m itsrdf:taIdentRef ?e ; nif:sentence ?sn . ?sn nif:anchorOf ?sentence }}
}}"""
#: A node keeps this many sentences as evidence: the first by release, then by text.
NODE_EVIDENCE = 5
#: (graph, entity) pairs per query of :data:`_MENTIONS`, which keeps a query text to some 300 kB.
_PAIRS_PER_QUERY = 2000

_CORE_VALUES = "VALUES ?p {{ {} }}".format(" ".join(f"pk:{p}" for p in CORE_RELATIONS))

_EDGES = f"SELECT ?g ?s ?p ?o WHERE {{ {_CORE_VALUES} GRAPH ?g {{ ?s ?p ?o }} }}"

#: The sentences of the reified statements, read apart from the relations (an OPTIONAL per relation is slow).
_EVIDENCE = f"""
SELECT ?g ?s ?p ?o ?sentence WHERE {{ {_CORE_VALUES}
  GRAPH ?g {{ ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?sn .
             ?sn nif:anchorOf ?sentence }}
}}"""

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
    if isinstance(source, (str, Path)):
        from .store import open_store

        source = open_store(source)
    if isinstance(source, ox.Store):
        from .query import with_prefixes

        def select(query: str) -> Iterator[tuple]:
            for sol in source.query(with_prefixes(query)):
                yield tuple([None if t is None else t.value for t in sol])
    else:
        def select(query: str) -> Iterator[tuple]:
            for row in source.query(query, initNs=dict(PREFIXES)):
                yield tuple([None if t is None else str(t) for t in row])
    return select


@dataclass
class _Entity:
    """What the releases say about one entity, gathered before it becomes a node."""

    labels: dict[str, str] = field(default_factory=dict)  # release graph → label
    classes: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    releases: set[str] = field(default_factory=set)
    evidence: set[tuple[str, str]] = field(default_factory=set)  # (release, sentence)


def _entities(select: _Select, wanted: set[str] | None) -> dict[str, _Entity]:
    """The entities the (wanted) release graphs mention, label and type with a class of the ontology."""
    releases = {g for (g,) in select(_RELEASES) if not wanted or g in wanted}
    labels: dict[tuple[str, str], str] = {}
    for g, e, label in select(_LABELS):
        if g in releases and labels.get((g, e), "") <= label:  # the greatest, if a graph gave two
            labels[g, e] = label
    pk = str(PK._NS)
    classes = sorted(t for (t,) in select(_TYPES_USED) if t.startswith(pk))
    found: dict[str, _Entity] = {}
    for g, e, t in select(_TYPES.format(" ".join(f"<{c}>" for c in classes))) if classes else ():
        if (g, e) in labels:
            ent = found.setdefault(e, _Entity())
            ent.labels[g] = labels[g, e]
            ent.classes.add(_local(t))
            ent.releases.add(_local(g))
    for g, e, alias in select(_ALIASES):
        if e in found and g in found[e].labels:
            found[e].aliases.add(alias)
    _add_evidence(select, found)
    return found


def _add_evidence(select: _Select, found: dict[str, _Entity]) -> None:
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
        pairs = [f"(<{g}> <{e}>)" for e, gs in graphs.items() for g in gs[done:done + NODE_EVIDENCE]]
        for i in range(0, len(pairs), _PAIRS_PER_QUERY):
            for g, e, sentence in select(_MENTIONS.format(" ".join(pairs[i:i + _PAIRS_PER_QUERY]))):
                found[e].evidence.add((_local(g), sentence))
        done += NODE_EVIDENCE
        graphs = {e: gs for e, gs in graphs.items() if len(gs) > done and len(found[e].evidence) < NODE_EVIDENCE}


def _relations(select: _Select, nodes: dict, wanted: set[str] | None, include_kb: bool) -> dict[tuple, dict]:
    """The core relations between ``nodes``, keyed (subject, object, property@release), with their sentences."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    kb_graph = str(KB_GRAPH)
    edges: dict[tuple, dict] = {}
    for g, s, p, o in select(_EDGES):
        kb = g == kb_graph
        if g in skip or s not in nodes or o not in nodes or (kb and not include_kb) or (
                not kb and wanted and g not in wanted):
            continue
        prop, release = _local(p), _local(g)
        edges[s, o, f"{prop}@{release}"] = {"property": prop, "release": release, "kb": kb, "evidence": set()}
    for g, s, p, o, sentence in select(_EVIDENCE):
        edge = edges.get((s, o, f"{_local(p)}@{_local(g)}"))
        if edge is not None:
            edge["evidence"].add(sentence)
    return edges


def to_networkx(source, *, releases: list[str] | None = None, include_kb: bool = False) -> nx.MultiDiGraph:
    """The entity graph of the release graphs.

    Nodes and edges are added in sorted order, so the graph (and every file made from it) is the
    same whichever store the facts come from.

    Args:
        source: a build folder, its Oxigraph store (in memory or read-only on disk), or an rdflib dataset.
        releases: only these release identifiers (default: all).
        include_kb: add the knowledge base's facts between the entities shown, flagged ``kb=True``.
    """
    select = _selector(source)
    wanted = {str(PKD[r]) for r in releases} if releases else None
    found = _entities(select, wanted)
    wikidata: dict[str, str] = {}
    for e, wd in sorted(select(_WIKIDATA)):
        wikidata.setdefault(e, _local(wd))  # the first, should the knowledge base give two
    G = nx.MultiDiGraph()
    G.add_nodes_from(_node(e, found[e], wikidata.get(e)) for e in sorted(found))
    edges = _relations(select, found, wanted, include_kb)
    G.add_edges_from((s, o, k, {**d, "evidence": sorted(d["evidence"])}) for (s, o, k), d in sorted(edges.items()))
    return G


def _node(e: str, ent: _Entity, wikidata: str | None) -> tuple[str, dict]:
    label = ent.labels[max(ent.labels)]  # the label of the last release (by identifier) that gives one
    return e, {"label": label, "classes": sorted(ent.classes), "cls": main_class(ent.classes),
               "aliases": sorted(ent.aliases - {label}), "releases": sorted(ent.releases),
               "wikidata": wikidata, "evidence": sorted(ent.evidence)[:NODE_EVIDENCE]}


def release_view(G: nx.MultiDiGraph, release: str) -> nx.MultiDiGraph:
    """What one release says: its entities, its relations, and background facts between them."""
    keep = [n for n, a in G.nodes(data=True) if release in a.get("releases", ())]
    H = nx.MultiDiGraph()
    for n in keep:
        a = dict(G.nodes[n])
        a["evidence"] = [e for e in a.get("evidence", []) if e[0] == release]
        H.add_node(n, **a)
    H.add_edges_from((s, o, k, d) for s, o, k, d in G.subgraph(keep).edges(keys=True, data=True)
                     if d.get("kb") or d.get("release") == release)
    return H


def text_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Only the relations read from releases (no background facts)."""
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((s, o, k, d) for s, o, k, d in G.edges(keys=True, data=True) if not d.get("kb"))
    return H


def simple_graph(G: nx.MultiDiGraph, nodes: list[str] | None = None) -> nx.Graph:
    """``G`` (or its subgraph on ``nodes``) as a simple undirected graph without attributes.

    This is what the measures work on. ``nx.Graph(G.to_undirected())`` deep-copies every edge's
    evidence, which took seconds at a thousand releases; this reads the edge list only. Neighbours
    come in the same order as in that graph (its two passes are replayed: first the neighbours as
    the edges meet them, then the edges in that order), since seeded measures such as Louvain
    depend on that order. Make it once and pass it as ``simple=`` to the measures.
    """
    order = list(G) if nodes is None else list(nodes)
    adjacent: dict[str, dict[str, None]] = {n: {} for n in order}
    for s, o in G.edges(order):
        if o in adjacent:
            adjacent[s][o] = adjacent[o][s] = None
    H = nx.Graph()
    H.add_nodes_from(order)
    H.add_edges_from((s, o) for s, nbrs in adjacent.items() for o in nbrs)
    return H


def centrality(G: nx.MultiDiGraph, *, simple: nx.Graph | None = None) -> dict[str, float]:
    """PageRank of each node over the undirected entity graph (uniform when there are no edges).

    ``simple``: the graph to rank, ``simple_graph(G)`` unless the caller has made it already.
    """
    H = simple_graph(G) if simple is None else simple
    if len(H) == 0:
        return {}
    if H.number_of_edges() == 0:
        return {n: 1 / len(H) for n in H}
    rank = nx.pagerank(H)
    return {n: round(v, 12) for n, v in rank.items()}  # stable digits: reproducible pages


#: Past this many nodes, betweenness is estimated from this many sources.
BETWEENNESS_SOURCES = 50


def measures(G: nx.MultiDiGraph, *, simple: nx.Graph | None = None) -> dict[str, dict[str, float]]:
    """Degree, PageRank and betweenness of every node.

    Betweenness (networkx) is exact up to :data:`BETWEENNESS_SOURCES` nodes; past that it is
    estimated from the shortest paths of that many source nodes drawn with a fixed seed, so the
    same graph always gives the same estimate, at a cost that does not grow with the square of
    the graph.
    """
    H = simple_graph(G) if simple is None else simple
    k = None if len(H) <= BETWEENNESS_SOURCES else BETWEENNESS_SOURCES
    between = nx.betweenness_centrality(H, k=k, seed=7) if len(H) else {}
    return {"degree": dict(G.degree()), "pagerank": centrality(G, simple=H),
            "betweenness": {n: round(v, 12) for n, v in between.items()}}


def communities(G: nx.MultiDiGraph, *, seed: int = 42, simple: nx.Graph | None = None) -> list[list[str]]:
    """Louvain communities (networkx), largest first, members sorted: reproducible with ``seed``.

    ``simple``: ``simple_graph(G)`` if the caller has made it already.
    """
    H = simple_graph(G) if simple is None else simple
    if H.number_of_edges() == 0:
        return [[n] for n in sorted(H)]
    parts = nx.community.louvain_communities(H, seed=seed)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p))


@dataclass(frozen=True)
class Hop:
    source: str
    prop: str
    target: str
    forward: bool
    release: str
    evidence: str


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node a name denotes (label or other name, any case).

    Raises:
        InputError: no such entity, with the closest names as suggestions.
    """
    want = name.strip().casefold()
    for n, a in G.nodes(data=True):
        if a.get("label", "").casefold() == want or want in (x.casefold() for x in a.get("aliases", [])):
            return n
    names = sorted({a.get("label", "") for _, a in G.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(f"no entity named {name!r} in the graph{hint}")


def path(G: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """The shortest chain of relations between two entities (any direction), each hop with its evidence."""
    src, dst = find_entity(G, a), find_entity(G, b)
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for s, o, _, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if not H.has_edge(s, o):
            H.add_edge(s, o, hops=[])
        H.edges[s, o]["hops"].append((s, o, d))
    try:
        nodes = nx.shortest_path(H, src, dst)
    except nx.NetworkXNoPath:
        raise InputError(f"{a!r} and {b!r} are not connected in this graph") from None
    hops = []
    for x, y in zip(nodes, nodes[1:], strict=False):
        s, o, d = sorted(H.edges[x, y]["hops"], key=lambda h: (h[2].get("kb", False), not h[2].get("evidence")))[0]
        hops.append(Hop(x, d["property"], y, forward=(s == x), release=d.get("release", ""),
                        evidence=(d.get("evidence") or [""])[0]))
    return hops


def stats(G: nx.MultiDiGraph, *, top: int = 10, simple: nx.Graph | None = None) -> dict:
    """Counts per class and per property, and the most central entities.

    ``simple``: ``simple_graph(G)`` if the caller has made it already.
    """
    classes = Counter(a.get("cls", "") for _, a in G.nodes(data=True))
    props = Counter(d.get("property", "") for *_, d in G.edges(data=True))
    rank = centrality(G, simple=simple)
    best = sorted(rank, key=lambda n: (-rank[n], n))[:top]
    return {"entities": G.number_of_nodes(), "relations": G.number_of_edges(),
            "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
            "properties": dict(sorted(props.items(), key=lambda kv: (-kv[1], kv[0]))),
            "top": [(G.nodes[n]["label"], round(rank[n], 4), G.degree(n)) for n in best]}


#: Control characters XML 1.0 does not allow: a release's text can hold some (they are dropped).
_NOT_XML = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def _xml(text: str) -> str:
    """Text as XML keeps it: without forbidden characters, line ends as new lines (XML reads a
    carriage return as one anyway)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_NOT_XML)


def for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes that XML can hold, as GraphML and GEXF require."""
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, {"label": _xml(a.get("label", "")), "cls": a.get("cls", ""),
                          "aliases": _xml("; ".join(a.get("aliases", []))), "wikidata": a.get("wikidata") or "",
                          "releases": "; ".join(a.get("releases", []))}) for n, a in G.nodes(data=True))
    H.add_edges_from((s, o, k, {"property": d.get("property", ""), "release": d.get("release", ""),
                                "kb": bool(d.get("kb")), "evidence": _xml(" | ".join(d.get("evidence", [])))})
                     for s, o, k, d in G.edges(keys=True, data=True))
    return H

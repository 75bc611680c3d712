"""The entity graph as networkx, and measures of who matters and how things connect.

:func:`to_networkx` turns the release graphs into a ``MultiDiGraph`` whose
nodes are entities (class, label, other names, Wikidata id, evidence) and
whose edges are core relations named by property, each with its evidence
sentences. The measures are pure functions of that graph, as in networkx.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass
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

_EDGES = """
SELECT ?g ?s ?p ?o ?sentence WHERE {{
  GRAPH ?g {{ ?s ?p ?o .
    OPTIONAL {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sn .
               ?sn nif:anchorOf ?sentence }} }}
  VALUES ?p {{ {} }}
}}""".format(" ".join(f"pk:{p}" for p in CORE_RELATIONS))

_NODES = """
SELECT ?g ?e ?label ?type ?alias WHERE {
  GRAPH ?g { ?g a pk:Release ; pk:mentions ?e . ?e rdfs:label ?label ; a ?type . OPTIONAL { ?e skos:altLabel ?alias } }
} ORDER BY ?g ?e ?type ?alias"""

_MENTIONS = """
SELECT ?g ?e ?sentence WHERE {
  GRAPH ?g { ?g a pk:Release . ?m itsrdf:taIdentRef ?e ; nif:sentence ?sn . ?sn nif:anchorOf ?sentence }
}"""

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


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def main_class(classes) -> str:
    for c in _PRIORITY:
        if c in classes:
            return c
    return sorted(classes)[0] if classes else "Thing"


class _Rows:
    """SPARQL rows from an Oxigraph store or an rdflib dataset, as dicts of strings."""

    def __init__(self, source):
        self.source = source
        if isinstance(source, (str, Path)):
            from .store import open_store

            self.source = open_store(source)

    def __call__(self, query: str):
        if isinstance(self.source, ox.Store):
            from .query import with_prefixes

            res = self.source.query(with_prefixes(query))
            names = [v.value for v in res.variables]
            for sol in res:
                yield _Row({n: (sol[n].value if sol[n] is not None else None) for n in names})
        else:
            for row in self.source.query(query, initNs=dict(PREFIXES)):
                yield _Row({k: (str(v) if v is not None else None) for k, v in row.asdict().items()})


class _Row(dict):
    def __getattr__(self, name):
        return self.get(name)


def to_networkx(source, *, releases: list[str] | None = None, include_kb: bool = False) -> nx.MultiDiGraph:
    """The entity graph of the release graphs.

    Args:
        source: a build folder, its Oxigraph store, or an rdflib dataset.
        releases: only these release identifiers (default: all).
        include_kb: add the knowledge base's facts between the entities shown, flagged ``kb=True``.
    """
    G = nx.MultiDiGraph()
    wanted = {str(PKD[r]) for r in releases} if releases else None
    rows = _Rows(source)
    attrs: dict[str, dict] = defaultdict(lambda: {"classes": set(), "aliases": set(), "releases": set(),
                                                  "evidence": []})
    labels: dict[str, str] = {}
    for row in rows(_NODES):
        g, e = str(row.g), str(row.e)
        if wanted and g not in wanted:
            continue
        a = attrs[e]
        labels[e] = str(row.label)
        if str(row.type).startswith(str(PK._NS)):
            a["classes"].add(_local(str(row.type)))
        if row.alias is not None:
            a["aliases"].add(str(row.alias))
        a["releases"].add(_local(g))
    for row in rows(_MENTIONS):
        e = str(row.e)
        if e in attrs and (not wanted or str(row.g) in wanted):
            item = (_local(str(row.g)), str(row.sentence))
            if item not in attrs[e]["evidence"]:
                attrs[e]["evidence"].append(item)
    wikidata = {str(r.e): _local(str(r.wd)) for r in rows(_WIKIDATA)}
    for e in sorted(attrs):
        a = attrs[e]
        G.add_node(e, label=labels[e], classes=sorted(a["classes"]), cls=main_class(a["classes"]),
                   aliases=sorted(a["aliases"] - {labels[e]}), releases=sorted(a["releases"]),
                   wikidata=wikidata.get(e), evidence=sorted(a["evidence"])[:5])
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    for row in rows(_EDGES):
        g, s, o = str(row.g), str(row.s), str(row.o)
        kb = g == str(KB_GRAPH)
        outside = not kb and wanted and g not in wanted
        if g in skip or s not in G or o not in G or (kb and not include_kb) or outside:
            continue
        p = _local(str(row.p))
        key = f"{p}@{_local(g)}"
        if not G.has_edge(s, o, key):
            G.add_edge(s, o, key=key, property=p, release=_local(g), kb=kb, evidence=[])
        ev = G.edges[s, o, key]["evidence"]
        if row.sentence is not None and str(row.sentence) not in ev:
            ev.append(str(row.sentence))
            ev.sort()
    return G


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


def centrality(G: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of each node over the undirected entity graph (uniform when there are no edges)."""
    if G.number_of_nodes() == 0:
        return {}
    H = nx.Graph(G.to_undirected())
    if H.number_of_edges() == 0:
        return {n: 1 / len(H) for n in H}
    rank = nx.pagerank(H)
    return {n: round(v, 12) for n, v in rank.items()}  # stable digits: reproducible pages


def measures(G: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Degree, PageRank and betweenness of every node."""
    H = nx.Graph(G.to_undirected())
    # exact up to a few hundred nodes, then estimated from a fixed sample of sources (reproducible)
    k = None if len(H) <= 300 else 300
    between = nx.betweenness_centrality(H, k=k, seed=7) if len(H) else {}
    return {"degree": dict(G.degree()), "pagerank": centrality(G),
            "betweenness": {n: round(v, 12) for n, v in between.items()}}


def communities(G: nx.MultiDiGraph, *, seed: int = 42) -> list[list[str]]:
    """Louvain communities (networkx), largest first, members sorted: reproducible with ``seed``."""
    H = nx.Graph(G.to_undirected())
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


def stats(G: nx.MultiDiGraph, *, top: int = 10) -> dict:
    """Counts per class and per property, and the most central entities."""
    classes = Counter(a.get("cls", "") for _, a in G.nodes(data=True))
    props = Counter(d.get("property", "") for *_, d in G.edges(data=True))
    rank = centrality(G)
    best = sorted(rank, key=lambda n: (-rank[n], n))[:top]
    return {"entities": G.number_of_nodes(), "relations": G.number_of_edges(),
            "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
            "properties": dict(sorted(props.items(), key=lambda kv: (-kv[1], kv[0]))),
            "top": [(G.nodes[n]["label"], round(rank[n], 4), G.degree(n)) for n in best]}


def for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, as GraphML and GEXF require."""
    H = nx.MultiDiGraph()
    for n, a in G.nodes(data=True):
        H.add_node(n, label=a.get("label", ""), cls=a.get("cls", ""), aliases="; ".join(a.get("aliases", [])),
                   wikidata=a.get("wikidata") or "", releases="; ".join(a.get("releases", [])))
    for s, o, k, d in G.edges(keys=True, data=True):
        H.add_edge(s, o, key=k, property=d.get("property", ""), release=d.get("release", ""),
                   kb=bool(d.get("kb")), evidence=" | ".join(d.get("evidence", [])))
    return H

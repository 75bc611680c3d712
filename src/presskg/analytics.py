"""The entity graph as networkx, and measures of who matters and how things connect.

:func:`to_networkx` turns the release graphs into a ``MultiDiGraph`` whose
nodes are entities (with class, label, names, Wikidata id, evidence) and whose
edges are core relations named by property, each with its evidence sentence.
Measures are pure functions of that graph, as in networkx.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import Dataset, URIRef

from .vocab import KB_GRAPH, ONTOLOGY_GRAPH, INFERRED_GRAPH, PK, PKD, PREFIXES

CORE_RELATIONS = (
    "headOf", "memberOf", "partnerOf", "operatedBy", "contributesTo", "providedBy", "deliveredTo",
    "partOf", "target", "orbits", "launchSite", "landedOn", "country", "locatedIn", "participant",
    "topic", "signatory", "signedAt", "returned", "sampleFrom",
)

_QUERY = """
SELECT ?g ?s ?p ?o ?sentence WHERE {
  GRAPH ?g { ?s ?p ?o .
    OPTIONAL { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sn .
               ?sn nif:anchorOf ?sentence } }
  VALUES ?p { %s }
}
""" % " ".join(f"pk:{p}" for p in CORE_RELATIONS)

_NODES = """
SELECT ?g ?e ?label ?type ?alias ?wd WHERE {
  GRAPH ?g { ?rel pk:mentions ?e . ?e rdfs:label ?label ; a ?type . OPTIONAL { ?e skos:altLabel ?alias } }
  OPTIONAL { GRAPH ?kb { ?e owl:sameAs ?wd } FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
}
"""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def to_networkx(dataset: Dataset, *, releases: list[str] | None = None,
                include_kb: bool = False) -> nx.MultiDiGraph:
    """The entity graph of the release graphs (and optionally the knowledge base's facts).

    Args:
        dataset: a built dataset.
        releases: only these release identifiers (default: all).
        include_kb: add background facts between the entities shown, flagged ``kb=True``.
    """
    G = nx.MultiDiGraph()
    wanted = {str(PKD[r]) for r in releases} if releases else None
    skip = {str(KB_GRAPH), str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    ns = dict(PREFIXES)
    names: dict[str, set[str]] = defaultdict(set)
    for row in dataset.query(_NODES, initNs=ns):
        g, e = str(row.g), str(row.e)
        if g in skip or (wanted and g not in wanted):
            continue
        cls = _local(str(row.type))
        attrs = G.nodes[e] if e in G else {}
        classes = set(attrs.get("classes", ())) | ({cls} if str(row.type).startswith(str(PK._NS)) else set())
        if row.alias is not None:
            names[e].add(str(row.alias))
        G.add_node(e, label=str(row.label), classes=sorted(classes),
                   cls=_main_class(classes), wikidata=_local(str(row.wd)) if row.wd else attrs.get("wikidata"),
                   releases=sorted(set(attrs.get("releases", ())) | {_local(g)}))
    for e, al in names.items():
        G.nodes[e]["aliases"] = sorted(al)
    for row in dataset.query(_QUERY, initNs=ns):
        g = str(row.g)
        s, o = str(row.s), str(row.o)
        if g == str(KB_GRAPH):
            if not include_kb or s not in G or o not in G:
                continue
        elif g in skip or (wanted and g not in wanted) or s not in G or o not in G:
            continue
        p = _local(str(row.p))
        key = f"{p}@{_local(g)}"
        if G.has_edge(s, o, key):
            ev = G.edges[s, o, key].setdefault("evidence", [])
            if row.sentence and str(row.sentence) not in ev:
                ev.append(str(row.sentence))
            continue
        G.add_edge(s, o, key=key, property=p, release=_local(g), kb=g == str(KB_GRAPH),
                   evidence=[str(row.sentence)] if row.sentence else [])
    for n in G.nodes:
        G.nodes[n].setdefault("aliases", [])
    return G


#: Most specific class first, so a node shows its best class.
_PRIORITY = (
    "Person", "SpaceAgency", "ResearchInstitute", "Company", "GovernmentBody", "Organization",
    "Country", "City", "Spaceport", "Facility", "Place", "Lander", "Rover", "Probe", "Satellite",
    "SpaceStation", "Spacecraft", "Mission", "LaunchVehicle", "Instrument", "Planet", "Moon",
    "Asteroid", "Comet", "Star", "CelestialBody", "Meeting", "Conference", "Campaign", "Launch",
    "Landing", "SampleReturn", "Event", "Agreement", "Sample", "Topic",
)


def _main_class(classes: set[str]) -> str:
    for c in _PRIORITY:
        if c in classes:
            return c
    return sorted(classes)[0] if classes else "Thing"


def centrality(G: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of each node over the undirected entity graph (0 for an empty graph)."""
    if G.number_of_nodes() == 0:
        return {}
    H = nx.Graph(G.to_undirected())
    return nx.pagerank(H) if H.number_of_edges() else {n: 1 / len(H) for n in H}


def entity_by_iri(G: nx.MultiDiGraph, iri: str | URIRef) -> dict:
    return G.nodes[str(iri)]

"""Concise bounded descriptions of the published IRIs, read from the build's Oxigraph store.

A handful of SPARQL queries read, once, the default graph (every fact), the provenance
statements and the mentions of every release graph; the descriptions are then cut in memory,
which keeps a 1,000-release build to seconds where a query per entity would take minutes.

* an **entity** (``pkr:…``, ``…/kb/…``): its own triples, outgoing and incoming; the types,
  labels, titles and dates of what they link to; the ``rdf:Statement`` of each fact that
  involves it, with the sentence that states it; and the mentions of it in the releases;
* a **release** (``pkd:…``): its whole named graph (metadata, text, sentences, mentions,
  facts and their provenance); its hash IRIs (``#char=…``, ``#mention=…``) live in it;
* the **ontology**: the ontology's named graph (every class and property, hash IRIs).

Each description carries a digest of its sorted triples: the site rewrites a page only when it
changed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..vocab import ITSRDF, NIF, ONTOLOGY_GRAPH, ONTOLOGY_IRI, PREFIXES
from .paths import document_iri, is_published

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
#: What a description says of the things its entity links to.
LINK_PREDICATES = {ox.NamedNode(i) for i in (
    PREFIXES["rdf"] + "type", PREFIXES["rdfs"] + "label", PREFIXES["dcterms"] + "title",
    PREFIXES["dcterms"] + "date")}

_MENTIONS = """
CONSTRUCT { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?a }
WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?a } }"""
_RELEASES = "SELECT ?r WHERE { ?r a pk:Release } ORDER BY ?r"


@dataclass(frozen=True)
class Description:
    """What one document of the site says: its IRI, its kind and its triples (sorted)."""

    iri: str
    kind: str  # "entity", "release" or "ontology"
    triples: tuple[ox.Triple, ...]
    digest: str


def _described(iri: str, kind: str, triples: set[ox.Triple]) -> Description:
    ordered = sorted(triples, key=str)
    digest = hashlib.sha256("\n".join(map(str, ordered)).encode()).hexdigest()
    return Description(iri, kind, tuple(ordered), digest)


@dataclass
class Snapshot:
    """The parts of a build the site is made from, indexed for cutting descriptions: the default
    graph, the releases, which releases say something of each entity, and (once
    :func:`load_provenance` has run) every statement, sentence and mention."""

    default: list[ox.Triple]
    by_subject: dict[ox.NamedNode, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    by_object: dict[ox.NamedNode, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    releases: list[str] = field(default_factory=list)
    involved: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    loaded: bool = False
    statements: dict[ox.Term, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    about: dict[ox.Term, set[ox.Term]] = field(default_factory=lambda: defaultdict(set))
    mentions: dict[ox.Term, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))

    def documents(self) -> list[str]:
        """Every document the site publishes: one per subject IRI of the default graph (hash
        IRIs in their document), sorted."""
        docs = {document_iri(t.subject.value) for t in self.default
                if isinstance(t.subject, ox.NamedNode) and is_published(t.subject.value)}
        return sorted(docs | set(self.releases))


_HEAD = "".join(f"PREFIX {p}: <{i}>\n" for p, i in PREFIXES.items())
_INVOLVED = """SELECT DISTINCT ?e ?g WHERE { GRAPH ?g {
  { ?x rdf:subject ?e } UNION { ?x rdf:object ?e } UNION { ?x itsrdf:taIdentRef ?e } } FILTER(isIRI(?e)) }"""
NIF_ANCHOR = ox.NamedNode(str(NIF.anchorOf))
NIF_SENTENCE = ox.NamedNode(str(NIF.Sentence))
TA_IDENT_REF = ox.NamedNode(str(ITSRDF.taIdentRef))
_SUBJECT_OBJECT = (ox.NamedNode(PREFIXES["rdf"] + "subject"), ox.NamedNode(PREFIXES["rdf"] + "object"))
_DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_STATEMENT = ox.NamedNode(PREFIXES["rdf"] + "Statement")


def read_snapshot(store: ox.Store) -> Snapshot:
    """Read the default graph, the releases and which releases speak of each entity."""
    snap = Snapshot(list(store.query(_HEAD + "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")))
    for t in snap.default:
        snap.by_subject[t.subject].append(t)
        snap.by_object[t.object].append(t)
    snap.releases = [s["r"].value for s in store.query(_HEAD + _RELEASES) if is_published(s["r"].value)]
    for row in store.query(_HEAD + _INVOLVED):
        snap.involved[row["e"].value].add(row["g"].value)
    return snap


def load_provenance(store: ox.Store, snap: Snapshot) -> None:
    """Read every statement, sentence and mention at once: for publishing many entities, far
    faster than a query per entity."""
    statements, mentions = _provenance(store)
    for st, ts in statements.items():
        for t in ts:
            if t.subject == st and t.predicate in _SUBJECT_OBJECT:
                snap.about[t.object].add(st)
    snap.statements.update(statements)
    for pair in mentions:
        snap.mentions[pair[0].object].update(pair)
    snap.loaded = True


def _provenance(store: ox.Store) -> tuple[dict[ox.Term, set[ox.Triple]], list[tuple[ox.Triple, ...]]]:
    """Every statement: statement -> its triples and those of its sentence; and every mention:
    (taIdentRef triple, anchorOf triple)."""
    query = ("CONSTRUCT { ?st ?p ?o . ?sent a nif:Sentence ; nif:anchorOf ?text } WHERE { GRAPH ?g { "
             "?st a rdf:Statement ; ?p ?o . OPTIONAL { ?st prov:wasDerivedFrom ?sent . "
             "?sent a nif:Sentence ; nif:anchorOf ?text } } }")
    statements: dict[ox.Term, set[ox.Triple]] = defaultdict(set)
    sentences: dict[ox.Term, set[ox.Triple]] = defaultdict(set)
    for t in store.query(_HEAD + query):
        if t.predicate == NIF_ANCHOR or (t.predicate == RDF_TYPE and t.object == NIF_SENTENCE):
            sentences[t.subject].add(t)
        else:
            statements[t.subject].add(t)
    for ts in statements.values():
        ts.update(*(sentences.get(t.object, ()) for t in list(ts) if t.predicate == _DERIVED))
    text: dict[ox.Term, ox.Triple] = {}
    refs: list[ox.Triple] = []
    for t in store.query(_HEAD + _MENTIONS):
        if t.predicate == TA_IDENT_REF:
            refs.append(t)
        else:
            text[t.subject] = t
    return statements, [(r, text[r.subject]) if r.subject in text else (r,) for r in refs]


def _entity_provenance(store: ox.Store, node: ox.NamedNode) -> set[ox.Triple]:
    """What :func:`load_provenance` holds of one entity, read by index lookups (a query with the
    entity bound is joined in an order that reads every statement of every graph)."""
    out: set[ox.Triple] = set()
    for p in _SUBJECT_OBJECT:
        for q in store.quads_for_pattern(None, p, node, None):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            own = [x.triple for x in store.quads_for_pattern(q.subject, None, None, q.graph_name)]
            if not any(t.predicate == RDF_TYPE and t.object == _STATEMENT for t in own):
                continue
            out.update(own)
            for t in own:
                if t.predicate == _DERIVED:
                    sentence = [x.triple for x in store.quads_for_pattern(t.object, None, None, q.graph_name)]
                    if any(x.predicate == RDF_TYPE and x.object == NIF_SENTENCE for x in sentence):
                        out.update(x for x in sentence if x.predicate == NIF_ANCHOR
                                   or (x.predicate == RDF_TYPE and x.object == NIF_SENTENCE))
    for q in store.quads_for_pattern(None, TA_IDENT_REF, node, None):
        text = [x.triple for x in store.quads_for_pattern(q.subject, NIF_ANCHOR, None, q.graph_name)]
        if text:
            out.add(q.triple)
            out.update(text)
    return out


def _own(snap: Snapshot, node: ox.NamedNode) -> set[ox.Triple]:
    """An entity's triples of the default graph, both ways, and what they link to."""
    own = snap.by_subject.get(node, []) + snap.by_object.get(node, [])
    triples = set(own)
    for t in own:
        other = t.object if t.subject == node else t.subject
        if isinstance(other, ox.NamedNode) and other != node:
            triples.update(x for x in snap.by_subject.get(other, ()) if x.predicate in LINK_PREDICATES)
    return triples


def describe_entity(store: ox.Store, snap: Snapshot, iri: str) -> Description:
    """The entity's own triples both ways, what they link to, and the provenance of each fact."""
    node = ox.NamedNode(iri)
    triples = _own(snap, node)
    if snap.loaded:
        for st in snap.about.get(node, ()):
            triples |= snap.statements[st]
        triples |= snap.mentions.get(node, set())
    elif iri in snap.involved:
        triples |= _entity_provenance(store, node)
    return _described(iri, "entity", triples)


def graph_text(store: ox.Store, graph: str) -> bytes:
    """A named graph as N-Triples, straight from the store (in the store's own, stable order)."""
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))


def digests(store: ox.Store, snap: Snapshot, docs: list[str], known: dict[str, str]) -> dict[str, str]:
    """A digest per document that changes when its description does, without making it: a
    release or the ontology by its graph's hash (``known``: the build's own, graph IRI -> hash;
    else the hash of its text in the store); an entity by its triples of the default graph and
    the digests of the releases that say something of it."""

    def graph_hash(g: str) -> str:
        return known.get(g) or hashlib.sha256(graph_text(store, g)).hexdigest()

    graph_digest = {r: graph_hash(r) for r in snap.releases}
    out = {}
    for doc in docs:
        if doc == ONTOLOGY_IRI:
            out[doc] = graph_hash(str(ONTOLOGY_GRAPH))
        elif doc in graph_digest:
            out[doc] = graph_digest[doc]
        else:
            h = hashlib.sha256("\n".join(sorted(map(str, _own(snap, ox.NamedNode(doc))))).encode())
            for r in sorted(snap.involved.get(doc, ())):
                h.update(f"\n{r} {graph_digest.get(r, '')}".encode())
            out[doc] = h.hexdigest()
    return out


def describe(store: ox.Store, snap: Snapshot, iri: str) -> Description:
    """The description of the document ``iri``."""
    if iri == ONTOLOGY_IRI or iri in snap.releases:
        graph = str(ONTOLOGY_GRAPH) if iri == ONTOLOGY_IRI else iri
        triples = set(ox.parse(graph_text(store, graph), format=ox.RdfFormat.N_TRIPLES))
        return _described(iri, "ontology" if iri == ONTOLOGY_IRI else "release", triples)
    return describe_entity(store, snap, iri)

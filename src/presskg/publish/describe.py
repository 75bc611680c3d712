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

_STATEMENTS = """
CONSTRUCT { ?st ?p ?o . ?sent a ?t ; nif:anchorOf ?text }
WHERE { GRAPH ?g { ?st a rdf:Statement ; ?p ?o .
  OPTIONAL { ?st prov:wasDerivedFrom ?sent . ?sent nif:anchorOf ?text ; a ?t } } }"""
_MENTIONS = """
CONSTRUCT { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?a }
WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?a } }"""
_RELEASES = "SELECT ?r WHERE { ?r a pk:Release } ORDER BY ?r"
_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


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
    """The parts of a build the site is made from, indexed for cutting descriptions."""

    default: list[ox.Triple]
    by_subject: dict[ox.NamedNode, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    by_object: dict[ox.NamedNode, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    statements: dict[ox.Term, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    about: dict[ox.Term, set[ox.Term]] = field(default_factory=lambda: defaultdict(set))
    sentences: dict[ox.Term, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    mentions: dict[ox.Term, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    releases: list[str] = field(default_factory=list)

    def documents(self) -> list[str]:
        """Every document the site publishes: one per subject IRI of the default graph (hash
        IRIs in their document), sorted."""
        docs = {document_iri(t.subject.value) for t in self.default
                if isinstance(t.subject, ox.NamedNode) and is_published(t.subject.value)}
        return sorted(docs | set(self.releases))


def read_snapshot(store: ox.Store) -> Snapshot:
    """Read what the site needs from ``store`` (a build's store, read-only)."""
    head = "".join(f"PREFIX {p}: <{i}>\n" for p, i in PREFIXES.items())
    snap = Snapshot(list(store.query(head + "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")))
    for t in snap.default:
        snap.by_subject[t.subject].append(t)
        snap.by_object[t.object].append(t)
    subject_p = ox.NamedNode(PREFIXES["rdf"] + "subject")
    object_p = ox.NamedNode(PREFIXES["rdf"] + "object")
    derived = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
    sentence_triples: dict[ox.Term, set[ox.Triple]] = defaultdict(set)
    for t in store.query(head + _STATEMENTS):
        if t.predicate in (NIF_ANCHOR, RDF_TYPE) and (t.predicate == NIF_ANCHOR or t.object == NIF_SENTENCE):
            sentence_triples[t.subject].add(t)
        if t.predicate in (subject_p, object_p):
            snap.about[t.object].add(t.subject)
        snap.statements[t.subject].add(t)
    for st, ts in snap.statements.items():  # a statement's triples, and those of its sentence
        for t in list(ts):
            if t.predicate == derived:
                snap.sentences[st] |= sentence_triples.get(t.object, set())
    mention_text = {}
    for t in store.query(head + _MENTIONS):
        if t.predicate == TA_IDENT_REF:
            snap.mentions[t.object].add(t)
        else:
            mention_text[t.subject] = t
    for ts in snap.mentions.values():
        ts |= {mention_text[t.subject] for t in list(ts) if t.subject in mention_text}
    snap.releases = [s["r"].value for s in store.query(head + _RELEASES) if is_published(s["r"].value)]
    return snap


NIF_ANCHOR = ox.NamedNode(str(NIF.anchorOf))
NIF_SENTENCE = ox.NamedNode(str(NIF.Sentence))
TA_IDENT_REF = ox.NamedNode(str(ITSRDF.taIdentRef))


def describe_entity(snap: Snapshot, iri: str) -> Description:
    """The entity's own triples both ways, what they link to, and the provenance of each fact."""
    node = ox.NamedNode(iri)
    own = snap.by_subject.get(node, []) + snap.by_object.get(node, [])
    triples = set(own)
    for t in own:
        other = t.object if t.subject == node else t.subject
        if isinstance(other, ox.NamedNode) and other != node:
            triples.update(x for x in snap.by_subject.get(other, ()) if x.predicate in LINK_PREDICATES)
    for st in sorted(snap.about.get(node, ()), key=str):
        triples |= snap.statements[st] | snap.sentences.get(st, set())
    triples |= snap.mentions.get(node, set())
    return _described(iri, "entity", triples)


def describe_graph(store: ox.Store, iri: str, graph: str, kind: str) -> Description:
    """A whole named graph as the description of ``iri`` (a release, or the ontology)."""
    return _described(iri, kind, set(store.query(_GRAPH, substitutions={ox.Variable("g"): ox.NamedNode(graph)})))


def describe(store: ox.Store, snap: Snapshot, iri: str) -> Description:
    """The description of the document ``iri``."""
    if iri == ONTOLOGY_IRI:
        return describe_graph(store, iri, str(ONTOLOGY_GRAPH), "ontology")
    if iri in snap.releases:
        return describe_graph(store, iri, iri, "release")
    return describe_entity(snap, iri)

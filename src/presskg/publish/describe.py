"""Concise bounded descriptions of the published IRIs, cut in memory from one pass over the store.

The build is read once, quad by quad (:func:`read_snapshot`): the default graph from the store,
the named graphs from the build's N-Quads export where it matches the build's manifest (else
from the store), and grouped: the
default graph (every fact) by subject and object, each named graph by itself, and from the
release graphs every provenance statement, its sentence and every mention. A description is then
a few dictionary look-ups: a 1,000-release build is described in seconds, where a SPARQL query
per document (or one CONSTRUCT over every statement plus a dump per release graph) took minutes.

* an **entity** (``pkr:…``, ``…/kb/…``): its own triples, outgoing and incoming; the types,
  labels, titles and dates of what they link to; the ``rdf:Statement`` of each fact that
  involves it, with the sentence that states it; and the mentions of it in the releases;
* a **release** (``pkd:…``): its whole named graph (metadata, text, sentences, mentions,
  facts and their provenance); its hash IRIs (``#char=…``, ``#mention=…``) live in it;
* the **ontology**: the ontology's named graph (every class and property, hash IRIs).

A description's triples are sorted; :func:`digests` gives the site a digest per document
(from the build's graph hashes) to decide what to rewrite, without cutting descriptions.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..vocab import ITSRDF, NIF, ONTOLOGY_GRAPH, ONTOLOGY_IRI, PK, PREFIXES
from .paths import document_iri, is_published

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
#: What a description says of the things its entity links to.
LINK_PREDICATES = {ox.NamedNode(i) for i in (
    PREFIXES["rdf"] + "type", PREFIXES["rdfs"] + "label", PREFIXES["dcterms"] + "title",
    PREFIXES["dcterms"] + "date")}
NIF_ANCHOR = ox.NamedNode(str(NIF.anchorOf))
NIF_SENTENCE = ox.NamedNode(str(NIF.Sentence))
TA_IDENT_REF = ox.NamedNode(str(ITSRDF.taIdentRef))
_SUBJECT_OBJECT = (ox.NamedNode(PREFIXES["rdf"] + "subject"), ox.NamedNode(PREFIXES["rdf"] + "object"))
_DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_STATEMENT = ox.NamedNode(PREFIXES["rdf"] + "Statement")
_RELEASE = ox.NamedNode(str(PK.Release))


@dataclass(frozen=True)
class Description:
    """What one document of the site says: its IRI, its kind and its triples (sorted)."""

    iri: str
    kind: str  # "entity", "release" or "ontology"
    triples: tuple[ox.Triple, ...]


def _described(iri: str, kind: str, triples: set[ox.Triple] | list[ox.Triple]) -> Description:
    """Sorted, so that the files come out the same whatever order the build was read in (the
    site's digests, :func:`digests`, are made without cutting descriptions)."""
    return Description(iri, kind, tuple(sorted(set(triples), key=str)))


@dataclass
class Snapshot:
    """The build, read once and indexed for cutting descriptions: the default graph (by subject,
    object and predicate), every named graph, the releases, which releases say something of each
    entity, and every provenance statement and mention by the entity it is about."""

    default: list[ox.Triple] = field(default_factory=list)
    by_subject: dict[ox.Term, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    by_object: dict[ox.Term, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    graphs: dict[str, list[ox.Triple]] = field(default_factory=lambda: defaultdict(list))
    releases: list[str] = field(default_factory=list)
    involved: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    statements: dict[ox.Term, set[ox.Triple]] = field(default_factory=dict)
    about: dict[ox.Term, set[ox.Term]] = field(default_factory=lambda: defaultdict(set))
    mentions: dict[ox.Term, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    release_set: frozenset[str] = frozenset()

    def documents(self) -> list[str]:
        """Every document the site publishes: one per subject IRI of the default graph (hash
        IRIs in their document), sorted."""
        docs = {document_iri(t.subject.value) for t in self.default
                if isinstance(t.subject, ox.NamedNode) and is_published(t.subject.value)}
        return sorted(docs | set(self.releases))


_INVOLVED = f"""SELECT DISTINCT ?e ?g WHERE {{ GRAPH ?g {{
  {{ ?x <{_SUBJECT_OBJECT[0].value}> ?e }} UNION {{ ?x <{_SUBJECT_OBJECT[1].value}> ?e }}
  UNION {{ ?x <{TA_IDENT_REF.value}> ?e }} }} FILTER(isIRI(?e)) }}"""


def read_snapshot(store: ox.Store, nquads: Path | None = None, *, graphs: bool = True) -> Snapshot:
    """Read the default graph, which releases speak of each entity and (unless ``graphs`` is
    false) every named graph, and index what the descriptions are cut from. Without the named
    graphs a snapshot still gives every document and its digest: enough to find that nothing
    changed. ``nquads``: see :func:`load_graphs`."""
    snap = Snapshot()
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        t = q.triple
        snap.default.append(t)
        snap.by_subject[t.subject].append(t)
        snap.by_object[t.object].append(t)
    snap.releases = sorted({t.subject.value for t in snap.default if t.predicate == RDF_TYPE
                            and t.object == _RELEASE and is_published(t.subject.value)})
    snap.release_set = frozenset(snap.releases)
    for row in store.query(_INVOLVED):
        snap.involved[row["e"].value].add(row["g"].value)
    if graphs:
        load_graphs(snap, store, nquads)
    return snap


def load_graphs(snap: Snapshot, store: ox.Store, nquads: Path | None = None) -> None:
    """Read every named graph once, and file its statements, sentences and mentions by what
    they are about. ``nquads``: the build's N-Quads export, when it is known to hold the store's
    named graphs (parsing it is about three times faster than decoding them from the store)."""
    named = (ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS) if nquads is not None
             else (q for g in store.named_graphs() for q in store.quads_for_pattern(None, None, None, g)))
    for q in named:
        g = q.graph_name
        if not isinstance(g, ox.DefaultGraph):
            snap.graphs[g.value].append(q.triple)
    for name, triples in snap.graphs.items():
        _read_provenance(snap, name, triples)


def _read_provenance(snap: Snapshot, graph: str, triples: list[ox.Triple]) -> None:
    """The statements, sentences and mentions of one named graph, filed by what they are about."""
    own: dict[ox.Term, list[ox.Triple]] = defaultdict(list)
    statements, sentences, refs = [], set(), []
    for t in triples:
        own[t.subject].append(t)
        p = t.predicate
        if p == RDF_TYPE:
            if t.object == _STATEMENT:
                statements.append(t.subject)
            elif t.object == NIF_SENTENCE:
                sentences.add(t.subject)
        elif p == TA_IDENT_REF:
            refs.append(t)
    for st in statements:
        ts = set(own[st])
        for t in own[st]:
            if t.predicate == _DERIVED and t.object in sentences:
                ts.update(x for x in own[t.object] if x.predicate == NIF_ANCHOR
                          or (x.predicate == RDF_TYPE and x.object == NIF_SENTENCE))
            elif t.predicate in _SUBJECT_OBJECT:
                snap.about[t.object].add(st)
        snap.statements[st] = ts
    for r in refs:
        text = [x for x in own[r.subject] if x.predicate == NIF_ANCHOR]
        if text:
            snap.mentions[r.object].add(r)
            snap.mentions[r.object].update(text)


def _own(snap: Snapshot, node: ox.NamedNode) -> set[ox.Triple]:
    """An entity's triples of the default graph, both ways, and what they link to."""
    own = snap.by_subject.get(node, []) + snap.by_object.get(node, [])
    triples = set(own)
    for t in own:
        other = t.object if t.subject == node else t.subject
        if isinstance(other, ox.NamedNode) and other != node:
            triples.update(x for x in snap.by_subject.get(other, ()) if x.predicate in LINK_PREDICATES)
    return triples


def describe_entity(snap: Snapshot, iri: str) -> Description:
    """The entity's own triples both ways, what they link to, and the provenance of each fact."""
    node = ox.NamedNode(iri)
    triples = _own(snap, node)
    for st in snap.about.get(node, ()):
        triples |= snap.statements[st]
    triples |= snap.mentions.get(node, set())
    return _described(iri, "entity", triples)


def digests(store: ox.Store, snap: Snapshot, docs: list[str], known: dict[str, str]) -> dict[str, str]:
    """A digest per document that changes when its description does, without making it: a
    release or the ontology by its graph's hash (``known``: the build's own, graph IRI -> hash;
    else the hash of its text in the store); an entity by its triples of the default graph and
    the digests of the releases that say something of it."""

    def graph_hash(g: str) -> str:
        return known.get(g) or hashlib.sha256(
            store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))).hexdigest()

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


def describe(snap: Snapshot, iri: str) -> Description:
    """The description of the document ``iri``."""
    if iri == ONTOLOGY_IRI or iri in snap.release_set:
        graph = str(ONTOLOGY_GRAPH) if iri == ONTOLOGY_IRI else iri
        return _described(iri, "ontology" if iri == ONTOLOGY_IRI else "release", snap.graphs.get(graph, []))
    return describe_entity(snap, iri)

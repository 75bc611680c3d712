"""Resolutions → a release's named graph, exactly as the graph contract says.

The graph holds the release's metadata, the text as NIF (context, sentences,
entity mentions), each entity's types, label and other names, the relations
and dates, and one ``rdf:Statement`` per relation or date that points to the
sentence supporting it, the rule that made it and its confidence. No blank
nodes anywhere, so serializations are deterministic.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..model import Evidence, Resolution
from ..vocab import ITSRDF, NIF, PK, PKD, SCHEMA

DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def release_iri(identifier: str) -> URIRef:
    return PKD[identifier]


def encode(resolution: Resolution, dataset: Dataset) -> Graph:
    """Write one release's named graph into ``dataset`` (replacing it) and return it."""
    rel = resolution.release
    node = release_iri(rel.identifier)
    dataset.remove_graph(dataset.graph(node))
    g = dataset.graph(node)
    _metadata(g, node, resolution)
    context = _text(g, node, resolution)
    for ent in resolution.entities:
        e = URIRef(ent.iri)
        for cls in sorted(ent.classes):
            g.add((e, RDF.type, PK[cls]))
        g.add((e, RDFS.label, Literal(ent.label)))
        for alias in sorted(ent.aliases):
            g.add((e, SKOS.altLabel, Literal(alias)))
        g.add((node, PK.mentions, e))
        for m in ent.mentions:
            _mention(g, node, context, m.start_char, m.end_char, m.text, e, resolution)
    for r in resolution.relations:
        s, p, o = URIRef(r.subject), PK[r.predicate], URIRef(r.object)
        g.add((s, p, o))
        _statement(g, node, (s, p, o), r.evidence)
    for d in resolution.dates:
        lit = Literal(d.value, datatype=DATE_TYPES[len(d.value)])
        g.add((URIRef(d.subject), PK.date, lit))
        _statement(g, node, (URIRef(d.subject), PK.date, lit), d.evidence)
    return g


def _metadata(g: Graph, node: URIRef, res: Resolution) -> None:
    rel = res.release
    g.add((node, RDF.type, PK.Release))
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, DCTERMS.identifier, Literal(rel.identifier)))
    if rel.title:
        g.add((node, DCTERMS.title, Literal(rel.title)))
    if rel.date:
        g.add((node, DCTERMS.date, Literal(rel.date.isoformat(), datatype=XSD.date)))
    if res.publisher:
        g.add((node, DCTERMS.publisher, URIRef(res.publisher)))
    if rel.source:
        g.add((node, DCTERMS.source, URIRef(rel.source) if rel.source.startswith(("http://", "https://"))
               else Literal(rel.source)))


def _offset(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def _text(g: Graph, node: URIRef, res: Resolution) -> URIRef:
    text = res.release.text
    context = URIRef(f"{node}#char=0,{len(text)}")
    g.add((context, RDF.type, NIF.Context))
    g.add((context, NIF.isString, Literal(text)))
    g.add((context, NIF.sourceUrl, node))
    for s in res.sentences:
        sent = sentence_iri(node, s.start_char, s.end_char)
        g.add((sent, RDF.type, NIF.Sentence))
        g.add((sent, NIF.anchorOf, Literal(s.text)))
        g.add((sent, NIF.beginIndex, _offset(s.start_char)))
        g.add((sent, NIF.endIndex, _offset(s.end_char)))
        g.add((sent, NIF.referenceContext, context))
    return context


def sentence_iri(node: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{node}#char={start},{end}")


def _mention(g: Graph, node: URIRef, context: URIRef, start: int, end: int, text: str, ent: URIRef,
             res: Resolution) -> None:
    phrase = URIRef(f"{node}#mention={start},{end}")
    g.add((phrase, RDF.type, NIF.Phrase))
    g.add((phrase, NIF.anchorOf, Literal(text)))
    g.add((phrase, NIF.beginIndex, _offset(start)))
    g.add((phrase, NIF.endIndex, _offset(end)))
    g.add((phrase, NIF.referenceContext, context))
    g.add((phrase, ITSRDF.taIdentRef, ent))
    for s in res.sentences:
        if s.start_char <= start < s.end_char:
            g.add((phrase, NIF.sentence, sentence_iri(node, s.start_char, s.end_char)))
            break


def _statement(g: Graph, node: URIRef, triple: tuple, ev: Evidence) -> None:
    digest = hashlib.sha1(
        "\n".join((*map(str, triple), str(ev.start_char), ev.method)).encode("utf-8")
    ).hexdigest()[:16]
    st = URIRef(f"{node}#stmt-{digest}")
    s, p, o = triple
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.type, PROV.Entity))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    g.add((st, PROV.wasDerivedFrom, sentence_iri(node, ev.start_char, ev.end_char)))
    g.add((st, PK.method, Literal(ev.method)))
    g.add((st, PK.confidence, Literal(Decimal(str(round(ev.confidence, 3))), datatype=XSD.decimal)))

"""Resolutions → a release's named graph, exactly as the graph contract says.

The graph holds the release's metadata, the text as NIF (context, sentences,
entity mentions), each entity's types, label and other names, the relations
and dates, and one ``rdf:Statement`` per relation or date that points to the
sentence supporting it, the rule that made it and its confidence. No blank
nodes anywhere, so serializations are deterministic.

Quads are made as Oxigraph terms: a build of a thousand releases writes a
million of them, and this keeps that cost small beside the language model's.
"""

from __future__ import annotations

import bisect
import hashlib
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..model import Evidence, Resolution
from ..vocab import ITSRDF, NIF, PK, PKD, SCHEMA

DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}

_N = ox.NamedNode


def _iri(term) -> ox.NamedNode:
    return _N(str(term))


# frequently used terms, made once
T = {name: _iri(term) for name, term in {
    "type": RDF.type, "label": RDFS.label, "alt": SKOS.altLabel, "mentions": PK.mentions,
    "Release": PK.Release, "NewsArticle": SCHEMA.NewsArticle, "identifier": DCTERMS.identifier,
    "title": DCTERMS.title, "date": DCTERMS.date, "publisher": DCTERMS.publisher, "source": DCTERMS.source,
    "Context": NIF.Context, "isString": NIF.isString, "sourceUrl": NIF.sourceUrl, "Sentence": NIF.Sentence,
    "anchorOf": NIF.anchorOf, "begin": NIF.beginIndex, "end": NIF.endIndex, "refContext": NIF.referenceContext,
    "Phrase": NIF.Phrase, "sentence": NIF.sentence, "taIdentRef": ITSRDF.taIdentRef,
    "Statement": RDF.Statement, "ProvEntity": PROV.Entity, "subject": RDF.subject, "predicate": RDF.predicate,
    "object": RDF.object, "derived": PROV.wasDerivedFrom, "method": PK.method, "confidence": PK.confidence,
    "pkdate": PK.date, "xsdDate": XSD.date, "nonNeg": XSD.nonNegativeInteger, "decimal": XSD.decimal,
}.items()}


#: Characters a release identifier keeps as they are in its IRI: RFC 3986 unreserved, sub-delims,
#: ``:`` and ``@`` (so the usual file names give the IRIs they always gave); the rest is percent-encoded.
_ID_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")


@lru_cache(maxsize=65536)
def release_iri(identifier: str) -> str:
    """The IRI of a release (and of its named graph) from its identifier, the file stem.

    Any character that an IRI cannot hold as it is (space, ``"#%<>{}\\``, controls...) is
    percent-encoded as UTF-8, ``%`` included, so two identifiers never share an IRI. Letters and
    digits beyond ASCII stay as they are (an IRI may hold them).
    """
    return str(PKD) + "".join(
        c if c in _ID_SAFE or (c > "\x7f" and c.isalnum() and not "\ud800" <= c <= "\udfff")
        else quote(c, safe="", errors="surrogateescape") for c in identifier)


def release_identifier(iri: str) -> str:
    """The identifier of a release IRI (:func:`release_iri` read backwards)."""
    local = iri[len(str(PKD)):] if iri.startswith(str(PKD)) else iri
    return unquote(local, errors="surrogateescape")


def encode(resolution: Resolution) -> list[ox.Quad]:
    """The quads of one release's named graph (graph name = the release IRI): its facts, then its text."""
    facts, text = encode_layers(resolution)
    return facts + text


def encode_layers(resolution: Resolution) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """One release's named graph in two layers.

    The *facts* (release metadata, entities' types and names, relations, dates) depend on what was
    read; the *text* layer (NIF context, sentences and mentions, one ``rdf:Statement`` per fact) is
    written from fixed templates. A build validates the facts of every changed graph against the
    shapes; the whole graph is checked by ``presskg validate`` and by the tests.
    """
    node = _N(release_iri(resolution.release.identifier))
    facts: list[ox.Quad] = []
    text: list[ox.Quad] = []

    def fact(s, p, o) -> None:
        facts.append(ox.Quad(s, p, o, node))

    def add(s, p, o) -> None:
        text.append(ox.Quad(s, p, o, node))

    _metadata(fact, node, resolution)
    context, sentences = _text(add, node, resolution)
    for ent in resolution.entities:
        e = _N(ent.iri)
        for cls in sorted(ent.classes):
            fact(e, T["type"], _iri(PK[cls]))
        fact(e, T["label"], ox.Literal(ent.label))
        for alias in sorted(ent.aliases):
            fact(e, T["alt"], ox.Literal(alias))
        fact(node, T["mentions"], e)
        for m in ent.mentions:
            _mention(add, node, context, sentences, m.start_char, m.end_char, m.text, e)
    for r in resolution.relations:
        triple = (_N(r.subject), _iri(PK[r.predicate]), _N(r.object))
        fact(*triple)
        _statement(add, node, triple, r.evidence)
    for d in resolution.dates:
        lit = ox.Literal(d.value, datatype=_iri(DATE_TYPES[len(d.value)]))
        triple = (_N(d.subject), T["pkdate"], lit)
        fact(*triple)
        _statement(add, node, triple, d.evidence)
    return list(dict.fromkeys(facts)), list(dict.fromkeys(text))


def _metadata(add, node: ox.NamedNode, res: Resolution) -> None:
    rel = res.release
    add(node, T["type"], T["Release"])
    add(node, T["type"], T["NewsArticle"])
    add(node, T["identifier"], ox.Literal(rel.identifier))
    if rel.title:
        add(node, T["title"], ox.Literal(rel.title))
    if rel.date:
        add(node, T["date"], ox.Literal(rel.date.isoformat(), datatype=T["xsdDate"]))
    if res.publisher:
        add(node, T["publisher"], _N(res.publisher))
    if rel.source:  # an IRI (ingest refuses other sources); one it cannot be is left out, not written wrong
        try:
            add(node, T["source"], _N(rel.source))
        except ValueError:
            pass


def _offset(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=T["nonNeg"])


def sentence_iri(node: ox.NamedNode, start: int, end: int) -> ox.NamedNode:
    return _N(f"{node.value}#char={start},{end}")


def _text(add, node: ox.NamedNode, res: Resolution) -> tuple[ox.NamedNode, list[tuple[int, int]]]:
    text = res.release.text
    context = _N(f"{node.value}#char=0,{len(text)}")
    add(context, T["type"], T["Context"])
    add(context, T["isString"], ox.Literal(text))
    add(context, T["sourceUrl"], node)
    spans = []
    for s in res.sentences:
        sent = sentence_iri(node, s.start_char, s.end_char)
        add(sent, T["type"], T["Sentence"])
        add(sent, T["anchorOf"], ox.Literal(s.text))
        add(sent, T["begin"], _offset(s.start_char))
        add(sent, T["end"], _offset(s.end_char))
        add(sent, T["refContext"], context)
        spans.append((s.start_char, s.end_char))
    return context, spans


def _mention(add, node, context, sentences, start: int, end: int, text: str, ent: ox.NamedNode) -> None:
    phrase = _N(f"{node.value}#mention={start},{end}")
    add(phrase, T["type"], T["Phrase"])
    add(phrase, T["anchorOf"], ox.Literal(text))
    add(phrase, T["begin"], _offset(start))
    add(phrase, T["end"], _offset(end))
    add(phrase, T["refContext"], context)
    add(phrase, T["taIdentRef"], ent)
    k = bisect.bisect_right(sentences, (start, float("inf"))) - 1  # the sentences are in order, apart
    if k >= 0 and sentences[k][0] <= start < sentences[k][1]:
        add(phrase, T["sentence"], sentence_iri(node, *sentences[k]))


def _statement(add, node: ox.NamedNode, triple: tuple, ev: Evidence) -> None:
    digest = hashlib.sha1(
        "\n".join((*(str(t) for t in triple), str(ev.start_char), ev.method)).encode("utf-8")
    ).hexdigest()[:16]
    st = _N(f"{node.value}#stmt-{digest}")
    s, p, o = triple
    add(st, T["type"], T["Statement"])
    add(st, T["type"], T["ProvEntity"])
    add(st, T["subject"], s)
    add(st, T["predicate"], p)
    add(st, T["object"], o)
    add(st, T["derived"], sentence_iri(node, ev.start_char, ev.end_char))
    add(st, T["method"], ox.Literal(ev.method))
    add(st, T["confidence"], ox.Literal(str(Decimal(str(round(ev.confidence, 3)))), datatype=T["decimal"]))

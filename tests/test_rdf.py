"""The encoder: the contract's graph layout and provenance, built from hand-made records."""

import datetime as dt

import pyoxigraph as ox

from presskg.model import (
    Evidence,
    Mention,
    Release,
    Resolution,
    ResolvedDate,
    ResolvedEntity,
    ResolvedRelation,
    Sentence,
)
from presskg.rdf.encode import encode

PK = "https://w3id.org/presskg/ontology#"
PKR = "https://w3id.org/presskg/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def resolution() -> Resolution:
    text = "ESA President Ann Lee met NASA in Paris. They signed an agreement."
    s0 = Sentence(0, 0, 9, 0, 40, text[:40])
    s1 = Sentence(1, 9, 14, 41, len(text), text[41:])
    ev = Evidence(0, 0, 40, s0.text, "dep:compound-title", 0.9)
    ents = (
        ResolvedEntity(PKR + "ESA", "ESA", frozenset({"SpaceAgency"}), frozenset({"European Space Agency"}),
                       (Mention(0, 1, 0, 3, "ESA", 0, "kb"),), PKR + "ESA"),
        ResolvedEntity(PKR + "Ann_Lee", "Ann Lee", frozenset({"Person"}), frozenset(),
                       (Mention(2, 4, 14, 21, "Ann Lee", 0, "model"),)),
        ResolvedEntity(PKR + "t/agreement-1", "agreement [t]", frozenset({"Agreement"}), frozenset(),
                       (Mention(12, 13, 56, 65, "agreement", 1, "described"),)),
    )
    rels = (ResolvedRelation(PKR + "Ann_Lee", "headOf", PKR + "ESA", ev),
            ResolvedRelation(PKR + "t/agreement-1", "signatory", PKR + "ESA",
                             Evidence(1, 41, len(text), s1.text, "frame:signatory", 0.85)))
    when = Evidence(1, 41, len(text), s1.text, "dates:attached", 0.8)
    dates = (ResolvedDate(PKR + "t/agreement-1", "2021-05", when),)
    return Resolution(Release("t", text, title="T", date=dt.date(2021, 5, 3), publisher="ESA"), (s0, s1), ents, rels,
                      dates, PKR + "ESA")


def test_rdf_every_statement_describes_a_triple_of_its_graph():
    quads = encode(resolution())
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    statements = {q.subject for q in quads if q.predicate.value == RDF + "type" and q.object.value == RDF + "Statement"}
    assert len(statements) == 3  # two relations and a date
    for st in statements:
        spo = {q.predicate.value: q.object for q in quads if q.subject == st}
        assert (spo[RDF + "subject"], spo[RDF + "predicate"], spo[RDF + "object"]) in triples


def test_rdf_one_named_graph_no_blank_nodes_typed_dates():
    quads = encode(resolution())
    assert {q.graph_name.value for q in quads} == {"https://w3id.org/presskg/release/t"}
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))
    (date,) = [q.object for q in quads if q.predicate.value == PK + "date"]
    assert date.datatype.value == "http://www.w3.org/2001/XMLSchema#gYearMonth"
    labels = [q for q in quads if q.subject.value == PKR + "ESA" and q.predicate.value.endswith("#label")]
    assert len(labels) == 1


def test_rdf_mentions_point_into_the_text():
    res = resolution()
    quads = encode(res)
    phrases = {q.subject for q in quads if q.object.value.endswith("nif-core#Phrase")}
    for ph in phrases:
        attrs = {q.predicate.value.rsplit("#", 1)[1]: q.object for q in quads if q.subject == ph}
        b, e = int(attrs["beginIndex"].value), int(attrs["endIndex"].value)
        assert res.release.text[b:e] == attrs["anchorOf"].value


def test_rdf_encoding_is_deterministic():
    assert encode(resolution()) == encode(resolution())

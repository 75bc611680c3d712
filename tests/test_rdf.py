"""The encoder: the contract's graph layout and provenance, built from hand-made records."""

import datetime as dt
import os

import pyoxigraph as ox
import pytest

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


# --- SHACL validation: the rudof engine against the pyshacl reference -------------------------------------------

PKD_T = "https://w3id.org/presskg/release/t"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def correct_graph() -> list[ox.Quad]:
    """The encoded release with the ontology graph, whose rdfs:subClassOf tree the shapes follow."""
    from presskg.builder.background import background_quads
    from presskg.vocab import ONTOLOGY_GRAPH

    onto = [q for q in background_quads() if q.graph_name.value == str(ONTOLOGY_GRAPH)]
    return [*onto, *encode(resolution())]


def _q(s: str, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
    return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, ox.NamedNode(PKD_T))


def _replace(quads: list[ox.Quad], s: str, p: str, o: ox.NamedNode | ox.Literal) -> list[ox.Quad]:
    """The graph with the values of (s, p) replaced by o."""
    kept = [q for q in quads if not (q.subject.value == s and q.predicate.value == p)]
    assert len(kept) < len(quads), (s, p)
    return [*kept, _q(s, p, o)]


STMT = PKD_T + "#stmt-258a43ccb2070427"  # Ann Lee headOf ESA
NNI, DECIMAL = ox.NamedNode(XSD + "nonNegativeInteger"), ox.NamedNode(XSD + "decimal")


def _planet_heads_esa(g):
    mars = PKR + "Mars"
    return [*g, _q(mars, RDF + "type", ox.NamedNode(PK + "Planet")), _q(mars, RDFS_LABEL, ox.Literal("Mars")),
            _q(mars, PK + "headOf", ox.NamedNode(PKR + "ESA"))]


def _no_label(g):
    return [q for q in g if not (q.subject.value == PKR + "Ann_Lee" and q.predicate.value == RDFS_LABEL)]


def _untyped_mention(g):
    return [*g, _q(PKD_T, PK + "mentions", ox.NamedNode(PKR + "Nobody")),
            _q(PKR + "Nobody", RDFS_LABEL, ox.Literal("Nobody"))]


# name: (the one focus node both engines must report, how to break the correct graph)
BROKEN = {
    "a Planet as subject of headOf": (PKR + "Mars", _planet_heads_esa),
    "an entity without label": (PKR + "Ann_Lee", _no_label),
    "an entity with two labels": (PKR + "Ann_Lee", lambda g: [*g, _q(PKR + "Ann_Lee", RDFS_LABEL, ox.Literal("A"))]),
    "an offset as plain string": (PKD_T + "#mention=14,21", lambda g: _replace(
        g, PKD_T + "#mention=14,21", NIF + "beginIndex", ox.Literal("14"))),
    "pk:date as plain string": (PKR + "t/agreement-1", lambda g: _replace(
        g, PKR + "t/agreement-1", PK + "date", ox.Literal("2021-05"))),
    "confidence 2.0": (STMT, lambda g: _replace(g, STMT, PK + "confidence", ox.Literal("2.0", datatype=DECIMAL))),
    "an untyped mentioned entity": (PKR + "Nobody", _untyped_mention),
    "beginIndex > endIndex": (PKD_T + "#char=0,40", lambda g: _replace(
        g, PKD_T + "#char=0,40", NIF + "beginIndex", ox.Literal("99", datatype=NNI))),
}


def violated(report) -> set[str]:
    return {r.focus_node for r in report.results if r.severity == "Violation"}


def test_rdf_both_engines_accept_the_correct_graph():
    from presskg.rdf.validate import ENGINES, validate_quads

    for engine in ENGINES:
        report = validate_quads(correct_graph(), engine=engine)
        assert report.conforms and report.violations == 0 and not report.results, (engine, report.text)


@pytest.mark.parametrize("name", list(BROKEN))
def test_rdf_both_engines_find_the_same_broken_node(name):
    from presskg.rdf.validate import validate_quads

    focus, breaks = BROKEN[name]
    quads = breaks(correct_graph())
    rudof, pyshacl = (validate_quads(quads, engine=e) for e in ("rudof", "pyshacl"))
    assert not rudof.conforms and not pyshacl.conforms
    assert rudof.violations >= 1 and pyshacl.violations >= 1
    assert violated(rudof) == violated(pyshacl) == {focus}, (rudof.text, pyshacl.text)


def test_rdf_engines_read_a_triple_two_graphs_state_as_one():
    """The build validates the union of release graphs without deduplicating it first: a name
    that two releases both give is one label, while a second, different name still breaks."""
    from presskg.rdf.validate import ENGINES, validate_quads

    g = correct_graph()
    other = [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(PKD_T + "-copy")) for q in g]
    for engine in ENGINES:
        assert validate_quads([*g, *other], engine=engine).conforms, engine
        broken = BROKEN["an entity with two labels"][1](other)
        assert violated(validate_quads([*g, *broken], engine=engine)) == {PKR + "Ann_Lee"}, engine


def test_rdf_engines_validate_n_triples_text():
    """The build hands the engines the facts as N-Triples text, not as quads."""
    from presskg.rdf.validate import ENGINES, validate_ntriples

    def text(quads):
        return ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)

    for engine in ENGINES:
        assert validate_ntriples(text(correct_graph()), engine=engine).conforms, engine
        broken = BROKEN["a Planet as subject of headOf"][1](correct_graph())
        assert violated(validate_ntriples(text(broken), engine=engine)) == {PKR + "Mars"}, engine


def test_rdf_rudof_report_names_the_shape_and_its_message():
    from presskg.rdf.validate import validate_quads

    text = validate_quads(BROKEN["a Planet as subject of headOf"][1](correct_graph())).text
    assert "pksh:headOfShape" in text and "<https://w3id.org/presskg/resource/Mars>" in text
    assert "The subject of pk:headOf must be typed pk:Person" in text
    # rudof's own message for a blank property shape is only "OR not satisfied": the sh:message comes from the shapes
    text = validate_quads(BROKEN["pk:date as plain string"][1](correct_graph())).text
    assert "Source Shape: pksh:dateShape property pk:date" in text and "Result Path: pk:date" in text
    assert "pk:date values must be valid literals of datatype xsd:date" in text and 'Value Node: "2021-05"' in text
    text = validate_quads(BROKEN["beginIndex > endIndex"][1](correct_graph())).text
    assert "A nif:Sentence must have exactly one nif:beginIndex" in text and "not less than" in text


def test_rdf_validate_graph_and_dataset_take_an_engine():
    from rdflib import Dataset

    from presskg.rdf.convert import to_graph
    from presskg.rdf.validate import validate, validate_graph

    broken = BROKEN["an entity with two labels"][1](correct_graph())
    ds = Dataset()
    ds.parse(data=ox.serialize(broken, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    for engine in ("rudof", "pyshacl"):
        assert violated(validate_graph(to_graph(broken), engine=engine)) == {PKR + "Ann_Lee"}
        assert violated(validate(ds, engine=engine)) == {PKR + "Ann_Lee"}
    with pytest.raises(ValueError, match="engine"):
        validate_graph(to_graph(broken), engine="jena")


def test_rdf_bad_shapes_are_an_ontology_error(tmp_path):
    from presskg.errors import OntologyError
    from presskg.rdf.validate import validate_quads

    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:s> a <urn:x")
    for engine in ("rudof", "pyshacl"):
        with pytest.raises(OntologyError, match="broken.ttl"):
            validate_quads(correct_graph(), shapes=broken, engine=engine)
    wrong = tmp_path / "wrong.ttl"  # valid Turtle, not valid SHACL: rudof refuses it
    wrong.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                     "<urn:S> a sh:NodeShape ; sh:targetClass <urn:C> ; sh:property [ sh:path <urn:p> ; "
                     'sh:minCount "many" ] .\n')
    with pytest.raises(OntologyError, match="rudof cannot load the SHACL shapes"):
        validate_quads(correct_graph(), shapes=wrong)


def _validate_in_child(quads) -> None:
    from presskg.rdf.validate import validate_quads

    os._exit(0 if violated(validate_quads(quads)) == {PKR + "Ann_Lee"} else 1)


def test_rdf_rudof_works_in_a_process_forked_after_a_validation():
    """rudof's thread pool does not survive a fork: build(jobs>1) workers must not hang."""
    import multiprocessing as mp

    from presskg.rdf.validate import validate_quads

    broken = BROKEN["an entity with two labels"][1](correct_graph())
    assert not validate_quads(broken).conforms  # starts rudof's thread pool in this process
    child = mp.get_context("fork").Process(target=_validate_in_child, args=(broken,))
    child.start()
    child.join(120)
    if child.is_alive():
        child.kill()
        pytest.fail("rudof hung in a forked process")
    assert child.exitcode == 0


def test_rdf_cli_validate_engine(tmp_path, capsys):
    from presskg.cli import main

    for name, quads, code in (("ok", correct_graph(), 0),
                              ("bad", BROKEN["a Planet as subject of headOf"][1](correct_graph()), 1)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "graph.nq").write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        for engine in ("rudof", "pyshacl"):
            assert main(["validate", "--build", str(tmp_path / name), "--engine", engine]) == code
            out = capsys.readouterr().out
            assert ("headOf" in out) if code else out.strip() == "conforms"

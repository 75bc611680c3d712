from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from presskg.link.kb import kb_files
from presskg.vocab import PK, PKR

CORE = {"Agent", "Organization", "SpaceAgency", "ResearchInstitute", "Company", "GovernmentBody", "Person",
        "Place", "Country", "City", "Facility", "Spaceport", "Mission", "Spacecraft", "Satellite", "Probe",
        "Lander", "Rover", "SpaceStation", "LaunchVehicle", "Instrument", "CelestialBody", "Planet", "Moon",
        "Asteroid", "Comet", "Star", "Event", "Meeting", "Conference", "Campaign", "Launch", "Landing",
        "SampleReturn", "Agreement", "Sample", "Topic"}


def test_kb_is_broad(kb):
    _, entries = kb
    assert len(entries) >= 300
    classes = Counter(c for e in entries for c in e.classes)
    for cls, least in {"SpaceAgency": 40, "Country": 100, "Person": 50, "Mission": 80, "LaunchVehicle": 30,
                       "Spaceport": 15, "Moon": 15, "Asteroid": 15, "Instrument": 20}.items():
        assert classes[cls] >= least, cls


def test_kb_entities_have_one_plain_label_and_a_core_type(kb):
    g, entries = kb
    for e in entries:
        labels = list(g.objects(URIRef(e.iri), RDFS.label))
        assert len(labels) == 1 and isinstance(labels[0], Literal) and labels[0].language is None, e.iri
        assert e.classes & CORE, e.iri


def test_kb_every_file_says_where_it_comes_from():
    for f in kb_files():
        g = Graph().parse(f, format="turtle")
        assert list(g.objects(None, DCTERMS.source)), f"{f.name} has no dcterms:source"


def test_kb_iris_spell_every_letter_of_their_label(kb):
    """No IRI written from its label drops a letter that an accent strip cannot reach: "Tromsø" is pkr:Tromso, not
    pkr:Troms; "Wrocław" pkr:Wroclaw, not pkr:Wrocaw (the lossy spelling is the accents stripped, the rest dropped)."""
    import re

    from presskg.extract.gazetteer import strip_accents
    from presskg.link.resolve import slug

    for e in kb[1]:
        local = e.iri.removeprefix(str(PKR))
        lossy = re.sub(r"[^A-Za-z0-9-]+", "_", strip_accents(e.label)).strip("_")
        assert local != lossy or lossy.replace("-", "_") == slug(e.label).replace("-", "_"), (e.iri, e.label)


def test_kb_references_are_defined(kb):
    g, _ = kb
    labelled = set(g.subjects(RDFS.label))
    for s, p, o in g:
        if str(p).startswith(str(PK._NS)) and isinstance(o, URIRef) and str(o).startswith(str(PKR)):
            assert o in labelled, f"{s} {p} {o}: object not defined"


def test_kb_knows_countries_by_their_adjectives(gazetteer):
    assert gazetteer.country_of_word("French").label == "France"
    assert gazetteer.country_of_word("Japanese").label == "Japan"
    assert gazetteer.country_of_word("Italy").label == "Italy"


def test_kb_types_are_contract_classes(kb):
    g, _ = kb
    for o in g.objects(None, RDF.type):
        if str(o).startswith(str(PK._NS)):
            assert str(o)[len(str(PK._NS)):] in CORE


def test_kb_entries_say_what_the_graph_says(kb):
    """The entries (read by Oxigraph) agree with the knowledge base as rdflib reads it."""
    from rdflib.namespace import OWL, SKOS

    graph, entries = kb
    for e in entries:
        s = URIRef(e.iri)
        assert {str(o) for o in graph.objects(s, RDFS.label)} == {e.label}
        assert {str(o) for o in graph.objects(s, SKOS.altLabel)} == set(e.aliases)
        assert {str(o)[len(str(PK)):] for o in graph.objects(s, RDF.type) if str(o).startswith(str(PK))} == e.classes
        assert {(str(p)[len(str(PK)):], str(o)) for p, o in graph.predicate_objects(s)
                if str(p).startswith(str(PK)) and (isinstance(o, URIRef) or p == PK.date)} == set(e.facts)
        wd = {str(o).rsplit("/", 1)[-1] for o in graph.objects(s, OWL.sameAs) if "wikidata.org/entity/" in str(o)}
        assert wd == ({e.wikidata} if e.wikidata else set())
    typed = {s for s, o in graph.subject_objects(RDF.type) if str(o).startswith(str(PK)) and isinstance(s, URIRef)}
    assert {URIRef(e.iri) for e in entries} == typed


def test_kb_a_broken_file_names_itself(tmp_path):
    from presskg.errors import OntologyError
    from presskg.link.kb import load_entries

    (tmp_path / "agencies.ttl").write_text("@prefix pk: <https://w3id.org/presskg/ontology#> .\n<a> pk:x .\n")
    with pytest.raises(OntologyError, match="agencies.ttl: not valid Turtle"):
        load_entries(str(tmp_path))

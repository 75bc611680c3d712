from rdflib import Graph, URIRef

from presskg import _vocabgen
from presskg.vocab import PK, Class, Prop, ontology_path


def _ontology_terms() -> set[str]:
    ns = str(PK._NS)
    g = Graph().parse(ontology_path(), format="turtle")
    return {str(s)[len(ns):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ns) and str(s) != ns}


def test_vocab_matches_ontology_both_ways():
    defined = set(PK.__annotations__)
    assert defined == _ontology_terms()


def test_vocab_file_is_regenerated_from_the_ontology():
    from pathlib import Path

    current = Path(_vocabgen.__file__).with_name("vocab.py").read_text(encoding="utf-8")
    assert current == _vocabgen.generate(ontology_path()), "run 'presskg vocab' to regenerate vocab.py"


def test_vocab_closed_namespace_rejects_unknown_terms():
    import pytest

    with pytest.raises(AttributeError):
        _ = PK.headof  # misspelt: fails at first use


def test_vocab_contract_terms_exist():
    for cls in ("SpaceAgency", "Spaceport", "SampleReturn", "Topic", "Release"):
        assert Class(cls) == cls
    for prop in ("headOf", "partnerOf", "signedAt", "sampleFrom", "date"):
        assert Prop(prop) == prop


def test_vocab_relation_shapes_are_generated_from_the_ontology():
    """Each relation's domain/range shape comes from the ontology: a new relation needs no hand-written shape."""
    from presskg import _shapesgen
    from presskg.vocab import CORE_RELATIONS, shapes_path

    text = shapes_path().read_text(encoding="utf-8")
    assert text == _shapesgen.generated(shapes_path(), ontology_path()), "run 'presskg vocab' to regenerate shapes"
    for p in CORE_RELATIONS:
        assert f"pksh:{p}Shape" in text


def test_vocab_relation_shapes_follow_a_changed_domain(tmp_path):
    onto = tmp_path / "presskg.ttl"
    onto.write_text(ontology_path().read_text(encoding="utf-8").replace(
        "rdfs:domain [ a owl:Class ; owl:unionOf ( pk:LaunchVehicle pk:Mission pk:Launch ) ]",
        "rdfs:domain pk:Launch"), encoding="utf-8")
    from presskg import _shapesgen

    block = _shapesgen.relation_shapes(onto)
    shape = block[block.index("pksh:launchSiteShape"):].split("\n\n")[0]
    assert "sh:class pk:Launch ;" in shape and "pk:Mission" not in shape
def test_ontodocs_names_other_vocabularies_by_prefix(tmp_path):
    """make docs: schema:memberOf is not shown as a bare "memberOf" beside pk:memberOf ("member of")."""
    import re

    from presskg._ontodocs import render

    html = render(ontology_path(), tmp_path / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="https://schema.org/memberOf">([^<]*)</a>', html)[0] == "schema:memberOf"
    names = re.findall(r'<a href="https://schema.org/\w+">([^<]*)</a>', html)
    assert names and all(n.startswith("schema:") for n in names)

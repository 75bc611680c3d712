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


def test_ontodocs_names_other_vocabularies_by_prefix(tmp_path):
    """make docs: schema:memberOf is not shown as a bare "memberOf" beside pk:memberOf ("member of")."""
    import re

    from presskg._ontodocs import render

    html = render(ontology_path(), tmp_path / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="https://schema.org/memberOf">([^<]*)</a>', html)[0] == "schema:memberOf"
    names = re.findall(r'<a href="https://schema.org/\w+">([^<]*)</a>', html)
    assert names and all(n.startswith("schema:") for n in names)

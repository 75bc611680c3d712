"""presskg eval: its lists come from the ontology, its breakdown adds up to its totals."""

import importlib.util
import json
import subprocess
import sys

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from presskg.views import evaluate as ev
from presskg.vocab import PK, ontology_path

from .conftest import shared_eval


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", shared_eval() / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_evaluate_relations_are_the_ontologys_object_properties():
    g = Graph().parse(ontology_path(), format="turtle")
    ns = str(PK._NS)
    props = {str(p)[len(ns):] for p in g.subjects(RDF.type, OWL.ObjectProperty)}
    about_release = {str(p)[len(ns):] for p in g.subjects(RDFS.domain, PK.Release)
                     if len(list(g.objects(p, RDFS.domain))) == 1}
    inverses = {str(p)[len(ns):] for p in g.subjects(OWL.inverseOf, None)}
    extensions = {str(p)[len(ns):] for p in g.subjects(PK.extension, None)}
    assert extensions, "the ontology marks its extensions (pk:extension)"
    assert set(ev.RELATIONS) == props - about_release - inverses - extensions
    assert ev.INVERSE == {"participatedIn": "participant"} and ev.SYMMETRIC == {"partnerOf"}


def test_evaluate_lists_match_the_shared_scorer():
    theirs = _shared_scorer()
    assert set(ev.RELATIONS) == set(theirs.RELATIONS)
    assert ev.CATEGORIES == theirs.CATEGORY
    assert ev.CORE_CLASSES == theirs.CORE_CLASSES
    assert dict(ev.INVERSE) == theirs.INVERSE and set(ev.SYMMETRIC) == theirs.SYMMETRIC


def _gold(tmp_path):
    gold = {"release": "r1", "entities": [
        {"id": "a", "names": ["Alpha Agency"], "type": "SpaceAgency"},
        {"id": "b", "names": ["Bea Bold"], "type": "Person"},
        {"id": "m", "names": [], "type": "Meeting"}],
        "relations": [["b", "headOf", "a"], ["m", "participant", "b"]], "dates": [["m", "2020-01-02"]]}
    path = tmp_path / "r1.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_evaluate_breakdown_adds_up_and_groups_misses(tmp_path):
    # a build that read the head but not the meeting: the meeting's misses are an unnamed event's
    nq = tmp_path / "g.nq"
    rel, pk, g = "<https://x/rel/r1>", "<https://w3id.org/presskg/ontology#", "<https://x/rel/r1>"
    lines = [f'{rel} {pk}mentions> <https://x/a> {g} .', f'{rel} {pk}mentions> <https://x/b> {g} .',
             f'{rel} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {pk}Release> {g} .',
             f'{rel} <http://purl.org/dc/terms/identifier> "r1" {g} .',
             f'<https://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {pk}SpaceAgency> {g} .',
             f'<https://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "Alpha Agency" {g} .',
             f'<https://x/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {pk}Person> {g} .',
             f'<https://x/b> <http://www.w3.org/2000/01/rdf-schema#label> "Bea Bold" {g} .',
             f'<https://x/b> {pk}headOf> <https://x/a> {g} .']
    nq.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ev.evaluate(nq, _gold(tmp_path))
    b = report["BREAKDOWN"]
    assert b["by_property"]["headOf"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1, "built": 1}
    assert b["by_property"]["participant"]["r"] == 0.0
    assert sum(v["gold"] for v in b["by_property"].values()) == 2
    assert b["by_class"]["Event"]["gold"] == 1 and b["by_class"]["Event"]["r"] == 0.0
    assert len(b["misses_by_cause"]["unnamed event"]) == 3  # the meeting, its participant, its date
    assert report["TOTAL"]["relation_r"] == 0.5


def test_evaluate_cli_prints_the_property_table(tmp_path, seed_build):
    ev_dir = shared_eval()
    out = subprocess.run([sys.executable, "-m", "presskg", "eval", str(seed_build), str(ev_dir / "seed"),
                          "--json", str(tmp_path / "e.json")], capture_output=True, text=True, check=True)
    assert "property" in out.stdout and "signatory" in out.stdout
    assert "misses by what would have found them" in out.stdout
    data = json.loads((tmp_path / "e.json").read_text())
    assert set(data["BREAKDOWN"]) == {"by_property", "by_class", "misses_by_cause"}
    assert data["TOTAL"] == json.loads(out.stdout.strip().splitlines()[-1])

"""End to end: the real first release, built with the real English model."""

import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from presskg.rdf.validate import validate
from presskg.store import open_dataset, open_store

from .conftest import SEED, shared_eval

FORMATS = {"graph.trig": "trig", "graph.nq": "nquads"}


def test_build_writes_every_output(seed_build):
    for name in ("graph.trig", "graph.nq", "graph.ttl", "graph.jsonld", "graph.rdf", "graph.html", "errors.json"):
        assert (seed_build / name).is_file(), name
    assert (seed_build / "store").is_dir()
    assert json.loads((seed_build / "errors.json").read_text()) == []


def test_build_quad_formats_agree_in_rdflib_and_oxigraph(seed_build):
    counts = set()
    for name, fmt in FORMATS.items():
        ds = Dataset()
        ds.parse(seed_build / name, format=fmt)
        counts.add(sum(1 for _ in ds.quads((None, None, None, None))))
        ox_fmt = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        counts.add(len(list(ox.parse(path=str(seed_build / name), format=ox_fmt))))
    store = open_store(seed_build)
    named = [q for q in store.quads_for_pattern(None, None, None, None) if isinstance(q.graph_name, ox.NamedNode)]
    counts.add(len(named))
    assert len(counts) == 1, counts


def test_build_default_graph_holds_the_facts_once(seed_build):
    """The default graph: every named graph's facts, each once; the text layer stays in its release."""
    store = open_store(seed_build)
    text = ("#char=", "#mention=", "#stmt-")
    facts = {q.triple for q in store.quads_for_pattern(None, None, None, None)
             if isinstance(q.graph_name, ox.NamedNode) and not any(t in q.subject.value for t in text)}
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    assert len(default) == len(set(default)) and set(default) == facts


def test_build_triple_formats_agree(seed_build):
    sizes = {len(Graph().parse(seed_build / n, format=f)) for n, f in (("graph.ttl", "turtle"), ("graph.rdf", "xml"))}
    ds = Dataset()
    ds.parse(seed_build / "graph.jsonld", format="json-ld")
    sizes.add(len({q[:3] for q in ds.quads((None, None, None, None))}))
    assert len(sizes) == 1, sizes


def test_build_conforms_to_the_shapes(seed_build):
    assert validate(open_dataset(seed_build)).conforms


def test_build_release_metadata(seed_build):
    store = open_store(seed_build)
    q = f"""PREFIX pk: <https://w3id.org/presskg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?date ?id WHERE {{ GRAPH <https://w3id.org/presskg/release/{SEED}> {{
      <https://w3id.org/presskg/release/{SEED}> a pk:Release ; dcterms:date ?date ; dcterms:identifier ?id }} }}"""
    (row,) = list(store.query(q))
    assert row["date"].value == "2021-02-25" and row["id"].value == SEED


def test_build_relation_reaches_its_sentence(seed_build):
    """One SPARQL query from a relation triple to its sentence, offsets, rule and confidence."""
    store = open_store(seed_build)
    q = """PREFIX pk: <https://w3id.org/presskg/ontology#> PREFIX pkr: <https://w3id.org/presskg/resource/>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?text ?b ?e ?method ?conf WHERE { GRAPH ?g {
      ?person pk:headOf pkr:CNES .
      ?st rdf:subject ?person ; rdf:predicate pk:headOf ; rdf:object pkr:CNES ;
          prov:wasDerivedFrom ?s ; pk:method ?method ; pk:confidence ?conf .
      ?s nif:anchorOf ?text ; nif:beginIndex ?b ; nif:endIndex ?e } }"""
    rows = list(store.query(q))
    assert rows
    row = rows[0]
    assert "CNES President Jean-Yves Le Gall" in row["text"].value
    assert 0 <= int(row["b"].value) < int(row["e"].value)
    assert 0 < float(row["conf"].value) <= 1


def test_build_is_deterministic(seed_build, release_dir, tmp_path):
    from presskg.builder.build import build

    build([release_dir], out=tmp_path / "again", progress=False)
    for name in ("graph.trig", "graph.nq", "graph.ttl", "graph.jsonld", "graph.rdf", "graph.html"):
        assert (seed_build / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def test_build_meets_the_foundation_bar_on_the_seed(seed_build):
    ev = shared_eval()
    out = subprocess.run([sys.executable, str(ev / "score.py"), str(seed_build / "graph.nq"), str(ev / "seed")],
                         capture_output=True, text=True, check=False)
    scores = json.loads(out.stdout.strip().splitlines()[-2])
    assert scores["entity_f1"] >= 0.85, out.stdout
    assert scores["relation_f1"] >= 0.4, out.stdout


def test_build_skips_bad_files_and_builds_the_rest(release_dir, tmp_path):
    from presskg.builder.build import build

    (release_dir / "empty.txt").write_text("")
    (release_dir / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    result = build([release_dir], out=tmp_path / "b", progress=False)
    assert result.releases == [SEED]
    assert result.exit_code == 1
    errors = json.loads((tmp_path / "b" / "errors.json").read_text())
    assert {e["file"].rsplit("/", 1)[-1] for e in errors} == {"empty.txt", "binary.txt"}


def test_build_release_without_date_or_publisher_still_builds(tmp_path, caplog):
    from presskg.builder.build import build

    d = tmp_path / "r"
    d.mkdir()
    (d / "undated.txt").write_text("ESA Director General Josef Aschbacher visited the Guiana Space Centre.\n")
    result = build([d], out=tmp_path / "b", progress=False)
    assert result.releases == ["undated"]
    assert "no release date" in caplog.text and "no publisher" in caplog.text


def test_build_keeps_a_release_whose_publisher_the_text_calls_a_centre(tmp_path):
    """The header's publisher named in the text as a place ("the Vestland Space Centre") or known as
    a spaceport is published as an organization; the release is built, not left out for breaking
    the publisher's shape."""
    from presskg.builder.build import build
    from presskg.store import open_dataset

    d = tmp_path / "r"
    d.mkdir()
    (d / "vsc.txt").write_text("title: A clean room\npublisher: Vestland Space Centre\ndate: 2026-05-04\n---\n"
                               "The Vestland Space Centre (VSC) opened a new clean room in Bergen on 3 May.\n")
    (d / "ksc.txt").write_text("title: Countdown\npublisher: Kennedy Space Center\ndate: 2026-05-05\n---\n"
                               "Crews rehearsed the countdown of the Artemis II mission on Tuesday.\n")
    result = build([d], out=tmp_path / "b", progress=False)
    assert sorted(result.releases) == ["ksc", "vsc"] and not result.failed
    quads = list(open_dataset(tmp_path / "b").quads((None, None, None, None)))
    publisher = {str(s).rsplit("/", 1)[-1]: o for s, p, o, _ in quads if str(p) == "http://purl.org/dc/terms/publisher"}
    assert str(publisher["ksc"]).endswith("/resource/NASA")  # the knowledge base: NASA runs the centre
    types = {str(o).rsplit("#", 1)[-1] for s, p, o, g in quads
             if s == publisher["vsc"] and str(p).endswith("#type") and str(g).endswith("/release/vsc")}
    assert types == {"Organization"}


def test_build_fails_on_a_shape_violation_with_a_report(release_dir, tmp_path, monkeypatch):
    import presskg.builder.build as build_mod
    import presskg.builder.stream as stream_mod
    from presskg.errors import BuildError

    real = stream_mod.encode_layers  # release graphs are encoded as they stream through the build

    def broken(res):  # a Planet as the head of an agency: the shapes must catch it
        facts, text = real(res)
        g = facts[0].graph_name
        pk = "https://w3id.org/presskg/ontology#"
        bad = ox.Quad(ox.NamedNode("https://w3id.org/presskg/resource/Mars"), ox.NamedNode(pk + "headOf"),
                      ox.NamedNode("https://w3id.org/presskg/resource/CNES"), g)
        return facts + [bad], text

    monkeypatch.setattr(stream_mod, "encode_layers", broken)
    # the release whose graph breaks them is named and left out: here the only one, so nothing is built
    with pytest.raises(BuildError, match=f"nothing to build: .*{SEED}.txt: its graph breaks 1 SHACL"):
        build_mod.build([release_dir], out=tmp_path / "b", progress=False)
    assert "headOf" in (tmp_path / "b" / "validation.txt").read_text()
    # the store and the files, made while the shapes were checked, are thrown away
    assert not (tmp_path / "b" / "graph.nq").exists() and not (tmp_path / "b" / "store").exists()
    assert not any(p.name.startswith((".store.", ".graph.")) for p in (tmp_path / "b").iterdir())


def test_build_ontology_graph_is_the_ontology_with_the_same_bytes_in_every_process():
    """Its blank nodes get canonical labels: a fresh process (another hash seed) gives the same quads."""
    from rdflib.compare import isomorphic

    from presskg.builder.background import background_quads
    from presskg.rdf.convert import to_graph
    from presskg.vocab import ONTOLOGY_GRAPH, ontology_path

    code = ("from presskg.builder.background import background_quads; import sys; "
            "sys.stdout.write(''.join(str(q) + '\\n' for q in background_quads()))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in (1, 2)}
    assert len(runs) == 1 and runs.pop() == "".join(str(q) + "\n" for q in background_quads())
    onto = [q for q in background_quads() if q.graph_name.value == str(ONTOLOGY_GRAPH)]
    assert any(isinstance(q.subject, ox.BlankNode) for q in onto)
    assert isomorphic(to_graph(onto), Graph().parse(ontology_path(), format="turtle"))


def test_build_gives_back_the_heap_it_froze(release_dir, tmp_path, monkeypatch):
    """The build keeps its long-lived objects out of the collector's way, and no longer than the build."""
    import gc

    from presskg.builder.build import build

    frozen_during = []
    real_freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (real_freeze(), frozen_during.append(gc.get_freeze_count())))
    build([release_dir], out=tmp_path / "a", progress=False)
    assert frozen_during and frozen_during[0] > 0 and gc.get_freeze_count() == 0
    real_freeze()  # a program that manages its frozen heap itself keeps it: the build neither freezes nor thaws
    try:
        frozen_during.clear()
        build([release_dir], out=tmp_path / "b", progress=False)
        assert not frozen_during and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()

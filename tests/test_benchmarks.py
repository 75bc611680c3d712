"""The benchmark corpus generator (timings themselves live in benchmarks/, never in tests)."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from corpus import make_corpus, sources  # noqa: E402

from presskg.ingest import read_release  # noqa: E402


def test_benchmarks_corpus_has_unique_identifiers_and_real_texts(tmp_path):
    paths = make_corpus(tmp_path / "c", 40)
    assert len(paths) == 40 and len({p.stem for p in paths}) == 40
    src = {p.read_text() for p in sources()}
    assert all(p.read_text() in src for p in paths)
    assert read_release(paths[0]).identifier == paths[0].stem


def test_benchmarks_corpus_is_rewritten_from_scratch(tmp_path):
    make_corpus(tmp_path / "c", 30)
    assert len(make_corpus(tmp_path / "c", 5)) == len(list((tmp_path / "c").glob("*.txt"))) == 5


def test_benchmarks_sparql_store_is_laid_out_as_a_build_store(seed_build, tmp_path):
    """The SPARQL benchmark's store holds what a build's store holds (named graphs, and the facts of
    all of them as the default graph), plus renamed copies of the release graphs up to its size."""
    import pyoxigraph as ox
    from run import sparql_store

    built = ox.Store.read_only(str(seed_build / "store"))
    n = sparql_store(seed_build, 0, tmp_path / "same")
    same = ox.Store.read_only(str(tmp_path / "same"))
    assert n == len(same) == len(built)
    assert set(same) == set(built)

    n_named = sum(1 for q in built if not isinstance(q.graph_name, ox.DefaultGraph))
    n = sparql_store(seed_build, n_named + 1, tmp_path / "bigger")
    bigger = ox.Store.read_only(str(tmp_path / "bigger"))
    graphs = {g.value for g in bigger.named_graphs()}
    copies = {g for g in graphs if "/release/x1-" in g}
    assert copies and len(graphs) == len(list(built.named_graphs())) + len(copies)
    default = ox.DefaultGraph()
    facts = {q.triple for q in bigger.quads_for_pattern(None, None, None, default)}
    assert {q.triple for q in built.quads_for_pattern(None, None, None, default)} < facts
    assert not any("#char=" in t.subject.value or "#stmt-" in t.subject.value for t in facts)


def test_benchmarks_scale_fill_cache_gives_entries_the_cache_accepts(seed_build, tmp_path):
    """A copy's filled entry is found by the build's cache under the copy's name and key: the
    curve's builds read no release again, and each extraction names the copy, not its original."""
    from scale import fill_cache

    from presskg.builder.cache import ExtractionCache, pipeline_fingerprint
    from presskg.link.kb import kb_files
    from presskg.nlp import find_model
    from presskg.settings import DEFAULT_SETTINGS as S

    original = next(p for p in sources() if (seed_build / "cache" / f"{p.stem}.extraction.json").is_file())
    corpus = tmp_path / "c"
    corpus.mkdir()
    copies = [corpus / f"{original.stem}-{i:05d}.txt" for i in (0, 13, 26)]
    for p in copies:
        p.write_bytes(original.read_bytes())
    fill_cache(corpus, tmp_path / "out", seed_build)
    cache = ExtractionCache(tmp_path / "out", pipeline_fingerprint(find_model(S), repr(S.min_confidence), kb_files()))
    for p in copies:
        x = cache.get(p.stem, cache.key(p.read_text(), p))
        assert x is not None and x.release.identifier == p.stem
        assert original.stem not in (cache.entry(p.stem).read_text().replace(p.stem, ""))


def test_benchmarks_memstages_marks_each_stage_of_a_build(seed_build, tmp_path):
    """The stages' marks come from a real build: each stage begins and ends, memory is read, the
    process's peak is at least every high-water mark seen, the build process's own peak
    between them and wait4's."""
    from memstages import marked_build
    from scale import fill_cache

    original = next(p for p in sources() if (seed_build / "cache" / f"{p.stem}.extraction.json").is_file())
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in (0, 13):
        (corpus / f"{original.stem}-{i:05d}.txt").write_bytes(original.read_bytes())
    fill_cache(corpus, tmp_path / "out", seed_build)
    marks, peak, peaks = marked_build(corpus, tmp_path / "out", "--jobs", "1")
    seen = {(edge, name) for _, _, _, edge, name in marks}
    for stage in ("make_release_graphs", "validate", "StoreTexts.write", "read_network", "write_pages"):
        assert (">", stage) in seen and ("<", stage) in seen, stage
    assert all(rss > 0 and hwm >= rss for _, rss, hwm, _, _ in marks)
    assert peak >= max(hwm for _, _, hwm, _, _ in marks)
    assert max(hwm for _, _, hwm, _, _ in marks) <= peaks["build"] <= peak  # wait4's: the build's or a child's
    assert (tmp_path / "out" / "graph.nq").is_file()


def test_benchmarks_renamed_people_are_renamed_alike_in_text_and_gold(tmp_path):
    """benchmarks/renamed.py: a person's words get the same invented words in the release and in its gold (so a
    build that reads the release as it read the original still matches), and no original word is left."""
    import json

    from renamed import renamed_set

    releases, gold = tmp_path / "r", tmp_path / "g"
    releases.mkdir()
    gold.mkdir()
    (releases / "x.txt").write_text("title: T\npublisher: Orbix Dynamics\n---\nDr. Ana Lind, head of Orbix Dynamics "
                                    "(ODL), met Jon Berg. Lind said so.\n")
    (gold / "x.json").write_text(json.dumps({"release": "x", "entities": [
        {"id": "lind", "type": "Person", "names": ["Ana Lind", "Lind", "Dr. Ana Lind"]},
        {"id": "berg", "type": "Person", "names": ["Jon Berg"]},
        {"id": "odl", "type": "Company", "names": ["Orbix Dynamics", "ODL"]}]}))
    renamed_set(releases, gold, tmp_path / "p", "people", set())
    text = (tmp_path / "p" / "releases" / "x.txt").read_text()
    names = {n for e in json.loads((tmp_path / "p" / "gold" / "x.json").read_text())["entities"] for n in e["names"]}
    assert not {"Ana", "Lind", "Jon", "Berg"} & set(re.findall(r"\w+", text)), text
    assert all(n in text for n in names), (names, text)
    renamed_set(releases, gold, tmp_path / "o", "organizations", set())
    text = (tmp_path / "o" / "releases" / "x.txt").read_text()
    assert "Orbix" not in text and "ODL" not in text and "Ana Lind" in text, text
    assert "publisher: Orbix" not in text, text  # (the header names the publisher the gold names)


def test_benchmarks_renamed_doctests():
    import doctest

    import renamed

    assert doctest.testmod(renamed).failed == 0

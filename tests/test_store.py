"""Incremental builds: only what changed is read again, and the store matches a full build."""

import logging
import shutil

import pyoxigraph as ox

from presskg.builder.build import build
from presskg.errors import StoreError
from presskg.store import open_store

from .conftest import RELEASES, SEED

PK_MENTIONS = "https://w3id.org/presskg/ontology#mentions"

OTHER = """title: ESA and ASI meet
publisher: ESA
date: 2022-05-10
---
ESA Director General Josef Aschbacher and ASI President Giorgio Saccoccia held a meeting in Rome on 9 May 2022.
"""


def quads(build_dir):
    return sorted(str(q) for q in open_store(build_dir).quads_for_pattern(None, None, None, None))


def _two_releases(tmp_path):
    """A folder with the seed release and a short second one."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", src)
    (src / "esa-asi.txt").write_text(OTHER)
    return src


def test_store_incremental_build_replaces_only_what_changed(tmp_path, monkeypatch):
    from presskg.builder.spool import Spool

    src = _two_releases(tmp_path)
    out = tmp_path / "out"
    first = build([src], out=out, progress=False)
    assert first.reused == 0 and first.store["added"] >= 4

    again = build([src], out=out, progress=False)
    assert again.reused == 2 and again.store["replaced"] == 0 and again.store["added"] == 0

    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Paris"))
    asked = _fragments_asked(monkeypatch, Spool)
    changed = build([src], out=out, progress=False)
    assert changed.reused == 1
    assert changed.store["replaced"] == 1 and changed.store["removed"] == 0
    # only the changed release's parts of the files are written anew: the ontology's and the knowledge
    # base's graphs, made again by every build with the same N-Quads, keep theirs
    assert asked == {"https://w3id.org/presskg/release/esa-asi"}

    fresh = build([src], out=tmp_path / "fresh", progress=False)
    assert quads(out) == quads(tmp_path / "fresh")
    mentioned = {q.object for q in open_store(out).quads_for_pattern(None, ox.NamedNode(PK_MENTIONS), None, None)}
    assert changed.entities == fresh.entities == len(mentioned) > 0  # counted in the store's thread
    for name in ("graph.nq", "graph.trig", "graph.ttl", "graph.jsonld", "graph.rdf"):  # spliced = written whole
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    # pages from the entity graph's rows kept in the memo = pages from a store read afresh
    for name in ("graph.html", "report.md", "report.html", "releases/esa-asi.html"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert fresh.reused == 0

    (src / "esa-asi.txt").unlink()
    removed = build([src], out=out, progress=False)
    assert removed.store["removed"] == 1
    graphs = {g.value for g in open_store(out).named_graphs()}
    assert "https://w3id.org/presskg/release/esa-asi" not in graphs
    assert not (out / "cache" / "esa-asi.extraction.json").exists()


def _fragments_asked(monkeypatch, spool_class) -> set[str]:
    """The graphs whose parts of the files a build asks the spool for (from now on)."""
    asked: set[str] = set()
    real = spool_class.fragment

    def fragment(self, graph, fmt):
        asked.add(graph)
        return real(self, graph, fmt)

    monkeypatch.setattr(spool_class, "fragment", fragment)
    return asked


def test_store_files_of_another_writer_are_written_again_whole(tmp_path, monkeypatch):
    """Parts of the files are kept only while the code that wrote them is the same: files written by
    another version of it are written again, every graph's part, even with nothing else changed."""
    import presskg.publish.export as export
    from presskg.builder.spool import Spool

    src = _two_releases(tmp_path)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    before = {name: (out / name).read_bytes() for name in ("graph.nq", "graph.ttl", "graph.jsonld")}
    monkeypatch.setattr(export, "writer_version", lambda: "another")
    asked = _fragments_asked(monkeypatch, Spool)
    again = build([src], out=out, progress=False)
    assert again.reused == 0  # every graph made again (the releases' extractions from the cache) for the files
    assert {"https://w3id.org/presskg/release/esa-asi", f"https://w3id.org/presskg/release/{SEED}"} <= asked
    assert len(asked) >= 4  # the ontology's and the knowledge base's too
    assert {name: (out / name).read_bytes() for name in before} == before


def test_store_rebuild_pages_read_the_previous_store_while_the_new_one_is_written(tmp_path, monkeypatch, caplog):
    """A rebuild past the release pages does not wait for the store's update: the pages' rows of the
    graphs it made come from its spool, the others' from the previous store (here all of them, the
    entity graph's cache removed), and the pages are a fresh build's."""
    from dataclasses import replace

    import presskg.builder.build as builder
    from presskg.settings import DEFAULT_SETTINGS

    settings = replace(DEFAULT_SETTINGS, viz_release_pages=0)
    src = _two_releases(tmp_path)
    out = tmp_path / "out"
    build([src], out=out, settings=settings, progress=False)
    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Paris"))
    (out / "cache" / "network.memo").unlink()
    read = []
    real = builder.read_network
    monkeypatch.setattr(builder, "read_network", lambda store, *a, **k: (read.append(store), real(store, *a, **k))[1])
    again = build([src], out=out, settings=settings, progress=False)
    assert again.reused == 1 and read == [out / "store"]
    build([src], out=tmp_path / "fresh", settings=settings, progress=False)
    for name in ("graph.html", "report.md", "report.html"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert b"Paris" in (out / "graph.html").read_bytes()
    # and when the cache cannot be kept at all (a folder in its place): the same, with a warning
    (out / "cache" / "network.memo").unlink()
    (out / "cache" / "network.memo").mkdir()
    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Berlin"))
    caplog.clear()
    # (a logging configuration another test ran, import-linter's, disables the loggers that existed then)
    monkeypatch.setattr(logging.getLogger("presskg.views.netmemo"), "disabled", False)
    with caplog.at_level(logging.WARNING, logger="presskg"):
        build([src], out=out, settings=settings, progress=False)
    assert "cannot keep the cache of the entity graph" in caplog.text
    build([src], out=tmp_path / "fresh", settings=settings, progress=False)
    for name in ("graph.html", "report.md", "report.html"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert b"Berlin" in (out / "graph.html").read_bytes()


def test_store_infer_adds_an_inferred_graph_only(tmp_path, release_dir):
    from dataclasses import replace

    from presskg.settings import DEFAULT_SETTINGS

    build([release_dir], out=tmp_path / "b", settings=replace(DEFAULT_SETTINGS, infer=True), progress=False)
    store = open_store(tmp_path / "b")
    inferred = ox.NamedNode("https://w3id.org/presskg/graph/inferred")
    rel = ox.NamedNode(f"https://w3id.org/presskg/release/{SEED}")
    pk = "https://w3id.org/presskg/ontology#"
    jaxa, cnes = ox.NamedNode("https://w3id.org/presskg/resource/JAXA"), ox.NamedNode("https://w3id.org/presskg/resource/CNES")
    # symmetric partner and superclass, in the inferred graph and not in the release graph
    assert list(store.quads_for_pattern(jaxa, ox.NamedNode(pk + "partnerOf"), cnes, inferred))
    assert list(store.quads_for_pattern(jaxa, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                        ox.NamedNode(pk + "Agent"), inferred))
    assert not list(store.quads_for_pattern(jaxa, ox.NamedNode(pk + "partnerOf"), cnes, rel))


def _full_store_fails(monkeypatch) -> None:
    """The next store written whole fails after writing part of its folder."""
    from presskg.store import StoreTexts

    def broken(self, folder):
        (folder / "half-written").write_bytes(b"x")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(StoreTexts, "write", broken)


def test_store_failed_build_leaves_the_previous_store(tmp_path, release_dir, monkeypatch):
    """The store is made in a thread while the build validates and stages the files: its failure
    fails the build and changes nothing."""
    import pytest

    out = tmp_path / "b"
    build([release_dir], out=out, progress=False)
    before, nq = quads(out), (out / "graph.nq").read_bytes()
    _full_store_fails(monkeypatch)
    _edit(release_dir)  # its one release graph changes: the store is written whole
    with pytest.raises(StoreError, match=r"cannot write the store at .*No space left on device.*previous store"):
        build([release_dir], out=out, progress=False)
    assert quads(out) == before
    assert not any(p.name.startswith((".store.", ".graph.")) for p in out.iterdir())
    assert (out / "graph.nq").read_bytes() == nq  # the files follow the store: still the previous build


def test_store_failed_update_leaves_the_previous_store(tmp_path, monkeypatch):
    """An update (a copy of the store with the changed graphs replaced) that fails halfway changes nothing."""
    import pytest

    import presskg.store as store_mod

    src = _two_releases(tmp_path)
    out = tmp_path / "b"
    build([src], out=out, progress=False)
    before, nq = quads(out), (out / "graph.nq").read_bytes()

    def broken(triples):  # fails after the named graphs are replaced, before the default graph
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_mod, "_in_default", broken)
    _edit(src)
    with pytest.raises(StoreError, match=r"cannot write the store at .*: disk full; the previous store is unchanged"):
        build([src], out=out, progress=False)
    monkeypatch.undo()
    assert quads(out) == before and (out / "graph.nq").read_bytes() == nq
    assert not any(p.name.startswith((".store.", ".graph.")) for p in out.iterdir())
    assert build([src], out=out, progress=False).store == {"added": 0, "replaced": 1, "removed": 0, "kept": 3}


def test_store_in_memory_copy_reads_as_the_store(tmp_path, monkeypatch):
    """A full build reads its pages from a copy of its named graphs in memory while its store is
    written, loaded in chunks: the same quads, the same entity graph."""
    import presskg.store as store_mod
    from presskg.store import StoreTexts
    from presskg.views.network import to_networkx

    src = _two_releases(tmp_path)
    build([src], out=tmp_path / "b", progress=False)
    nq = (tmp_path / "b" / "graph.nq").read_bytes()
    by_graph: dict[str, list[bytes]] = {}
    for line in nq.splitlines(keepends=True):
        by_graph.setdefault(line.rsplit(b" ", 2)[-2].decode(), []).append(line)
    monkeypatch.setattr(store_mod, "LOAD_CHUNK", 1000)  # many chunks, each of whole graphs
    texts = StoreTexts.of([(b"".join(lines), b"") for _, lines in sorted(by_graph.items())])
    assert len(texts.nquads) > 2 and texts.quads  # the ontology's blank nodes are added as quads
    memory, disk = texts.in_memory(), open_store(tmp_path / "b")
    reference = ox.Store()  # the same quads as a store holds them (it writes xsd:integer for its subtypes)
    reference.extend(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
    assert sorted(map(str, memory)) == sorted(map(str, reference))
    assert sorted(map(str, memory)) == sorted(str(q) for q in disk if not isinstance(q.graph_name, ox.DefaultGraph))
    one, two = to_networkx(memory, include_kb=True), to_networkx(disk, include_kb=True)
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(keys=True, data=True)) == list(two.edges(keys=True, data=True))


def test_store_written_in_chunks_and_opened_again_holds_every_quad(tmp_path, monkeypatch):
    """The store's load closes and opens the store every few chunks (its memory): every named
    graph's quads and every fact are in it."""
    import presskg.store as store_mod
    from presskg.store import StoreTexts

    src = _two_releases(tmp_path)
    build([src], out=tmp_path / "b", progress=False)
    nq = (tmp_path / "b" / "graph.nq").read_bytes()
    by_graph: dict[str, list[bytes]] = {}
    for line in nq.splitlines(keepends=True):
        by_graph.setdefault(line.rsplit(b" ", 2)[-2].decode(), []).append(line)
    monkeypatch.setattr(store_mod, "LOAD_CHUNK", 1000)
    monkeypatch.setattr(store_mod, "REOPEN_EVERY", 1)
    texts = StoreTexts.of([(b"".join(lines), b"".join(x.rsplit(b" ", 2)[0] + b" .\n" for x in lines))
                           for _, lines in sorted(by_graph.items())])
    assert len(texts.nquads) > 2 and len(texts.facts) > 2
    texts.write(tmp_path / "s")
    reference = ox.Store()
    reference.extend(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
    disk = ox.Store.read_only(str(tmp_path / "s"))
    default = [q for q in disk if isinstance(q.graph_name, ox.DefaultGraph)]
    assert sorted(str(q) for q in disk if not isinstance(q.graph_name, ox.DefaultGraph)) == sorted(map(str, reference))
    assert sorted(str(q.triple) for q in default) == sorted({str(q.triple) for q in reference})


def test_store_with_jobs_matches_one_process(tmp_path):
    """``--jobs 2``: releases read by worker processes, the store written beside the files."""
    from dataclasses import replace

    from presskg.settings import DEFAULT_SETTINGS

    src = _two_releases(tmp_path)
    two = build([src], out=tmp_path / "two", settings=replace(DEFAULT_SETTINGS, jobs=2), progress=False)
    one = build([src], out=tmp_path / "one", progress=False)
    assert two.releases == one.releases and two.triples == one.triples
    assert quads(tmp_path / "two") == quads(tmp_path / "one")
    for name in ("graph.nq", "graph.trig", "graph.ttl", "graph.jsonld", "graph.rdf"):
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    for name in ("graph.html", "report.html", "report.md"):  # the report made in a fork
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    # the workers wrote the extraction cache, entries the same as one process writes
    for rid in two.releases:
        entry = f"cache/{rid}.extraction.json"
        assert (tmp_path / "two" / entry).read_bytes() == (tmp_path / "one" / entry).read_bytes(), rid


def test_store_failing_with_jobs_keeps_the_previous_build(tmp_path, release_dir, monkeypatch):
    """With ``--jobs 2`` the files are made by another process while the store is written."""
    from dataclasses import replace

    import pytest

    from presskg.settings import DEFAULT_SETTINGS

    out = tmp_path / "b"
    build([release_dir], out=out, progress=False)
    before, nq = quads(out), (out / "graph.nq").read_bytes()
    _full_store_fails(monkeypatch)
    _edit(release_dir)
    with pytest.raises(StoreError, match="No space left on device"):
        build([release_dir], out=out, settings=replace(DEFAULT_SETTINGS, jobs=2), progress=False)
    assert quads(out) == before and (out / "graph.nq").read_bytes() == nq
    assert not any(p.name.startswith((".store.", ".graph.")) for p in out.iterdir())


def test_store_rebuild_after_losing_a_file_and_the_cache(tmp_path):
    """A missing output file makes the next build write every file whole (reading releases again if
    their cached extraction is gone too), and the result is a fresh build's."""
    src = _two_releases(tmp_path)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    (out / "graph.ttl").unlink()
    shutil.rmtree(out / "cache")
    again = build([src], out=out, progress=False)
    assert again.reused == 0 and again.store["replaced"] == 0 and again.store["kept"] >= 2
    build([src], out=tmp_path / "fresh", progress=False)
    for name in ("graph.nq", "graph.trig", "graph.ttl", "graph.jsonld", "graph.rdf"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert quads(out) == quads(tmp_path / "fresh")


def _edit(release_dir):
    (release_dir / f"{SEED}.txt").write_text((release_dir / f"{SEED}.txt").read_text() + "\nJAXA met NASA.\n")


def test_store_files_failing_in_their_thread_fail_the_build_and_leave_the_files(tmp_path, release_dir, monkeypatch):
    """With one process the files are staged in a thread while the pages are made."""
    import pytest

    from presskg.builder.files import SpooledWriter
    from presskg.errors import BuildError

    out = tmp_path / "b"
    build([release_dir], out=out, progress=False)
    nq = (out / "graph.nq").read_bytes()
    real = SpooledWriter.stage  # the build's writer: each file a graph's part at a time

    def broken(self, *args, **kwargs):
        real(self, *args, **kwargs)  # the parts are written, then the disk fills up
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SpooledWriter, "stage", broken)
    _edit(release_dir)
    with pytest.raises(BuildError, match=r"writing the graph files into .* failed: OSError\(28, .No space left"):
        build([release_dir], out=out, progress=False)
    assert (out / "graph.nq").read_bytes() == nq
    assert not any(p.name.startswith((".store.", ".graph.")) for p in out.iterdir())


def test_store_pages_failing_leave_no_staged_files(tmp_path, release_dir, monkeypatch):
    import pytest

    import presskg.builder.build as build_mod

    out = tmp_path / "b"
    build([release_dir], out=out, progress=False)
    nq = (out / "graph.nq").read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("no page today")

    monkeypatch.setattr(build_mod, "write_pages", broken)
    _edit(release_dir)
    with pytest.raises(RuntimeError, match="no page today"):
        build([release_dir], out=out, progress=False)
    assert (out / "graph.nq").read_bytes() == nq
    assert not any(p.name.startswith(".graph.") for p in out.iterdir())


def test_store_report_failing_in_its_process_fails_the_build(tmp_path, release_dir, monkeypatch):
    """With ``--jobs 2`` the network report is made in a forked process while the graph page is written."""
    from dataclasses import replace

    import pytest

    import presskg.views.report as report_mod
    from presskg.errors import BuildError
    from presskg.settings import DEFAULT_SETTINGS

    def broken(G, out, **kwargs):
        raise RuntimeError("no plot today")

    monkeypatch.setattr(report_mod, "write_report", broken)
    with pytest.raises(BuildError, match=r"writing the network report into .* failed: RuntimeError\('no plot today"):
        build([release_dir], out=tmp_path / "b", settings=replace(DEFAULT_SETTINGS, jobs=2), progress=False)

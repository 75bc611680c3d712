"""The spool a build writes its graphs to, and what is made from it: files, store texts."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from presskg.builder.files import SpooledWriter
from presskg.builder.spool import Spool
from presskg.publish.export import DatasetWriter, Format, fragment, ntriples

EX = "https://example.org/"


def _graph(name: str, n: int, *, blank: bool = False) -> list[ox.Quad]:
    g = ox.NamedNode(EX + name)
    quads = [ox.Quad(ox.NamedNode(f"{EX}{name}/s{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"value {i} of {name}"), g)
             for i in range(n)]
    if blank:
        quads.append(ox.Quad(ox.BlankNode("c14n0"), ox.NamedNode(EX + "p"), ox.Literal("x", language="en"), g))
    return quads


def _spooled(tmp_path, graphs: dict[str, list[ox.Quad]]) -> Spool:
    spool = Spool(tmp_path)
    for name, quads in graphs.items():
        nq = fragment(quads, Format.NQUADS)
        spool.add(name, nq, ntriples(nq))
    return spool


def _built_and_fresh(tmp_path, first: dict, second: dict) -> tuple[SpooledWriter, DatasetWriter]:
    """The files of a build of ``first`` (in ``out``), and a fresh write of ``second`` (in ``fresh``) to compare a
    rebuild's files with."""
    with _spooled(tmp_path, first) as spool:
        writer = SpooledWriter(tmp_path / "out")
        writer.write(sorted(first), spool.fragment, changed=set(first))
    with _spooled(tmp_path, second) as spool:
        fresh = DatasetWriter(tmp_path / "fresh")
        fresh.write(sorted(second), spool.fragment, changed=set(second))
    return writer, fresh


def test_spool_gives_back_each_graph_and_its_fragments(tmp_path):
    graphs = {EX + "a": _graph("a", 3), EX + "b": _graph("b", 2, blank=True)}
    with _spooled(tmp_path, graphs) as spool:
        for name, quads in graphs.items():
            assert spool.quads(name) == quads  # order and blank node labels kept
            for fmt in Format:
                assert spool.fragment(name, fmt) == fragment(quads, fmt)
            assert [q.triple for q in spool.fact_quads(name)] == [q.triple for q in quads]
        assert spool.blank == {EX + "b"}
        folder = spool.dir
        assert folder.name.startswith(".spool.")
    assert not folder.exists()


def test_spool_writer_writes_the_bytes_and_index_of_the_dataset_writer(tmp_path):
    """First build, then a rebuild with one graph changed, one added and one removed: the streaming
    writer's files and index are the reference writer's, byte for byte."""
    first = {EX + f"g{i}": _graph(f"g{i}", i + 1) for i in range(4)}
    second = {**first, EX + "g1": _graph("g1", 5), EX + "g9": _graph("g9", 2, blank=True)}
    del second[EX + "g2"]
    results = []
    for kind in (DatasetWriter, SpooledWriter):
        out = tmp_path / kind.__name__
        with _spooled(tmp_path, first) as spool:
            names = sorted(first)
            writer = kind(out)
            writer.write(names, spool.fragment, changed=set(names))
        with _spooled(tmp_path, second) as spool:
            writer = kind(out, index=writer.index)
            names = sorted(second)
            assert writer.complete(names, {EX + "g1", EX + "g9"})
            writer.write(names, spool.fragment, changed={EX + "g1", EX + "g9"})
        results.append(({f: writer.path(f).read_bytes() for f in Format},
                         {f: writer.index[f.value]["spans"] for f in Format}))
    assert results[0] == results[1]
    nq = results[1][0][Format.NQUADS]
    assert sorted(ox.parse(nq, format=ox.RdfFormat.N_QUADS), key=str) == sorted(
        (q for g in second.values() for q in g), key=str)


def test_spool_writer_copies_unchanged_neighbours_as_one_range(tmp_path, monkeypatch):
    """A rebuild that changed one graph among eight copies each file's unchanged graphs in two
    ranges (before and after it), not one per graph, and writes the reference writer's bytes."""
    import presskg.builder.files as files_mod

    first = {EX + f"g{i}": _graph(f"g{i}", i + 2) for i in range(8)}
    second = {**first, EX + "g4": _graph("g4", 9)}
    copies: list[tuple[int, int]] = []
    real = files_mod.copy_range
    monkeypatch.setattr(files_mod, "copy_range", lambda src, dst, a, b: (copies.append((a, b)), real(src, dst, a, b)))
    results = []
    for kind in (DatasetWriter, SpooledWriter):
        out = tmp_path / kind.__name__
        with _spooled(tmp_path, first) as spool:
            writer = kind(out)
            writer.write(sorted(first), spool.fragment, changed=set(first))
        copies.clear()
        with _spooled(tmp_path, second) as spool:
            writer = kind(out, index=writer.index)
            writer.write(sorted(second), spool.fragment, changed={EX + "g4"})
        results.append(({f: writer.path(f).read_bytes() for f in Format},
                        {f: writer.index[f.value]["spans"] for f in Format}))
    assert results[0] == results[1]
    assert len(copies) == 2 * len(Format)  # g0..g3 and g5..g7, in each of the five files


def test_spool_writer_starts_each_file_on_its_way_to_disk_before_the_first_fsync(tmp_path, monkeypatch):
    """A rebuild's files are handed to the disk as they are written (every byte once, in order), and
    the first fsync comes only once every file is written: the flushes do not wait for each other's
    copies (issue 17). The bytes are a fresh write's."""
    import itertools
    import os

    import presskg.builder.files as files_mod

    first = {EX + f"g{i}": _graph(f"g{i}", i + 2) for i in range(6)}
    second = {**first, EX + "g3": _graph("g3", 9)}
    writer, fresh = _built_and_fresh(tmp_path, first, second)
    events: list[tuple] = []
    real_fsync = os.fsync
    monkeypatch.setattr(files_mod, "start_writeback", lambda fd, a, b: events.append(("wb", fd, a, b)))
    monkeypatch.setattr(files_mod.os, "fsync", lambda fd: (events.append(("fsync", fd)), real_fsync(fd))[1])
    with _spooled(tmp_path, second) as spool:
        writer = SpooledWriter(tmp_path / "out", index=writer.index)
        writer.write(sorted(second), spool.fragment, changed={EX + "g3"})
    files = {f: writer.path(f).read_bytes() for f in Format}
    assert files == {f: fresh.path(f).read_bytes() for f in Format}
    kinds = [e[0] for e in events]
    assert kinds.count("fsync") == len(Format)
    assert kinds.index("fsync") > max(i for i, k in enumerate(kinds) if k == "wb")
    by_fd: dict[int, list[tuple[int, int]]] = {}
    for e in events:
        if e[0] == "wb":
            by_fd.setdefault(e[1], []).append((e[2], e[3]))
    assert sorted(r[-1][1] for r in by_fd.values()) == sorted(len(b) for b in files.values())
    for ranges in by_fd.values():
        assert ranges[0][0] == 0 and all(a[1] == b[0] for a, b in itertools.pairwise(ranges))


@pytest.mark.parametrize("guess", ["right", "changed", "moved", "failed"])
def test_spool_writer_goes_on_from_the_files_begun_ahead(tmp_path, monkeypatch, guess):
    """Files begun ahead with a guess at their first unchanged graphs (SpooledWriter.begin): a right guess
    is gone on from (those graphs not copied again), a wrong one (a graph it copied changed, or a graph
    was added before them) or one whose thread failed is started again; either way the bytes are a fresh
    write's and no file of the guess is left behind."""
    import presskg.builder.files as files_mod

    first = {EX + f"g{i}": _graph(f"g{i}", i + 2) for i in range(8)}
    second = {**first, EX + "g5": _graph("g5", 9)}
    if guess == "changed":
        second[EX + "g1"] = _graph("g1", 7)
    if guess == "moved":
        second[EX + "g0a"] = _graph("g0a", 3)
    writer, fresh = _built_and_fresh(tmp_path, first, second)
    copies: list[tuple[int, int]] = []
    real = files_mod.copy_range
    monkeypatch.setattr(files_mod, "copy_range", lambda src, dst, a, b: (copies.append((a, b)), real(src, dst, a, b)))
    writer = SpooledWriter(tmp_path / "out", index=writer.index)
    if guess == "failed":
        monkeypatch.setattr(SpooledWriter, "_begun", lambda self, graphs: 1 / 0)
    writer.begin(sorted(first)[:5])  # g0..g4: unchanged, but for a wrong guess
    writer.ready()
    ahead = len(copies)
    changed = {EX + "g5", *({"changed": [EX + "g1"], "moved": [EX + "g0a"]}.get(guess, []))}
    with _spooled(tmp_path, second) as spool:
        writer.write(sorted(second), spool.fragment, changed=changed)
    writer.settle()
    assert {f: writer.path(f).read_bytes() for f in Format} == {f: fresh.path(f).read_bytes() for f in Format}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        ["context.jsonld", *(f"graph.{f.value}" for f in Format)])
    if guess == "right":
        assert ahead == len(Format) and len(copies) == 2 * len(Format)  # g0..g4 ahead, then g6..g7 only
    elif guess == "failed":
        assert ahead == 0
    else:
        assert ahead == len(Format) and len(copies) > 2 * len(Format)  # copied again


def test_spool_writer_discards_the_files_begun_ahead(tmp_path):
    graphs = {EX + f"g{i}": _graph(f"g{i}", 3) for i in range(4)}
    with _spooled(tmp_path, graphs) as spool:
        writer = SpooledWriter(tmp_path / "out")
        writer.write(sorted(graphs), spool.fragment, changed=set(graphs))
    writer = SpooledWriter(tmp_path / "out", index=writer.index)
    writer.begin(sorted(graphs)[:2])
    writer.discard()
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_spool_store_texts_load_the_store_in_chunks_of_whole_graphs(tmp_path, monkeypatch):
    import presskg.builder.spool as spool_mod

    graphs = {EX + f"g{i}": _graph(f"g{i}", 20) for i in range(6)}
    graphs[EX + "onto"] = _graph("onto", 1, blank=True)
    monkeypatch.setattr(spool_mod, "LOAD_CHUNK", 3000)
    with _spooled(tmp_path, graphs) as spool:
        texts = spool.store_texts(sorted(graphs))
        chunks = list(texts.nquads)
        assert len(chunks) > 2 and list(texts.nquads) == chunks  # read again for a second store
        assert all(c.endswith(b" .\n") for c in chunks)
        dest = tmp_path / "store"
        dest.mkdir()
        texts.write(dest)
        store = ox.Store.read_only(str(dest))
    named = sorted(str(q) for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    assert named == sorted(str(q) for g in graphs.values() for q in g)
    default = sorted(str(q.triple) for q in store if isinstance(q.graph_name, ox.DefaultGraph))
    assert default == sorted(str(q.triple) for g in graphs.values() for q in g)
    # the blank node is the same node in its named graph and in the default graph
    assert {q.subject for q in store if isinstance(q.subject, ox.BlankNode)} == {ox.BlankNode("c14n0")}


def test_spool_feed_loads_the_store_while_graphs_are_added(tmp_path, monkeypatch):
    """A store fed by the spool takes each graph as it is added, in pieces, while the graphs are
    still being made; once sealed it holds what a store loaded after the last graph holds."""
    import threading

    import presskg.builder.spool as spool_mod

    graphs = {EX + f"g{i}": _graph(f"g{i}", 20) for i in range(6)}
    graphs[EX + "onto"] = _graph("onto", 1, blank=True)
    monkeypatch.setattr(spool_mod, "LOAD_CHUNK", 3000)
    loaded: list[bytes] = []
    with Spool(tmp_path) as spool:
        texts = spool.feed()
        dest = tmp_path / "store"
        dest.mkdir()
        feed_iter = iter(texts.nquads)
        first_three = list(graphs.items())[:3]
        for name, quads in first_three:
            nq = fragment(quads, Format.NQUADS)
            spool.add(name, nq, ntriples(nq))
        loaded.append(next(feed_iter))  # a piece is ready before the last graph is added
        assert loaded[0].count(b"\n") >= 40  # whole graphs
        rest = dict(list(graphs.items())[3:])

        def write_rest():
            for name, quads in rest.items():
                nq = fragment(quads, Format.NQUADS)
                spool.add(name, nq, ntriples(nq))
            spool.seal()

        writer = threading.Thread(target=write_rest)
        writer.start()
        loaded += list(feed_iter)
        writer.join()
        # the store: what was loaded from the pieces, then the facts and the blank-node graph as write() does
        store = ox.Store(str(dest))
        for piece in loaded:
            store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)
        store.bulk_extend(texts.quads)
        for piece in texts.facts:
            store.bulk_load(piece, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        store.bulk_extend(texts.default)
        spool.seal()  # twice: nothing more
    named = sorted(str(q) for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    assert named == sorted(str(q) for g in graphs.values() for q in g)
    default = sorted(str(q.triple) for q in store if isinstance(q.graph_name, ox.DefaultGraph))
    assert default == sorted(str(q.triple) for g in graphs.values() for q in g)
    assert {q.subject for q in store if isinstance(q.subject, ox.BlankNode)} == {ox.BlankNode("c14n0")}


def test_spool_feed_write_ends_when_sealed_without_graphs(tmp_path):
    """A build that fails before its first graph seals the feed: the store's thread ends."""
    with Spool(tmp_path) as spool:
        texts = spool.feed()
        spool.seal()
        dest = tmp_path / "store"
        dest.mkdir()
        texts.write(dest)
    assert len(ox.Store.read_only(str(dest))) == 0


def test_spool_spans_are_one_array_and_give_each_graph_its_span(tmp_path):
    """Where each graph lies is held as integers in one array, not a tuple per graph (issue 19), and reads
    as the mapping it was: each graph's four offsets, in the order the graphs were added."""
    graphs = {f"{EX}g{i}": _graph(f"g{i}", i + 1) for i in range(5)}
    with _spooled(tmp_path, graphs) as spool:
        assert list(spool.spans) == list(graphs) and len(spool.spans) == 5
        assert f"{EX}g3" in spool.spans and f"{EX}g9" not in spool.spans
        ends = [0, 0]
        for name, quads in graphs.items():
            nq = fragment(quads, Format.NQUADS)
            assert spool.spans[name] == (ends[0], ends[0] + len(nq), ends[1], ends[1] + len(ntriples(nq)))
            assert spool.nquads(name) == nq and spool.facts(name) == ntriples(nq)
            ends = [spool.spans[name][1], spool.spans[name][3]]
        assert not any(isinstance(v, tuple) for v in vars(spool.spans).values())
        with pytest.raises(KeyError):
            spool.spans[f"{EX}g9"]

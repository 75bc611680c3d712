"""The build's files from per-graph parts: unchanged parts copied from the current file, the rest new."""

import errno
import json
import os

import pyoxigraph as ox
import pytest

from presskg import _atomic
from presskg.publish.export import DatasetWriter, Format, fragment

G = [f"https://w3id.org/presskg/release/r{i}" for i in range(4)]


def _quads(g: str, label: str) -> list[ox.Quad]:
    e = ox.NamedNode(g.replace("/release/", "/resource/") + "_thing")
    return [ox.Quad(e, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(label),
                    ox.NamedNode(g))]


def _write(writer: DatasetWriter, labels: dict[str, str], changed: set[str]) -> set[tuple[str, str]]:
    asked = set()

    def part(g, fmt):
        asked.add((g, fmt.value))
        return fragment(_quads(g, labels[g]), fmt)

    writer.write(sorted(labels), part, changed=changed)
    return asked


def test_export_rewrite_copies_unchanged_parts_and_equals_a_fresh_write(tmp_path):
    labels = {g: f"label {i}" for i, g in enumerate(G)}
    first = DatasetWriter(tmp_path / "a")
    _write(first, labels, set(G))
    labels[G[2]] = "a new label, longer than before"
    del labels[G[0]]
    again = DatasetWriter(tmp_path / "a", index=json.loads(json.dumps(first.index)))
    asked = _write(again, labels, {G[2]})
    assert {g for g, _ in asked} == {G[2]}  # the others were copied from the files
    fresh = DatasetWriter(tmp_path / "b")
    _write(fresh, labels, set(labels))
    for fmt in Format:
        assert again.path(fmt).read_bytes() == fresh.path(fmt).read_bytes(), fmt
    parsed = ox.Dataset(ox.parse(path=str(again.path(Format.NQUADS)), format=ox.RdfFormat.N_QUADS))
    assert {q.object.value for q in parsed} == set(labels.values())
    json.loads(again.path(Format.JSONLD).read_text())  # the separators between copied parts are intact


def test_export_a_file_changed_behind_the_index_is_written_whole(tmp_path):
    labels = {g: g[-2:] for g in G}
    first = DatasetWriter(tmp_path)
    _write(first, labels, set(G))
    path = first.path(Format.TRIG)
    path.write_bytes(path.read_bytes() + b"\n")
    again = DatasetWriter(tmp_path, index=first.index)
    asked = _write(again, labels, set())
    assert {g for g, fmt in asked if fmt == "trig"} == set(G)
    assert not {g for g, fmt in asked if fmt != "trig"}


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_atomic_write_pieces_beside_joins_bytes_and_ranges(tmp_path, monkeypatch, kernel_copy):
    source = tmp_path / "source"
    source.write_bytes(bytes(range(256)) * 5000)  # larger than one read of the fallback copy
    if not kernel_copy:
        def refuse(*args):
            raise OSError(errno.EXDEV, "cross-device")
        monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    pieces = [b"head", (10, 20), (20, 1_100_000), b"", (5, 5), b"tail", (0, 3)]
    tmp = _atomic.write_pieces_beside(tmp_path / "dest", pieces, source)
    data = source.read_bytes()
    assert tmp.read_bytes() == b"head" + data[10:1_100_000] + b"tail" + data[0:3]
    assert tmp.parent == tmp_path and tmp.name.startswith(".dest.")


def test_atomic_write_pieces_beside_refuses_a_range_past_the_source(tmp_path):
    source = tmp_path / "source"
    source.write_bytes(b"0123456789")
    with pytest.raises(OSError, match="ends at byte 10"):
        _atomic.write_pieces_beside(tmp_path / "dest", [(5, 20)], source)
    assert [p.name for p in tmp_path.iterdir()] == ["source"]  # no temporary file left behind


def test_export_ntriples_drops_graph_names_and_keeps_every_term():
    from presskg.publish.export import ntriples

    g = ox.NamedNode("https://w3id.org/presskg/release/r1")
    s, p = ox.NamedNode("https://w3id.org/presskg/resource/A"), ox.NamedNode("https://example.org/p")
    objects = [ox.Literal('tricky <https://x.org/g> .\n"quoted" <end> .'), ox.Literal("été", language="fr"),
               ox.Literal("2021-02-25", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
               ox.NamedNode("https://w3id.org/presskg/resource/B"), ox.BlankNode("b1")]
    quads = [ox.Quad(s, p, o, g) for o in objects]
    text = ntriples(fragment(quads, Format.NQUADS))
    assert [q.triple for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)] == [q.triple for q in quads]


def _pyld_compaction(nq_path) -> dict:
    """What pyld, a JSON-LD processor, makes of the build's quads: Oxigraph's expanded JSON-LD of
    them, compacted with the published context."""
    from pyld import jsonld

    from presskg.publish.export import CONTEXT

    expanded = json.loads(ox.serialize(ox.parse(path=str(nq_path), format=ox.RdfFormat.N_QUADS),
                                       format=ox.RdfFormat.JSON_LD))
    return jsonld.compact(expanded, {"@context": CONTEXT})


def test_export_jsonld_is_byte_for_byte_pyld_compaction(seed_build):
    ref = _pyld_compaction(seed_build / "graph.nq")
    # the file's layout: the context one prefix a line, then one graph object a line
    head = json.dumps({"@context": ref["@context"]}, indent=1, ensure_ascii=False)[:-2] + ',\n "@graph": [\n'
    graphs = ",\n".join(json.dumps(g, ensure_ascii=False, separators=(",", ":")) for g in ref["@graph"])
    expected = (head + graphs + "\n ]\n}\n").encode()
    assert len(ref["@graph"]) >= 3  # the release, the knowledge base, the ontology
    assert (seed_build / "graph.jsonld").read_bytes() == expected


def test_export_jsonld_expands_to_the_quads_of_nquads(seed_build):
    """pyld reads graph.jsonld back to exactly the quads of graph.nq (blank nodes up to renaming)."""
    from pyld import jsonld
    from rdflib import Graph
    from rdflib.compare import isomorphic

    doc = json.loads((seed_build / "graph.jsonld").read_text(encoding="utf-8"))
    nq = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    got = list(ox.parse(nq.encode(), format=ox.RdfFormat.N_QUADS))
    want = list(ox.parse(path=str(seed_build / "graph.nq"), format=ox.RdfFormat.N_QUADS))

    def split(quads):
        blank = [q for q in quads if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)]
        return {q for q in quads if q not in set(blank)}, blank

    (got_named, got_blank), (want_named, want_blank) = split(got), split(want)
    assert got_named == want_named and len(got) == len(want)
    assert {q.graph_name for q in got_blank} == {q.graph_name for q in want_blank}
    for g in {q.graph_name for q in want_blank}:
        a, b = Graph(), Graph()
        a.parse(data=ox.serialize([q.triple for q in got_blank if q.graph_name == g], format=ox.RdfFormat.N_TRIPLES),
                format="nt")
        b.parse(data=ox.serialize([q.triple for q in want_blank if q.graph_name == g], format=ox.RdfFormat.N_TRIPLES),
                format="nt")
        assert isomorphic(a, b), g


def test_export_context_is_published_and_loads_as_a_dataset(seed_build):
    """README "Linked-data files": graph.jsonld is a dataset (named graphs); a plain Graph sees none of it."""
    from rdflib import Dataset, Graph

    context = json.loads((seed_build / "context.jsonld").read_text(encoding="utf-8"))
    doc = json.loads((seed_build / "graph.jsonld").read_text(encoding="utf-8"))
    assert context == {"@context": doc["@context"]}
    ds = Dataset()
    ds.parse(seed_build / "graph.jsonld", format="json-ld")
    quads = sum(1 for _ in ox.parse(path=str(seed_build / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    assert len(list(ds.quads((None, None, None, None)))) == quads
    assert len(Graph().parse(seed_build / "graph.jsonld", format="json-ld")) == 0


def test_export_staged_files_fork_for_many_graphs_and_write_the_same_bytes(tmp_path, monkeypatch):
    """With one job, many graphs to serialize are staged in a forked process (beside the build's
    validation and pages, not sharing their interpreter), few in a thread; the files are the same."""
    import presskg.publish.export as export
    from presskg._beside import Forked, Threaded

    labels = {f"https://w3id.org/presskg/release/r{i:03d}": f"label {i}" for i in range(80)}

    def part(g, fmt):
        return fragment(_quads(g, labels[g]), fmt)

    made = {}
    for where, at in (("thread", 10**6), ("fork", 64)):
        monkeypatch.setattr(export, "FORK_FILES_AT", at)
        writer = DatasetWriter(tmp_path / where)
        staged = export.StagedFiles(writer, sorted(labels), part, changed=set(labels), jobs=1)
        with staged:
            assert isinstance(staged.running, Forked if where == "fork" else Threaded)
            staged.wait()
        made[where] = {fmt: p.read_bytes() for fmt, p in writer.commit().items()}
    assert set(made["fork"]) == set(Format)
    assert made["fork"] == made["thread"]


@pytest.mark.parametrize("links", [True, False])
def test_export_commit_removes_the_replaced_files_beside_the_build(tmp_path, monkeypatch, links):
    """The files a commit replaces keep a second name until removed in a thread (their blocks are
    not freed by the build's own thread); a reader that opened one reads it whole; settle waits for
    the removal. Where there are no hard links, replacing frees them at once, as before."""
    if not links:
        def refuse(*args):
            raise OSError(errno.EPERM, "no hard links here")
        monkeypatch.setattr(os, "link", refuse)
    labels = {g: g[-2:] for g in G}
    first = DatasetWriter(tmp_path)
    _write(first, labels, set(G))
    before = first.path(Format.NQUADS).read_bytes()
    labels[G[1]] = "changed"
    again = DatasetWriter(tmp_path, index=first.index)
    with open(first.path(Format.NQUADS), "rb") as reader:
        _write(again, labels, {G[1]})
        again.settle()
        assert reader.read() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".old")]
    assert b'"changed"' in again.path(Format.NQUADS).read_bytes()
    again.settle()  # nothing left to wait for


def test_atomic_set_aside_then_leftovers_removed(tmp_path):
    """A build killed between a commit and the removal leaves ``.NAME.old``: the next build removes it."""
    dest = tmp_path / "graph.nq"
    dest.write_bytes(b"old")
    (aside,) = _atomic.set_aside(dest)
    assert aside.name == ".graph.nq.old" and aside.read_bytes() == b"old"
    assert _atomic.set_aside(dest) == [aside]  # a leftover of the same name is replaced
    assert _atomic.set_aside(tmp_path / "none") == []
    assert _atomic.remove_leftovers(tmp_path) == [aside]
    assert dest.read_bytes() == b"old"


def test_atomic_set_text_writes_only_what_differs(tmp_path, monkeypatch):
    dest = tmp_path / "errors.json"
    assert _atomic.set_text(dest, "[]\n") and dest.read_text() == "[]\n"
    writes = []
    real = _atomic.write_bytes
    monkeypatch.setattr(_atomic, "write_bytes", lambda *a, **k: (writes.append(a[0]), real(*a, **k)))
    assert not _atomic.set_text(dest, "[]\n") and not writes  # the same text: left as it is
    assert _atomic.set_text(dest, "[1]\n") and writes == [dest] and dest.read_text() == "[1]\n"
    assert _atomic.set_text(dest, "[2]\n") and dest.read_text() == "[2]\n"  # same size, other bytes

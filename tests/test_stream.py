"""Releases flow through a build in batches: the outputs do not depend on the batch size."""

from __future__ import annotations

import shutil

import pyoxigraph as ox

from presskg.builder.build import build

from .conftest import RELEASES, SAMPLES

#: What a build writes that must not depend on how releases were batched.
FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.rdf", "graph.jsonld", "graph.html", "report.md",
         "report.html", "errors.json")


def _outputs(out) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in FILES}
    for sub in ("releases", "report"):
        files.update({str(p.relative_to(out)): p.read_bytes() for p in sorted((out / sub).rglob("*")) if p.is_file()})
    return files


def _store(out) -> list[str]:
    return sorted(map(str, ox.Store.read_only(str(out / "store"))))


def test_stream_batch_of_one_and_a_large_batch_give_identical_outputs(samples_build, tmp_path, monkeypatch):
    """The bundled releases built a release at a time (spooled, validated, pages read from the store
    on disk) and all in one batch (pages from a copy in memory): the same bytes, the same store."""
    import presskg.builder.build as build_mod
    import presskg.builder.stream as stream

    outs = {}
    for batch, in_memory in ((1, 0), (10_000, 1 << 30)):
        out = tmp_path / f"batch-{batch}"
        out.mkdir()
        shutil.copytree(samples_build / "cache", out / "cache")  # the extractions: no language model needed
        (out / "cache" / "network.memo").unlink(missing_ok=True)
        monkeypatch.setattr(stream, "BATCH", batch)
        monkeypatch.setattr(stream, "VALIDATION_BATCH", batch)
        monkeypatch.setattr(build_mod, "IN_MEMORY_PAGES", in_memory)
        result = build([RELEASES, SAMPLES], out=out, progress=False)
        assert result.reused == 0 and len(result.releases) == len([*RELEASES.rglob("*.txt"), *SAMPLES.rglob("*.txt")])
        assert not any(p.name.startswith(".spool.") for p in out.iterdir())  # the spool is gone
        outs[batch] = out
    one, large = _outputs(outs[1]), _outputs(outs[10_000])
    assert one.keys() == large.keys() and len(one) > len(FILES)
    for name in one:
        assert one[name] == large[name], f"{name} differs between batch sizes"
    assert _store(outs[1]) == _store(outs[10_000])
    reference = _outputs(samples_build)  # and both are what the default build wrote
    assert all(reference[name] == one[name] for name in FILES)


def test_stream_failed_build_leaves_no_spool(tmp_path, release_dir, monkeypatch):
    """A build that stops after spooling its graphs removes the spool with the rest of its work."""
    import pytest

    from presskg.errors import ValidationError

    def broken(*args, **kwargs):
        raise ValidationError("the graph breaks 1 SHACL constraint(s)")

    monkeypatch.setattr("presskg.builder.build.validate", broken)
    out = tmp_path / "b"
    with pytest.raises(ValidationError):
        build([release_dir], out=out, progress=False)
    assert not any(p.name.startswith(".spool.") for p in out.iterdir())


def test_stream_compact_summary_shares_repeated_names_and_keeps_classes():
    """Naming summaries are held with their strings interned: two releases' equal names are one
    object; a class made now (an enum member) stays itself; the summary is equal to what it was."""
    from presskg.builder.stream import compact_summary
    from presskg.vocab import Class

    def fresh(text):  # a string object of its own, as decoding a cache entry gives
        return "".join(list(text))

    one = ((fresh("e:nasa"), fresh("NASA"), (fresh("National Aeronautics and Space Administration"),),
            (Class.SpaceAgency,)),)
    two = ((fresh("e:nasa"), fresh("NASA"), (), (fresh("SpaceAgency"),)),)
    assert one[0][1] is not two[0][1]
    a, b = compact_summary(one), compact_summary(two)
    assert a == one and b == two
    assert a[0][0] is b[0][0] and a[0][1] is b[0][1]
    assert a[0][3][0] is Class.SpaceAgency


def test_stream_compact_summary_holds_an_entry_seen_before_once():
    """With a build's table of entries, a thing named alike in two releases is one entry object
    (a summary equal to what it was); without it, each summary has its own."""
    from presskg.builder.stream import compact_summary

    def summary():  # objects of their own, as decoding two releases' cache entries gives
        return (("".join("e:esa"), "".join("ESA"), (), ("SpaceAgency",)),
                ("e:x", "".join(["Lena ", "Varga"]), (), ("Person",)))

    shared: dict = {}
    a, b = compact_summary(summary(), shared), compact_summary(summary(), shared)
    assert a == b == summary() and a[0] is b[0] and a[1] is b[1]
    c, d = compact_summary(summary()), compact_summary(summary())
    assert c == d and c[0] is not d[0]


def test_what_the_build_holds_of_a_release_once_its_graph_is_made(samples_build, tmp_path, monkeypatch):
    """Past the graphs (SHACL, the store, the pages: what sets the peak) a build holds of each release
    only its identifier, file, encoding and warnings, and no table of the releases by graph (issue 19);
    its graphs' records have no ``__dict__``. A graph that breaks the shapes is still named by its file."""
    import presskg.builder.build as build_mod
    from presskg.builder.graphs import Graph

    assert not hasattr(Graph("0" * 64, 1), "__dict__")
    seen = []
    real = build_mod.validate

    def validate(out, spool, changed, releases=None):
        seen.append(releases)
        return real(out, spool, changed, releases)

    monkeypatch.setattr(build_mod, "validate", validate)
    out = tmp_path / "b"
    out.mkdir()
    shutil.copytree(samples_build / "cache", out / "cache")  # the extractions: no language model needed
    result = build([SAMPLES], out=out, progress=False)
    releases, = seen
    assert isinstance(releases, list) and [r.identifier for r in releases] == result.releases
    for r in releases:  # a record of slots, its file one string shared by the folder's releases and its suffix
        assert not hasattr(r, "__dict__") and not hasattr(r, "text") and not hasattr(r, "title")
        assert r.path is not None and r.path.stem == r.identifier and r.path.is_file()
    assert len({id(r.folder) for r in releases}) < len(releases)


def test_stream_full_build_holds_no_texts_nor_chunk_spans_past_its_graphs(samples_build, tmp_path, monkeypatch):
    """Issue 19: a large first build lets go of its releases as read (with their texts) once their summaries
    are made, and makes no list of the spool's chunks when its store loads from the spool's feed and its
    pages do not read a copy in memory; its outputs are the default build's."""
    import presskg.builder.build as build_mod
    from presskg.builder.ahead import ReadAhead
    from presskg.builder.spool import Spool

    made = []

    class Recorded(ReadAhead):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            made.append(self)

    def no_texts(self, graphs):
        raise AssertionError("the store's texts listed though the store loads from the feed")

    monkeypatch.setattr(build_mod, "ReadAhead", Recorded)
    monkeypatch.setattr(build_mod, "IN_MEMORY_PAGES", 0)  # as past some 150 releases
    monkeypatch.setattr(Spool, "store_texts", no_texts)
    out = tmp_path / "out"
    out.mkdir()
    shutil.copytree(samples_build / "cache", out / "cache")  # the extractions: no language model needed
    (out / "cache" / "network.memo").unlink(missing_ok=True)
    result = build([RELEASES, SAMPLES], out=out, progress=False)
    assert result.reused == 0 and len(made) == 1 and made[0].releases == []
    reference, ours = _outputs(samples_build), _outputs(out)
    assert all(reference[name] == ours[name] for name in FILES)


def test_stream_no_release_read_is_held_past_its_graphs(samples_build, tmp_path, monkeypatch):
    """Issue 19: once the release graphs are made, no record of a release as read (its text among it,
    some 2.5 KB a release) is held by the build, while SHACL, the store and the pages run; its list of the
    releases to read was held to the build's end."""
    import gc

    import presskg.builder.build as build_mod
    from presskg.model import Release

    held: list[str] = []
    real = build_mod._store_files_pages

    def store_files_pages(*a, **k):
        gc.unfreeze()  # the build froze what it held: listed again
        held.extend(o.identifier for o in gc.get_objects() if type(o) is Release and o.text)
        return real(*a, **k)

    monkeypatch.setattr(build_mod, "_store_files_pages", store_files_pages)
    out = tmp_path / "out"
    out.mkdir()
    shutil.copytree(samples_build / "cache", out / "cache")  # the extractions: no language model needed
    result = build([SAMPLES], out=out, progress=False)
    assert result.reused == 0 and len(result.releases) > 2
    # at most one of this build's (the last read, referenced from a closure's cell: one record, whatever
    # the corpus); records of other tests' builds in this process are not this build's to let go
    assert len(set(held) & set(result.releases)) <= 1


def test_stream_large_build_pages_wait_for_the_store_and_write_the_same(samples_build, tmp_path, monkeypatch):
    """Issue 19: from ``PAGES_AFTER_STORE_AT`` releases a full build's pages read the entity graph once the
    store's load (its compaction) has ended, not beside it (the two together set the peak of 8,000
    releases); below, they go on beside it. The outputs are the same either way."""
    from dataclasses import replace

    import presskg.builder.build as build_mod
    from presskg.settings import DEFAULT_SETTINGS

    seen = []
    real = build_mod.read_network

    def read_network(source, out, hashes, **kw):
        seen.append(kw["ready"])
        return real(source, out, hashes, **kw)

    monkeypatch.setattr(build_mod, "read_network", read_network)
    monkeypatch.setattr(build_mod, "IN_MEMORY_PAGES", 0)  # as past some 150 releases
    settings = replace(DEFAULT_SETTINGS, viz_release_pages=0)  # as a large build: no page per release
    outputs = []
    for at in (10**9, 0):
        monkeypatch.setattr(build_mod, "PAGES_AFTER_STORE_AT", at)
        out = tmp_path / f"out{at}"
        out.mkdir()
        shutil.copytree(samples_build / "cache", out / "cache")  # the extractions: no language model needed
        (out / "cache" / "network.memo").unlink(missing_ok=True)
        build([SAMPLES], out=out, settings=settings, progress=False)
        outputs.append(_outputs(out))
    beside, after = seen
    assert callable(beside) and after is None  # beside: waited for only should a row need the store
    assert outputs[0] == outputs[1]

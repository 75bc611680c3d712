"""A one-process build runs the extraction rules in a forked process beside the language model
(``builder/rules_beside.py``): the same outputs, the rules really elsewhere, and a build that
survives that process's death."""

from __future__ import annotations

import os

from presskg.builder.build import build
from presskg.settings import DEFAULT_SETTINGS

from .conftest import RELEASES, SAMPLES
from .test_stream import FILES, _outputs, _store


def _cache_entries(out) -> dict[str, object]:
    import json

    entries = {}
    for f in sorted((out / "cache").glob("*.extraction.json")):
        doc = json.loads(f.read_bytes())
        entries[f.name] = doc["x"]
    return entries


def _beside_build(out, monkeypatch, extract_hook, settings=DEFAULT_SETTINGS):
    import presskg.builder.limits as limits
    import presskg.builder.rules_beside as beside

    real = limits.extract

    def hooked(rel, *a, **k):
        extract_hook(rel)
        return real(rel, *a, **k)

    monkeypatch.setattr(beside, "BESIDE_AT", 1)  # every build reads beside, however small
    monkeypatch.setattr(beside, "cores", lambda: 2)  # (and on a machine of one core)
    monkeypatch.setattr(limits, "extract", hooked)
    return build([RELEASES, SAMPLES], out=out, progress=False, settings=settings)


def test_beside_rules_run_in_another_process_and_give_the_same_build(samples_build, tmp_path, monkeypatch):
    """Every extraction is made in the rules' process, not in the build's; every file, page, cache
    entry and the store are those of the build that reads in one process."""
    pids = tmp_path / "pids"
    me = os.getpid()

    def note(rel):
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")

    out = tmp_path / "beside"
    result = _beside_build(out, monkeypatch, note)
    seen = pids.read_text().split()
    assert len(seen) == len(result.releases) and str(me) not in seen and len(set(seen)) == 1
    reference, made = _outputs(samples_build), _outputs(out)
    assert made.keys() == reference.keys() and len(made) > len(FILES)
    for name in made:
        assert made[name] == reference[name], f"{name} differs when the rules run beside the model"
    assert _store(out) == _store(samples_build)
    assert _cache_entries(out) == _cache_entries(samples_build)


def test_beside_rules_process_dies_the_build_reads_the_rest_itself(samples_build, tmp_path, monkeypatch):
    """The rules' process killed at its fifth release: the releases it had not sent back are read in
    the build's process, and the build is the same."""
    me = os.getpid()
    count = tmp_path / "count"

    def die_fifth(rel):
        if os.getpid() == me:
            return
        with count.open("a") as fh:
            fh.write("x")
        if len(count.read_text()) == 5:
            os._exit(9)

    out = tmp_path / "died"
    result = _beside_build(out, monkeypatch, die_fifth)
    assert not result.failed and len(count.read_text()) == 5
    assert _outputs(out) == _outputs(samples_build)
    assert _store(out) == _store(samples_build)


def test_large_full_build_makes_its_pages_while_the_store_is_written(samples_build, tmp_path, monkeypatch):
    """A full build past the release pages reads its pages' rows from its spool: the pages are made
    while the store's load ends beside them (a store slowed down here ends after the entity graph
    is read), and the outputs are those of a build whose store was not slowed."""
    import shutil
    import threading
    import time
    from dataclasses import replace

    import presskg.builder.build as build_mod
    import presskg.store as store_mod
    from presskg.settings import DEFAULT_SETTINGS

    settings = replace(DEFAULT_SETTINGS, viz_release_pages=1)  # no page per release: rows from the spool
    monkeypatch.setattr(build_mod, "IN_MEMORY_PAGES", 0)  # as past some 150 releases: no copy in memory
    outs, order = {}, []
    for slow in (False, True):
        out = tmp_path / f"slow-{slow}"
        out.mkdir()
        shutil.copytree(samples_build / "cache", out / "cache")  # the extractions: no language model needed
        shutil.rmtree(out / "cache" / "views")  # the pages' kept results: computed again
        (out / "cache" / "network.memo").unlink()
        if slow:
            write, read = store_mod.StoreTexts.write, build_mod.read_network

            def slow_write(self, dest, write=write):
                write(self, dest)
                time.sleep(3)
                order.append(("store", threading.current_thread().name))

            def noted_read(*a, read=read, **k):
                G = read(*a, **k)
                order.append(("pages", threading.current_thread().name))
                return G

            monkeypatch.setattr(store_mod.StoreTexts, "write", slow_write)
            monkeypatch.setattr(build_mod, "read_network", noted_read)
        result = build([RELEASES, SAMPLES], out=out, settings=settings, progress=False)
        assert result.reused == 0 and not result.failed
        outs[slow] = out
    assert [what for what, _ in order] == ["pages", "store"]
    assert _outputs(outs[True]) == _outputs(outs[False])
    assert _store(outs[True]) == _store(outs[False])


def test_one_process_reads_every_release_in_the_builds_process(tmp_path, monkeypatch):
    """``presskg build --one-process`` (``rules_beside=False``): no rules' process, however many releases."""
    from dataclasses import replace

    pids = tmp_path / "pids"

    def note(rel):
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")

    result = _beside_build(tmp_path / "here", monkeypatch, note, replace(DEFAULT_SETTINGS, rules_beside=False))
    assert pids.read_text().split() == [str(os.getpid())] * len(result.releases)


def test_the_rules_stay_here_on_one_core(tmp_path, monkeypatch):
    """On a machine of one core the rules would only take turns with the model: they stay in its process."""
    import presskg.builder.rules_beside as beside

    pids = tmp_path / "pids"

    def note(rel):
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")

    monkeypatch.setattr(beside, "BESIDE_AT", 1)
    import presskg.builder.limits as limits

    real = limits.extract
    monkeypatch.setattr(limits, "extract", lambda rel, *a, **k: (note(rel), real(rel, *a, **k))[1])
    monkeypatch.setattr(beside, "cores", lambda: 1)
    result = build([RELEASES, SAMPLES], out=tmp_path / "one", progress=False)
    assert pids.read_text().split() == [str(os.getpid())] * len(result.releases)


def test_entities_found_on_either_side_give_the_same_build(samples_build, tmp_path, monkeypatch):
    """The entity recognizer run in the rules' process for every batch, then for none (the model's
    process runs it): where it ran shows, and both builds are the one-process build."""
    import presskg.builder.rules_beside as beside
    import presskg.nlp as nlp_mod

    me = os.getpid()
    for side, up_to in (("beside", 10**6), ("here", -1)):
        pids = tmp_path / f"ner-{side}"
        real = nlp_mod.with_entities

        def noted(datas, *a, real=real, pids=pids, **k):
            with pids.open("a") as fh:
                fh.write(f"{os.getpid()}\n")
            return real(datas, *a, **k)

        monkeypatch.setattr(nlp_mod, "with_entities", noted)
        monkeypatch.setattr(beside, "ENTITIES_BESIDE_UP_TO", up_to)
        out = tmp_path / side
        _beside_build(out, monkeypatch, lambda rel: None)
        ran = pids.read_text().split() if pids.exists() else []
        if side == "beside":
            assert ran and str(me) not in ran and len(set(ran)) == 1
        else:
            assert ran == []
        assert _outputs(out) == _outputs(samples_build)
        assert _store(out) == _store(samples_build)
        assert _cache_entries(out) == _cache_entries(samples_build)


def test_release_graphs_made_beside_give_the_same_build(samples_build, tmp_path, monkeypatch):
    """Every other batch of release graphs is made in a forked process: it makes some, and the build
    is the one-process build's; should that process die, this one makes the rest, the same."""
    import presskg.builder.graphs as graphs_mod
    import presskg.builder.graphs_beside as gb

    monkeypatch.setattr(gb, "BATCH", 4)  # several batches of the bundled releases
    me = os.getpid()
    for dies in (False, True):
        pids = tmp_path / f"graphs-{dies}"
        real = graphs_mod.release_graph

        def noted(*a, real=real, pids=pids, dies=dies, **k):
            with pids.open("a") as fh:
                fh.write(f"{os.getpid()}\n")
            if dies and os.getpid() != me:
                os._exit(9)
            return real(*a, **k)

        monkeypatch.setattr(gb, "release_graph", noted)
        out = tmp_path / f"dies-{dies}"
        result = _beside_build(out, monkeypatch, lambda rel: None)
        ran = pids.read_text().split()
        assert str(me) in ran and len(set(ran)) == 2 and not result.failed
        other = len(ran) - ran.count(str(me))  # graphs the forked process began
        assert other == 1 if dies else other >= 4
        assert _outputs(out) == _outputs(samples_build)
        assert _store(out) == _store(samples_build)

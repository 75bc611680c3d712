"""A rebuild reads its few changed releases in a forked child while it gets the rest ready
(builder.ahead, issue 17), and its outputs are those of a full build of the same releases."""

from __future__ import annotations

import os
import shutil

import pytest

from presskg.builder.build import build

from .conftest import RELEASES, SEED

OTHER = """title: ESA and ASI meet
publisher: ESA
date: 2022-05-10
---
ESA Director General Josef Aschbacher and ASI President Giorgio Saccoccia held a meeting in Rome on 9 May 2022.
ESA and ASI signed an agreement on the Moonlight programme.
"""
OUTPUTS = ("graph.nq", "graph.trig", "graph.ttl", "graph.jsonld", "graph.rdf", "graph.html", "report.md",
           "report.html")


@pytest.fixture
def two_cores(monkeypatch):
    """The child needs a second core: given one, whatever the machine running the tests has."""
    from presskg.builder import rules_beside

    monkeypatch.setattr(rules_beside, "cores", lambda: 2)


def _rebuilt(tmp_path, monkeypatch) -> tuple:
    """A build of three releases, one of them changed, rebuilt; the calls of the model's load in this process."""
    import presskg.builder.reading as reading

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", src)
    (src / "esa-asi.txt").write_text(OTHER)
    (src / "esa-asi-again.txt").write_text(OTHER.replace("9 May", "10 May"))
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Paris").replace("Moonlight", "Argonaut"))
    here = os.getpid()
    loads = []
    real = reading.load_model
    monkeypatch.setattr(reading, "load_model", lambda *a: (loads.append(os.getpid()) if os.getpid() == here else None,
                                                           real(*a))[1])
    again = build([src], out=out, progress=False)
    assert again.reused == 2
    build([src], out=tmp_path / "fresh", progress=False)
    return out, tmp_path / "fresh", loads, here


def _same(out, fresh):
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_incremental_ahead_reads_the_changed_release_in_a_child(tmp_path, monkeypatch, two_cores):
    """The rebuild's process never loads the model (the child did: the fresh build's load is this
    process's only one), and its outputs are a fresh build's."""
    out, fresh, loads, here = _rebuilt(tmp_path, monkeypatch)
    assert loads == [here]  # the fresh build's, not the rebuild's
    _same(out, fresh)
    assert b"Paris" in (out / "graph.nq").read_bytes()


def test_incremental_ahead_child_that_dies_is_read_again_here(tmp_path, monkeypatch, two_cores):
    """A child that dies without a word: the release is read in the build's process, same outputs."""
    from presskg.builder.ahead import ReadAhead

    monkeypatch.setattr(ReadAhead, "_read", lambda self: os._exit(1))
    out, fresh, loads, here = _rebuilt(tmp_path, monkeypatch)
    assert loads == [here, here]  # the rebuild read it here, then the fresh build
    _same(out, fresh)


def test_incremental_ahead_only_for_a_few_releases_with_a_second_core(monkeypatch):
    from dataclasses import replace

    from presskg.builder import rules_beside
    from presskg.builder.ahead import ReadAhead
    from presskg.model import Release
    from presskg.settings import DEFAULT_SETTINGS

    few = [Release(identifier=f"r{i}", text="x") for i in range(3)]
    many = [Release(identifier=f"r{i}", text="x") for i in range(rules_beside.BESIDE_AT)]
    monkeypatch.setattr(rules_beside, "cores", lambda: 2)
    assert ReadAhead.worth(few, DEFAULT_SETTINGS)
    assert not ReadAhead.worth([], DEFAULT_SETTINGS)
    assert not ReadAhead.worth(many, DEFAULT_SETTINGS)
    assert not ReadAhead.worth(few, replace(DEFAULT_SETTINGS, rules_beside=False))  # --one-process
    monkeypatch.setattr(rules_beside, "cores", lambda: 1)
    assert not ReadAhead.worth(few, DEFAULT_SETTINGS)


def test_incremental_ahead_child_stopped_when_the_build_fails_meanwhile(tmp_path, monkeypatch, two_cores):
    """The build fails while the child reads: the child is stopped, not left waiting on its pipe, and the
    files begun meanwhile are removed."""
    import multiprocessing as mp
    import time

    import presskg.builder.build as build_mod
    from presskg.builder.ahead import ReadAhead

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", src)
    (src / "esa-asi.txt").write_text(OTHER)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Paris"))

    def broken():
        raise RuntimeError("made to fail")

    monkeypatch.setattr(ReadAhead, "_read", lambda self: time.sleep(120))
    monkeypatch.setattr(build_mod, "get_ready", broken)
    t0 = time.monotonic()
    with pytest.raises(RuntimeError, match="made to fail"):
        build([src], out=out, progress=False)
    assert time.monotonic() - t0 < 60 and not mp.active_children()
    assert not [p.name for p in out.iterdir() if p.name.startswith(".graph.")]  # the files begun meanwhile, gone


def test_incremental_ahead_the_manifest_frozen_before_the_child_forks(tmp_path, monkeypatch, two_cores):
    """A rebuild that reads ahead freezes what it made so far (the manifest read: no full collection walks it
    again, here or in the child) before it forks; a first build leaves that to the reading, which freezes the
    model it loads (a heap frozen before would keep it from doing so). Outputs as a fresh build's."""
    import gc

    import presskg.builder.ahead as ahead_mod
    import presskg.builder.reading as reading

    at_fork, at_load = [], []
    real_forked, real_load = ahead_mod.Forked, reading.load_model
    monkeypatch.setattr(ahead_mod, "Forked", lambda *a, **k: (at_fork.append(gc.get_freeze_count()),
                                                              real_forked(*a, **k))[1])
    monkeypatch.setattr(reading, "load_model", lambda *a: (at_load.append(gc.get_freeze_count()), real_load(*a))[1])
    out, fresh, _, _ = _rebuilt(tmp_path, monkeypatch)
    assert len(at_fork) == 1 and at_fork[0] > 0
    assert at_load and at_load[0] == 0  # the first build's reading: nothing frozen yet
    _same(out, fresh)


_GET_READY = """
import sys
from presskg.builder.ahead import get_ready
from presskg.rdf.validate import _rudof_shapes

before = "pyrudof" in sys.modules
get_ready()
print(before, "pyrudof" in sys.modules, _rudof_shapes.cache_info().currsize)
"""


def test_incremental_ahead_gets_the_shacl_engine_ready_while_the_child_reads():
    # rudof's import held the interpreter in the validation's thread, beside the pages; now it is
    # imported (and the shapes read) while the child reads the changed releases
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _GET_READY], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "1"], done.stdout + done.stderr

"""Release graphs made by Dask workers: the same bytes as a local build's, in order, nothing lost."""

from __future__ import annotations

import pytest

from presskg import _codec
from presskg.builder.graphs import graph_bytes, release_graph
from presskg.link.resolve import named_groups, named_summary, resolve_one
from presskg.rdf.encode import encode_layers

TEXT = ("CNES President Jean-Yves Le Gall and JAXA President Hiroshi Yamakawa met in Paris. "
        "CNES is supplying a spectrometer for the MMX mission.")


@pytest.fixture(scope="module")
def extraction(nlp, gazetteer):
    from presskg.extract import extract
    from presskg.model import Release
    from presskg.nlp import parse

    rel = Release(identifier="t", text=TEXT)
    return extract(rel, next(parse([TEXT], nlp=nlp)), gazetteer)


def _named(x):
    return named_groups({"t": named_summary(x)}, frozenset())


def test_stream_release_graph_equals_local_encoding(extraction):
    named = _named(extraction)
    res = resolve_one(extraction, named)
    made = release_graph(_codec.dumps("k", extraction), "k", "t", named)
    assert made == (*graph_bytes(*encode_layers(res)), len(res.relations))
    assert made[2].made and made[2].size > 0 and made[3] == len(res.relations)


def test_stream_release_graph_refuses_another_key_or_release(extraction):
    entry = _codec.dumps("k", extraction)
    assert release_graph(entry, "other", "t", _named(extraction)) is None
    assert release_graph(entry, "k", "u", _named(extraction)) is None
    assert release_graph(b"not json", "k", "t", _named(extraction)) is None


def test_cluster_encode_on_cluster_keeps_order_and_gives_none_for_missing(extraction, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    from presskg.builder import cluster

    monkeypatch.setattr(cluster, "ENCODE_BATCH", 2)  # several batches, a window of them in flight
    named = _named(extraction)
    entry = _codec.dumps("k", extraction)
    jobs = [("t", entry, "k", named), ("t", None, "k", named), ("t", entry, "stale", named)] * 3
    expected = release_graph(entry, "k", "t", named)
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as client:
        monkeypatch.setitem(cluster._CLIENTS, "test:", client)
        got = list(cluster.encode_on_cluster(iter(jobs), "test:"))
    assert got == [expected, None, None] * 3


def test_cluster_batches_keep_order_and_halve_the_tail():
    from presskg.builder.cluster import _batches
    from presskg.model import Release

    releases = [Release(identifier=f"r{i:03d}", text="x") for i in range(100)]
    batches = _batches(releases, 16, 2)
    assert [r for b in batches for r in b] == releases  # each release once, in order
    assert [len(b) for b in batches] == [16, 16, 16] + [8, 8, 8, 8, 8, 8, 2, 2]
    assert _batches(releases[:3], 16, 2) == [releases[:2], releases[2:3]]


def test_cluster_after_reading_gives_a_local_clusters_cores_to_the_driver():
    from dataclasses import replace

    from presskg.builder.cluster import after_reading
    from presskg.settings import DEFAULT_SETTINGS

    assert after_reading(replace(DEFAULT_SETTINGS, dask="local:3")).jobs == 3
    assert after_reading(replace(DEFAULT_SETTINGS, dask="local:2", jobs=4)).jobs == 4
    remote = replace(DEFAULT_SETTINGS, dask="tcp://127.0.0.1:8786")
    assert after_reading(remote) == remote


def test_cluster_worker_reuses_freed_memory_despite_the_nannys_trim_threshold():
    """A Dask nanny starts its worker with ``MALLOC_TRIM_THRESHOLD_=65536``: every block of more than
    128 KiB is then mapped anew and its pages faulted in again; :func:`keep_freed` (the reading
    plugin's) lets glibc reuse them."""
    import os
    import subprocess
    import sys

    code = ("import resource\n"
            "from presskg.builder.memory import keep_freed\n"
            "def faults():\n"
            "    r0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
            "    for _ in range(100):\n"
            "        b = bytearray(1 << 20)\n"
            "        del b\n"
            "    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - r0\n"
            "before = faults()\n"
            "ok = keep_freed()\n"
            "faults()\n"  # the first block from the heap: its pages faulted once
            "print(ok, before, faults())\n")
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    ok, before, after = out.stdout.split()
    if ok != "True":
        pytest.skip("not glibc")
    assert int(before) > 100 * 200  # each 1 MiB block faulted in anew (256 pages)
    assert int(after) < int(before) // 10

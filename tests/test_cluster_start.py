"""A Dask cluster started beside the build's start-up: when, with what settings, and what a failed start raises."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from presskg.errors import BuildError
from presskg.model import Release
from presskg.settings import DEFAULT_SETTINGS

pytest.importorskip("distributed", reason="the dask extra (dask, distributed) is not installed")


class _Cache:
    """An extraction cache of which only the entries of ``present`` exist."""

    def __init__(self, tmp: Path, present: set[str]):
        self.tmp = tmp / "-".join(sorted(present))
        self.tmp.mkdir()
        for rid in present:
            (self.tmp / rid).write_text("{}")

    def entry(self, identifier: str) -> Path:
        return self.tmp / identifier


def test_cluster_starts_with_the_reading_only_when_a_release_lacks_its_cache_entry(tmp_path, monkeypatch):
    from presskg.builder import ahead, cluster

    started = []
    monkeypatch.setattr(cluster, "start", lambda address, settings: started.append(address))
    releases = [Release(identifier=f"r{i}", text="x") for i in range(3)]
    on_cluster = replace(DEFAULT_SETTINGS, dask="tcp://127.0.0.1:9")
    with ahead.ReadAhead(releases, {}, _Cache(tmp_path, {"r0", "r1", "r2"}), on_cluster, False) as read:
        assert not read.starting
    assert started == []
    some = _Cache(tmp_path, {"r0", "r2"})
    with ahead.ReadAhead(releases, {}, some, replace(DEFAULT_SETTINGS, rules_beside=False), False) as read:
        assert not read.starting  # no cluster
    with ahead.ReadAhead(releases, {}, some, on_cluster, False) as read:
        assert read.starting
    assert started == ["tcp://127.0.0.1:9"]


def test_cluster_start_that_fails_raises_where_the_reading_takes_the_client():
    from presskg.builder import cluster

    cluster.start("local:0", DEFAULT_SETTINGS)
    assert cluster.is_open("local:0")
    with pytest.raises(BuildError, match="local:N"):
        cluster.client_of("local:0", DEFAULT_SETTINGS)
    assert not cluster.is_open("local:0")
    cluster.start("local:x", DEFAULT_SETTINGS)
    cluster.close("local:x")  # a failed start closes quietly
    assert not cluster.is_open("local:x")


def test_cluster_local_workers_start_with_the_model_and_quiet_monitors():
    """``local:1`` started beside the build: its worker holds the reader plugin's model, runs without
    the statistical profiler and with the slower monitors of :data:`cluster.LOCAL_CONFIG`, and reuses
    what it frees (the nanny's trim threshold undone)."""
    from presskg.builder import cluster

    settings = replace(DEFAULT_SETTINGS, dask="local:1")
    cluster.start("local:1", settings)
    try:
        client = cluster.client_of("local:1")

        def seen(dask_worker):
            import dask

            return (hasattr(dask_worker, "presskg_reader"),
                    {k: dask.config.get(k) for k in cluster.LOCAL_CONFIG})

        ((ready, config),) = client.run(seen).values()
        assert ready
        assert config == cluster.LOCAL_CONFIG
    finally:
        cluster.close("local:1")
    assert not cluster.is_open("local:1")


def test_cluster_closed_beside_the_build_is_waited_for_at_the_end(monkeypatch):
    import time

    from presskg.builder import cluster

    closed = []

    class Slow:
        def close(self):
            time.sleep(0.5)
            closed.append(True)

    monkeypatch.setitem(cluster._CLIENTS, "slow:", Slow())
    t0 = time.monotonic()
    cluster.close("slow:", wait=False)
    assert time.monotonic() - t0 < 0.4 and not closed and not cluster.is_open("slow:")
    cluster._close_all()  # as when the process ends
    assert closed == [True]


def test_cluster_reading_caches_the_entry_and_takes_the_summary_made_on_the_worker(tmp_path, monkeypatch):
    """With ``keep`` (the naming summary), a worker sends it beside the entry's bytes: the build's
    process caches the bytes and does not decode them."""
    from presskg.builder import cluster, reading
    from presskg.builder.cache import ExtractionCache

    releases = [Release(identifier=f"r{i}", text="x") for i in range(3)]
    sent = {}

    def fake_read(rels, keys, settings, address, batch, keep=None):
        sent["keep"] = keep
        yield rels[0], (b"entry-0", "summary-0")
        yield rels[1], "why r1 failed"
        yield rels[2], (b"entry-2", "summary-2")

    monkeypatch.setattr(cluster, "read_on_cluster", fake_read)
    monkeypatch.setattr(reading, "entry_extraction", lambda data: pytest.fail("decoded in the build's process"))
    cache = ExtractionCache(tmp_path, "p")
    got = list(reading._on_cluster(releases, replace(DEFAULT_SETTINGS, dask="x:"), progress=False,
                                   cache=(cache, {r.identifier: "k" for r in releases}), keep=len))
    assert sent["keep"] is len
    assert got == [(releases[0], "summary-0"), (releases[1], "why r1 failed"), (releases[2], "summary-2")]
    assert cache.entry("r0").read_bytes() == b"entry-0" and cache.entry("r2").read_bytes() == b"entry-2"
    assert not cache.entry("r1").exists()

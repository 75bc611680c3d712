"""Reading on a Dask cluster: a real scheduler and two workers on loopback give the same files as a local build."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.rdf", "graph.jsonld")

pytest.importorskip("distributed", reason="the dask extra (dask, distributed) is not installed")


@pytest.fixture()
def cluster(tmp_path):
    """`dask scheduler` and two single-threaded `dask worker` processes on 127.0.0.1; yields (address, workers)."""
    file = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    exe = [sys.executable, "-m"]
    procs = [subprocess.Popen([*exe[:2], "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--dashboard-address", ":0", "--scheduler-file", str(file)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(200):
            if file.exists() and file.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(file.read_text())["address"]
        workers = [subprocess.Popen([*exe[:2], "distributed.cli.dask_worker", address, "--nthreads", "1",
                                     "--no-nanny", "--host", "127.0.0.1", "--dashboard-address", ":0"],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                   for _ in range(2)]
        procs += workers
        from distributed import Client

        with Client(address, timeout="30s") as c:
            c.wait_for_workers(2, timeout=60)
        yield address, workers
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("cluster-src")
    for folder in ("releases", "samples"):
        for f in (ROOT / "data" / folder).glob("*.txt"):
            shutil.copy(f, src / f.name)
    return src


@pytest.fixture(scope="module")
def local_build(sources, tmp_path_factory) -> Path:
    from presskg.builder.build import build

    out = tmp_path_factory.mktemp("cluster-local") / "build"
    build([sources], out=out, progress=False)
    return out


def _same_files(a: Path, b: Path) -> None:
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs from the local build"


def test_cluster_build_equals_local_build(cluster, sources, local_build, tmp_path):
    address, _ = cluster
    out = tmp_path / "build"
    proc = subprocess.run([sys.executable, "-m", "presskg", "build", str(sources), "-o", str(out), "--dask", address],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _same_files(local_build, out)


def test_cluster_worker_killed_mid_build_loses_nothing(cluster, sources, local_build, tmp_path):
    """One worker is killed once the workers have started reading: the other reads its batches again."""
    address, workers = cluster
    out = tmp_path / "build"
    proc = subprocess.Popen([sys.executable, "-m", "presskg", "build", str(sources), "-o", str(out),
                             "--dask", address], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    from distributed import Client

    with Client(address, timeout="30s") as c:
        deadline = time.monotonic() + 120
        busy = None
        while busy is None and time.monotonic() < deadline:  # a worker holding a reading task
            busy = next((a for a, ks in c.processing().items() if any(str(k).startswith("presskg-read") for k in ks)),
                        None)
            time.sleep(0.05)
        assert busy is not None, "no reading task reached the workers"
        pid = c.run(os.getpid, workers=[busy])[busy]
        victim = next(w for w in workers if w.pid == pid)
        victim.send_signal(signal.SIGKILL)
    out_text, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    assert victim.wait(timeout=10) == -signal.SIGKILL
    _same_files(local_build, out)


def test_cluster_unreachable_scheduler_is_one_line(sources, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "presskg", "build", str(sources), "-o", str(tmp_path / "b"),
                           "--dask", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith("presskg: error: --dask tcp://127.0.0.1:9: cannot reach")

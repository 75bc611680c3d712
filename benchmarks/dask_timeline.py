"""Where a build's time goes on Dask, or with ``--jobs N``: one instrumented build, its timeline.

    python benchmarks/dask_timeline.py CORPUS OUT {dask|jobs1|jobs2} [--json FILE]

Runs one build in this process (``dask``: ``--dask local:2``, or ``$PRESSKG_DASK``) with the
cluster's tasks wrapped, and prints:

* the driver: wall and CPU (user + sys) of this process and of its reaped children (the local
  cluster's workers), the load average before and after, the reading and graph phases (wall, CPU),
  how long the driver sat blocked waiting for the cluster's results, and when the first came; the
  phases timed: the cluster's start, the files, the reading, the names, the release graphs, the
  validation with the store, the files and the pages, the manifest;
* per worker: each task's start and end, its CPU (whole process and task thread), the collector's
  time in it, the bytes it sent back; the worker's own CPU and peak memory, its frozen objects,
  its thread settings (OMP/MKL/OpenBLAS threads, MALLOC_TRIM_THRESHOLD_) and the time its
  statistical profiler took;
* the time closing the client and the local cluster took.

The wrappers change no output. CPU time, unlike wall time, means something on a loaded machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

from presskg.builder import build as bm
from presskg.builder import cluster as cm
from presskg.settings import DEFAULT_SETTINGS

T0 = time.time()
REC: dict = {"phases": {}, "driver_read": [], "driver_encode": [], "workers": {}, "close_s": []}


def _timed_task(kind: str, name: str, *args):
    """Run on a worker: the cluster's task ``name``, timed, its record kept on the worker."""
    import gc
    import time as t

    from distributed import get_worker

    from presskg.builder import cluster as c

    w = get_worker()
    spent = w.__dict__.setdefault("timeline_gc", [0.0, None])
    if not hasattr(w, "timeline_cb"):
        def cb(phase, info, spent=spent):
            if phase == "start":
                spent[1] = t.perf_counter()
            elif spent[1] is not None:
                spent[0] += t.perf_counter() - spent[1]
        gc.callbacks.append(cb)
        w.timeline_cb = cb
    g0, s, pc, tc = spent[0], t.time(), t.process_time(), t.thread_time()
    res = getattr(c, name)(*args)  # a worker's own module: not wrapped
    size = sum(len(x) if isinstance(x, (bytes, str)) else len(x[0]) if len(x) == 2 else sum(len(y) for y in x[:2])
               if x else 0 for x in res)
    w.__dict__.setdefault("timeline", []).append({
        "kind": kind, "n": len(res), "start": s, "end": t.time(), "proc_cpu": t.process_time() - pc,
        "thread_cpu": t.thread_time() - tc, "gc": spent[0] - g0, "bytes": size})
    return res


def read_batch(batch, keys, *keep):
    return _timed_task("read", "read_batch", batch, keys, *keep)


def encode_batch(jobs):
    return _timed_task("encode", "encode_batch", jobs)


def _worker_info(dask_worker) -> dict:
    import gc
    import os
    import resource
    import threading

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"tasks": getattr(dask_worker, "timeline", []), "user": ru.ru_utime, "sys": ru.ru_stime,
            "maxrss_mib": ru.ru_maxrss / 1024, "threads": threading.active_count(), "frozen": gc.get_freeze_count(),
            "gen2_collections": gc.get_stats()[2]["collections"],
            "profiler_s": dask_worker.digests_total.get("profile-duration", 0),
            "env": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                                     "MALLOC_TRIM_THRESHOLD_")}}


def _close(address: str, close=cm.close, **wait) -> None:
    client = cm._CLIENTS.get(address)
    if client is not None:
        try:
            REC["workers"] = client.run(_worker_info)
        except Exception as exc:  # noqa: BLE001 - a measurement, not the build
            REC["workers_error"] = repr(exc)
    s = time.time()
    close(address, **wait)  # with wait=False: how long the build's process still waits
    REC["close_s"].append(round(time.time() - s, 2))


def _timed_gen(gen, sink: list):
    """``gen``'s items, each with how long the driver waited for it and worked before asking."""
    def inner(*a, **k):
        it = gen(*a, **k)
        while True:
            s = time.time()
            try:
                item = next(it)
            except StopIteration:
                return
            e = time.time()
            yield item
            sink.append((s, e, time.time() - e))  # blocked from s to e, then worked on the item
    return inner


def _phase(name: str, fn):
    def inner(*a, **k):
        s, c = time.time(), time.process_time()
        try:
            return fn(*a, **k)
        finally:
            REC["phases"][name] = {"start": s, "wall": time.time() - s, "cpu": time.process_time() - c}
    return inner


def instrument() -> None:
    cm.read_batch, cm.encode_batch, cm.close = read_batch, encode_batch, _close
    cm.read_on_cluster = _timed_gen(cm.read_on_cluster, REC["driver_read"])
    cm.encode_on_cluster = _timed_gen(cm.encode_on_cluster, REC["driver_encode"])
    from presskg.builder import stream

    cm.connect = _phase("cluster start", cm.connect)
    bm.read_releases = _phase("files", bm.read_releases)
    stream.summarize = _phase("reading", stream.summarize)  # ahead.summaries imports it when called
    bm.named_groups = _phase("names", bm.named_groups)
    bm.make_release_graphs = _phase("release graphs", bm.make_release_graphs)
    bm.background_graphs = _phase("background graphs", bm.background_graphs)
    bm._store_files_pages = _phase("validation, store, files, pages", bm._store_files_pages)
    bm.publish_pages = _phase("pages put in place", bm.publish_pages)
    bm._write_manifest = _phase("manifest", bm._write_manifest)


def report(d: dict) -> str:
    t0 = d["t_build"]
    lines = [f"wall {d['wall']:.1f} s, load {d['load'][0][0]:.1f} -> {d['load'][1][0]:.1f}; CPU (user+sys): "
             f"driver {sum(d['driver_cpu']):.1f} s, children {sum(d['children_cpu']):.1f} s, "
             f"total {sum(d['driver_cpu']) + sum(d['children_cpu']):.1f} s; closing the cluster {d['close_s']} s"]
    for k, v in d["phases"].items():
        lines.append(f"  {k}: from +{v['start'] - t0:.1f} s, {v['wall']:.1f} s wall, {v['cpu']:.2f} s driver CPU")
    for name in ("driver_read", "driver_encode"):
        ev = d[name]
        if ev:
            lines.append(f"  {name}: {len(ev)} results, blocked {sum(e - s for s, e, _ in ev):.1f} s, worked between "
                         f"{sum(w for *_, w in ev):.2f} s, first at +{ev[0][1] - t0:.1f} s")
    for addr, w in sorted(d["workers"].items()):
        lines.append(f"  worker {addr}: CPU {w['user'] + w['sys']:.1f} s, peak {w['maxrss_mib']:.0f} MiB, "
                     f"{w['threads']} threads, frozen {w['frozen']}, gen-2 collections {w['gen2_collections']}, "
                     f"profiler {w['profiler_s']:.2f} s, {w['env']}")
        for kind in ("read", "encode"):
            t = [x for x in w["tasks"] if x["kind"] == kind]
            if t:
                lines.append(f"    {kind}: {len(t)} tasks, {sum(x['n'] for x in t)} releases, +{t[0]['start'] - t0:.1f}"
                             f"..+{t[-1]['end'] - t0:.1f} s, busy {sum(x['end'] - x['start'] for x in t):.1f} s, CPU "
                             f"{sum(x['proc_cpu'] for x in t):.1f} s (task thread {sum(x['thread_cpu'] for x in t):.1f}"
                             f", collector {sum(x['gc'] for x in t):.2f}), "
                             f"{sum(x['bytes'] for x in t) / len(t) / 1e3:.0f} kB back per task")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("mode", choices=["dask", "jobs1", "jobs2"])
    ap.add_argument("--json", type=Path, help="write the whole record here")
    a = ap.parse_args()
    instrument()
    if a.out.exists():
        shutil.rmtree(a.out)
    settings = (replace(DEFAULT_SETTINGS, dask=os.environ.get("PRESSKG_DASK", "local:2")) if a.mode == "dask"
                else replace(DEFAULT_SETTINGS, jobs=int(a.mode[4:])))
    load0, t_build = os.getloadavg(), time.time()
    res = bm.build([a.corpus], out=a.out, settings=settings, progress=False)
    cm._close_all()  # a cluster closed beside the build's end: its workers reaped, their CPU counted
    me, ch = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    REC.update(wall=time.time() - t_build, load=[load0, os.getloadavg()], driver_cpu=[me.ru_utime, me.ru_stime],
               children_cpu=[ch.ru_utime, ch.ru_stime], releases=len(res.releases), t_build=t_build)
    if a.json:
        a.json.write_text(json.dumps(REC, default=str))
    print(report(REC))


if __name__ == "__main__":  # a local cluster's workers import this module again: nothing runs then
    sys.exit(main())

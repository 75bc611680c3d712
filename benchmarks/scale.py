"""How a build grows with the corpus (``make bench-scale``): time, releases/s and peak memory per size.

Two kinds of build, each in a fresh process from an empty output folder, ``--jobs 1``:

* **The curve** (1,000, 2,000, 4,000 and 8,000 releases, copies of the bundled ones made by
  ``corpus.py``): each from a folder whose extraction cache was filled beforehand, so that the
  language model does not read the copies again. A copy's text is its original's, so its
  extraction is the original's with the copy's identifier (:func:`fill_cache`: the thirteen
  originals are read once by a real build, their cache entries copied with the identifier
  rewritten; the key, a hash of the file's bytes, is the same). Everything after reading is
  measured: naming across releases, encoding, SHACL, the store, the five files, the pages and the
  report; the outputs are those of a build from scratch (checked byte for byte at 26 releases).
  Reading from scratch costs the same per release at any size (a batch at a time, the model
  loaded once), so it is measured once:
* **From scratch**, 1,000 releases read by the language model with ``--jobs 1 --one-process``
  (every release read in the build's one process: the baseline of issue 19's "≥ 1.6× faster than
  one process"), with ``--jobs 1`` (the default build, whose extraction rules and part of whose
  model run in a second process beside the model: two cores already), then with ``--dask local:2``
  (two single-threaded workers). ``dask_local2_speedup`` is the Dask build's speed-up over the
  one-process build; ``dask_local2_vs_default_jobs1`` over the default ``--jobs 1`` build.

Peak memory is the build process's maximum resident set (``wait4``); slopes are least-squares
lines through the sizes. Writes ``benchmarks/scale.json`` (``peak_rss_mib_<size>`` of the curve,
``fresh`` (the default build), ``fresh_one_process``, ``dask_local2_speedup``,
``dask_local2_vs_default_jobs1``, the machine) and ``benchmarks/scale.md``. The builds of the
run of 5 December 2026 (``scale.md``) took about 7 minutes together (the curve 253 s, the two builds
from scratch 142 s); the one-process build from scratch adds some 80 s. ``--sizes`` and
``--fresh-size`` for a smaller run (``--fresh-size 0``: no build from scratch).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import make_corpus, sources  # noqa: E402
from run import compiled, machine  # noqa: E402

SIZES = (1000, 2000, 4000, 8000)


def measured_build(corpus: Path, out: Path, *extra: str, fresh: bool = True) -> dict:
    """One build in a fresh process: wall time and the peak resident memory of that process
    (``fresh``: from an empty output folder, else from what is in ``out``, its cache)."""
    if fresh and out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "presskg", "build", str(corpus), "-o", str(out), *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: some releases failed, the rest built
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1)}


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ``ys`` over ``xs`` (0 with fewer than two points)."""
    return statistics.linear_regression(xs, ys).slope if len(xs) > 1 else 0.0


def fill_cache(corpus: Path, out: Path, seed: Path) -> None:
    """Fill ``out``'s extraction cache for ``corpus`` (``corpus.make_corpus``'s copies, ``<original>-<n>``)
    from the cache of ``seed``, a build of the originals or of one copy of each (:func:`seed_build`)."""
    entries = {f.name[:-len(".extraction.json")]: f for f in (seed / "cache").glob("*.extraction.json")}
    originals = {}
    for rid in sorted(entries):  # a copy's entry under its original's name, unless the original's is there
        for name in (rid.rsplit("-", 1)[0], rid):
            originals[name] = (rid, entries[rid].read_text(encoding="utf-8"))
    (out / "cache").mkdir(parents=True, exist_ok=True)
    for p in corpus.glob("*.txt"):
        rid, text = originals[p.stem.rsplit("-", 1)[0]]
        # the identifier (a file stem, unique in the corpus) is written in full wherever it appears
        (out / "cache" / f"{p.stem}.extraction.json").write_text(text.replace(rid, p.stem), encoding="utf-8")


def seed_build(tmp: Path) -> Path:
    """One copy of each bundled release, read by the language model: its cache seeds :func:`fill_cache`."""
    corpus = tmp / "seed"
    make_corpus(corpus, len(sources()))
    measured_build(corpus, tmp / "seed-build", "--jobs", "1")
    return tmp / "seed-build"


def run(sizes: list[int], fresh_size: int | None, dask: bool, tmp: Path) -> dict:
    rows = []
    seed = seed_build(tmp) if sizes else None
    for n in sizes:
        corpus, out = tmp / f"c{n}", tmp / f"b{n}"
        make_corpus(corpus, n)
        if out.exists():
            shutil.rmtree(out)
        fill_cache(corpus, out, seed)
        m = measured_build(corpus, out, "--jobs", "1", fresh=False)
        shutil.rmtree(out)
        shutil.rmtree(corpus)
        rows.append({"releases": n, **m, "releases_per_s": round(n / m["seconds"], 2)})
        print(f"{n} releases (extractions cached): {m['seconds']} s, {m['peak_rss_mib']} MiB", file=sys.stderr)
    res: dict = {"date": time.strftime("%Y-%m-%d"), "machine": machine(), "sizes": rows}
    for r in rows:
        res[f"peak_rss_mib_{r['releases']}"] = r["peak_rss_mib"]
        res[f"seconds_{r['releases']}"] = r["seconds"]
    xs = [r["releases"] / 1000 for r in rows]
    res["slope_seconds_per_1000"] = round(slope(xs, [r["seconds"] for r in rows]), 2)
    res["slope_peak_rss_mib_per_1000"] = round(slope(xs, [r["peak_rss_mib"] for r in rows]), 2)
    res["slope_releases_per_s_per_1000"] = round(slope(xs, [r["releases_per_s"] for r in rows]), 3)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        res["peak_rss_growth"] = round(last["peak_rss_mib"] / first["peak_rss_mib"] - 1, 3)
    if fresh_size:
        corpus = tmp / f"fresh{fresh_size}"
        make_corpus(corpus, fresh_size)
        one = measured_build(corpus, tmp / "b1", "--jobs", "1")
        res["fresh"] = {"releases": fresh_size, **one, "releases_per_s": round(fresh_size / one["seconds"], 2)}
        print(f"{fresh_size} releases from scratch: {one['seconds']} s, {one['peak_rss_mib']} MiB", file=sys.stderr)
        if dask:
            alone = measured_build(corpus, tmp / "b1p", "--jobs", "1", "--one-process")
            res["fresh_one_process"] = {"releases": fresh_size, **alone,
                                        "releases_per_s": round(fresh_size / alone["seconds"], 2)}
            print(f"{fresh_size} releases from scratch in one process: {alone['seconds']} s", file=sys.stderr)
            two = measured_build(corpus, tmp / "bd", "--dask", "local:2")
            res["dask_local2"] = {"releases": fresh_size, **two}
            # issue 19's baseline, one process; and the default build, which already uses a second core
            res["dask_local2_speedup"] = round(alone["seconds"] / two["seconds"], 3)
            res["dask_local2_vs_default_jobs1"] = round(one["seconds"] / two["seconds"], 3)
            print(f"{fresh_size} releases on --dask local:2: {two['seconds']} s", file=sys.stderr)
    return res


def markdown(res: dict) -> str:
    lines = [f"# presskg scale benchmark ({res['date']})", "",
             f"Machine: {res['machine']['cpu']}, {res['machine']['cores']} cores, {res['machine']['memory']}; "
             f"One process (`--jobs 1`), an empty output folder per size whose extraction cache was filled "
             f"beforehand (the language model is not loaded; see `benchmarks/scale.py`).", "",
             "| releases | seconds | releases/s | peak RSS (MiB) |", "| ---: | ---: | ---: | ---: |"]
    lines += [f"| {r['releases']:,} | {r['seconds']} | {r['releases_per_s']} | {r['peak_rss_mib']} |"
              for r in res["sizes"]]
    lines += ["", f"Slopes per 1,000 releases: {res['slope_seconds_per_1000']} s, "
                  f"{res['slope_peak_rss_mib_per_1000']} MiB of peak memory, "
                  f"{res['slope_releases_per_s_per_1000']} releases/s."]
    if "fresh" in res:
        f = res["fresh"]
        lines += ["", f"From scratch (the language model reads every release), {f['releases']:,} releases, "
                      f"`--jobs 1`: {f['seconds']} s ({f['releases_per_s']} releases/s), peak {f['peak_rss_mib']} MiB."]
    if "fresh_one_process" in res:
        f = res["fresh_one_process"]
        lines += ["", f"The same with `--jobs 1 --one-process` (every release read in the build's one process): "
                      f"{f['seconds']} s ({f['releases_per_s']} releases/s), peak {f['peak_rss_mib']} MiB."]
    if "dask_local2" in res:
        d = res["dask_local2"]
        lines += ["", f"`--dask local:2` (two single-threaded workers), {d['releases']:,} releases from scratch: "
                      f"{d['seconds']} s, {res['dask_local2_speedup']}× the one-process build "
                      f"(`--jobs 1 --one-process`: `dask_local2_speedup`)"
                      + (f", {res['dask_local2_vs_default_jobs1']}× the default `--jobs 1` build (rules beside the "
                         f"model: `dask_local2_vs_default_jobs1`)" if "dask_local2_vs_default_jobs1" in res else "")
                      + "."]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--fresh-size", type=int, default=1000, help="releases read from scratch (0: none)")
    ap.add_argument("--no-dask", action="store_true", help="no build on a local Dask cluster")
    ap.add_argument("--out", type=Path, default=HERE, help="where scale.json and scale.md go")
    a = ap.parse_args()
    compiled()
    with tempfile.TemporaryDirectory(prefix="presskg-scale-") as tmp:
        res = run(sorted(a.sizes), a.fresh_size or None, not a.no_dask, Path(tmp))
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "scale.json").write_text(json.dumps(res, indent=2) + "\n")
    (a.out / "scale.md").write_text(markdown(res))
    print(markdown(res))


if __name__ == "__main__":
    main()

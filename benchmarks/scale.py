"""How a build grows with the corpus (``make bench-scale``): time, releases/s and peak memory per size.

Builds 1,000, 2,000, 4,000 and 8,000 releases (copies of the bundled ones, ``corpus.py``), each
with ``presskg build --jobs 1`` in a fresh process from an empty output folder (so the language
model reads every release), and 1,000 again on a local Dask cluster of two single-threaded
workers (``--dask local:2``). Peak memory is the build process's maximum resident set (``wait4``);
slopes are least-squares lines through the sizes. Writes ``benchmarks/scale.json`` and
``benchmarks/scale.md``. About 20 minutes on two idle cores; ``--sizes`` for a smaller run.
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
from corpus import make_corpus  # noqa: E402
from run import machine  # noqa: E402

SIZES = (1000, 2000, 4000, 8000)


def measured_build(corpus: Path, out: Path, *extra: str) -> dict:
    """One build in a fresh process: wall time and the peak resident memory of that process."""
    if out.exists():
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


def run(sizes: list[int], dask_size: int | None, tmp: Path) -> dict:
    rows = []
    for n in sizes:
        corpus = tmp / f"c{n}"
        make_corpus(corpus, n)
        m = measured_build(corpus, tmp / f"b{n}", "--jobs", "1")
        shutil.rmtree(tmp / f"b{n}")
        if n != dask_size:
            shutil.rmtree(corpus)
        rows.append({"releases": n, **m, "releases_per_s": round(n / m["seconds"], 2)})
        print(f"{n} releases: {m['seconds']} s, {m['peak_rss_mib']} MiB", file=sys.stderr)
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
    if dask_size:
        corpus = tmp / f"c{dask_size}"
        if not corpus.exists():
            make_corpus(corpus, dask_size)
        one = next((r for r in rows if r["releases"] == dask_size), None)
        if one is None:
            one = measured_build(corpus, tmp / "b1", "--jobs", "1")
        two = measured_build(corpus, tmp / "bd", "--dask", "local:2")
        res["dask_local2"] = {"releases": dask_size, **two}
        res["dask_local2_speedup"] = round(one["seconds"] / two["seconds"], 3)
    return res


def markdown(res: dict) -> str:
    lines = [f"# presskg scale benchmark ({res['date']})", "",
             f"Machine: {res['machine']['cpu']}, {res['machine']['cores']} cores, {res['machine']['memory']}; "
             f"one process (`--jobs 1`), a fresh output folder per size.", "",
             "| releases | seconds | releases/s | peak RSS (MiB) |", "| ---: | ---: | ---: | ---: |"]
    lines += [f"| {r['releases']:,} | {r['seconds']} | {r['releases_per_s']} | {r['peak_rss_mib']} |"
              for r in res["sizes"]]
    lines += ["", f"Slopes per 1,000 releases: {res['slope_seconds_per_1000']} s, "
                  f"{res['slope_peak_rss_mib_per_1000']} MiB of peak memory, "
                  f"{res['slope_releases_per_s_per_1000']} releases/s."]
    if "dask_local2" in res:
        d = res["dask_local2"]
        lines += ["", f"`--dask local:2` (two single-threaded workers), {d['releases']:,} releases: {d['seconds']} s, "
                      f"{res['dask_local2_speedup']}× `--jobs 1`."]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--dask-size", type=int, default=1000, help="0: no Dask run")
    ap.add_argument("--out", type=Path, default=HERE, help="where scale.json and scale.md go")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="presskg-scale-") as tmp:
        res = run(sorted(a.sizes), a.dask_size or None, Path(tmp))
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "scale.json").write_text(json.dumps(res, indent=2) + "\n")
    (a.out / "scale.md").write_text(markdown(res))
    print(markdown(res))


if __name__ == "__main__":
    main()

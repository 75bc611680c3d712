"""Build vs bare ``nlp.pipe`` by CPU time, and the incremental fraction, on a shared machine.

Wall time on a machine that other people use measures them too; the CPU time
(user + system) of the measured process does not. Each side runs in a fresh
process (``_worker.py``), back to back, ``--runs`` times; the figures are the
medians. Used while working on build throughput (issue 17); ``make bench``
(``run.py``) keeps reporting wall time.

    python benchmarks/cpu.py CORPUS_DIR [--runs 2] [--incremental] [--profile FILE]

``--profile FILE`` also builds once more under cProfile with the CPU clock (every thread the
build starts profiled on its own clock; forked children are not), writes the merged stats to
FILE (``python -m pstats FILE``) and prints where the CPU went beside the model: per rule (the
registry's timing of each rule body), per stage of the build, and the costliest functions.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measured(*args: str) -> dict:
    """Run ``_worker.py args`` in a fresh process: its JSON line plus its CPU seconds (user + sys)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, str(HERE / "_worker.py"), *args], capture_output=True, text=True,
                         check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["cpu_seconds"] = round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 2)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="a folder of releases (benchmarks/corpus.py)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--incremental", action="store_true", help="also one changed release, rebuilt")
    ap.add_argument("--no-pipe", action="store_true", help="the build only")
    ap.add_argument("--profile", type=Path, metavar="FILE",
                    help="also one build under cProfile (CPU clock): stats to FILE, breakdown printed")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="presskg-cpu-"))
    pipe, build, wall_p, wall_b, own, kids = [], [], [], [], [], []
    try:
        for r in range(a.runs):
            if not a.no_pipe:
                p = measured("pipe", str(a.corpus), "1")
                pipe.append(p["cpu_seconds"])
                wall_p.append(p["seconds"])
            b = measured("build", str(a.corpus), "1", str(tmp / f"b{r}"))
            build.append(b["cpu_seconds"])
            own.append(b["cpu_self_s"])
            kids.append(b["cpu_children_s"])
            wall_b.append(b["seconds"])
            print(f"run {r}: pipe cpu {pipe[-1] if pipe else '-'} s, build cpu {build[-1]} s", file=sys.stderr)
        # the build process alone (its threads too): with one job the rules run in a process beside the
        # model (builder/rules_beside.py), whose CPU is not on the build's critical path
        res: dict = {"releases": len(list(a.corpus.glob("*.txt"))), "build_cpu_s": statistics.median(build),
                     "build_wall_s": round(statistics.median(wall_b), 2), "build_cpu_runs": build,
                     "build_self_cpu_s": statistics.median(own), "build_self_cpu_runs": own,
                     "build_children_cpu_s": statistics.median(kids)}
        if pipe:
            res.update(pipe_cpu_s=statistics.median(pipe), pipe_wall_s=round(statistics.median(wall_p), 2),
                       pipe_cpu_runs=pipe,
                       build_vs_pipe_cpu=round(statistics.median(pipe) / statistics.median(build), 3),
                       build_self_vs_pipe_cpu=round(statistics.median(pipe) / statistics.median(own), 3))
        if a.incremental:
            res.update(incremental(a.corpus, tmp / f"b{a.runs - 1}", res["build_cpu_s"], a.runs))
        print(json.dumps(res, indent=1))
        if a.profile:
            subprocess.run([sys.executable, str(HERE / "_profile.py"), str(a.corpus), str(tmp / "prof"),
                            str(a.profile)], check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def incremental(corpus: Path, built: Path, full_cpu: float, runs: int) -> dict:
    """One release changed, rebuilt into ``built``: CPU seconds and fraction of the full build's."""
    victim = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
    original = victim.read_bytes()
    cpu = []
    try:
        for r in range(runs):
            victim.write_bytes(original + f"\n\nESA and JAXA met again (revision {r}).\n".encode())
            res = measured("build", str(corpus), "1", str(built))
            assert res["reused"] == res["releases"] - 1, res
            cpu.append(res["cpu_seconds"])
    finally:
        victim.write_bytes(original)
    med = statistics.median(cpu)
    return {"incremental_cpu_s": med, "incremental_cpu_runs": cpu, "incremental_cpu_fraction": round(med / full_cpu, 4)}


if __name__ == "__main__":
    main()

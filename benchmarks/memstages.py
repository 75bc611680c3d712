"""Where a build's memory goes, stage by stage: resident memory at each stage's start and end.

``make bench-scale`` gives a build's peak; this says which stage makes it. A cache-filled build of
each size (``scale.py``'s method: copies of the bundled releases, the thirteen originals read once)
runs in a fresh process whose build functions are wrapped to print, as each stage begins and ends,
the process's resident memory and its high-water mark (``VmRSS``, ``VmHWM`` of
``/proc/self/status``, read in the calling thread: no sampling thread, which would take a glibc
arena of its own and change what is measured). Stages that run in another thread (the store's
load) or process (the five files, forked) print their own marks as they end. Each process also says
its own peak as it ends (the build's, and each forked child's by name: the report's, the files', the
graphs made beside...): ``wait4``'s peak is the largest of them, and this says whose it is. Linux only.

    python benchmarks/memstages.py --sizes 1000 4000

It measures memory, not time: the build's CPU time is printed, but `make bench` is the reference.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Functions whose start and end are marked, by module (of the code as it stands: a name that is
#: gone is skipped with a note).
STAGES = {
    "presskg.builder.build": ["read_releases", "summarize", "named_groups", "make_release_graphs", "_background",
                              "validate", "_give_back_memory", "read_network", "write_pages", "publish_pages",
                              "_write_manifest"],
    "presskg.builder.files": ["SpooledWriter.stage"],
    "presskg.store": ["StoreTexts.write"],
    "presskg.views.viz": ["render_html", "select_nodes"],
    "presskg.views.pagerows": ["StoreRows.fill"],
    "presskg.views.pagegraph": ["to_page_graph", "_bare_entities", "_counted", "_add_shown"],
    "presskg.views.pagesums": ["PageSums.update", "PageSums.entities", "PageSums.relations"],
    "presskg.views.timeline": ["read_dates"],
    "presskg.builder.pages": ["_Report._write"],
}
_MARK = re.compile(r"^MARK +(\S+) rss=(\d+) hwm=(\d+) ([<>]) (\S+)$", re.M)
_PEAK = re.compile(r"^PEAK (\S+) (\d+)$", re.M)


def _status() -> tuple[int, int]:
    got = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                got[key] = int(value.split()[0]) // 1024
    return got["VmRSS"], got["VmHWM"]


def _child(argv: list[str]) -> None:
    """Run ``presskg`` with ``argv``, each stage of :data:`STAGES` marked on stderr."""
    import importlib

    t0 = time.monotonic()

    def mark(edge: str, name: str) -> None:
        rss, hwm = _status()
        # one write per line: the store's thread marks its stage while the main thread marks the graphs'
        # (print writes the text and the newline apart, and two threads' lines ran into each other)
        sys.stderr.write(f"MARK {time.monotonic() - t0:.2f} rss={rss} hwm={hwm} {edge} {name}\n")
        sys.stderr.flush()

    def wrapped(f, name):
        @functools.wraps(f)
        def g(*a, **k):
            mark(">", name)
            try:
                return f(*a, **k)
            finally:
                mark("<", name)
        return g

    # which process sets wait4's peak (the largest of the build's and of every child it waited for): each
    # forked child (multiprocessing's, the build's only kind) says its own as it ends, the build its own last
    import multiprocessing.process as mpp
    import resource

    def peak(name: str) -> None:
        sys.stderr.write(f"PEAK {name} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}\n")
        sys.stderr.flush()

    run = mpp.BaseProcess.run

    def run_and_say(self):
        try:
            return run(self)
        finally:
            peak(self.name)

    mpp.BaseProcess.run = run_and_say
    for module, names in STAGES.items():
        mod = importlib.import_module(module)
        for name in names:
            owner, _, attr = name.rpartition(".")
            target = getattr(mod, owner, None) if owner else mod
            if target is None or not hasattr(target, attr):
                print(f"memstages: {module}.{name} is gone; not marked", file=sys.stderr)
                continue
            setattr(target, attr, wrapped(getattr(target, attr), name))
    from presskg.cli import main

    sys.argv = ["presskg", *argv]
    try:
        main()
    finally:
        peak("build")


def marked_build(corpus: Path, out: Path, *extra: str
                 ) -> tuple[list[tuple[float, int, int, str, str]], int, dict[str, int]]:
    """A build of ``corpus`` into ``out`` (kept as it is: fill its cache first) in a fresh process:
    its marks (seconds, RSS MiB, high-water MiB, ``>`` or ``<``, stage), its peak in MiB (``wait4``) and
    each process's own peak in MiB (``build``, and its forked children by name)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "build", str(corpus), "-o", str(out), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-2000:]}")
    marks = [(float(t), int(r), int(h), e, n) for t, r, h, e, n in _MARK.findall(err)]
    peaks: dict[str, int] = {}
    for name, mib in _PEAK.findall(err):
        peaks[name] = max(peaks.get(name, 0), int(mib))
    return marks, usage.ru_maxrss // 1024, peaks


def table(marks: list[tuple[float, int, int, str, str]]) -> str:
    """Each stage's end: when, its RSS and the high-water mark so far (MiB)."""
    lines = ["| s | stage | RSS at its end | high-water mark |", "| ---: | --- | ---: | ---: |"]
    lines += [f"| {t:.1f} | {n} | {r} | {h} |" for t, r, h, e, n in marks if e == "<"]
    return "\n".join(lines)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    a = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from corpus import make_corpus
    from scale import fill_cache, seed_build

    with tempfile.TemporaryDirectory(prefix="presskg-memstages-") as tmp:
        seed = seed_build(Path(tmp))
        for n in a.sizes:
            corpus, out = Path(tmp) / f"c{n}", Path(tmp) / f"b{n}"
            make_corpus(corpus, n)
            fill_cache(corpus, out, seed)
            marks, peak, peaks = marked_build(corpus, out, "--jobs", "1")
            each = ", ".join(f"{name} {mib}" for name, mib in sorted(peaks.items(), key=lambda x: -x[1]))
            print(f"\n{n:,} releases, cache filled, --jobs 1: peak {peak} MiB (each process's: {each})\n\n"
                  f"{table(marks)}", flush=True)
            shutil.rmtree(out)
            shutil.rmtree(corpus)


if __name__ == "__main__":
    main()

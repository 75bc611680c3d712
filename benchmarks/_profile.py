"""One one-process build under cProfile with the CPU clock, for ``benchmarks/cpu.py --profile``.

    python benchmarks/_profile.py CORPUS OUT STATS

The main thread is profiled with ``time.process_time`` (the process's CPU: while the build's
threads run beside it, their CPU is counted in the main thread's functions too, which is why
each thread is also profiled on its own ``time.thread_time`` clock); the stats of every thread
are merged into STATS. Forked children (none with one job) are not profiled. Printed: each
rule's own CPU (:func:`presskg.extract.registry.timing`), the build's stages (cumulative CPU of
the functions that make them) and the costliest functions by their own time.
"""

from __future__ import annotations

import cProfile
import io
import logging
import pstats
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

#: Stages of a build: (what, module file ending, function name); cumulative CPU of each.
STAGES = (
    ("load the model", "nlp/__init__.py", "load_model"),
    ("spaCy nlp.pipe (model)", "spacy/language.py", "pipe"),
    ("copy spaCy's docs (to_parse)", "nlp/__init__.py", "to_parse"),
    ("extract (all)", "extract/__init__.py", "extract"),
    ("  tree", "extract/tree.py", "__init__"),
    ("  mentions (find_candidates)", "extract/mentions.py", "find_candidates"),
    ("  entity table (add_candidates)", "extract/entities.py", "add_candidates"),
    ("  retype_by_predicates", "extract/entities.py", "retype_by_predicates"),
    ("  frames (build_frames)", "extract/frames.py", "build_frames"),
    ("extraction cache put", "builder/cache.py", "put"),
    ("extraction cache get", "builder/cache.py", "get"),
    ("naming summaries", "link/resolve.py", "named_summary"),
    ("names across releases", "link/resolve.py", "named_groups"),
    ("resolve_one", "link/resolve.py", "resolve_one"),
    ("encode_layers", "rdf/encode.py", "encode_layers"),
    ("make_graph (N-Quads, spool)", "builder/stream.py", "make_graph"),
    ("background graphs", "builder/build.py", "_background"),
    ("SHACL (validate)", "builder/stream.py", "validate"),
    ("store (write, thread)", "store/__init__.py", "write"),
    ("files (stage, thread)", "publish/export.py", "_stage"),
    ("copy in memory (thread)", "store/__init__.py", "in_memory"),
    ("entity graph (read_network)", "builder/pages.py", "read_network"),
    ("pages (write_pages)", "builder/pages.py", "write_pages"),
    ("manifest", "builder/build.py", "_write_manifest"),
)


def main(corpus: Path, out: Path, stats_file: Path) -> None:
    logging.disable(logging.WARNING)
    import spacy  # noqa: F401  imported before, as in _worker.py

    from presskg import _beside
    from presskg.builder.build import build
    from presskg.extract import registry
    from presskg.settings import DEFAULT_SETTINGS

    tmp = Path(tempfile.mkdtemp(prefix="presskg-prof-"))
    threads: list[Path] = []
    plain_init = _beside.Threaded.__init__

    def profiled_init(self, fn, *, name):  # each thread the build starts, on its own CPU clock
        def run():
            prof = cProfile.Profile(time.thread_time)
            prof.enable()
            try:
                return fn()
            finally:
                prof.disable()
                threads.append(tmp / f"{name}-{len(threads)}.prof")
                prof.dump_stats(threads[-1])

        plain_init(self, run, name=name)

    _beside.Threaded.__init__ = profiled_init
    times = registry.timing()
    prof = cProfile.Profile(time.process_time)
    c0 = time.process_time()
    prof.enable()
    build([corpus], out=out, settings=replace(DEFAULT_SETTINGS, jobs=1), progress=False)
    prof.disable()
    cpu = time.process_time() - c0
    main_file = tmp / "main.prof"
    prof.dump_stats(main_file)
    merged = pstats.Stats(str(main_file))
    for t in threads:
        merged.add(str(t))
    merged.dump_stats(str(stats_file))

    print(f"build under the profiler: {cpu:.1f} s CPU (main thread's clock counts every thread)")
    print("\nper rule, own CPU seconds (registry.timing), top 25:")
    total = sum(times.values())
    for name, s in sorted(times.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {s:7.2f}  {name}")
    print(f"  {total:7.2f}  all rules ({len(times)})")
    print("\nstages, cumulative CPU seconds (threads on their own clock):")
    for label, suffix, fn in STAGES:
        print(f"  {_cumulative(merged, suffix, fn):7.2f}  {label}")
    print("\nper rule module, cumulative CPU of its functions called from outside it:")
    for mod, s in sorted(_by_rule_module(pstats.Stats(str(main_file))).items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {s:7.2f}  rules/{mod}")
    buf = io.StringIO()
    pstats.Stats(str(stats_file), stream=buf).sort_stats("tottime").print_stats(40)
    print("\ncostliest functions by own time:")
    print("\n".join(buf.getvalue().splitlines()[6:50]))


def _cumulative(stats: pstats.Stats, suffix: str, fn: str) -> float:
    return sum(ct for (file, _, name), (_, _, _, ct, _) in stats.stats.items()
               if name == fn and file.replace("\\", "/").endswith(suffix))


def _by_rule_module(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative CPU of each ``rules/*.py`` module: its functions' time when called from another module."""
    out: dict[str, float] = {}
    for (file, _, _), (_, _, _, _, callers) in stats.stats.items():
        if "/extract/rules/" not in file:
            continue
        mod = file.rsplit("/", 1)[-1]
        for (cfile, _, _), (_, _, _, ct) in callers.items():
            if cfile != file:
                out[mod] = out.get(mod, 0.0) + ct
    return out


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))

"""One measured job in a fresh process; prints a JSON line (time, peak memory)."""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path


def bare_pipe(corpus: Path, jobs: int) -> dict:
    """spaCy alone: load the same model, nlp.pipe the same texts, nothing else."""
    import spacy

    from presskg.ingest import read_release
    from presskg.nlp import find_model

    texts = [read_release(p).text for p in sorted(corpus.glob("*.txt"))]
    t0 = time.perf_counter()
    nlp = spacy.load(find_model())
    words = 0
    for doc in nlp.pipe(texts, batch_size=16, n_process=jobs):
        words += sum(1 for t in doc if not t.is_space)
    return {"seconds": time.perf_counter() - t0, "words": words, "releases": len(texts)}


def build(corpus: Path, out: Path, jobs: int, here: bool = False) -> dict:
    """A build; ``here``: every release read in this process (``--one-process``: no rules beside the model)."""
    import spacy  # noqa: F401  imported before the clock starts, as in bare_pipe

    from presskg.builder.build import build as run
    from presskg.settings import DEFAULT_SETTINGS

    t0, own, kids = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    result = run([corpus], out=out, settings=replace(DEFAULT_SETTINGS, jobs=jobs, rules_beside=not here),
                 progress=False)
    # the build process's own CPU (with one job: the model, and what the build's thread waits on) apart
    # from its children's (the extraction rules' process beside the model, the forked files and report)
    return {"seconds": time.perf_counter() - t0, "releases": len(result.releases), "reused": result.reused,
            "triples": result.triples, "cpu_self_s": round(_cpu(resource.RUSAGE_SELF) - own, 2),
            "cpu_children_s": round(_cpu(resource.RUSAGE_CHILDREN) - kids, 2)}


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def publish(built: Path, site: Path) -> dict:
    """``presskg publish`` of a build into ``site``: wall and CPU seconds (the machine is shared:
    the CPU time says what the publish itself cost), documents, pages rewritten."""
    from presskg.publish.site import publish as run

    def cpu() -> float:  # this process and the page-making workers it forked (and waited for)
        own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime

    t0, c0 = time.perf_counter(), cpu()
    res = run(built, site)
    return {"seconds": time.perf_counter() - t0, "cpu_seconds": cpu() - c0,
            "documents": res.documents, "written": res.written, "kept": res.kept}


if __name__ == "__main__":
    logging.disable(logging.WARNING)
    if sys.argv[1] == "publish":
        res = publish(Path(sys.argv[2]), Path(sys.argv[3]))
        res["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        res["peak_rss_workers_mib"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
        print(json.dumps(res))
        sys.exit(0)
    kind, corpus, jobs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    res = bare_pipe(corpus, jobs) if kind == "pipe" else build(corpus, Path(sys.argv[4]), jobs,
                                                               here=sys.argv[5:] == ["here"])
    res["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    # the largest worker process (with --jobs > 1), each of which holds its own model
    res["peak_rss_children_mib"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    print(json.dumps(res))

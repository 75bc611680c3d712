"""presskg benchmarks (``make bench``): build throughput, jobs, SPARQL, incremental, graph page.

Writes ``benchmarks/results.json`` and ``benchmarks/results.md``. Every figure
is the median of several runs; where a ratio is asked, both sides are measured
in the same run, each in a fresh process with the same settings.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
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
from sparql_part import SPARQL_RUNS, bench_sparql, sparql_store  # noqa: E402, F401  (sparql_store: tests use it here)


def worker(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE / "_worker.py"), *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compiled() -> None:
    """Compile presskg's modules to bytecode first, as installing a package does: the timed processes then load
    them as an installed presskg would, also where ``PYTHONDONTWRITEBYTECODE`` is set (with it, and stale caches,
    every process compiles what changed again: about 0.27 s of a one-release rebuild)."""
    import presskg

    compileall.compile_dir(Path(presskg.__file__).parent, quiet=1)


def machine() -> dict:
    mem = ""
    try:
        mem = next(ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
        mem = f"{int(mem) // 1024 // 1024} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    cpu = ""
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                   if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "platform": platform.platform()}


def bench_build(corpus: Path, tmp: Path, runs: int, runs2: int = 1) -> dict:
    """Bare ``nlp.pipe`` and ``--jobs 1`` builds, ``runs`` each (their ratio is the figure the issues
    set); ``--jobs 2`` builds, ``runs2`` (one by default: ``make bench`` keeps to 15 minutes)."""
    pipe, build1, build2, rss, rss2, here = [], [], [], [], [], []
    for r in range(runs):
        p = worker("pipe", str(corpus), "1")
        b = worker("build", str(corpus), "1", str(tmp / f"b1-{r}"))
        pipe.append(p["seconds"])
        build1.append(b["seconds"])
        rss.append(b["peak_rss_mib"])
        words = p["words"]
        shutil.rmtree(tmp / f"b1-{r}") if r < runs - 1 else None
    for r in range(runs2):  # every release read in the build's own process (--one-process): no rules beside
        h = worker("build", str(corpus), "1", str(tmp / f"bh-{r}"), "here")
        here.append(h["seconds"])
        shutil.rmtree(tmp / f"bh-{r}")
    for r in range(runs2):
        b = worker("build", str(corpus), "2", str(tmp / f"b2-{r}"))
        build2.append(b["seconds"])
        rss2.append(max(b["peak_rss_mib"], b["peak_rss_children_mib"]))
        shutil.rmtree(tmp / f"b2-{r}")
    n = len(list(corpus.glob("*.txt")))
    med_pipe, med1, med2 = statistics.median(pipe), statistics.median(build1), statistics.median(build2)
    return {
        "releases": n, "words": words,
        "spacy_pipe_seconds": round(med_pipe, 2), "build_seconds": round(med1, 2),
        "build_jobs2_seconds": round(med2, 2),
        "build_releases_per_s": round(n / med1, 2), "build_words_per_s": round(words / med1),
        "spacy_releases_per_s": round(n / med_pipe, 2),
        "build_vs_spacy_ratio": round(med_pipe / med1, 3),
        "build_one_process_seconds": round(statistics.median(here), 2),
        "build_one_process_vs_spacy_ratio": round(med_pipe / statistics.median(here), 3),
        "jobs2_speedup": round(med1 / med2, 3),
        "peak_rss_mib": max(rss),
        "peak_rss_jobs2_per_process_mib": max(rss2),
        "runs": runs, "jobs2_runs": runs2,
    }


def bench_incremental(corpus: Path, built: Path, runs: int, full_seconds: float) -> dict:
    times = []
    victim = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
    original = victim.read_text()
    for r in range(runs):
        victim.write_text(original + f"\n\nESA and JAXA met again (revision {r}).\n")
        res = worker("build", str(corpus), "1", str(built))
        assert res["reused"] == res["releases"] - 1, res
        times.append(res["seconds"])
    victim.write_text(original)
    med = statistics.median(times)
    return {"incremental_seconds": round(med, 2), "incremental_fraction": round(med / full_seconds, 3)}


def bench_noop(corpus: Path, built: Path, runs: int) -> dict:
    """A rebuild in which nothing changed (inputs, code, settings, outputs in place), in a fresh process
    each: it should read the manifest and stop. One build first brings ``built`` up to date with
    ``corpus`` (the incremental benchmark leaves it one revision behind)."""
    worker("build", str(corpus), "1", str(built))
    times = []
    for _ in range(runs):
        res = worker("build", str(corpus), "1", str(built))
        assert res["reused"] == res["releases"], res
        times.append(res["seconds"])
    return {"noop_rebuild_s": round(statistics.median(times), 2), "noop_rebuild_runs": [round(t, 2) for t in times]}


def bench_publish(built: Path, tmp: Path, corpus: Path | None = None) -> dict:
    """``presskg publish`` of the built corpus, each in a fresh process: the whole site, again with
    nothing changed, and (with ``corpus``, the build's input) after a rebuild that changed one
    release, with how many documents that rewrote."""
    site = tmp / "site"
    shutil.rmtree(site, ignore_errors=True)
    first = worker("publish", str(built), str(site))
    again = worker("publish", str(built), str(site))
    res = {"documents": first["documents"], "publish_seconds": round(first["seconds"], 2),
           "publish_cpu_seconds": round(first["cpu_seconds"], 2), "publish_peak_rss_mib": first["peak_rss_mib"],
           "publish_peak_rss_workers_mib": first.get("peak_rss_workers_mib"),
           "republish_unchanged_seconds": round(again["seconds"], 2),
           "republish_unchanged_cpu_seconds": round(again["cpu_seconds"], 2),
           "republish_unchanged_written": again["written"]}
    if corpus is not None:
        victim = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 3]
        original = victim.read_text()
        try:
            # a sentence of its own each run, so that the rebuild changes the release whatever ran before
            victim.write_text(original + f"\n\nESA and JAXA met again (publish benchmark {time.time_ns()}).\n")
            worker("build", str(corpus), "1", str(built))
            one = worker("publish", str(built), str(site))
        finally:
            victim.write_text(original)
        res.update({"republish_one_release_seconds": round(one["seconds"], 2),
                    "republish_one_release_cpu_seconds": round(one["cpu_seconds"], 2),
                    "republish_one_release_written": one["written"]})
    return res


def bench_pages(sizes: list[int]) -> dict:
    from presskg.views.viz import render_html

    out = {}
    tmp = Path(tempfile.mkdtemp())
    for n in sizes:
        G = page_graph(n)
        t = time.perf_counter()
        page = render_html(G, tmp / f"g{n}.html", max_nodes=max(sizes))
        out[str(n)] = {"seconds": round(time.perf_counter() - t, 2), "mib": round(page.stat().st_size / 2**20, 2)}
    shutil.rmtree(tmp, ignore_errors=True)
    return out


#: Chromium as the browser tests start it (tests/test_viz.py).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def page_graph(n: int):
    """A scale-free entity graph of ``n`` nodes (two edges per new node), as the page benchmarks use."""
    import networkx as nx

    G = nx.MultiDiGraph()
    classes = ["SpaceAgency", "Mission", "Person", "Planet", "Meeting", "Instrument"]
    for i in range(n):
        G.add_node(f"n{i}", label=f"entity {i}", cls=classes[i % len(classes)], aliases=[], evidence=[])
    H = nx.barabasi_albert_graph(n, 2, seed=1)
    for a, b in H.edges:
        G.add_edge(f"n{a}", f"n{b}", key="partnerOf", property="partnerOf", evidence=["A sentence."])
    return G


def bench_page_settle(n: int = 1500, runs: int = 1, timeout: float = 120.0) -> dict:
    """Seconds from opening the ``n``-node page in headless Chromium until its layout is stable.

    The page sets ``window.presskgStable`` once its layout stops moving; the clock runs from the
    navigation's start, so parsing the page and its data count too.
    """
    from playwright.sync_api import sync_playwright

    from presskg.views.viz import render_html

    tmp = Path(tempfile.mkdtemp())
    page_file = render_html(page_graph(n), tmp / f"g{n}.html", max_nodes=n)
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                t = time.perf_counter()
                page.goto(page_file.as_uri())
                page.wait_for_function("() => window.presskgStable === true", timeout=timeout * 1000)
                times.append(time.perf_counter() - t)
                page.close()
        finally:
            browser.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return {"page_settle_s": round(statistics.median(times), 2), "page_settle_runs": [round(x, 2) for x in times]}


def markdown(res: dict) -> str:
    """``results.md``: the figures of ``res``; a part not measured yet shows as such."""
    def get(*keys, default="–"):
        v = res
        for k in keys:
            if not isinstance(v, dict) or k not in v:
                return default
            v = v[k]
        return v

    sq = get("sparql", default={})
    m = res["machine"]
    when = ", ".join(f"{part} {day}" for part, day in sorted(get("measured", default={}).items()))
    lines = [
        "# presskg benchmarks", "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}. Run on {res['date']} "
        f"(load average {', '.join(f'{x:.1f}' for x in res.get('load_average', []))}).", "",
        *([f"Parts measured on: {when}.", ""] if when else []),
        "| figure | value |", "|---|---|",
        f"| corpus | {get('build', 'releases')} releases, {get('build', 'words')} words |",
        f"| bare `nlp.pipe` (median) | {get('build', 'spacy_pipe_seconds')} s "
        f"({get('build', 'spacy_releases_per_s')} releases/s) |",
        f"| `presskg build` (median) | {get('build', 'build_seconds')} s ({get('build', 'build_releases_per_s')} "
        f"releases/s, {get('build', 'build_words_per_s')} words/s) |",
        f"| build vs bare spaCy (with one job the rules run in a second process beside the model) | "
        f"**{get('build_vs_spacy_ratio')}** |",
        f"| `presskg build --one-process` (every release read in the build's process) | "
        f"{get('build', 'build_one_process_seconds')} s, vs bare spaCy **{get('build_one_process_vs_spacy_ratio')}** |",
        f"| `--jobs 2` build | {get('build', 'build_jobs2_seconds')} s, speed-up **{get('jobs2_speedup')}** |",
        f"| peak memory of a build | {get('peak_rss_mib')} MiB (with `--jobs 2`: "
        f"{get('build', 'peak_rss_jobs2_per_process_mib')} MiB per process) |",
        f"| incremental rebuild, one release changed | {get('incremental', 'incremental_seconds')} s, "
        f"**{get('incremental_fraction')}** of a full build |",
        f"| rebuild with nothing changed (`noop_rebuild_s`) | **{get('noop_rebuild_s')} s** |",
        f"| `presskg publish`, {get('publish', 'documents')} IRIs (`publish_seconds_1000`) | "
        f"**{get('publish', 'publish_seconds')} s** (CPU {get('publish', 'publish_cpu_seconds')} s, its page "
        f"workers' included; again, nothing changed: {get('publish', 'republish_unchanged_seconds')} s, CPU "
        f"{get('publish', 'republish_unchanged_cpu_seconds')} s; after one release changed: "
        f"{get('publish', 'republish_one_release_seconds')} s, CPU "
        f"{get('publish', 'republish_one_release_cpu_seconds')} s, "
        f"{get('publish', 'republish_one_release_written')} documents rewritten) |",
        f"| SPARQL, saved queries on {get('sparql', 'sparql_quads')} quads: Oxigraph vs rdflib (median ratio) | "
        f"**{get('sparql_oxigraph_vs_rdflib_ratio')}** |",
        f"| slowest saved query, median of {SPARQL_RUNS} runs (Oxigraph, `sparql_max_median_ms`) | "
        f"**{get('sparql_max_median_ms')} ms** (CPU time: {get('sparql', 'sparql_max_cpu_ms')} ms) |",
        f"| 1,500-node graph page in headless Chromium, until its layout is stable (`page_settle_s_1500`) | "
        f"**{get('page_settle_s_1500')} s** |", "",
        "| graph page nodes | seconds | MiB |", "|---|---|---|",
    ]
    lines += [f"| {n} | {v['seconds']} | {v['mib']} |" for n, v in get("pages", default={}).items()]
    lines += ["", "| saved query | Oxigraph median ms | p95 ms | CPU ms (median) | rdflib ms | ratio |",
              "|---|---|---|---|---|---|"]
    for k, v in sq.get("sparql_queries", {}).items():
        head = (f"| {k} | {v['oxigraph_ms']} | {v.get('oxigraph_p95_ms', '–')} | "
                f"{v.get('oxigraph_cpu_ms', '–')} |")
        if "rdflib_error" in v:
            lines.append(f"{head} fails in rdflib | – |")
        elif "rdflib_ms" in v:
            capped = " (stopped)" if v["rdflib_capped"] else ""
            lines.append(f"{head} {v['rdflib_ms']}{capped} | {v['ratio']} |")
        else:
            lines.append(f"{head} not run | – |")
    return "\n".join(lines) + "\n"


#: The parts of the benchmark, in the order they run (``--only`` picks some).
PARTS = ("build", "incremental", "noop", "publish", "sparql", "pages", "page_settle")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--build-runs", type=int, default=2, help="runs of the (slow) full builds")
    ap.add_argument("--sparql-quads", type=int, default=1_000_000)
    ap.add_argument("--jobs2-runs", type=int, default=1, help="runs of the --jobs 2 build")
    ap.add_argument("--rdflib-cap", type=float, default=3.0, help="seconds after which an rdflib query is stopped")
    ap.add_argument("--only", action="append", choices=PARTS,
                    help="run only this part (repeatable); the figures of the others are kept from results.json")
    ap.add_argument("--built", type=Path, help="an existing build of the corpus (with --corpus), instead of "
                    "building it (for --only incremental, noop, publish, sparql)")
    ap.add_argument("--corpus", type=Path, help="the corpus that --built was built from (benchmarks/corpus.py)")
    ap.add_argument("--sparql-store", type=Path, help="keep the SPARQL benchmark's store here; reused when present")
    ap.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only (rdflib in memory takes minutes)")
    a = ap.parse_args()
    compiled()
    parts = set(a.only or PARTS)
    if a.built and not a.corpus and parts & {"incremental", "noop"}:
        ap.error("--built needs --corpus for the incremental and no-op rebuilds")
    if not a.built and parts & {"incremental", "noop", "publish", "sparql"} and "build" not in parts:
        ap.error("these parts need a build: add --only build, or give --built and --corpus")
    tmp = Path(tempfile.mkdtemp(prefix="presskg-bench-"))
    corpus = a.corpus or tmp / "corpus"
    if not a.corpus and parts & {"build", "incremental", "noop"}:
        make_corpus(corpus, a.releases)
    old = HERE / "results.json"
    res = json.loads(old.read_text()) if a.only and old.is_file() else {}
    if res and "measured" not in res:  # results of a full run: every part on its date
        res["measured"] = {part: res["date"] for part in PARTS if part in res}
    res |= {"date": time.strftime("%Y-%m-%d"), "machine": machine(), "load_average": os.getloadavg()}
    t0 = time.perf_counter()
    built = a.built
    if "build" in parts:
        res["build"] = bench_build(corpus, tmp, a.build_runs, a.jobs2_runs)
        built = tmp / f"b1-{a.build_runs - 1}"
        for key in ("build_vs_spacy_ratio", "build_one_process_vs_spacy_ratio", "jobs2_speedup", "peak_rss_mib"):
            res[key] = res["build"][key]
    if "incremental" in parts:
        res["incremental"] = bench_incremental(corpus, built, a.runs, res["build"]["build_seconds"])
        res["incremental_fraction"] = res["incremental"]["incremental_fraction"]
    if "noop" in parts:
        res["noop"] = bench_noop(corpus, built, max(a.runs, 3))
        res["noop_rebuild_s"] = res["noop"]["noop_rebuild_s"]
    if "publish" in parts:
        res["publish"] = bench_publish(built, tmp, corpus if corpus.is_dir() else None)
        res["publish_seconds_1000"] = res["publish"]["publish_seconds"]
    if "sparql" in parts:
        res["sparql"] = bench_sparql(built, a.runs, a.sparql_quads, a.rdflib_cap, a.sparql_store,
                                     rdflib=not a.no_rdflib)
        res["sparql_max_median_ms"] = res["sparql"]["sparql_max_median_ms"]
        # not measured with --no-rdflib: an earlier run's ratio was of other queries, and goes
        res["sparql_oxigraph_vs_rdflib_ratio"] = res["sparql"].get("sparql_oxigraph_vs_rdflib_ratio")
    if "pages" in parts:
        res["pages"] = bench_pages([500, 2000, 10000])
    if "page_settle" in parts:
        res["page_settle"] = bench_page_settle(1500, runs=a.runs)
        res["page_settle_s_1500"] = res["page_settle"]["page_settle_s"]
    res["measured"] = res.get("measured", {}) | dict.fromkeys(parts, res["date"])
    res["bench_seconds"] = round(time.perf_counter() - t0, 1)
    (HERE / "results.json").write_text(json.dumps(res, indent=2) + "\n")
    (HERE / "results.md").write_text(markdown(res))
    shutil.rmtree(tmp, ignore_errors=True)
    print(markdown(res))


if __name__ == "__main__":
    main()

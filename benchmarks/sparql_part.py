"""The SPARQL part of ``make bench``: a store of about a million quads laid out as a build's, and each
saved question timed on it (median, p95, CPU time), against rdflib in memory where it answers in time."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path


def sparql_store(built: Path, target_quads: int, dest: Path) -> int:
    """Make at ``dest`` a store of about ``target_quads`` quads from a build, laid out as a build's
    store (:class:`presskg.store.StoreTexts`): every named graph, and as the default graph the facts
    of all of them, each once. Returns its number of quads.

    Copies of the release graphs under new release IRIs (``release/x1-…``) are added until the
    target is reached. A release's text layer (its sentences, mentions and statements) is what has
    the release's IRI and ``#`` as subject; the rest of a graph is its facts.
    """
    import pyoxigraph as ox

    base = list(ox.parse(path=str(built / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    release = [q for q in base if "/release/" in q.graph_name.value]
    quads, copy = list(base), 0
    while len(quads) < target_quads:  # more releases: the same graphs under new release IRIs
        copy += 1

        def renamed(t, c=copy):
            if isinstance(t, ox.NamedNode) and "/release/" in t.value:
                return ox.NamedNode(t.value.replace("/release/", f"/release/x{c}-", 1))
            return t
        quads += [ox.Quad(renamed(q.subject), q.predicate, renamed(q.object), renamed(q.graph_name)) for q in release]
    facts = dict.fromkeys(q.triple for q in quads
                          if not (isinstance(q.subject, ox.NamedNode)
                                  and q.subject.value.startswith(q.graph_name.value + "#")))
    store = ox.Store(str(dest))
    store.bulk_extend(quads)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in facts)
    store.optimize()
    store.flush()
    del store
    return len(quads) + len(facts)


def bench_sparql(built: Path, runs: int, target_triples: int, rdflib_cap: float,
                 store_dir: Path | None = None, rdflib: bool = True) -> dict:
    """Saved queries on ~``target_triples`` quads: Oxigraph (on disk) against rdflib in memory.

    ``store_dir``: where the store is kept; one already there (from an earlier run on the same
    build) is used as it is. Each query's wall-clock median and p95 are reported, and its CPU
    time (the query runs in this thread): on a machine shared with other work, the wall clock
    counts the time spent waiting for a core, the CPU time does not.
    """
    import pyoxigraph as ox
    from rdflib import Dataset

    from presskg.store.query import saved_queries, with_prefixes

    tmp = Path(tempfile.mkdtemp())
    folder = store_dir or tmp / "store"
    if not (folder / "CURRENT").is_file():
        sparql_store(built, target_triples, folder)
    store = ox.Store.read_only(str(folder))
    n_quads = len(store)
    ds, rdflib_load = None, None
    if rdflib:
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data=ox.serialize(store.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS),
                 format="nquads")
        rdflib_load = round(time.perf_counter() - t0, 1)
    ratios, rows = [], {}
    for name, (_, text) in saved_queries().items():
        q = with_prefixes(text)
        ox_times, cpu_times = [], []
        for _ in range(max(runs, SPARQL_RUNS)):  # enough runs for a p95
            t, c = time.perf_counter(), time.process_time()
            list(store.query(q))
            ox_times.append(time.perf_counter() - t)
            cpu_times.append(time.process_time() - c)
        timing = {"oxigraph_ms": round(statistics.median(ox_times) * 1000, 1), "oxigraph_p95_ms": p95_ms(ox_times),
                  "oxigraph_cpu_ms": round(statistics.median(cpu_times) * 1000, 1)}
        if ds is None:
            rows[name] = timing
            continue
        rd_times = []
        error = None
        for _ in range(runs):
            seconds, error = _rdflib_timed(ds, q, rdflib_cap)
            if error:
                break
            rd_times.append(seconds)
            if seconds >= min(2.0, rdflib_cap):
                break  # slow already: more runs would only take longer
        if error:  # rdflib cannot run every SPARQL 1.1 query (e.g. GROUP_CONCAT over unbound values)
            rows[name] = {**timing, "rdflib_error": error[:120]}
            continue
        o, r = statistics.median(ox_times), statistics.median(rd_times)
        rows[name] = {**timing, "rdflib_ms": round(r * 1000, 1),
                      "rdflib_capped": r >= rdflib_cap, "ratio": round(r / max(o, 1e-6), 1)}
        ratios.append(r / max(o, 1e-6))
    del store
    shutil.rmtree(tmp, ignore_errors=True)
    out = {"sparql_quads": n_quads, "sparql_max_median_ms": max(v["oxigraph_ms"] for v in rows.values()),
           "sparql_max_cpu_ms": max(v["oxigraph_cpu_ms"] for v in rows.values()), "sparql_queries": rows}
    if ds is not None:
        out |= {"rdflib_load_seconds": rdflib_load,
                "sparql_oxigraph_vs_rdflib_ratio": round(statistics.median(ratios), 1) if ratios else None}
    return out


#: Oxigraph runs of each saved query (its median and 95th percentile are reported).
SPARQL_RUNS = 10


def p95_ms(times: list[float]) -> float:
    """The 95th percentile of ``times`` (seconds), in milliseconds (nearest rank)."""
    ordered = sorted(times)
    return round(ordered[max(0, -(-95 * len(ordered) // 100) - 1)] * 1000, 1)


def _rdflib_timed(ds, q: str, cap: float) -> tuple[float, str | None]:
    """Seconds of one rdflib query, run in a forked process stopped at ``cap`` (the time is then a lower bound)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def run() -> None:
        import resource

        # rdflib can blow up on a join: bound its memory, so the machine survives (MemoryError instead)
        limit = 6 * 2**30
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            list(ds.query(q))
            child.send(None)
        except Exception as exc:
            child.send(repr(exc))

    proc = ctx.Process(target=run, daemon=True)
    t = time.perf_counter()
    proc.start()
    if parent.poll(cap):
        try:
            error = parent.recv()
        except EOFError:  # the child died (memory)
            error = "rdflib process died"
        seconds = time.perf_counter() - t
    else:
        error, seconds = None, cap
    proc.kill()
    proc.join()
    return seconds, error

"""``presskg`` command line: one thin subcommand per library function.

Exit codes: 0 success; 1 a check found problems or some releases failed (the
rest built); 2 usage or input error. A :class:`~presskg.errors.PresskgError`
is printed as one line, without a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from ._cliargs import describe, make_parser

__all__ = ["COMMANDS", "main", "make_parser"]


def _build(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from presskg.builder.build import build

    from .settings import DEFAULT_SETTINGS

    settings = replace(DEFAULT_SETTINGS, jobs=args.jobs, dask=args.dask, validate=not args.no_validate,
                       infer=args.infer, rules_beside=not args.one_process)
    result = build(args.paths or ["data/releases"], out=args.output, settings=settings)
    for f, reason in result.failed:
        print(f"skipped {f}: {reason}", file=sys.stderr)
    print(result.summary())
    return result.exit_code


def _extract(args: argparse.Namespace) -> int:
    from presskg.builder.explain import explain

    print(explain(args.file, show_all=args.explain))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from presskg.publish.export import ntriples

    from .rdf.validate import validate_ntriples
    from .store import read_nquads

    # the union of the graphs, as text: no object per quad (a 1,000-release build has 530,000)
    report = validate_ntriples(ntriples(read_nquads(args.build)), shapes=args.shapes, engine=args.engine)
    print("conforms" if report.conforms else report.text)
    return 0 if report.conforms else 1


def _vocab(args: argparse.Namespace) -> int:
    from . import _shapesgen, _vocabgen
    from .vocab import ontology_path, shapes_path

    dest = Path(_vocabgen.__file__).with_name("vocab.py")
    if args.check:
        same = dest.read_text(encoding="utf-8") == _vocabgen.generate(ontology_path())
        shapes_same = shapes_path().read_text(encoding="utf-8") == _shapesgen.generated(shapes_path(), ontology_path())
        print("vocab.py matches the ontology" if same else "vocab.py is out of date: run 'presskg vocab'")
        print("shapes.ttl's relation shapes match the ontology" if shapes_same
              else "shapes.ttl's relation shapes are out of date: run 'presskg vocab'")
        return 0 if same and shapes_same else 1
    changed = _vocabgen.write(ontology_path(), dest)
    print(f"{'rewrote' if changed else 'unchanged'} {dest}")
    changed = _shapesgen.write(shapes_path(), ontology_path())
    print(f"{'rewrote' if changed else 'unchanged'} {shapes_path()} (relation shapes)")
    return 0


def _doctor(args: argparse.Namespace) -> int:
    import importlib.metadata as md

    from .nlp import model_info
    from .vocab import kb_dir, ontology_path, shapes_path

    print(f"presskg {__version__} (python {sys.version.split()[0]}, {sys.executable})")
    for k, v in model_info().items():
        print(f"{k}: {v}")
    for dist in ("rdflib", "pyoxigraph", "oxigraph", "pyrudof", "pyshacl", "networkx", "pyvis", "trafilatura"):
        try:
            print(f"{dist}: {md.version(dist)}")
        except md.PackageNotFoundError:
            print(f"{dist}: not installed")
    print(f"ontology: {ontology_path()}\nshapes: {shapes_path()}\nknowledge base: {kb_dir()}")
    return 0


def _query(args: argparse.Namespace) -> int:
    from presskg.store.query import format_result, run_query, saved_queries

    from .errors import QueryError

    if args.list:
        for name, (question, _) in saved_queries().items():
            print(f"{name:24} {question}")
        return 0
    bindings = {}
    for b in args.bind:
        name, sep, value = b.partition("=")
        if not sep:
            raise QueryError(f"--bind takes NAME=VALUE, not {b!r}")
        bindings[name.lstrip("?")] = value
    result = run_query(args.query, build=args.build, inline=args.e, bindings=bindings, endpoint=args.endpoint,
                       timeout=args.timeout, memory_mb=args.memory, all_rows=args.all)
    sys.stdout.write(format_result(result, args.format))
    _page_note(args, bindings)
    return 0


def _page_note(args: argparse.Namespace, bindings: dict[str, str]) -> None:
    """Say on stderr when a listing showed only its first page (stdout stays the result alone)."""
    from presskg.store.paging import page_size
    from presskg.store.query import resolve_query

    size = None if args.all or bindings or args.e else page_size(resolve_query(args.query))
    if size:
        print(f"presskg: first page only ({size} per page, see the query); --all lists every row, "
              "--bind narrows the question", file=sys.stderr)


def _serve(args: argparse.Namespace) -> int:
    from presskg.store.serve import serve

    routes = None
    if args.site:
        from .publish.serve_site import site_routes

        routes = site_routes(args.site)
    return serve(args.build, host=args.host, port=args.port, timeout=args.timeout, memory_mb=args.memory,
                 max_result_mb=args.max_result, allow_hosts=tuple(args.allow_host), site_routes=routes)


def _publish(args: argparse.Namespace) -> int:
    from .publish.site import publish

    print(publish(args.build, args.output, base_url=args.base_url, jobs=args.jobs).summary())
    return 0


def _push(args: argparse.Namespace) -> int:
    from presskg.store.push import push

    print(push(args.build, args.graph_store, batch_size=args.batch_size, timeout=args.timeout,
               retries=args.retries))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from presskg.views.evaluate import breakdown_table, evaluate

    report = evaluate(args.build, args.gold)
    for rel, s in report.items():
        if rel in ("TOTAL", "BREAKDOWN"):
            continue
        print(f"{rel[:40]:40} entity P/R/F1 {s['entity_p']:.2f}/{s['entity_r']:.2f}/{s['entity_f1']:.2f}"
              f"  relation P/R/F1 {s['relation_p']:.2f}/{s['relation_r']:.2f}/{s['relation_f1']:.2f}")
        if args.verbose:
            for m in s["missed"]:
                print(f"   missed {m}")
    t = report["TOTAL"]
    print(breakdown_table(report["BREAKDOWN"]))
    if args.verbose:
        for cause, items in report["BREAKDOWN"]["misses_by_cause"].items():
            for item in items:
                print(f"   {cause}: {item}")
    print(json.dumps(t))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if t["entity_f1"] >= args.min_entity_f1 and t["relation_f1"] >= args.min_relation_f1 else 1


def _viz(args: argparse.Namespace) -> int:
    from presskg.views.analytics import to_networkx
    from presskg.views.viz import render_html

    from .store import open_dataset

    ds = open_dataset(args.build)
    if args.release:
        import difflib

        from rdflib import RDF

        from .errors import InputError
        from .vocab import PK

        known = sorted({str(s).rsplit("/", 1)[-1] for s, *_ in ds.quads((None, RDF.type, PK.Release, None))})
        if args.release not in known:
            close = difflib.get_close_matches(args.release, known, n=3, cutoff=0.5)
            hint = f"did you mean {', '.join(close)}?" if close else f"the build has {len(known)} release(s)"
            raise InputError(f"no release {args.release!r} in {args.build} (a release is named by its file name "
                             f"without extension); {hint}")
    G = to_networkx(ds, releases=[args.release] if args.release else None, include_kb=True)
    dest = render_html(G, args.output or Path(args.build) / "graph.html", title=args.release or "presskg graph",
                       max_nodes=args.max_nodes)
    print(f"wrote {dest} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")
    return 0


def _graph(build: str):
    from presskg.views.analytics import text_graph, to_networkx

    from .store import open_dataset

    return text_graph(to_networkx(open_dataset(build)))


def _network(args: argparse.Namespace) -> int:
    from presskg.views.report import write_network

    G = _graph(args.build)
    for dest in args.output or [Path(args.build) / "graph.graphml", Path(args.build) / "graph.gexf"]:
        print(f"wrote {write_network(G, dest)} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from presskg.views.analytics import stats

    s = stats(_graph(args.build), top=args.top)
    if args.json:
        print(json.dumps(s, indent=2))
        return 0
    print(f"{s['entities']} entities, {s['relations']} relations")
    print("\nentities per class:")
    for k, v in s["classes"].items():
        print(f"  {k:20} {v}")
    print("\nrelations per property:")
    for k, v in s["properties"].items():
        print(f"  {k:20} {v}")
    print("\nmost central (PageRank, degree):")
    for name, pr, deg in s["top"]:
        print(f"  {name:40} {pr:.4f}  {deg}")
    return 0


def _path(args: argparse.Namespace) -> int:
    from presskg.views.analytics import path

    G = _graph(args.build)
    hops = path(G, args.source, args.target)
    label = {n: a["label"] for n, a in G.nodes(data=True)}
    if not hops:  # both names are the same entity
        from presskg.views.analytics import find_entity

        print(f"{args.source!r} and {args.target!r} are the same entity, {label[find_entity(G, args.source)]}: 0 hops")
        return 0
    print(f"{label[hops[0].source]} → {label[hops[-1].target]}: {len(hops)} hop(s)")
    for h in hops:
        arrow = f"—{h.prop}→" if h.forward else f"←{h.prop}—"
        print(f"  {label[h.source]} {arrow} {label[h.target]}")
        print(f"      [{h.release}] {h.evidence or '(no sentence recorded)'}")
    return 0


def _rules(args: argparse.Namespace) -> int:
    from .extract.registry import table

    rows = table()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    cols = ["rule", "stage", "scope", "triggers", "produces", "confidence"]
    width = {c: max(len(c), *(len(r[c]) for r in rows)) for c in cols}
    print("  ".join(c.ljust(width[c]) for c in cols).rstrip())
    for r in rows:
        print("  ".join(r[c].ljust(width[c]) for c in cols).rstrip())
    print(f"({len(rows)} rules)")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": _build, "extract": _extract, "query": _query, "serve": _serve, "publish": _publish, "push": _push,
    "eval": _eval, "validate": _validate, "viz": _viz, "stats": _stats, "network": _network, "path": _path,
    "vocab": _vocab, "rules": _rules, "doctor": _doctor,
}
"""Each subcommand's handler, by the name :func:`make_parser` declares it under."""


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # here, so that a closed pipe is met inside the handler below
        return code
    except BrokenPipeError:
        # the reader went away (`presskg query --list | head`): not an error. Python's own advice:
        # point stdout at devnull so that flushing it at exit does not fail again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("presskg: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place where every error becomes one line
        if args.debug:
            raise
        code, message = describe(exc)
        print(f"presskg: error: {message}", file=sys.stderr)
        return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

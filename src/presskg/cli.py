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
from ._cliargs import _Parser, _port, _positive, describe

EPILOG = "exit codes: 0 success; 1 problems found or some releases failed; 2 usage or input error"


def _build(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from presskg.builder.build import build

    from .settings import DEFAULT_SETTINGS

    settings = replace(DEFAULT_SETTINGS, jobs=args.jobs, dask=args.dask, validate=not args.no_validate,
                       infer=args.infer)
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
                       timeout=args.timeout, memory_mb=args.memory)
    sys.stdout.write(format_result(result, args.format))
    return 0


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


def _add_build_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("--build", default="build", help="build folder to read (default: build/)")


def make_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="presskg", description="Press releases → RDF knowledge graph.",
                                 epilog=EPILOG)
    ap.add_argument("--version", action="version", version=f"presskg {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings in detail")
    ap.add_argument("--debug", action="store_true", help="show the Python traceback of an error")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str, *,
            hidden: bool = False) -> argparse.ArgumentParser:
        # a hidden command (for developers) works but is not listed: argparse lists only those given a help
        p = sub.add_parser(name, description=help, epilog=EPILOG, **({} if hidden else {"help": help}))
        p.set_defaults(func=func)
        return p

    p = add("build", _build, "build releases (files or folders) into a knowledge graph")
    p.add_argument("paths", nargs="*", help="release files or folders (default: data/releases)")
    p.add_argument("-o", "--output", default="build", help="output folder (default: build/)")
    p.add_argument("--jobs", type=_positive, default=1,
                   help="processes that read releases: the language model and the extraction rules (default 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="read the releases on a Dask cluster: a scheduler's address (tcp://host:8786) or local:N "
                        "for N worker processes here; the rest of the build runs in this process")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--infer", action="store_true",
                   help="add the RDFS/OWL 2 RL closure as the named graph pkg:inferred (owlrl)")

    p = add("extract", _extract, "show what is read from one release, sentence by sentence")
    p.add_argument("file", help="a release file (text, Markdown or HTML)")
    p.add_argument("--explain", action="store_true", help="also show each entity's source and each relation's rule")

    p = add("query", _query, "run a SPARQL query against a build or an endpoint (project prefixes predeclared)")
    p.add_argument("query", nargs="?", help="a saved query name (see --list) or a .rq file")
    p.add_argument("-e", metavar="SPARQL", help="inline SPARQL")
    p.add_argument("--list", action="store_true", help="list the saved queries with their questions")
    p.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a variable: an IRI, a prefixed name (pkr:Ryugu) or a literal")
    p.add_argument("--endpoint", metavar="URL", help="query this SPARQL endpoint instead of the build")
    p.add_argument("--timeout", type=float, default=60, help="seconds before the query is stopped (default 60)")
    p.add_argument("--memory", type=int, default=2048, metavar="MB",
                   help="memory a local query may take before it is stopped (default 2048; 0: no limit)")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json", "ttl"],
                   help="output: an aligned table (default), CSV, TSV, SPARQL JSON results, or Turtle "
                        "(CONSTRUCT and DESCRIBE)")
    _add_build_dir(p)

    p = add("serve", _serve, "serve the build as a read-only SPARQL endpoint with a query page (Oxigraph)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    p.add_argument("--port", type=_port, default=7878, help="port to listen on (default 7878)")
    p.add_argument("--timeout", type=_positive, default=30,
                   help="seconds a query may run; a slower one is answered 504 (default 30)")
    p.add_argument("--memory", type=int, default=1024, metavar="MB",
                   help="memory the SPARQL server may take; a query needing more is stopped (default 1024)")
    p.add_argument("--max-result", type=int, default=64, metavar="MB",
                   help="largest result sent; a larger one is answered 422 (default 64)")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="a Host name browsers may use besides loopback and --host (repeat; '*' for any)")
    p.add_argument("--site", metavar="DIR", help="also serve this published site (presskg publish) on the same port, "
                   "answering an IRI's path with HTML, Turtle or JSON-LD by the Accept header; SPARQL at /sparql")
    _add_build_dir(p)

    p = add("publish", _publish, "write the linked-data site: a page, Turtle and JSON-LD for every IRI of the graph")
    p.add_argument("-o", "--output", help="site folder (default: BUILD/site)")
    p.add_argument("--base-url", default="https://w3id.org/presskg/",
                   help="where the site will be served (sitemap, VoID, redirects; default: the IRIs' own root)")
    p.add_argument("--jobs", type=_positive, default=None,
                   help="processes that make the pages (default: one per core, at most 4)")
    _add_build_dir(p)

    p = add("push", _push, "load the build into a triplestore (SPARQL 1.1 Graph Store Protocol, one PUT per graph)")
    p.add_argument("--graph-store", required=True, metavar="URL", help="the store's Graph Store endpoint")
    p.add_argument("--batch-size", type=int, default=50_000, help="triples per request (default 50000)")
    p.add_argument("--timeout", type=float, default=60,
                   help="seconds to connect, and between bytes of an answer (default 60)")
    p.add_argument("--retries", type=int, default=3, help="retries of a failed request (default 3)")
    _add_build_dir(p)

    p = add("eval", _eval, "score a build against gold annotations (JSON, one file per release)")
    p.add_argument("build", help="a build folder, or its graph.nq / graph.trig")
    p.add_argument("gold", help="a gold JSON file or a folder of them")
    p.add_argument("--verbose", action="store_true", help="list what was missed")
    p.add_argument("--json", metavar="FILE", help="write per-release and total scores, per property and per class "
                   "figures and the misses grouped by cause to this file")
    p.add_argument("--min-entity-f1", type=float, default=0.0, metavar="F1",
                   help="exit with 1 when the total entity F1 is below this (default 0: never)")
    p.add_argument("--min-relation-f1", type=float, default=0.0, metavar="F1",
                   help="exit with 1 when the total relation F1 is below this (default 0: never)")

    p = add("validate", _validate, "check a build against the SHACL shapes")
    p.add_argument("--shapes", help="shapes file (default: the bundled ontology/shapes.ttl)")
    p.add_argument("--engine", choices=["rudof", "pyshacl"], default="rudof",
                   help="SHACL validator: rudof (default, fast, Rust) or pyshacl (the W3C reference "
                        "implementation, several times slower; use it to cross-check a report)")
    _add_build_dir(p)

    p = add("viz", _viz, "write the interactive graph page")
    p.add_argument("-o", "--output", help="HTML file (default: BUILD/graph.html)")
    p.add_argument("--release", help="only this release's entities")
    p.add_argument("--max-nodes", type=_positive, default=1500,
                   help="show at most this many entities, the most central (default 1500)")
    _add_build_dir(p)

    p = add("stats", _stats, "counts per class and property, and the most central entities")
    p.add_argument("--top", type=_positive, default=10, help="how many of the most central entities (default 10)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    _add_build_dir(p)

    p = add("network", _network, "write the entity graph as GraphML or GEXF (for Gephi and other tools)")
    p.add_argument("-o", "--output", action="append", metavar="FILE",
                   help="a .graphml or .gexf file; repeat for both (default: BUILD/graph.graphml and BUILD/graph.gexf)")
    _add_build_dir(p)

    p = add("path", _path, "how two entities are connected, each hop with its evidence sentence")
    p.add_argument("source", help="an entity name (label or other name)")
    p.add_argument("target", help="an entity name")
    _add_build_dir(p)

    p = add("vocab", _vocab, "regenerate src/presskg/vocab.py and the relation shapes from the ontology "
                             "(for developers)", hidden=True)
    p.add_argument("--check", action="store_true", help="only check that vocab.py is up to date")

    p = add("rules", _rules, "list the extraction rules: what triggers each, what it produces, its confidence")
    p.add_argument("--json", action="store_true", help="print the rules as JSON")

    add("doctor", _doctor, "show the model, versions and paths presskg uses")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")
    try:
        code = args.func(args)
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

"""The command line's arguments: every subcommand's, declared here; their types; one-line usage errors.

Also how any error becomes one line and an exit code (:func:`describe`). The
handlers live in :mod:`presskg.cli`, which stays a thin table of them.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from . import __version__
from .errors import PresskgError

EPILOG = "exit codes: 0 success; 1 problems found or some releases failed; 2 usage or input error"


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small: give 1 or more")
    return value


def _port(text: str) -> int:
    """An argparse type: a TCP port number."""
    value = _positive(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (1 to 65535)")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors, like every other presskg error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def describe(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message of an error (see :data:`EPILOG`)."""
    import errno

    if isinstance(exc, PresskgError):
        return exc.exit_code, _one_line(str(exc))
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        what = {errno.ENOSPC: "no space left on the device; free some and run again",
                errno.EDQUOT: "disk quota exceeded; free some space and run again",
                errno.EACCES: "permission denied; check the folder's permissions",
                errno.EPERM: "operation not permitted; check the folder's permissions",
                errno.EROFS: "read-only file system; choose another output folder (-o)"}.get(exc.errno)
        return 2, _one_line(where + (what or f"{exc.strerror or exc} (errno {exc.errno})"))
    if isinstance(exc, RuntimeError) and "Corruption" in str(exc):  # RocksDB, under the Oxigraph store
        return 2, _one_line(f"the build's store is damaged ({exc}); run 'presskg build' to make it again")
    if isinstance(exc, (ValueError, KeyError, TypeError, IndexError, UnicodeError, EOFError)):
        return 2, _one_line(f"damaged or unexpected data ({type(exc).__name__}: {exc}); "
                            "rebuild with 'presskg build', or run with --debug and report it")
    return 2, _one_line(f"unexpected {type(exc).__name__}: {exc} (run with --debug for the details)")


def _one_line(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _add_build_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("--build", default="build", help="build folder to read (default: build/)")


def make_parser() -> argparse.ArgumentParser:
    """Every subcommand and its arguments; ``presskg.cli.COMMANDS`` maps each name to its handler."""
    ap = _Parser(prog="presskg", description="Press releases → RDF knowledge graph.",
                                 epilog=EPILOG)
    ap.add_argument("--version", action="version", version=f"presskg {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings in detail")
    ap.add_argument("--debug", action="store_true", help="show the Python traceback of an error")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help: str, *, hidden: bool = False) -> argparse.ArgumentParser:
        # a hidden command (for developers) works but is not listed: argparse lists only those given a help
        return sub.add_parser(name, description=help, epilog=EPILOG, **({} if hidden else {"help": help}))

    p = add("build", "build releases (files or folders) into a knowledge graph")
    p.add_argument("paths", nargs="*", help="release files or folders (default: data/releases)")
    p.add_argument("-o", "--output", default="build", help="output folder (default: build/)")
    p.add_argument("--jobs", type=_positive, default=1,
                   help="processes that read releases: the language model and the extraction rules (default 1; "
                        "with one, the rules run in a second process beside the model on two cores or more)")
    p.add_argument("--one-process", action="store_true",
                   help="with one job, read every release in this process (the rules not beside the model)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="read the releases on a Dask cluster: a scheduler's address (tcp://host:8786) or local:N "
                        "for N worker processes here; the rest of the build runs in this process")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--infer", action="store_true",
                   help="add the RDFS/OWL 2 RL closure as the named graph pkg:inferred (owlrl)")

    p = add("extract", "show what is read from one release, sentence by sentence")
    p.add_argument("file", help="a release file (text, Markdown or HTML)")
    p.add_argument("--explain", action="store_true", help="also show each entity's source and each relation's rule")

    p = add("query", "run a SPARQL query against a build or an endpoint (project prefixes predeclared)")
    p.add_argument("query", nargs="?", help="a saved query name (see --list) or a .rq file")
    p.add_argument("-e", metavar="SPARQL", help="inline SPARQL")
    p.add_argument("--list", action="store_true", help="list the saved queries with their questions")
    p.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a variable: an IRI, a prefixed name (pkr:Ryugu) or a literal")
    p.add_argument("--endpoint", metavar="URL", help="query this SPARQL endpoint instead of the build")
    p.add_argument("--all", action="store_true",
                   help="every row of a listing that shows its first page otherwise (fact_evidence, release_entities)")
    p.add_argument("--timeout", type=float, default=60, help="seconds before the query is stopped (default 60)")
    p.add_argument("--memory", type=int, default=2048, metavar="MB",
                   help="memory a local query may take before it is stopped (default 2048; 0: no limit)")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json", "ttl"],
                   help="output: an aligned table (default), CSV, TSV, SPARQL JSON results, or Turtle "
                        "(CONSTRUCT and DESCRIBE)")
    _add_build_dir(p)

    p = add("serve", "serve the build as a read-only SPARQL endpoint with a query page (Oxigraph)")
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

    p = add("publish", "write the linked-data site: a page, Turtle and JSON-LD for every IRI of the graph")
    p.add_argument("-o", "--output", help="site folder (default: BUILD/site)")
    p.add_argument("--base-url", default="https://w3id.org/presskg/",
                   help="where the site will be served (sitemap, VoID, redirects; default: the IRIs' own root)")
    p.add_argument("--jobs", type=_positive, default=None,
                   help="processes that make the pages (default: one per core, at most 4)")
    _add_build_dir(p)

    p = add("push", "load the build into a triplestore (SPARQL 1.1 Graph Store Protocol, one PUT per graph)")
    p.add_argument("--graph-store", required=True, metavar="URL", help="the store's Graph Store endpoint")
    p.add_argument("--batch-size", type=int, default=50_000, help="triples per request (default 50000)")
    p.add_argument("--timeout", type=float, default=60,
                   help="seconds to connect, and between bytes of an answer (default 60)")
    p.add_argument("--retries", type=int, default=3, help="retries of a failed request (default 3)")
    _add_build_dir(p)

    p = add("eval", "score a build against gold annotations (JSON, one file per release)")
    p.add_argument("build", help="a build folder, or its graph.nq / graph.trig")
    p.add_argument("gold", help="a gold JSON file or a folder of them")
    p.add_argument("--verbose", action="store_true", help="list what was missed")
    p.add_argument("--json", metavar="FILE", help="write per-release and total scores, per property and per class "
                   "figures and the misses grouped by cause to this file")
    p.add_argument("--min-entity-f1", type=float, default=0.0, metavar="F1",
                   help="exit with 1 when the total entity F1 is below this (default 0: never)")
    p.add_argument("--min-relation-f1", type=float, default=0.0, metavar="F1",
                   help="exit with 1 when the total relation F1 is below this (default 0: never)")

    p = add("validate", "check a build against the SHACL shapes")
    p.add_argument("--shapes", help="shapes file (default: the bundled ontology/shapes.ttl)")
    p.add_argument("--engine", choices=["rudof", "pyshacl"], default="rudof",
                   help="SHACL validator: rudof (default, fast, Rust) or pyshacl (the W3C reference "
                        "implementation, several times slower; use it to cross-check a report)")
    _add_build_dir(p)

    p = add("viz", "write the interactive graph page")
    p.add_argument("-o", "--output", help="HTML file (default: BUILD/graph.html)")
    p.add_argument("--release", help="only this release's entities")
    p.add_argument("--max-nodes", type=_positive, default=1500,
                   help="show at most this many entities, the most central (default 1500)")
    _add_build_dir(p)

    p = add("stats", "counts per class and property, and the most central entities")
    p.add_argument("--top", type=_positive, default=10, help="how many of the most central entities (default 10)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    _add_build_dir(p)

    p = add("network", "write the entity graph as GraphML or GEXF (for Gephi and other tools)")
    p.add_argument("-o", "--output", action="append", metavar="FILE",
                   help="a .graphml or .gexf file; repeat for both (default: BUILD/graph.graphml and BUILD/graph.gexf)")
    _add_build_dir(p)

    p = add("path", "how two entities are connected, each hop with its evidence sentence")
    p.add_argument("source", help="an entity name (label or other name)")
    p.add_argument("target", help="an entity name")
    _add_build_dir(p)

    p = add("vocab", "regenerate src/presskg/vocab.py and the relation shapes from the ontology "
                             "(for developers)", hidden=True)
    p.add_argument("--check", action="store_true", help="only check that vocab.py is up to date")

    p = add("rules", "list the extraction rules: what triggers each, what it produces, its confidence")
    p.add_argument("--json", action="store_true", help="print the rules as JSON")

    add("doctor", "show the model, versions and paths presskg uses")
    return ap

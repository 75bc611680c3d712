"""SPARQL over a build: saved questions by name, ``.rq`` files or inline text.

Queries run on the build's Oxigraph store with the project's prefixes
declared, so ``pk:``, ``pkr:``, ``rdfs:``… need no PREFIX lines. The store's
default graph holds the facts of every named graph (each triple once), so a
query without ``GRAPH`` sees every fact; a release's sentences, mentions and
provenance statements are asked for inside ``GRAPH ?release { … }``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox

from presskg.errors import QueryError
from presskg.store import open_store
from presskg.store.paging import unpaged
from presskg.store.results import Result
from presskg.store.sparqlguard import refuse_service
from presskg.vocab import PREFIXES, curie, queries_dir

QUERY_SUFFIX = ".rq"
#: Private memory a local query may take (``--memory``): one anonymous cross product sorted whole
#: took 11 GB without a cap.
QUERY_MEMORY_MB = 2048


def saved_queries() -> dict[str, tuple[str, str]]:
    """Saved queries: name → (question, SPARQL text). The question is the first comment line."""
    out = {}
    folder = queries_dir()
    for f in sorted(folder.glob(f"*{QUERY_SUFFIX}")) if folder.is_dir() else []:
        text = f.read_text(encoding="utf-8")
        question = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
        out[f.stem] = (question, text)
    return out


def resolve_query(query: str | None, inline: str | None = None) -> str:
    """The SPARQL text for a saved name, a ``.rq`` path or inline text."""
    if inline:
        return inline
    if not query:
        raise QueryError("give a saved query name, a .rq file or -e 'SPARQL'; 'presskg query --list' lists the names")
    path = Path(query)
    if path.suffix == QUERY_SUFFIX:
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    saved = saved_queries()
    if query in saved:
        return saved[query][1]
    raise QueryError(f"unknown saved query {query!r}; available: {', '.join(saved) or 'none'}")


def with_prefixes(sparql: str) -> str:
    """Prepend the project's PREFIX declarations the query does not declare itself."""
    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
    return head + sparql


def mentioned_entities(store: ox.Store) -> int:
    """How many entities the release graphs of ``store`` mention (a build's count of entities)."""
    q = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?g pk:mentions ?e } }"
    return int(next(iter(store.query(with_prefixes(q))))["n"].value)


def binding_term(value: str) -> ox.NamedNode | ox.Literal:
    """A user's value for a variable: an IRI, a prefixed name (``pkr:Ryugu``), or a plain literal.

    Raises:
        QueryError: the value looks like an IRI but is not a valid one.
    """
    if re.match(r"^https?://", value):
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise QueryError(f"--bind value {value!r} is not a valid IRI ({exc}): percent-encode it") from None
    prefix, _, local = value.partition(":")
    if local and prefix in PREFIXES and re.fullmatch(r"[\w.-]+", local):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return ox.Literal(value)


def substitutions(bindings: dict[str, str] | None) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """``--bind`` values as Oxigraph substitutions (never pasted into the query text).

    Raises:
        QueryError: a name that is not a SPARQL variable name, or a bad IRI.
    """
    subs = {}
    for name, value in (bindings or {}).items():
        try:
            var = ox.Variable(name)
        except ValueError:
            raise QueryError(f"--bind {name!r}: not a SPARQL variable name (letters, digits and _)") from None
        subs[var] = binding_term(value)
    return subs


def check_syntax(sparql: str, *, added_lines: int = 0) -> str:
    """The query form (SELECT, ASK, CONSTRUCT or DESCRIBE) of valid SPARQL.

    Raises:
        QueryError: a syntax error, with line and column in the user's own text.
    """
    try:
        res = ox.Store().query(sparql)
    except SyntaxError as exc:
        msg = str(exc)
        m = re.search(r"at (\d+):(\d+)", msg)
        if m and "Prefix not found" in msg:  # the parser lists every character it expected: name the prefix
            raise QueryError(_unknown_prefix(sparql, int(m.group(1)), int(m.group(2)), added_lines)) from None
        if m:
            line = int(m.group(1)) - added_lines
            msg = msg.replace(m.group(0), f"at line {line}, column {m.group(2)}")
        raise QueryError(f"SPARQL syntax error {msg.removeprefix('error ')}") from None
    if isinstance(res, ox.QuerySolutions):
        return "SELECT"
    if isinstance(res, ox.QueryBoolean):
        return "ASK"
    return "CONSTRUCT"


def _unknown_prefix(sparql: str, line: int, column: int, added_lines: int) -> str:
    """The message for a prefixed name whose prefix is not declared, the parser having stopped at
    ``line``:``column`` just after it."""
    text = sparql.splitlines()[line - 1][:column - 1] if line <= sparql.count("\n") + 1 else ""
    m = re.search(r"([A-Za-z][\w.-]*)?:[^\s:]*\s*$", text)
    known = ", ".join(f"{p}:" for p in PREFIXES)
    if not m:
        return (f"SPARQL syntax error at line {line - added_lines}, column {column}: a prefix is not declared "
                f"(presskg declares {known})")
    return (f"SPARQL syntax error at line {line - added_lines}, column {m.start() + 1}: unknown prefix "
            f"'{m.group(1) or ''}:'; declare it with PREFIX, or use one presskg declares ({known})")


def run_query(query: str | None = None, *, build: str | Path = "build", inline: str | None = None,
              bindings: dict[str, str] | None = None, endpoint: str | None = None,
              timeout: float | None = None, memory_mb: int = QUERY_MEMORY_MB, all_rows: bool = False) -> Result:
    """Run a query on a build's store or on a SPARQL endpoint.

    Args:
        query: a saved query name or a ``.rq`` file.
        build: build folder (when no ``endpoint``).
        inline: SPARQL text (instead of ``query``).
        bindings: values for variables (``{"entity": "pkr:Ryugu"}``): IRIs, prefixed names
            or literals, passed as bindings. User strings never go into the query text.
        endpoint: URL of a SPARQL 1.1 Protocol endpoint to query instead of the build.
        timeout: seconds before the query is abandoned. A local query with a timeout runs in a
            process of its own, whose private memory is capped at ``memory_mb`` (0: no cap).
        all_rows: every row of a listing that shows its first page otherwise (``--all``; see
            :mod:`presskg.store.paging`). A query given ``bindings`` is never paged.

    Raises:
        QueryError: unknown name, syntax error (with line and column), ``SERVICE`` (refused: no
            request leaves the machine), a bad ``--bind``, timeout, too much memory, endpoint down.
        StoreError: no store in ``build``.
    """
    own = resolve_query(query, inline)
    if all_rows or bindings:
        own = unpaged(own)
    text = with_prefixes(own)
    added = text.count("\n") - own.count("\n")
    refuse_service(text)  # before anything evaluates it: even the syntax check runs the query
    form = check_syntax(text, added_lines=added)
    subs = substitutions(bindings)
    if endpoint:
        from presskg.store.endpoint import query_endpoint

        return query_endpoint(endpoint, text, subs, timeout=timeout or 60, form=form)
    open_store(build)  # a clear error before any worker starts
    if timeout is None:
        return _run_local(str(build), text, subs)
    return _run_with_timeout(str(build), text, subs, timeout, memory_mb)


def _run_local(build: str, text: str, subs: dict) -> Result:
    store = open_store(build)
    try:
        res = store.query(text, substitutions=subs or None)
        return _to_result(res)
    except (OSError, ValueError, RuntimeError) as exc:
        msg = str(exc)
        if "in its SELECT projection" in msg:
            msg += " (a variable given with --bind must be selected by the query)"
        raise QueryError(f"query failed: {msg}") from exc


def _worker(conn, build: str, text: str, subs: dict, memory_mb: int) -> None:
    if memory_mb > 0:  # heap and anonymous maps only: the store's files mapped from disk do not count
        import os
        import resource

        resource.setrlimit(resource.RLIMIT_DATA, (memory_mb << 20, memory_mb << 20))
        # past the cap Oxigraph aborts, printing Rust's allocation failure: the parent says it in one line
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    try:
        conn.send(("ok", _run_local(build, text, subs)))
    except Exception as exc:  # sent back to the parent, which raises it
        conn.send(("error", str(exc)))


def _run_with_timeout(build: str, text: str, subs: dict, timeout: float, memory_mb: int = 0) -> Result:
    """Run the query in a forked process, so a runaway query can be stopped, and its memory capped."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, build, text, subs, memory_mb), daemon=True)
    proc.start()
    child.close()
    if not parent.poll(timeout):
        proc.kill()  # not terminate-and-wait: a process holding gigabytes takes seconds to go
        proc.join(1)
        raise QueryError(f"query did not finish within {timeout:g} s (raise --timeout, or narrow the query)")
    try:
        status, value = parent.recv()
    except EOFError:
        proc.join()
        cap = f" than the {memory_mb} MB allowed (--memory)" if memory_mb > 0 else ""
        raise QueryError(f"the query process stopped (exit code {proc.exitcode}): it needed more memory{cap}; "
                         "narrow the query") from None
    proc.join()
    if status == "error":
        raise QueryError(f"query failed: {value}")
    return value


def _to_result(res) -> Result:
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        raw = res.serialize(format=ox.QueryResultsFormat.JSON)
        data = json.loads(raw)
        rows = [[b.get(v, {}).get("value") for v in variables] for b in data["results"]["bindings"]]
        return Result(variables, rows, raw=raw)
    if isinstance(res, ox.QueryBoolean):
        return Result([], [], boolean=bool(res), raw=res.serialize(format=ox.QueryResultsFormat.JSON))
    triples = list(res)
    graph = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return Result([], [], graph=graph)


def format_result(result: Result, fmt: str = "table") -> str:
    """Text of a result as an aligned table, CSV, TSV, SPARQL JSON or Turtle."""
    if result.graph is not None:
        return result.graph.decode("utf-8")
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else f"{str(result.boolean).lower()}\n"
    if fmt == "json":
        return result.raw.decode("utf-8") + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.variables)
        w.writerows([[v or "" for v in r] for r in result.rows])
        return buf.getvalue()
    if fmt == "ttl":
        raise QueryError("--format ttl is for CONSTRUCT and DESCRIBE queries")
    from tabulate import tabulate

    # cells of one line, cut at 80 characters; tabulate aligns them (by display width), as text
    cells = [[_cut(curie(v or "").replace("\n", " ")) for v in r] for r in result.rows]
    table = tabulate(cells, headers=result.variables, tablefmt="simple", disable_numparse=True)
    return f"{table}\n({len(cells)} row{'s' if len(cells) != 1 else ''})\n"


def _cut(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[:width - 3] + "..."

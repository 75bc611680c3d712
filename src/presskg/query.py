"""SPARQL over a build: saved questions by name, ``.rq`` files or inline text.

Queries run on the build's Oxigraph store with the project's prefixes
declared, so ``pk:``, ``pkr:``, ``rdfs:``… need no PREFIX lines. The union of
all named graphs is the default graph, so a query without ``GRAPH`` sees
everything.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .store import open_store
from .vocab import PREFIXES, queries_dir

QUERY_SUFFIX = ".rq"


def saved_queries() -> dict[str, tuple[str, str]]:
    """Saved queries: name → (question, SPARQL text). The question is the first comment line."""
    out = {}
    folder = queries_dir()
    for f in sorted(folder.glob(f"*{QUERY_SUFFIX}")) if folder.is_dir() else []:
        text = f.read_text(encoding="utf-8")
        question = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
        out[f.stem] = (question, text)
    return out


@dataclass(frozen=True)
class Result:
    """Rows of a SELECT, a boolean of an ASK, or triples of a CONSTRUCT/DESCRIBE."""

    variables: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None
    graph: bytes | None = None
    raw: bytes | None = None  # SPARQL JSON results of a SELECT/ASK


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


def run_query(query: str | None = None, *, build: str | Path = "build", inline: str | None = None,
              bindings: dict[str, str] | None = None) -> Result:
    """Run a query on a build's store.

    Args:
        query: a saved query name or a ``.rq`` file.
        build: build folder.
        inline: SPARQL text (instead of ``query``).
        bindings: values for variables (``{"entity": "https://…"}`` binds ``?entity`` to an IRI,
            any other string to a literal): user strings never go into the query text.

    Raises:
        QueryError: unknown name, syntax error (with line and column), no store.
    """
    text = with_prefixes(resolve_query(query, inline))
    store = open_store(build)
    subs = {ox.Variable(k): (ox.NamedNode(v) if re.match(r"^https?://", v) else ox.Literal(v))
            for k, v in (bindings or {}).items()}
    try:
        res = store.query(text, use_default_graph_as_union=True, substitutions=subs or None)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return _to_result(res)


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


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for p, iri in PREFIXES.items():
        if value.startswith(iri) and re.fullmatch(r"[\w.-]*", value[len(iri):]):
            return f"{p}:{value[len(iri):]}"
    return value


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
    cells = [[_short(v).replace("\n", " ") for v in r] for r in result.rows]
    widths = [max([len(h)] + [min(len(r[i]), 80) for r in cells]) for i, h in enumerate(result.variables)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(result.variables, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    for r in cells:
        lines.append("  ".join((c if len(c) <= 80 else c[:77] + "...").ljust(w) for c, w in zip(r, widths, strict=True)))
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"

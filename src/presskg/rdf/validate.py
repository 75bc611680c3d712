"""SHACL validation of a build against ``ontology/shapes.ttl``, with two engines.

``"rudof"`` (the default) is the Rust validator pyrudof: several times faster than pyshacl, whose
validation dominates a corpus build (about 11 s against 1-2 s for the 41k triples of a 1,000-release
build). ``"pyshacl"`` is the W3C reference implementation, kept as a selectable engine to
cross-check rudof (the tests run both on the same broken graphs). Both return the same :class:`Report`.

The data must hold the ontology's triples as well: the shapes rely on its ``rdfs:subClassOf``
tree (no inference is run).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from ..errors import OntologyError, PresskgError, ValidationError
from ..vocab import PREFIXES, shapes_path
from .report_text import compact_iri, report_text, term_text

Engine = typing.Literal["rudof", "pyshacl"]
ENGINES: tuple[str, ...] = ("rudof", "pyshacl")
DEFAULT_ENGINE: Engine = "rudof"

_SH = "http://www.w3.org/ns/shacl#"
# blank-node property shapes are renamed to these IRIs before rudof reads the shapes: rudof
# reports them under fresh blank-node labels that cannot be traced back to their sh:message
_SKOLEM = "urn:presskg:shape:"
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True, slots=True)
class Result:
    """One SHACL validation result, engine-independent.

    Terms are strings: IRIs bare, blank nodes as ``_:label``, literals in Turtle-like form.
    """

    severity: str  # "Violation", "Warning" or "Info"
    focus_node: str
    path: str | None
    value: str | None
    shape: str  # the source shape, compacted: "pksh:headOfShape", "pksh:SentenceShape property nif:beginIndex"
    component: str  # the constraint component's IRI
    message: str  # the shape's sh:message, else the engine's own message
    detail: str = ""  # what the engine adds to sh:message (e.g. "212 is not less than 999999")


@dataclass(frozen=True, slots=True)
class Report:
    """Outcome of one validation: ``text`` is the human report written to ``validation.txt``;
    ``violations`` counts results of severity sh:Violation; ``results`` lists them all."""

    conforms: bool
    text: str
    violations: int
    results: tuple[Result, ...] = ()


# --- public API ----------------------------------------------------------------------------------


def validate_quads(quads: Iterable[ox.Quad], *, shapes: str | Path | None = None,
                   engine: Engine = DEFAULT_ENGINE) -> Report:
    """Validate the union of the quads' graphs (releases, knowledge base, ontology)."""
    data = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    return validate_ntriples(data, shapes=shapes, engine=engine)


def validate_ntriples(data: bytes, *, shapes: str | Path | None = None, engine: Engine = DEFAULT_ENGINE) -> Report:
    """Validate the triples of an N-Triples document (the ontology's among them)."""
    _check_engine(engine)
    if engine == "pyshacl":
        return _pyshacl(Graph().parse(data=data, format="nt"), shapes)
    with tempfile.TemporaryDirectory(prefix="presskg-shacl-") as tmp:
        path = Path(tmp) / "data.nt"
        path.write_bytes(data)
        return _rudof(path, shapes, Path(tmp))


def validate_graph(data: Graph, *, shapes: str | Path | None = None, engine: Engine = DEFAULT_ENGINE) -> Report:
    """Validate one rdflib graph. The ontology's triples must be in it: the shapes rely on
    its ``rdfs:subClassOf`` tree."""
    _check_engine(engine)
    if engine == "pyshacl":
        return _pyshacl(data, shapes)
    return validate_ntriples(data.serialize(format="nt", encoding="utf-8"), shapes=shapes, engine=engine)


def validate(dataset: Dataset, *, shapes: str | Path | None = None, engine: Engine = DEFAULT_ENGINE) -> Report:
    """Validate the union of every named graph of an rdflib dataset."""
    data = Graph()
    for quad in dataset.quads((None, None, None, None)):
        data.add(quad[:3])
    return validate_graph(data, shapes=shapes, engine=engine)


def ready_engine(engine: Engine = DEFAULT_ENGINE, shapes: str | Path | None = None) -> None:
    """Import the SHACL engine and read the shapes now, kept for the process's later validations: a rebuild does it
    while a child reads its changed releases (:func:`~presskg.builder.ahead.get_ready`), not beside the pages."""
    _check_engine(engine)
    if engine == "rudof":
        try:
            import pyrudof  # noqa: F401
        except ImportError:  # said by the validation itself, as it always was
            return
        _rudof_shapes(str(shapes_path(shapes)))


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {', '.join(ENGINES)}")


def _sorted(results: Iterable[Result]) -> tuple[Result, ...]:
    """Violations first, then by node: engines return results in no stable order."""
    return tuple(sorted(results, key=lambda r: (_SEVERITY_ORDER.get(r.severity, 3), r.focus_node, r.path or "",
                                                r.shape, r.component, r.value or "")))


def _report(conforms: bool, text: str, results: tuple[Result, ...]) -> Report:
    return Report(conforms, text, sum(r.severity == "Violation" for r in results), results)


# --- the shapes, as each engine needs them -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Shapes:
    """The shapes prepared for rudof: blank property shapes renamed, and what the report says of each shape."""

    ntriples: bytes
    names: dict[str, str]  # shape IRI (or skolem IRI) -> compact name for the report
    messages: dict[str, str]  # shape IRI (or skolem IRI) -> its sh:message
    prefixes: dict[str, str]


@lru_cache(maxsize=4)
def _rudof_shapes(path: str) -> _Shapes:
    """Read the shapes and rename each blank-node property shape to a stable IRI.

    Renaming keeps the validation identical (a property shape may be an IRI) and lets a result's
    source shape be traced back to its sh:message and to the node shape holding it.
    """
    try:
        parser = ox.parse(path=path, format=ox.RdfFormat.TURTLE)
        triples = list(parser)
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"{path}: cannot read the SHACL shapes: {exc}; fix the Turtle there "
                            "(or pass another file with --shapes)") from exc
    prefixes = {**PREFIXES, **parser.prefixes}
    owner = {t.object: t.subject for t in triples if t.predicate.value == _SH + "property"}
    shapes = {t.subject for t in triples if t.predicate.value == _SH + "path"} | set(owner)
    rename = {s: ox.NamedNode(f"{_SKOLEM}{i}") for i, s in enumerate(sorted(shapes, key=str))
              if isinstance(s, ox.BlankNode)}

    def term(t):
        return rename.get(t, t)

    renamed = [ox.Triple(term(t.subject), t.predicate, term(t.object)) for t in triples]
    paths = {t.subject: t.object for t in triples if t.predicate.value == _SH + "path"}
    named = shapes | {t.subject for t in triples if t.predicate.value == _SH + "message"}
    names = {term(n).value: _shape_name(n, owner, paths, prefixes) for n in named}
    return _Shapes(ox.serialize(renamed, format=ox.RdfFormat.N_TRIPLES), names,
                   _messages(triples, term), prefixes)


def _shape_name(node, owner: dict, paths: dict, prefixes: dict[str, str]) -> str:
    """How the report names a shape: its IRI, or for a blank property shape its node shape and path
    (``pksh:SentenceShape property nif:beginIndex``)."""
    if isinstance(node, ox.NamedNode):
        return compact_iri(node.value, prefixes)
    parent = owner.get(node)
    name = compact_iri(parent.value, prefixes) if isinstance(parent, ox.NamedNode) else "a shape"
    path = paths.get(node)
    return name if path is None else f"{name} property {term_text(path, prefixes)}"


def _messages(triples: list[ox.Triple], term) -> dict[str, str]:
    """Each shape's sh:message: the English one, else one without language, else any."""
    rank = {"en": 0, None: 1}
    best: dict[str, tuple[int, str]] = {}
    for t in triples:
        if t.predicate.value == _SH + "message" and isinstance(t.object, ox.Literal):
            key, r = term(t.subject).value, rank.get(t.object.language, 2)
            if key not in best or r < best[key][0]:
                best[key] = (r, t.object.value)
    return {k: v for k, (_, v) in best.items()}


@lru_cache(maxsize=4)
def _shapes(path: str) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:
        raise OntologyError(f"{path}: cannot read the SHACL shapes: {exc}; fix the Turtle there "
                            "(or pass another file with --shapes)") from exc


# --- rudof ---------------------------------------------------------------------------------------


def _rudof(data: Path, shapes: str | Path | None, tmp: Path) -> Report:
    """Validate an N-Triples file with rudof.

    Data and shapes are passed as file paths, never inline: pyrudof guesses whether a string is
    inline RDF, a file name or a URL.
    """
    try:
        import pyrudof  # noqa: F401
    except ImportError as exc:  # pragma: no cover - a runtime dependency
        raise PresskgError("the SHACL engine rudof needs pyrudof: pip install 'pyrudof>=0.3.35,<0.4', "
                           "or choose the engine pyshacl") from exc
    path = str(shapes_path(shapes))
    prepared = _rudof_shapes(path)
    shapes_file = tmp / "shapes.nt"
    shapes_file.write_bytes(prepared.ntriples)
    if _RAYON_PID in (None, os.getpid()):
        raw = _rudof_raw(str(shapes_file), str(data))
    else:
        raw = _rudof_subprocess(shapes_file, data, tmp / "results.json")
    if raw.get("error") == "shapes":
        raise OntologyError(f"{path}: rudof cannot load the SHACL shapes: {raw['message']}; fix the shapes "
                            "(the engine pyshacl may say more)")
    if raw.get("error"):
        raise ValidationError(f"rudof cannot validate the graph: {raw['message']}; rebuild it with "
                              "'presskg build', or validate with the engine pyshacl")
    results = _sorted(_rudof_result(e, prepared) for e in raw["results"])
    return _report(raw["conforms"], report_text(raw["conforms"], results, prepared.prefixes, "rudof"), results)


# rudof validates on rayon's global thread pool. A process forked after that pool started has
# the pool without its threads, and rudof would wait for them forever: such a process (e.g. a
# worker of build(jobs=2) in a session that validated before) runs rudof in a fresh interpreter.
_RAYON_PID: int | None = None
_ENTRY_FIELDS = ("focus_node", "path", "value", "message", "severity", "source_shape", "constraint_component")


def _rudof_raw(shapes_file: str, data: str) -> dict:
    """Run rudof on two N-Triples files, in Strict mode so malformed input fails loudly instead of
    being skipped. Returns plain data (``conforms`` and ``results``, or ``error`` and ``message``)
    so that it can cross a process boundary as JSON."""
    global _RAYON_PID
    import pyrudof

    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    try:
        rudof.read_shacl(Path(shapes_file), format=pyrudof.ShaclFormat.NTriples,
                         reader_mode=pyrudof.ReaderMode.Strict)
    except pyrudof.RudofError as exc:
        return {"error": "shapes", "message": str(exc)}
    try:
        rudof.read_data(Path(data), format=pyrudof.RDFFormat.NTriples, reader_mode=pyrudof.ReaderMode.Strict)
        _RAYON_PID = os.getpid()
        report = rudof.validate_shacl()
    except pyrudof.RudofError as exc:
        return {"error": "data", "message": str(exc)}
    return {"conforms": bool(report.conforms),
            "results": [{f: getattr(e, f) for f in _ENTRY_FIELDS} for e in report]}


_CHILD = ("import json, sys; from presskg.rdf.validate import _rudof_raw; "
          "open(sys.argv[3], 'w', encoding='utf-8').write(json.dumps(_rudof_raw(sys.argv[1], sys.argv[2])))")


def _rudof_subprocess(shapes_file: Path, data: Path, out: Path) -> dict:
    """:func:`_rudof_raw` in a fresh interpreter (whose rayon pool has its threads)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(shapes_file), str(data), str(out)],
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0 or not out.is_file():
        raise ValidationError(f"rudof failed in a subprocess (exit code {done.returncode}): "
                              f"{done.stderr.strip()[-2000:]}; validate with the engine pyshacl")
    return json.loads(out.read_text(encoding="utf-8"))


def _rudof_result(entry: dict, shapes: _Shapes) -> Result:
    """One rudof entry, with the shape's sh:message looked up (rudof includes it only sometimes)."""
    source = entry["source_shape"] or ""
    own = _message_parts(entry["message"] or "")
    message = shapes.messages.get(source) or "; ".join(own)
    detail = "; ".join(m for m in own if m != message)
    return Result(str(entry["severity"]), entry["focus_node"], entry["path"], entry["value"],
                  shapes.names.get(source, source), entry["constraint_component"] or "", message, detail)


_BETWEEN = re.compile(r'"(?:@[A-Za-z0-9-]+|\^\^\S+)?, "')
_LAST = re.compile(r'"(?:@[A-Za-z0-9-]+|\^\^\S+)?$')


def _message_parts(raw: str) -> list[str]:
    """The texts of a rudof message, a comma-separated list of literals such as
    ``"MinCount(1) not satisfied", "An entity must..."@en``. Their inner quotes are not always
    escaped (``"... not comparable to "0""``), so only the separators between literals are trusted."""
    if not (raw.startswith('"') and _LAST.search(raw)):
        return [raw] if raw else []
    parts = _BETWEEN.split(_LAST.sub("", raw[1:]))
    return [p.replace('\\"', '"') for p in parts if p]


# --- pyshacl -------------------------------------------------------------------------------------


def _pyshacl(data: Graph, shapes: str | Path | None) -> Report:
    """Validate with pyshacl; its own text is kept as the report (the reference wording)."""
    import pyshacl
    from pyshacl.errors import ConstraintLoadError, ShapeLoadError

    path = str(shapes_path(shapes))
    shapes_graph = _shapes(path)
    try:
        conforms, graph, text = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", advanced=True,
                                                 allow_warnings=True)
    except (ShapeLoadError, ConstraintLoadError) as exc:
        raise OntologyError(f"{path}: pyshacl cannot load the SHACL shapes: {exc}; fix the shapes") from exc
    prefixes = {**PREFIXES, **{p: str(ns) for p, ns in shapes_graph.namespaces() if p}}
    results = _sorted(_pyshacl_result(graph, n, shapes_graph, prefixes) for n in graph.subjects(SH.resultSeverity))
    return _report(bool(conforms), str(text), results)


def _pyshacl_result(graph: Graph, node, shapes: Graph, prefixes: dict[str, str]) -> Result:
    """One sh:ValidationResult of pyshacl's results graph, named like rudof's."""
    shape, path, value = (graph.value(node, p) for p in (SH.sourceShape, SH.resultPath, SH.value))
    if isinstance(shape, URIRef):
        name = compact_iri(str(shape), prefixes)
    else:  # a blank property shape: named by the node shape holding it (pyshacl keeps its blank node)
        parent = shapes.value(predicate=SH.property, object=shape)
        name = compact_iri(str(parent), prefixes) if isinstance(parent, URIRef) else "a shape"
        name += "" if path is None else f" property {compact_iri(str(path), prefixes)}"
    return Result(str(graph.value(node, SH.resultSeverity)).removeprefix(_SH),
                  _rdflib_text(graph.value(node, SH.focusNode)),
                  None if path is None else str(path), None if value is None else _rdflib_text(value),
                  name, str(graph.value(node, SH.sourceConstraintComponent)),
                  str(graph.value(node, SH.resultMessage) or ""))


def _rdflib_text(t) -> str:
    """A term as rudof writes it: IRI bare, ``_:label``, literal in N-Triples form."""
    if isinstance(t, BNode):
        return f"_:{t}"
    if isinstance(t, URIRef):
        return str(t)
    return Literal(str(t)).n3() if t.datatype == XSD.string else t.n3()

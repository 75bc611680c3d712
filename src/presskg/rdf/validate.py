"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from ..errors import OntologyError
from ..vocab import shapes_path


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    text: str
    violations: int


def validate(dataset: Dataset, *, shapes: str | Path | None = None) -> Report:
    """Validate the union of every named graph (releases, knowledge base, ontology).

    The shapes rely on the ontology's ``rdfs:subClassOf`` triples being in the
    data, which is why the ontology is part of every build.
    """
    import pyshacl

    path = shapes_path(shapes)
    try:
        shapes_graph = Graph().parse(path, format="turtle")
    except Exception as exc:
        raise OntologyError(f"{path}: cannot read the SHACL shapes: {exc}") from exc
    data = Graph()
    for quad in dataset.quads((None, None, None, None)):
        data.add(quad[:3])
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=True, allow_warnings=True
    )
    from rdflib.namespace import SH

    violations = sum(1 for _ in results.subjects(predicate=SH.resultSeverity, object=SH.Violation))
    return Report(bool(conforms), str(text), violations)

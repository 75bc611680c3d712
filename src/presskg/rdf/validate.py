"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.namespace import SH

from ..errors import OntologyError
from ..vocab import shapes_path
from .convert import to_graph


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    text: str
    violations: int


@lru_cache(maxsize=4)
def _shapes(path: str) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:
        raise OntologyError(f"{path}: cannot read the SHACL shapes: {exc}") from exc


def validate_graph(data: Graph, *, shapes: str | Path | None = None) -> Report:
    """Validate one rdflib graph. The ontology's triples must be in it: the shapes rely on
    its ``rdfs:subClassOf`` tree."""
    import pyshacl

    conforms, results, text = pyshacl.validate(
        data, shacl_graph=_shapes(str(shapes_path(shapes))), inference="none", advanced=True, allow_warnings=True
    )
    violations = sum(1 for _ in results.subjects(predicate=SH.resultSeverity, object=SH.Violation))
    return Report(bool(conforms), str(text), violations)


def validate_quads(quads: Iterable[ox.Quad], *, shapes: str | Path | None = None) -> Report:
    """Validate the union of the quads' graphs (releases, knowledge base, ontology)."""
    return validate_graph(to_graph(quads), shapes=shapes)


def validate(dataset: Dataset, *, shapes: str | Path | None = None) -> Report:
    """Validate the union of every named graph of an rdflib dataset."""
    data = Graph()
    for quad in dataset.quads((None, None, None, None)):
        data.add(quad[:3])
    return validate_graph(data, shapes=shapes)

"""The answer to a SPARQL query, wherever it was asked (the build's store or a remote endpoint)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """Rows of a SELECT, a boolean of an ASK, or triples of a CONSTRUCT/DESCRIBE."""

    variables: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None
    graph: bytes | None = None
    raw: bytes | None = None  # SPARQL JSON results of a SELECT/ASK

"""Every saved question's answers on a build: the saved queries' or the reference queries'.

``reference_queries/`` holds each saved question as it was first written, before it was
reshaped for the store (issue 17): the oracle ``tests/test_query_answers.py`` compares the
saved queries with, on the same build, so a rewrite must keep every answer whatever the
extraction reads.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).with_name("reference_queries")
SOURCES = (ROOT / "data" / "releases", ROOT / "data" / "samples")

# each saved question unbound, and the narrowed forms users ask most (README examples)
CASES: list[tuple[str, dict[str, str]]] = [
    ("fact_evidence", {"s": "pkr:CNES", "o": "pkr:MMX"}),
    ("fact_evidence", {"p": "pk:contributesTo"}),
    ("release_entities", {"id": "cnes-jaxa-2021-02-25"}),
    ("releases_mentioning", {"entity": "pkr:JAXA"}),
    ("partners", {"agency": "pkr:CNES"}),
]


def case_key(name: str, bindings: dict[str, str]) -> str:
    return name + "".join(f" {k}={v}" for k, v in sorted(bindings.items()))


def answers(build: Path, run=None) -> dict[str, dict]:
    """name (with its bindings) -> variables and rows (sorted: the order of ties is not part of an answer);
    every row of a paged listing (its first page is checked as the start of the full listing apart)."""
    from presskg.store.query import run_query, saved_queries

    run = run or (lambda name, b: run_query(name, build=build, bindings=b, all_rows=True))
    cases = [(name, {}) for name in saved_queries()] + CASES
    out = {}
    for name, bindings in cases:
        res = run(name, bindings)
        rows = sorted([v if v is not None else "" for v in r] for r in res.rows)
        out[case_key(name, bindings)] = {"variables": res.variables, "rows": rows}
    return out

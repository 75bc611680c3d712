"""Every saved question's answers on the sample corpus (``data/releases`` + ``data/samples``).

Run as a script, it builds the sample corpus and writes ``saved_answers.json``
beside it: the fixture ``tests/test_query_answers.py`` compares against, so a
rewrite of a query (or of what the build writes for it) must keep its answers.
It was first run with the queries as they were before they were reshaped for
the store (issue 17), so the fixture holds the original answers.

    PYTHONPATH=src python tests/data/saved_answers.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).with_name("saved_answers.json")
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
    """name (with its bindings) -> variables and rows (sorted: the order of ties is not part of an answer)."""
    from presskg.query import run_query, saved_queries

    run = run or (lambda name, b: run_query(name, build=build, bindings=b))
    cases = [(name, {}) for name in saved_queries()] + CASES
    out = {}
    for name, bindings in cases:
        res = run(name, bindings)
        rows = sorted([v if v is not None else "" for v in r] for r in res.rows)
        out[case_key(name, bindings)] = {"variables": res.variables, "rows": rows}
    return out


def main() -> None:
    from presskg.build import build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "build"
        build(list(SOURCES), out=out, progress=False)
        data = answers(out)
    FIXTURE.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(data)} answers ({sum(len(v['rows']) for v in data.values())} rows) to {FIXTURE}",
          file=sys.stderr)


if __name__ == "__main__":
    main()

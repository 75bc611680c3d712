"""A corpus of N releases made from the bundled ones, for benchmarks (and its test).

Each copy gets its own identifier (the file name) so that nothing is skipped
or merged: ``<original>-<n>``. Texts are kept as they are, so a thousand
releases cost what a thousand real ones would.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "data" / "releases", ROOT / "data" / "samples")


def sources() -> list[Path]:
    return sorted(p for d in SOURCES for p in d.glob("*.txt"))


def make_corpus(dest: Path, n: int) -> list[Path]:
    """Write ``n`` release files into ``dest`` (emptied first); returns their paths."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    src = sources()
    out = []
    for i in range(n):
        s = src[i % len(src)]
        p = dest / f"{s.stem}-{i:05d}{s.suffix}"
        p.write_bytes(s.read_bytes())
        out.append(p)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    a = ap.parse_args()
    print(f"wrote {len(make_corpus(a.dest, a.n))} releases to {a.dest}")

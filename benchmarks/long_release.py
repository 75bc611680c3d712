"""How reading one long release grows with its size: parse, extraction rules, IRIs and quads.

Made of the bundled releases' bodies, repeated up to each size (ordinary prose). Doubling the
size should about double each figure; a rule that grows faster shows here first.

    python benchmarks/long_release.py 100000 200000 400000
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def prose(n: int) -> str:
    files = sorted((ROOT / "data" / "samples").glob("*.txt"))
    bodies = [p.read_text(encoding="utf-8").split("---", 1)[-1] for p in files]
    base = "\n\n".join(bodies)
    return (base * (n // len(base) + 1))[:n]


def main() -> None:
    from presskg.extract import Gazetteer, extract
    from presskg.link.kb import load_entries
    from presskg.link.resolve import resolve
    from presskg.model import Release
    from presskg.nlp import load_model, parse
    from presskg.rdf.encode import encode_layers

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[100_000, 200_000, 400_000])
    args = ap.parse_args()
    nlp, gazetteer = load_model(), Gazetteer(load_entries())
    for n in args.sizes:
        text = prose(n)
        clock = time.process_time  # CPU time: the machine may be shared
        t0 = clock()
        p = next(parse([text], nlp=nlp))
        t1 = clock()
        x = extract(Release("long", text, date=dt.date(2022, 1, 1)), p, gazetteer)
        t2 = clock()
        (res,) = resolve([x])
        encode_layers(res)
        t3 = clock()
        print(f"{n:>9,} chars: parse {t1 - t0:6.1f} s, rules {t2 - t1:6.1f} s, IRIs and quads {t3 - t2:5.1f} s "
              "(CPU)", flush=True)


if __name__ == "__main__":
    main()

"""The same inputs give byte-identical files in two processes whose string hashing differs."""

from __future__ import annotations

import os
import subprocess
import sys

FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.rdf", "graph.jsonld", "graph.html", "report.md")


def test_determinism_across_hash_seeds(release_dir, tmp_path):
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"build-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "presskg", "build", str(release_dir), "-o", str(out)],
                       check=True, env=env, capture_output=True, timeout=300)
        outs.append(out)
    for name in FILES:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), f"{name} differs between hash seeds"

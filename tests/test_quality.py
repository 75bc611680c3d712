"""Extraction quality guards: the figures of the extraction issue must not silently fall.

They read ``../shared/eval`` (present in CI) and skip with a reason when it is absent.
"""

import json
import subprocess
import sys

import pytest

from presskg.views.evaluate import duplicate_entities, evaluate, load_build

from .conftest import shared_eval


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory):
    """The 32 development releases (dev and dev2), built once."""
    ev = shared_eval()
    from presskg.builder.build import build

    out = tmp_path_factory.mktemp("dev") / "build"
    build([ev / "dev" / "releases", ev / "dev2" / "releases"], out=out, progress=False)
    return out


def test_quality_seed(seed_build):
    ev = shared_eval()
    t = evaluate(seed_build, ev / "seed")["TOTAL"]
    assert t["entity_f1"] >= 0.97
    assert t["entity_typed_strict_r"] >= 0.95
    assert t["relation_f1"] >= 0.95
    assert t["date_r"] == 1.0


def test_quality_development_set(dev_build):
    ev = shared_eval()
    t = evaluate(dev_build, ev / "dev" / "gold")["TOTAL"]
    assert t["entity_f1"] >= 0.95
    assert t["relation_f1"] >= 0.85
    assert t["relation_p"] >= 0.93
    assert t["date_r"] >= 0.95


def test_quality_second_development_set(dev_build):
    # dev2: twenty releases from agencies and wordings the first rules never saw
    ev = shared_eval()
    t = evaluate(dev_build, ev / "dev2" / "gold")["TOTAL"]
    assert t["entity_f1"] >= 0.92
    assert t["entity_typed_strict_r"] >= 0.88
    assert t["relation_f1"] >= 0.70
    assert t["relation_p"] >= 0.88
    assert t["date_r"] >= 0.80


def test_quality_eval_matches_the_shared_scorer(seed_build):
    ev = shared_eval()
    out = subprocess.run([sys.executable, str(ev / "score.py"), str(seed_build / "graph.nq"), str(ev / "seed")],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout.strip().splitlines()[-2])
    assert evaluate(seed_build / "graph.nq", ev / "seed")["TOTAL"] == theirs


def test_quality_no_duplicate_nodes_across_seed_and_dev(tmp_path):
    ev = shared_eval()
    from presskg.builder.build import build

    from .conftest import RELEASES

    build([RELEASES, ev / "dev" / "releases"], out=tmp_path / "b", progress=False)
    assert duplicate_entities(load_build(tmp_path / "b")) == []

"""A batch read under the time limit (builder.limits._batch_or_each, used by the model's reading and by the
entity recognizer): the whole batch first; should it run out, each release alone, so that only the release at
fault is left out, with the limit's message in its place."""

from __future__ import annotations

import time
from dataclasses import replace

from presskg.builder.limits import _batch_or_each
from presskg.model import Release
from presskg.settings import DEFAULT_SETTINGS


def _run(texts):
    def run(ids):
        for i in ids:
            if texts[i] == "slow" and len(ids) == 1:
                time.sleep(5)  # (alone, it runs out of its own second)
            yield texts[i].upper()
        if len(ids) > 1 and "slow" in (texts[i] for i in ids):
            time.sleep(5)  # the whole batch runs out of its seconds
    return run


def test_only_the_release_at_fault_is_left_out():
    texts = ["alpha", "slow", "gamma"]
    batch = [Release(identifier=t, text=t) for t in texts]
    settings = replace(DEFAULT_SETTINGS, max_release_seconds=0.5)
    out = _batch_or_each(batch, [0, 1, 2], [None] * 3, settings, _run(texts))
    assert out[0] == "ALPHA" and out[2] == "GAMMA"
    assert "took longer than 0.5 s" in out[1]


def test_a_batch_in_time_is_read_whole_and_only_the_asked_slots_change():
    texts = ["alpha", "beta", "gamma"]
    batch = [Release(identifier=t, text=t) for t in texts]
    out = _batch_or_each(batch, [0, 2], ["x", "kept", "y"], DEFAULT_SETTINGS, _run(texts))
    assert out == ["ALPHA", "kept", "GAMMA"]

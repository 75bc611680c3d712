"""The entity recognizer run apart from the rest of the model (``nlp.with_entities``): what a
one-job build's rules' process does with a batch the model's process sent without its entities
(``builder/rules_beside.py``). The arrays must be those the whole pipeline makes, to the bit."""

from __future__ import annotations

import numpy as np
import pytest

from presskg.ingest import read_release
from presskg.nlp import entities_of, from_data, parse_data
from presskg.settings import DEFAULT_SETTINGS

from .conftest import RELEASES, SAMPLES


def _texts() -> list[str]:
    return [read_release(p).text for d in (RELEASES, SAMPLES) for p in sorted(d.glob("*.txt"))]


def test_entities_found_apart_are_the_whole_pipelines(nlp):
    """Every bundled release, in batches (of 5 here, of 16 in a build): the same token arrays, strings
    and entities whether the recognizer ran inside ``nlp.pipe`` or after it on the arrays."""
    texts = _texts()
    assert len(texts) > 5
    found = 0
    for i in range(0, len(texts), 5):
        part = texts[i:i + 5]
        whole = list(parse_data(part, settings=DEFAULT_SETTINGS, nlp=nlp))
        apart = list(parse_data(part, settings=DEFAULT_SETTINGS, nlp=nlp, entities=False))
        assert all(d.entities is None for parts in apart for _, d in parts)
        apart = entities_of(apart, settings=DEFAULT_SETTINGS, nlp=nlp)
        for w, a in zip(whole, apart, strict=True):
            for (ow, dw), (oa, da) in zip(w, a, strict=True):
                assert ow == oa and dw.text == da.text and dw.strings == da.strings
                assert np.array_equal(dw.rows, da.rows)
                assert dw.entities == da.entities
                assert from_data(dw) == from_data(da)
                found += len(dw.entities)
    assert found > 100


def test_a_parse_without_its_entities_is_not_read(nlp):
    """A :class:`~presskg.nlp.DocData` the recognizer has not run on is not taken for one without entities."""
    (parts,) = parse_data(["ESA and JAXA met in Paris."], settings=DEFAULT_SETTINGS, nlp=nlp, entities=False)
    with pytest.raises(ValueError, match="entity recognizer"):
        from_data(parts[0][1])

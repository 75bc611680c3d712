"""A common noun after a model's name is no part of it ("its ELSA-M debris removal mission": the name is ELSA-M,
mentions._model_entities), but a hyphened word is ("the Microchannel X-ray Telescope") and a lower-case term the
model took whole stays whole. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels

_DAY = dt.date(2026, 3, 14)


def test_field_noun_after_a_designation(read):
    got = labels(read("Astroscale UK will receive £1.5 million for its ELSA-M debris removal mission.", date=_DAY))
    assert "ELSA-M" in got and not any("debris" in name for name in got), got


def test_a_hyphened_word_stays_in_the_name(read):
    got = labels(read("The probe carries the Korvane X-ray Imager built by CNES.", date=_DAY))
    assert not any(name.endswith("X") for name in got), got

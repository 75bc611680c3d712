"""An unknown one-word name typed by what its sentence has it do (extract/doing.py, lexicon roles.toml): a fronted
participle with no subject of its own is the name's passive ("Launched in 2014, Tarvos mapped the Earth": a craft;
"Founded in 2012, Kelvar builds satellites": a body), and what returns or sends images or data is a craft.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import classes_of

_DAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize("text, name, cls", [
    ("Launched in 2019, Norvel mapped the magnetic field of the Earth.", "Norvel", "Spacecraft"),
    ("Founded in 2012, Norvel builds small satellites.", "Norvel", "Organization"),
    ("Norvel has returned images of Mars.", "Norvel", "Spacecraft"),
])
def test_unknown_name_typed_by_its_deed(read, text, name, cls):
    from presskg.extract.classes import ancestors

    got = classes_of(read(text, date=_DAY), name)
    assert any(cls in ancestors(c) for c in got), got

""""Developed by a consortium of twelve institutes led by X": the participle that says who leads a group may
hang on what the group is of; the group acts for its leader all the same (groups.worker_org). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, leader", [
    ("The wide-field imager is being developed by a consortium of twelve institutes led by the Max Planck "
     "Institute for Extraterrestrial Physics.", "wide-field imager",
     "Max Planck Institute for Extraterrestrial Physics"),
    ("The spectrometer was built by a consortium of European laboratories led by the University of Bern.",
     "spectrometer", "University of Bern"),
])
def test_a_group_of_members_led_by_a_body_acts_for_it(read, text, thing, leader):
    got = read(text)
    assert any(s.startswith(thing) and p == "providedBy" and o == leader for s, p, o in triples(got)), triples(got)

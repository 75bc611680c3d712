"""A knowledge-base body's name at the end of a longer body's name, after a capitalized word nothing else
explains, is not that body: "the Zeltan National Space Activities Commission" is no CONAE
(body_names.named_apart). After a nationality or an acronym the knowledge-base name holds ("the French
National Centre for Space Studies" is CNES). Invented names in sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("name, kb_label", [
    ("Zeltan National Space Activities Commission", "CONAE"),
    ("Kelmar Institute of Space and Astronautical Science", "ISAS"),
])
def test_a_longer_name_is_its_own_body(read, name, kb_label):
    got = labels(read(f"The {name} signed the agreement with Halden Systems."))
    assert name in got and kb_label not in got, got


@pytest.mark.parametrize("text, kb_label", [
    ("The French National Centre for Space Studies signed the agreement with Halden Systems.", "CNES"),
    ("The JAXA Institute of Space and Astronautical Science signed the agreement with Halden Systems.", "ISAS"),
])
def test_a_nationality_or_acronym_before_keeps_the_kb_body(read, text, kb_label):
    assert kb_label in labels(read(text))

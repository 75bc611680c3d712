"""An unknown name that is headquartered or based somewhere is a body (doing.role_class, roles.toml
PASSIVE_SUBJECTS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("Skyrora is headquartered in Glasgow.", "Skyrora"),
    ("Orbitum is based in Esch-sur-Alzette.", "Orbitum"),
    ("Skyrora, which is based in Glasgow, will receive support from ESA.", "Skyrora"),
])
def test_a_name_based_somewhere_is_a_body(read, text, name):
    assert "Organization" in classes_of(read(text), name) or classes_of(read(text), name) & {
        "Company", "SpaceAgency", "ResearchInstitute"}, classes_of(read(text), name)


def test_a_person_based_somewhere_stays_a_person(read):
    assert "Person" in classes_of(read("Anna Lind is based in Toulouse."), "Anna Lind")

"""An unknown name that builds a thing ("built by X") is a company (doing.role_class, PASSIVE_AGENTS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("The satellite will be built by Tekever and operated by the agency.", "Tekever"),
    ("The two cameras were manufactured by Orbivex in Poland.", "Orbivex"),
])
def test_doing_passive_agents_a_builder_is_a_company(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_doing_passive_agents_an_operator_is_not_made_a_company(read):
    got = read("The satellite will be operated by Vexelia from its centre in Oslo.")
    assert "Company" not in classes_of(got, "Vexelia"), [(e.label, e.classes) for e in got.entities.values()]

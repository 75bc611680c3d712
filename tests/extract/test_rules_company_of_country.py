"""seq:company-of-country: "Nordvik Systems of Norway" is a Norwegian company, named without the country."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, company, country", [
    ("Nordvik Systems of Norway will deliver the antennas.", "Nordvik Systems", "Norway"),
    ("The antennas will come from Kestrel Dynamics of Sweden.", "Kestrel Dynamics", "Sweden"),
    ("The radar was built by Halden GmbH of Germany and tested in Bremen.", "Halden GmbH", "Germany"),
])
def test_rules_company_of_country_the_country_is_the_companys(read, text, company, country):
    t = triples(read(text))
    assert (company, "country", country) in t, t


@pytest.mark.parametrize("text", [
    "The Space Agency of Norway and Kestrel Dynamics signed the contract.",
    "Kestrel Dynamics will build the antennas of the first satellite of Norway.",
])
def test_rules_company_of_country_only_right_after_the_company(read, text):
    got = read(text)
    t = triples(got)
    assert not any(s == "Kestrel Dynamics" and p == "country" for s, p, o in t), (t, labels(got))

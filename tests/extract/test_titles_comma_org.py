"""Titles each set before its organization by a comma, pairs joined by "and": "A, Chairman, ISRO and
Secretary, Department of Space, said" (a style of some agencies' releases)."""

import pytest


def _facts(ex):
    label = {k: e.label for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, facts", [
    ("Ravi Menon, Chairman, ISRO and Secretary, Department of Space, congratulated the team.",
     {("Ravi Menon", "headOf", "ISRO"), ("Ravi Menon", "memberOf", "Department of Space")}),
    ("Lena Varga, Director General, Korvan Space Agency, opened the meeting.",
     {("Lena Varga", "headOf", "Korvan Space Agency")}),
    ("John Smith, CEO, Orvik Space, said the satellite is ready.", {("John Smith", "headOf", "Orvik Space")}),
])
def test_a_title_then_its_organization_after_a_comma(read, text, facts):
    assert facts <= _facts(read(text))


@pytest.mark.parametrize("text", [
    "Maria Lopez, Director, and John Smith, Chief Engineer, signed the deal.",  # no organization after either
])
def test_no_title_or_no_organization_gives_no_post(read, text):
    assert not any(p in ("headOf", "memberOf") for _, p, _ in _facts(read(text)))


@pytest.mark.parametrize("text, facts", [
    ("Lena Varga, ESA, and Tom Berg, NASA, met in Paris.",
     {("Lena Varga", "memberOf", "ESA"), ("Tom Berg", "memberOf", "NASA")}),
    ('"We are ready," said Lena Varga, Orvik Space.', {("Lena Varga", "memberOf", "Orvik Space")}),
])
def test_an_organization_set_beside_a_name_is_where_the_person_works(read, text, facts):
    assert facts <= _facts(read(text))


def test_a_list_of_organizations_after_a_name_is_no_post(read):
    facts = _facts(read("The agreement was signed by Lena Varga, ESA, NASA and JAXA."))
    assert not any(p == "memberOf" for _, p, _ in facts)

"""The parties an agreement's content names ("under which", "whereby") are its signatories when they are
countries or public bodies; a company named there works under the agreement and signs nothing; a relative clause
that is not the content ("an agreement that Canada welcomed") names no party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signers(got) -> set[str]:
    return {o for s, p, o in got if p == "signatory"}


@pytest.mark.parametrize("text, parties", [
    ("NASA and CSA signed an agreement under which the United States and Canada will work together on the Gateway.",
     {"United States", "Canada"}),
    ("The Nordkapp Space Agency and OCO have signed an agreement under which Norway will provide a robotic arm "
     "for the Aurora lunar station.", {"Norway"}),
    ("ESA and the Vela Space Agency concluded an arrangement whereby Kenya will host a ground station.", {"Kenya"}),
])
def test_the_parties_of_an_agreements_content_sign_it(read, text, parties):
    got = triples(read(text))
    assert parties <= _signers(got), sorted(got)


@pytest.mark.parametrize("text, outsider", [
    ("ESA signed a contract under which Skarven Robotics will build the arm.", "Skarven Robotics"),
    ("NASA and CSA signed an agreement that Canada welcomed.", "Canada"),
])
def test_a_contractor_or_a_bystander_signs_nothing(read, text, outsider):
    got = triples(read(text))
    assert outsider not in _signers(got), sorted(got)

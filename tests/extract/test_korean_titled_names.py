"""Korean names after titles: a given name whose second part is written in lower case after a hyphen
("Bae Kyung-hoon") after a portfolio ("Minister of Science and ICT"), and a title with a portfolio word
before it ("Science Minister Lee Sang-chul"): the person is the name alone."""

import pytest


def _labels(ex):
    return {e.label for e in ex.entities.values()}


@pytest.mark.parametrize("text, person, ministry", [
    ("Minister of Science and ICT Bae Kyung-hoon congratulated the researchers.", "Bae Kyung-hoon",
     "Ministry of Science and ICT"),
    ("Minister of Transport and Aviation Han Ji-woo visited the centre.", "Han Ji-woo",
     "Ministry of Transport and Aviation"),
])
def test_a_person_after_a_portfolio_heads_its_ministry(read, text, person, ministry):
    ex = read(text)
    facts = {(ex.entities[r.subject].label, r.predicate, ex.entities[r.object].label) for r in ex.relations}
    assert (person, "headOf", ministry) in facts


@pytest.mark.parametrize("text, person", [
    ("Science Minister Bae Kyung-hoon congratulated the researchers.", "Bae Kyung-hoon"),
    ("Deputy Minister Oh Se-ra opened the meeting.", "Oh Se-ra"),
])
def test_a_title_before_a_hyphenated_given_name_is_not_the_name(read, text, person):
    labels = _labels(read(text))
    assert person in labels and not any(label.endswith(person) and label != person for label in labels)

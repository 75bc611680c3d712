"""extract.entities: "the EUMETSAT Council ... the Council": a body named in full, then by its head noun,
is one entity (sentences written for the test)."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _with_mention(result, word: str) -> list:
    return [e for e in result.entities.values() if any(m.text == word for m in e.mentions)]


@pytest.mark.parametrize("text, word", [
    ("The Vela Space Council met in Oslo on Monday. The Council approved the Kestrel mission.", "Council"),
    ("The Board of the Zephyr Institute met on Monday. The Board approved the Kestrel mission.", "Board"),
    ("The Lyra Research Institute (LRI) opened a laboratory. The Institute will test the Kestrel camera.", "Institute"),
])
def test_short_forms_head_noun_is_the_body_named_before(read, text, word):
    result = read(text)
    ents = _with_mention(result, word)
    assert len(ents) == 1 and len({m.text for m in ents[0].mentions}) > 1, (ents, triples(result))


def test_short_forms_two_bodies_leave_it_apart(read):
    """Two agencies named before: "the Agency" could be either, and it is neither."""
    result = read("The Vela Space Agency and the Lyra Space Agency met on Monday. The Agency approved the Kestrel "
                  "mission.")
    merged = [e for e in result.entities.values() if any(m.text == "Agency" for m in e.mentions)
              and any(m.text != "Agency" for m in e.mentions)]
    assert not merged, merged


@pytest.mark.parametrize("text, name", [
    ("On Monday the minister came to Vela Bhavan in Bengaluru.", "Vela Bhavan"),
    ("Anna Lind travelled to Kestrel House to meet the team.", "Kestrel House"),
])
def test_short_forms_a_name_travelled_to_is_a_place(read, text, name):
    """People travel to places: a name after "came to" is no person, whatever the model guessed."""
    result = read(text)
    classes = {c for e in result.entities.values() if e.label == name for c in e.classes}
    assert classes and "Person" not in classes, {e.label: e.classes for e in result.entities.values()}


@pytest.mark.parametrize("text, name", [
    ("The Vela Earth-observation satellite lifted off from Kourou on 19 June.", "Vela"),
    ("The Lyra astrophysics mission was approved by ESA in 2021.", "Lyra"),
])
def test_short_forms_a_field_before_the_class_noun_is_no_name(read, text, name):
    """"the Vela Earth-observation satellite": the field says what the craft is for; the craft is Vela."""
    result = read(text)
    craft = [e for e in result.entities.values() if e.label == name]
    assert craft and craft[0].classes & {"Satellite", "Mission", "Spacecraft"}, \
        {e.label: e.classes for e in result.entities.values()}
    assert not any(e.classes & {"Satellite", "Mission"} for e in result.entities.values() if e.label != name)

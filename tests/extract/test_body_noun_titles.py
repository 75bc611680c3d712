"""A body's class noun, capitalized, before a title stands for the body told of ("Agency Head A",
"Agency Chief Scientist B"), as "the Agency" does; on sentences written for the tests."""

from ..helpers import classes_of, labels, triples


def test_body_noun_title_heads_the_agency_in_view(read):
    x = read('The Vela Space Agency signed the deal on Monday. "We are proud," said Agency Head Ana Ruiz.')
    assert classes_of(x, "Ana Ruiz") == {"Person"}
    assert ("Ana Ruiz", "headOf", "Vela Space Agency") in triples(x)
    assert not any("Agency Head" in label for label in labels(x))


def test_body_noun_title_opening_a_sentence(read):
    x = read("The Orla Space Agency opened a centre in Tarsa. Agency Head Tomas Berg said the budget would grow.")
    assert ("Tomas Berg", "headOf", "Orla Space Agency") in triples(x)


def test_body_noun_title_member(read):
    x = read("The Orla Space Agency hosted the workshop. Agency Chief Scientist Lena Varga gave the first talk.")
    assert ("Lena Varga", "memberOf", "Orla Space Agency") in triples(x)


def test_body_noun_title_without_a_person_after_it_is_left_alone(read):
    x = read("The Orla Space Agency moved its Agency Head Office to Tarsa in May.")
    assert not any(o == "Orla Space Agency" and p in ("headOf", "memberOf") for _, p, o in triples(x))
    assert not any(classes_of(x, label) == {"Person"} for label in labels(x))

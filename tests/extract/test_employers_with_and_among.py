"""Where a person works, read from a title with "with" ("an engineer with OHB": rules/titles._org_near_title) and
from a plural title's examples ("Engineers from OHB, including A and B": title_slots.enumerated_title), and from
"on behalf of X by A" (seq:on-behalf-of). Session 37; sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Ana Ruiz, an engineer with OHB, tested the antenna.", "Ana Ruiz", "OHB"),
    ("Ana Ruiz, a scientist with the Tarsis Institute, led the study.", "Ana Ruiz", "Tarsis Institute"),
])
def test_a_title_with_a_body_is_a_post_there(read, text, person, body):
    assert (person, "memberOf", body) in triples(read(text))


def test_a_title_with_a_thing_names_no_body(read):
    t = triples(read("Ana Ruiz, an engineer with twenty years of experience, tested the antenna."))
    assert not any(p == "memberOf" for s, p, o in t), t


@pytest.mark.parametrize("text", [
    "Engineers from OHB, including Lena Varga and Ivo Sarr, tested the antenna.",
    "Researchers at OHB, such as Lena Varga and Ivo Sarr, tested the antenna.",
])
def test_people_listed_as_a_plural_titles_examples_hold_it(read, text):
    t = triples(read(text))
    assert {("Lena Varga", "memberOf", "OHB"), ("Ivo Sarr", "memberOf", "OHB")} <= t, t


def test_examples_of_bodies_hold_no_post(read):
    t = triples(read("Partners such as OHB and Airbus, including their engineers, attended the workshop."))
    assert not any(p in ("memberOf", "headOf") for s, p, o in t), t


@pytest.mark.parametrize("text, pairs, wrong", [
    ("The accord was signed on behalf of the Vela Space Agency by Ann Lee and on behalf of the Orla Space Agency by "
     "Tom Hale.", {("Ann Lee", "Vela Space Agency"), ("Tom Hale", "Orla Space Agency")},
     ("Ann Lee", "Orla Space Agency")),
    ("Ann Lee signed the accord on behalf of the Vela Space Agency.", {("Ann Lee", "Vela Space Agency")}, None),
])
def test_who_acts_on_behalf_of_a_body_works_for_it(read, text, pairs, wrong):
    t = triples(read(text))
    assert {(s, "memberOf", o) for s, o in pairs} <= t, t
    assert wrong is None or (wrong[0], "memberOf", wrong[1]) not in t, t


def test_each_signer_on_behalf_of_a_body_signs(read):
    t = triples(read("The memorandum was signed on behalf of ESA by its Director General Josef Aschbacher and on "
                     "behalf of JAXA by its President Hiroshi Yamakawa."))
    signed = {o for s, p, o in t if p == "signatory"}
    assert {"Josef Aschbacher", "Hiroshi Yamakawa", "ESA", "JAXA"} <= signed, t
    assert ("Josef Aschbacher", "memberOf", "JAXA") not in t, t


def test_such_as_opens_a_list_of_attendees_as_including_does(read):
    t = triples(read("The forum was attended by more than 500 participants, such as representatives of ISRO and "
                     "KASA."))
    assert {("forum", "participant", "ISRO"), ("forum", "participant", "KASA")} <= {
        (s.split(" [")[0], p, o) for s, p, o in t}, t

"""People the knowledge base does not know, read as it reads known ones (session 24; found by renaming the people of
the development releases): "Putting their names to it were A and B" with a name the parser makes the subject of
"were" (frames._inverted_subject); a title after a name by a comma alone, parsed as its conjunct
(title_appositions.titles_taken_for_conjuncts); a name joined to a title ("the Prime Minister and A B as witnesses")
or what a title is ("whose Minister is A B"), a signature's line ("A B President, JAXA") (names.context_class).
Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, triples

_DAY = dt.date(2026, 3, 14)


def test_putting_their_names_to_it_were_two_unknown_people(read):
    got = triples(read("A cooperation agreement was signed today by EUMETSAT and ESA. Putting their names to this "
                       "newest milestone in a cooperation that goes back many years were Teodor Venkart, "
                       "Director-General of EUMETSAT, and Maren Wessling, who serves as ESA's Director of Earth "
                       "Observation Programmes.", date=_DAY))
    signers = {o for s, p, o in got if p == "signatory"}
    assert {"Teodor Venkart", "Maren Wessling"} <= signers, got


def test_a_title_after_a_name_by_a_comma_alone(read):
    got = triples(read("The memorandum was signed by the Orvik Space Agency's Chief Executive, Aurel Venkart, and by "
                       "Vesna Wessling, Vice Administrator of the China National Space Administration, with the Prime "
                       "Minister and Aurel Ulvhaug as witnesses.", date=_DAY))
    assert ("Vesna Wessling", "memberOf", "CNSA") in got, got
    assert any(p == "participant" and o == "Aurel Ulvhaug" for s, p, o in got), got


def test_whose_minister_is_a_person(read):
    doc = read("The lander reached orbit, as announced by the Ministry of Science and ICT (MSIT), whose Minister is "
               "Ilse Ekvall.", date=_DAY)
    assert "Person" in classes_of(doc, "Ilse Ekvall"), classes_of(doc, "Ilse Ekvall")
    assert ("Ilse Ekvall", "headOf", "Ministry of Science and ICT") in triples(doc), triples(doc)


def test_a_signature_line(read, tmp_path):
    from presskg.ingest import read_release

    path = tmp_path / "r.txt"
    for name in ("Lidia Arnvik", "Kabel Kaven"):  # (a run of proper nouns; the model's person)
        path.write_text(f"date: 2026-03-14\n---\nWe will do everything we can.\n\nSeptember 18, 2026\n{name}\n"
                        "President, JAXA\n")
        doc = read(read_release(path).text, date=_DAY)  # (the reader joins the signature's lines)
        assert (name, "headOf", "JAXA") in triples(doc), triples(doc)


def test_a_name_after_the_or_at_is_no_person(read):
    """(Found by renaming the development releases' organizations.) "a lectureship at the Brenn Pelwin": a name
    after "the" is no person's, though "he" follows; "an engineer at Tarsis de Velmora": a model's person after
    "at" is a body."""
    doc = read("His career included research posts at the FNCHR (1999), followed by a lectureship at the Brenn "
               "Pelwin (2002-2012). He qualified as a civil engineer at Tarsis de Velmora. He was a member of "
               "ONERA's Thornel Halvane Council.", date=_DAY)
    assert "Person" not in classes_of(doc, "Brenn Pelwin"), classes_of(doc, "Brenn Pelwin")
    assert "Person" not in classes_of(doc, "Tarsis de Velmora"), classes_of(doc, "Tarsis de Velmora")


def test_every_minister_looking_on_takes_part(read):
    got = triples(read("During the fourth meeting of CoSpace, a study contract was signed by CNES with Orbix and "
                       "Kelmar Space, with ministers Sanne Halvorn, Aurel Vesna Sketter and Joren Vardun looking on.",
                       date=_DAY))
    onlookers = {o for s, p, o in got if p == "participant" and s.startswith("fourth meeting")}
    assert {"Sanne Halvorn", "Aurel Vesna Sketter", "Joren Vardun"} <= onlookers, got

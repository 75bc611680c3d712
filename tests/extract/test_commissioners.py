"""A commissioner is a member of a commission, and a commissioner's portfolio names no body:
"A, European Commissioner for Defence Industry and Space," is a member of the European Commission
(lexicon COMMISSION_TITLES, COMMISSIONS; portfolios.py)."""

from __future__ import annotations

import pytest


def _facts(ex):
    return {(ex.entities[r.subject].label, r.predicate, ex.entities[r.object].label) for r in ex.relations}


def test_a_european_commissioner_is_a_member_of_the_commission(read):
    ex = read("The agreement was signed by Andrius Kubilius, European Commissioner for Defence Industry and Space, "
              "and ESA Director General Josef Aschbacher.")
    facts = _facts(ex)
    assert ("Andrius Kubilius", "memberOf", "European Commission") in facts
    assert not any(o == "Defence Industry and Space" for _, _, o in facts)
    assert "Defence Industry and Space" not in {e.label for e in ex.entities.values()}


def test_a_commissioner_heads_nothing(read):
    facts = _facts(read("Lena Varga, the EU's space commissioner, welcomed the launch."))
    assert not any(p == "headOf" for _, p, _ in facts)


def test_a_minister_still_heads_a_ministry(read):
    assert ("Karin Holm", "headOf", "Ministry of Science") in _facts(read("Minister of Science Karin Holm spoke."))


def test_a_title_the_parser_makes_the_subject_stands_for_the_person_named_after_it(read):
    """"EU Commissioner for Space Lena Varga visited X": the name hangs on the title's "for"; the visitor is
    the person, not the EU the title's compound names."""
    facts = _facts(read("EU Commissioner for Space Lena Varga visited the Guiana Space Centre on 3 May."))
    assert any(p == "participant" and o == "Lena Varga" for _, p, o in facts)
    assert not any(p == "participant" and o == "European Union" for _, p, o in facts)


@pytest.mark.parametrize("text, person", [
    ("EU Commissioner for Space Lena Varga said the launch was a success.", "Lena Varga"),
    ("EU Space Commissioner Ilse Brandt welcomed the launch of the Corvid satellite.", "Ilse Brandt"),
    ("European Commissioner for Research Piet Horvath opened the conference in Brussels on 3 May.", "Piet Horvath"),
    ("Ilse Brandt, EU Commissioner for Innovation, welcomed the launch.", "Ilse Brandt"),
])
def test_the_commission_word_before_the_title_names_the_commission(read, text, person):
    """COMMISSIONS (data): "EU" before a commissioner's title names the European Commission, not the Union."""
    ex = read(text)
    facts = _facts(ex)
    assert (person, "memberOf", "European Commission") in facts, sorted(facts)
    assert not any(o == "European Union" for _, _, o in facts), sorted(facts)
    assert not any(e.label.endswith(("for Space", "for Innovation")) for e in ex.entities.values())


def test_a_title_with_the_name_apposed_stands_for_the_person(read):
    """"The EU Commissioner for Innovation, Piet Horvath, attended X": the one who attended is the person."""
    facts = _facts(read("The EU Commissioner for Innovation, Piet Horvath, attended the launch."))
    parts = {o for _, p, o in facts if p == "participant"}
    assert parts == {"Piet Horvath"}, sorted(facts)


def test_a_commissioners_portfolio_ends_before_the_next_bodys_title(read):
    facts = _facts(read("The accord was signed by EU Commissioner for Space Lena Varga and ESA Director General "
                        "Tom Hale."))
    assert ("Tom Hale", "headOf", "ESA") in facts, sorted(facts)
    assert ("Lena Varga", "memberOf", "European Commission") in facts, sorted(facts)


def test_the_union_itself_stays_the_union(read):
    facts = _facts(read("The EU and Norway signed an agreement on space cooperation on 3 May."))
    assert {o for _, p, o in facts if p == "signatory"} == {"European Union", "Norway"}, sorted(facts)

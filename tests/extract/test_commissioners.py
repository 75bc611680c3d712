"""A commissioner is a member of a commission, and a commissioner's portfolio names no body:
"A, European Commissioner for Defence Industry and Space," is a member of the European Commission
(lexicon COMMISSION_TITLES, COMMISSIONS; portfolios.py)."""


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

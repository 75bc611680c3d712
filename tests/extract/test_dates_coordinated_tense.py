"""A date on a later coordinated verb with an auxiliary of its own dates that clause only (rules/dating.py),
on sentences written for the tests."""


def _dated(x) -> dict[str, str]:
    return {x.entities[d.subject].label.split(" [")[0]: d.value for d in x.dates}


def test_date_of_a_later_clause_in_another_tense_is_its_own(read):
    x = read("Estonia signed its accession agreement during the meeting and will become the 15th member on "
             "1 January 2027.")
    assert not any(v.startswith("2027") for label, v in _dated(x).items() if "agreement" in label)


def test_date_of_a_coordinated_clause_in_the_same_tense_still_dates_the_first(read):
    x = read("The two agencies met in Tarsa and signed a cooperation agreement on 5 May 2025.")
    assert any(v == "2025-05-05" for label, v in _dated(x).items() if "agreement" in label)

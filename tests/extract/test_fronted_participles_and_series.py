"""A participle opening a sentence is done to the clause's subject (frames); a craft's one-word name used
again where the tagger reads a noun (extract/short_names.py); a numbered name after an unnumbered craft
(extract/series.py). Sentences written for the tests."""

from ..helpers import classes_of, triples


def _facts(x) -> set[tuple[str, str, str]]:
    return {(s.split(" (")[0].split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(x)}


def test_fronted_participle_launch_is_the_subject_s_launch(read):
    x = read("The agency operates the Vela satellite. Launched on 12 May 2012 from the Plesetsk Cosmodrome on a "
             "Rokot launcher, Vela was designed for a five-year mission.")
    facts = _facts(x)
    assert {("launch", "participant", "Vela"), ("launch", "launchSite", "Plesetsk Cosmodrome"),
            ("Vela", "launchVehicle", "Rokot")} <= facts


def test_fronted_participle_build_by_an_agent(read):
    x = read("The agency operates the Lyra satellite. Built by Orvane Propulsion, Lyra carries two cameras.")
    assert ("Lyra", "providedBy", "Orvane Propulsion") in _facts(x)


def test_fronted_participle_with_its_own_subject_is_left_to_it(read):
    x = read("After NASA launched it in 2012, the Lyra satellite was handed over to Orvane Propulsion.")
    assert ("Lyra", "providedBy", "NASA") not in _facts(x)


def test_one_word_name_taken_for_a_noun_is_the_name_told_before(read):
    x = read("Halcyon is a satellite of the Orla Space Agency. Halcyon was launched on 12 May 2012.")
    assert ("launch", "participant", "Halcyon") in _facts(x)


def test_numbered_name_after_an_unnumbered_craft_is_its_kind(read):
    x = read("The agency switched off its Halcyon satellite. Its successor, Halcyon-2, is scheduled for launch in "
             "2028 on a Vega-C rocket.")
    assert "Satellite" in classes_of(x, "Halcyon-2")
    assert ("Halcyon-2", "launchVehicle", "Vega-C") in _facts(x)

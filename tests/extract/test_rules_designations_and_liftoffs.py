"""Craft that lift off, take off or blast off, named by designations the tagger may take for adverbs;
a project discussed is not a joint project. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _launched(result) -> set[str]:
    """Labels of what the release's launch events have as participants."""
    ents = result.entities
    launches = {k for k, e in ents.items() if "Launch" in e.classes}
    return {ents[r.object].label for r in result.relations if r.subject in launches and r.predicate == "participant"}


@pytest.mark.parametrize("text, craft", [
    ("Aurora-3 lifted off aboard a Vega C rocket from Kourou on 4 May 2023.", "Aurora-3"),
    ("Yesterday, Aurora-3 lifted off from Kourou.", "Aurora-3"),
    ("The agency said Aurora-3 lifted off on 4 May 2023.", "Aurora-3"),
    ("Sentinel-9 lifted off from California on 12 March 2024.", "Sentinel-9"),
])
def test_a_designation_taken_for_an_adverb_is_the_verbs_subject(read, text, craft):
    """clauses.name_taken_for_adverb, doing.role_class: "Aurora-3" tagged RB and hung as an adverb of the verb
    that has no subject is the subject: it lifts off, so it is a craft, and the launch is its."""
    got = read(text)
    assert craft in _launched(got), triples(got)
    assert classes_of(got, craft) & {"Spacecraft", "Satellite", "Probe", "Mission"}, classes_of(got, craft)


def test_an_adverb_is_no_subject(read):
    """Only a designation's shape counts: "Finally" before a verb with no subject stays an adverb."""
    got = read("Finally, lifted off from Kourou on 4 May 2023, the rocket performed well.")
    assert "Finally" not in {e.label for e in got.entities.values()}, triples(got)


@pytest.mark.parametrize("text, craft, site", [
    ("The Osprey probe took off from the Guiana Space Centre on 8 October 2022.", "Osprey", "Guiana Space Centre"),
    ("The Kestrel satellite blasted off from the Satish Dhawan Space Centre on 2 February 2024.", "Kestrel",
     "Satish Dhawan Space Centre"),
])
def test_take_off_and_blast_off_are_launches(read, text, craft, site):
    """LAUNCH_VERBS and OCCURRENCE_VERBS: "take off" and "blast off" launch a craft, from a launch site."""
    got = read(text)
    assert craft in _launched(got), triples(got)
    assert (craft, "launchSite", site) in triples(got), triples(got)


@pytest.mark.parametrize("text", [
    "The minister took off from Paris on 4 May 2023.",
    "Cooperation between CNES and ISRO took off in 2015.",
    "NASA Administrator Bill Nelson took off his jacket on 4 May 2023.",
])
def test_taking_off_is_no_launch_without_a_craft(read, text):
    got = read(text)
    assert not any("Launch" in e.classes for e in got.entities.values()), triples(got)


def test_discussing_a_programme_is_no_contribution(read):
    """gatherings._their_projects: "met to discuss the Aurora programme" makes Aurora the meeting's topic only."""
    got = triples(read("ISRO and the Norwegian Space Agency met in Oslo on 3 May 2023 to discuss the Aurora "
                       "programme."))
    assert ("ISRO", "contributesTo", "Aurora") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "JAXA and ESA met in Oslo on 3 May 2023. The two agencies reviewed the status of main projects underway, "
    "among them Aurora and Lyra.",
    "JAXA and ESA met in Oslo on 3 May 2023 and discussed their joint programme, Aurora.",
])
def test_projects_the_parties_share_are_contributions(read, text):
    got = triples(read(text))
    assert ("JAXA", "contributesTo", "Aurora") in got and ("ESA", "contributesTo", "Aurora") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Heron spacecraft arrived at asteroid Apophis on 2 March 2026.",
    "The Heron spacecraft will arrive at the asteroid Apophis in 2029.",
])
def test_a_name_hung_on_the_verb_after_its_class_noun(read, text):
    """Context.named_child: "arrived at asteroid Apophis" — the parser hangs the name on the verb, not on the
    class noun before it; the noun is the name's."""
    assert ("Heron", "target", "Apophis") in triples(read(text)), sorted(triples(read(text)))


@pytest.mark.parametrize("text, site", [
    ("The first vertical launch from SaxaVord Spaceport will take place in 2025.", "SaxaVord Spaceport"),
    ("The first launch from the Guiana Space Centre is planned for March 2027.", "Guiana Space Centre"),
])
def test_a_dated_launch_from_a_spaceport_has_its_site_without_a_craft(read, text, site):
    """occurrences.occurrence_nouns: a launch the text dates is an event even when no craft is named; its
    "from" spaceport is its site."""
    got = read(text)
    launches = {k for k, e in got.entities.items() if "Launch" in e.classes}
    assert any(r.subject in launches and r.predicate == "launchSite" and got.entities[r.object].label == site
               for r in got.relations), triples(got)

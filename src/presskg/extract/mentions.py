"""Finding the stretches of text that name entities.

Three sources, in order of trust: the knowledge base's names, domain patterns (acronym definitions, proper-noun
chunks typed by their head noun, designations such as "GOSAT-2", titled people), and the language model's named
entities. Where they overlap the more trusted one wins, since the model's labels are often wrong in this domain.
"""

from __future__ import annotations

import re

from ..vocab import Class as C
from . import body_names, described_names, head_nouns, names, titled_people
from .aboard_names import aboard_crafts
from .acronyms import acronym_definitions, apposed_names, glossed_acronyms, undefined_acronyms
from .candidates import (
    Candidate,
    Taken,
    after_document_of,
    after_lower_prefix,
    is_acronym,
    is_coined,
    is_designation,
    known_name_and_class,
    names_a_zone,
    noun_class,
    span_head,
    without_bands,
    without_waveband_tails,
)
from .class_nouns import craft_before_world
from .classes import ancestors as kin_of
from .coined import coined_adjectives, given_over_known
from .datelines import dateline_towns
from .designations import designated_names, split_designation_end, without_namesakes
from .enumerations import BODIES, MADE, enumerations
from .event_names import event_names, numbered_event_names
from .field_labels import without_field_labels
from .gazetteer import Gazetteer
from .genders import given_named
from .given_names import given_name_end, surnames_of_people, surnames_taken_for_nouns, without_pieces
from .head_nouns import bare_noun, camel_class_noun, head_noun_class
from .honours import without_award_names
from .known_names import known_names
from .lexicon import (
    CALENDAR_WORDS,
    HEAD_CLASSES,
    NAME_INNER,
    POST_TITLES,
    WORD_CLASSES,
)
from .model_entities import model_entities
from .money import money_code
from .name_ends import model_prefix, number_end
from .named_again import named_again
from .nationality_words import nationality_before_noun, past_joint_nationality
from .portfolios import holder_after, portfolios
from .post_fields import without_post_fields
from .programme_bodies import without_programme_in_body_names, without_town_in_body_names
from .publications import without_publication_titles
from .ranks import past_long_title
from .series import elided_members, past_programme, stem_of, type_by_series
from .short_names import first_words, short_form
from .towned_names import towned_word_end
from .trade_names import listed_like, national_arms, without_country
from .tree import Tree
from .vessels import vessel_names

__all__ = ["Candidate", "find_candidates", "head_noun_class", "is_acronym", "noun_class"]

#: The source of a name run on through a hyphened given name ("Min-ji Park", :mod:`.given_names`).
GIVEN_NAME = "pattern:given-name"
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&/-]*[A-Z][A-Za-z0-9&/-]*$")


def find_candidates(tree: Tree, gaz: Gazetteer) -> list[Candidate]:
    """Every name candidate of a release, nested ones allowed, sorted by position.

    Knowledge-base names come first, then the model's entities where no
    knowledge-base name is, then proper-noun chunks. A chunk may hold other
    names ("Embassy of [Italy]") but is dropped when its head word belongs to
    another name ("ESA Director General [Jan Wörner]").
    """
    cands = national_arms(tree, known_names(tree, gaz))  # ("Telespazio France": a company's arm, one company)
    for p in portfolios(tree):  # the ministry's name holds what it is the ministry of: "Minister of [Education]"
        p.kb = gaz.lookup(p.label or "")  # a body the knowledge base knows: "the European Commission"
        if all(p.start <= c.start and c.end <= p.end for c in cands if c.overlaps(p)):
            cands = [c for c in cands if not c.overlaps(p)] + [p]
    cands += body_names.governing_bodies(tree, cands)  # "the Board of [the Vela Space Agency]"
    cands += model_entities(tree, cands, gaz)
    chunks = titled_people.after_acronym_titles(tree, [body_names.without_field(tree, p, cands) for c in _proper_chunks(
        tree, cands) if (p := titled_people.without_agency_prefix(tree, c, cands)) is not None])
    given = [c for c in chunks if c.source == GIVEN_NAME]
    for c in given:  # (a title in front, "KARI President", may have been cut off with the hint)
        c.hint = C.Person
    for c in chunks:  # "built by Dr Ana Ruiz", "Lord Vallance": an honorific or a peer's style makes a person
        if c.hint is None and (names.honorific_before(tree, c.start) or names.peer(tree, c.start, c.end)):
            c.hint = C.Person
    cands = without_pieces(cands, given)
    taken = Taken(cands)
    for c in chunks:
        c.start = past_programme(tree, c, taken)  # "the [Copernicus] Sentinel-1D satellite": the programme's own
        c.start = past_joint_nationality(tree, gaz, c.start, c.end)
        if (cut := craft_before_world(tree, c.start, c.end, taken.at.get(c.end - 1, ()))) is not None:
            c.end, c.hint = cut  # "the Tianwen-3 [Mars] orbiter": the craft's name, before the world it goes to
        if c.hint is None and camel_class_noun(tree, c.start - 1, c.end):  # (past "Pakistani CubeSat": its class)
            c.hint = HEAD_CLASSES[tree.lowers[c.start - 1]]
        if named_over := given_over_known(tree, c, taken):  # "called Blue Moon": the name given, not the Moon
            taken = Taken(cands := [o for o in cands if o not in named_over])
        head = span_head(tree, c.start, c.end)
        if taken.at.get(head) or bare_noun(tree, c) or known_name_and_class(tree, c, taken):
            continue
        if nationality_before_noun(tree, gaz, c.start, c.end):
            continue  # "a Czech research institute": a nationality adjective before a noun, no name
        inside = taken.overlapping(c.start, c.end)
        if any(not (c.start <= o.start and o.end <= c.end) or o.source == "pattern:portfolio" for o in inside):
            # (a run over a title's portfolio, "EU Commissioner for Space", is the title: no name; the holder's name
            # after it is: "Science Minister Lord Vallance")
            cands += [h for o in inside if (h := holder_after(tree, c, o)) is not None and not taken.overlapping(
                h.start, h.end)]
            continue
        # an event the model found in a longer name ("[Space Launch] Complex 4"), a known name hyphened on ("[IASI]-NG")
        cands = [o for o in cands if not (o in inside and (o.source == "model" and (o.hint and C.Event in kin_of(
            o.hint) and (o.start, o.end) != (c.start, c.end) or model_prefix(tree, o, c))
            or stem_of(tree, o, c, inside)))]
        cands.append(c)
        taken.add(c)
    # "the near-Earth asteroid", "a lunar-Earth gravity assist": an adjective's second half, no name, whoever read one
    cands = [c for c in cands if not after_lower_prefix(tree.tokens, c.start)]
    cands = without_waveband_tails(tree, cands)  # "the Corvane X-ray observatory": the name is "Corvane"
    cands = head_nouns.without_class_phrases(tree, cands)  # "the [Earth Observation Satellite] EOS-09"
    cands = designated_names(tree, cands)  # "asteroid 2011 UW158", "the galaxy NGC 4411", "the exoplanet K2-18b"
    cands += event_names(tree, cands) + numbered_event_names(tree, cands) + titled_people.after_long_titles(tree, cands)
    cands += titled_people.in_brackets(tree)  # "the Ministry of X (Minister Bae Kyung-hoon)"
    cands += body_names.national_bodies(tree, gaz, cands) + coined_adjectives(tree, gaz, cands)
    acronym_definitions(tree, cands)
    cands += elided_members(tree, cands)
    listed = enumerations(tree, MADE + BODIES)
    for c in cands:
        if c.source == "model" and c.hint == C.Person and (in_list := listed.get(c.start)) is not None:
            c.hint = in_list[0]  # "satellites, including Pleiades Neo and X": the model's person is a listed craft
        elif c.source == "model" and c.hint == C.Place and (in_list := listed.get(c.start)) is not None \
                and C.Organization in kin_of(in_list[0]):
            c.hint = in_list[0]  # "20 start-ups, among them Lichtstrom": the model's place is a listed company
        elif c.source != "kb" and (in_list := listed.get(c.start)) is not None \
                and tree.lowers[span_head(tree, c.start, c.end)] in WORD_CLASSES["LIST_TYPED_HEADS"]:
            c.hint = in_list[0]  # "four instruments: a Microchannel X-ray Telescope (MXT), ...": an instrument
        if c.hint is None and not body_names.field_only(c):  # "the Vela Earth-observation satellite": no craft
            in_list = listed.get(c.start) if c.source != "kb" else None
            c.hint = c.fitting(head_noun_class(tree, c)) or (in_list[0] if in_list else None)  # ("Moon lander")
            if len(c.kb) > 1 and c.hint and C.Spacecraft in kin_of(c.hint) and c.end < len(tree) \
                    and tree[c.end].tag == "NNS":  # "the Galileo satellites": a programme's craft, not the probe
                c.hint = C.Mission
            if c.hint is None and c.source != "kb":
                c.hint = names.context_class(tree, c)
    cands = without_namesakes(cands)  # "the Orion Nebula": no Orion craft
    cands += named_again(tree, gaz, cands)  # "The Meridian consortium": a name named before, tagged an adjective
    aboard_crafts(tree, cands)  # "the Corax instrument on board Vela": Vela a craft, no organization
    undefined_acronyms(tree, cands)  # "the Korvan Space Agency ... KSA Director General X": the agency's
    dateline_towns(tree, cands)  # "RIGA, 7 October 2026 - ": a town, whatever the model took it for
    cands = vessel_names(tree, cands, gaz)  # "Crew Dragon Endeavour", "Soyuz MS-25": one craft, the longer name
    given_named(tree, cands)  # "Ingrid Vassmo succeeds X": a person, whatever the model took her for
    cands += surnames_taken_for_nouns(tree, cands)  # ("Gibbons held": a surname read as a plural noun)
    surnames_of_people(tree, cands)
    type_by_series(tree, cands)
    apposed_names(tree, cands)
    cands = without_bands(tree, without_country(tree, cands))  # ("Ka-band payloads": no name)
    listed_like(tree, cands)
    terms = glossed_acronyms(tree)
    cands = [c for c in cands if (c.kb or not (c.end == c.start + 1 and c.start in terms))
             and not names_a_zone(tree, c)]
    cands = without_award_names(tree, cands)  # "the Galileo Medal" names no mission
    cands = without_town_in_body_names(without_programme_in_body_names(cands))  # nor "the Galileo Control Centre"
    cands = without_post_fields(tree, without_publication_titles(tree, cands))  # "the journal X", "Head of [Science]"
    cands = without_field_labels(tree, cands)  # "- [Instruments]: X (CNES)", "[Prime] contractor: OHB"
    cands += body_names.owners_of_bodies(tree, cands)  # "the Board of Directors of [Nordavia Space]"
    cands = body_names.possessive_names(tree, cands)  # "[King's College London]"
    return sorted(cands, key=lambda c: (c.start, -c.end))


def _proper_chunks(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """Runs of proper nouns the knowledge base does not know, typed by their head noun."""
    out: list[Candidate] = []
    toks = tree.tokens
    index = Taken(taken)
    firsts = first_words(tree, taken)
    for s in tree.parse.sentences:
        i = s.start
        while i < s.end:
            j, given = split_designation_end(tree, i, s.end), False  # "Tessaro | - | B will be launched"
            if j == i + 1 and not _name_word(tree, i, first=True) and not short_form(tree, i, firsts):
                i += 1
                continue
            while j < s.end:
                if _name_word(tree, j):
                    j += 1
                elif toks[j].text.lower() in NAME_INNER and j + 1 < s.end and _name_word(tree, j + 1) \
                        and not is_designation(toks[j - 1].text) and not (tree.lowers[j] == "on" and HEAD_CLASSES.get(
                            tree.lowers[j - 1]) == C.Place):  # ("Hikari-3 | on Orvo", "Jezero Crater | on Mars")
                    if toks[j].text.lower() == "for" and any(c.kb for c in index.at.get(j + 1, ())) or (
                            toks[j].text.lower() == "of" and tree.lowers[j - 1] not in HEAD_CLASSES and any(
                                C.Organization in kin_of(k) for c in index.at.get(j + 1, ()) for e in c.kb
                                for k in e.classes)):
                        break  # "built by Redwire for NASA", "Ana Ruiz of CNES": a name and the known body it is of
                    j += 2
                elif _joiner(tree, j) and j + 1 < s.end and _name_word(tree, j + 1):
                    j += 2  # "France-Israel", "JAXA/ASI", "H-IIB"
                elif _joiner(tree, j) and j + 1 < s.end and given_name_end(tree, i, j, _name_word):
                    j, given = j + 2, True  # "Min-ji Park": a person's name
                else:
                    break
            while j > i + 1 and toks[j - 1].text.lower() in NAME_INNER:
                j -= 1
            j = towned_word_end(tree, index, i, j)  # "Vexa of Denver": the firm, then its town
            j = number_end(tree, j, s.end)
            start = titled_people.past_body_title(tree, i, j)
            while start < j and (names.is_honorific(toks[start].text) or names.is_title(tree, start, j)) \
                    and not names.keeps_title(tree, start, j):
                start += 1
            start = past_long_title(tree, start, j)  # "[Deputy] Project Scientist Ana Ruiz"
            while start < j and start > i and toks[start].text.lower() in NAME_INNER:
                start += 1  # "Director [of] Vela": the title went, its "of" goes too
            start = titled_people.past_title_of(tree, start, j)
            noun = HEAD_CLASSES[tree.lowers[start]] if camel_class_noun(tree, start, j) else None
            start += noun is not None  # "the CubeSat OrsenaSat-2": the class noun, no name, types it
            if noun is None and (noun := head_nouns.class_phrase_before(tree, start, j)) is not None:
                start = j - 1  # "the Earth Observation Satellite EOS-09": so does a class phrase
            if noun is None and j - start >= 2 and camel_class_noun(tree, j - 1, j + 1):
                noun, j = HEAD_CLASSES[tree.lowers[j - 1]], j - 1  # "the OrsenaSat-2 CubeSat": so does one after
            if given:  # "Science Minister Bae Kyung-hoon": a person's name starts after the last title word
                start = max([start, *(k + 1 for k in range(start, j - 2) if names.is_title(tree, k, j))])
                # ... and after a country its title names: "Ambassador to Italy Kim Jong-hyuk"
                start = next((c.end for c in index.at.get(start, ()) if c.end < j - 1 and any(
                    C.Country in e.classes for e in c.kb)), start)
            if j - start >= 3 and j < s.end and tree[j].text == "," and tree.lemma(j - 1) in _TITLES:
                j -= 1  # a signature's line: "Lidia Arnvik President, JAXA" (a name, then its title and body)
            # "as Chief Technology Officer": a title first and a title last is a post, whatever the words between
            post = start > i and (tree.lowers[j - 1] in _TITLES or tree.lemma(j - 1) in _TITLES) \
                or j - start >= 2 and " ".join(tree.lowers[start:j]) in _TITLES  # "(Principal Investigator: X)"
            if start < j and not post and not after_document_of(tree, start) \
                    and not titled_people.post_of(tree, start, j):
                cand = Candidate(start, j, GIVEN_NAME if given else "pattern:proper-noun", hint=noun)
                if not any(cand.end <= c.end for c in index.at.get(cand.start, ())):
                    out.append(cand)
                    for word, end in first_words(tree, [cand]).items():
                        firsts.setdefault(word, end)
            i = j
    return out


def _joiner(tree: Tree, i: int) -> bool:
    """A hyphen or slash written without spaces inside a name."""
    t = tree[i]
    return t.text in ("-", "/", "‐", "–") and not t.whitespace and i > 0 and not tree[i - 1].whitespace


_TITLES = POST_TITLES


def _name_word(tree: Tree, i: int, first: bool = False) -> bool:
    t = tree[i]
    if t.text.islower():  # no capital: no name, acronym nor designation (most words, asked first)
        return False
    if t.text.lower() in CALENDAR_WORDS or names.is_time_zone(t.text) or t.ent_type == "MONEY" \
            or money_code(tree, i):
        return False  # "the Council of Ministers on Wednesday April 14": the date is not in the name
    if t.pos == "PROPN" and t.text[:1].isupper():
        return True
    if t.pos == "NUM" and t.text[:1].isupper() and i + 1 < len(tree) and tree[i + 1].pos == "PROPN":
        return True  # "One Planet Summit"
    if t.pos in ("NOUN", "PROPN", "ADJ", "X") and is_acronym(t.text):
        return True  # "MAGIC campaigns": an acronym the tagger took for a common noun
    if is_designation(t.text):
        return True
    if t.text[:1].isupper() and is_coined(t.text):
        return True  # "the Luxembourg company OrbitKeep": a coined word the tagger took for a verb
    # capitalized nouns inside names: "Space Centre", "Joint Statement"; one a class noun is set beside
    return (not first or described_names.apposed_word(tree, i) or described_names.word_before_thing_noun(
        tree, i)) and t.pos in ("NOUN", "ADJ") \
        and t.text[:1].isupper() and t.text.lower() != t.text

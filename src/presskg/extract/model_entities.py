"""The language model's entities as name candidates: its spans cut to the name they hold ("Besides [Orla]", "[Tarsis
University] Rector Ola Nordmann", "the [Aldebra-2] satellite"), a person's span past the titles before it and on to the
name's end, a body's span split from the town after it; the model's guesses a class noun, a known name or the words
around replace (split out of :mod:`~presskg.extract.mentions`, which calls :func:`model_entities`).
"""

from __future__ import annotations

from ..vocab import Class as C
from . import body_names, field_lists, names, titled_people
from .candidates import Candidate, Taken, document_words
from .classes import ancestors as kin_of
from .gazetteer import Gazetteer
from .head_nouns import camel_class_noun, capitalized_noun, head_noun_class, law_named, membership_words
from .lexicon import (
    CALENDAR_WORDS,
    HEAD_CLASSES,
    MODEL_CLASSES,
    OCCURRENCE_NOUNS,
    POST_TITLES,
    TITLE_WORDS,
)
from .money import money_code
from .name_ends import common_tail, number_end
from .name_ends import joined_end as name_joined_end
from .nationality_words import nationality_before_noun, past_joint_nationality
from .trade_names import company_form, trade_tail
from .tree import Tree


def model_entities(tree: Tree, taken: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The model's entities as candidates, cut and typed as the module says; none over a name in ``taken`` (the
    knowledge base's and the portfolios') but a place a body's name holds."""
    out = []
    own: set[int] = set()
    index = Taken(taken)
    for span in tree.parse.entities:
        hint = MODEL_CLASSES.get(span.label)
        if hint is None:
            continue
        start, end = span.start, span.end
        # "Besides Orla", "Meanwhile Nova": a word that opens the sentence is no part of the name
        while start < end and (tree[start].pos in ("DET", "PRON", "ADJ", "SCONJ", "ADV", "CCONJ") and not
                               names.name_adjective(tree, start, end, gaz)
                               or tree[start].dep == "poss" and names.owner_cut(tree, start, end)
                               or (tree[start].pos == "NUM" and not tree[start].text[:1].isupper())
                               or names.is_honorific(tree[start].text) or tree[start].tag == "POS"
                               or tree[start].text.islower() and tree.lowers[start] in HEAD_CLASSES):  # "start-up X"
            start += 1
        start = past_joint_nationality(tree, gaz, start, end)
        if start < end and money_code(tree, start) or end - start == 1 and titled_people.body_before_title(
                tree, start, len(tree)):
            continue  # "EUR 4.5 million", "AUD": an amount, not a body; "[Agency] Chief Scientist A": the body in view
        if nationality_before_noun(tree, gaz, start, end) and tree[end].pos in ("NOUN", "PROPN"):
            continue  # "developed by Emirati engineers": a nationality adjective before a noun, no name
        end = titled_people.without_title_tail(tree, start, field_lists.coordinated_tail(tree, end, index.covers))
        if span.label == "ORG" and (cut := titled_people.titled_name_after(tree, start, end)) is not None:
            end = cut[0]  # "[Tarsis University] Rector Ola Nordmann": the person's name is found as a name of its own
        if end - start > 3 and tree[end - 1].text == ")" and tree[end - 3].text == "(":
            end -= 3  # "Ministry of Education and Science (MES)": the acronym is defined, not named
        while end > start and (tree[end - 1].tag == "POS" or tree[end - 1].pos in ("PUNCT", "CCONJ")):
            end -= 1
        if end > start + 1 and tree[end - 1].pos in ("ADP", "DET", "SCONJ"):
            end = names.past_dangling_word(tree, end)  # "the Space Strategy for | Canada": no name ends on "for"
        end = next((k for k in range(start + 1, end - 1) if tree.lowers[k] == "on"  # "Sorrento Crater | on Mars"
                    and HEAD_CLASSES.get(tree.lowers[k - 1]) == C.Place), end)
        while span.label != "PERSON" and end > start + 1 and common_tail(tree, start, end):
            end -= 1  # "the Aldebra-2 satellite", "the ELSA-M debris removal mission": no part of the name
        if span.label == "ORG" and (cut := body_names.before_place_tail(tree, start, end)) < end:  # "X Museum | in Y"
            if not index.overlapping(cut + 1, end) and not own.intersection(range(cut + 1, end)):
                own.update(range(cut + 1, end))  # (its town, a place of its own)
                out.append(Candidate(cut + 1, end, "model", hint=names.context_class(
                    tree, Candidate(cut + 1, end, names.PLACE_SHAPED)) or C.Place))
            end = cut
        if span.label == "PERSON":
            # titles before the name are not the name: "Director General Jan Wörner"; the model often stops short
            # of its end: "Jean-Yves Le | Gall"
            while start < end - 1 and (names.is_title(tree, start, end) or names.is_honorific(tree[start].text)
                                       or index.at.get(start)):
                start += 1
            while end < len(tree) and tree[end].pos == "PROPN" and tree[end].text[:1].isupper() \
                    and tree.sentence_index(end) == tree.sentence_index(start):
                end += 1
            if end - start > 2 and end < len(tree) and tree[end].text == "," and tree.lemma(end - 1) in POST_TITLES:
                end -= 1  # a signature's line: "Kabel Kaven President, JAXA"
            if (body := titled_people.body_before_titled_person(tree, start, end)) is not None:
                end, hint = body  # "[Vantor Orbital] CEO Mira Lindqvist": the body, then its titled person
            start = titled_people.past_body_title(tree, start, end)  # the model's person "Agency Head | Ana Ruiz"
            # and starts late: "[Humaid] Ali Al Vela", "the star [Beta] Pictoris"
            start = names.person_start(tree, start, index.at, gaz.demonyms)
            if start > 0 and not index.at.get(start - 1) and body_names.acronym_first(tree, start - 1, end):
                start -= 1  # "[EPFL] Lausanne": a body's short name and its town, not a person
            if end - start == 1 and body is None and not names.honorific_before(tree, start) \
                    and not names.not_a_person(tree, start, end):
                continue  # a lone capitalized word is rarely a person ("Background:")
            if start and tree.lowers[start - 1] in ("the", "at") and (end == len(tree) or tree[end].tag != "POS"):
                hint = C.Organization  # "a lectureship at the Brenn Pelwin", "an engineer at Tarsis de Velmora"
        elif start < end:  # cut at a hyphen or before its number: "EPS | -SG", "Apollo | 17"
            start = titled_people.past_post_of_the(tree, start, end)  # "[Chair of] the Council": a post, then the body
            limit = tree.sentence_of(start).end
            end = number_end(tree, name_joined_end(tree, end, limit), limit)
        if start >= end or any(tree[k].text in "[]():;" for k in range(start, end)) \
                or end - start == 1 and start == tree.sentence_of(start).start \
                and tree.lowers[start] in OCCURRENCE_NOUNS \
                or all(names.is_time_zone(tree[k].text) for k in range(start, end)) \
                or all(tree.lowers[k] in CALENDAR_WORDS or tree[k].text.isdigit() for k in range(start, end)) \
                or document_words(tree, start, end) or membership_words(tree, start, end) \
                or titled_people.unit_of_post(tree, start, end) or tree.lowers[start] in ("of", "for", "and") \
                or titled_people.post_of(tree, start, end) or titled_people.title_for(tree, start, end) \
                or start > 1 and tree.lowers[start - 1] == "for" and tree.lowers[start - 2] in TITLE_WORDS:
            continue  # "the (Federal) Minister for Research", "Minister for [Digital Affairs]": title and portfolio;
            # "the [Executive Board Chair] of DLR": a post (and "Touchdown is expected on 26 November": a noun of an
            # occurrence, capitalized only to open the sentence)
        if trade_tail(tree, index, start, end):
            continue  # "Lockheed Martin | Space": a known company's division, one name with it (a proper-noun run)
        parts = body_names.coordinated_names(tree, start, end) if span.label != "PERSON" else [(start, end)]
        label = "GPE" if body_names.places_split(tree, start, parts) else span.label  # "to Velden and Torvik"
        for a, b in parts:
            b -= b - a >= 2 and camel_class_noun(tree, b - 1, b + 1)  # "the OrsenaSat-2 CubeSat": its class noun
            # "Elysium Planitia", "Gamma Ray Monitor": no person's name ends with a class noun
            hint = names.not_a_person(tree, a, b) or hint if label == "PERSON" else hint
            cand = Candidate(a, b, "model", hint=hint if label == "PERSON" else None)
            inside = index.overlapping(cand.start, cand.end)
            if (inside and not body_names.holds_place(tree, cand, inside)) or any(
                    k in own for k in range(cand.start, cand.end)):
                continue  # a knowledge-base name, or a model name already stretched over it
            own.update(range(cand.start, cand.end))
            if label != "PERSON":
                shape = {"GPE": names.PLACE_SHAPED, "LOC": names.PLACE_SHAPED, "ORG": names.ORG_SHAPED}
                cand.hint = head_noun_class(tree, cand) or names.context_class(
                    tree, Candidate(a, b, shape[label]) if label in shape else cand)
                if cand.hint == C.Organization and company_form(tree, a, b):
                    cand.hint = C.Company  # "the fleet operator Morvane Ltd": a legal form says more than "operator"
                lower = not any(tree[k].text[:1].isupper() or tree[k].text[:1].isdigit() for k in range(a, b))
                if lower and cand.hint and (C.Event in kin_of(cand.hint) or b - a == 1 and tree[a].text.islower()
                                            and (C.Organization in kin_of(cand.hint) or tree[a].pos == "NOUN")) \
                        or cand.hint is None and label not in ("GPE", "LOC") and (names.lone_word(tree, cand)
                                                                                       or lower):
                    continue  # "the Universe"; "orbit insertion", "at the congress"; "a start-up", "antennas": no name
                beside = [tree[k].text for k in (a - 1, a + 1) if 0 <= k < len(tree)]
                if b - a == 1 and (capitalized_noun(tree, a) or camel_class_noun(tree, a, a + 2) and any(
                        w[:1].isupper() for w in beside)):
                    continue  # "the latest CubeSat, X", "the CubeSat X": a class noun written capitalized names nothing
                cand.hint = cand.hint or (None if label in ("GPE", "LOC") or label == "LAW" and not law_named(
                    tree, a, b) else hint)  # (a law has a law's word: "the Outer Space Treaty", not "Skarvik")
                if label in ("GPE", "LOC") and cand.hint is None:
                    cand.hint = C.Place
            out.append(cand)
    return out


"""Stage 3: read entities, relations, events and dates from a parsed release.

:func:`extract` takes a :class:`~presskg.model.Release`, its
:class:`~presskg.model.Parse` and the knowledge-base
:class:`~presskg.extract.gazetteer.Gazetteer`, and returns an
:class:`~presskg.model.Extraction`. It never touches spaCy or rdflib.
"""

from __future__ import annotations

from ..model import Entity, Extraction, KBEntry, Parse, Release
from ..vocab import Class as C
from ..vocab import Prop as P
from . import rules  # noqa: F401  (registers the rules)
from .affiliations import person_affiliations
from .class_noun_names import class_noun_names
from .classes import ancestors
from .clauses import clause_roots
from .conjunct_appositions import apposed_conjuncts, conjunct_appositions, far_appositions
from .context import Context
from .coreference import merge_definites
from .datelines import dateline_subjects
from .entities import EntityTable, entity_key
from .fronted_phrases import fronted_events, fronted_phrases
from .gathering_participles import gathering_participles
from .gazetteer import Gazetteer
from .gerund_compounds import gerund_compounds
from .group_people import group_people
from .header_names import with_header_names
from .joined_bodies import joined_bodies
from .listed_field_items import listed_field_items
from .listed_names import listed_names
from .lost_subjects import lost_subjects
from .mended import mend
from .mentions import find_candidates
from .named_list_members import named_list_members
from .named_subjects import lowercase_nouns, named_subjects, names_taken_for_prepositions
from .noun_verbs import cut_compounds, noun_roots, stray_class_nouns
from .occasions import occasion_objects
from .purposed_conjuncts import purposed_conjuncts
from .ranks import ranked_people
from .reduced_relatives import (
    held_gatherings,
    listed_participles,
    reduced_relatives,
    set_off_participles,
    stranded_participles,
)
from .registry import REGISTRY, document_rules
from .relative_conjuncts import relative_conjuncts
from .repeated_preps import joined_prepositions
from .split_titles import joined_titles
from .stray_conjuncts import stray_conjuncts
from .title_appositions import (
    names_joined_to_titles,
    nearer_titles,
    ranked_appositions,
    title_appositions,
    titles_taken_for_conjuncts,
)
from .titled_lists import titled_name_lists, titled_subject_lists
from .titled_pairs import titled_fields, titled_pairs
from .towned_names import towned_names
from .tree import Tree
from .verb_pairs import paired_verbs

__all__ = ["REGISTRY", "Gazetteer", "extract"]

#: The document rules in the order they run (the verb rules run inside ``frame:verbs``).
RULES = document_rules()
#: What the parser misreads, mended in this order before any rule reads the parse (each says what it mends; see
#: :func:`extract`): each takes a :class:`~presskg.model.Parse` and gives it back, the same object when nothing is
#: mended.
PARSE_REPAIRS = (
    noun_roots, dateline_subjects, occasion_objects, group_people, gerund_compounds, towned_names, paired_verbs,
    fronted_phrases, fronted_events, listed_participles, titled_fields, titled_pairs, relative_conjuncts, listed_names,
    named_list_members, apposed_conjuncts, lowercase_nouns, joined_bodies, joined_titles, title_appositions,
    ranked_appositions, titles_taken_for_conjuncts, names_joined_to_titles, nearer_titles, titled_name_lists,
    clause_roots, stranded_participles, set_off_participles, reduced_relatives, conjunct_appositions, far_appositions,
    joined_prepositions, lost_subjects, named_subjects, names_taken_for_prepositions, purposed_conjuncts,
    class_noun_names, person_affiliations, titled_subject_lists, cut_compounds, stray_class_nouns, listed_field_items,
    held_gatherings, stray_conjuncts, gathering_participles, ranked_people,
)


def extract(release: Release, parse: Parse, gazetteer: Gazetteer, *, min_confidence: float = 0.0) -> Extraction:
    """Everything the release states that the rules can read.

    Args:
        release: the release (its text and date; relative dates need the date).
        parse: the language model's reading of ``release.text``.
        gazetteer: names of the knowledge base.
        min_confidence: relations below it are dropped.
    """
    # a sentence parsed as a headline read as a clause; "of NASA and of ESA" as "of NASA and ESA"; "X will supply A
    # and Y will build B": Y builds (lost_subjects); "The Cabinet chaired by X approved Y": "chaired" is a participle
    # (reduced_relatives); "the ministry and the agency CNES": CNES names the agency (conjunct_appositions); "The
    # Italian company Argotec built X": Argotec builds (named_subjects); "the data collected by the magnetometer
    # mounted on X": "mounted" is the magnetometer's (stranded_participles); "welcomed B, led by C, to Rome": to Rome
    # is where B was welcomed (set_off_participles); "launched two satellites, Orsa-1 and Orsa-2,": the names are
    # the satellites (listed_names); "B, who is X and is also Y": the second "is" is B's (relative_conjuncts); "the
    # director of X, Dr Y," is the title's apposition (title_appositions), and "the first satellite of the series,
    # Orsa-4," the satellite's (ranked_appositions), and "by A B, Vice Administrator of X," the name's, not its
    # conjunct (titles_taken_for_conjuncts); "DLR chair Anke Weiss": the title joined
    # to its name (joined_titles); "Representatives of Canada and the United States": the second country is
    # Canada's conjunct (joined_bodies); "In parallel, ESA and X signed": ESA is the subject, not the object of "In"
    # (fronted_phrases); "the company Optix and the University of Lyon": the university is the company's conjunct,
    # not Optix's (apposed_conjuncts); "by CNES Director of Strategy A B and ISRO Secretary C D": A B heads the title
    # (titled_fields) and C D is A B's conjunct (titled_pairs); "the X sounder provided by CNES and the Y imager
    # developed by DLR": two things listed, each with its participle (listed_participles); "carrying the X satellites
    # for CNES and the Y satellite": Y is the second payload, not CNES's conjunct (purposed_conjuncts); "DLR funds the
    # X probe": "funds" is the verb, DLR its subject (paired_verbs); "launched the X asteroid sample-return
    # probe": "asteroid" is a compound of "probe", not its head (cut_compounds); "After talks in X, A and B signed":
    # A is the subject, not the place's conjunct (fronted_events); "the TEXUS-58 sounding rocket": "sounding" is a
    # compound of "rocket", the name the rocket's (gerund_compounds); "Kari Holm, ESA Director of X, and Ola Berg,
    # CEO of Y": Ola Berg is Kari Holm's conjunct, not her title's (names_joined_to_titles); "in lunar exploration,
    # Earth observation and space science": the fields are the first one's conjuncts (listed_field_items); "at the
    # opening of the congress": at the congress (occasion_objects); "two astronauts from X, A and B": the astronauts
    # are A and B (group_people); "the capsule of the X asteroid sample-return mission landed": "asteroid" is no verb
    # (noun_roots); "signed by X's Minister of Y, A B, Z's Minister of W, C D, and ...": each name is its title's
    # (titled_name_lists); "in the presence of X's Minister of Y, A B, and C D": C D is listed with the minister,
    # not joined to the verb (stray_conjuncts); "A workshop on X, organised by ESA,": the workshop is organised, not X
    # (gathering_participles); "Astronaut Lea Moreau", read as a body: the person after her rank (ranked_people)
    parse = mend(parse, PARSE_REPAIRS, name=release.identifier)  # (a repair that would break the tree is left out)
    tree = Tree(parse, release.text)
    table = EntityTable(tree, gazetteer)
    table.add_candidates(with_header_names(tree, release.publisher, find_candidates(tree, gazetteer), gazetteer))
    table.retype_by_predicates()
    ctx = Context(release, tree, table, gazetteer)
    ctx.publisher_key = _publisher(release, table, gazetteer)
    for r in RULES:
        with ctx.running(r):
            r.fn(ctx)
    merge_definites(ctx)  # "the radar sounder" read before the list's "a radar sounder" was made: one thing
    publisher = ctx.publisher_key
    rels = [r for r in ctx.relations.values() if r.evidence.confidence >= min_confidence]
    dates = list(ctx.dates.values())
    used = {r.subject for r in rels} | {r.object for r in rels} | {d.subject for d in dates}
    entities = {k: e for k, e in table.entities.items() if e.named or k in used or k == publisher}
    return Extraction(release, parse.sentences, entities, rels, dates, publisher)


def _publisher(release: Release, table: EntityTable, gaz: Gazetteer) -> str | None:
    """The entity key of the publisher named in the header, added when the text lacks it.

    A release is published by an organization (the graph contract's shape on ``dcterms:publisher``),
    and a header may name a place that publishes news: a space centre the knowledge base holds as a
    facility or a spaceport stands for the organization that runs it (its ``operatedBy``), and an
    unknown name the text types otherwise ("the Vestland Space Centre", read as a facility) is an
    organization's. A graph that broke the shape was left out of the build whole. A place that
    no organization runs gives no publisher.
    """
    if not release.publisher:
        return None
    entries = gaz.lookup(release.publisher)
    if entries:
        entry = next((e for e in entries if _organization(e.classes)), None) or _operator(entries[0], gaz)
        return table.add_kb(entry).key if entry is not None else None
    for ent in table.entities.values():
        if release.publisher in (ent.label, *ent.aliases):
            if ent.kb is not None and not _organization(ent.classes):
                op = _operator(ent.kb, gaz)
                return table.add_kb(op).key if op is not None else None
            if not _organization(ent.classes):
                ent.classes, ent.type_source = {C.Organization}, "header"
            return ent.key
    key = entity_key(release.publisher)
    table.entities.setdefault(key, Entity(key, release.publisher, {C.Organization}, type_source="header"))
    return key


def _organization(classes) -> bool:
    return any(C.Organization in ancestors(c) for c in classes)


def _operator(entry: KBEntry, gaz: Gazetteer) -> KBEntry | None:
    """The organization the knowledge base says runs ``entry`` (a place), if any."""
    for p, iri in entry.facts:
        op = gaz.entries.get(iri) if p == P.operatedBy else None
        if op is not None and _organization(op.classes):
            return op
    return None

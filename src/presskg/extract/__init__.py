"""Stage 3: read entities, relations, events and dates from a parsed release.

:func:`extract` takes a :class:`~presskg.model.Release`, its
:class:`~presskg.model.Parse` and the knowledge-base
:class:`~presskg.extract.gazetteer.Gazetteer`, and returns an
:class:`~presskg.model.Extraction`. It never touches spaCy or rdflib.
"""

from __future__ import annotations

from ..model import Entity, Extraction, Parse, Release
from ..vocab import Class as C
from . import actions, events, relations, titles
from .context import Context
from .entities import EntityTable, entity_key
from .frames import build_frames
from .gazetteer import Gazetteer
from .mentions import find_candidates
from .tree import Tree

__all__ = ["Gazetteer", "extract"]


def extract(release: Release, parse: Parse, gazetteer: Gazetteer, *, min_confidence: float = 0.0) -> Extraction:
    """Everything the release states that the rules can read.

    Args:
        release: the release (its text and date; relative dates need the date).
        parse: the language model's reading of ``release.text``.
        gazetteer: names of the knowledge base.
        min_confidence: relations below it are dropped.
    """
    tree = Tree(parse, release.text)
    table = EntityTable(tree, gazetteer)
    table.add_candidates(find_candidates(tree, gazetteer))
    table.retype_by_predicates()
    ctx = Context(release, tree, table, gazetteer)
    ctx.publisher_key = _publisher(release, table, gazetteer)
    events.locate_dates(ctx)
    titles.titles(ctx)
    relations.nationality(ctx)
    frames = build_frames(tree)
    events.event_nouns(ctx)
    actions.read_actions(ctx, frames)
    relations.possessives(ctx)
    relations.noun_preps(ctx)
    relations.names_with_places(ctx)
    events.dated_actions(ctx)
    events.participation_nouns(ctx)
    events.field_lines(ctx)
    events.signature_captions(ctx)
    events.described_topics(ctx)
    events.locate_events(ctx)
    events.moons(ctx)
    events.provider_inferences(ctx)
    events.apply_pending_targets(ctx)
    events.participants_partners(ctx)
    events.attach_dates(ctx)
    events.finish_labels(ctx)
    publisher = ctx.publisher_key
    rels = [r for r in ctx.relations.values() if r.evidence.confidence >= min_confidence]
    dates = list(ctx.dates.values())
    used = {r.subject for r in rels} | {r.object for r in rels} | {d.subject for d in dates}
    entities = {k: e for k, e in table.entities.items() if e.named or k in used or k == publisher}
    return Extraction(release, parse.sentences, entities, rels, dates, publisher)


def _publisher(release: Release, table: EntityTable, gaz: Gazetteer) -> str | None:
    """The entity key of the publisher named in the header, added when the text lacks it."""
    if not release.publisher:
        return None
    entries = gaz.lookup(release.publisher)
    if entries:
        return table.add_kb(entries[0]).key
    for ent in table.entities.values():
        if release.publisher in (ent.label, *ent.aliases):
            return ent.key
    key = entity_key(release.publisher)
    table.entities.setdefault(key, Entity(key, release.publisher, {C.Organization}, type_source="header"))
    return key

"""Stage 3: read entities, relations, events and dates from a parsed release.

:func:`extract` takes a :class:`~presskg.model.Release`, its
:class:`~presskg.model.Parse` and the knowledge-base
:class:`~presskg.extract.gazetteer.Gazetteer`, and returns an
:class:`~presskg.model.Extraction`. It never touches spaCy or rdflib.
"""

from __future__ import annotations

from ..model import Entity, Extraction, Parse, Release
from ..vocab import Class as C
from . import rules  # noqa: F401  (registers the rules)
from .clauses import clause_roots
from .context import Context
from .coreference import merge_definites
from .entities import EntityTable, entity_key
from .gazetteer import Gazetteer
from .mentions import find_candidates
from .registry import REGISTRY, document_rules
from .tree import Tree

__all__ = ["REGISTRY", "Gazetteer", "extract"]

#: The document rules in the order they run (the verb rules run inside ``frame:verbs``).
RULES = document_rules()


def extract(release: Release, parse: Parse, gazetteer: Gazetteer, *, min_confidence: float = 0.0) -> Extraction:
    """Everything the release states that the rules can read.

    Args:
        release: the release (its text and date; relative dates need the date).
        parse: the language model's reading of ``release.text``.
        gazetteer: names of the knowledge base.
        min_confidence: relations below it are dropped.
    """
    tree = Tree(clause_roots(parse), release.text)  # a sentence parsed as a headline read as a clause
    table = EntityTable(tree, gazetteer)
    table.add_candidates(find_candidates(tree, gazetteer))
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

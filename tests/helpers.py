"""Small helpers for tests that look at extractions."""

from __future__ import annotations


def triples(extraction) -> set[tuple[str, str, str]]:
    """Relations of an extraction as (subject label, property, object label)."""
    ents = extraction.entities
    return {(ents[r.subject].label, r.predicate, ents[r.object].label) for r in extraction.relations}


def labels(extraction) -> set[str]:
    return {e.label for e in extraction.entities.values()}


def classes_of(extraction, label: str) -> set[str]:
    return {c for e in extraction.entities.values() if e.label == label for c in e.classes}

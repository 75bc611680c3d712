"""Stage 4: canonical entities with stable IRIs, across every release of a build.

Entities linked to the knowledge base keep its IRI and label. Others are
grouped across releases by their names (a name or alias shared by two
entities of the same category makes them one), so "MAGIC" in one release and
"MAGIC campaigns" in another are one node. A group's IRI is minted from its
canonical name, chosen by a rule that does not depend on input order, so the
same inputs give the same IRIs whatever order they come in. Described things
("a spectrometer") get an IRI under their release, numbered in text order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from anyascii import anyascii

from presskg.extract.entities import category, is_upper
from presskg.extract.gazetteer import name_key
from presskg.model import (
    Entity,
    Extraction,
    Resolution,
    ResolvedDate,
    ResolvedEntity,
    ResolvedRelation,
)
from presskg.vocab import PKR

_SLUG_DROP = re.compile(r"[^A-Za-z0-9-]+")
_SEPARATORS = re.compile(r"[_-]*_[_-]*")  # "Complex – Alaska": a dash between words is a word break


#: :func:`name_key` without its cache, for the names of each release's entities: an event's label
#: holds its release's identifier ("bilateral meeting (2021-02-04) [release-id]"), and through the
#: cache they stayed held to the build's end, some four entries and 1.2 KB a release (issue 19).
_key = name_key.__wrapped__


def slug(text: str) -> str:
    """Readable IRI segment of a name: "Jean-Yves Le Gall" → "Jean-Yves_Le_Gall". Letters with no accent to strip
    are spelled in Latin letters, not dropped (anyascii): "Tromsø" is "Tromso", not "Troms".

    >>> slug("Centre national d'études spatiales")
    'Centre_national_d_etudes_spatiales'
    >>> slug("Tromsø"), slug("Wrocław"), slug("Serdar Hüseyin Yıldırım"), slug("Pacific Spaceport Complex – Alaska")
    ('Tromso', 'Wroclaw', 'Serdar_Huseyin_Yildirim', 'Pacific_Spaceport_Complex_Alaska')
    """
    return _SEPARATORS.sub("_", _SLUG_DROP.sub("_", anyascii(text))).strip("_") or "entity"


def mint_iri(name: str) -> str:
    """The IRI of a named entity the knowledge base does not know."""
    return str(PKR[slug(name)])


def canonical_name(names: Iterable[str]) -> str:
    """The name a group of names is known by, whatever order they came in.

    Acronyms win (they are what releases repeat); among other names the
    longest (most complete: "Jean-Yves Le Gall" over "Le Gall"); ties go to
    the alphabetically first, so the choice is deterministic.
    """
    names = sorted(set(names))
    acronyms = [n for n in names if is_upper(n) and " " not in n and len(n) <= 10]
    if acronyms:
        return sorted(acronyms, key=lambda n: (-len(n), n))[0]
    return sorted(names, key=lambda n: (-len(n.split()), -len(n), n))[0]


#: What cross-release grouping needs of one release: its named, non-KB entities as
#: ``(key, label, aliases, classes)``. Small, so a build can keep it between runs.
NamedSummary = tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]
#: IRI and label of each named entity, by (release identifier, entity key).
NamedIris = dict[tuple[str, str], tuple[str, str]]


def resolve(extractions: list[Extraction], *, kb_iris: frozenset[str] = frozenset()) -> list[Resolution]:
    """Give every entity of every release its IRI, label and names.

    Args:
        extractions: the build's releases, in any order.
        kb_iris: IRIs of the knowledge base, never minted for another thing.

    Returns:
        One resolution per extraction, in the same order.
    """
    named = named_groups({x.release.identifier: named_summary(x) for x in extractions}, kb_iris)
    return [resolve_one(x, named) for x in extractions]


def named_summary(x: Extraction) -> NamedSummary:
    """The part of a release that cross-release grouping reads (see :func:`named_groups`)."""
    return tuple(sorted((key, ent.label, tuple(sorted(ent.aliases)), tuple(sorted(ent.classes)))
                        for key, ent in x.entities.items() if ent.kb is None and ent.named))


def signature(identifier: str, summary: NamedSummary, named: NamedIris) -> tuple[tuple[str, str, str], ...]:
    """What a release's resolution takes from the other releases: the IRIs and labels of its named
    entities. A release whose extraction and signature are unchanged resolves (and encodes) as before."""
    return tuple((key, *named[(identifier, key)]) for key, *_ in summary)


def resolve_one(x: Extraction, named: NamedIris) -> Resolution:
    """One release's resolution, given the IRIs of the named entities of the whole build."""
    iri_of: dict[str, str] = {}
    counters: dict[str, int] = defaultdict(int)
    entities = []
    for key, ent in sorted(x.entities.items(), key=lambda kv: _first_offset(kv[1])):
        if ent.kb is not None:
            iri, label = ent.kb.iri, ent.kb.label
        elif ent.named:
            iri, label = named[(x.release.identifier, key)]
        else:
            kind = sorted(ent.classes)[0].lower()
            counters[kind] += 1
            iri, label = str(PKR[f"{slug(x.release.identifier)}/{kind}-{counters[kind]}"]), ent.label
        iri_of[key] = iri
        label_key = _key(label)
        aliases = {a for a in ent.aliases | {ent.label} if _key(a) != label_key}
        entities.append(ResolvedEntity(iri, label, frozenset(ent.classes), frozenset(aliases),
                                       tuple(ent.mentions), ent.kb.iri if ent.kb else None))
    rels = tuple(sorted(
        {ResolvedRelation(iri_of[r.subject], r.predicate, iri_of[r.object], r.evidence) for r in x.relations},
        key=lambda r: (r.subject, r.predicate, r.object, r.evidence.start_char),
    ))
    dates = tuple(sorted(
        {ResolvedDate(iri_of[d.subject], d.value, d.evidence) for d in x.dates},
        key=lambda d: (d.subject, d.value),
    ))
    return Resolution(x.release, x.sentences, _merge(entities), rels, dates,
                      iri_of.get(x.publisher) if x.publisher else None)


def _first_offset(ent: Entity) -> tuple[int, str]:
    return (min((m.start_char for m in ent.mentions), default=10**9), ent.key)


def named_groups(summaries: dict[str, NamedSummary], kb_iris: frozenset[str]) -> NamedIris:
    """IRI and label of every named, non-KB entity, grouping by shared names and category.

    Args:
        summaries: :func:`named_summary` of every release of the build, by release identifier.
        kb_iris: IRIs a minted one must not take.
    """
    items: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = [
        (rid, key, label, aliases, classes)
        for rid in sorted(summaries) for key, label, aliases, classes in summaries[rid]
    ]
    from networkx.utils import UnionFind  # networkx's import (0.1 s) is not needed to read a release

    uf = UnionFind(range(len(items)))
    seen: dict[tuple[str, str], int] = {}
    for n, (_, _, label, aliases, classes) in enumerate(items):
        cats = {category(c) for c in classes}
        for name in {label, *aliases}:
            for cat in cats:
                k = (cat, name_key(name))
                if k in seen:
                    uf.union(seen[k], n)
                else:
                    seen[k] = n
    groups = [sorted(g) for g in uf.to_sets()]
    out: NamedIris = {}
    taken: set[str] = set()
    for members in sorted(groups, key=lambda m: sorted(name_key(items[i][2]) for i in m)):
        names = [nm for i in members for nm in (items[i][2], *items[i][3])]
        label = canonical_name(names)
        iri = mint_iri(label)
        classes = sorted({c for i in members for c in items[i][4]})
        if iri in kb_iris or iri in taken:
            iri = mint_iri(f"{label} {classes[0]}")
        taken.add(iri)
        for i in members:
            out[(items[i][0], items[i][1])] = (iri, label)
    return out


def _merge(entities: list[ResolvedEntity]) -> tuple[ResolvedEntity, ...]:
    """Entities of one release that ended up with the same IRI become one."""
    by_iri: dict[str, ResolvedEntity] = {}
    for e in entities:
        old = by_iri.get(e.iri)
        if old is None:
            by_iri[e.iri] = e
        else:
            by_iri[e.iri] = ResolvedEntity(
                e.iri, old.label, old.classes | e.classes, (old.aliases | e.aliases) - {old.label},
                old.mentions + e.mentions, old.kb_iri or e.kb_iri,
            )
    return tuple(sorted(by_iri.values(), key=lambda e: e.iri))

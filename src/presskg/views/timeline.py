"""When things happened: the dates of the releases and of the events they describe, per month.

The entity graph (:mod:`presskg.views.network`) holds who and what, not when; the report's
timeline needs the release dates (``dcterms:date`` of each release graph) and the
event dates (``pk:date``, as the releases give them). They are read with two small
queries from the store the pages are made from, before the report is made (in a
forked process that does not use the store), and travel with the entity graph
as ``G.graph["dates"]``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from presskg.views.analytics import subclass_of
from presskg.vocab import Class

#: Per-graph queries (their first column the graph; ``{graphs}`` as in :mod:`presskg.views.network`),
#: so that a build reads from the store only the dates of the graphs that changed.
_RELEASE_DATES = "SELECT ?g ?d WHERE {{ {graphs} GRAPH ?g {{ ?g a pk:Release ; dcterms:date ?d }} }}"
_EVENT_DATES = "SELECT ?g ?e ?d WHERE {{ {graphs} GRAPH ?g {{ ?g a pk:Release . ?e pk:date ?d }} }}"


@dataclass(frozen=True)
class Dates:
    """Release identifier → date, and entity IRI → its earliest date, as ISO text (``2021-02-25``,
    ``2021-02`` or ``2021``: the releases give days, months or years)."""

    releases: dict[str, str] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)


def read_dates(source, *, memo=None) -> Dates:
    """The dates of ``source``'s releases and of the things they date (a build folder, an Oxigraph
    store or an rdflib dataset, as :func:`presskg.views.network.to_networkx` takes), through
    ``memo`` (a :class:`~presskg.views.netmemo.GraphMemo` synced with the store) when given."""
    from presskg.views.network import _local, _Reader, _selector

    read = _Reader(_selector(source), memo)
    releases: dict[str, str] = {}
    for g, d in read.by_graph(_RELEASE_DATES):
        releases[_local(g)] = min(d, releases.get(_local(g), d))
    entities: dict[str, str] = {}
    for _, e, d in read.by_graph(_EVENT_DATES):
        entities[e] = min(d, entities.get(e, d))
    return Dates(dict(sorted(releases.items())), dict(sorted(entities.items())))


#: The ontology's event classes (pk:Event and its subclasses).
EVENT_CLASSES = frozenset(c.value for c in Class if subclass_of(c.value, "Event"))


@dataclass(frozen=True)
class Timeline:
    """Releases and events per month (``YYYY-MM``, every month from the first to the last), how many
    of each had no date (or no month: counted as undated), and how many events had only a year."""

    months: list[str]
    releases: list[int]
    events: list[int]
    undated_releases: int
    undated_events: int
    year_only: int


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline(G: nx.MultiDiGraph, dates: Dates, releases: list[str] | None = None) -> Timeline:
    """Releases (``releases``, default: every release that mentions an entity of ``G``) and the
    events of ``G`` (nodes of an event class) per month of their dates."""
    if releases is None:
        releases = sorted({r for _, a in G.nodes(data=True) for r in a.get("releases", ())} | set(dates.releases))
    events = [n for n, a in G.nodes(data=True) if a.get("cls") in EVENT_CLASSES]
    rel = Counter(dates.releases[r][:7] for r in releases if len(dates.releases.get(r, "")) >= 7)
    ev_dates = [dates.entities[e] for e in events if e in dates.entities]
    ev = Counter(d[:7] for d in ev_dates if len(d) >= 7)
    both = sorted(rel.keys() | ev.keys())
    months = _months(both[0], both[-1]) if both else []
    return Timeline(months, [rel[m] for m in months], [ev[m] for m in months],
                    undated_releases=sum(1 for r in releases if len(dates.releases.get(r, "")) < 7),
                    undated_events=len(events) - len(ev_dates), year_only=sum(1 for d in ev_dates if len(d) < 7))

"""The interactive graph page (pyvis / vis-network), readable offline from a single file.

Nodes are entities coloured by class and sized by centrality; edges carry
the property name; hovering shows class, names, Wikidata id and the evidence
sentences with their release. A search box focuses a node, a menu filters by
class, a box shows the knowledge base's background facts. The layout settles,
then stops moving. Past ``max_nodes`` the page keeps the most central
entities and says what it left out.

Release text never reaches the page as markup: the data travel as JSON inside
a ``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page shows them through ``textContent``.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

import networkx as nx

from . import _atomic
from .analytics import centrality, simple_graph

#: Colour per main class (and a fallback).
NODE_STYLES: dict[str, str] = {
    "Person": "#e15759", "SpaceAgency": "#4e79a7", "ResearchInstitute": "#76b7b2",
    "Company": "#59a14f", "GovernmentBody": "#9c755f", "Organization": "#6b8fc2",
    "Country": "#bab0ac", "City": "#a5a09a", "Spaceport": "#8cd17d", "Facility": "#8cd17d",
    "Place": "#c9c3bd", "Mission": "#f28e2b", "Probe": "#ffbe7d", "Satellite": "#ffbe7d",
    "Lander": "#ffbe7d", "Rover": "#ffbe7d", "SpaceStation": "#ffbe7d", "Spacecraft": "#ffbe7d",
    "LaunchVehicle": "#d37295", "Instrument": "#b07aa1", "Planet": "#499894", "Moon": "#86bcb6",
    "Asteroid": "#86bcb6", "Comet": "#86bcb6", "Star": "#f1ce63", "CelestialBody": "#86bcb6",
    "Meeting": "#edc948", "Conference": "#edc948", "Campaign": "#edc948", "Launch": "#edc948",
    "Landing": "#edc948", "SampleReturn": "#edc948", "Event": "#edc948", "Agreement": "#ff9da7",
    "Sample": "#d4a6c8", "Topic": "#d7b5a6",
}
DEFAULT_COLOUR = "#999999"
#: Physics that settles quickly and straight edges (curved ones slow the layout of big graphs a lot).
OPTIONS = {
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 400},
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
    "edges": {"smooth": False, "font": {"size": 9, "align": "middle"}},
    "nodes": {"font": {"size": 13}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}


#: Past this many relations the page does not write the property on each edge (its tooltip still
#: names it): in Chromium, drawing 3,000 edge names took three quarters of a 1,500-node page's load.
EDGE_LABELS_MAX = 1000


def _tooltip(attrs: dict) -> str:
    lines = [attrs.get("label", ""), f"class: {attrs.get('cls', '')}"]
    if attrs.get("aliases"):
        lines.append("also called: " + ", ".join(attrs["aliases"]))
    if attrs.get("wikidata"):
        lines.append(f"Wikidata: https://www.wikidata.org/wiki/{attrs['wikidata']}")
    for release, sentence in attrs.get("evidence", [])[:3]:
        lines.append(f"[{release}] {sentence}")
    return "\n".join(lines)


def select_nodes(G: nx.MultiDiGraph, max_nodes: int, *, simple: nx.Graph | None = None) -> tuple[list[str], str]:
    """The nodes a page shows: all, or the ``max_nodes`` most central with a notice.

    ``simple``: ``simple_graph(G)`` if the caller has made it already (it ranks the nodes).
    """
    if G.number_of_nodes() <= max_nodes:
        return sorted(G.nodes), ""
    rank = centrality(G, simple=simple)
    keep = sorted(sorted(G.nodes, key=lambda n: (-rank.get(n, 0.0), n))[:max_nodes])
    left = G.number_of_nodes() - len(keep)
    return keep, (f"Showing the {len(keep)} most central of {G.number_of_nodes()} entities; "
                  f"{left} left out (see the report, or filter by release with presskg viz --release).")


def page_data(G: nx.MultiDiGraph, *, max_nodes: int = 1500) -> dict:
    """Everything the page needs, as plain JSON-ready data.

    Node sizes follow PageRank over the nodes shown. The undirected graph it needs is made once
    (twice when nodes are left out: the ranking then changes), and only the edges between shown
    nodes are sorted.
    """
    simple = simple_graph(G)
    keep, notice = select_nodes(G, max_nodes, simple=simple)
    shown = set(keep)
    rank = centrality(G, simple=simple_graph(G, keep) if notice else simple)
    top = max(rank.values(), default=1.0) or 1.0
    nodes = []
    for n in keep:
        a = G.nodes[n]
        nodes.append({"id": n, "label": a.get("label", n), "cls": a.get("cls", ""),
                      "names": [a.get("label", n), *a.get("aliases", [])],
                      "color": NODE_STYLES.get(a.get("cls", ""), DEFAULT_COLOUR),
                      "size": round(10 + 30 * rank.get(n, 0.0) / top, 2), "tooltip": _tooltip(a)})
    links = [e for e in G.edges(keep, keys=True, data=True) if e[1] in shown]
    links.sort(key=lambda e: (e[0], e[1], e[2]))
    edges = []
    for s, o, k, a in links:
        ev = "\n".join(f"[{a.get('release', '')}] {x}" for x in a.get("evidence", [])[:3])
        edges.append({"from": s, "to": o, "label": a.get("property", k), "kb": bool(a.get("kb")),
                      "tooltip": f"{a.get('property', k)}\n{ev}".strip()})
    counts = Counter(n["cls"] for n in nodes)
    classes = [{"name": c, "count": counts[c], "color": NODE_STYLES.get(c, DEFAULT_COLOUR)} for c in sorted(counts)]
    # positions computed ahead: the page opens with its layout final, physics off (issue 17)
    from .layout import positions  # here, not at the top: keeps this change apart from the colour work

    place = positions(simple_graph(G, keep) if notice else simple, keep)
    for node in nodes:
        node["x"], node["y"] = place[node["id"]]
    if len(edges) > EDGE_LABELS_MAX:  # drawing thousands of edge names is most of a big page's load time
        for edge in edges:
            edge.pop("label")
    options = {**OPTIONS, "physics": {**OPTIONS["physics"], "enabled": False}}
    return {"nodes": nodes, "edges": edges, "classes": classes, "notice": notice, "options": options}


def _safe_json(data: dict) -> str:
    """JSON that cannot close its ``<script>`` element nor open markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@lru_cache(maxsize=1)
def _template():
    """The page template, compiled once: it inlines vis-network (some 500 kB), and a build renders
    up to ``viz_release_pages`` pages with it."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")  # pyvis's vis-network build and templates
    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(Path(__file__).with_name("templates"))),
                                           net.templateEnv.loader]), autoescape=True)
    return env.get_template("graph.html")


def render_html(G: nx.MultiDiGraph, dest: str | Path, *, title: str = "presskg graph",
                max_nodes: int = 1500) -> Path:
    """Write the interactive page of ``G`` to ``dest`` (every script and style inline)."""
    dest = Path(dest)
    page = _template().render(title=title, data_json=_safe_json(page_data(G, max_nodes=max_nodes)))
    _atomic.write_text(dest, page)
    return dest

"""The interactive graph page (pyvis), readable offline from a single file.

Nodes are entities coloured by class and sized by centrality; edges carry
the property name; hovering shows class, names, Wikidata id and the evidence
sentences. Every string from release text is HTML-escaped before it reaches
the page. pyvis is imported inside :func:`render_html`, like any drawing
library in networkx.
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from . import _atomic
from .analytics import centrality

#: Colour per main class (and a fallback).
NODE_STYLES: dict[str, str] = {
    "Person": "#e15759", "SpaceAgency": "#4e79a7", "ResearchInstitute": "#76b7b2",
    "Company": "#59a14f", "GovernmentBody": "#9c755f", "Organization": "#4e79a7",
    "Country": "#bab0ac", "City": "#bab0ac", "Spaceport": "#8cd17d", "Facility": "#8cd17d",
    "Place": "#bab0ac", "Mission": "#f28e2b", "Probe": "#ffbe7d", "Satellite": "#ffbe7d",
    "Lander": "#ffbe7d", "Rover": "#ffbe7d", "SpaceStation": "#ffbe7d", "Spacecraft": "#ffbe7d",
    "LaunchVehicle": "#d37295", "Instrument": "#b07aa1", "Planet": "#499894", "Moon": "#86bcb6",
    "Asteroid": "#86bcb6", "Comet": "#86bcb6", "Star": "#f1ce63", "CelestialBody": "#86bcb6",
    "Meeting": "#edc948", "Conference": "#edc948", "Campaign": "#edc948", "Launch": "#edc948",
    "Landing": "#edc948", "SampleReturn": "#edc948", "Event": "#edc948", "Agreement": "#ff9da7",
    "Sample": "#d4a6c8", "Topic": "#d7b5a6",
}
DEFAULT_COLOUR = "#999999"


def _tooltip(attrs: dict) -> str:
    lines = [f"{html.escape(attrs.get('label', ''))}", f"class: {html.escape(attrs.get('cls', ''))}"]
    if attrs.get("aliases"):
        lines.append("also: " + html.escape(", ".join(attrs["aliases"])))
    if attrs.get("wikidata"):
        lines.append("Wikidata: " + html.escape(attrs["wikidata"]))
    if attrs.get("releases"):
        lines.append("releases: " + html.escape(", ".join(attrs["releases"])))
    return "\n".join(lines)


def render_html(G: nx.MultiDiGraph, dest: str | Path, *, title: str = "presskg graph") -> Path:
    """Write the interactive page of ``G`` to ``dest`` (every script inline)."""
    from pyvis.network import Network

    dest = Path(dest)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line",
                  heading="", notebook=False)
    rank = centrality(G)
    top = max(rank.values(), default=1.0) or 1.0
    for n in sorted(G.nodes):
        a = G.nodes[n]
        net.nodes.append({
            "id": n, "label": html.escape(a.get("label", n)), "title": _tooltip(a),
            "color": NODE_STYLES.get(a.get("cls", ""), DEFAULT_COLOUR), "shape": "dot",
            "size": round(10 + 30 * rank.get(n, 0) / top, 2), "group": a.get("cls", ""),
        })
        net.node_ids.append(n)
        net.node_map[n] = net.nodes[-1]
    for s, o, k, a in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        ev = "\n".join(html.escape(x) for x in a.get("evidence", [])[:3])
        net.edges.append({"from": s, "to": o, "label": a.get("property", k), "arrows": "to",
                          "title": f"{a.get('property', k)} ({html.escape(a.get('release', ''))})\n{ev}"})
    net.toggle_physics(True)
    net.set_options('{"physics": {"stabilization": {"iterations": 300}, "solver": "forceAtlas2Based"},'
                    ' "edges": {"smooth": false, "font": {"size": 10}}}')
    page = net.generate_html(name=dest.name, notebook=False)
    _atomic.write_text(dest, page)
    return dest


def to_view(dataset) -> nx.MultiDiGraph:
    """The graph a page shows for a dataset (releases' entities, no KB-only nodes)."""
    from .analytics import to_networkx

    return to_networkx(dataset)

"""The interactive graph page (pyvis / vis-network), readable offline from a single file.

Nodes are entities coloured by class (one colour per class of the ontology,
set in full on each node, so that vis-network's group colours never show) and
sized by centrality, central ones with larger names; edges carry
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

import colorsys
import heapq
import json
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx

from presskg import _atomic
from presskg.errors import BuildError
from presskg.views.analytics import centrality, simple_graph
from presskg.views.fastmeasures import SimpleEdges
from presskg.vocab import PARENT, Class


def _class_order() -> list[str]:
    """The ontology's classes depth first through its class tree (``presskg.vocab``), siblings by
    name: a class's subclasses follow it, so each family (events, spacecraft…) is one run."""
    children: dict[str, list[str]] = {}
    for c in Class:
        children.setdefault(PARENT.get(c.value, ""), []).append(c.value)
    order: list[str] = []

    def visit(parent: str) -> None:
        for c in sorted(children.get(parent, [])):
            order.append(c)
            visit(c)

    visit("")
    return order


def _palette(classes: list[str]) -> dict[str, str]:
    """One colour per class, all distinct: hues evenly around the circle in class-tree order (a
    family gets neighbouring hues), lightness and saturation alternating between neighbours so that
    two classes of a family are told apart too."""
    out = {}
    for i, c in enumerate(classes):
        r, g, b = colorsys.hls_to_rgb(i / len(classes), (0.38, 0.62, 0.5)[i % 3], (0.75, 0.6, 0.9)[i % 3])
        out[c] = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
    return out


#: Colour per class of the ontology (a class-less node gets :data:`DEFAULT_COLOUR`).
NODE_STYLES: dict[str, str] = _palette(_class_order())
DEFAULT_COLOUR = "#999999"
#: Physics that settles quickly and straight edges (curved ones slow the layout of big graphs a lot).
OPTIONS = {
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 400},
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
    "edges": {"smooth": False, "font": {"size": 9, "align": "middle"}},
    "nodes": {"font": {"size": 16, "strokeWidth": 4, "strokeColor": "#ffffff"}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}


#: Past this many relations the page does not write the property on each edge (its tooltip still
#: names it): in Chromium, drawing 3,000 edge names took three quarters of a 1,500-node page's load.
EDGE_LABELS_MAX = 1000

#: Past this many nodes only the most central this many have names drawn at their size; the others' are
#: drawn at ``QUIET_FONT``, which vis-network leaves out below 4 px on screen: they show as one zooms in
#: (and in their tooltips and the search at once). Hundreds of names drawn at once made one grey blot.
NAMED_NODES_MAX = 80
QUIET_FONT = 6


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
    # ranked from the edges alone (not a networkx graph of every entity beside G: issue 19)
    rank = centrality(G, simple=SimpleEdges(G) if simple is None else simple)
    # the first max_nodes alone held while the nodes are ranked (sorted(...)[:max_nodes] decorated every node)
    keep = sorted(heapq.nsmallest(max_nodes, G.nodes, key=lambda n: (-rank.get(n, 0.0), n)))
    left = G.number_of_nodes() - len(keep)
    return keep, (f"Showing the {len(keep)} most central of {G.number_of_nodes()} entities; "
                  f"{left} left out (see the report, or filter by release with presskg viz --release).")


def page_data(G: nx.MultiDiGraph, *, max_nodes: int = 1500) -> dict:
    """Everything the page needs, as plain JSON-ready data.

    Node sizes follow PageRank over the nodes shown. The undirected graph it needs is made once
    (twice when nodes are left out: the ranking then changes), and only the edges between shown
    nodes are sorted. ``G.graph["shown"]``, if set to ``(max_nodes, nodes, notice)`` of
    :func:`select_nodes` when ``G`` was read (:func:`~presskg.views.pagegraph.to_page_graph`), is
    used as it is: the whole graph is not ranked again (its undirected copy, some 12 MiB at 4,000
    releases, was made beside the entity graph).
    """
    chosen = G.graph.get("shown")
    if chosen is not None and chosen[0] == max_nodes:  # chosen as the graph was read: not ranked again
        keep, notice = chosen[1], chosen[2]
        simple = simple_graph(G, keep if notice else None)
    else:
        simple = simple_graph(G)
        keep, notice = select_nodes(G, max_nodes, simple=simple)
        if notice:  # the graph of the nodes shown, made once for their ranking and their layout
            simple = simple_graph(G, keep)
    shown = set(keep)
    rank = centrality(G, simple=simple)
    top = max(rank.values(), default=1.0) or 1.0
    named = set(sorted(keep, key=lambda n: (-rank.get(n, 0.0), n))[:NAMED_NODES_MAX])
    nodes = []
    for n in keep:
        a = G.nodes[n]
        nodes.append({"id": n, "label": a.get("label", n), "cls": a.get("cls", ""),
                      "names": [a.get("label", n), *a.get("aliases", [])],
                      "color": NODE_STYLES.get(a.get("cls", ""), DEFAULT_COLOUR),
                      "size": round(10 + 30 * rank.get(n, 0.0) / top, 2),
                      # central entities get larger names: they stay readable in the overview
                      "font": round(16 + 24 * rank.get(n, 0.0) / top) if n in named else QUIET_FONT,
                      "tooltip": _tooltip(a)})
    edges = _links(G, keep, shown)
    counts = Counter(n["cls"] for n in nodes)
    classes = [{"name": c, "count": counts[c], "color": NODE_STYLES.get(c, DEFAULT_COLOUR)} for c in sorted(counts)]
    # positions computed ahead: the page opens with its layout final, physics off (issue 17)
    from presskg.views.layout import positions  # here, not at the top: keeps this change apart from the colour work

    place = positions(simple, keep)
    for node in nodes:
        node["x"], node["y"] = place[node["id"]]
    if len(edges) > EDGE_LABELS_MAX:  # drawing thousands of edge names is most of a big page's load time
        for edge in edges:
            edge.pop("label")
    options = {**OPTIONS, "physics": {**OPTIONS["physics"], "enabled": False}}
    return {"nodes": nodes, "edges": edges, "classes": classes, "notice": notice, "options": options}


def _links(G: nx.MultiDiGraph, keep: list[str], shown: set[str]) -> list[dict]:
    """The page's edges: one per subject, object, property and kind (read or background), whatever
    the number of releases that state it; its tooltip says how many and quotes the first three
    sentences. An edge per release made the page grow with the corpus (7.7 MB at 1,000 releases,
    17.9 MB at 4,000, most of it the edges between the same hubs), and its making with it."""
    groups: dict[tuple[str, str, str, bool], list[tuple[str, str]]] = {}
    counted: dict[tuple[str, str, str, bool], int] = {}
    for s, o, k, a in G.edges(keep, keys=True, data=True):
        if o in shown:
            group = (s, o, a.get("property", k), bool(a.get("kb")))
            said = groups.setdefault(group, [])
            if "count" in a:  # a relation of the pages' graph (views.pagegraph): releases counted, 3 sentences
                said += a["said"]
                counted[group] = a["count"]
            else:
                said += [(a.get("release", ""), x) for x in a.get("evidence", [])] or [(a.get("release", ""), "")]
    edges = []
    for group, said in sorted(groups.items()):
        s, o, prop, kb = group
        said.sort()
        releases = counted[group] if group in counted else len({r for r, _ in said})
        head = f"{prop} ({releases} releases)" if releases > 1 else prop
        ev = "\n".join([f"[{r}] {x}" for r, x in said if x][:3])
        edges.append({"from": s, "to": o, "label": prop, "kb": kb, "tooltip": f"{head}\n{ev}".strip()})
    return edges


def _safe_json(data: dict) -> str:
    """JSON that cannot close its ``<script>`` element nor open markup."""
    return _safe(json.dumps(data, ensure_ascii=False, sort_keys=True))


def _safe(text: str) -> str:
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


#: Items of a list of the page's data encoded at a time (:func:`_safe_json_pieces`).
JSON_ITEMS = 256
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _safe_json_pieces(data: dict) -> Iterator[bytes]:
    """``_safe_json(data)`` in UTF-8, :data:`JSON_ITEMS` of a list's items at a time: the same bytes, without the whole
    text held three times over (a 1,500-node page's JSON is some 3 million characters, two or four
    bytes each in a Python string once one is not Latin-1: the page's text, its JSON and their
    copies were a transient 35 MiB, the largest of the pages' stage; issue 19)."""
    for i, key in enumerate(sorted(data)):
        head = ("{" if i == 0 else ", ") + json.dumps(key, ensure_ascii=False) + ": "
        value = data[key]
        if isinstance(value, list) and value:
            yield _safe(head + "[").encode("utf-8")
            # JSON_ITEMS items at a time: a list's text is its items' joined by ", ", as json.dumps
            # writes them one by one (one encoder call per item cost some 0.02 s of a 1,500-node page)
            for j in range(0, len(value), JSON_ITEMS):
                text = _ENCODER.encode(value[j:j + JSON_ITEMS])[1:-1]
                yield _safe((", " if j else "") + text).encode("utf-8")
            yield b"]"
        else:
            yield _safe(head + json.dumps(value, ensure_ascii=False, sort_keys=True)).encode("utf-8")
    yield b"}" if data else b"{}"


@lru_cache(maxsize=1)
def _template():
    """The page template, compiled once: it inlines vis-network (some 500 kB), and a build renders
    up to ``viz_release_pages`` pages with it."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader

    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(Path(__file__).with_name("templates"))),
                                           FileSystemLoader(str(_pyvis_templates()))]), autoescape=True)
    return env.get_template("graph.html")


#: The files of pyvis's vis-network build the page inlines, by the template's name for each.
ASSETS = {"vis_css": "lib/vis-9.1.2/vis-network.css", "vis_js": "lib/vis-9.1.2/vis-network.min.js"}
#: What Jinja reads in a template's text: a file without them is its own rendering.
_JINJA_MARKS = ("{{", "{%", "{#", "\r")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The text of each of :data:`ASSETS`, as ``{% include %}`` would put it in the page: the file
    itself when Jinja finds nothing to read in it (no tag, no carriage return, no final newline to
    strip), else Jinja's rendering of it. Included, each was compiled as a template by every
    process that wrote a page, some 0.05 s of CPU of a rebuild for 700 kB of script and style in
    which Jinja finds nothing (issue 17)."""
    env = _template().environment
    found = {}
    for key, name in ASSETS.items():
        text = env.loader.get_source(env, name)[0]
        plain = not any(mark in text for mark in _JINJA_MARKS) and not text.endswith("\n")
        found[key] = text if plain else env.get_template(name).render()
    return found


def _pyvis_templates() -> Path:
    """pyvis's templates folder, which holds its vis-network build, found without importing pyvis:
    its package imports IPython, traitlets, pygments and more (about 0.4 s of CPU per build) for
    notebooks the page does not use. It is the folder ``pyvis.network.Network`` loads templates from."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("pyvis, which holds the graph page's vis-network, is not installed: reinstall presskg")
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def render_html(G: nx.MultiDiGraph, dest: str | Path, *, title: str = "presskg graph",
                max_nodes: int = 1500) -> Path:
    """Write the interactive page of ``G`` to ``dest`` (every script and style inline)."""
    dest = Path(dest)
    # the page around its data, then the data piece by piece (:func:`_safe_json_pieces`)
    head, *tail = _template().render(title=title, data_json=_DATA_MARK, **_assets()).split(_DATA_MARK)
    if len(tail) != 1:
        raise BuildError(f"the graph page's template holds its data {len(tail)} times, not once: reinstall presskg")
    data = page_data(G, max_nodes=max_nodes)
    _atomic.write_bytes(dest, b"".join([head.encode("utf-8"), *_safe_json_pieces(data), tail[0].encode("utf-8")]))
    return dest


#: Where the page's data go in the rendered template (no title or data can hold a NUL).
_DATA_MARK = "\x00presskg-graph-data\x00"

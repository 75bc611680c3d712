"""The network report of a build: figures, plots, partnerships, a timeline; HTML and Markdown.

The HTML page is rendered from ``templates/report.html`` by jinja2 with autoescape
(one stylesheet, plots embedded as data), so it opens offline from one file and
no release text reaches it as markup; the Markdown file escapes ``|`` in its table
cells. Every chart and table that shows only the first N of something says so.

Also the entity graph as GraphML and GEXF for Gephi users (``presskg network``:
at a thousand releases they take seconds, so a build does not write them).
GraphML and GEXF are networkx's; the GEXF ``<meta>`` element loses the date
networkx puts in it, so the same graph gives the same file on any day.
"""

from __future__ import annotations

import base64
import heapq
import io
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx

from presskg import _atomic
from presskg.errors import InputError
from presskg.views import charts
from presskg.views.analytics import (
    PARTNER_KINDS,
    communities,
    for_export,
    measures,
    missions_per_agency,
    partnerships,
    stats,
)
from presskg.views.fastmeasures import SimpleEdges
from presskg.views.timeline import Dates, timeline

#: How many rows or bars a part of the report shows at most.
TOP_BARS = 20
TOP_AGENCIES = 12
TOP_COMMUNITIES = 10
COMMUNITY_MEMBERS = 12


@dataclass(frozen=True)
class Table:
    """A table of the report: its heading, the note saying what it shows (and whether only the top N),
    its column names and rows of text."""

    title: str
    note: str
    head: list[str]
    rows: list[list[str]]


def _first(n: int, total: int, what: str) -> str:
    """What a chart or table shows: ``"top 12 of 30 agencies"``, or ``"all 9 agencies"``."""
    return f"top {n} of {total} {what}" if total > n else f"all {total} {what}"


@dataclass(frozen=True)
class Bars:
    """Counts shown as bars in the HTML page (a table whose last cell holds a bar as wide as the
    count's share of the largest) and as a table in Markdown.

    They are text, not a plot: the counts move with nearly every release, and a plot drawn again
    for each change cost a rebuild of one release a second of matplotlib (issue 17).

    >>> b = _bars({"Mission": 40, "Person": 10}, "classes", ["class", "entities"], "Entities per class")
    >>> b.title, [(r[0], r[1], r[2]) for r in b.rows]
    ('Entities per class (all 2 classes)', [('Mission', '40', 100.0), ('Person', '10', 25.0)])
    """

    title: str
    head: list[str]
    rows: list[tuple[str, str, float]]  # label, count, width in percent of the largest


def _bars(counts: dict[str, int], what: str, head: list[str], title: str) -> Bars | None:
    shown = list(counts.items())[:TOP_BARS]
    if not shown:
        return None
    top = max(v for _, v in shown) or 1
    return Bars(f"{title} ({_first(len(shown), len(counts), what)})", head,
                [(k, str(v), round(100 * v / top, 1)) for k, v in shown])


def _matrix(pairs: dict[tuple[str, str], Counter], label: dict[str, str]) -> Table:
    """Who works with whom: the agencies with most links to others, and per pair the links by kind."""
    weight: dict[str, int] = {}
    for (a, b), kinds in pairs.items():
        for n in (a, b):
            weight[n] = weight.get(n, 0) + sum(kinds.values())
    top = sorted(weight, key=lambda n: (-weight[n], label[n]))[:TOP_AGENCIES]
    top.sort(key=lambda n: label[n].casefold())
    rows = []
    for a in top:
        row = [label[a]]
        for b in top:
            kinds = pairs.get((min(a, b), max(a, b)))
            row.append("" if a == b or not kinds else str(sum(kinds.values())))
        rows.append(row)
    note = (f"Links between space agencies ({', '.join(PARTNER_KINDS)}: a partnership stated in a release, "
            f"an agreement both sign, an event both take part in); "
            f"{_first(len(top), len(weight), 'agencies with links')}, by number of links.")
    return Table("Who works with whom (space agencies)", note, ["", *(label[n] for n in top)], rows)


def _pairs(links: dict[tuple[str, str], Counter], label: dict[str, str]) -> Table:
    pairs = sorted(links.items(), key=lambda kv: (-sum(kv[1].values()), label[kv[0][0]], label[kv[0][1]]))
    rows = [[label[a], label[b], *(str(k.get(kind, 0)) for kind in PARTNER_KINDS)] for (a, b), k in pairs[:TOP_BARS]]
    return Table("Partnerships, pair by pair", _first(len(rows), len(pairs), "pairs") + ", most links first.",
                 ["agency", "agency", *PARTNER_KINDS], rows)


def _missions(G: nx.MultiDiGraph, label: dict[str, str]) -> Table:
    per = missions_per_agency(G)
    shown = list(per.items())[:TOP_BARS]
    rows = [[label[a], str(len(ms)), ", ".join(sorted(label[m] for m in ms)[:10]) + (" …" if len(ms) > 10 else "")]
            for a, ms in shown]
    note = (f"Missions and spacecraft a space agency operates or contributes to, as the releases say and the "
            f"knowledge base adds for the things they name; {_first(len(rows), len(per), 'agencies')}.")
    return Table("Missions per agency", note, ["agency", "missions", "which"], rows)


def report_data(G: nx.MultiDiGraph, *, top: int = 15, dates: Dates | None = None,
                background: nx.MultiDiGraph | None = None) -> dict:
    """Everything the report shows, as text and the timeline's PNG bytes (see :func:`write_report`)."""
    simple = SimpleEdges(G)  # made once for every measure: the simple graph's edges, not a networkx graph (issue 19)
    m = measures(G, simple=simple)
    s = stats(G, top=top, simple=simple, rank=m["pagerank"])
    comms = communities(G, simple=simple)
    between = heapq.nsmallest(top, m["betweenness"].items(), key=lambda kv: (-kv[1], kv[0]))
    # what the report shows of the measures and communities kept, the rest (a value or a member per
    # entity, some 10 MiB at 8,000 releases) freed before the plots are drawn beside them (issue 19)
    shown = [(c[:COMMUNITY_MEMBERS], len(c)) for c in comms[:TOP_COMMUNITIES]]
    count = len(comms)
    del simple, m, comms
    full = G if background is None else background
    label = {n: a.get("label", n) for n, a in full.nodes(data=True)}
    n = G.number_of_nodes()
    tables = [
        Table("Most central entities (PageRank)", _first(len(s["top"]), n, "entities") + ".",
              ["entity", "PageRank", "degree"], [[name, f"{pr:.4f}", str(deg)] for name, pr, deg in s["top"]]),
        Table("Brokers (betweenness)", _first(len(between), n, "entities") + ".",
              ["entity", "betweenness"], [[label[x], f"{v:.4f}"] for x, v in between]),
    ]
    bars = [b for b in (_bars(s["classes"], "classes", ["class", "entities"], "Entities per class"),
                        _bars(s["properties"], "properties", ["property", "relations"], "Relations per property"))
            if b is not None]
    plots = {}
    line = timeline(G, dates) if dates is not None else None
    if line is not None and line.months:
        plots["timeline"] = charts.timeline(line.months, line.releases, line.events,
                                            f"Releases and events per month, {line.months[0]} to {line.months[-1]}")
    pairs = partnerships(G)
    return {
        "entities": s["entities"], "relations": s["relations"], "plots": plots, "bars": bars,
        "timeline": line, "tables": tables, "matrix": _matrix(pairs, label), "pairs": _pairs(pairs, label),
        "missions": _missions(full, label),
        "communities": [([label[x] for x in members], size) for members, size in shown],
        "communities_note": _first(len(shown), count, "communities") + f", largest first; at most "
                            f"{COMMUNITY_MEMBERS} members each.",
    }


def _md_cell(text: str) -> str:
    """Text that stays in its Markdown table cell: ``|`` escaped, lines joined."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _md_table(t: Table) -> list[str]:
    head = t.head
    lines = [f"\n## {t.title}\n", *([t.note, ""] if t.note else []),
             "| " + " | ".join(_md_cell(h) or " " for h in head) + " |",
             "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in t.rows]
    return lines


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(str(Path(__file__).with_name("templates"))), autoescape=True)
    return env.get_template("report.html")


def write_report(G: nx.MultiDiGraph, out: Path, *, top: int = 15, dates: Dates | None = None,
                 background: nx.MultiDiGraph | None = None) -> dict[str, Path]:
    """Write ``report.html`` and ``report.md`` (+ the timeline's PNG in ``report/``) of the entity graph ``G``
    (relations read from releases).

    ``dates``: the releases' and events' dates (:func:`presskg.views.timeline.read_dates`), for the
    timeline; ``background``: ``G`` with the knowledge base's facts between its entities, for the
    missions per agency.
    """
    d = report_data(G, top=top, dates=dates, background=background)
    figdir = out / "report"
    md = [f"# presskg network report\n\n{d['entities']} entities, {d['relations']} relations.\n"]
    for name, png in d["plots"].items():
        _atomic.write_bytes(figdir / f"{name}.png", png)
        md.append(f"![{name}](report/{name}.png)\n")
    for old in figdir.glob("*.png") if figdir.is_dir() else ():
        if old.stem not in d["plots"]:  # a plot this report does not have (no dates now, say)
            old.unlink()
    line = d["timeline"]
    if line is not None:
        md.append(f"Timeline: {sum(line.releases)} dated releases, {sum(line.events)} events dated to the month; "
                  f"{line.undated_releases} releases and {line.undated_events} events without a date, "
                  f"{line.year_only} events dated only by year.")
    for b in d["bars"]:
        md += _md_table(Table(b.title, "", b.head, [[label, n] for label, n, _ in b.rows]))
    for t in [*d["tables"], d["matrix"], d["pairs"], d["missions"]]:
        md += _md_table(t)
    md.append(f"\n## Communities (Louvain)\n\n{d['communities_note']}\n")
    for i, (members, size) in enumerate(d["communities"], 1):
        md.append(f"{i}. {_md_cell(', '.join(members))}{' …' if size > len(members) else ''} ({size})")
    _atomic.write_text(out / "report.md", "\n".join(md) + "\n")
    images = {k: base64.b64encode(v).decode() for k, v in d["plots"].items()}
    _atomic.write_text(out / "report.html", _template().render(**d, images=images))
    return {"report": out / "report.html", "report_md": out / "report.md"}


def write_network(G: nx.MultiDiGraph, dest: str | Path) -> Path:
    """Write the entity graph for Gephi and other tools: GraphML or GEXF, by ``dest``'s suffix.

    Raises:
        InputError: another suffix.
    """
    dest = Path(dest)
    H = for_export(G)
    if dest.suffix == ".graphml":
        data = io.BytesIO()
        nx.write_graphml(H, data)  # with lxml
        _atomic.write_bytes(dest, data.getvalue())
    elif dest.suffix == ".gexf":
        _atomic.write_bytes(dest, _gexf(H))
    else:
        raise InputError(f"{dest}: write the network as .graphml or .gexf")
    return dest


_GEXF_DATE = re.compile(rb' lastmodifieddate="[^"]*"')


def _gexf(H: nx.MultiDiGraph) -> bytes:
    """networkx's GEXF without the day it was written (see the module's docstring)."""
    data = io.BytesIO()
    nx.write_gexf(H, data)
    return _GEXF_DATE.sub(b"", data.getvalue(), count=1)

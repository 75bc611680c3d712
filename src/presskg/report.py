"""The network report of a build: figures, small plots, communities; HTML and Markdown.

Also the entity graph as GraphML and GEXF for Gephi users (``presskg network``:
at a thousand releases they take seconds, so a build does not write them). Plots are
drawn with matplotlib (imported here only) and embedded in the HTML page as
data, so the report, like the graph page, opens offline from one file.

GraphML and GEXF are networkx's; the GEXF ``<meta>`` element loses the date
networkx puts in it, so the same graph gives the same file on any day.
"""

from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path

import networkx as nx

from . import _atomic
from .analytics import communities, for_export, measures, simple_graph, stats
from .errors import InputError


def _bar_png(counts: dict[str, int], title: str) -> bytes:
    """A horizontal bar chart of the first 20 counts.

    Drawn on a bare ``Figure`` with the Agg canvas: pyplot's figure manager is not needed for a
    file, and this leaves the caller's matplotlib backend alone.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    items = list(counts.items())[:20]
    fig = Figure(figsize=(6, 0.3 * max(len(items), 3) + 1))
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.barh([k for k, _ in reversed(items)], [v for _, v in reversed(items)], color="#4e79a7")
    ax.set_title(title)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, metadata={"Software": None})
    return buf.getvalue()


def write_report(G: nx.MultiDiGraph, out: Path, *, top: int = 15) -> dict[str, Path]:
    """Write ``report.html`` and ``report.md`` (+ PNGs in ``report/``)."""
    simple = simple_graph(G)  # made once for every measure
    m = measures(G, simple=simple)
    s = stats(G, top=top, simple=simple, rank=m["pagerank"])
    comms = communities(G, simple=simple)
    label = {n: a.get("label", n) for n, a in G.nodes(data=True)}
    between = sorted(m["betweenness"].items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    plots = {"classes": _bar_png(s["classes"], "Entities per class") if s["classes"] else b"",
             "properties": _bar_png(s["properties"], "Relations per property") if s["properties"] else b""}
    figdir = out / "report"
    md = [f"# presskg network report\n\n{s['entities']} entities, {s['relations']} relations.\n"]
    for name, png in plots.items():
        if png:
            _atomic.write_bytes(figdir / f"{name}.png", png)
            md.append(f"![{name}](report/{name}.png)\n")
    md.append("## Most central entities (PageRank)\n\n| entity | PageRank | degree |\n|---|---|---|")
    md += [f"| {name} | {pr} | {deg} |" for name, pr, deg in s["top"]]
    md.append("\n## Brokers (betweenness)\n\n| entity | betweenness |\n|---|---|")
    md += [f"| {label[n]} | {v:.4f} |" for n, v in between]
    md.append("\n## Communities (Louvain)\n")
    for i, c in enumerate(comms[:10], 1):
        md.append(f"{i}. {', '.join(label[n] for n in c[:12])}{' …' if len(c) > 12 else ''}")
    _atomic.write_text(out / "report.md", "\n".join(md) + "\n")

    def table(head: list[str], rows: list[list]) -> str:
        th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
        trs = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table><tr>{th}</tr>{trs}</table>"

    imgs = "".join(f'<img alt="{k}" src="data:image/png;base64,{base64.b64encode(v).decode()}">'
                   for k, v in plots.items() if v)
    comm_html = "".join(f"<li>{html.escape(', '.join(label[n] for n in c[:12]))}</li>" for c in comms[:10])
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<title>presskg network report</title><style>body{{font:14px system-ui,sans-serif;margin:2em;max-width:60em}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:2px 8px;text-align:left}}</style>
</head><body><h1>presskg network report</h1><p>{s['entities']} entities, {s['relations']} relations.</p>{imgs}
<h2>Most central entities (PageRank)</h2>{table(['entity', 'PageRank', 'degree'], [list(t) for t in s['top']])}
<h2>Brokers (betweenness)</h2>{table(['entity', 'betweenness'], [[label[n], f'{v:.4f}'] for n, v in between])}
<h2>Communities (Louvain)</h2><ol>{comm_html}</ol></body></html>
"""
    _atomic.write_text(out / "report.html", page)
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

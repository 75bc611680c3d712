"""The graph page's edges: one per pair of entities and property, whatever the number of releases."""

import networkx as nx

from presskg.views.viz import page_data


def _graph(releases: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, label in (("jaxa", "JAXA"), ("esa", "ESA"), ("mmx", "MMX")):
        G.add_node(n, label=label, cls="SpaceAgency" if n != "mmx" else "Mission")
    for i in range(releases):
        r = f"r{i:03d}"
        G.add_edge("jaxa", "esa", f"partnerOf@{r}", property="partnerOf", release=r, kb=False,
                   evidence=[f"JAXA and ESA agree ({i})."])
    G.add_edge("mmx", "jaxa", "operatedBy@r000", property="operatedBy", release="r000", kb=False, evidence=[])
    G.add_edge("mmx", "jaxa", "operatedBy@", property="operatedBy", release="", kb=True, evidence=[])
    return G


def test_pagelinks_one_edge_per_pair_and_property_however_many_releases():
    small, big = page_data(_graph(2)), page_data(_graph(300))
    assert len(small["edges"]) == len(big["edges"]) == 3  # partnerOf; operatedBy read and background
    edge = next(e for e in big["edges"] if e["label"] == "partnerOf")
    lines = edge["tooltip"].splitlines()
    assert lines[0] == "partnerOf (300 releases)"
    assert lines[1:] == ["[r000] JAXA and ESA agree (0).", "[r001] JAXA and ESA agree (1).",
                         "[r002] JAXA and ESA agree (2)."]
    kinds = sorted((e["label"], e["kb"], e["tooltip"]) for e in big["edges"] if e["label"] == "operatedBy")
    assert kinds == [("operatedBy", False, "operatedBy"), ("operatedBy", True, "operatedBy")]

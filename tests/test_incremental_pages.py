"""A rebuild's pages cost what changed (issue 17) and are those of a full build of the same releases."""

from __future__ import annotations

import shutil
from dataclasses import replace

from presskg.builder.build import build
from presskg.settings import DEFAULT_SETTINGS

from .conftest import RELEASES, SEED

OTHER = """title: ESA and ASI meet
publisher: ESA
date: 2022-05-10
---
ESA Director General Josef Aschbacher and ASI President Giorgio Saccoccia held a meeting in Rome on 9 May 2022.
ESA and ASI signed an agreement on the Moonlight programme.
"""
#: No release pages: the pages are read from the pages' graph (views.pagegraph) through its sums.
PAST_RELEASE_PAGES = replace(DEFAULT_SETTINGS, viz_release_pages=0)
PAGES = ("graph.html", "report.md", "report.html")


def _sources(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", src)
    (src / "esa-asi.txt").write_text(OTHER)
    (src / "esa-asi-again.txt").write_text(OTHER.replace("9 May", "10 May"))
    return src


def _same_pages(out, fresh):
    for name in PAGES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_incremental_pages_sum_only_the_graphs_that_changed(tmp_path, monkeypatch):
    """The page graph's sums take the shares of the changed graph alone (the others' are kept in the
    memo's file), and the pages are a fresh build's: after a release changed, and after one went."""
    from presskg.views.pagesums import PageSums

    src = _sources(tmp_path)
    out = tmp_path / "out"
    build([src], out=out, settings=PAST_RELEASE_PAGES, progress=False)  # (its pages read a store in memory)
    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Turin"))
    build([src], out=out, settings=PAST_RELEASE_PAGES, progress=False)  # every graph's shares made
    summed: list[str] = []
    real = PageSums._add
    monkeypatch.setattr(PageSums, "_add", lambda self, graphs: (summed.extend(graphs), real(self, graphs))[1])

    (src / "esa-asi.txt").write_text(OTHER.replace("Rome", "Paris").replace("Moonlight", "Argonaut"))
    again = build([src], out=out, settings=PAST_RELEASE_PAGES, progress=False)
    assert again.reused == 2
    assert summed == ["https://w3id.org/presskg/release/esa-asi"]
    build([src], out=tmp_path / "fresh", settings=PAST_RELEASE_PAGES, progress=False)
    _same_pages(out, tmp_path / "fresh")
    assert b"Paris" in (out / "graph.html").read_bytes()

    (src / "esa-asi-again.txt").unlink()
    summed.clear()
    build([src], out=out, settings=PAST_RELEASE_PAGES, progress=False)
    assert summed == []  # a graph gone only loses its shares
    shutil.rmtree(tmp_path / "fresh")
    build([src], out=tmp_path / "fresh", settings=PAST_RELEASE_PAGES, progress=False)
    _same_pages(out, tmp_path / "fresh")


def test_incremental_pages_sums_are_the_rows_joins(corpus_build):
    """The sums of the shares give what joining every graph's rows gives: entities, relations with
    their counts and releases, and each relation's first sentences, whatever order graphs came in."""
    from presskg.views.netmemo import GraphMemo
    from presskg.views.network import _Reader, _selector
    from presskg.views.pagegraph import SAID, _bare_entities, _relations
    from presskg.views.pagerows import StoreRows
    from presskg.views.pagesums import PageSums

    memo = GraphMemo()
    names = sorted(g for g in _graphs(corpus_build))
    memo.sync({g: "h" for g in names})
    StoreRows(corpus_build / "store", memo).fill()
    sums = PageSums(memo)
    sums.update()
    # a graph changed (its hash): its shares go, and come back from its rows alone
    memo.hashes[names[3]] = "h2"
    sums.update()
    # one whose note of what it touches is lost: its shares go all the same, every sum made again
    memo.con.execute("DELETE FROM touches WHERE graph = ?", (names[5],))
    memo.hashes[names[5]] = "h2"
    sums.update()
    read = _Reader(_selector(corpus_build), None)
    bare = _bare_entities(read)
    got = sums.entities()
    assert {e: (x[0], x[1], x[2], sorted(set(x[3]))) for e, x in got.items()} == {
        e: (x[0], x[1], x[2], sorted(set(x[3]))) for e, x in bare.items()}
    # entities of the same classes share one frozenset of them (issue 19: a set each, held all at once)
    kinds: dict[frozenset, frozenset] = {}
    assert all(type(x[2]) is frozenset and kinds.setdefault(x[2], x[2]) is x[2] for x in got.values())
    assert len(kinds) < len(got)
    edges = _relations(read, set(bare), True)
    counts, releases = sums.relations(bare)
    assert counts == {k: e["count"] for k, e in edges.items()}
    assert {k: sorted(r) for k, r in releases.items() if k in edges} == {
        k: e["releases"] for k, e in edges.items() if "releases" in e}
    said = sums.said(set(edges))
    assert said == {k: e["said"] for k, e in edges.items() if e["said"]}
    assert max(map(len, said.values())) == SAID


def _graphs(build_dir):
    from presskg.store import open_store

    return [g.value for g in open_store(build_dir).named_graphs()]


def test_incremental_pages_assets_are_what_jinja_includes(tmp_path):
    """vis-network's script and style put in the page as they are: what Jinja's ``{% include %}``
    of them renders, byte for byte (the page no longer compiles them as templates)."""
    from jinja2 import ChoiceLoader, DictLoader, Environment

    from presskg.views.viz import ASSETS, _assets, _template

    env = _template().environment
    included = Environment(loader=ChoiceLoader([DictLoader({"page": "".join(
        f"<{k}>{{% include '{name}' %}}</{k}>" for k, name in ASSETS.items())}), env.loader]), autoescape=True)
    assert included.get_template("page").render() == "".join(f"<{k}>{v}</{k}>" for k, v in _assets().items())
    assert len(_assets()["vis_js"]) > 100_000


def test_incremental_pages_sums_made_whole_once_too_much_changed(corpus_build, monkeypatch):
    """Once more entities and relations changed than are worth summing one by one, every sum is made
    again, and what the graphs' new shares touch is no longer gathered (issue 19: a set of every entity
    and relation of a full build was held beside the pages' rows); the sums are a fresh memo's."""
    from presskg.views import pagesums
    from presskg.views.netmemo import GraphMemo
    from presskg.views.pagerows import StoreRows
    from presskg.views.pagesums import PageSums

    names = sorted(_graphs(corpus_build))

    def filled() -> PageSums:
        memo = GraphMemo()
        memo.sync({g: "h" for g in names})
        StoreRows(corpus_build / "store", memo).fill()
        return PageSums(memo)

    fresh = filled()
    fresh.update()
    sums = filled()
    sums.update()
    monkeypatch.setattr(pagesums, "WHOLE", 1)
    monkeypatch.setattr(pagesums, "BATCH", 1)
    calls, read = [], []
    real_sum, real_add = PageSums._sum, PageSums._add
    monkeypatch.setattr(PageSums, "_sum", lambda self, e, r: (calls.append((e, r)), real_sum(self, e, r))[1])

    class Watched:  # what a batch's shares touch, noted when it is read
        def __init__(self, items):
            self.items = items

        def __iter__(self):
            read.append(len(self.items))
            return iter(self.items)

    monkeypatch.setattr(PageSums, "_add", lambda self, graphs: tuple(map(Watched, real_add(self, graphs))))
    for g in names[:6]:
        sums.memo.hashes[g] = "h2"
    sums.update()
    assert calls == [(None, None)]
    assert read == []  # every sum is made again: what each batch touched was not gathered
    assert sums.entities() == fresh.entities()
    everything = set(fresh.entities())
    assert sums.relations(everything) == fresh.relations(everything)

"""The pages of a build: the graph page, one page per release, and the network report.

They are made from the entity graph of the build's graphs (:func:`read_network`), read
from a store that holds them: the build's own, or a copy in memory that a full build
reads while its store is written. The rows the entity graph is read from are kept in
the cache (:class:`~presskg.views.netmemo.GraphMemo`), so that a rebuild reads from the store
only those of the graphs that changed. With more than one job, or from :data:`FORK_REPORT_AT`
releases, the report (its measures and plots) is made in a forked process while this one writes
the graph page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from presskg._beside import Forked
from presskg._heap import give_back
from presskg.builder.cache import CACHE_DIR
from presskg.errors import BuildError
from presskg.settings import Settings
from presskg.views.memo import kept_in

if TYPE_CHECKING:  # imported with the views that use them (by ready_pages while a rebuild reads ahead)
    import networkx as nx

    from presskg.views.pagerows import Fragments

#: The rows of the entity graph, per graph, in the cache folder.
NETWORK_MEMO = "network.memo"
#: The pages' layout and plots kept between builds (:mod:`presskg.views.memo`), in the cache folder.
VIEWS_MEMO = "views"
#: From this many releases the report is made in a forked process even with one job: its plots
#: (matplotlib's import and drawing, a few seconds) then run beside the graph page, as the files do
#: (:data:`~presskg.publish.export.FORK_FILES_AT`).
FORK_REPORT_AT = 64


def read_network(store: ox.Store | Path, out: Path, hashes: dict[str, str], *, release_pages: bool = True,
                 max_nodes: int = 1500, fragments: Fragments | None = None,
                 ready: Callable[[], None] | None = None) -> nx.MultiDiGraph:
    """The entity graph of the build in ``out`` from a ``store`` of its graphs (or the folder of one
    on disk), whose graphs have these ``hashes``, through the rows kept from the previous build
    (and kept for the next). From a folder, the graph of a large build is made once the rows are
    read and the store closed (:class:`~presskg.views.pagerows.StoreRows`): the rows of the graphs
    ``fragments`` holds (the build's spool) read from their N-Quads, not from the store. Such a
    store may then be the previous build's, while the new one is being written: it is read only for
    the graphs the build did not make, which it holds as they are.

    ``release_pages``: the build writes a page per release, which needs an edge per release that
    states a relation, with all its sentences; else the graph has one edge per relation
    (:func:`~presskg.views.pagegraph.to_page_graph`), whose size does not grow with the number of
    releases that state each (issue 19), and the same graph page and report are made from it;
    only the ``max_nodes`` nodes the graph page shows (``Settings.viz_max_nodes``) then get their
    sentences and other names, and only the relations between them their sentences.

    ``ready``: waited for before the store in the folder ``store`` is opened, should it be (a full
    build's store being written in another thread: the rows of the graphs in ``fragments`` do not wait
    for it).
    """
    from presskg.views.netmemo import GraphMemo, read_through
    from presskg.views.network import to_networkx
    from presskg.views.pagegraph import to_page_graph
    from presskg.views.pagerows import StoreRows
    from presskg.views.timeline import read_dates
    def reading(memo):
        if memo is None and not release_pages and isinstance(store, Path):
            # the cache cannot be kept: one in memory, so that the rows of the graphs ``fragments``
            # holds still come from them (``store`` may be the previous build's: see above)
            memo = GraphMemo()
            memo.sync(hashes)
        if release_pages or memo is None or not isinstance(store, Path):
            if isinstance(store, Path) and ready is not None:
                ready()
            source = ox.Store.read_only(str(store)) if isinstance(store, Path) else store
        else:  # the store's rows into the memo first, the store closed before the graph is made
            source = StoreRows(store, memo, fragments, ready)
            source.fill()
            give_back()
        if release_pages:
            G = to_networkx(source, include_kb=True, memo=memo)
        else:
            G = to_page_graph(source, include_kb=True, memo=memo, shown=lambda G: _shown(G, max_nodes))
        if isinstance(source, StoreRows):
            source.close()
        G.graph["dates"] = read_dates(source, memo=memo)  # for the report's timeline, made where the store is not open
        if memo is not None and memo.path is None:
            memo.close()
        return G

    G = read_through(out / CACHE_DIR / NETWORK_MEMO, reading, hashes)
    # the rows' JSON chunks, SQLite's pages and the store's reads are freed now: their pages go back
    # to the system before the graph page allocates beside the graph, else the peak is the sum
    give_back()
    return G


def ready_pages() -> None:
    """Import what the pages are made with (networkx and igraph among them) and compile the graph
    page's template: some 0.2 s of CPU that depends on no graph, done while a rebuild's releases are
    read in a child (:mod:`~presskg.builder.ahead`) rather than after (issue 17)."""
    from presskg.views import analytics, netmemo, network, pagegraph, pagerows, timeline, viz  # noqa: F401
    from presskg.views.fastmeasures import igraph

    igraph()
    viz._template()
    viz._assets()


def _shown(G: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """The nodes the graph page shows, kept in ``G.graph["shown"]`` for it (:func:`~presskg.views.viz.page_data`)."""
    from presskg.views.viz import select_nodes

    give_back()  # the edges' counts just freed (a table of every pair): their pages before igraph's
    keep, notice = select_nodes(G, max_nodes)
    give_back()  # igraph's ranking of every node (its edges' arrays, ARPACK's workspace), freed: before the details
    G.graph["shown"] = (max_nodes, keep, notice)
    return keep


def write_pages(G: nx.MultiDiGraph, out: Path, releases: list[str], settings: Settings, *,
                memo: Path) -> dict[str, Path]:
    """Write the pages of the build in ``out`` from its entity graph ``G`` (:func:`read_network`).

    One page per release is written for builds of at most ``settings.viz_release_pages``
    releases (the others are removed). Returns the pages written, by name. The layout and the
    plots are kept in ``memo``, the build's cache (not ``out``, where the pages are staged), and
    read back when their data did not change.
    """
    with kept_in(memo):
        return _write_pages(G, out, releases, settings)


def _write_pages(G: nx.MultiDiGraph, out: Path, releases: list[str], settings: Settings) -> dict[str, Path]:
    from presskg.views.analytics import release_view
    from presskg.views.viz import render_html

    report = _Report(G, out, forked=settings.jobs > 1 or len(releases) >= FORK_REPORT_AT)
    try:
        pages = {"html": render_html(G, out / "graph.html", max_nodes=settings.viz_max_nodes)}
        give_back()  # the page's text and data (megabytes each), freed
        folder = out / "releases"
        if len(releases) <= settings.viz_release_pages:
            if G.graph.get("per_relation"):
                raise BuildError("the release pages need the entity graph read with release_pages=True")
            for rid in releases:
                render_html(release_view(G, rid), folder / f"{rid}.html", title=rid,
                            max_nodes=settings.viz_max_nodes)
        for old in folder.glob("*.html") if folder.is_dir() else ():
            if old.stem not in releases or len(releases) > settings.viz_release_pages:
                old.unlink()
    except BaseException:
        report.abandon()
        raise
    return {**pages, **report.result()}


def stage_pages(out: Path) -> Path:
    """A fresh folder beside the build's pages where :func:`write_pages` writes them first: they are
    moved into ``out`` by :func:`publish_pages` only once the store and the files are in place, so
    that a build killed meanwhile never leaves pages of a graph the store does not hold."""
    import tempfile

    out.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".pages.", dir=out))


def publish_pages(staged: Path, out: Path, releases: list[str], pages: dict[str, Path]) -> dict[str, Path]:
    """Move the pages written in ``staged`` into ``out`` (each file renamed in one step), remove
    release pages of releases no longer built, and return ``pages`` with their final paths."""
    import os
    import shutil

    kept = {p.stem for p in (staged / "releases").glob("*.html")} if (staged / "releases").is_dir() else set()
    for f in sorted(p for p in staged.rglob("*") if p.is_file()):
        dest = out / f.relative_to(staged)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(f, dest)
    folder, have = out / "releases", set(releases)
    for old in folder.glob("*.html") if folder.is_dir() else ():
        if old.stem not in have or old.stem not in kept:
            old.unlink()
    shutil.rmtree(staged, ignore_errors=True)
    return {k: out / p.relative_to(staged) if p.is_relative_to(staged) else p for k, p in pages.items()}


class _Report:
    """The network report of ``G``, written here, or in a forked process started now (``forked``)."""

    def __init__(self, G: nx.MultiDiGraph, out: Path, *, forked: bool):
        self.G, self.out = G, out
        # the child does not use the store: RocksDB does not survive a fork
        self.forked = Forked(self._write, name="presskg-report") if forked else None

    def _write(self) -> dict[str, Path]:
        from presskg.views.analytics import text_graph
        from presskg.views.report import write_report

        return write_report(text_graph(self.G), self.out, dates=self.G.graph.get("dates"), background=self.G)

    def abandon(self) -> None:
        """The build stops: let a forked report finish its files (it writes them whole), ignore it."""
        if self.forked is not None:
            self.forked.wait()

    def result(self) -> dict[str, Path]:
        """The report's files, once written."""
        if self.forked is None:
            return self._write()
        ok, value = self.forked.wait()
        if not ok:
            raise BuildError(f"writing the network report into {self.out} failed: {value}")
        return value

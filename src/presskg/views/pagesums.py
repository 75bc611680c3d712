"""What the pages' graph sums over every graph, kept per graph beside the entity graph's rows.

:func:`~presskg.views.pagegraph.to_page_graph` joins the rows of every graph (:mod:`~presskg.views.netmemo`):
each entity's label, classes and releases, each relation's count (and, for ``partnerOf``, its
releases), the first sentences of the relations the graph page shows. Joined from the rows kept
per graph, a rebuild that changed one release of 1,000 still decoded and joined every graph's rows
(some 100,000 rows, most of the cost of its pages: issue 17). :class:`PageSums` keeps instead, in
SQLite tables of the memo's file, each graph's share of those sums: an entity named and typed in
a release graph (its label there and its classes), a relation stated in a graph (how many times),
a sentence of a relation. A graph that changed loses its share and gets its new one, from its
rows alone; SQLite sums the shares (``GROUP BY``, in C) into one row per entity and per relation,
and finds the first sentences of a relation through its index. What is made from them is what
the rows give (the tests compare both).

The shares are made from the rows the memo holds for every graph (:class:`~presskg.views.pagerows.StoreRows`
read them ahead); they are tied to each graph's hash, as the rows are.
"""

from __future__ import annotations

from collections.abc import Iterator

from presskg.views.netmemo import GraphMemo
from presskg.views.network import _EDGES, _EVIDENCE, _LABELS, _TYPES, _classes, _local, _release
from presskg.views.pagerows import _RELEASE_GRAPHS
from presskg.vocab import INFERRED_GRAPH, KB_GRAPH, ONTOLOGY_GRAPH

_SCHEMA = """
CREATE TABLE IF NOT EXISTS summed (graph TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS named (entity TEXT NOT NULL, graph TEXT NOT NULL, label TEXT NOT NULL,
                                  classes TEXT NOT NULL, PRIMARY KEY (entity, graph)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS related (s TEXT NOT NULL, o TEXT NOT NULL, k TEXT NOT NULL, graph TEXT NOT NULL,
                                    n INTEGER NOT NULL, PRIMARY KEY (s, o, k, graph)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS said (s TEXT NOT NULL, o TEXT NOT NULL, k TEXT NOT NULL, release TEXT NOT NULL,
                                 sentence TEXT NOT NULL, graph TEXT NOT NULL,
                                 PRIMARY KEY (s, o, k, release, sentence, graph)) WITHOUT ROWID;
"""
#: The per-graph queries the shares are made from (the memo's keys: their ``{graphs}`` slot empty).
QUERIES = (_RELEASE_GRAPHS.format(graphs=""), _LABELS.format(graphs=""),
           _TYPES.format(graphs="", classes=_classes()), _EDGES.format(graphs=""), _EVIDENCE.format(graphs=""))
#: Graphs whose shares are made at a time (their rows read back from the memo together).
BATCH = 256
#: Relations whose releases are kept (the report's partnerships count releases).
RELEASES_KEPT = frozenset({"partnerOf"})


def edge_key(p: str, kb: bool) -> str:
    """An edge's key: its property, with ``@kb`` for the knowledge base's (one string per property and kind)."""
    k = _KEYS.get((p, kb))
    if k is None:
        prop = _local(p)
        k = _KEYS[p, kb] = f"{prop}@kb" if kb else prop
    return k


_KEYS: dict[tuple[str, bool], str] = {}


class PageSums:
    """Each graph's share of the pages' graph, in ``memo``'s file (see the module).

    :meth:`update` brings the shares in line with the graphs the memo holds (their rows read into
    it); :meth:`entities`, :meth:`relations` and :meth:`said` then give their sums. Errors of the
    file raise :class:`~presskg.views.netmemo.DamagedMemoError`, as the memo's do.
    """

    def __init__(self, memo: GraphMemo):
        self.memo, self.con = memo, memo.con
        with memo.guard():  # one statement at a time: executescript() would commit the memo's transaction
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.con.execute(statement)

    def update(self) -> None:
        """Forget the shares of graphs gone or changed, and make those of graphs new to the sums."""
        memo = self.memo
        for query in QUERIES:  # read now or not, the rows stay in the memo: they tell which graphs it holds
            memo.used.add(query)
        with memo.guard():
            summed = dict(self.con.execute("SELECT graph, hash FROM summed"))
            stale = sorted(g for g, h in summed.items() if memo.hashes.get(g) != h)
            if stale:
                self.con.execute("CREATE TEMP TABLE IF NOT EXISTS stale (graph TEXT PRIMARY KEY)")
                self.con.execute("DELETE FROM stale")
                self.con.executemany("INSERT INTO stale VALUES (?)", [(g,) for g in stale])
                for table in ("named", "related", "said", "summed"):
                    self.con.execute(f"DELETE FROM {table} WHERE graph IN (SELECT graph FROM stale)")
            todo = sorted(g for g in memo.hashes if summed.get(g) != memo.hashes[g])
            for i in range(0, len(todo), BATCH):
                self._add(todo[i:i + BATCH])

    def _add(self, graphs: list[str]) -> None:
        """The shares of ``graphs``, made from their rows in the memo."""
        rows = self.memo.rows_of
        releases_q, labels_q, types_q, edges_q, evidence_q = QUERIES
        releases = {g for (g,) in rows(releases_q, graphs)}
        labels: dict[tuple[str, str], str] = {}
        for g, e, label in rows(labels_q, graphs):
            if g in releases and labels.get((g, e), "") <= label:  # the greatest, if a graph gave two
                labels[g, e] = label
        classes: dict[tuple[str, str], set[str]] = {}
        for g, e, t in rows(types_q, graphs):
            if (g, e) in labels:
                classes.setdefault((g, e), set()).add(_local(t))
        self.con.executemany("INSERT INTO named VALUES (?, ?, ?, ?)",
                             ((e, g, labels[g, e], " ".join(sorted(c))) for (g, e), c in classes.items()))
        del labels, classes
        skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
        kb_graph = str(KB_GRAPH)
        counts: dict[tuple[str, str, str, str], int] = {}
        for g, s, p, o in rows(edges_q, graphs):
            if g not in skip:
                key = (s, o, edge_key(p, g == kb_graph), g)
                counts[key] = counts.get(key, 0) + 1
        self.con.executemany("INSERT INTO related VALUES (?, ?, ?, ?, ?)", ((*k, n) for k, n in counts.items()))
        del counts
        said = {(s, o, edge_key(p, g == kb_graph), _release(g), sentence, g)
                for g, s, p, o, sentence in rows(evidence_q, graphs) if g not in skip and sentence}
        self.con.executemany("INSERT OR IGNORE INTO said VALUES (?, ?, ?, ?, ?, ?)", said)
        self.con.executemany("INSERT INTO summed VALUES (?, ?)", [(g, self.memo.hashes[g]) for g in graphs])

    def entities(self) -> dict[str, list]:
        """What :func:`~presskg.views.pagegraph._bare_entities` gives: entity → [the last graph that
        names and types it, its label there, its classes, its releases]."""
        with self.memo.guard():
            # SQLite takes a bare column (the label) from the row of the group's max()
            return {e: [g, label, set(classes.split()), [_release(x) for x in graphs.split()]]
                    for e, g, label, graphs, classes in self.con.execute(
                        "SELECT entity, max(graph), label, group_concat(graph, ' '), group_concat(classes, ' ') "
                        "FROM named GROUP BY entity")}

    def relations(self) -> tuple[dict[tuple[str, str, str], int], dict[tuple[str, str, str], list[str]]]:
        """Each relation's count and, for those of :data:`RELEASES_KEPT`, its releases (repeated as
        often as they state it, unsorted): (subject, object, key) → count, and → releases."""
        kept = [k for p in sorted(RELEASES_KEPT) for k in (p, f"{p}@kb")]
        with self.memo.guard():
            counts = {(s, o, k): n for s, o, k, n in self.con.execute(
                "SELECT s, o, k, sum(n) FROM related GROUP BY s, o, k")}
            releases: dict[tuple[str, str, str], list[str]] = {}
            for s, o, k, g, n in self.con.execute(
                    f"SELECT s, o, k, graph, n FROM related WHERE k IN ({','.join('?' * len(kept))})", kept):
                releases.setdefault((s, o, k), []).extend([_release(g)] * n)
        return counts, releases

    def said(self, edges: list[tuple[str, str, str]], most: int) -> Iterator[tuple[tuple[str, str, str], list]]:
        """Each of ``edges`` that has a sentence, with its first ``most`` distinct (release, sentence)
        pairs (by release, then by text: SQLite orders UTF-8 text as Python orders strings)."""
        with self.memo.guard():
            for edge in edges:
                pairs = self.con.execute("SELECT DISTINCT release, sentence FROM said WHERE s = ? AND o = ? AND k = ? "
                                         "ORDER BY release, sentence LIMIT ?", (*edge, most)).fetchall()
                if pairs:
                    yield edge, pairs

"""What the pages' graph sums over every graph, kept per graph beside the entity graph's rows.

:func:`~presskg.views.pagegraph.to_page_graph` joins the rows of every graph (:mod:`~presskg.views.netmemo`):
each entity's label, classes and releases, each relation's count (and, for ``partnerOf``, its
releases), the first sentences of the relations the graph page shows. Joined from the rows kept
per graph, a rebuild that changed one release of 1,000 still decoded and joined every graph's rows
(some 100,000 rows, the largest part of its pages: issue 17). :class:`PageSums` keeps instead, in
SQLite tables of the memo's file, each graph's share of those sums (an entity named and typed in
a release graph, its label there and its classes; a relation stated in a graph, how many times; a
sentence of a relation) and the sums themselves, one row per entity, per relation and per first
sentence of a relation. A graph that changed loses its shares and gets its new ones, from its rows
alone, and only the sums of the entities and relations those shares touch are made again. What is
made from them is what the rows give (the tests compare both).

The shares are made from the rows the memo holds for every graph (:class:`~presskg.views.pagerows.StoreRows`
read them ahead); they are tied to each graph's hash, as the rows are.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Container, Iterator

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
CREATE TABLE IF NOT EXISTS touches (graph TEXT PRIMARY KEY, entities TEXT NOT NULL, relations TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entity_sums (entity TEXT PRIMARY KEY, graph TEXT NOT NULL, label TEXT NOT NULL,
                                        classes TEXT NOT NULL, releases TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS relation_sums (s TEXT NOT NULL, o TEXT NOT NULL, k TEXT NOT NULL, n INTEGER NOT NULL,
                                          releases TEXT, PRIMARY KEY (s, o, k)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS first_said (s TEXT NOT NULL, o TEXT NOT NULL, k TEXT NOT NULL, release TEXT NOT NULL,
                                       sentence TEXT NOT NULL, PRIMARY KEY (s, o, k, release, sentence)) WITHOUT ROWID;
"""
#: Sentences a relation keeps (the graph page's tooltip quotes three: ``pagegraph.SAID``).
SAID = 3
#: Past this many entities or relations whose sums changed, every sum is made again in one pass.
WHOLE = 2000
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
        """Forget the shares of graphs gone or changed, make those of graphs new to the sums, and
        make again the sums of what those shares touch."""
        memo = self.memo
        for query in QUERIES:  # read now or not, the rows stay in the memo: they tell which graphs it holds
            memo.used.add(query)
        with memo.guard():
            summed = dict(self.con.execute("SELECT graph, hash FROM summed"))
            stale = sorted(g for g, h in summed.items() if memo.hashes.get(g) != h)
            todo = sorted(g for g in memo.hashes if summed.get(g) != memo.hashes[g])
            touched: tuple[set, set] = (set(), set())  # entities, relations
            whole = not summed
            if stale:
                whole |= not self._forget(stale, touched)
            for i in range(0, len(todo), BATCH):
                entities, relations = self._add(todo[i:i + BATCH])
                # what the shares touch is needed only to make some sums again: once every sum is to be
                # made, it is not gathered (a set of every entity and relation, some 20 MiB at 8,000
                # releases held beside the pages' rows: issue 19)
                whole = whole or len(touched[0]) + len(touched[1]) > WHOLE
                if whole:
                    touched[0].clear()
                    touched[1].clear()
                    continue
                touched[0].update(entities)
                touched[1].update(relations)
            if whole or len(touched[0]) + len(touched[1]) > WHOLE:
                self._sum(None, None)
            elif touched[0] or touched[1]:
                self._sum(sorted(touched[0]), sorted(touched[1]))

    def _forget(self, stale: list[str], touched: tuple[set, set]) -> bool:
        """Remove the shares of the graphs ``stale``, adding the entities and relations they touch
        to ``touched``: found from what :meth:`_add` noted of each graph, and removed through their
        keys (the tables' order), not by reading every share. False if a graph's note is missing:
        its shares are then removed by reading them all, and every sum must be made again."""
        con = self.con
        self._temp("stale", ("graph",), [(g,) for g in stale])
        notes = con.execute("SELECT entities, relations FROM touches "
                            "WHERE graph IN (SELECT graph FROM stale)").fetchall()
        if len(notes) < len(stale):
            for table in ("named", "related", "said", "touches", "summed"):
                con.execute(f"DELETE FROM {table} WHERE graph IN (SELECT graph FROM stale)")
            return False
        for entities, relations in notes:
            touched[0].update(map(tuple, json.loads(entities)))
            touched[1].update(map(tuple, json.loads(relations)))
        self._temp("touched_entities", ("entity",), sorted(touched[0]))
        self._temp("touched_relations", ("s", "o", "k"), sorted(touched[1]))
        con.execute("DELETE FROM named WHERE entity IN (SELECT entity FROM touched_entities) "
                    "AND graph IN (SELECT graph FROM stale)")
        for table in ("related", "said"):
            con.execute(f"DELETE FROM {table} WHERE (s, o, k) IN (SELECT s, o, k FROM touched_relations) "
                        "AND graph IN (SELECT graph FROM stale)")
        for table in ("touches", "summed"):
            con.execute(f"DELETE FROM {table} WHERE graph IN (SELECT graph FROM stale)")
        return True

    def _add(self, graphs: list[str]) -> tuple[set[tuple], set[tuple]]:
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
        named = [(e, g) for g, e in classes]
        entities = {(e,) for e, _ in named}
        del labels, classes
        skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
        kb_graph = str(KB_GRAPH)
        counts: dict[tuple[str, str, str, str], int] = {}
        for g, s, p, o in rows(edges_q, graphs):
            if g not in skip:
                key = (s, o, edge_key(p, g == kb_graph), g)
                counts[key] = counts.get(key, 0) + 1
        self.con.executemany("INSERT INTO related VALUES (?, ?, ?, ?, ?)", ((*k, n) for k, n in counts.items()))
        relations = {k[:3] for k in counts}
        said = {(s, o, edge_key(p, g == kb_graph), _release(g), sentence, g)
                for g, s, p, o, sentence in rows(evidence_q, graphs) if g not in skip and sentence}
        self.con.executemany("INSERT OR IGNORE INTO said VALUES (?, ?, ?, ?, ?, ?)", said)
        relations.update(x[:3] for x in said)
        self.con.executemany("INSERT INTO summed VALUES (?, ?)", [(g, self.memo.hashes[g]) for g in graphs])
        noted: dict[str, tuple[set, set]] = {g: (set(), set()) for g in graphs}
        for e, g in named:
            noted[g][0].add((e,))
        for s, o, k, g in counts:
            noted[g][1].add((s, o, k))
        for s, o, k, _, _, g in said:
            noted[g][1].add((s, o, k))
        self.con.executemany("INSERT INTO touches VALUES (?, ?, ?)", (
            (g, _dumps(sorted(x[0])), _dumps(sorted(x[1]))) for g, x in noted.items()))
        return entities, relations

    def _sum(self, entities: list[tuple] | None, relations: list[tuple] | None) -> None:
        """Make again the sums of ``entities`` and ``relations`` (keys), or (None) every sum."""
        con = self.con
        if entities is None:
            for table in ("entity_sums", "relation_sums", "first_said"):
                con.execute(f"DELETE FROM {table}")
            where_e = where_r = ""
        else:
            self._temp("touched_entities", ("entity",), entities)
            self._temp("touched_relations", ("s", "o", "k"), relations)
            con.execute("DELETE FROM entity_sums WHERE entity IN (SELECT entity FROM touched_entities)")
            for table in ("relation_sums", "first_said"):
                con.execute(f"DELETE FROM {table} WHERE (s, o, k) IN (SELECT s, o, k FROM touched_relations)")
            where_e = "WHERE entity IN (SELECT entity FROM touched_entities)"
            where_r = "WHERE (s, o, k) IN (SELECT s, o, k FROM touched_relations)"
        # SQLite takes a bare column (the label) from the row of the group's max()
        con.executemany("INSERT INTO entity_sums VALUES (?, ?, ?, ?, ?)", (
            (e, g, label, " ".join(sorted(set(classes.split()))),
             _dumps(sorted({_release(x) for x in graphs.split()})))
            for e, g, label, graphs, classes in con.execute(
                "SELECT entity, max(graph), label, group_concat(graph, ' '), group_concat(classes, ' ') "
                f"FROM named {where_e} GROUP BY entity")))
        kept = [k for p in sorted(RELEASES_KEPT) for k in (p, f"{p}@kb")]
        releases: dict[tuple[str, str, str], list[str]] = {}
        for s, o, k, g, n in con.execute(f"SELECT s, o, k, graph, n FROM related {where_r or 'WHERE TRUE'} "
                                         f"AND k IN ({','.join('?' * len(kept))})", kept).fetchall():
            releases.setdefault((s, o, k), []).extend([_release(g)] * n)
        con.executemany("INSERT INTO relation_sums VALUES (?, ?, ?, ?, ?)", (
            (s, o, k, n, _dumps(sorted(releases[s, o, k])) if (s, o, k) in releases else None)
            for s, o, k, n in con.execute(f"SELECT s, o, k, sum(n) FROM related {where_r} GROUP BY s, o, k")))
        # each relation's first distinct (release, sentence) pairs: the shares in their key's order, streamed
        con.executemany("INSERT INTO first_said VALUES (?, ?, ?, ?, ?)", _firsts(con.execute(
            f"SELECT DISTINCT s, o, k, release, sentence FROM said {where_r} ORDER BY s, o, k, release, sentence")))

    def _temp(self, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """A temporary table ``name`` holding ``rows`` (its previous rows gone)."""
        self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({', '.join(columns)}, "
                         f"PRIMARY KEY ({', '.join(columns)}))")
        self.con.execute(f"DELETE FROM {name}")
        self.con.executemany(f"INSERT OR IGNORE INTO {name} VALUES ({', '.join('?' * len(columns))})", rows)

    def entities(self) -> dict[str, list]:
        """What :func:`~presskg.views.pagegraph._bare_entities` gives: entity → [the last graph that
        names and types it, its label there, its classes, its releases (sorted, each once)].

        Strings are interned, as the memo's rows are: an entity's IRI is one object in the graph's
        nodes and edges, a release's one in every node that names it (read as new strings from the
        file, they were some 10 MiB more of the pages' graph at 4,000 releases: issue 19). Entities of the
        same classes share one frozenset of them, read only (a set each was some 7 MiB at 8,000 releases,
        31,000 entities, all held at once while the graph's nodes are made)."""
        intern = sys.intern
        kinds: dict[str, frozenset[str]] = {}

        def classes_of(text: str) -> frozenset[str]:
            kind = kinds.get(text)
            if kind is None:
                kind = kinds[text] = frozenset(map(intern, text.split()))
            return kind

        with self.memo.guard():
            return {intern(e): [g, intern(label), classes_of(classes), list(map(intern, json.loads(releases)))]
                    for e, g, label, classes, releases in self.con.execute("SELECT * FROM entity_sums")}

    def relations(self, nodes: Container[str]) -> tuple[dict[tuple[str, str, str], int],
                                                        dict[tuple[str, str, str], list[str]]]:
        """Each relation between ``nodes``: its count and, for those of :data:`RELEASES_KEPT`, its
        releases (repeated as often as they state it, sorted): (subject, object, key) → count, and
        → releases. Strings interned (see :meth:`entities`)."""
        intern = sys.intern
        counts, releases = {}, {}
        with self.memo.guard():
            for s, o, k, n, kept in self.con.execute("SELECT * FROM relation_sums"):
                if s in nodes and o in nodes:
                    key = (intern(s), intern(o), intern(k))
                    counts[key] = n
                    if kept is not None:
                        releases[key] = list(map(intern, json.loads(kept)))
        return counts, releases

    def said(self, edges: set[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
        """Each of ``edges`` that has a sentence, with its first :data:`SAID` distinct (release,
        sentence) pairs, by release then by text (SQLite orders UTF-8 text as Python orders strings).
        Strings interned (see :meth:`entities`)."""
        intern = sys.intern
        found: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        with self.memo.guard():
            for s, o, k, release, sentence in self.con.execute("SELECT * FROM first_said"):
                if (s, o, k) in edges:
                    found.setdefault((s, o, k), []).append((intern(release), intern(sentence)))
        return found


def _firsts(rows: Iterator[tuple]) -> Iterator[tuple]:
    """The first :data:`SAID` of ``rows`` (sorted by their key, their first three values) of each key."""
    last, seen = None, 0
    for row in rows:
        if row[:3] != last:
            last, seen = row[:3], 0
        if seen < SAID:
            seen += 1
            yield row


def _dumps(values: list) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))

"""The entity graph's rows kept between builds (views.netmemo): what is read back, what a save writes,
and that rows are streamed in bounded chunks rather than held."""

import sqlite3

import pytest

from presskg.views import netmemo
from presskg.views.netmemo import DamagedMemoError, GraphMemo, read_through

Q = "SELECT ?g ?e ?label WHERE { ... }"


def _filled(path) -> None:
    memo = GraphMemo.load(path)
    memo.sync({"g1": "h1", "g2": "h2"})
    assert list(memo.add(Q, ["g1", "g2"], iter([("g1", "e1", "Hayabusa2")]))) == [("g1", "e1", "Hayabusa2")]
    memo.add_mentions({("g1", "e1"): ["Hayabusa2 returned.", "It landed."]})
    memo.save()


def _rows(path, hashes) -> dict[str, list[tuple]]:
    memo = GraphMemo.load(path)
    memo.sync(hashes)
    out = {g: [] for g in memo.known(Q)}
    for row in memo.rows(Q):
        out[row[0]].append(row)
    memo.close()
    return out


def test_netmemo_reads_back_what_it_kept(tmp_path):
    path = tmp_path / "network.memo"
    _filled(path)
    back = GraphMemo.load(path)
    assert back.hashes == {"g1": "h1", "g2": "h2"}
    assert back.known(Q) == {"g1", "g2"}  # g2 kept as a graph without rows
    assert list(back.rows(Q)) == [("g1", "e1", "Hayabusa2")]
    assert back.mentions([("g1", "e1"), ("g2", "e9")]) == {("g1", "e1"): ["Hayabusa2 returned.", "It landed."]}
    back.close()


def test_netmemo_a_save_writes_only_the_graphs_read_again(tmp_path):
    path = tmp_path / "network.memo"
    _filled(path)
    with sqlite3.connect(path) as con:  # mark g1's row: a save that rewrote it would lose the mark
        con.execute("UPDATE rows SET data = '[[\"g1\",\"e1\",\"kept\"]]' WHERE graph = 'g1'")
    memo = GraphMemo.load(path)
    memo.sync({"g1": "h1", "g2": "CHANGED", "g3": "h3"})  # g2 changed, g3 new
    assert memo.known(Q) == {"g1"} and memo.mentions([("g1", "e1")])
    assert list(memo.rows(Q)) == [("g1", "e1", "kept")]
    list(memo.add(Q, ["g2", "g3"], iter([("g2", "e2", "MMX")])))
    memo.save()
    assert _rows(path, {"g1": "h1", "g2": "CHANGED", "g3": "h3"}) == {
        "g1": [("g1", "e1", "kept")], "g2": [("g2", "e2", "MMX")], "g3": []}
    memo = GraphMemo.load(path)
    memo.sync({"g1": "h1"})  # g2 and g3 gone
    list(memo.rows(Q))
    memo.save()
    assert _rows(path, {"g1": "h1"}) == {"g1": [("g1", "e1", "kept")]}
    memo = GraphMemo.load(path)
    memo.sync({"g1": "h1"})
    memo.save()  # Q not read: its rows are of another version of the code
    assert _rows(path, {"g1": "h1"}) == {}


def test_netmemo_an_unsaved_reading_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "network.memo"
    _filled(path)
    memo = GraphMemo.load(path)
    memo.sync({"g1": "OTHER"})
    list(memo.add(Q, ["g1"], iter([("g1", "e1", "new")])))
    memo.close()  # the build failed before the save
    assert _rows(path, {"g1": "h1", "g2": "h2"}) == {"g1": [("g1", "e1", "Hayabusa2")], "g2": []}


def test_netmemo_rows_from_the_store_are_written_in_bounded_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(netmemo, "CHUNK_ROWS", 10)
    path = tmp_path / "network.memo"
    memo = GraphMemo.load(path)
    graphs = [f"g{i}" for i in range(7)]
    memo.sync(dict.fromkeys(graphs, "h"))
    def rows():  # 35 rows, the graphs interleaved
        for i in range(35):
            yield (f"g{i % 5}", f"e{i}", "x")

    written = []
    for _ in memo.add(Q, graphs, rows()):
        written.append(memo.con.execute("SELECT COUNT(*) FROM rows").fetchone()[0])
    # every tenth row, the ten held are written (a chunk per graph among them), the rest at the end
    assert written[8] == 0 and written[9] == 5 and written[-1] == 15
    assert memo.con.execute("SELECT COUNT(*) FROM rows").fetchone()[0] == 22  # and g5, g6 without rows
    memo.save()
    back = _rows(path, dict.fromkeys(graphs, "h"))
    assert sorted(back) == graphs and back["g5"] == back["g6"] == []
    assert sorted(r[1] for rs in back.values() for r in rs) == sorted(f"e{i}" for i in range(35))


def test_netmemo_damaged_or_foreign_files_are_made_again(tmp_path, monkeypatch):
    warned = []  # the logger itself may have been silenced by other tests' logging setup
    monkeypatch.setattr(netmemo.log, "warning", lambda msg, *args: warned.append(msg % args))
    path = tmp_path / "network.memo"
    for junk in (b'{"format": "presskg-graph-memo-1", "strings": 5}', b"\x00" * 100):
        path.write_bytes(junk)
        memo = GraphMemo.load(path)
        assert memo.hashes == {} and "damaged" in warned.pop()
        memo.close()
    _filled(path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE rows SET data = '[{\"a\": 1}]'")  # rows of the wrong shape
    memo = GraphMemo.load(path)
    memo.sync({"g1": "h1", "g2": "h2"})
    with pytest.raises(DamagedMemoError):
        list(memo.rows(Q))
    memo.close()

    def reading(memo):  # what to_networkx does: the kept rows, then the store's of the graphs not kept
        known = memo.known(Q)
        return [*memo.rows(Q), *memo.add(Q, sorted({"g1", "g2"} - known), iter([("g1", "e1", "fresh")]))]

    assert read_through(path, reading, {"g1": "h1", "g2": "h2"}) == [("g1", "e1", "fresh")]
    assert "damaged" in warned.pop() and warned == []
    assert _rows(path, {"g1": "h1", "g2": "h2"}) == {"g1": [("g1", "e1", "fresh")], "g2": []}

"""The entity graph's rows kept between builds (views.netmemo): what is read back, what a save writes."""

import sqlite3

from presskg.views import netmemo
from presskg.views.netmemo import GraphMemo

Q = "SELECT ?g ?e ?label WHERE { ... }"


def _filled() -> GraphMemo:
    memo = GraphMemo()
    memo.sync({"g1": "h1", "g2": "h2"})
    memo.used.add(Q)
    memo.rows[Q] = {"g1": [("g1", "e1", "Hayabusa2")], "g2": [("g2", "e2", None)]}
    memo.mentions[("g1", "e1")] = ["Hayabusa2 returned.", "It landed."]
    return memo


def test_netmemo_reads_back_what_it_kept(tmp_path):
    path = tmp_path / "network.memo"
    memo = _filled()
    memo.save(path)
    back = GraphMemo.load(path)
    assert back.hashes == {"g1": "h1", "g2": "h2"}
    assert back.rows == memo.rows and back.mentions == memo.mentions


def test_netmemo_a_save_writes_only_the_graphs_read_again(tmp_path):
    path = tmp_path / "network.memo"
    _filled().save(path)
    memo = GraphMemo.load(path)
    memo.sync({"g1": "h1", "g2": "CHANGED", "g3": "h3"})  # g2 changed, g3 new
    assert "g2" not in memo.rows[Q] and ("g1", "e1") in memo.mentions
    memo.used.add(Q)
    memo.rows[Q]["g2"] = [("g2", "e2", "MMX")]
    memo.rows[Q]["g3"] = []
    with sqlite3.connect(path) as con:  # mark g1's row: a save that rewrote it would lose the mark
        con.execute("UPDATE rows SET data = '[[\"g1\",\"e1\",\"kept\"]]' WHERE graph = 'g1'")
    memo.save(path)
    back = GraphMemo.load(path)
    assert back.rows[Q] == {"g1": [("g1", "e1", "kept")], "g2": [("g2", "e2", "MMX")], "g3": []}
    back.sync({"g1": "h1"})  # g2 and g3 gone
    back.used.add(Q)
    back.save(path)
    assert GraphMemo.load(path).rows == {Q: {"g1": [("g1", "e1", "kept")]}}


def test_netmemo_damaged_or_foreign_files_are_made_again(tmp_path, monkeypatch):
    warned = []  # the logger itself may have been silenced by other tests' logging setup
    monkeypatch.setattr(netmemo.log, "warning", lambda msg, *args: warned.append(msg % args))
    path = tmp_path / "network.memo"
    for junk in (b'{"format": "presskg-graph-memo-1", "strings": 5}', b"\x00" * 100):
        path.write_bytes(junk)
        assert GraphMemo.load(path).rows == {} and "damaged" in warned.pop()
        assert not path.exists()
    _filled().save(path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE rows SET data = '[{\"a\": 1}]'")  # rows of the wrong shape
    assert GraphMemo.load(path).rows == {} and "damaged" in warned.pop()
    memo = _filled()
    memo.save(path)
    assert GraphMemo.load(path).rows == memo.rows and warned == []

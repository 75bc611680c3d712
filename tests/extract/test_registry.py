"""The rule registry: declarations kept honest, order checked, triggers read from the lexicon's data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presskg.errors import ExtractionError
from presskg.extract import lexicon, registry
from presskg.extract.registry import REGISTRY, Stage, ordered, table

SNAPSHOT = Path(__file__).resolve().parent.parent / "data" / "rules.json"


def test_registry_matches_snapshot():
    """A rule cannot silently appear, vanish or change what it declares (spaCy's factory-registration test)."""
    expected = json.loads(SNAPSHOT.read_text("utf-8"))
    assert table() == expected, (
        "the rule registry changed: review `presskg rules`, then `presskg rules --json > tests/data/rules.json`")


def test_registry_rules_declare_known_triggers_and_products():
    props_and_classes = {str(p) for p in registry.Prop} | {str(c) for c in registry.Class}
    for r in REGISTRY.values():
        assert set(r.triggers) <= set(lexicon.WORD_CLASSES), r.name
        assert set(r.produces) <= props_and_classes, r.name
        assert 0.0 <= r.confidence <= 1.0


@pytest.fixture()
def scratch_registry(monkeypatch):
    monkeypatch.setattr(registry, "REGISTRY", {})
    return registry


def test_registry_refuses_unknown_word_class(scratch_registry):
    with pytest.raises(ExtractionError, match="no word class 'NO_SUCH_VERBS'"):
        scratch_registry.rule("x", stage=Stage.VERBS, triggers=("NO_SUCH_VERBS",), produces=(), confidence=0.5)(
            lambda ctx: None)


def test_registry_refuses_products_outside_the_ontology(scratch_registry):
    with pytest.raises(ExtractionError, match="does not define"):
        scratch_registry.rule("x", stage=Stage.VERBS, produces=("launchedBy",), confidence=0.5)(lambda ctx: None)


def test_registry_refuses_a_rule_ordered_before_what_it_reads(scratch_registry):
    scratch_registry.rule("late", stage=Stage.FINISH, produces=(), confidence=0.5)(lambda ctx: None)
    scratch_registry.rule("early", stage=Stage.MENTIONS, produces=(), confidence=0.5, after=("late",))(
        lambda ctx: None)
    with pytest.raises(ExtractionError, match="must run after 'late'"):
        scratch_registry.ordered()


def test_registry_orders_a_verb_rule_where_it_runs(scratch_registry):
    """A verb rule runs inside the verb rules' dispatcher (stage VERBS), whatever stage it declares: it cannot read
    what a discourse-stage document rule makes, and one that says it does is refused."""
    scratch_registry.rule("frame:verbs", stage=Stage.VERBS, produces=(), confidence=0.0)(lambda ctx: None)
    scratch_registry.rule("later-doc", stage=Stage.DISCOURSE, produces=(), confidence=0.5)(lambda ctx: None)
    scratch_registry.rule("a-verb-rule", scope="verb", stage=Stage.DISCOURSE, produces=(), confidence=0.5,
                          after=("later-doc",))(lambda ctx, f, subj: None)
    with pytest.raises(ExtractionError, match="must run after 'later-doc'"):
        scratch_registry.ordered()


def test_registry_a_verb_rule_may_read_an_earlier_document_rule(scratch_registry):
    scratch_registry.rule("early-doc", stage=Stage.EVENT_NOUNS, produces=(), confidence=0.5)(lambda ctx: None)
    scratch_registry.rule("frame:verbs", stage=Stage.VERBS, produces=(), confidence=0.0)(lambda ctx: None)
    scratch_registry.rule("a-verb-rule", scope="verb", stage=Stage.DISCOURSE, produces=(), confidence=0.5,
                          after=("early-doc",))(lambda ctx, f, subj: None)
    assert [r.name for r in scratch_registry.ordered()] == ["early-doc", "frame:verbs", "a-verb-rule"]


def test_registry_order_follows_stages():
    stages = [r.stage for r in ordered()]
    assert stages == sorted(stages)
    assert {r.name for r in ordered()} == set(REGISTRY)


def test_registry_sink_refuses_undeclared_property(read, monkeypatch):
    """A rule that writes what it did not declare fails loudly instead of drifting from its declaration."""
    r = REGISTRY["frame:orbit"]
    monkeypatch.setitem(REGISTRY, "frame:orbit", registry.Rule(r.name, r.fn, r.scope, r.stage, r.triggers,
                                                               ("target",), r.confidence, r.after))
    with pytest.raises(ExtractionError, match="wrote orbits"):
        read("The Zephyr probe orbits Venus.")


def test_registry_new_word_in_a_class_reaches_its_rules(read, monkeypatch):
    """A verb added to a word class (data) triggers every rule of that class, with no new code."""
    text = "The Aurora orbiter will circumnavigate Jupiter."
    before = {(x.subject, x.predicate, x.object) for x in read(text).relations}
    assert not any(p == "orbits" for _, p, _ in before)
    monkeypatch.setitem(lexicon.WORD_CLASSES, "ORBIT_VERBS", lexicon.WORD_CLASSES["ORBIT_VERBS"] | {"circumnavigate"})
    after = read(text)
    assert any(x.predicate == "orbits" and x.evidence.method == "frame:orbit" for x in after.relations), after.relations


def test_registry_rule_decorator_returns_the_function(scratch_registry):
    def f(ctx):
        """Reads nothing."""

    assert scratch_registry.rule("y", stage=Stage.PHRASES, produces=(), confidence=0.1)(f) is f
    assert scratch_registry.REGISTRY["y"].doc == "Reads nothing."


def test_registry_cli_lists_every_rule(capsys):
    from presskg.cli import main

    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert f"({len(REGISTRY)} rules)" in out
    assert all(name in out for name in REGISTRY)


def test_registry_lexicon_change_reads_the_release_again(release_dir, tmp_path, monkeypatch):
    """The extraction cache's fingerprint covers the lexicon's data: a changed word class means a new reading."""
    import shutil

    from presskg.builder import limits
    from presskg.builder.build import build

    out = tmp_path / "build"
    build([release_dir], out=out, progress=False)
    extracted: list[str] = []
    real = limits._extract_one
    monkeypatch.setattr(limits, "_extract_one", lambda rel, *a: extracted.append(rel.identifier) or real(rel, *a))
    build([release_dir], out=out, progress=False)
    assert extracted == [], "an unchanged release was read again"

    copy = tmp_path / "lexicon"
    copy.mkdir()
    for f in lexicon.lexicon_files():
        shutil.copy(f, copy / f.name)
    with (copy / "verbs.toml").open("a", encoding="utf-8") as fh:
        fh.write('\nEXTRA_VERBS = ["circumnavigate"]\n')
    monkeypatch.setattr(lexicon, "lexicon_files", lambda: sorted(copy.glob("*.toml")))
    build([release_dir], out=out, progress=False)
    assert extracted == ["cnes-jaxa-2021-02-25"]

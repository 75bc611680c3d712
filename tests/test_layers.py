"""The tree shows the data flow: a stage imports only earlier stages, and no package's modules import in a cycle."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layers_contracts_hold(capsys):
    """import-linter's contracts in pyproject.toml: the stage layers, and no cycles among siblings."""
    import logging

    from importlinter.cli import lint_imports

    # import-linter configures logging with dictConfig, which disables every logger it does not name:
    # presskg's own, whose messages later tests read (caplog), are enabled again after it
    enabled = [lg for lg in logging.root.manager.loggerDict.values()
               if isinstance(lg, logging.Logger) and not lg.disabled]
    try:
        code = lint_imports(config_filename=str(ROOT / "pyproject.toml"))
    finally:
        for lg in enabled:
            lg.disabled = False
    assert code == 0, capsys.readouterr().out[-3000:]


def test_layers_no_module_past_the_size_limit():
    """One topic per module: none much over 400 lines (the generated vocabulary aside)."""
    big = {str(p.relative_to(ROOT)): n for p in (ROOT / "src" / "presskg").rglob("*.py")
           if p.name != "vocab.py" and (n := len(p.read_text("utf-8").splitlines())) > 450}
    assert not big, big

"""The README's command examples, run on a build of the bundled releases: the docs cannot drift.

Each ``$ presskg ...`` line of a fenced block in README.md is a command; the lines after it, up
to the next ``$`` line, are its output. The test runs the command (``--build`` added) on a build
of ``data/releases`` and ``data/samples`` and compares line by line: the same number of lines,
each equal to the real one, except that ``...`` in the README stands for text left out. The
``curl`` example asks the endpoint that ``presskg serve`` starts on such a build; its query is
run here with ``presskg query -e`` (the same store, the same engine) and compared the same way.
``serve`` (a server) and ``push`` (a triplestore) are checked by ``tests/test_serve_push.py``.
"""

from __future__ import annotations

import re
import shlex

import pytest

from presskg.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: Commands that read a build, run here on the test's build.
READS_A_BUILD = {"query", "path", "stats", "viz", "network", "validate"}


def _examples() -> list[tuple[str, list[str]]]:
    """(command, output lines) of every ``$`` line in the README's fenced blocks."""
    out: list[tuple[str, list[str]]] = []
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", README, flags=re.S | re.M):
        current: tuple[str, list[str]] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:], [])
                out.append(current)
            elif current is not None:
                if current[0].startswith("curl") and not current[1] and line.startswith("    "):
                    current = (current[0] + "\n" + line, [])  # the command goes on
                    out[-1] = current
                else:
                    current[1].append(line)
    return [(cmd, [x.rstrip() for x in lines if x.strip()]) for cmd, lines in out]


def _matches(quoted: str, real: str) -> bool:
    """``real`` is the README's line, where ``...`` stands for any text."""
    pattern = ".*?".join(re.escape(piece) for piece in quoted.split("..."))
    return re.fullmatch(pattern, real.rstrip(), flags=re.S) is not None


def _compare(command: str, quoted: list[str], real: list[str]) -> None:
    real = [x.rstrip() for x in real if x.strip()]
    assert len(real) == len(quoted), f"{command}: {len(real)} lines, the README quotes {len(quoted)}:\n" + \
        "\n".join(real)
    for q, r in zip(quoted, real, strict=True):
        assert _matches(q, r), f"{command}:\n  README: {q}\n  real:   {r}"


EXAMPLES = _examples()
PRESSKG = [(c, o) for c, o in EXAMPLES if c.startswith("presskg ") and c.split()[1] in READS_A_BUILD]


def test_readme_quotes_the_commands_it_promises():
    names = [shlex.split(c, comments=True)[1] for c, _ in PRESSKG]
    assert names.count("query") >= 2 and "path" in names
    assert any(c.startswith("curl") for c, _ in EXAMPLES)


@pytest.mark.parametrize("command,quoted", PRESSKG, ids=[c[:40] for c, _ in PRESSKG])
def test_readme_command_output_matches_a_real_run(command, quoted, samples_build, capsys):
    argv = shlex.split(command, comments=True)[1:]
    assert main([*argv, "--build", str(samples_build)]) == 0
    _compare(command, quoted, capsys.readouterr().out.splitlines())


def test_readme_curl_example_matches_the_same_query(samples_build, capsys):
    command, quoted = next((c, o) for c, o in EXAMPLES if c.startswith("curl"))
    sparql = re.search(r"query=(.*?)' http://", command, flags=re.S).group(1)
    assert "text/csv" in command
    assert main(["query", "-e", sparql, "--format", "csv", "--build", str(samples_build)]) == 0
    _compare(command, quoted, capsys.readouterr().out.splitlines())


def test_readme_build_summary_numbers(samples_build):
    """The figures the README gives for the bundled releases (the picture's caption, the report's)."""
    from presskg.views.analytics import stats, text_graph, to_networkx

    s = stats(text_graph(to_networkx(samples_build)))
    caption = re.search(r"32 samples, ([\d,]+) entities", README.replace("\n", " "))
    assert caption and caption.group(1).replace(",", "") == str(s["entities"])
    assert f"top 20 of {len(s['classes'])} classes" in README


def test_readme_loads_graph_jsonld_as_a_dataset(samples_build):
    """The "Linked-data files" snippet, run on the build: what its comments say is so."""
    from rdflib import Dataset

    code = re.search(r"```python\n(from rdflib import Dataset\n.*?)```", README, flags=re.S).group(1)
    lines = code.replace("build/graph.jsonld", str(samples_build / "graph.jsonld")).splitlines()
    scope: dict = {}
    exec("\n".join(x for x in lines if "#" not in x), scope)  # the set-up lines
    assert isinstance(scope["ds"], Dataset)
    quads = len((samples_build / "graph.nq").read_text(encoding="utf-8").splitlines())
    for line in (x for x in lines if "#" in x):
        expr, comment = line.split("#", 1)
        value = eval(expr, scope)
        expected = quads if "every quad of build/graph.nq" in comment else int(comment.split(":")[0])
        assert value == expected, line


def test_readme_rules_listing_matches_presskg_rules(capsys):
    """The rows the README quotes of ``presskg rules`` are rows it prints (``...`` stands for the others)."""
    (quoted,) = [o for c, o in EXAMPLES if c == "presskg rules"]
    assert main(["rules"]) == 0
    real = [" ".join(x.split()) for x in capsys.readouterr().out.splitlines()]
    rows = [q for q in quoted if "..." not in q]
    assert len(rows) >= 3
    for q in rows:
        assert " ".join(q.split()) in real, q
    assert _matches(quoted[-1], real[-1])

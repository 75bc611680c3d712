import pytest

from presskg.cli import main

from .conftest import RELEASES, SEED


def test_cli_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for cmd in ("build", "query", "extract", "validate", "viz", "doctor"):  # not vocab: for developers
        assert cmd in out


def test_cli_missing_path_is_one_line_and_exit_2(capsys, tmp_path):
    assert main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope" in err[0] and "Traceback" not in err[0]


def test_cli_empty_file_only_is_an_error(capsys, tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    assert main(["build", str(f), "-o", str(tmp_path / "b")]) == 2
    assert "empty.txt" in capsys.readouterr().err


def test_cli_doctor_names_the_model(capsys):
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "en_core_web_sm" in out and "spacy_version" in out


def test_cli_vocab_check(capsys):
    assert main(["vocab", "--check"]) == 0


def test_cli_extract_explain(capsys):
    assert main(["extract", str(RELEASES / f"{SEED}.txt"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "headOf" in out and "rule dep:" in out and "CNES" in out


def test_cli_query_inline(capsys, seed_build):
    assert main(["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?r a pk:Release }", "--build", str(seed_build),
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "1"]


def test_cli_query_syntax_error(capsys, seed_build):
    assert main(["query", "-e", "SELECT WHERE {", "--build", str(seed_build)]) == 2
    assert "syntax error" in capsys.readouterr().err


def test_cli_viz_unknown_release_is_one_line_and_exit_2(capsys, seed_build, tmp_path):
    assert main(["viz", "--release", "nosuch", "--build", str(seed_build), "-o", str(tmp_path / "p.html")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no release 'nosuch'" in err[0] and not (tmp_path / "p.html").exists()
    assert main(["viz", "--release", SEED, "--build", str(seed_build), "-o", str(tmp_path / "p.html")]) == 0


@pytest.mark.parametrize("argv", [["build", "--jobs", "0"], ["stats", "--top", "-3"], ["viz", "--max-nodes", "0"],
                                  ["serve", "--port", "70000"], ["build", "--jobs", "two"]])
def test_cli_refuses_numbers_out_of_range(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and f"argument {argv[1]}" in capsys.readouterr().err


def test_cli_options_have_help_and_vocab_is_hidden(capsys):
    from presskg.cli import make_parser

    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        for action in p._actions:
            assert action.help, f"presskg {name} {action.option_strings or action.dest} has no help"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "vocab" not in capsys.readouterr().out
    assert main(["vocab", "--check"]) == 0  # hidden, still works

import datetime as dt

import pytest

from presskg.errors import InputError, MissingInputError
from presskg.ingest import iter_release_paths, normalize_text, parse_release_date, read_release

from .conftest import RELEASES, SEED


def test_ingest_plain_text_takes_first_line_date(tmp_path):
    f = tmp_path / f"{SEED}.txt"
    body = RELEASES.joinpath(f"{SEED}.txt").read_text(encoding="utf-8").split("---\n", 1)[1]
    f.write_text("February 25, 2021\n\n" + body, encoding="utf-8")  # the bundled text without its header
    rel = read_release(f)
    assert rel.identifier == SEED
    assert rel.date == dt.date(2021, 2, 25)
    assert rel.text.startswith("Thursday 25 February, CNES President")
    assert rel.publisher is None and "no publisher" in " ".join(rel.warnings)
    assert rel.text == read_release(RELEASES / f"{SEED}.txt").text  # the header changes no offset


def test_ingest_bundled_first_release_has_a_header():
    rel = read_release(RELEASES / f"{SEED}.txt")
    assert (rel.publisher, rel.date, rel.warnings) == ("CNES", dt.date(2021, 2, 25), ())
    assert rel.title and rel.text.startswith("Thursday 25 February, CNES President")


def test_ingest_header_block(tmp_path):
    f = tmp_path / "x-2020.txt"
    f.write_text("title: A title\npublisher: JAXA\ndate: 2020-03-04\nsource: https://example.org/a\n---\n"
                 "First line\nwrapped here.\n\nSecond paragraph.\n")
    rel = read_release(f)
    assert (rel.title, rel.publisher, rel.date, rel.source) == (
        "A title", "JAXA", dt.date(2020, 3, 4), "https://example.org/a")
    assert rel.text == "First line wrapped here.\n\nSecond paragraph."
    assert rel.warnings == ()


def test_ingest_header_unknown_key_is_an_error(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text("title: T\nauthor: me\n---\nText.\n")
    with pytest.raises(InputError, match="unknown header key.*author"):
        read_release(f)


def test_ingest_markdown_title_and_text(tmp_path):
    f = tmp_path / "m.md"
    f.write_text("# ESA and JAXA meet\n\nThe **two** agencies met in [Paris](https://x).\n")
    rel = read_release(f)
    assert rel.title == "ESA and JAXA meet"
    assert rel.text == "The two agencies met in Paris."


def test_ingest_html_main_text_without_scripts(tmp_path):
    body = " ".join(["NASA and ESA signed an agreement on lunar exploration in Paris."] * 6)
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>NASA ESA</title><script>var x = 'evil';</script></head><body>"
                 f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
                 f"<article><h1>NASA and ESA agree</h1><p>{body}</p></article></body></html>")
    rel = read_release(f)
    assert "signed an agreement" in rel.text
    assert "evil" not in rel.text and "Home" not in rel.text


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
])
def test_ingest_bad_files_name_the_file(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        read_release(f)
    assert str(f) in str(err.value)


def test_ingest_missing_path():
    with pytest.raises(MissingInputError, match="no such file"):
        list(iter_release_paths(["/nonexistent/releases"]))


def test_ingest_latin1_is_detected(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Le CNES a sign\xe9 un accord avec l'agence spatiale allemande \xe0 Paris.".encode("latin-1"))
    rel = read_release(f)
    assert "signé" in rel.text and rel.encoding != "utf-8"


@pytest.mark.parametrize(("line", "date"), [
    ("February 25, 2021", dt.date(2021, 2, 25)),
    ("25 February 2021", dt.date(2021, 2, 25)),
    ("2021-02-25", dt.date(2021, 2, 25)),
    ("Thursday 25 February, CNES President met", None),
    ("The agencies met", None),
])
def test_ingest_release_date_line(line, date):
    assert parse_release_date(line) == date


def test_ingest_impossible_date_is_an_error():
    with pytest.raises(InputError, match="impossible date"):
        parse_release_date("31 February 2021")


def test_ingest_normalize_joins_wrapped_lines():
    assert normalize_text("a b\nc\n\n\nd\r\ne") == "a b c\n\nd e"


@pytest.mark.parametrize("text, want", [
    ("About Kelmar University\nFounded in 1911, Kelmar University is large.",
     "About Kelmar University\n\nFounded in 1911, Kelmar University is large."),
    ("Media contact\nAnna Berg, press officer", "Media contact\n\nAnna Berg, press officer"),
    # a wrapped title's second line, a dateline over its lead, running text: joined as before
    ("Vela and Kelmar sign\nagreement on satellites", "Vela and Kelmar sign agreement on satellites"),
    ("TORVIK, 14 October 2026 -\nThe agency signed.", "TORVIK, 14 October 2026 - The agency signed."),
    ("The Vela Space Agency and the university signed a memorandum of\nUnderstanding on Tuesday.",
     "The Vela Space Agency and the university signed a memorandum of Understanding on Tuesday."),
])
def test_ingest_a_heading_line_is_a_paragraph_of_its_own(text, want):
    assert normalize_text(text) == want

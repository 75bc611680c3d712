"""Stage 1: files → :class:`~presskg.model.Release` records.

Readers exist for plain text, text with a header block, Markdown and HTML. A
header block is a run of ``key: value`` lines (title, publisher, date, source)
closed by a line ``---``; a plain text whose first line is a date takes it as
the release date. The identifier of a release is its file name without the
extension, so the same file always names the same graph.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from presskg.errors import InputError, MissingInputError
from presskg.ingest.sanitize import check_name, clean_field, clean_text, read_bounded, shown, source_url
from presskg.model import Release
from presskg.settings import DEFAULT_SETTINGS, Settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
HEADER_KEYS = frozenset({"title", "publisher", "date", "source"})

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_ -]{0,30}):\s*(.*)$")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def read_release(path: str | Path, *, settings: Settings = DEFAULT_SETTINGS) -> Release:
    """Read one release file.

    Args:
        path: a ``.txt``, ``.md`` or ``.html`` file.
        settings: ``max_release_bytes`` bounds the file size.

    Returns:
        The release; ``warnings`` lists what was missing (date, publisher).

    Raises:
        MissingInputError: the file does not exist.
        InputError: the file is empty, binary, too large or malformed.
    """
    path = Path(path)
    if not path.is_file():
        raise MissingInputError(f"{shown(path)}: no such file (give a release file or a folder of them)")
    check_name(path)
    data = read_bounded(path, settings.max_release_bytes)
    text, encoding = decode(data, path)
    text = clean_text(text, path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        release = _from_html(text, path)
    else:
        header, body = split_header(text, path)
        if suffix in MARKDOWN_SUFFIXES:
            title, body = _markdown_to_text(body)
            header.setdefault("title", title)
        release = _from_text(body, header, path)
    if not release.text.strip():
        raise InputError(f"{path}: the release has no text (an empty file or only a header)")
    check_not_future(release.date, path)
    release = replace(release, encoding=encoding, warnings=_missing(release),
                      title=clean_field(release.title), publisher=clean_field(release.publisher),
                      source=source_url(release.source, path))
    for warning in release.warnings:
        log.warning("%s: %s", path, warning)
    return release


def iter_release_paths(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Expand files and folders into release files, in a stable order.

    Folders are searched recursively for the supported suffixes, leaving out the folders in
    ``exclude`` (a build's output folder) and any folder that looks like a presskg build (it has a
    ``manifest.json`` or a build lock), so that a build never reads its own pages as releases.

    Raises:
        MissingInputError: a path does not exist.
    """
    import os

    skip = {Path(e).resolve() for e in exclude}
    for p in map(Path, paths):
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                here = Path(root)
                dirs[:] = sorted(d for d in dirs if not _is_build(here / d, skip))
                if here == p and _is_build(here, skip):
                    log.warning("%s: a presskg build folder, not read as releases", shown(p))
                    break
                found += [here / f for f in files if Path(f).suffix.lower() in SUFFIXES]
            yield from sorted(f for f in found if f.is_file())
        elif p.exists():
            yield p
        else:
            raise MissingInputError(f"{shown(p)}: no such file or folder")


def _is_build(folder: Path, skip: set[Path]) -> bool:
    """The output folder of this build, or a folder a presskg build wrote."""
    return (folder.resolve() in skip or (folder / "manifest.json").is_file()
            or (folder / ".presskg.lock").exists())


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode release bytes, detecting the encoding when it is not UTF-8.

    Raises:
        InputError: the bytes are empty or look binary.
    """
    if not data.strip():
        raise InputError(f"{shown(path)}: the file is empty")
    for bom, codec in _BOMS:  # UTF-32 first: its little-endian mark starts with UTF-16's
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(f"{shown(path)}: starts with a {codec} byte-order mark but is not {codec} "
                                 f"({exc.reason} at byte {exc.start})") from None
    head = data[:8192]
    if len(head) - len(head.translate(None, _BINARY_BYTES)) > len(head) // 10:  # stray controls are removed below
        raise InputError(f"{shown(path)}: this looks like a binary file, not a text release")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{path}: cannot tell the text encoding (not UTF-8; is it a text file?)")
    log.warning("%s: not valid UTF-8, decoded as %s", path, best.encoding)
    return str(best), best.encoding


#: Control bytes no text holds (all but tab, line ends, form feed and escape): in more than a tenth
#: of the first 8 KB, the file is binary.
_BINARY_BYTES = bytes([*range(0, 9), 14, 15, *range(16, 27), 28, 29, 30, 31])
#: Byte-order marks presskg decodes by (UTF-32 before UTF-16, whose little-endian mark is a prefix).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
def split_header(text: str, path: Path) -> tuple[dict[str, str], str]:
    """Split a ``key: value`` header block closed by ``---`` from the body.

    A text without such a block gives an empty header. A block with keys
    presskg does not know is an error, since it is most likely a typo.
    """
    lines = text.splitlines()
    try:
        end = next(i for i, line in enumerate(lines[:20]) if line.strip() == "---")
    except StopIteration:
        return {}, text
    matches = [_HEADER_LINE.match(line) for line in lines[:end] if line.strip()]
    if not matches or not all(matches):
        return {}, text
    header = {m.group(1).strip().lower(): m.group(2).strip() for m in matches if m}
    unknown = sorted(set(header) - HEADER_KEYS)
    if unknown:
        raise InputError(
            f"{path}: unknown header key(s) {', '.join(unknown)}; "
            f"a header block takes {', '.join(sorted(HEADER_KEYS))}"
        )
    return header, "\n".join(lines[end + 1 :])


def parse_release_date(value: str, path: Path | None = None) -> dt.date | None:
    """Read a release date written as a whole line ("February 25, 2021", "2021-02-25").

    Returns ``None`` for a line that is not a date. A line that is a date but
    an impossible one ("31 February 2021") is an error, not a silent miss.
    """
    value = value.strip()
    if not value or not _YEAR.search(value) or len(value) > 40:
        return None
    from dateutil import parser

    try:
        parsed = parser.parse(value, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError) as exc:
        if re.search(r"[A-Za-z]{3}|\d{1,2}[-/.]\d{1,2}", value):
            if "day is out of range" in str(exc) or "must be in" in str(exc):
                raise InputError(f"{path or 'release'}: impossible date {value!r} ({exc})") from exc
        return None
    if parsed.year == 1:
        return None
    return parsed.date()


def check_not_future(date: dt.date | None, path: Path, *, today: dt.date | None = None) -> None:
    """A release is not dated after tomorrow (embargoed releases may be a day ahead).

    Raises:
        InputError: the date is further in the future.
    """
    today = today or dt.date.today()
    if date is not None and date > today + dt.timedelta(days=1):
        raise InputError(f"{path}: release date {date.isoformat()} is in the future (today is {today.isoformat()}); "
                         "fix the date line or header")


def normalize_text(text: str) -> str:
    r"""Join hard-wrapped lines into paragraphs; paragraphs end with a blank line.

    Release text often arrives wrapped at 70 columns; a sentence must not be
    split by a line end, so lines inside a paragraph are joined by a space. A
    block's first line that reads as a heading (:func:`_heading_line`: "About
    Kelmar University" over the paragraph it heads) is a paragraph of its own:
    joined, its last words ran into the next sentence's first ("Kelmar
    University Founded in 1911").

    >>> normalize_text("About the Agency\nFounded in 1961, it has 300 staff.")
    'About the Agency\n\nFounded in 1961, it has 300 staff.'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and _heading_line(lines[0], lines[1]):
            paragraphs.append(lines.pop(0))
        paragraphs += [" ".join(item) for item in _items(lines)]
    return "\n\n".join(paragraphs)


#: The marks that open a list's item: a hyphen, a bullet, an asterisk, dashes, a middle dot.
BULLETS = "-\u2022*\u2013\u2014\u00b7"
#: A list item's line: a bullet, or a short label and a colon ("- Launcher: Vega-C", "Launch site: Kourou").
_BULLET = re.compile(rf"[{re.escape(BULLETS)}]\s")
_ITEM = re.compile(rf"^(?:{_BULLET.pattern}|[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){{0,4}}: )")


def _items(lines: list[str]) -> list[list[str]]:
    r"""A block's lines grouped into paragraphs: one, unless it is a list, whose items (a bullet's line, or a
    label's when two lines of the block are labelled) each start one, the lines after an item its wrapped rest.

    >>> _items(["Key facts:", "- Launcher: Vega-C", "- Operator: EUMETSAT"])
    [['Key facts:'], ['- Launcher: Vega-C'], ['- Operator: EUMETSAT']]
    >>> _items(["The rocket lifted off at 10:45.", "Engineers: all went well."])
    [['The rocket lifted off at 10:45.', 'Engineers: all went well.']]
    """
    bullets = [bool(_BULLET.match(line)) for line in lines]
    starts = bullets if any(bullets) else [bool(_ITEM.match(line)) for line in lines]
    if sum(starts) < (1 if any(bullets) else 2):
        return [lines] if lines else []
    out: list[list[str]] = []
    for line, start in zip(lines, starts, strict=True):
        if start or not out:
            out.append([line])
        else:
            out[-1].append(line)
    return out


#: Most words a heading line has; a wrapped line of running text has more.
_HEADING_WORDS = 8


def _heading_line(line: str, after: str) -> bool:
    """Whether ``line``, over ``after``, is a heading: a few words with no stop, comma, colon or dash at its end
    (a dateline ends with its dash: "TORVIK, 14 October 2026 -"), and a capital to start the next line (a wrapped
    title's second line starts lower case)."""
    return len(line.split()) <= _HEADING_WORDS and line[-1] not in ".!?,;:-\u2013\u2014\"'\u201d)" \
        and after[:1].isupper()


def _from_text(body: str, header: dict[str, str], path: Path) -> Release:
    date = parse_release_date(header["date"], path) if header.get("date") else None
    if header.get("date") and date is None:
        raise InputError(f"{path}: header date {header['date']!r} is not a date (use YYYY-MM-DD)")
    if not header:
        first, _, rest = body.lstrip().partition("\n")
        first_date = parse_release_date(first, path)
        if first_date is not None:
            date, body = first_date, rest
    return Release(
        identifier=path.stem,
        text=normalize_text(body),
        title=header.get("title") or None,
        date=date,
        publisher=header.get("publisher") or None,
        source=header.get("source") or None,
        path=path,
    )


def _markdown_to_text(body: str) -> tuple[str | None, str]:
    """Plain text of a Markdown body and its first heading (the title)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(body)
    title, blocks, in_heading = None, [], False
    for tok in tokens:
        if tok.type == "heading_open":
            in_heading = True
        elif tok.type == "heading_close":
            in_heading = False
        elif tok.type == "inline":
            text = "".join(
                " " if child.type in ("softbreak", "hardbreak") else child.content
                for child in tok.children or ()
            )
            if in_heading and title is None:
                title = text
            else:
                blocks.append(text)
    return title, "\n\n".join(blocks)


def _from_html(html: str, path: Path) -> Release:
    import json

    import trafilatura

    extracted = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False, include_tables=False
    )
    if not extracted:
        raise InputError(f"{path}: no main text found in this HTML page")
    doc = json.loads(extracted)
    date = None
    if doc.get("date"):
        try:
            date = dt.date.fromisoformat(doc["date"][:10])
        except ValueError:
            date = None
    return Release(
        identifier=path.stem,
        text=normalize_text(doc.get("text") or ""),
        title=doc.get("title") or None,
        date=date,
        publisher=doc.get("sitename") or None,
        source=doc.get("source") or doc.get("url") or None,
        path=path,
    )


def _missing(release: Release) -> tuple[str, ...]:
    warnings = []
    if release.date is None:
        warnings.append("no release date (give a 'date:' header or a date as the first line)")
    if release.publisher is None:
        warnings.append("no publisher (give a 'publisher:' header)")
    return tuple(warnings)

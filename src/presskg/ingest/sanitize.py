"""Names, bytes and text of release files made safe at the door, before any stage sees them.

A release's file name becomes its identifier and IRI, its text and header become literals and
IRIs in five RDF syntaxes and in pages: what none of them can hold (control characters, line
separators inside a header line, a ``javascript:`` source, a 2 GB file) is removed, encoded or
refused here, naming the file, so that nothing later can fail on it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from presskg.errors import InputError

log = logging.getLogger("presskg.ingest")  # the warnings belong to reading release files

#: Line ends besides ``\n`` that Python's ``splitlines`` (and word processors) know: all become ``\n``.
_LINE_ENDS = re.compile("\r\n?|[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
#: Characters XML 1.0 cannot hold, or that no text needs: C0/C1 controls (but tab and newline),
#: DEL, lone surrogates and the non-characters U+FFFE/U+FFFF.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


#: What a file name shown on one line (or made an identifier) cannot hold: every control and line end.
_NAME_BAD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufffe\uffff]")


def shown(path: str | Path) -> str:
    """``path`` for a one-line message: control characters and undecodable bytes as escapes."""
    return _NAME_BAD.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"),
                         str(path))


def check_name(path: Path) -> None:
    """A release is named by its file: a name with a control character (a newline...) or bytes
    that are not UTF-8 cannot be shown on one line or written in RDF, so it is refused.

    Raises:
        InputError: naming the file and what to do.
    """
    if _NAME_BAD.search(path.stem):
        raise InputError(f"{shown(path)}: the file name holds a control character or bytes that are not "
                         "UTF-8; rename the file")


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refused before reading when larger than ``limit`` (a 2 GB sparse
    file is never read), and never more than ``limit`` + 1 bytes should it grow meanwhile.

    Raises:
        InputError: the file is too large or cannot be read.
    """
    def too_large(size: int) -> InputError:
        return InputError(f"{shown(path)}: {size:,} bytes is larger than the limit of {limit:,} "
                          "(raise Settings.max_release_bytes to read it)")

    try:
        size = path.stat().st_size
        if size > limit:
            raise too_large(size)
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{shown(path)}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise too_large(len(data))
    return data


def clean_text(text: str, path: Path) -> str:
    """Text as the later stages and every RDF syntax can take it: all line ends as ``\n`` (so a
    header line ends where it should), control characters removed with a warning naming the file."""
    text = _LINE_ENDS.sub("\n", text)
    text, removed = _CONTROLS.subn("", text)
    if removed:
        log.warning("%s: removed %d control character(s) (not text; often pasted from a word processor)",
                    shown(path), removed)
    return text


def warn_controls(text: str, path: Path) -> None:
    """Log what :func:`clean_text` logs of ``text``, without making the cleaned text when it has no
    control character (the line ends it makes ``\n`` are none, or are controls themselves): a
    rebuild logs it for every release file it knows from the manifest (some 0.02 s of CPU at 1,000
    releases for texts that held none; issue 17)."""
    if _CONTROLS.search(text) is not None:
        clean_text(text, path)


def clean_field(value: str | None) -> str | None:
    """A one-line field (title, publisher) without control characters or line ends."""
    if value is None:
        return None
    value = " ".join(_CONTROLS.sub("", _LINE_ENDS.sub("\n", value)).split())
    return value or None


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):\S")
#: What may stay as it is in a source URL: RFC 3986 reserved and unreserved characters, and ``%``
#: (checked apart); everything else (space, ``<>"{}|\\^`` and backquote, non-ASCII) is percent-encoded.
_URL_SAFE = "!#$&'()*+,/:;=?@[]~-._%"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def source_url(value: str | None, path: Path) -> str | None:
    """The release's ``source``, as an IRI that every RDF syntax can write.

    Characters an IRI cannot hold are percent-encoded; a ``%`` that starts no escape becomes
    ``%25``.

    Raises:
        InputError: the source is not an ``http(s)`` URL with a host (``javascript:``, ``file:``, a
            name), naming the file.
    """
    if value is None:
        return None
    value = clean_field(value)
    if not value:
        return None
    m = _SCHEME.match(value)
    scheme = m.group(1).lower() if m else ""
    from urllib.parse import quote, urlsplit

    if scheme in ("http", "https"):
        url = quote(_BAD_PERCENT.sub("%25", value), safe=_URL_SAFE)
        try:
            parts = urlsplit(url)
            ok = bool(parts.hostname) and (parts.port is None or parts.port >= 0)  # .port checks the port
        except ValueError:
            ok = False
        if ok:
            import pyoxigraph as ox

            try:
                ox.NamedNode(url)
                return url
            except ValueError:
                pass
    raise InputError(f"{shown(path)}: source {value[:80]!r} is not an http(s) URL; give the address the release "
                     "was published at, or leave 'source' out")

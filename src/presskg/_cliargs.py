"""The command line's argument types, its one-line usage errors, and how any error becomes one line and an exit code."""

from __future__ import annotations

import argparse
from typing import NoReturn

from .errors import PresskgError


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small: give 1 or more")
    return value


def _port(text: str) -> int:
    """An argparse type: a TCP port number."""
    value = _positive(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (1 to 65535)")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors, like every other presskg error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def describe(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message of an error (see :data:`EPILOG`)."""
    import errno

    if isinstance(exc, PresskgError):
        return exc.exit_code, _one_line(str(exc))
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        what = {errno.ENOSPC: "no space left on the device; free some and run again",
                errno.EDQUOT: "disk quota exceeded; free some space and run again",
                errno.EACCES: "permission denied; check the folder's permissions",
                errno.EPERM: "operation not permitted; check the folder's permissions",
                errno.EROFS: "read-only file system; choose another output folder (-o)"}.get(exc.errno)
        return 2, _one_line(where + (what or f"{exc.strerror or exc} (errno {exc.errno})"))
    if isinstance(exc, RuntimeError) and "Corruption" in str(exc):  # RocksDB, under the Oxigraph store
        return 2, _one_line(f"the build's store is damaged ({exc}); run 'presskg build' to make it again")
    if isinstance(exc, (ValueError, KeyError, TypeError, IndexError, UnicodeError, EOFError)):
        return 2, _one_line(f"damaged or unexpected data ({type(exc).__name__}: {exc}); "
                            "rebuild with 'presskg build', or run with --debug and report it")
    return 2, _one_line(f"unexpected {type(exc).__name__}: {exc} (run with --debug for the details)")


def _one_line(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"

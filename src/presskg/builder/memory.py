"""How the build's process uses the C heap: fewer glibc arenas, so that peak memory grows less.

A build runs native work in several threads at once: Oxigraph loads the store in one, the
files are written in another, while the main thread runs SHACL (rudof) or makes the pages.
glibc gives each thread that meets contention an arena of its own (up to eight per core) and
keeps what was freed in an arena for that arena's later use; the peak resident memory is then
the sum of each arena's high-water mark, and it grew with the corpus (each phase's arena was
larger the more graphs it had handled). Two arenas measured (``/usr/bin/time -v``, a build of
1,000 releases whose extraction cache was filled beforehand): 416 MiB peak with glibc's default,
372 MiB with two; at 2,000 releases 499 and 427 MiB (a run with a sampling thread beside the
build gained nothing: see the README's *Memory and scale*). Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

from presskg._heap import libc as _libc

#: glibc's ``mallopt`` parameters (``malloc.h``): the most arenas, the size from which a block is
#: mapped on its own, and the free memory at the heap's top kept rather than given back.
_M_ARENA_MAX = -8
_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
#: Arenas the build's threads share: the main thread's and one for the others.
ARENAS = 2


def limit_arenas(arenas: int = ARENAS) -> None:
    """Let the process's threads share at most ``arenas`` glibc arenas from now on (arenas already
    made stay; at the start of a build only the main thread's is)."""
    libc = _libc()
    try:
        if libc is not None:
            libc.mallopt(_M_ARENA_MAX, arenas)
    except AttributeError:  # not glibc
        pass



#: What :func:`keep_freed` sets: glibc's own ceiling for its sliding mmap threshold (32 MiB on a 64-bit
#: machine), and twice that kept at the heap's top, as glibc's sliding trim threshold would reach.
MMAP_THRESHOLD = 32 << 20
TRIM_THRESHOLD = 64 << 20


def keep_freed() -> bool:
    """Let glibc reuse what the process freed rather than give it back to the system at once; whether
    it could (glibc).

    For a Dask worker: its nanny starts it with ``MALLOC_TRIM_THRESHOLD_=65536``, which also fixes
    glibc's mmap threshold at 128 KiB, so that each of the model's arrays of more than that is mapped
    and unmapped anew (zeroed pages faulted in each time): 1.1 s of system time per 160 releases
    read instead of 0.3 s without the variable and 0.16 s with these thresholds (``benchmarks/
    dask_timeline.py`` had shown the workers 8.8 s of system time for 1,000 releases)."""
    libc = _libc()
    try:
        return libc is not None and bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
            libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    except AttributeError:  # not glibc
        return False

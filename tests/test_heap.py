"""presskg._heap: the heap's free pages are handed back to the system between a build's phases."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim and /proc")

_CHILD = textwrap.dedent("""
    import sys
    from presskg._heap import give_back

    def rss():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024

    # 60 MB in 100 KB blocks (below glibc's mmap threshold, so in the heap), each followed by a
    # small block that stays: freeing the large ones leaves holes glibc keeps unless trimmed
    big, kept = [], []
    for i in range(600):
        big.append(bytearray(100_000))
        kept.append(bytearray(600))
    del big
    before = rss()
    give_back()
    print(before, rss())
""")


def test_heap_give_back_returns_freed_memory_to_the_system():
    # a fresh interpreter: the test's own heap (pytest, earlier tests) would blur the figures
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True)
    before, after = map(int, done.stdout.split())
    assert before - after >= 40, (before, after)  # of the 60 MB freed


_NO_SUBPROCESS = textwrap.dedent("""
    import subprocess

    started = []

    class NoChild(subprocess.Popen):
        def __init__(self, args, *rest, **kw):
            started.append(args)
            raise OSError("no subprocess here")

    subprocess.Popen = NoChild
    from presskg._heap import give_back, libc
    from presskg.builder.memory import keep_freed, limit_arenas

    give_back()
    limit_arenas()
    print(libc() is not None, keep_freed(), started)
""")


def test_heap_finds_the_c_library_without_a_subprocess():
    # ctypes.util.find_library("c") runs ldconfig: a fork of the whole build's process, mid-rebuild
    done = subprocess.run([sys.executable, "-c", _NO_SUBPROCESS], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "[]"], done.stdout

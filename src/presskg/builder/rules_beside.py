"""A one-job build's extraction rules in a second process beside its language model (issues 15, 17, 19).

With one job the model and the rules took turns in one process: of a 1,000-release build's
reading, the rules took about 17 s of CPU beside the model's 35 s, while the machine's second
core sat idle until the release graphs were made. Now the model stays in this process, on one
core as before (``--jobs 1``), and each batch's rules run in one forked process while the model
parses the next batch. A thread would not do: spaCy takes and gives back the interpreter so often
that a pure-Python thread beside ``nlp.pipe`` made it about three times slower.

What crosses between the two: per release, spaCy's arrays (:class:`~presskg.nlp.DocData`: the
tokens' attributes as one array and the strings it uses, not a record per token), which the
rules' process makes into the :class:`~presskg.model.Parse` this process would have made; back,
what the caller keeps of each extraction (the naming summary), or the extraction as its cache
entry's bytes, or the reason it failed. The rules' process writes each extraction to the cache,
as this process would. The extraction is the same code on the same parse: the outputs are the
same bytes (``tests/test_build_beside.py``). Should the rules' process die, the releases it had
not sent back are read again in this process, the model and the rules taking turns. On a machine
of one core, or with ``Settings.rules_beside`` off (``presskg build --one-process``), every release
is read in the build's own process.

The model's entity recognizer, about half of its time, runs on whichever side has time for it: a
batch is sent without its entities (:func:`~presskg.nlp.parse_data` with ``entities=False``) when
the rules' process has at most one batch in hand, and the rules' process then runs the recognizer
on it before the rules (:func:`~presskg.builder.limits._entities_guarded`); with more in hand the
model's process runs it itself. The model alone had taken about twice the rules' time, so the
second core sat idle half the reading; shared so, the two sides take about as long. The entities
are the same on either side (the recognizer reads only words, norms and sentence starts; in the
same batches: ``tests/test_build_beside.py``), so where a batch's ran changes nothing in the outputs.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator

from presskg import _codec
from presskg.builder.cache import ExtractionCache, entry_extraction
from presskg.builder.limits import _entities_guarded, _extract_guarded, _parse_guarded, _read_guarded
from presskg.extract import Gazetteer
from presskg.model import Extraction, Release
from presskg.nlp import parse_of
from presskg.settings import Settings

log = logging.getLogger("presskg.builder.reading")
#: From this many releases a one-job build runs the rules beside the model: below it the fork
#: and the model's last batch, whose rules nothing overlaps, cost more than they save.
BESIDE_AT = 48
#: Releases the rules' process may hold (sent, not yet back) for a batch to be sent without its entities:
#: one batch, the one it works on; past it, the model's process runs the entity recognizer itself.
ENTITIES_BESIDE_UP_TO = 1


def second_core(settings: Settings) -> bool:
    """Whether a build may put work in a second process beside its own: the settings allow it (not
    ``--one-process``, no Dask cluster, whose workers read instead) and this process may run on two cores."""
    return settings.rules_beside and not settings.dask and cores() >= 2


def cores() -> int:
    """The cores this process may run on: the rules beside the model need a second one (on one core they
    would only take turns with it, and pay for the copy)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def read_beside(releases: list[Release], nlp, gazetteer: Gazetteer, settings: Settings, batch: int, *,
                cache: tuple[ExtractionCache, dict[str, str]] | None, keep: Callable[[Extraction], object] | None,
                done: Callable[[int], None]) -> Iterator[tuple[Release, object]]:
    """Each release of ``releases`` with ``keep(extraction)`` (the extraction itself without
    ``keep``) or the reason it failed, in order: the model parses ``batch`` releases at a time here
    while the rules extract the previous batch in a forked process. ``done(n)``: n more releases read."""
    ctx = mp.get_context("fork")
    work_out, work_in = ctx.Pipe(duplex=False)  # (receiving end, sending end)
    back_out, back_in = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_rules, args=(work_out, back_in, releases, nlp, gazetteer, settings, cache, keep),
                        name="presskg-rules", daemon=True)
    child.start()
    work_out.close()
    back_in.close()
    sent: deque[Release] = deque()  # sent to the rules, not yet back
    at = 0
    try:
        try:
            while at < len(releases):
                part = releases[at:at + batch]
                here = len(sent) > ENTITIES_BESIDE_UP_TO * batch  # the rules' process has enough in hand
                work_in.send((at, _parse_guarded(part, nlp, settings, entities=here)))
                sent.extend(part)
                at += len(part)
                while back_out.poll():
                    yield from _taken(back_out.recv(), sent, keep, done)
            work_in.send(None)
            while sent:
                yield from _taken(back_out.recv(), sent, keep, done)
        except (EOFError, OSError):  # the rules' process died: this process reads the rest itself
            log.warning("the process of the extraction rules stopped; %d release(s) are read in this process",
                        len(sent) + len(releases) - at)
            todo = [*sent, *releases[at:]]
            sent.clear()
            yield from read_in_turn(todo, nlp, gazetteer, settings, batch, cache=cache, keep=keep, done=done)
    finally:
        work_in.close()
        back_out.close()
        if sent or at < len(releases):
            child.kill()  # the build stopped before the rules were done
        child.join()


def read_in_turn(releases: list[Release], nlp, gazetteer: Gazetteer, settings: Settings, batch: int, *,
                 cache: tuple[ExtractionCache, dict[str, str]] | None, keep: Callable[[Extraction], object] | None,
                 done: Callable[[int], None]) -> Iterator[tuple[Release, object]]:
    """Each release of ``releases`` read in this process, the model and the rules taking turns, ``batch`` at a
    time: with ``keep(extraction)`` (the extraction without ``keep``) or the reason it failed, cached as read."""
    for i in range(0, len(releases), batch):
        part = releases[i:i + batch]
        for rel, x in zip(part, _read_guarded(part, nlp, gazetteer, settings), strict=True):
            if cache is not None and not isinstance(x, str):
                cache[0].put(rel.identifier, cache[1][rel.identifier], x)
            yield rel, (keep(x) if keep is not None and not isinstance(x, str) else x)
        done(len(part))


def _taken(results: list, sent: deque[Release], keep, done: Callable[[int], None]) -> Iterator[tuple[Release, object]]:
    """A batch's results from the rules' process, each with its release (the oldest sent)."""
    for value in results:
        rel = sent.popleft()
        if keep is None and isinstance(value, bytes):
            value = entry_extraction(value)
        yield rel, value
    done(len(results))


def _rules(work, back, releases: list[Release], nlp, gazetteer: Gazetteer, settings: Settings,
           cache: tuple[ExtractionCache, dict[str, str]] | None, keep) -> None:
    """The rules' process: each batch sent (``(first release's index, parse data or reason per
    release)``) given its entities if it came without (``nlp``'s recognizer), extracted, cached, and
    sent back as ``keep``'s values (else cache entries' bytes) or reasons. A thread takes the batches
    off the pipe as they come, so that the model's process never waits to send one while a batch is
    extracted."""
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        try:
            while (item := work.recv()) is not None:
                inbox.put(item)
        except (EOFError, OSError):
            pass
        inbox.put(None)

    threading.Thread(target=receive, name="presskg-rules-inbox", daemon=True).start()
    while (item := inbox.get()) is not None:
        at, parsed = item
        part = releases[at:at + len(parsed)]
        if any(not isinstance(p, str) and any(d.entities is None for _, d in p) for p in parsed):
            parsed = _entities_guarded(part, parsed, nlp, settings)
        out = []
        for rel, data in zip(part, parsed, strict=True):
            x = data if isinstance(data, str) else _extract_guarded(rel, parse_of(data), gazetteer, settings)
            if isinstance(x, str):
                out.append(x)
                continue
            entry = (cache[0].put(rel.identifier, cache[1][rel.identifier], x) if cache is not None
                     else _codec.dumps(None, x) if keep is None else None)
            out.append(keep(x) if keep is not None else entry)
        back.send(out)
    back.close()

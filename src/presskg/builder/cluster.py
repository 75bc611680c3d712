"""Reading releases on a Dask cluster: batches of releases go to the workers, extractions come back,
then the release graphs are made there too.

The reading (the language model and the extraction rules, most of a build's time)
leaves the machine: each worker loads the model and the knowledge base's gazetteer
once (a worker plugin) and sends back, per release, the bytes of its
extraction-cache entry or the reason it failed. Once the build knows every
release's names, the same workers resolve and encode the release graphs
(:func:`encode_on_cluster`: a release's cache entry and its names out, its N-Quads,
facts and hash back), with the very functions a local build runs, so the outputs
are byte-identical; the build validates, stores and writes as a local build does.
Dask runs again the batches of a worker that dies, and the build keeps one result
per release, in release order: nothing is lost or duplicated. The client (and a
local cluster) is opened in a thread as soon as the build knows it has releases to
read (:func:`start`), stays open for the graphs, then is closed in a thread while the
build validates, stores and writes.

``address`` is a scheduler's address (``tcp://host:8786``) or ``local:N`` for a
cluster of N single-threaded worker processes on this machine.
"""

from __future__ import annotations

import atexit
import logging
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

try:
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - the extra is not installed
    WorkerPlugin = object

from presskg._beside import Threaded
from presskg.errors import BuildError
from presskg.model import Release
from presskg.settings import Settings

log = logging.getLogger(__name__)

#: The worker plugin's name: registering it again replaces it (one model per worker).
PLUGIN = "presskg-reader"


class Reader(WorkerPlugin):
    """A worker plugin: the model and the gazetteer, loaded once per worker, before its first task."""

    name = PLUGIN
    idempotent = True

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        import gc

        from presskg.builder.memory import keep_freed
        from presskg.extract import Gazetteer
        from presskg.link.kb import load_entries
        from presskg.nlp import load_model

        keep_freed()  # the nanny's MALLOC_TRIM_THRESHOLD_ mapped the model's arrays anew each time
        worker.presskg_reader = (load_model(self.settings.model), Gazetteer(load_entries()), self.settings)
        # As a local build's reading does: the model (and all made before) out of the collector's
        # reach, so that the parses' many small records no longer make its full collections walk it
        # (they took 8 % of a worker's reading, measured with benchmarks/dask_timeline.py).
        gc.freeze()

    def teardown(self, worker) -> None:
        worker.__dict__.pop("presskg_reader", None)


def read_batch(batch: list[Release], keys: list[str | None], keep=None) -> list[bytes | tuple[bytes, object] | str]:
    """Run on a worker: each release's extraction-cache entry (bytes), with ``keep(extraction)`` if
    given (the naming summary: then the build's process need not decode the entry to make it), or
    why it could not be read."""
    from distributed import get_worker

    from presskg import _codec
    from presskg.builder.limits import _read_guarded

    nlp, gazetteer, settings = get_worker().presskg_reader
    return [x if isinstance(x, str) else _codec.dumps(key, x) if keep is None else (_codec.dumps(key, x), keep(x))
            for key, x in zip(keys, _read_guarded(batch, nlp, gazetteer, settings), strict=True)]


#: Dask's settings for a local cluster. The workers' statistical profiler samples the reading thread's
#: deep stacks every 10 ms for a dashboard no one sees here: off. The event loops' tick (every 20 ms,
#: to warn of a blocked loop), the nannies' memory monitor (100 ms) and the system monitor (500 ms) run in
#: this process and in each worker for as long as the build: an idle cluster of two took 37 ms of CPU a
#: second here and 19 in each worker, 8 and 3 with these intervals (about 2 s of CPU of a 1,000-release build).
LOCAL_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                "distributed.worker.memory.monitor-interval": "1s", "distributed.admin.system-monitor.interval": "5s"}


def connect(address: str):
    """A Dask client for ``address`` (``local:N`` starts N single-threaded worker processes here).

    Raises:
        BuildError: the scheduler cannot be reached, or ``local:N`` is malformed.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BuildError("--dask needs Dask: pip install 'presskg[dask]' (dask and distributed)") from None
    for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core"):
        logging.getLogger(name).setLevel(max(logging.ERROR, logging.getLogger().level))
    try:
        if address.startswith("local:"):
            try:
                n = int(address.split(":", 1)[1])
            except ValueError:
                n = 0
            if n < 1:
                raise BuildError(f"--dask {address}: write local:N with N >= 1 worker processes, e.g. local:2")
            import dask

            with dask.config.set(LOCAL_CONFIG):  # the nannies pass it on to their workers
                cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
            return Client(cluster)
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"--dask {address}: cannot reach the Dask scheduler ({exc}); is `dask scheduler` "
                         f"running there?") from None


def after_reading(settings: Settings) -> Settings:
    """The settings of the stages after the reading: with ``local:N`` the N cores the workers read
    on are free again once the release graphs are made, so the files and the report are made in
    forked processes as with ``--jobs N`` (a remote cluster's driver keeps its own ``--jobs``)."""
    from dataclasses import replace

    address = settings.dask or ""
    if not address.startswith("local:"):
        return settings
    try:
        n = int(address.split(":", 1)[1])
    except ValueError:
        return settings
    return replace(settings, jobs=max(settings.jobs, n))


#: The clients this process opened, by address: the reading opens one; the release graphs use it
#: and close it (:func:`close`), so that a local cluster and its workers' models serve both.
_CLIENTS: dict[str, object] = {}
#: The clients being opened beside the build (:func:`start`), by address.
_STARTING: dict[str, Threaded] = {}


def start(address: str, settings: Settings) -> None:
    """Open a client of ``address`` and have its workers load the model, in a thread, from now on:
    a local cluster's workers start (an interpreter each, Dask, spaCy and presskg imported, the
    model loaded: 4 to 6 s of wall time at a load of 9, during which the build's process only
    waited) while the build's process gets the rest ready. The reading takes the client
    (:func:`client_of`); what the start raised (:class:`BuildError`), it raises there."""
    if address not in _CLIENTS and address not in _STARTING:
        _STARTING[address] = Threaded(lambda: _open(address, settings), name="presskg-dask-start")


def _open(address: str, settings: Settings):
    """A client of ``address`` whose workers hold the reader plugin (:class:`Reader`)."""
    opened = connect(address)
    try:
        opened.register_plugin(Reader(settings), name=PLUGIN)
    except BaseException:
        _close_client(opened)
        raise
    return opened


def client_of(address: str, settings: Settings | None = None):
    """The client of ``address`` whose workers hold the reader plugin: the one :func:`start` opened
    (once open), else the one the reading opened, else (given ``settings``) one opened now."""
    starting = _STARTING.pop(address, None)
    if starting is not None:
        _CLIENTS[address] = starting.result()
    if address not in _CLIENTS and settings is not None:
        _CLIENTS[address] = _open(address, settings)
    return _CLIENTS[address]


def is_open(address: str) -> bool:
    """Whether this process holds a client of ``address`` (opened by the reading, or being opened)."""
    return address in _CLIENTS or address in _STARTING


#: Clients being closed beside the build (:func:`close` with ``wait=False``).
_CLOSING: list[Threaded] = []


def close(address: str, *, wait: bool = True) -> None:
    """Close the client of ``address`` and the local cluster it started, if any (once started);
    ``wait=False``: in a thread, the build going on meanwhile (a local cluster's workers and nannies
    took 0.4 to 0.8 s to stop, the build's process waiting), waited for when this process ends."""
    starting = _STARTING.pop(address, None)
    if starting is not None:
        ok, value = starting.wait()
        if ok:
            _CLIENTS[address] = value
    opened = _CLIENTS.pop(address, None)
    if opened is None:
        return
    if wait:
        _close_client(opened)
    else:
        _CLOSING.append(Threaded(lambda: _close_client(opened), name="presskg-dask-close"))


def _close_client(client) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


@atexit.register
def _close_all() -> None:  # a build that stopped between the reading and the graphs; the closes begun
    for address in [*_STARTING, *_CLIENTS]:
        close(address)
    while _CLOSING:
        _CLOSING.pop().wait()


def _batches(releases: list[Release], size: int, workers: int) -> list[list[Release]]:
    """``releases`` in batches of ``size``, the last ``2 * workers`` of them halved: a worker that
    takes the last full batch no longer keeps the others waiting for it (300 releases, two workers:
    one sat idle 8.8 s of 92 at the end of the reading)."""
    batches = [releases[i:i + size] for i in range(0, len(releases), size)]
    tail = max(0, len(batches) - 2 * workers)
    halves = [h for b in batches[tail:] for h in (b[:-(-len(b) // 2)], b[-(-len(b) // 2):]) if h]
    return batches[:tail] + halves


def read_on_cluster(releases: list[Release], keys: dict[str, str] | None, settings: Settings, address: str,
                    batch_size: int, keep=None) -> Iterator[tuple[Release, bytes | tuple[bytes, object] | str]]:
    """Each release with its cache-entry bytes (with ``keep``'s value, if given: :func:`read_batch`) or
    failure reason, read by the cluster's workers, in order. The client stays open for the release
    graphs (:func:`encode_on_cluster`, then :func:`close`)."""
    try:
        dask = client_of(address, settings)
        workers = max(1, sum(dask.nthreads().values()))
        size = max(1, min(batch_size, -(-len(releases) // (4 * workers))))  # several batches per worker
        batches = _batches(releases, size, workers)
        futures = [dask.submit(read_batch, b, [keys.get(r.identifier) if keys else None for r in b], keep,
                               pure=False, retries=2, key=f"presskg-read-{n}")
                   for n, b in enumerate(batches)]
        for batch, fut in zip(batches, futures, strict=True):
            try:
                results = fut.result()
            except Exception as exc:  # noqa: BLE001 - a batch the cluster could not read is reported
                log.error("a batch of %d release(s) failed on the cluster: %s", len(batch), exc)
                results = [f"reading on the Dask cluster failed ({type(exc).__name__}: {exc})"] * len(batch)
            yield from zip(batch, results, strict=True)
    except BaseException:
        close(address)
        raise


#: Releases per graph-making task, and tasks in flight per worker: the workers' results wait in
#: their memory until this process takes them, so only a few batches run ahead of it.
ENCODE_BATCH = 16
AHEAD = 3


def encode_batch(jobs: list[tuple[str, bytes | None, str, dict]]) -> list[tuple | None]:
    """Run on a worker: each release's graph (:func:`~presskg.builder.graphs.release_graph`) from
    ``(identifier, cache entry, key, its names)``, or ``None`` (no entry, or not that key's)."""
    from presskg.builder.graphs import release_graph

    return [None if entry is None else release_graph(entry, key, rid, named) for rid, entry, key, named in jobs]


def encode_on_cluster(jobs: Iterable[tuple[str, bytes | None, str, dict]], address: str) -> Iterator[tuple | None]:
    """What :func:`encode_batch` makes of each job, in order, on the open client of ``address``; a
    batch the cluster could not run gives ``None`` for each of its releases (made locally then)."""
    dask = client_of(address)
    workers = max(1, sum(dask.nthreads().values()))
    token = uuid.uuid4().hex[:12]
    pending: deque = deque()
    it, n = iter(jobs), 0

    def submit() -> bool:
        nonlocal n
        batch = list(islice(it, ENCODE_BATCH))
        if batch:
            pending.append((len(batch), dask.submit(encode_batch, batch, pure=False, retries=2,
                                                      key=f"presskg-encode-{token}-{n}")))
            n += 1
        return bool(batch)

    while len(pending) < AHEAD * workers and submit():
        pass
    while pending:
        size, fut = pending.popleft()
        try:
            results = fut.result()
        except Exception as exc:  # noqa: BLE001 - made locally instead
            log.warning("a batch of %d release graph(s) failed on the cluster (%s); made here", size, exc)
            results = [None] * size
        fut.release()
        submit()
        yield from results

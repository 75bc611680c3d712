"""Reading releases on a Dask cluster: batches of releases go to the workers, extractions come back.

Only the reading (the language model and the extraction rules, most of a build's
time) leaves the machine. Each worker loads the model and the knowledge base's
gazetteer once (a worker plugin) and sends back, per release, the bytes of its
extraction-cache entry or the reason it failed; the build then resolves, encodes,
validates, stores and writes exactly as a local build does, so the outputs are
byte-identical. Dask runs again the batches of a worker that dies, and the build
keeps one result per release, in release order: nothing is lost or duplicated.

``address`` is a scheduler's address (``tcp://host:8786``) or ``local:N`` for a
cluster of N single-threaded worker processes on this machine.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

try:
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - the extra is not installed
    WorkerPlugin = object

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
        from presskg.extract import Gazetteer
        from presskg.link.kb import load_entries
        from presskg.nlp import load_model

        worker.presskg_reader = (load_model(self.settings.model), Gazetteer(load_entries()), self.settings)

    def teardown(self, worker) -> None:
        worker.__dict__.pop("presskg_reader", None)


def read_batch(batch: list[Release], keys: list[str | None]) -> list[bytes | str]:
    """Run on a worker: each release's extraction-cache entry (bytes), or why it could not be read."""
    from distributed import get_worker

    from presskg import _codec
    from presskg.builder.limits import _read_guarded

    nlp, gazetteer, settings = get_worker().presskg_reader
    return [x if isinstance(x, str) else _codec.dumps(key, x)
            for key, x in zip(keys, _read_guarded(batch, nlp, gazetteer, settings), strict=True)]


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
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
            return Client(cluster)
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"--dask {address}: cannot reach the Dask scheduler ({exc}); is `dask scheduler` "
                         f"running there?") from None


def read_on_cluster(releases: list[Release], keys: dict[str, str] | None, settings: Settings, address: str,
                    batch_size: int) -> Iterator[tuple[Release, bytes | str]]:
    """Each release with its cache-entry bytes (or failure reason), read by the cluster's workers, in order."""
    client = connect(address)
    try:
        client.register_plugin(Reader(settings), name=PLUGIN)
        workers = max(1, sum(client.nthreads().values()))
        size = max(1, min(batch_size, -(-len(releases) // (4 * workers))))  # several batches per worker
        batches = [releases[i:i + size] for i in range(0, len(releases), size)]
        futures = [client.submit(read_batch, b, [keys.get(r.identifier) if keys else None for r in b],
                                 pure=False, retries=2, key=f"presskg-read-{n}")
                   for n, b in enumerate(batches)]
        for batch, fut in zip(batches, futures, strict=True):
            try:
                results = fut.result()
            except Exception as exc:  # noqa: BLE001 - a batch the cluster could not read is reported
                log.error("a batch of %d release(s) failed on the cluster: %s", len(batch), exc)
                results = [f"reading on the Dask cluster failed ({type(exc).__name__}: {exc})"] * len(batch)
            yield from zip(batch, results, strict=True)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()

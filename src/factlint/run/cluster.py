"""Running the per-document tasks on a Dask distributed cluster (``pip install
'factlint[dask]'``).

The run's setup (references, policy, reviews) is scattered to every worker once; the
documents travel as their bytes, read here, so the workers need factlint installed but
no view of the files. Outcomes come back in the documents' order, a bounded number of
batches in flight, so the client's memory does not grow with the archive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from factlint.errors import FactlintError
from factlint.run.local import BATCH, WINDOW, in_order
from factlint.run.tasks import Outcome, Setup, Source, run_batch

if TYPE_CHECKING:
    from distributed import Client

INSTALL_HINT = "install it with: pip install 'factlint[dask]'"


class ClusterError(FactlintError):
    """The Dask cluster cannot be used: not installed, not reachable."""


def connect(address: str, timeout: float = 5) -> Client:
    """A client of the scheduler at ``address`` (``tcp://host:8786``)."""
    try:
        from distributed import Client
    except ImportError as ex:
        raise ClusterError(
            f"--dask needs dask.distributed, which is not installed; {INSTALL_HINT}"
        ) from ex
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as ex:
        raise ClusterError(
            f"--dask {address}: cannot reach the scheduler ({ex}); check the address "
            "(tcp://host:8786) and that `dask scheduler` runs there"
        ) from ex


def client_of(cluster: str | Client) -> tuple[Client, bool]:
    """The client, and whether it was opened here (and is to be closed here)."""
    if isinstance(cluster, str):
        return connect(cluster), True
    return cluster, False


def _with_bytes(source: Source) -> Source:
    """The source with its file's bytes, for a worker that cannot see the file."""
    if source.found is None:
        return source
    return replace(source, found=source.found.with_data())


def run_on_cluster(
    sources: Iterable[Source], setup: Setup, cluster: str | Client
) -> Iterator[Outcome]:
    """Every document's outcome, in order, computed by the cluster's workers."""
    client, owned = client_of(cluster)
    try:
        shared = client.scatter(setup, broadcast=True, hash=False)
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: list[Source]) -> Any:
            return client.submit(run_batch, [_with_bytes(s) for s in batch], shared, pure=False)

        yield from in_order(submit, sources, workers * WINDOW * 2, BATCH)
    finally:
        if owned:
            client.close()


def check_bag(bag: Any, setup: Setup, cluster: str | Client | None = None) -> Iterator[Outcome]:
    """The outcomes of a Dask bag of documents (``Document``s or paths the workers can
    read), partition by partition in the bag's order."""
    from distributed import default_client

    client, owned = client_of(cluster) if cluster is not None else (default_client(), False)
    try:
        shared = client.scatter(setup, broadcast=True, hash=False)
        parts = bag.map_partitions(_partition, shared).to_delayed()
        futures = client.compute(parts)
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        if owned:
            client.close()


def _partition(items: Iterable[Any], setup: Setup) -> list[Outcome]:
    """A bag's partition checked on a worker: Documents, or paths it reads itself."""
    from factlint.documents import Document, document_sources

    sources: list[Source] = []
    paths: list[str] = []  # found together, so each documents.csv is read once

    def flush() -> None:
        if paths:
            sources.extend(Source(0, f.location, found=f) for f in document_sources(paths))
            paths.clear()

    for item in items:
        if isinstance(item, Document):
            flush()
            sources.append(Source(0, item.location or item.path, document=item))
        else:
            paths.append(str(item))
    flush()
    return run_batch(sources, setup)

"""Extraction on a Dask cluster: the same records as the local engine, from many machines.

Batches of raw documents go to `dask.distributed` workers as tasks (at most two per worker
thread in flight, so the client's memory stays flat); each worker process builds the pipeline
once and keeps it. Results come back in input order and flow into the same runner as the local
engine (parts, resume, tables, Parquet, database), so outputs are identical. Without a
scheduler address a `LocalCluster` of `workers` processes is started on this machine.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from models import Document, ExtractionError

_PIPELINES: dict = {}


def extract_partition(batch: list, model: str | None, batch_size: int,
                      doc_timeout: float | None) -> list:
    """Run on a worker: (position, raw document) pairs -> (position, record) pairs."""
    from extract.pipeline import build_pipeline
    from extract.process import _process

    if model not in _PIPELINES:
        _PIPELINES[model] = build_pipeline(model)
    seqs, raws = zip(*batch)
    return list(zip(seqs, _process(_PIPELINES[model], list(raws), batch_size, doc_timeout)))


def extract_on_dask(batches: Iterable, model: str | None, batch_size: int,
                    doc_timeout: float | None, scheduler: str | None,
                    workers: int) -> Iterator[tuple[int, Document | ExtractionError]]:
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        slots = 2 * max(1, sum(client.nthreads().values()))
        pending: deque = deque()  # (batch, its future or None), in input order
        for batch in batches:
            documents = [(seq, item) for seq, item in batch
                         if not isinstance(item, ExtractionError)]
            pending.append((batch, client.submit(extract_partition, documents, model,
                                                 batch_size, doc_timeout, pure=False)
                            if documents else None))
            while sum(1 for _, future in pending if future is not None) > slots:
                yield from _next(pending)
        while pending:
            yield from _next(pending)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _next(pending: deque) -> Iterator[tuple[int, Document | ExtractionError]]:
    """The oldest batch, its errors read where they were (records stay in input order)."""
    from extract.process import in_input_order

    batch, future = pending.popleft()
    yield from in_input_order(batch, [rec for _, rec in future.result()] if future else ())

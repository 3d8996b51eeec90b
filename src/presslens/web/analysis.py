"""Analyses for the web app, in worker processes: the pipeline is loaded once per worker, a slow analysis
is answered with a timeout while the server goes on serving."""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
from typing import Any

from presslens.errors import Rejected
from presslens.ingest import Document
from presslens.model import Analysis
from presslens.settings import Settings


def _start(settings: Settings) -> None:
    from presslens.pipeline import start_worker  # imported in the worker: the server holds no pipeline

    start_worker(settings)


def _analyse(document: Document) -> tuple[str, str]:
    """("ok", the analysis as JSON) or ("rejected", why): exceptions do not cross the process boundary."""
    from presslens.pipeline import analyze_in_worker

    (result,) = list(analyze_in_worker([document]))
    if isinstance(result, Rejected):
        return "rejected", str(result)
    return "ok", result.model_dump_json()


class Analyser:
    """A pool of `workers` analysing processes shared by all requests; at most `workers` analyses run at
    once, the others wait their turn (and their timeout counts from when they were sent)."""

    def __init__(self, settings: Settings, workers: int, timeout: float) -> None:
        self.settings = settings
        self.timeout = timeout
        context = multiprocessing.get_context("spawn")
        self.pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start, initargs=(settings,)
        )

    async def analyse(self, document: Document) -> Analysis:
        future: Any = asyncio.get_running_loop().run_in_executor(self.pool, _analyse, document)
        try:
            status, body = await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            raise AnalysisTimeout(f"the analysis took longer than {self.timeout:g} s") from None
        if status != "ok":
            raise Rejected(body)
        return Analysis.model_validate_json(body)

    def close(self) -> None:
        """Stop the workers: waiting ones are cancelled, a running analysis is let finish (without the
        wait, a worker outlives the server)."""
        self.pool.shutdown(wait=True, cancel_futures=True)


class AnalysisTimeout(Exception):
    pass

"""A fair queue in front of one model instance.

A llama.cpp context can serve one generation at a time, so one worker thread
runs jobs one after another. Waiting jobs are served by requester in turn
(the requester served least recently goes first), so one user with many
requests cannot starve another with one. The number of waiting jobs is
bounded: beyond it a request is refused at once rather than left to time out.

A job is any callable `work(emit, cancel)` that produces items with `emit`
and checks `cancel.cancelled` between items, returning when it is set. The
items reach the submitter through the returned `Job`, an iterator that
re-raises the work's exception in the submitter's thread only.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from queue import Empty, SimpleQueue
from typing import Generic, Literal, TypeVar

from assistant.errors import (
    LLMCancelledError,
    LLMError,
    LLMTimeoutError,
    QueueFullError,
)
from assistant.llm.base import Cancellation

T = TypeVar("T")
Work = Callable[[Callable[[T], None], Cancellation], None]
StopReason = Literal["cancelled", "timeout", "closed"]

# A consumer blocked on an empty channel wakes this often to notice its
# caller's cancellation or its deadline while the job waits or stalls.
_POLL_S = 0.05

_ITEM, _ERROR, _DONE = "item", "error", "done"


@dataclass(frozen=True)
class QueueStats:
    waiting: int
    running: bool


class _JobCancellation(Cancellation):
    """The one flag a job's work checks between items.

    It reads as set once the consumer gives up, the caller cancels, the
    deadline passes or the queue closes, and it latches the first reason, so
    the worker can tell a job that stopped early from one that finished.
    """

    def __init__(self, caller: Cancellation | None, deadline: float) -> None:
        super().__init__()
        self._caller = caller
        self._deadline = deadline
        self._lock = threading.Lock()
        self.reason: StopReason | None = None

    def stop(self, reason: StopReason) -> None:
        with self._lock:
            if self.reason is None:
                self.reason = reason
        self._event.set()

    def cancel(self) -> None:
        self.stop("cancelled")

    @property
    def cancelled(self) -> bool:
        if self.reason is None:
            if self._caller is not None and self._caller.cancelled:
                self.stop("cancelled")
            elif time.monotonic() >= self._deadline:
                self.stop("timeout")
        return self.reason is not None


class Job(Iterator[T], Generic[T]):
    """One submitted job; iterate it for the items its work emits.

    Closing it (or dropping it) before the end cancels the job: a waiting
    job leaves the queue, a running one stops at its next check.
    """

    def __init__(
        self,
        queue: FairQueue[T],
        requester: str,
        work: Work[T],
        timeout_s: float,
        caller: Cancellation | None,
        seq: int,
    ) -> None:
        self.requester = requester
        self.seq = seq
        self.timeout_s = timeout_s
        self.cancellation = _JobCancellation(caller, time.monotonic() + timeout_s)
        self.started = False
        self._queue = queue
        self._work = work
        self._channel: SimpleQueue[tuple[str, object]] = SimpleQueue()
        self._finished = False

    def __iter__(self) -> Job[T]:
        return self

    def __next__(self) -> T:
        if self._finished:
            raise StopIteration
        while True:
            try:
                kind, payload = self._channel.get(timeout=_POLL_S)
            except Empty:
                if self.cancellation.cancelled:
                    self._finished = True
                    self._queue._abandon(self)
                    raise self.error() from None
                continue
            if kind == _ITEM:
                return payload  # type: ignore[return-value]
            self._finished = True
            if kind == _ERROR:
                raise payload  # type: ignore[misc]
            raise StopIteration

    def close(self) -> None:
        if not self._finished:
            self._finished = True
            self.cancellation.stop("cancelled")
            self._queue._abandon(self)

    def __enter__(self) -> Job[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def error(self) -> LLMError:
        """The error a consumer sees for the job's stop reason."""
        reason = self.cancellation.reason
        if reason == "timeout":
            if self.started:
                return LLMTimeoutError(f"the local model did not finish within {self.timeout_s:g} s")
            return LLMTimeoutError(
                f"the local model stayed busy for {self.timeout_s:g} s and the request was dropped; try again shortly"
            )
        if reason == "closed":
            return LLMCancelledError("the local model was shut down")
        return LLMCancelledError("the request was cancelled")

    def _post(self, kind: str, payload: object = None) -> None:
        self._channel.put((kind, payload))

    def _emit(self, item: T) -> None:
        self._post(_ITEM, item)

    def _run(self) -> None:
        self.started = True
        try:
            self._work(self._emit, self.cancellation)
        except Exception as exc:  # noqa: BLE001 - the job's consumer re-raises it; the worker goes on
            self._post(_ERROR, exc)
            return
        if self.cancellation.reason is not None:
            self._post(_ERROR, self.error())
        else:
            self._post(_DONE)


class FairQueue(Generic[T]):
    """One worker thread; waiting jobs served round-robin by requester."""

    def __init__(self, max_waiting: int, name: str = "llm-queue") -> None:
        if max_waiting < 1:
            raise ValueError("max_waiting must be at least 1")
        self.max_waiting = max_waiting
        self._cond = threading.Condition()
        self._waiting: dict[str, deque[Job[T]]] = {}
        self._n_waiting = 0
        # Requester -> turn number of its last start; only requesters that wait or run are kept.
        self._last_served: dict[str, int] = {}
        self._turns = itertools.count()
        self._seqs = itertools.count()
        self._running: Job[T] | None = None
        self._closed = False
        self._worker = threading.Thread(target=self._serve, name=name, daemon=True)
        self._worker.start()

    def submit(
        self,
        requester: str,
        work: Work[T],
        timeout_s: float,
        cancel: Cancellation | None = None,
    ) -> Job[T]:
        """Queue `work`; raises QueueFullError at once when too many jobs wait.

        `timeout_s` covers waiting and running.
        """
        with self._cond:
            if self._closed:
                raise LLMCancelledError("the local model was shut down")
            self._drop_dead()
            # While the worker is idle, one queued job is about to start rather than wait.
            waiting = self._n_waiting - (1 if self._running is None and self._n_waiting else 0)
            if waiting >= self.max_waiting:
                raise QueueFullError(
                    f"the local model is busy: {waiting} requests are waiting; try again shortly"
                )
            job = Job(self, requester, work, timeout_s, cancel, next(self._seqs))
            self._waiting.setdefault(requester, deque()).append(job)
            self._n_waiting += 1
            self._cond.notify_all()
            return job

    def stats(self) -> QueueStats:
        with self._cond:
            return QueueStats(waiting=self._n_waiting, running=self._running is not None)

    def close(self) -> None:
        """Refuse new jobs, fail waiting ones, stop the running one and wait for the worker."""
        with self._cond:
            self._closed = True
            for jobs in self._waiting.values():
                for job in jobs:
                    job.cancellation.stop("closed")
                    job._post(_ERROR, job.error())
            self._waiting.clear()
            self._n_waiting = 0
            if self._running is not None:
                self._running.cancellation.stop("closed")
            self._cond.notify_all()
        if self._worker is not threading.current_thread():
            self._worker.join()

    def _abandon(self, job: Job[T]) -> None:
        with self._cond:
            jobs = self._waiting.get(job.requester)
            if jobs is not None and job in jobs:
                self._remove(job)

    def _remove(self, job: Job[T]) -> None:
        jobs = self._waiting[job.requester]
        jobs.remove(job)
        self._n_waiting -= 1
        if not jobs:
            del self._waiting[job.requester]

    def _drop_dead(self) -> None:
        """Fail waiting jobs whose caller cancelled or whose deadline passed."""
        for jobs in list(self._waiting.values()):
            for job in [j for j in jobs if j.cancellation.cancelled]:
                self._remove(job)
                job._post(_ERROR, job.error())

    def _take(self) -> Job[T] | None:
        with self._cond:
            while not self._closed:
                self._drop_dead()
                if not self._waiting:
                    self._cond.wait()
                    continue
                requester = min(
                    self._waiting,
                    key=lambda r: (self._last_served.get(r, -1), self._waiting[r][0].seq),
                )
                job = self._waiting[requester][0]
                self._remove(job)
                self._last_served[requester] = next(self._turns)
                self._last_served = {
                    r: t for r, t in self._last_served.items() if r in self._waiting or r == requester
                }
                self._running = job
                return job
            return None

    def _serve(self) -> None:
        while (job := self._take()) is not None:
            try:
                job._run()
            finally:
                with self._cond:
                    self._running = None
                    self._cond.notify_all()

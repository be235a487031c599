"""The fair queue, with plain callables standing in for a model."""

from __future__ import annotations

import threading
import time

import pytest

from assistant.errors import LLMCancelledError, LLMTimeoutError, QueueFullError
from assistant.llm.base import Cancellation
from assistant.llm.queue import FairQueue


@pytest.fixture
def queue():
    q = FairQueue(max_waiting=8)
    yield q
    q.close()


def gated(started: threading.Event, release: threading.Event, items=("done",)):
    """Work that signals when it starts and emits only once released."""

    def work(emit, cancel):
        started.set()
        release.wait(5)
        for item in items:
            emit(item)

    return work


def recorder(order: list[str], label: str):
    def work(emit, cancel):
        order.append(label)
        emit(label)

    return work


def occupy(queue: FairQueue) -> tuple[object, threading.Event]:
    """Start a job that holds the worker until the returned event is set."""
    started, release = threading.Event(), threading.Event()
    job = queue.submit("blocker", gated(started, release), timeout_s=10)
    assert started.wait(5)
    return job, release


def test_a_job_streams_its_items_in_order(queue):
    def work(emit, cancel):
        for i in range(5):
            emit(i)

    assert list(queue.submit("alice", work, timeout_s=5)) == [0, 1, 2, 3, 4]


def test_requesters_are_served_in_turn(queue):
    blocker, release = occupy(queue)
    order: list[str] = []
    jobs = [queue.submit("alice", recorder(order, f"alice-{i}"), timeout_s=10) for i in range(5)]
    jobs.append(queue.submit("bob", recorder(order, "bob-0"), timeout_s=10))
    jobs += [queue.submit("carol", recorder(order, f"carol-{i}"), timeout_s=10) for i in range(2)]
    release.set()
    list(blocker)
    for job in jobs:
        list(job)
    assert order == ["alice-0", "bob-0", "carol-0", "alice-1", "carol-1", "alice-2", "alice-3", "alice-4"]


def test_a_requester_just_served_waits_behind_others(queue):
    started, release = threading.Event(), threading.Event()
    first = queue.submit("alice", gated(started, release), timeout_s=10)
    assert started.wait(5)
    order: list[str] = []
    later = [queue.submit("alice", recorder(order, f"alice-{i}"), timeout_s=10) for i in range(3)]
    later.append(queue.submit("bob", recorder(order, "bob-0"), timeout_s=10))
    release.set()
    for job in [first, *later]:
        list(job)
    assert order == ["bob-0", "alice-0", "alice-1", "alice-2"]


def test_beyond_the_depth_a_request_is_refused_at_once():
    queue = FairQueue(max_waiting=2)
    try:
        blocker, release = occupy(queue)
        waiting = [queue.submit("alice", recorder([], "x"), timeout_s=10) for _ in range(2)]
        t0 = time.monotonic()
        with pytest.raises(QueueFullError, match="busy: 2 requests are waiting; try again shortly"):
            queue.submit("bob", recorder([], "y"), timeout_s=10)
        assert time.monotonic() - t0 < 0.1
        assert queue.stats().waiting == 2 and queue.stats().running
        release.set()
        for job in [blocker, *waiting]:
            list(job)
    finally:
        queue.close()


def test_an_idle_worker_takes_a_job_without_counting_it_as_waiting():
    queue = FairQueue(max_waiting=1)
    try:
        started, release = threading.Event(), threading.Event()
        first = queue.submit("alice", gated(started, release), timeout_s=10)
        second = queue.submit("bob", recorder([], "b"), timeout_s=10)
        release.set()
        assert list(first) == ["done"] and list(second) == ["b"]
    finally:
        queue.close()


def test_a_job_whose_deadline_passes_while_waiting_is_dropped(queue):
    blocker, release = occupy(queue)
    ran: list[str] = []
    job = queue.submit("alice", recorder(ran, "late"), timeout_s=0.2)
    t0 = time.monotonic()
    with pytest.raises(LLMTimeoutError, match="busy"):
        next(job)
    assert time.monotonic() - t0 < 1.0
    assert queue.stats().waiting == 0
    release.set()
    list(blocker)
    assert ran == []


def test_an_expired_job_does_not_hold_a_place():
    queue = FairQueue(max_waiting=1)
    try:
        blocker, release = occupy(queue)
        queue.submit("alice", recorder([], "late"), timeout_s=0.05)
        time.sleep(0.1)
        job = queue.submit("bob", recorder([], "b"), timeout_s=10)
        release.set()
        list(blocker)
        assert list(job) == ["b"]
    finally:
        queue.close()


def test_a_running_job_past_its_deadline_times_out(queue):
    def slow(emit, cancel):
        while not cancel.cancelled:
            emit("tick")
            time.sleep(0.01)

    with pytest.raises(LLMTimeoutError, match="did not finish"):
        for _ in queue.submit("alice", slow, timeout_s=0.2):
            pass


def test_cancelling_a_waiting_job_removes_it(queue):
    blocker, release = occupy(queue)
    cancel = Cancellation()
    ran: list[str] = []
    job = queue.submit("alice", recorder(ran, "cancelled"), timeout_s=10, cancel=cancel)
    assert queue.stats().waiting == 1
    cancel.cancel()
    with pytest.raises(LLMCancelledError):
        next(job)
    assert queue.stats().waiting == 0
    release.set()
    list(blocker)
    assert ran == []


def test_closing_a_waiting_job_removes_it(queue):
    blocker, release = occupy(queue)
    ran: list[str] = []
    job = queue.submit("alice", recorder(ran, "closed"), timeout_s=10)
    job.close()
    assert queue.stats().waiting == 0
    release.set()
    list(blocker)
    assert ran == []


def test_a_running_job_stops_when_its_caller_cancels(queue):
    emitted = []

    def endless(emit, cancel):
        while not cancel.cancelled:
            emitted.append(1)
            emit(len(emitted))
            time.sleep(0.005)

    cancel = Cancellation()
    job = queue.submit("alice", endless, timeout_s=10, cancel=cancel)
    with pytest.raises(LLMCancelledError):
        for n in job:
            if n == 3:
                cancel.cancel()
    time.sleep(0.05)
    assert len(emitted) < 10
    assert list(queue.submit("bob", recorder([], "next"), timeout_s=5)) == ["next"]


def test_closing_the_iterator_stops_the_running_job(queue):
    stopped = threading.Event()

    def endless(emit, cancel):
        while not cancel.cancelled:
            emit("tick")
            time.sleep(0.005)
        stopped.set()

    job = queue.submit("alice", endless, timeout_s=10)
    for _ in job:
        break
    job.close()
    assert stopped.wait(2)


def test_a_failing_job_fails_its_consumer_only(queue):
    def broken(emit, cancel):
        emit("partial")
        raise RuntimeError("model exploded")

    bad = queue.submit("alice", broken, timeout_s=5)
    good = queue.submit("bob", recorder([], "fine"), timeout_s=5)
    assert next(bad) == "partial"
    with pytest.raises(RuntimeError, match="model exploded"):
        next(bad)
    assert list(good) == ["fine"]
    assert list(queue.submit("carol", recorder([], "still"), timeout_s=5)) == ["still"]


def test_closing_the_queue_fails_waiting_jobs_and_refuses_new_ones():
    queue = FairQueue(max_waiting=4)
    blocker, release = occupy(queue)
    job = queue.submit("alice", recorder([], "never"), timeout_s=10)
    closer = threading.Thread(target=queue.close)
    closer.start()
    release.set()
    closer.join(5)
    with pytest.raises(LLMCancelledError, match="shut down"):
        next(job)
    with pytest.raises(LLMCancelledError, match="shut down"):
        queue.submit("bob", recorder([], "late"), timeout_s=10)


def test_stats_report_waiting_and_running(queue):
    assert queue.stats().waiting == 0 and not queue.stats().running
    blocker, release = occupy(queue)
    queue.submit("alice", recorder([], "a"), timeout_s=10)
    stats = queue.stats()
    assert stats.running and stats.waiting == 1
    release.set()

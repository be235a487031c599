"""Requests per minute, in memory: a sliding window per bucket (a principal, or a widget key and client).

Each replica counts on its own; behind a load balancer the effective limit is the sum over replicas.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 60.0


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def hit(self, bucket: str, per_minute: int) -> float:
        """Count one request; 0.0 when it is allowed, else the seconds until one more would be."""
        now = self._clock()
        with self._lock:
            if now >= self._next_sweep:
                self._sweep(now)
            hits = self._hits.setdefault(bucket, deque())
            while hits and hits[0] <= now - WINDOW_S:
                hits.popleft()
            if len(hits) >= per_minute:
                return max(hits[0] + WINDOW_S - now, 0.001)
            hits.append(now)
            return 0.0

    def _sweep(self, now: float) -> None:
        # Buckets of callers gone quiet would otherwise pile up (one per widget visitor IP).
        for bucket in [b for b, hits in self._hits.items() if not hits or hits[-1] <= now - WINDOW_S]:
            del self._hits[bucket]
        self._next_sweep = now + WINDOW_S


def retry_after(seconds: float) -> str:
    """The Retry-After header: whole seconds, rounded up so a client that waits that long gets through."""
    return str(max(1, math.ceil(seconds)))

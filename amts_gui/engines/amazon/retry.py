"""Adaptive exponential backoff with full jitter, shared by the threads of one engine run.

When any thread is throttled, every thread waits out the same cool-down before its next call
(that is the adaptive part: the pool slows down as a whole instead of each worker hammering the
service on its own schedule), and the cool-down grows with consecutive throttles and shrinks with
successes.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from botocore.exceptions import ClientError, ConnectionClosedError, EndpointConnectionError, ReadTimeoutError

T = TypeVar("T")

THROTTLING = frozenset(
    {
        "TooManyRequestsException",
        "ThrottlingException",
        "Throttling",
        "ServiceUnavailableException",
        "ServiceUnavailable",
        "InternalServerException",
        "RequestTimeout",
        "SlowDown",
    }
)
_TRANSIENT_NETWORK = (ConnectionClosedError, ReadTimeoutError)


def poll_delays(base: float, cap: float, factor: float = 1.5) -> Iterator[float]:
    """Waits between status checks of long work on the service: ``base``, growing by ``factor`` up to ``cap``."""
    delay = base
    while True:
        yield delay
        delay = min(cap, delay * factor)


def error_code(exc: BaseException) -> str:
    if isinstance(exc, ClientError):
        return str(exc.response.get("Error", {}).get("Code", ""))
    return ""


class Backoff:
    """Call with retries on throttling and transient network errors."""

    def __init__(
        self,
        *,
        base: float = 0.5,
        cap: float = 30.0,
        max_attempts: int = 8,
        max_connect_attempts: int = 3,
        retry_codes: frozenset[str] = THROTTLING,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.base, self.cap, self.max_attempts = base, cap, max_attempts
        self.max_connect_attempts = max_connect_attempts
        self.retry_codes = retry_codes
        self._sleep, self._clock = sleep, clock
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._cool_until = 0.0
        self._streak = 0
        self.attempts = 0  # every call made, retries included
        self.retries = 0

    def _wait_turn(self) -> None:
        with self._lock:
            wait = self._cool_until - self._clock()
        if wait > 0:
            self._sleep(wait)

    def _throttled(self, attempt: int) -> float:
        with self._lock:
            self._streak += 1
            ceiling = min(self.cap, self.base * 2 ** max(attempt, self._streak - 1))
            delay = self._rng.uniform(ceiling / 2, ceiling)  # "equal jitter": never a zero wait
            self._cool_until = max(self._cool_until, self._clock() + delay)
            self.retries += 1
            return delay

    def _succeeded(self) -> None:
        with self._lock:
            self._streak = max(0, self._streak - 1)

    def call(self, fn: Callable[[], T]) -> T:
        for attempt in range(self.max_attempts):
            self._wait_turn()
            with self._lock:
                self.attempts += 1
            try:
                result = fn()
            except ClientError as exc:
                if error_code(exc) not in self.retry_codes or attempt == self.max_attempts - 1:
                    raise
                self._throttled(attempt)
                continue
            except EndpointConnectionError:
                # refused or unresolvable: a blip is over within seconds, an unreachable service is not; and
                # it is no reason to slow the other threads down as throttling is
                if attempt >= min(self.max_attempts, self.max_connect_attempts) - 1:
                    raise
                with self._lock:
                    self.retries += 1
                self._sleep(self.base * 2**attempt)
                continue
            except _TRANSIENT_NETWORK:
                if attempt == self.max_attempts - 1:
                    raise
                self._throttled(attempt)
                continue
            self._succeeded()
            return result
        raise AssertionError("unreachable")  # pragma: no cover


class RateLimit:
    """At most ``per_second`` calls per second across threads (DescribeTextTranslationJob: ≤ 10 TPS)."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, sleep: Callable[[float], None], clock: Callable[[], float]) -> None:
        with self._lock:
            now = clock()
            delay = max(0.0, self._next - now)
            self._next = max(now, self._next) + self.interval
        if delay:
            sleep(delay)


@dataclass(frozen=True)
class Polling:
    """How work that runs on the service is followed: each call's backoff, and the growing waits between
    status checks (``base`` up to ``cap`` seconds).  Tests pass a quick one."""

    base: float = 5.0
    cap: float = 120.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    backoff: Backoff | None = None

    def calls(self) -> Backoff:
        return self.backoff or Backoff(sleep=self.sleep, clock=self.clock)

    def delays(self) -> Iterator[float]:
        return poll_delays(self.base, self.cap)

"""Clocks the engine runs on: the real monotonic one and a fake one tests drive by hand."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale."""
        ...


class MonotonicClock:
    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: tests and demos advance it."""

    def __init__(self, t: float = 0.0) -> None:
        self.t = t

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class Stopwatch:
    """Elapsed seconds on a clock that can be paused, resumed and started with an offset."""

    def __init__(self, clock: Clock, offset_s: float = 0.0, running: bool = True) -> None:
        self._clock = clock
        self._banked_s = offset_s
        self._since: float | None = clock.now() if running else None

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked_s
        return self._banked_s + self._clock.now() - self._since

    def pause(self) -> None:
        self._banked_s = self.elapsed()
        self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self._clock.now()

    def stop_at(self, elapsed_s: float) -> None:
        """Stop, keeping ``elapsed_s`` as the final reading."""
        self._banked_s = elapsed_s
        self._since = None

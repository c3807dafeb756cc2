"""Work done in a worker thread and handed to the GUI thread, no Qt object touched off it.

A signal emitted from a worker thread on an object that the GUI thread is deleting meanwhile
(the window closing while the figures are solved) can crash the process. Here the worker only
appends its results to a list; the GUI thread looks for them a few times a second, on timers
that go with the object that asked for the work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer

POLL_MS = 40  # how soon a result is picked up: well under what a person notices

Stage = tuple[Callable[[], Any], Callable[[Any], object]]  # the work, and what takes its result


def run_off_thread(owner: QObject, stages: Sequence[Stage], name: str) -> threading.Thread:
    """Runs each stage's work in turn in one daemon thread; each result goes to its stage's
    taker on the GUI thread, in order, unless ``owner`` is gone by then."""
    results: list[Any] = []

    def work() -> None:
        for job, _ in stages:
            results.append(job())  # one append: safe to read from the GUI thread

    thread = threading.Thread(target=work, name=name, daemon=True)
    told = 0

    def pick_up() -> None:
        nonlocal told
        ended = not thread.is_alive()  # before reading: nothing can come after the last read
        while told < len(results):
            told += 1
            stages[told - 1][1](results[told - 1])
        if not ended and told < len(stages):  # else all taken, or a stage failed (it says so)
            QTimer.singleShot(POLL_MS, owner, pick_up)  # dropped if the owner goes

    thread.start()
    QTimer.singleShot(POLL_MS, owner, pick_up)
    return thread

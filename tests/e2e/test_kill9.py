"""`kill -9` of the real app at random moments of a real session, for several seeds: after a
restart, history holds every rep the app had saved before the kill, the file of the session
under way is whole, and no earlier file changed."""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.e2e.test_signals import start_counting
from warmup_gui.core.history import HistoryStore, SessionRecord

if TYPE_CHECKING:
    from tests.e2e.conftest import AppProcess

pytestmark = pytest.mark.xvfb

SEEDS = range(6)


def earlier(data: Path) -> dict[str, bytes]:
    store = HistoryStore(data)
    for day in (1, 2):
        record = SessionRecord(f"old{day}", datetime.now() - timedelta(days=day), "Warm-up",
                               "/r.yaml", 2)
        record.rate("toe_touch_progression", "gold")
        store.update(record)
    return digests(data)


def digests(data: Path) -> dict[str, bytes]:
    return {p.name: hashlib.sha256(p.read_bytes()).digest()
            for p in (data / "sessions").glob("*.json")}


def test_kill_9_at_random_moments_loses_no_saved_rep(
        launch: Callable[..., AppProcess], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    lines = []
    lost_total = 0
    for seed in SEEDS:
        rng = random.Random(seed)
        data = tmp_path / f"data-{seed}"
        before = earlier(data)
        app = launch(f"kill-{seed}", extra_env={"WARMUP_DATA_DIR": str(data)})
        saved = rng.randint(1, 5)
        start_counting(app, data, saved)  # waits until the app has written these reps
        more = ["space"] * rng.randint(1, 5) + (["a"] if rng.random() < 0.5 else [])
        app.key(*more)  # more reps on their way, writes under way as it dies
        time.sleep(rng.uniform(0.0, 0.15))  # a random moment, often mid-write
        app.process.send_signal(signal.SIGKILL)
        app.process.wait(timeout=10)
        loaded = HistoryStore(data).load_all()  # what the next start reads
        assert loaded.problems == (), (seed, loaded.problems)
        mine = [s for s in loaded.sessions if not s.id.startswith("old")]
        assert len(mine) == 1, (seed, mine)
        on_disk = mine[0].reps_done
        if "a" not in more:  # counting by hand: never more than was pressed
            assert on_disk <= saved + more.count("space"), seed
        lost = max(0, saved - on_disk)
        lost_total += lost
        assert {k: v for k, v in digests(data).items() if k in before} == before
        lines.append(f"seed {seed}: {saved} reps saved before the kill, {on_disk} on disk "
                     f"after it ({len(more)} keys in flight), lost {lost}")
        shutil.rmtree(data)
    with capsys.disabled():
        print("\nkill -9:\n  " + "\n  ".join(lines) + f"\n  total lost: {lost_total}")
    assert lost_total == 0
    # The app starts again on what a kill left behind.
    app = launch("after-kills", extra_env={"WARMUP_DATA_DIR": str(tmp_path / "data-again")})
    app.find_window()
    app.focus()
    app.key("ctrl+q")
    assert app.wait() == 0, app.describe()



"""Special files are refused by type before they are opened; every read is capped first."""

from __future__ import annotations

import errno
import os
import socket
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.test_cli_validate import run_cli
from warmup_gui.core import safe_files
from warmup_gui.core.history import HistoryStore
from warmup_gui.core.loader import RoutineError, load_routine
from warmup_gui.core.safe_files import FileRefused, read_capped

posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes and sockets are POSIX")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sock.yaml"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    yield path
    server.close()


def test_a_regular_file_is_read_whole_up_to_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, 100) == b"x" * 100
    with pytest.raises(FileRefused, match="larger than") as refused:
        read_capped(path, 99)
    assert refused.value.errno == errno.EFBIG


@posix_only
@pytest.mark.parametrize(("special", "kind"), [
    ("fifo", "a named pipe"), ("unix_socket", "a socket"), ("folder", "a folder"),
    ("device", "a device"), ("device_link", "a device")])
def test_special_files_are_refused_by_type(tmp_path: Path, request: pytest.FixtureRequest,
                                           special: str, kind: str) -> None:
    if special == "folder":
        path = tmp_path
    elif special == "device":
        path = Path("/dev/zero")
    elif special == "device_link":
        path = tmp_path / "zero.yaml"
        path.symlink_to("/dev/zero")
    else:
        path = request.getfixturevalue(special)
    with pytest.raises(FileRefused, match=f"is {kind}, not a file"):
        read_capped(path, 1024)


@posix_only
def test_a_file_swapped_for_a_pipe_after_the_first_look_is_refused_unread(
        fifo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = tmp_path / "regular"
    regular.write_bytes(b"")
    looks = os.stat(regular)
    monkeypatch.setattr(safe_files.os, "stat", lambda _path: looks)
    with pytest.raises(FileRefused, match="named pipe"):
        read_capped(fifo, 1024)  # opened non-blocking, so even no writer cannot hang it


def test_a_huge_sparse_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.svg"
    with path.open("wb") as f:
        f.truncate(1 << 30)  # 1 GiB, sparse
    tracemalloc.start()
    try:
        with pytest.raises(FileRefused, match="larger than 512 KiB"):
            read_capped(path, 512 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


@posix_only
def test_a_named_pipe_as_the_routine_is_refused_at_once(fifo: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(RoutineError) as refused:
        load_routine(fifo)
    assert str(refused.value) == f"{fifo}: is a named pipe, not a file; expected a routine file"
    assert time.perf_counter() - started < 5.0


@posix_only
@pytest.mark.parametrize("args", [("--validate", "{fifo}"), ("--handout", "{out}", "{fifo}"),
                                  ("{fifo}",)], ids=["validate", "handout", "window"])
def test_no_command_hangs_on_a_named_pipe(fifo: Path, tmp_path: Path,
                                          args: tuple[str, ...]) -> None:
    out = tmp_path / "out.pdf"
    result = run_cli(*(a.format(fifo=fifo, out=out) for a in args))  # times out if it hangs
    assert result.returncode == 1
    assert "is a named pipe, not a file" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@posix_only
def test_special_files_among_the_sessions_are_moved_aside_and_named(
        tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "data")
    store.sessions_dir.mkdir(parents=True)
    os.mkfifo(store.sessions_dir / "a-pipe.json")
    (store.sessions_dir / "a-folder.json").mkdir()
    (store.sessions_dir / "a-device.json").symlink_to("/dev/zero")
    result = store.load_all()
    assert result.sessions == ()
    reasons = {p.file: p.reason for p in result.problems}
    assert reasons == {"a-pipe.json": "is a named pipe, not a file",
                       "a-folder.json": "is a folder, not a file",
                       "a-device.json": "is a device, not a file"}
    assert all(p.kept_as for p in result.problems)

"""The routine cache: used only for the very file and reader it was written for, rebuilt when
either changes, and a damaged or planted entry never does more than a missing one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warmup_gui.core import routine_cache
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.loader import RoutineError, load_routine
from warmup_gui.core.routine import Routine
from warmup_gui.core.routine_cache import (
    ENTRY_MAGIC,
    entry_key,
    entry_path,
    from_json,
    load_routine_cached,
    read_entry,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def routine_file(tmp_path: Path) -> Path:
    path = tmp_path / "routine.yaml"
    shutil.copyfile(BUNDLED_ROUTINE, path)
    return path


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def entry_of(cache: Path, path: Path) -> Path:
    return entry_path(cache, Path(os.path.abspath(path)))


def test_a_cached_routine_equals_the_parsed_one(routine_file: Path, cache: Path) -> None:
    parsed = load_routine(routine_file)
    assert load_routine_cached(routine_file, cache) == parsed  # parsed, then written
    assert entry_of(cache, routine_file).is_file()
    assert load_routine_cached(routine_file, cache) == parsed  # from the entry


def test_a_start_from_the_cache_imports_no_yaml_parser(routine_file: Path, cache: Path) -> None:
    load_routine_cached(routine_file, cache)
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from warmup_gui.core.routine_cache import load_routine_cached\n"
            f"routine = load_routine_cached(Path({str(routine_file)!r}), Path({str(cache)!r}))\n"
            "print(routine.title)\n"
            "assert 'yaml' not in sys.modules and 'warmup_gui.core.loader' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == load_routine(routine_file).title


def test_an_edit_that_keeps_size_and_time_is_still_seen(routine_file: Path,
                                                        cache: Path) -> None:
    load_routine_cached(routine_file, cache)
    before = routine_file.stat()
    text = routine_file.read_text(encoding="utf-8")
    old_title = load_routine(routine_file).title
    new_title = "X" * len(old_title)
    routine_file.write_text(text.replace(f"title: {old_title}", f"title: {new_title}", 1),
                            encoding="utf-8")
    os.utime(routine_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert routine_file.stat().st_size == before.st_size
    assert load_routine_cached(routine_file, cache).title == new_title


def test_a_new_reader_never_meets_an_old_entry(routine_file: Path, cache: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    load_routine_cached(routine_file, cache)
    entry = entry_of(cache, routine_file)
    old = entry.read_bytes()
    monkeypatch.setattr(routine_cache, "__version__", "99.0")
    assert load_routine_cached(routine_file, cache) == load_routine(routine_file)
    assert entry.read_bytes() != old  # written again, for the new reader


def test_a_broken_file_is_the_loaders_error_and_never_cached(routine_file: Path,
                                                             cache: Path) -> None:
    load_routine_cached(routine_file, cache)
    routine_file.write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        load_routine_cached(routine_file, cache)
    assert f"{routine_file}:" in str(caught.value)
    with pytest.raises(RoutineError):
        load_routine_cached(routine_file, cache)  # the old entry is not served


def test_each_path_has_its_own_entry(tmp_path: Path, routine_file: Path, cache: Path) -> None:
    other = tmp_path / "other.yaml"
    text = routine_file.read_text(encoding="utf-8")
    title = load_routine(routine_file).title
    other.write_text(text.replace(f"title: {title}", "title: Another title", 1),
                     encoding="utf-8")
    assert load_routine_cached(routine_file, cache).title == title
    assert load_routine_cached(other, cache).title == "Another title"
    assert load_routine_cached(routine_file, cache).title == title


@pytest.mark.parametrize("damage", [
    b"",
    b"garbage",
    b"HEAD",  # the right header, then nothing
    b"HEAD{\"@\": \"Routine\"",  # cut off
    b"HEAD{\"@\": \"Routine\", \"title\": \"x\"}",  # fields missing
    b"HEAD{\"@\": \"FakeClock\"}",  # a class from elsewhere
    b"HEAD{\"@\": \"__class__\"}",
    b"HEAD{\"@\": \"dataclass\"}",  # a name the model module imports
    b"HEAD[1, 2, 3]",
    b"HEAD\xff\xfe",
    b"HEAD" + b"[" * 100_000,  # nested too deeply
])
def test_a_damaged_entry_is_ignored_and_rebuilt(routine_file: Path, cache: Path,
                                                damage: bytes) -> None:
    parsed = load_routine_cached(routine_file, cache)
    entry = entry_of(cache, routine_file)
    head = entry.read_bytes()[: entry.read_bytes().index(b"\n", len(ENTRY_MAGIC)) + 1]
    entry.write_bytes(damage.replace(b"HEAD", head, 1))
    assert load_routine_cached(routine_file, cache) == parsed
    assert entry.read_bytes().startswith(head)
    assert read_entry(entry, head[len(ENTRY_MAGIC):]) == parsed  # whole again


def test_an_entry_names_only_the_models_classes() -> None:
    with pytest.raises(ValueError, match="not part of a routine"):
        from_json({"@": "Path", "value": "/etc/passwd"})
    with pytest.raises(ValueError):
        from_json({"@": "RepRange", "low": 1, "high": 2, "extra": 3})
    assert from_json({"@": "RepRange", "low": 1, "high": 2}) == from_json(
        json.loads('{"@": "RepRange", "high": 2, "low": 1}'))


def test_a_cache_that_cannot_be_written_still_loads(routine_file: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert load_routine_cached(routine_file, blocked / "cache") == load_routine(routine_file)
    assert load_routine_cached(routine_file, None) == load_routine(routine_file)


def test_the_entry_is_the_users_alone(routine_file: Path, cache: Path) -> None:
    load_routine_cached(routine_file, cache)
    entry = entry_of(cache, routine_file)
    assert entry.stat().st_mode & 0o077 == 0
    assert entry.parent.stat().st_mode & 0o077 == 0
    assert not [p for p in entry.parent.iterdir() if p.name.endswith(".tmp")]


def test_the_key_changes_with_the_content(routine_file: Path) -> None:
    info = routine_file.stat()
    assert entry_key(routine_file, b"a", info) != entry_key(routine_file, b"b", info)


def test_the_cache_folder_follows_the_environment(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(routine_cache.CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert routine_cache.default_cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(routine_cache.CACHE_DIR_ENV)
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert routine_cache.default_cache_dir() == tmp_path / "xdg" / "warmup-gui"


def test_a_missing_file_is_the_loaders_error(tmp_path: Path, cache: Path) -> None:
    with pytest.raises(RoutineError, match="no such file"):
        load_routine_cached(tmp_path / "nope.yaml", cache)
    assert isinstance(load_routine_cached(BUNDLED_ROUTINE, cache), Routine)

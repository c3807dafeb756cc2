"""A routine read once, then from a checked cache while neither the file nor the reader changes.

Parsing YAML (and importing the parser) is most of what a start costs beyond a bare window, yet
the routine file rarely changes between starts. :func:`load_routine_cached` therefore keeps the
:class:`~warmup_gui.core.routine.Routine` that :func:`warmup_gui.core.loader.load_routine`
built, in ``<cache folder>/routines/``, one file per routine path, and hands it back on the
next start only when all of these still match what the entry was written for:

- the routine file's absolute path, size, ``mtime_ns`` and the BLAKE2 hash of its bytes (read
  again on every start, so an edit that keeps size and time is still seen);
- the routine's own pictures: the name, type, size and ``mtime_ns`` of everything in the
  ``illustrations/`` folder beside it (a picture added, removed or edited is checked again by
  the loader, so the window never draws a picture ``--validate`` would refuse);
- the reader itself: the name, size and ``mtime_ns`` of every module of ``warmup_gui.core``,
  the app's version and Python's (a new loader or model never meets an old entry).

The entry is JSON naming the model's classes; reading it builds those classes alone, each
through its constructor from exactly its fields (nothing else can be named, so a planted entry
cannot run code), and the result must be a ``Routine``. An entry is written only if it reads
back equal to the routine the loader built. Any mismatch, damage or failure to read makes the
entry count as missing: the file is parsed as if there were no cache and the entry written
anew (atomically, readable by the user alone). A routine the loader refuses is never cached;
its errors are the loader's own. Writing the cache may fail (read-only, full disk): the
routine still loads.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import sys
from pathlib import Path
from typing import Any

from warmup_gui import __version__
from warmup_gui.core import routine as model
from warmup_gui.core.record import field_names, is_record
from warmup_gui.core.routine import Routine
from warmup_gui.core.safe_files import read_capped

try:  # the C module behind hashlib.blake2b; hashlib itself would load OpenSSL (3.6 MiB)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

CACHE_DIR_ENV = "WARMUP_CACHE_DIR"
APP_FOLDER = "warmup-gui"
ENTRY_MAGIC = b"warmup-gui routine cache 1\n"
# Larger than any routine the loader accepts; a bigger file is left to the loader to refuse.
MAX_ROUTINE_BYTES = 1024 * 1024
MAX_ENTRY_BYTES = 4 * 1024 * 1024
MAX_PICTURE_FILES = 1000  # a routine's own illustrations folder, listed on every start
CORE_DIR = Path(__file__).resolve().parent
_CLASS = "@"  # the key naming a model class in an entry


class EntryError(ValueError):
    """An entry that does not describe a routine."""


def default_cache_dir() -> Path | None:
    """``$WARMUP_CACHE_DIR`` if set, else the platform's per-user cache folder for the app
    (``$XDG_CACHE_HOME/warmup-gui``, ``~/.cache/warmup-gui`` on Linux); None when there is no
    home to put it in."""
    override = os.environ.get(CACHE_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "")
        return Path(base) / APP_FOLDER / "cache" if base else None
    if sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        if not base or not os.path.isabs(base):
            try:
                base = str(Path.home() / ".cache")
            except RuntimeError:  # no home folder known
                return None
    return Path(base) / APP_FOLDER


def reader_fingerprint() -> str:
    """What the cached routine depends on besides its file: the core's modules (by name, size
    and modification time), the app's version and Python's."""
    digest = blake2b(f"{__version__} {sys.version} {CORE_DIR}".encode())
    for source in sorted(CORE_DIR.glob("*.py")):
        with contextlib.suppress(OSError):
            info = source.stat()
            digest.update(f"{source.name} {info.st_size} {info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def pictures_fingerprint(routine_dir: Path) -> str | None:
    """What the routine's own ``illustrations/`` folder holds now ("" when it has none), or
    None when it cannot be listed or holds more than MAX_PICTURE_FILES entries (then nothing
    is cached)."""
    lines: list[str] = []
    try:
        with os.scandir(routine_dir / "illustrations") as folder:
            for item in folder:
                if len(lines) >= MAX_PICTURE_FILES:
                    return None
                try:
                    info = item.stat()
                except OSError:  # a link to nothing: its name alone
                    lines.append(f"{item.name}\0-\n")
                    continue
                lines.append(f"{item.name}\0{info.st_mode}\0{info.st_size}\0"
                             f"{info.st_mtime_ns}\n")
    except FileNotFoundError:
        return ""
    except OSError:
        return None
    return blake2b("".join(sorted(lines)).encode("utf-8", "surrogateescape")).hexdigest()


def entry_key(path: Path, data: bytes, info: os.stat_result) -> bytes | None:
    """The line an entry must start with to stand for this file as it is now (None: no entry
    can, see pictures_fingerprint)."""
    pictures = pictures_fingerprint(path.parent)
    if pictures is None:
        return None
    parts = (str(path), str(info.st_size), str(info.st_mtime_ns),
             blake2b(data).hexdigest(), pictures, reader_fingerprint())
    return ("\0".join(parts) + "\n").encode("utf-8", "surrogateescape")


def entry_path(cache_dir: Path, path: Path) -> Path:
    name = blake2b(str(path).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
    return cache_dir / "routines" / f"{name}.json"


# --- the routine as JSON ---------------------------------------------------------------------


def to_json(value: object) -> Any:
    """The routine model as JSON data: each record and enum tagged with its class's name."""
    if isinstance(value, enum.Enum):
        return {_CLASS: type(value).__name__, "value": value.value}
    if is_record(value) and not isinstance(value, type):
        data = {name: to_json(getattr(value, name)) for name in field_names(value)}
        return {_CLASS: type(value).__name__, **data}
    if isinstance(value, tuple):
        return [to_json(item) for item in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise EntryError(f"cannot keep a {type(value).__name__}")


def _model_class(name: object) -> type:
    found = getattr(model, name, None) if isinstance(name, str) else None
    if not isinstance(found, type) or found.__module__ != model.__name__:
        raise EntryError(f"{name!r} is not part of a routine")
    return found


def from_json(data: object) -> Any:
    """The model back from :func:`to_json`'s data; only the routine model's own classes are
    built, each through its constructor, from exactly its fields."""
    if isinstance(data, list):
        return tuple(from_json(item) for item in data)
    if isinstance(data, dict):
        cls = _model_class(data.get(_CLASS))
        if issubclass(cls, enum.Enum):
            return cls(data.get("value"))
        if not is_record(cls):
            raise EntryError(f"{cls.__name__} is not a model record")
        names = set(field_names(cls))
        given = {key for key in data if key != _CLASS}
        if given != names:
            raise EntryError(f"{cls.__name__} with fields {sorted(given)}")
        return cls(**{key: from_json(data[key]) for key in names})
    if data is None or isinstance(data, (str, int, float)):
        return data
    raise EntryError(f"unexpected {type(data).__name__}")


# --- entries on disk ---------------------------------------------------------------------------


def read_entry(entry: Path, key: bytes) -> Routine | None:
    """The routine an entry holds, if it is whole and was written for ``key``; else None."""
    try:
        raw = read_capped(entry, MAX_ENTRY_BYTES)
    except (OSError, ValueError):
        return None
    head = ENTRY_MAGIC + key
    if not raw.startswith(head):
        return None
    try:
        routine = from_json(json.loads(raw[len(head):].decode("utf-8")))
    except Exception:  # whatever the bytes are, a damaged entry is only a missing one
        return None
    return routine if isinstance(routine, Routine) else None


def write_entry(entry: Path, key: bytes, routine: Routine) -> bool:
    """Write the entry atomically (a file beside it, then a rename), if the routine reads back
    equal from it; False if not written, which only means the next start parses again."""
    try:
        data = json.dumps(to_json(routine), ensure_ascii=False, allow_nan=False,
                          separators=(",", ":"))
        if from_json(json.loads(data)) != routine:
            return False
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, ValueError, TypeError, RecursionError):
        return False
    temp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(ENTRY_MAGIC + key + data.encode("utf-8"))
        os.replace(temp, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return False
    return True


def load_routine_cached(path: Path, cache_dir: Path | None) -> Routine:
    """What ``load_routine(path)`` returns, from the cache when it holds this very file (see
    the module's docstring); raises the loader's ``RoutineError`` for a file it refuses."""
    absolute = Path(os.path.abspath(path))
    key = _current_key(absolute) if cache_dir is not None else None
    if key is not None and cache_dir is not None:
        cached = read_entry(entry_path(cache_dir, absolute), key)
        if cached is not None:
            return cached
    from warmup_gui.core.loader import load_routine

    routine = load_routine(path)
    # Kept only if the file did not change while it was parsed.
    if key is not None and cache_dir is not None and _current_key(absolute) == key:
        write_entry(entry_path(cache_dir, absolute), key, routine)
    return routine


def _current_key(absolute: Path) -> bytes | None:
    try:
        data = read_capped(absolute, MAX_ROUTINE_BYTES)
        info = os.stat(absolute)
    except (OSError, ValueError):
        return None  # the loader says what is wrong with it
    return entry_key(absolute, data, info)

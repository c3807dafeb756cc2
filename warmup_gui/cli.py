"""Command line: open the window, or check routine files without one."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from warmup_gui import APP_ID, DATA_DIR_ENV, LANG_ENV, __version__
from warmup_gui.core.assets import BUNDLED_ROUTINE
from warmup_gui.core.routine import Routine, plural
from warmup_gui.core.routine_cache import (
    CACHE_DIR_ENV,
    default_cache_dir,
    load_routine_cached,
)

if TYPE_CHECKING:
    import argparse

    from warmup_gui.core.loader import RoutineError


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="warmup-gui",
        description="A guided dynamic hamstring warm-up for runners.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("routine", nargs="?", type=Path, default=None,
                        help="routine file (YAML); the bundled hamstring warm-up by default")
    parser.add_argument("--validate", nargs="+", type=Path, metavar="FILE",
                        help="check routine files, print each exercise's dosage, open no window")
    parser.add_argument("--handout", type=Path, metavar="OUT.pdf",
                        help="write the routine's printed handout (PDF) to OUT.pdf, open no window")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default=None,
                        help="paper size of the handout (default: Letter in the US, Canada "
                             "and Mexico, A4 elsewhere, from the system's locale)")
    parser.add_argument("--presenter", action="store_true",
                        help="open fullscreen in the presenter view, for showing a patient")
    parser.add_argument("--camera-source", type=Path, metavar="FILE",
                        help="count reps by camera from a recorded clip played as the camera "
                             "(over and over), instead of the computer's camera")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add the app to your desktop's menu: a menu entry starting this "
                             "installation, icons, AppStream metainfo and the manual page, "
                             "under $XDG_DATA_HOME (~/.local/share); open no window")
    parser.add_argument("--uninstall-desktop", action="store_true",
                        help="remove what --install-desktop added, open no window")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


EPILOG = f"""\
files:
  ~/.local/share/warmup-gui/     history: one file per session, and personal preferences
                                 (on Windows %APPDATA%\\warmup-gui, on macOS
                                 ~/Library/Application Support/warmup-gui)
  ~/.config/warmup-gui/          settings: breathing, cues, window size per screen
                                 (the registry on Windows, a plist on macOS)
  ~/.cache/warmup-gui/           routines as last read, so an unchanged one opens sooner
                                 (checked against the file at every start; safe to delete)

environment:
  {DATA_DIR_ENV}                keep the history in this folder instead
  {CACHE_DIR_ENV}               keep the routine cache in this folder instead
  {LANG_ENV}                    speak this language (en, de) instead of the desktop's

On Windows, warmup-gui-cli is the same program with a console, for the options that print.
"""


def install_desktop(remove: bool = False) -> int:
    """Add the app to the user's menu (or take it out again); 0 when done."""
    from warmup_gui import desktop
    from warmup_gui.manpage import manpage

    home = desktop.data_home()
    try:
        if remove:
            paths = desktop.uninstall(home)
        else:
            paths = desktop.install(home, desktop.launch_command(), manpage(_parser()))
    except OSError as exc:
        print(f"{exc.filename or home}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    verb = "removed" if remove else "wrote"
    for path in paths:
        print(f"{verb} {path}")
    if not remove:
        print(f"{APP_ID} is in the menu; it starts {' '.join(desktop.launch_command())}")
    elif not paths:
        print(f"nothing to remove under {home}")
    return 0


def checked_routine(path: Path) -> Routine | None:
    """The routine in a file, or None once every problem with it is printed: what the loader
    refuses, illustrations that are missing or would not be drawn included. --validate,
    --handout and the window accept the same files."""
    from warmup_gui.core.loader import RoutineError, load_routine

    try:
        return load_routine(path)
    except RoutineError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None


def validate(paths: list[Path]) -> int:
    """Print each valid routine's exercises with their dosage, or its problems; 0 if all valid."""
    ok = True
    for path in paths:
        routine = checked_routine(path)
        if routine is None:
            ok = False
            continue
        print(f"{path}: {routine.title} ({plural(routine.rounds, 'round')})")
        for exercise in routine.exercises:
            print(f"  {exercise.name}: {exercise.dosage}")
    return 0 if ok else 1


def handout(path: Path, out: Path, page_size: str | None) -> int:
    """Write the routine's handout PDF without opening a window; 0 when written."""
    routine = checked_routine(path)
    if routine is None:
        return 1
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from warmup_gui.qt.app import make_app
    from warmup_gui.qt.conventions import paper_size
    from warmup_gui.qt.handout import write_handout

    make_app(sys.argv[:1])
    try:
        pages = write_handout(routine, out, path.parent,
                              "Letter" if (page_size or paper_size()) == "Letter" else "A4")
    except OSError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def main(argv: list[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        return open_routine(BUNDLED_ROUTINE)  # what no option asks for, without a parser
    args = _parser().parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        return install_desktop(remove=args.uninstall_desktop)
    if args.validate:
        return validate(args.validate)
    if args.handout:
        return handout(args.routine or BUNDLED_ROUTINE, args.handout, args.page_size)
    if args.camera_source is not None:
        if not args.camera_source.is_file():
            print(f"{args.camera_source}: no such file", file=sys.stderr)
            return 2
        from warmup_gui import pose_tracker

        if not pose_tracker.available():
            print(f"{args.camera_source}: not played, since nothing here can track a body. "
                  f"{pose_tracker.how_to_get()}", file=sys.stderr)
    return open_routine(args.routine or BUNDLED_ROUTINE, args.presenter, args.camera_source)


def _can_show_a_window() -> bool:
    """Whether a window would be seen: a desktop, and not Qt's offscreen platform."""
    import os

    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return sys.platform in ("win32", "darwin") or any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY"))


def _routine_error() -> type[RoutineError]:
    """The loader's error, looked up only once something was raised (``except`` evaluates its
    class then): a start from the routine cache never imports the loader and its YAML parser."""
    from warmup_gui.core.loader import RoutineError

    return RoutineError


def open_routine(path: Path, presenter: bool = False, camera_source: Path | None = None) -> int:
    """The window with the routine (from the routine cache when the file has not changed); a
    file that cannot be used shows its problems there (and on stderr), with the bundled
    warm-up one key away."""
    try:
        routine = load_routine_cached(path, default_cache_dir())
    except _routine_error() as exc:
        print(exc, file=sys.stderr)
        if path == BUNDLED_ROUTINE or not _can_show_a_window():
            return 1
        from warmup_gui.qt.app import run_problems

        return run_problems(path, exc.problems,
                            lambda: open_routine(BUNDLED_ROUTINE, presenter, camera_source))
    from warmup_gui.qt.app import run

    return run(routine, path, presenter=presenter, camera_source=camera_source)

"""Command line: open the window, or check routine files without one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warmup_gui import __version__
from warmup_gui.core.assets import BUNDLED_ROUTINE, missing_illustrations
from warmup_gui.core.loader import RoutineError, load_routine


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warmup-gui",
        description="A guided dynamic hamstring warm-up for runners.",
    )
    parser.add_argument("routine", nargs="?", type=Path, default=None,
                        help="routine file (YAML); the bundled hamstring warm-up by default")
    parser.add_argument("--validate", nargs="+", type=Path, metavar="FILE",
                        help="check routine files, print each exercise's dosage, open no window")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def validate(paths: list[Path]) -> int:
    """Print each valid routine's exercises with their dosage, or its problems; 0 if all valid."""
    ok = True
    for path in paths:
        try:
            routine = load_routine(path)
        except RoutineError as exc:
            ok = False
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        missing = missing_illustrations(routine, path.parent)
        for name in missing:
            print(f"{path}: illustration {name!r} not found (looked in "
                  f"{path.parent / 'illustrations'} and the bundled set)", file=sys.stderr)
        ok = ok and not missing
        print(f"{path}: {routine.title} ({routine.rounds} rounds)")
        for exercise in routine.exercises:
            print(f"  {exercise.name}: {exercise.dosage}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.validate:
        return validate(args.validate)
    path = args.routine or BUNDLED_ROUTINE
    try:
        routine = load_routine(path)
    except RoutineError as exc:
        print(exc, file=sys.stderr)
        return 1
    from warmup_gui.qt.app import run

    return run(routine, path)

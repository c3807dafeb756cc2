"""Keep the translations in step with the code, with Qt's own tools.

    .venv/bin/python tools/translations.py update    # texts into assets/translations/*.ts
    .venv/bin/python tools/translations.py release   # the .ts compiled to the .qm the app loads
    .venv/bin/python tools/translations.py add fr    # a new language: warmup_fr.ts to fill in

``update`` reads every ``Context.tr(...)`` call under warmup_gui/ (see
warmup_gui/core/words.py), drops texts the code no longer has and keeps no line numbers (a
moved line changes nothing). The English file holds only the plural forms, as Qt's tools
intend: the source texts are English already. The setup script runs ``release``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "assets" / "translations"
SOURCES = REPO / "warmup_gui"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, from this Python's environment first."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials")
    return found


def ts_files() -> list[Path]:
    return sorted(FOLDER.glob("warmup_*.ts"))


def update() -> None:
    for ts in ts_files():
        plural_only = ["-pluralonly"] if ts.stem == "warmup_en" else []
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                        "-locations", "none", *plural_only, str(SOURCES), "-ts", str(ts)],
                       check=True)


def add(code: str) -> Path:
    """An empty translation for a new language, then filled with every text to translate."""
    ts = FOLDER / f"warmup_{code}.ts"
    if not ts.exists():
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      f'<TS version="2.1" language="{code}">\n</TS>\n', encoding="utf-8")
    update()
    return ts


def release(out: Path = FOLDER) -> list[Path]:
    """Each .ts compiled to ``out``/<name>.qm; the .qm files written."""
    written = []
    for ts in ts_files():
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "release", "add"))
    parser.add_argument("language", nargs="?", help="for add: a code such as fr or pt_BR")
    args = parser.parse_args(argv)
    if args.action == "add":
        if not args.language or not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", args.language):
            parser.error("add needs a language code such as fr or pt_BR")
        print(f"wrote {add(args.language).relative_to(REPO)}: translate it, then run release")
    elif args.action == "update":
        update()
    else:
        for qm in release():
            print(f"wrote {qm.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

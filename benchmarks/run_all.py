"""Every speed and memory target in one command: start-up, memory, later screens and pacer CPU.

    .venv/bin/python benchmarks/run_all.py [--runs 11] [--seconds 10] [--repeat 3]

Runs benchmarks/startup.py on offscreen and on a private Xvfb, then benchmarks/pacer.py on
both, and prints their tables one after the other. Exits 1 if any target is missed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="start-up samples per platform")
    parser.add_argument("--seconds", type=float, default=10.0, help="pacer run length")
    parser.add_argument("--repeat", type=int, default=3, help="pacer runs per case")
    args = parser.parse_args()
    commands = [
        [sys.executable, str(HERE / "startup.py"), "--runs", str(args.runs),
         "--platform", platform]
        for platform in ("offscreen", "xcb")
    ]
    commands.append([sys.executable, str(HERE / "pacer.py"), "--seconds", str(args.seconds),
                     "--repeat", str(args.repeat)])
    failed = False
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        print(result.stdout.rstrip())
        if result.returncode != 0 or "FAIL" in result.stdout:
            failed = True
            if result.stderr.strip():
                print(result.stderr.rstrip()[-1500:], file=sys.stderr)
        print()
    print("Some targets were missed." if failed else "Every target met.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

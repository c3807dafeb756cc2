#!/usr/bin/env bash
# Set everything up, then run lint, type checks and the whole test suite (headless), once in
# .venv (the environment scripts/run.sh uses) and once more for each Python CI tests that .venv
# is not (3.11 and 3.13), each in its own .venv-pyX.Y with its own resolved PySide6.
# A Python that is not found here is skipped with a notice; with REQUIRE_PYTHONS=1 (as CI runs
# it) that is an error. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

tested_pythons=(3.11 3.13)

# Prints "X.Y" of the interpreter $1, or nothing when it does not run.
python_version() {
  "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true
}

# Prints the path of a working Python X.Y: pythonX.Y on PATH, else the newest pyenv X.Y.*.
# Each candidate is run, since a pyenv shim on PATH fails unless its version is selected.
find_python() {
  local want=$1 candidates=() v
  if command -v "python$want" >/dev/null; then candidates+=("python$want"); fi
  if command -v pyenv >/dev/null; then
    for v in $(pyenv versions --bare 2>/dev/null | grep -E "^${want//./\\.}\.[0-9]+$" | sort -rV); do
      candidates+=("$(pyenv prefix "$v")/bin/python$want")
    done
  fi
  for v in "${candidates[@]}"; do
    if [ "$(python_version "$v")" = "$want" ]; then
      "$v" -c 'import sys; print(sys.executable)'
      return 0
    fi
  done
  return 1
}

# Sets up the environment $1 (made with the interpreter $2 if new), checks that it runs Python
# $3 when one is given, then runs everything in it; the rest of the arguments go to pytest.
check_in() {
  local venv=$1 python=$2 want=$3 started version qt
  shift 3
  started=$SECONDS
  VENV=$venv PYTHON=$python bash scripts/setup.sh --test
  version=$(python_version "$venv/bin/python")
  if [ -n "$want" ] && [ "$version" != "$want" ]; then
    echo "$venv runs Python $version, not $want; remove it and run again" >&2
    return 1
  fi
  qt=$("$venv/bin/python" -c 'import PySide6; print(PySide6.__version__)')
  echo "== Python $version, PySide6 $qt ($venv): set up in $((SECONDS - started)) s"
  started=$SECONDS
  "$venv/bin/ruff" check .
  "$venv/bin/mypy"
  "$venv/bin/python" -m pytest -q "$@"
  echo "== Python $version, PySide6 $qt ($venv): checks and tests took $((SECONDS - started)) s"
}

check_in .venv "${PYTHON:-python3}" "" "$@"
done_version=$(python_version .venv/bin/python)

missing=()
for want in "${tested_pythons[@]}"; do
  [ "$want" = "$done_version" ] && continue
  if python=$(find_python "$want"); then
    check_in ".venv-py$want" "$python" "$want" "$@"
  else
    echo "== Python $want not found (no working python$want on PATH, no pyenv $want.*)" >&2
    missing+=("$want")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "${REQUIRE_PYTHONS:-0}" = 1 ]; then
    echo "Not tested on Python ${missing[*]}, which CI requires" >&2
    exit 1
  fi
  echo "Not tested on Python ${missing[*]}; CI tests it" >&2
fi

#!/usr/bin/env bash
# Sets up everything warmup-gui needs on Debian/Ubuntu with Python 3.11+: the system libraries
# Qt's xcb platform plugin loads, fonts, and a virtual environment with the app and, with --test,
# what the tests use; with --camera, the body tracker that counts reps by camera. Safe to run again: it skips what is already there.
# PYTHON picks the interpreter (default python3) and VENV the environment (default .venv); an
# existing environment is kept as it is, whatever Python made it.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
want_camera=0  # --camera: MediaPipe for counting reps by camera (about 1.2 GB)
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --camera) want_camera=1 ;;
    *) echo "usage: $0 [--test] [--camera]" >&2; exit 2 ;;
  esac
done

# Libraries Qt loads at run time (xcb platform plugin, OpenGL, fonts, D-Bus, audio for cues).
debs=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3
      fonts-dejavu-core libpulse0)
# The tests also start a real X server, press keys in it, read PDFs back, validate the
# menu entry (desktop-file-utils) and the AppStream metainfo (appstream), and read the app's
# accessibility tree as a screen reader does (at-spi2-core, and Atspi for the system's Python).
[ "$want_test" = 1 ] && debs+=(xvfb xdotool x11-utils poppler-utils dbus desktop-file-utils
                               appstream at-spi2-core gir1.2-atspi-2.0 python3-gi)

missing=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Please install these system packages: ${missing[*]}" >&2
  fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "warmup-gui needs Python 3.11 or newer; $python is $("$python" --version 2>&1)" >&2
  exit 1
fi
venv=${VENV:-.venv}
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"

extras=()
[ "$want_test" = 1 ] && extras+=(test)
[ "$want_camera" = 1 ] && extras+=(camera)
extra=""
[ "${#extras[@]}" -gt 0 ] && extra="[$(IFS=,; echo "${extras[*]}")]"
stamp="$venv/.installed$extra"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installing warmup-gui and its Python packages into $venv"
  # Build tools talk a lot; their words are kept in $venv/install.log and shown on failure.
  if ! { "$venv/bin/python" -m pip install -q --upgrade pip &&
         "$venv/bin/python" -m pip install -q -e ".$extra"; } > "$venv/install.log" 2>&1; then
    cat "$venv/install.log" >&2
    exit 1
  fi
  touch "$stamp"
fi

# The translations the app loads, compiled from their sources with Qt's lrelease.
"$venv/bin/python" tools/translations.py release > /dev/null

#!/usr/bin/env bash
# Set everything up, then start warmup-gui (with the bundled routine unless a file is given).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/warmup-gui "$@"

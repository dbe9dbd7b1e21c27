#!/usr/bin/env bash
# Builds the release preset and opens the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/nucleus-dashboard "$@"

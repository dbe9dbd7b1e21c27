#!/usr/bin/env bash
# Configures, builds and runs the whole test suite in one CMake preset (default: dev).
# This is the test command of README.md, and what .ci/run runs (dev, then asan).
set -euo pipefail
preset="${1:-dev}"
cd "$(dirname "$0")/.."
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"

#!/usr/bin/env bash
# Configures, builds and runs the whole test suite in one CMake preset (default: dev).
# This is the test command of README.md, and what .ci/run runs (dev, asan, and qt68 inside the
# Debian 13 chroot of scripts/test-qt68.sh). Under CI (CI set, as CI services set it) compiler
# warnings are errors.
set -euo pipefail
preset="${1:-dev}"
cd "$(dirname "$0")/.."
werror=()
if [ -n "${CI:-}" ]; then werror=(-DNUCLEUS_WARNINGS_AS_ERRORS=ON); fi
cmake --preset "$preset" "${werror[@]}" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"

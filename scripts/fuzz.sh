#!/usr/bin/env bash
# The bounded fuzz stage: builds the libFuzzer targets (the `fuzz` preset: Clang with
# AddressSanitizer and UBSan) and runs each for SECONDS (default 60) from the spec's example
# bodies. Any crash, hang (10 s per input), leak or undefined behaviour fails it; the input that
# did it is left in build/fuzz/ (crash-*, timeout-*): once fixed, it goes to tests/data/fuzz/
# (seeds of every later run) with a regression test.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
corpus=build/fuzz/corpus/decoders
mkdir -p "$corpus"
cp tests/data/spec-*.json tests/data/fuzz/*.json "$corpus/" # the spec's bodies, past finds
cd build/fuzz
./fuzz/fuzz_decoders -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "../../$corpus" 2>&1 | grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' || exit "${PIPESTATUS[0]}"

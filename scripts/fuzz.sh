#!/usr/bin/env bash
# The bounded fuzz stage: builds the libFuzzer targets (the `fuzz` preset: Clang with
# AddressSanitizer and UBSan) and runs them for SECONDS in all (default 60) from their seeds
# (the spec's example bodies, tests/data/fuzz/). Any crash, hang (10 s per input), leak,
# undefined behaviour or broken promise fails it; the input that did it is left in build/fuzz/
# (crash-*, timeout-*): once fixed, it goes to tests/data/fuzz/ (seeds of every later run) with
# a regression test.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
# Two targets share the time: the API decoders (and the rule and Tracking API readers) two
# thirds, the small readers and writers (times, CSV, URL policy, demo requests) one third.
decoders_secs=$((seconds * 2 / 3))
inputs_secs=$((seconds - decoders_secs))
run() { # run TARGET SECONDS CORPUS: libFuzzer with the stage's limits; its noise left out
    (cd build/fuzz && "./fuzz/$1" -max_total_time="$2" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "../../$3" 2>&1 |
        grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' || exit "${PIPESTATUS[0]}")
}
corpus=build/fuzz/corpus/decoders
mkdir -p "$corpus"
cp tests/data/spec-*.json tests/data/fuzz/*.json "$corpus/" # the spec's bodies, past finds
run fuzz_decoders "$decoders_secs" "$corpus"
inputs=build/fuzz/corpus/inputs
mkdir -p "$inputs"
cp tests/data/fuzz/inputs/* "$inputs/"
run fuzz_inputs "$inputs_secs" "$inputs"

#!/bin/bash
# Renders every page with --demo many times, each in a fresh HOME, and reports any run that
# fails or crashes (rare shutdown races show up only over many runs). With --gdb, each run is
# under gdb and a crash leaves its backtraces in stress-N.log.
# Usage: scripts/stress-screenshots.sh [BUILD_DIR] [RUNS] [--gdb]
set -u
build=${1:-build/release}
runs=${2:-100}
gdb=${3:-}
exe="$build/nucleus-dashboard"
[ -x "$exe" ] || { echo "no $exe: build first" >&2; exit 2; }
pages=(overview events errors users live settings)
work=$(mktemp -d)
failures=0
for i in $(seq 1 "$runs"); do
    page=${pages[$((i % ${#pages[@]}))]}
    rm -rf "$work/home" && mkdir -p "$work/home"
    command=("$exe" screenshot "$page" -o "$work/page.png" --demo --size 1280x900)
    if [ "$gdb" = "--gdb" ]; then
        command=(gdb -q -batch -ex run -ex "thread apply all bt 30" --args "${command[@]}")
    fi
    HOME="$work/home" QT_QPA_PLATFORM=offscreen timeout 180 "${command[@]}" >"$work/run.log" 2>&1
    status=$?
    if [ $status -ne 0 ] || grep -q "SIGSEGV\|SIGABRT\|AddressSanitizer\|runtime error" "$work/run.log"; then
        failures=$((failures + 1))
        cp "$work/run.log" "stress-$i.log"
        echo "run $i ($page): exit $status, log in stress-$i.log"
    fi
done
rm -rf "$work"
echo "$runs runs, $failures failed"
[ $failures -eq 0 ]

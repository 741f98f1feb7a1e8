#!/usr/bin/env bash
# The load test: tests must give the same answer on a busy machine. Runs `npm test` and then
# `npm run test:e2e` RUNS times each (default 5), in a row, while BUSY processes (default 4, each
# `yes > /dev/null`) keep the cores busy, and prints every run's result and wall-clock time.
# Exits non-zero if any run failed. Logs: test-results/load/.
#
#   bash scripts/loadTest.sh                  # 5 × npm test, then 5 × npm run test:e2e, 4 busy
#   bash scripts/loadTest.sh --runs 2 --busy 8 --only unit
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 busy=4 only=all
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --busy) busy=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: bash scripts/loadTest.sh [--runs N] [--busy N] [--only unit|e2e]" >&2; exit 2 ;;
  esac
done

logs=test-results/load
mkdir -p "$logs"
pids=()
stop_busy() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_busy EXIT INT TERM
for _ in $(seq "$busy"); do
  yes > /dev/null &
  pids+=($!)
done

load() { cut -d' ' -f1 /proc/loadavg; }
printf 'load test: %s cores, node %s, %d busy processes, %d runs each\n' \
  "$(nproc)" "$(node --version)" "$busy" "$runs"
results=() failed=0

run() {
  local name=$1 i=$2 log="$logs/$1-$2.log" start=$SECONDS status=pass counts
  shift 2
  if ! "$@" > "$log" 2>&1; then status=FAIL; failed=$((failed + 1)); fi
  counts=$(grep -aE '^(e2e|jest): [0-9]+ passed, [0-9]+ failed' "$log" | tail -1 || true)
  results+=("$(printf '%-5s %d/%d  %-4s  %4d s  load %-5s  %s' \
    "$name" "$i" "$runs" "$status" "$((SECONDS - start))" "$(load)" "$counts")")
  printf '%s\n' "${results[-1]}"
}

jest_counts() {
  node -e 'const r = require(process.argv[1]); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$PWD/$logs/jest.json"
}
unit() {
  local status=0
  rm -f "$logs/jest.json"
  npm test -- --ci --json --outputFile="$logs/jest.json" || status=$?
  [ -f "$logs/jest.json" ] && jest_counts
  return "$status"
}

if [ "$only" != e2e ]; then
  for i in $(seq "$runs"); do run unit "$i" unit; done
fi
if [ "$only" != unit ]; then
  for i in $(seq "$runs"); do run e2e "$i" npm run test:e2e; done
fi

printf '\n=== load test summary (%d busy processes on %s cores)\n' "$busy" "$(nproc)"
printf '%s\n' "${results[@]}"
printf 'load test: %d runs, %d failed\n' "${#results[@]}" "$failed"
[ "$failed" -eq 0 ]

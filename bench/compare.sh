#!/usr/bin/env bash
# Compares two gongwen binaries on one input, for a machine whose speed
# drifts: the two run in turns (ROUNDS rounds of 5 runs each), and the
# median of each one's round medians is printed with its CPU time. Each
# binary renders with its own installation (fonts, styles next to it).
#
# Usage: bench/compare.sh OLD NEW [INPUT] [ROUNDS]
#   e.g. bench/compare.sh /tmp/old/build-bench/gongwen build-bench/gongwen
#   INPUT   default input/jining-xinfang-2020.yaml; ROUNDS default 15
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
old=$(realpath "${1:?usage: compare.sh OLD NEW [INPUT] [ROUNDS]}")
new=$(realpath "${2:?usage: compare.sh OLD NEW [INPUT] [ROUNDS]}")
input=$(realpath "${3:-$root/input/jining-xinfang-2020.yaml}")
rounds=${4:-15}
process_time=${PROCESS_TIME:-$root/build-bench/bench/process_time}
[ -x "$process_time" ] || { echo "no timer at $process_time (make bench builds it)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ((r = 0; r < rounds; r++)); do
  for which in old new; do
    binary=$old; [ "$which" = new ] && binary=$new
    out=$("$process_time" 5 "$work/err" "$binary" render "$input" -o "$work/$which.pdf") ||
      { echo "$binary failed: $(cat "$work/err")" >&2; exit 1; }
    echo "$which $out" >> "$work/times"
  done
done
for which in old new; do
  grep "^$which " "$work/times" | sort -k2 -n | awk -v w="$which" -v size="$(stat -c %s "$work/$which.pdf")" '
    { wall[NR] = $2; cpu += $3 }
    END { printf "%s: median %.1f ms (fastest round %.1f), CPU %.0f ms, PDF %d bytes\n",
                 w, wall[int((NR + 1) / 2)], wall[1], cpu / NR, size }'
done

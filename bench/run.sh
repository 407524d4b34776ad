#!/usr/bin/env bash
# Whole-process timings of `gongwen render`, printed as Markdown tables to
# paste into the README: the machine, then for each case the command, the
# median wall time, peak RSS and PDF size; the growth with document length
# (bench/make_report.sh); batch throughput (bench/make_batch.sh).
#
# Usage: bench/run.sh [GONGWEN] [RUNS]
#   GONGWEN  the binary (default: build/gongwen, from the repository root)
#   RUNS     runs per case, the median is reported (default 21)
# Quick look: RUNS=5 GROWTH="1 50" BATCH=50 bench/run.sh
# Timings on a busy machine mean little: the header shows the load average.
# Each case is timed by bench/process_time (built next to the binary, in
# build-bench/bench/), which starts gongwen itself: no shell or /usr/bin/time
# in the numbers (they added about 5 ms to every run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gongwen=$(realpath "${1:-$root/build/gongwen}")
runs=${2:-${RUNS:-21}}
growth=${GROWTH:-"1 10 25 50 100 200"}
batch=${BATCH:-200}
[ -x "$gongwen" ] || { echo "no gongwen binary at $gongwen (build it, or pass its path)" >&2; exit 2; }
process_time=${PROCESS_TIME:-$(dirname "$gongwen")/bench/process_time}
[ -x "$process_time" ] || {
  echo "no timer at $process_time: build it with cmake -DGONGWEN_BENCH=ON and the target" \
       "process_time (make bench does), or give its path in PROCESS_TIME" >&2
  exit 2
}
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

kib() { awk -v b="$1" 'BEGIN { printf "%.0f KB", b / 1024 }'; }

# time_case ARGS...: runs `gongwen ARGS` $runs times; sets $ms (median wall),
# $cpu_ms (mean user + system time), $rss_mb (largest peak RSS).
time_case() {
  local out rss
  out=$("$process_time" "$runs" "$work/err" "$gongwen" "$@") ||
    { echo "gongwen $* failed: $(cat "$work/err")" >&2; exit 1; }
  read -r ms cpu_ms rss <<< "$out"
  rss_mb=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
}

cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo "Machine: $cpu, $(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM,"\
     "$(uname -sr); load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
echo "gongwen: $gongwen ($("$gongwen" --version)); median of $runs runs (wall clock, whole process)."
echo

echo "| case | command | median (wall) | CPU | peak RSS | PDF size |"
echo "|---|---|---:|---:|---:|---:|"
for input in input/jining-xinfang-2020.yaml input/example-2021.yaml; do
  time_case render "$input" -o "$work/out.pdf"
  echo "| $(basename "$input" .yaml) | \`gongwen render $input -o out.pdf\` | $ms ms | $cpu_ms ms |"\
       "$rss_mb MB | $(kib "$(stat -c %s "$work/out.pdf")") |"
done
time_case render input/jining-xinfang-2020.yaml -o "$work/out.pdf" -j 1
echo "| seed, one thread | \`gongwen render input/jining-xinfang-2020.yaml -o out.pdf -j 1\` | $ms ms |"\
     "$cpu_ms ms | $rss_mb MB | $(kib "$(stat -c %s "$work/out.pdf")") |"
time_case check input/jining-xinfang-2020.yaml
echo "| check only | \`gongwen check input/jining-xinfang-2020.yaml\` | $ms ms | $cpu_ms ms | $rss_mb MB | |"
time_case --version
echo "| start and exit | \`gongwen --version\` | $ms ms | $cpu_ms ms | $rss_mb MB | |"
echo

echo "Growth with length (\`bench/make_report.sh N\`: prose, a table every 3 pages, a chart every 5):"
echo
echo "| N | pages | median (wall) | CPU | ms per page | peak RSS | PDF size |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
growth_runs=$(( runs < 5 ? runs : 5 ))
for n in $growth; do
  bash bench/make_report.sh "$n" > "$work/long.yaml"
  saved=$runs; runs=$growth_runs
  time_case render "$work/long.yaml" -o "$work/long.pdf"
  runs=$saved
  pages=$(pdfinfo "$work/long.pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
  echo "| $n | ${pages:-?} | $ms ms | $cpu_ms ms | $(awk -v t="$ms" -v p="${pages:-1}" 'BEGIN { printf "%.2f", t / p }') |"\
       "$rss_mb MB | $(kib "$(stat -c %s "$work/long.pdf")") |"
done
echo

echo "Batch (\`bench/make_batch.sh $batch DIR\`: the seed as $batch different agencies' reports):"
echo
echo "| command | wall | reports/s | CPU per report | peak RSS |"
echo "|---|---:|---:|---:|---:|"
bash bench/make_batch.sh "$batch" "$work/batch"
for jobs in 1 "$(nproc)"; do
  rm -rf "$work/batch-out"
  saved=$runs; runs=1
  time_case render "$work/batch" --out-dir "$work/batch-out" -j "$jobs"
  runs=$saved
  echo "| \`gongwen render DIR --out-dir OUT -j $jobs\` | $(awk -v w="$ms" 'BEGIN { printf "%.2f s", w / 1000 }') |"\
       "$(awk -v w="$ms" -v n="$batch" 'BEGIN { printf "%.1f", n / (w / 1000) }') |"\
       "$(awk -v c="$cpu_ms" -v n="$batch" 'BEGIN { printf "%.1f ms", c / n }') |"\
       "$rss_mb MB |"
done

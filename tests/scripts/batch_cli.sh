#!/usr/bin/env bash
# `gongwen render` with several inputs: one process renders them all, each
# PDF is byte for byte the single render's, a broken input is reported and
# the others are still written, exit codes say the worst that happened.
set -uo pipefail
gongwen=$1 root=$2 build=$3
cd "$root"
work=$(mktemp -d "$build/batch-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/in"
cp input/jining-xinfang-2020.yaml input/example-2021.yaml tests/inputs/charts/pie.yaml "$work/in/"
cp tests/inputs/tables/table-three.yaml "$work/in/table-three.yml"
printf 'report:\n  year: [2020\n' > "$work/broken.yaml"

# A directory and a file, two threads: every report written, one line each.
"$gongwen" render "$work/in" --out-dir "$work/out" -j 2 > "$work/stdout" 2> "$work/stderr" ||
  fail "batch exit $?: $(cat "$work/stderr")"
[ "$(grep -c '] ok ' "$work/stdout")" = 4 ] || fail "expected 4 progress lines: $(cat "$work/stdout")"
grep -q "^4 reports: 4 written, 0 failed" "$work/stdout" || fail "summary: $(cat "$work/stdout")"
for f in jining-xinfang-2020 example-2021 pie table-three; do
  [ -f "$work/out/$f.pdf" ] || fail "no $f.pdf"
  src=$(ls "$work/in/$f".y*ml)
  "$gongwen" render "$src" -o "$work/single.pdf" || fail "single render of $f"
  cmp -s "$work/single.pdf" "$work/out/$f.pdf" || fail "$f.pdf differs from its single render"
done
echo "ok batch equals single renders"

# A broken input among good ones: reported, the others written, exit 1.
rm -rf "$work/out"
"$gongwen" render "$work/broken.yaml" "$work/in/pie.yaml" --out-dir "$work/out" -j 1 \
  > "$work/stdout" 2> "$work/stderr"
code=$?
[ $code = 1 ] || fail "broken input: exit $code, expected 1"
grep -q "broken.yaml:[0-9]*:[0-9]*:" "$work/stderr" || fail "no diagnostic: $(cat "$work/stderr")"
grep -q "FAILED $work/broken.yaml" "$work/stdout" || fail "no failure line: $(cat "$work/stdout")"
[ -f "$work/out/pie.pdf" ] || fail "the good input was not written"
[ ! -f "$work/out/broken.pdf" ] || fail "a PDF was written for the broken input"
echo "ok one failure does not stop the others"

# A missing file is an environment failure: exit 2, the others still written.
rm -rf "$work/out"
"$gongwen" render "$work/nope.yaml" "$work/broken.yaml" "$work/in/pie.yaml" --out-dir "$work/out" \
  > "$work/stdout" 2> "$work/stderr"
code=$?
[ $code = 2 ] || fail "missing input: exit $code, expected 2"
grep -q "cannot read $work/nope.yaml" "$work/stderr" || fail "no message: $(cat "$work/stderr")"
[ -f "$work/out/pie.pdf" ] || fail "the good input was not written"
# An output that cannot be written is an environment failure of that report.
rm -rf "$work/out" && mkdir -p "$work/out/pie.pdf"
"$gongwen" render "$work/in/pie.yaml" "$work/in/example-2021.yaml" --out-dir "$work/out" \
  > "$work/stdout" 2> "$work/stderr"
code=$?
[ $code = 2 ] || fail "unwritable output: exit $code, expected 2"
grep -q "cannot write $work/out/pie.pdf" "$work/stderr" || fail "no message: $(cat "$work/stderr")"
[ -f "$work/out/example-2021.pdf" ] || fail "the other report was not written"
echo "ok exit codes"

# Usage errors: -o with several inputs, two inputs onto one output.
"$gongwen" render "$work/in/pie.yaml" "$work/in/example-2021.yaml" -o "$work/x.pdf" 2> "$work/stderr"
[ $? = 2 ] && grep -q -- "--out-dir" "$work/stderr" || fail "-o with several inputs"
mkdir -p "$work/other" && cp "$work/in/pie.yaml" "$work/other/"
"$gongwen" render "$work/in/pie.yaml" "$work/other/pie.yaml" --out-dir "$work/out" 2> "$work/stderr"
[ $? = 2 ] && grep -q "both be written" "$work/stderr" || fail "output clash: $(cat "$work/stderr")"
mkdir -p "$work/empty"
"$gongwen" render "$work/empty" 2> "$work/stderr"
[ $? = 2 ] && grep -q "no .yaml files" "$work/stderr" || fail "empty directory: $(cat "$work/stderr")"
# -o "" or --out-dir "" (a variable left unset) is refused, not read as the default.
"$gongwen" render "$work/in/pie.yaml" -o "" 2> "$work/stderr"
[ $? = 2 ] && grep -q -- "--output: an empty value" "$work/stderr" || fail "-o \"\": $(cat "$work/stderr")"
[ ! -e "$work/in/pie.pdf" ] || fail "-o \"\" wrote the default output"
"$gongwen" render "$work/in" --out-dir "" 2> "$work/stderr"
[ $? = 2 ] && grep -q -- "--out-dir: an empty value" "$work/stderr" || fail "--out-dir \"\""
echo "ok usage errors"

# --timings names every stage, for one input and for a batch.
"$gongwen" render "$work/in/pie.yaml" -o "$work/t.pdf" --timings 2> "$work/stderr" || fail "timings"
for stage in load check layout tables subset write; do
  grep -q "^  $stage " "$work/stderr" || fail "--timings lacks $stage: $(cat "$work/stderr")"
done
rm -rf "$work/out"
"$gongwen" render "$work/in" --out-dir "$work/out" --timings > /dev/null 2> "$work/stderr" ||
  fail "batch timings"
grep -q "per report, mean of 4" "$work/stderr" || fail "batch --timings: $(cat "$work/stderr")"
echo "ok timings"

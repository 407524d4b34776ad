#!/usr/bin/env bash
# Hostile inputs, generated here (tests/hostile/generate.sh; never committed):
# megabyte paragraphs, 10,000-row tables, 100,000-element lists, 1000-deep
# nesting, megabyte lines. Each either renders or stops with a clear
# resource-limit message (exit 1), well within a time guard; the time of
# every case is printed. Then environment errors, which exit 2: a missing or
# unreadable input, an unwritable output, missing or corrupt fonts, a broken
# style or template file (GONGWEN_HOME points at a damaged copy of the
# installation).
#
#   bash hostile_inputs.sh GONGWEN REPO_ROOT BUILD_DIR [NAME...]
set -uo pipefail
gongwen=$(realpath "$1") root=$(realpath "$2") build=$(realpath "$3")
shift 3
only=("$@")
work=$(mktemp -d "$build/hostile.XXXXXX")
trap 'chmod -R u+rwx "$work" 2> /dev/null; rm -rf "$work"' EXIT
export GONGWEN_HOME="$root" LC_ALL=C.UTF-8
source "$root/tests/hostile/generate.sh"
seed="$root/input/jining-xinfang-2020.yaml"

# A guard against hangs, not a benchmark: the cases take seconds. Sanitizer
# builds run about ten times slower.
limit=60
grep -qs '^GONGWEN_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" && limit=600
status=0

selected() {
  [ ${#only[@]} -eq 0 ] && return 0
  local n
  for n in "${only[@]}"; do [ "$n" = "$1" ] && return 0; done
  return 1
}

# expect NAME EXIT MESSAGE-REGEX -- ARGS...: runs gongwen ARGS in $work, where
# out.pdf exists beforehand (an empty regex: no message at all). On failure it must be left as it was; a render
# that succeeds must have replaced it with a PDF.
expect() {
  local name=$1 code=$2 pattern=$3
  shift 4
  selected "$name" || return 0
  echo precious > "$work/out.pdf"
  local start end got
  start=$(date +%s%N)
  (cd "$work" && timeout "$limit" "$gongwen" "$@" > "$work/stdout" 2> "$work/stderr")
  got=$?
  end=$(date +%s%N)
  local seconds
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  local message
  message=$(head -c 300 "$work/stderr" | head -3)
  if [ $got -eq 124 ]; then
    echo "FAIL $name: no result within $limit s"
    status=1
    return
  fi
  if [ $got -ne "$code" ]; then
    echo "FAIL $name: exit $got, expected $code ($seconds s): $message"
    status=1
    return
  fi
  if [ -z "$pattern" ] && [ -s "$work/stderr" ]; then
    echo "FAIL $name: expected no message: $message"
    status=1
    return
  fi
  if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$work/stderr"; then
    echo "FAIL $name: the message does not match /$pattern/: $message"
    status=1
    return
  fi
  if [ "$code" -ne 0 ] && [ "$(cat "$work/out.pdf")" != precious ]; then
    echo "FAIL $name: the existing output was changed"
    status=1
    return
  fi
  if [ "$code" -eq 0 ] && [ "$1" = render ] && [ "$(head -c 5 "$work/out.pdf")" != "%PDF-" ]; then
    echo "FAIL $name: no PDF written"
    status=1
    return
  fi
  if ls -A "$work" | grep -q '^\.'; then
    echo "FAIL $name: left a temporary file: $(ls -A "$work" | grep '^\.')"
    status=1
    return
  fi
  printf 'ok %-26s exit %d %7s s  %s\n' "$name" "$got" "$seconds" \
    "$(head -c 160 "$work/stderr" | head -1)"
}

# hostile NAME EXIT REGEX [check]: generates NAME.yaml with gen_NAME and
# renders (or checks) it.
hostile() {
  local name=$1 command=${4:-render}
  selected "$name" || return 0
  "gen_$name" "$work/$name.yaml" "$seed"
  local size
  size=$(wc -c < "$work/$name.yaml")
  echo "   $name.yaml: $size bytes"
  if [ "$command" = check ]; then
    expect "$name" "$2" "$3" -- check "$name.yaml"
  else
    expect "$name" "$2" "$3" -- render "$name.yaml" -o out.pdf
  fi
  rm -f "$work/$name.yaml"
}

echo "== hostile inputs (time guard $limit s each)"
hostile paragraph_2mb 0 ''
hostile word_1mb 0 ''
hostile heading_long 0 ''
hostile line_2mb 0 '' check
hostile line_2mb 1 ':2:[0-9]+: the document runs past 2000 pages here'
hostile paragraphs_100k 1 ':[0-9]+:5: the document runs past 2000 pages here'
hostile table_rows_10k 0 ''
hostile table_cells_60k 1 ':4:7: the table has 20000 rows of 3 columns; a table holds at most 50000 cells'
hostile table_row_100k 1 ':5:[0-9]+: the table is more than 100 columns wide here'
hostile table_cell_long 1 ':6:[0-9]+: this table cell makes its row [0-9]+ mm tall, but a page has 225 mm'
hostile chart_categories_100k 1 ':4:7: .*chart'
hostile chart_label_long 1 ':4:7: the chart needs [0-9]+ grid lines but a page has 22'
hostile report_numbers_100k 1 ':83:[0-9]+: .*takes 7 numbers.*here there are 100000'
hostile report_preface_100k 1 ':[0-9]+:5: the document runs past 2000 pages here'
hostile nested_lists_1000 1 ':2:[0-9]+: lists and maps are nested more than 32 levels deep'
hostile nested_maps_1000 1 ':2:[0-9]+: lists and maps are nested more than 32 levels deep'
hostile nested_blocks_1000 1 ':34:[0-9]+: lists and maps are nested more than 32 levels deep'
hostile anchors_200k 1 'the document runs past 2000 pages here'
hostile file_5mb 1 'file_5mb.yaml: the file is larger than 4 MB'
hostile key_1mb 1 ':4:[0-9]+: this is not valid YAML'
hostile value_1mb 1 ':3:24: level must be a whole number from 1 to 4, but here it is the text "1234567890[0-9]{30}…[(]1000000 characters in all[)]"$'

echo "== environment errors"
cp "$root/input/example-2021.yaml" "$work/report.yaml"
expect missing-input 2 'cannot read .*nope.yaml' -- render nope.yaml -o out.pdf
expect missing-input-check 2 'cannot read .*nope.yaml' -- check nope.yaml
mkdir "$work/dir.yaml"
expect input-is-directory 2 'cannot read dir.yaml: it is a directory' -- check dir.yaml
expect input-is-directory-dump 2 'cannot read dir.yaml: it is a directory' -- dump dir.yaml
# render takes a directory as a batch of reports (made for whole folders).
expect render-empty-directory 2 'dir.yaml has no .yaml files' -- render dir.yaml
rmdir "$work/dir.yaml"
if [ "$(id -u)" -ne 0 ]; then  # root reads any file
  cp "$work/report.yaml" "$work/secret.yaml"
  chmod 000 "$work/secret.yaml"
  expect unreadable-input 2 'secret.yaml.*cannot read' -- render secret.yaml -o out.pdf
  rm -f "$work/secret.yaml"
fi
expect output-dir-missing 2 'cannot write no/such/dir/x.pdf' -- render report.yaml -o no/such/dir/x.pdf
expect output-under-a-file 2 'cannot write report.yaml/x.pdf: Not a directory' -- \
  render report.yaml -o report.yaml/x.pdf
mkdir "$work/out.dir"
expect output-is-directory 2 'cannot write out.dir: it is a directory' -- render report.yaml -o out.dir
rmdir "$work/out.dir"
expect new-output-dir-missing 2 'cannot write no/such/dir/new.yaml' -- new -o no/such/dir/new.yaml

# A copy of the installation (styles/ and fonts/) to damage, case by case.
home="$work/home"
fresh_home() {
  rm -rf "$home"
  mkdir -p "$home/fonts/files"
  cp -r "$root/styles" "$home/styles"
  cp "$root/fonts/fonts.yaml" "$home/fonts/"
  cp -L "$root"/fonts/files/*.otf "$home/fonts/files/"
}
# in_home NAME EXIT REGEX -- ARGS: like expect, with GONGWEN_HOME=$home.
in_home() {
  GONGWEN_HOME="$home" expect "$@"
}

fresh_home
in_home intact-copy 0 '' -- render report.yaml -o out.pdf
rm "$home"/fonts/files/Fandol*.otf
in_home fonts-missing 2 "fonts.yaml:[0-9]+: no font for role 'heading2'" -- render report.yaml -o out.pdf
fresh_home
for f in "$home"/fonts/files/Fandol*.otf; do head -c 1000 "$f" > "$f.cut" && mv "$f.cut" "$f"; done
in_home fonts-truncated 2 "no font for role|not a usable font" -- render report.yaml -o out.pdf
fresh_home
for f in "$home"/fonts/files/Fandol*.otf; do head -c 4096 /dev/zero > "$f"; done
in_home fonts-zeroed 2 "no font for role|not a usable font" -- render report.yaml -o out.pdf
fresh_home
rm "$home/fonts/fonts.yaml"
in_home font-table-missing 2 'cannot read the font role table' -- render report.yaml -o out.pdf
fresh_home
sed -i 's/^  lines_per_page: 22 /  lines_per_page: many /' "$home/styles/gbt9704.yaml"
in_home style-bad-value 2 'styles/gbt9704.yaml:[0-9]+:[0-9]+: .*"many"' -- render report.yaml -o out.pdf
fresh_home
printf 'page:\n  widht: 210mm\n' >> "$home/styles/gbt9704.yaml"
in_home style-bad-yaml 2 'styles/gbt9704.yaml:[0-9]+:[0-9]+: ' -- render report.yaml -o out.pdf
fresh_home
sed -i 's/^  lines_per_page: 22 /  lines_per_page: 2200 /' "$home/styles/gbt9704.yaml"
in_home style-out-of-range 2 'styles/gbt9704.yaml:[0-9]+:[0-9]+: .*2200' -- render report.yaml -o out.pdf
fresh_home
rm "$home/styles/gbt9704.yaml"
in_home style-missing 2 'styles/gbt9704.yaml: cannot read' -- render report.yaml -o out.pdf
fresh_home
printf 'sections: [\n' >> "$home/styles/annual-report-2021.yaml"
in_home template-broken 2 'annual-report-2021.yaml:[0-9]+:[0-9]+: .*belongs to the installation' -- \
  check report.yaml
fresh_home
rm "$home"/styles/annual-report-*.yaml
in_home templates-missing 2 'no annual report templates' -- check report.yaml
GONGWEN_HOME="$work/nowhere" expect home-missing 2 'nowhere' -- render report.yaml -o out.pdf

[ $status -eq 0 ] && echo "ok: every hostile input and environment error handled"
exit $status

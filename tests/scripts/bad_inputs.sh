#!/usr/bin/env bash
# Failing runs: the right exit code, a one-line message naming the problem,
# and never a partial or clobbered output file.
set -uo pipefail
gongwen=$1 root=$2 build=$3
cd "$root"
work=$(mktemp -d "$build/bad-inputs.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0

# expect NAME EXIT MESSAGE-REGEX -- ARGS...
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  echo "precious" > "$work/out.pdf"
  "$gongwen" "$@" > "$work/stdout" 2> "$work/stderr"
  local got=$?
  if [ $got -ne "$code" ]; then
    echo "FAIL $name: exit $got, expected $code: $(cat "$work/stderr")"; status=1; return
  fi
  if ! grep -Eq "$pattern" "$work/stderr"; then
    echo "FAIL $name: message does not match /$pattern/: $(cat "$work/stderr")"; status=1; return
  fi
  if [ "$(cat "$work/out.pdf")" != "precious" ]; then
    echo "FAIL $name: existing output was clobbered"; status=1; return
  fi
  if ls "$work"/.out.pdf.* >/dev/null 2>&1; then
    echo "FAIL $name: a temporary file was left behind"; status=1; return
  fi
  echo "ok $name"
}

printf 'report:\n  year: [2020\n' > "$work/syntax.yaml"
printf '\xff\xfe bad' > "$work/binary.yaml"

expect missing-input 2 "cannot read .*nope.yaml" -- render "$work/nope.yaml" -o "$work/out.pdf"
expect yaml-syntax 1 "syntax.yaml:[0-9]+:[0-9]+: " -- render "$work/syntax.yaml" -o "$work/out.pdf"
expect binary-input 1 "binary.yaml" -- render "$work/binary.yaml" -o "$work/out.pdf"
expect unwritable-output 2 "cannot write $work/no/such/dir/x.pdf" -- \
  render input/jining-xinfang-2020.yaml -o "$work/no/such/dir/x.pdf"
expect output-is-directory 2 "is a directory" -- render input/jining-xinfang-2020.yaml -o "$work"
expect no-subcommand 2 "" --
expect unknown-option 2 "" -- render input/jining-xinfang-2020.yaml --frobnicate
# Past a file size limit (ulimit -f, in 1 KiB blocks here) the write fails:
# exit 2 with the reason, the old file kept, no temporary file left.
echo "precious" > "$work/out.pdf"
(ulimit -f 100; "$gongwen" render input/jining-xinfang-2020.yaml -o "$work/out.pdf") \
  > /dev/null 2> "$work/stderr"
got=$?
if [ $got -ne 2 ] || ! grep -q "File too large" "$work/stderr"; then
  echo "FAIL file-size-limit: exit $got: $(cat "$work/stderr")"; status=1
elif [ "$(cat "$work/out.pdf")" != "precious" ] || ls "$work"/.out.pdf.* > /dev/null 2>&1; then
  echo "FAIL file-size-limit: output clobbered or temporary file left"; status=1
else
  echo "ok file-size-limit"
fi
exit $status

#!/usr/bin/env bash
# Golden tests: each case's display-list dump and extracted text must match
# exactly; its page images within a small tolerance. On failure the new output
# and a diff picture per page are left in BUILD/golden-diff/<case>/.
set -uo pipefail
gongwen=$1 root=$2 build=$3
cd "$root"
status=0
# Pixels (at 50 dpi) allowed to differ per page, after a 10 % grey fuzz.
tolerance=30
mkdir -p "$build/golden-diff"
while read -r name input; do
  case "$name" in ''|'#'*) continue ;; esac
  want="golden/$name" got="$build/golden-diff/$name"
  if ! bash tests/golden/render_case.sh "$gongwen" "$input" "$got" 2>"$got.err"; then
    echo "FAIL $name: rendering failed: $(cat "$got.err")"; status=1; continue
  fi
  failed=0
  for f in display.txt text.txt; do
    if ! diff -u "$want/$f" "$got/$f" > "$got/$f.diff"; then
      echo "FAIL $name: $f differs (first lines of $got/$f.diff):"; head -20 "$got/$f.diff"; failed=1
    fi
  done
  want_pages=$(ls "$want"/page-*.png 2>/dev/null | wc -l)
  got_pages=$(ls "$got"/page-*.png 2>/dev/null | wc -l)
  if [ "$want_pages" != "$got_pages" ]; then
    echo "FAIL $name: $got_pages pages, golden has $want_pages"; failed=1
  else
    for png in "$want"/page-*.png; do
      page=$(basename "$png")
      diffpx=$(compare -metric AE -fuzz 10% "$png" "$got/$page" "$got/diff-$page" 2>&1 >/dev/null | cut -d' ' -f1)
      if ! [[ "$diffpx" =~ ^[0-9.e+]+$ ]] || [ "${diffpx%.*}" -gt $tolerance ]; then
        echo "FAIL $name: $page differs in $diffpx pixels (see $got/diff-$page)"; failed=1
      fi
    done
  fi
  if [ $failed -eq 0 ]; then echo "ok $name"; rm -rf "$got"; else status=1; fi
done < tests/golden/cases.txt
[ $status -eq 0 ] || echo "To accept the new output after looking at it: make update-goldens"
exit $status

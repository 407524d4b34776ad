#!/usr/bin/env bash
# Rewrites every golden case from the current build: make update-goldens.
# Look at each changed page before committing (git diff --stat golden/).
set -euo pipefail
gongwen=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
grep -v '^#' tests/golden/cases.txt | while read -r name input; do
  [ -n "$name" ] || continue
  bash tests/golden/render_case.sh "$gongwen" "$input" "golden/$name"
  rm -f "golden/$name/document.pdf"
  echo "updated golden/$name"
done

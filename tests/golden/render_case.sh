#!/usr/bin/env bash
# Renders one golden case into a directory: display.txt (the display-list
# dump), text.txt (pdftotext of the PDF) and page-N.png (pdftoppm, 50 dpi, grey).
# Usage: render_case.sh GONGWEN INPUT OUTDIR
set -euo pipefail
gongwen=$1 input=$2 out=$3
mkdir -p "$out"
rm -f "$out"/display.txt "$out"/text.txt "$out"/page-*.png "$out"/document.pdf
"$gongwen" dump "$input" > "$out/display.txt"
"$gongwen" render "$input" -o "$out/document.pdf"
pdftotext -layout "$out/document.pdf" "$out/text.txt"
pdftoppm -r 50 -gray -png "$out/document.pdf" "$out/page"
# pdftoppm numbers pages with a width that depends on the page count; make it stable.
for f in "$out"/page-*.png; do
  n=$(basename "$f" .png); n=${n#page-}; n=$((10#$n))
  [ "$f" = "$out/page-$n.png" ] || mv "$f" "$out/page-$n.png"
done

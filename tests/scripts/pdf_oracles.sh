#!/usr/bin/env bash
# The rendered seed checked by independent PDF readers: qpdf's structure
# check, pdffonts (every font embedded, subset, with ToUnicode), pdftotext
# (every glyph maps back to the text layout set), MuPDF renders without
# warnings, and two renders are byte-identical.
set -uo pipefail
gongwen=$1 root=$2 build=$3
cd "$root"
work=$(mktemp -d "$build/pdf-oracles.XXXXXX")
trap 'rm -rf "$work"' EXIT
input=input/jining-xinfang-2020.yaml
fail() { echo "FAIL: $*"; exit 1; }

"$gongwen" render "$input" -o "$work/a.pdf" || fail "render failed"
"$gongwen" render "$input" -o "$work/b.pdf" || fail "second render failed"
cmp -s "$work/a.pdf" "$work/b.pdf" || fail "two renders of the same input differ"

qpdf --check "$work/a.pdf" > "$work/qpdf.txt" 2>&1 || { cat "$work/qpdf.txt"; fail "qpdf --check"; }
grep -q "No syntax or stream encoding errors found" "$work/qpdf.txt" || { cat "$work/qpdf.txt"; fail "qpdf --check found problems"; }

pdffonts "$work/a.pdf" > "$work/fonts.txt" || fail "pdffonts"
fonts=$(tail -n +3 "$work/fonts.txt")
[ -n "$fonts" ] || fail "no fonts in the PDF"
# Columns from the right: object ID (2 fields), uni, sub, emb.
echo "$fonts" | awk '{ n=NF; if ($(n-4)!="yes" || $(n-3)!="yes" || $(n-2)!="yes") { print "font not embedded+subset+unicode: " $0; bad=1 } } END { exit bad }' \
  || fail "pdffonts"
echo "$fonts" | grep -q "Type 3" && fail "Type 3 font present"

# Every character set by layout comes back out of the PDF (the same multiset:
# reading order differs where charts and tables place text freely), and every
# body line comes back whole and in order.
export LC_ALL=C.UTF-8
"$gongwen" dump "$input" > "$work/dump.txt"
sed -n 's/^P[0-9]* G .*"\(.*\)" \[.*$/\1/p' "$work/dump.txt" | tr -d ' \n' > "$work/set.txt"
pdftotext "$work/a.pdf" - | tr -d ' \n\f' > "$work/extracted.txt"
chars() { grep -o . "$1" | sort | uniq -c; }
diff <(chars "$work/set.txt") <(chars "$work/extracted.txt") > "$work/chars.diff" || {
  head -20 "$work/chars.diff"; fail "pdftotext does not give back the characters that were set"
}
sed -n 's/^P[0-9]* G .* s=16.000 .*"\(.*\)" \[.*$/\1/p' "$work/dump.txt" | tr -d ' ' |
  while IFS= read -r line; do
    [ ${#line} -ge 4 ] || continue
    grep -qF -- "$line" "$work/extracted.txt" || { echo "missing: $line"; exit 1; }
  done || fail "a body line is not found whole in the extracted text"

# MuPDF must draw every page without a warning.
mutool draw -q -o "$work/page-%d.png" -r 30 "$work/a.pdf" > "$work/mutool.txt" 2>&1 || fail "mutool draw"
# (Debian's MuPDF is built without ICC support and says so; that is not about the file.)
grep -v "ICC support is not available" "$work/mutool.txt" > "$work/mutool-warnings.txt"
[ -s "$work/mutool-warnings.txt" ] && { cat "$work/mutool-warnings.txt"; fail "mutool warnings"; }
# Poppler must read it without a syntax warning.
pdftoppm -r 20 -png "$work/a.pdf" "$work/p" 2> "$work/poppler.txt" || fail "pdftoppm"
[ -s "$work/poppler.txt" ] && { cat "$work/poppler.txt"; fail "poppler warnings"; }
echo "ok pdf oracles"

#!/usr/bin/env bash
# PDF/A-2a and PDF/UA-1 conformance of what gongwen writes, checked without
# veraPDF: the seed rendered as is, with a reserved seal field, signed into
# that field, signed again in a field placed with --rect, and the seed signed
# invisibly (no reserved field). Every violation is one line, "VIOLATION <file>: <what>";
# the test fails when there is any. File-level syntax, the Catalog, the XMP
# packet against the Info dictionary, the output intent and the structure
# tree's shape are checked here with qpdf, poppler, MuPDF, Ghostscript and
# xmllint; fonts against their embedded programs, marked content against the
# structure tree, tables, figures, annotations and forbidden objects by the
# C++ checker in tests/pdf/conformance_checks.h (run through test_pdf).
set -uo pipefail
gongwen=$1 root=$2 build=$3
cd "$root"
export LC_ALL=C.UTF-8
work=$(mktemp -d "$build/conformance.XXXXXX")
trap 'rm -rf "$work"' EXIT

die() { echo "FAIL: $*"; exit 1; }
need() { command -v "$1" > /dev/null || die "this check needs $1 (Debian package $2)"; }
need qpdf qpdf
need pdfinfo poppler-utils
need pdffonts poppler-utils
need pdftotext poppler-utils
need pdftoppm poppler-utils
need pdfsig poppler-utils
need mutool mupdf-tools
need gs ghostscript
need xmllint libxml2-utils
checker=$build/tests/test_pdf
[ -x "$checker" ] || die "$checker is missing: build the test_pdf target first"

violations=0
label=""
violation() {
  echo "VIOLATION $label: $*"
  violations=$((violations + 1))
}

# ---- the files ---------------------------------------------------------------
input=input/jining-xinfang-2020.yaml
"$gongwen" render "$input" -o "$work/seed.pdf" || die "render of $input failed"
sed 's/  seal: false/  seal: true/' "$input" > "$work/sealed.yaml"
grep -q '  seal: true' "$work/sealed.yaml" || die "$input has no 'seal: false' to turn on"
"$gongwen" render "$work/sealed.yaml" -o "$work/sealed.pdf" || die "render of the sealed variant failed"
files=(seed sealed)

# Signed into the reserved field (an incremental update must keep PDF/A).
if "$gongwen" sign --help > /dev/null 2>&1 && command -v openssl > /dev/null &&
  command -v convert > /dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
    -days 30 -subj "/CN=Conformance Test/C=CN" 2> /dev/null || die "test certificate"
  openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$work/id.p12" \
    -passout pass:secret || die "test PKCS#12"
  printf 'secret\n' > "$work/password.txt"
  convert -size 120x120 xc:none -fill none -stroke '#E01010' -strokewidth 8 \
    -draw 'circle 60,60 60,8' "PNG32:$work/seal.png" || die "seal picture"
  "$gongwen" sign "$work/sealed.pdf" -o "$work/signed.pdf" --p12 "$work/id.p12" \
    --password-file "$work/password.txt" --seal "$work/seal.png" \
    --time 2021-01-25T10:30:00+08:00 > "$work/sign.txt" 2>&1 ||
    die "sign: $(cat "$work/sign.txt")"
  # A second signature in a field made with --rect, and an invisible one in
  # a file without a reserved field: the sign step tags those fields itself.
  "$gongwen" sign "$work/signed.pdf" -o "$work/signed-rect.pdf" --p12 "$work/id.p12" \
    --password-file "$work/password.txt" --seal "$work/seal.png" --field Seal2 \
    --rect 20,230,40,40 --page 1 --time 2021-01-25T10:40:00+08:00 > "$work/sign.txt" 2>&1 ||
    die "sign --rect: $(cat "$work/sign.txt")"
  "$gongwen" sign "$work/seed.pdf" -o "$work/signed-invisible.pdf" --p12 "$work/id.p12" \
    --password-file "$work/password.txt" --time 2021-01-25T10:50:00+08:00 > "$work/sign.txt" 2>&1 ||
    die "invisible sign: $(cat "$work/sign.txt")"
  for pair in signed-rect:2 signed-invisible:1; do
    valid=$(pdfsig -nocert "$work/${pair%:*}.pdf" 2>&1 | grep -c "Signature is Valid")
    [ "$valid" = "${pair#*:}" ] ||
      die "${pair%:*}.pdf: pdfsig finds $valid valid signatures, not ${pair#*:}"
  done
  files+=(signed signed-rect signed-invisible)
else
  echo "note: no sign command, openssl or ImageMagick: the signed variant is not checked"
fi

# ---- helpers -----------------------------------------------------------------
# The dictionary of object N (or "trailer") in PDF syntax, one line.
object() { qpdf --show-object="$2" "$1" 2> /dev/null; }
# The object number behind "/Key N 0 R" in a dictionary's text.
ref() { grep -o "/$2 [0-9]* 0 R" <<< "$1" | head -1 | cut -d' ' -f2; }
# An Info entry as UTF-8 (qpdf's JSON gives text strings as "u:...").
info_value() {
  sed -n "s/^ *\"\/$2\": \"u:\(.*\)\",\{0,1\}$/\1/p" "$1" | sed 's/\\"/"/g; s/\\\\/\\/g'
}
# D:20210123000000+08'00' → 2021-01-23T00:00:00+08:00 (the XMP form).
xmp_date() {
  sed -E "s/^D:([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})/\1-\2-\3T\4:\5:\6/;
          s/([+-][0-9]{2})'([0-9]{2})'?$/\1:\2/" <<< "$1"
}
# The value of an XMP property: the first rdf:li of a container, else the
# element's text, else an attribute of that name.
xmp_value() {
  local xmp=$1 ns=$2 name=$3
  local sel="//*[namespace-uri()='$ns' and local-name()='$name']"
  local v
  v=$(xmllint --xpath "string(($sel//*[local-name()='li'])[1])" "$xmp" 2> /dev/null)
  [ -n "$v" ] || v=$(xmllint --xpath "normalize-space(($sel)[1])" "$xmp" 2> /dev/null)
  [ -n "$v" ] || v=$(xmllint --xpath "string((//@*[namespace-uri()='$ns' and local-name()='$name'])[1])" "$xmp" 2> /dev/null)
  printf '%s' "$v"
}
NS_DC=http://purl.org/dc/elements/1.1/
NS_XMP=http://ns.adobe.com/xap/1.0/
NS_PDF=http://ns.adobe.com/pdf/1.3/
NS_PDFAID=http://www.aiim.org/pdfa/ns/id/
NS_PDFUAID=http://www.aiim.org/pdfua/ns/id/
# Schemas PDF/A-2 predefines (ISO 19005-2 §6.6.2.3.1; XMP 2005); any other
# must be declared in a pdfaExtension schema.
PREDEFINED_SCHEMAS=" $NS_DC $NS_XMP $NS_PDF $NS_PDFAID http://ns.adobe.com/xap/1.0/mm/
  http://ns.adobe.com/xap/1.0/rights/ http://ns.adobe.com/xap/1.0/t/pg/
  http://ns.adobe.com/xap/1.0/bj/ http://ns.adobe.com/photoshop/1.0/
  http://ns.adobe.com/tiff/1.0/ http://ns.adobe.com/exif/1.0/
  http://ns.adobe.com/exif/1.0/aux/ http://ns.adobe.com/camera-raw-settings/1.0/
  http://www.aiim.org/pdfa/ns/extension/ "

# ---- file syntax, trailer, Catalog -------------------------------------------
check_syntax() {
  local pdf=$1
  local first
  first=$(head -n 1 "$pdf" | tr -d '\r')
  [ "$first" = "%PDF-1.7" ] || violation "the header is '$first', not %PDF-1.7"
  local second high
  second=$(sed -n 2p "$pdf" | head -c 64)
  high=$(printf '%s' "$second" | LC_ALL=C tr -d '\000-\177' | wc -c)
  { [ "${second:0:1}" = "%" ] && [ "$high" -ge 4 ]; } ||
    violation "the second line is not a comment with at least 4 bytes above 127"
  tail -c 8 "$pdf" | od -An -tx1 | tr -d ' \n' | grep -Eq '2525454f46(0a|0d|0d0a)?$' ||
    violation "the file does not end with %%EOF and at most one end-of-line"
  qpdf --check "$pdf" > "$work/qpdf-check.txt" 2>&1
  grep -q "No syntax or stream encoding errors found" "$work/qpdf-check.txt" &&
    ! grep -qi "warning" "$work/qpdf-check.txt" ||
    violation "qpdf --check: $(grep -v '^checking\|^PDF Version\|^File is not' "$work/qpdf-check.txt" | head -3 | tr '\n' ' ')"

  local trailer
  trailer=$(object "$pdf" trailer)
  local re_id='/ID \[ <([0-9a-f]+)> <([0-9a-f]+)> \]'
  [[ $trailer =~ $re_id ]] ||
    violation "the trailer has no /ID of two strings"
  id_first=${BASH_REMATCH[1]:-}
  [[ $trailer == */Encrypt* ]] && violation "the trailer has /Encrypt"

  catalog=$(object "$pdf" "$(ref "$trailer" Root)")
  info_number=$(ref "$trailer" Info)
  [[ $catalog == *"/Lang (zh-CN)"* ]] || violation "the Catalog's /Lang is not (zh-CN)"
  local re_marked='/MarkInfo << [^>]*/Marked true' re_suspects='/MarkInfo << [^>]*/Suspects true'
  local re_title='/ViewerPreferences << [^>]*/DisplayDocTitle true'
  [[ $catalog =~ $re_marked ]] || violation "no /MarkInfo << /Marked true >>"
  [[ $catalog =~ $re_suspects ]] && violation "/MarkInfo has /Suspects true"
  [[ $catalog =~ $re_title ]] ||
    violation "no /ViewerPreferences << /DisplayDocTitle true >> (viewers would show the file name)"
  [[ $catalog == */Outlines\ * ]] || violation "no /Outlines (bookmarks)"
  local tree
  tree=$(object "$pdf" "$(ref "$catalog" StructTreeRoot)")
  [[ $tree == *"/Type /StructTreeRoot"* ]] || violation "no /StructTreeRoot in the Catalog"
  [[ $tree == */ParentTree\ * ]] || violation "the StructTreeRoot has no /ParentTree"
  [[ $tree == */RoleMap* ]] && violation "the StructTreeRoot has a /RoleMap (only standard types are used)"

  # One output intent, GTS_PDFA1, with an RGB ICC profile of 3 components.
  [ "$(grep -o '/S /GTS_PDFA1' <<< "$catalog" | wc -l)" = 1 ] ||
    violation "/OutputIntents does not hold exactly one /S /GTS_PDFA1 intent"
  local profile
  profile=$(ref "$catalog" DestOutputProfile)
  if [ -z "$profile" ]; then
    violation "the output intent has no /DestOutputProfile"
  else
    object "$pdf" "$profile" | grep -q '/N 3' || violation "the output profile is not /N 3"
    qpdf --show-object="$profile" --filtered-stream-data "$pdf" > "$work/icc" 2> /dev/null
    [ "$(dd if="$work/icc" bs=1 skip=36 count=4 2> /dev/null)" = acsp ] ||
      violation "the output profile is not an ICC profile"
    [ "$(dd if="$work/icc" bs=1 skip=16 count=4 2> /dev/null)" = "RGB " ] ||
      violation "the output profile's colour space is not RGB"
  fi
}

# ---- XMP against Info ----------------------------------------------------------
check_metadata() {
  local pdf=$1 xmp=$work/xmp.xml info=$work/info.json
  local number
  number=$(ref "$catalog" Metadata)
  [ -n "$number" ] || { violation "the Catalog has no /Metadata"; return; }
  local dict
  dict=$(object "$pdf" "$number")
  [[ $dict == *"/Subtype /XML"* && $dict == *"/Type /Metadata"* ]] ||
    violation "the metadata stream is not /Type /Metadata /Subtype /XML"
  [[ $dict == */Filter* ]] && violation "the metadata stream has a /Filter (PDF/A wants it readable as is)"
  qpdf --show-object="$number" --filtered-stream-data "$pdf" > "$xmp" 2> /dev/null
  head -c 9 "$xmp" | grep -q '<?xpacket' || violation "the XMP does not start with <?xpacket"
  tail -c 40 "$xmp" | grep -q '<?xpacket end=' || violation "the XMP has no closing <?xpacket end=?>"
  xmllint --noout "$xmp" 2> "$work/xmllint.txt" ||
    { violation "the XMP is not well-formed XML: $(head -1 "$work/xmllint.txt")"; return; }

  [ "$(xmp_value "$xmp" $NS_PDFAID part)" = 2 ] || violation "XMP pdfaid:part is not 2"
  [ "$(xmp_value "$xmp" $NS_PDFAID conformance)" = A ] || violation "XMP pdfaid:conformance is not A"
  [ "$(xmp_value "$xmp" $NS_PDFUAID part)" = 1 ] || violation "XMP pdfuaid:part is not 1"
  [ "$(xmp_value "$xmp" $NS_DC language)" = zh-CN ] || violation "XMP dc:language is not zh-CN"

  # Every property from a predefined schema or one the packet declares.
  local declared
  declared=" $(xmllint --xpath "//*[local-name()='namespaceURI']/text()" "$xmp" 2> /dev/null | tr '\n' ' ') "
  local n i ns
  n=$(xmllint --xpath "count(//*[local-name()='Description']/*)" "$xmp")
  for ((i = 1; i <= n; i++)); do
    ns=$(xmllint --xpath "namespace-uri((//*[local-name()='Description']/*)[$i])" "$xmp")
    [[ $PREDEFINED_SCHEMAS == *" $ns "* || $declared == *" $ns "* ]] ||
      violation "XMP property $(xmllint --xpath "name((//*[local-name()='Description']/*)[$i])" "$xmp") is from an undeclared schema ($ns)"
  done

  # Each Info entry equals its XMP counterpart; the PDF/UA title and the
  # other entries a report always has are required.
  qpdf --json --json-key=qpdf --json-object="$info_number" "$pdf" > "$info" 2> /dev/null
  local key required ns name value expected
  while read -r key required ns name; do
    value=$(info_value "$info" "$key")
    expected=$(xmp_value "$xmp" "$ns" "$name")
    case $key in CreationDate | ModDate) value=$(xmp_date "$value") ;; esac
    if [ -z "$value" ]; then
      [ "$required" = required ] && violation "Info has no /$key"
      [ -n "$expected" ] && violation "XMP has $name but Info has no /$key"
    elif [ "$value" != "$expected" ]; then
      violation "Info /$key \"$value\" differs from XMP $name \"$expected\""
    fi
  done <<EOF
Title required $NS_DC title
Author required $NS_DC creator
Subject optional $NS_DC description
Keywords optional $NS_PDF Keywords
Creator optional $NS_XMP CreatorTool
Producer required $NS_PDF Producer
CreationDate required $NS_XMP CreateDate
ModDate required $NS_XMP ModifyDate
EOF
  title=$(info_value "$info" Title)
}

# ---- fonts and what poppler says about the file ---------------------------------
check_poppler() {
  local pdf=$1
  pdfinfo "$pdf" > "$work/pdfinfo.txt" 2>&1
  for expected in "PDF version: *1.7" "Tagged: *yes" "Suspects: *no" "JavaScript: *no" \
    "Encrypted: *no" "Metadata Stream: *yes"; do
    grep -q "^$expected\$" "$work/pdfinfo.txt" || violation "pdfinfo does not say '$expected'"
  done
  pages=$(sed -n 's/^Pages: *//p' "$work/pdfinfo.txt")

  pdffonts "$pdf" > "$work/fonts.txt" 2> "$work/fonts-err.txt"
  [ -s "$work/fonts-err.txt" ] && violation "pdffonts: $(head -1 "$work/fonts-err.txt")"
  tail -n +3 "$work/fonts.txt" | awk '{
      n = NF
      if ($(n-4) != "yes" || $(n-3) != "yes" || $(n-2) != "yes") print "font " $1 " is not embedded+subset+unicode"
      if ($0 !~ / CID (Type 0C|TrueType) /) print "font " $1 " is not a CID-keyed CFF or TrueType font"
    }' > "$work/font-problems.txt"
  while IFS= read -r line; do violation "$line"; done < "$work/font-problems.txt"
  [ "$(tail -n +3 "$work/fonts.txt" | wc -l)" -gt 0 ] || violation "pdffonts lists no font"
}

# ---- the structure tree's shape, the outline, artifacts -------------------------
check_structure() {
  local pdf=$1 st=$work/struct.txt
  pdfinfo -struct "$pdf" > "$st" 2> "$work/struct-err.txt"
  [ -s "$work/struct-err.txt" ] && violation "pdfinfo -struct: $(head -1 "$work/struct-err.txt")"
  [ "$(head -1 "$st")" = Document ] || violation "the structure tree's root element is not Document"
  # What the seed has: title, headings of two levels, prose, a chart, tables
  # with header and body, spanning cells and header scopes.
  for role in H1 H2 H3 P Figure Table THead TBody TR TH TD; do
    grep -Eq "^ *$role( |:|$)" "$st" || violation "no $role element in the structure tree"
  done
  for attribute in "/RowSpan" "/ColSpan" "/Scope /Column" "/Scope /Row"; do
    grep -q -- "$attribute" "$st" || violation "no table cell has $attribute"
  done
  if [ "$1" != "$work/seed.pdf" ]; then
    grep -Eq "^ *Form( |:|$)" "$st" || violation "the seal's signature field has no Form element"
  fi
}

# ---- the tree's text: title, outline, artifacts (poppler takes seconds: the seed only)
check_structure_text() {
  local pdf=$1 st=$work/struct-text.txt
  pdfinfo -struct-text "$pdf" > "$st" 2> "$work/struct-err.txt"
  [ -s "$work/struct-err.txt" ] && violation "pdfinfo -struct-text: $(head -1 "$work/struct-err.txt")"
  # The H1 is the document title, the one the viewer shows (DisplayDocTitle).
  local h1
  h1=$(awk '/^ *H1( |$)/ { on = 1; next } on && /^ *"/ { sub(/^ *"/, ""); sub(/"$/, ""); printf "%s", $0; next } on { exit }' "$st")
  [ "${h1// /}" = "${title// /}" ] || violation "the H1 \"$h1\" is not the document title \"$title\""

  # Page numbers are drawn (pdftotext finds them) but are artifacts.
  pdftotext "$pdf" "$work/text.txt" 2> "$work/text-err.txt"
  [ -s "$work/text-err.txt" ] && violation "pdftotext: $(head -1 "$work/text-err.txt")"
  local p
  tr -d ' ' < "$work/text.txt" > "$work/text-nospace.txt"
  tr -d ' ' < "$st" > "$work/struct-nospace.txt"
  for ((p = 1; p <= pages; p++)); do
    grep -q "—$p—" "$work/text-nospace.txt" || violation "page number — $p — is not on its page"
    grep -q "—$p—" "$work/struct-nospace.txt" &&
      violation "page number — $p — is in the structure tree, not an artifact"
  done

  # The outline is the headings below the title, in order and nested alike:
  # H2 at depth 1, H3 at depth 2...
  awk '/^ *H[2-6]( |$)/ { if (t != "") print d "\t" t; match($0, /H[2-6]/); d = substr($0, RSTART + 1, 1) - 1; t = ""; on = 1; next }
       on && /^ *"/ { sub(/^ *"/, ""); sub(/"$/, ""); t = t $0; next }
       { on = 0 }
       END { if (t != "") print d "\t" t }' "$st" > "$work/headings.txt"
  mutool show "$pdf" outline 2> /dev/null |
    awk -F'\t' '{ d = 0; for (i = 2; i <= NF && $i == ""; i++) d++; t = $(d + 2); gsub(/^"|"$/, "", t); print d + 1 "\t" t }' \
      > "$work/outline.txt"
  diff "$work/headings.txt" "$work/outline.txt" > "$work/outline.diff" ||
    violation "the outline differs from the headings (< headings, > outline): $(grep '^[<>]' "$work/outline.diff" | head -4 | tr '\n\t' '  ')"
  [ -s "$work/headings.txt" ] || violation "no headings below the title were found"
}

# ---- renderers say nothing ------------------------------------------------------------
check_renderers() {
  local pdf=$1
  pdftoppm -r 20 -png "$pdf" "$work/poppler" 2> "$work/poppler.txt" || violation "pdftoppm failed"
  [ -s "$work/poppler.txt" ] && violation "poppler: $(head -2 "$work/poppler.txt" | tr '\n' ' ')"
  mutool draw -q -o "$work/mupdf-%d.png" -r 20 "$pdf" > "$work/mutool.txt" 2>&1 || violation "mutool draw failed"
  # Debian's MuPDF is built without ICC support and says so; not about the file.
  grep -v "ICC support is not available" "$work/mutool.txt" > "$work/mutool-warnings.txt"
  [ -s "$work/mutool-warnings.txt" ] && violation "MuPDF: $(head -2 "$work/mutool-warnings.txt" | tr '\n' ' ')"
  gs -q -dNOPAUSE -dBATCH -dSAFER -dPDFSTOPONERROR -sDEVICE=pgmraw -r20 -o /dev/null "$pdf" \
    > "$work/gs.txt" 2>&1 || violation "Ghostscript failed"
  [ -s "$work/gs.txt" ] && violation "Ghostscript: $(head -2 "$work/gs.txt" | tr '\n' ' ')"
  rm -f "$work"/poppler*.png "$work"/mupdf-*.png
}

for name in "${files[@]}"; do
  label=$name.pdf
  pdf=$work/$name.pdf
  catalog="" title="" pages=0 id_first=""
  check_syntax "$pdf"
  [ "$name" = sealed ] && sealed_id=$id_first
  [ "$name" = signed ] && [ "$id_first" != "$sealed_id" ] &&
    violation "signing changed the first /ID string (it identifies the document for good)"
  check_metadata "$pdf"
  check_poppler "$pdf"
  check_structure "$pdf"
  [ "$name" = seed ] && check_structure_text "$pdf"
  check_renderers "$pdf"
done

# ---- the object-level checks (C++) ------------------------------------------------------
paths=()
for name in "${files[@]}"; do paths+=("$work/$name.pdf"); done
GONGWEN_CONFORMANCE_FILES="${paths[*]}" "$checker" --gtest_filter=Conformance.FilesNamedInTheEnvironment \
  > "$work/checker.txt" 2>&1
grep -q "FilesNamedInTheEnvironment" "$work/checker.txt" || die "test_pdf did not run the checker"
while IFS= read -r line; do
  label=$(basename "${line%%: *}")
  violation "${line#*: }"
done < <(sed -n 's/^CONFORMANCE //p' "$work/checker.txt")
grep -q "^\[  PASSED  \] 1 test" "$work/checker.txt" || [ "$violations" -gt 0 ] ||
  die "the checker failed without naming a violation: $(tail -5 "$work/checker.txt")"

if [ "$violations" -gt 0 ]; then
  echo "FAIL: $violations conformance violations"
  exit 1
fi
echo "ok conformance (${files[*]}): PDF/A-2a and PDF/UA-1 checks without veraPDF"

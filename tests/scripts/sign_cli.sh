#!/usr/bin/env bash
# `gongwen sign` end to end: render the seed report, sign it with a seal
# (RSA), sign it again in a second field (ECDSA), and check both signatures
# with pdfsig and the file with qpdf; then the failures: exit codes, one-line
# messages, and an existing output left untouched.
set -uo pipefail
gongwen=$1 root=$2 build=$3
cd "$root"
if ! "$gongwen" sign --help > /dev/null 2>&1; then
  echo "SKIP: this gongwen has no sign command yet"
  exit 0
fi
work=$(mktemp -d "$build/sign-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A throwaway CA with an RSA and an EC signer, in PKCS#12 with password "secret".
pki() {  # name, -newkey arguments
  local d=$work/$1; shift
  openssl req -x509 "$@" -nodes -keyout "$d-ca.key" -out "$d-ca.pem" -days 30 \
    -subj "/CN=Test CA/C=CN" 2> /dev/null || fail "CA for $d"
  openssl req "$@" -nodes -keyout "$d.key" -out "$d.csr" -subj "/CN=Test Signer/C=CN" \
    2> /dev/null || fail "request for $d"
  openssl x509 -req -in "$d.csr" -CA "$d-ca.pem" -CAkey "$d-ca.key" -set_serial 1 \
    -days 30 -out "$d.pem" 2> /dev/null || fail "certificate for $d"
  openssl pkcs12 -export -inkey "$d.key" -in "$d.pem" -certfile "$d-ca.pem" \
    -out "$d.p12" -passout pass:secret || fail "p12 for $d"
}
pki rsa -newkey rsa:2048
pki ec -newkey ec -pkeyopt ec_paramgen_curve:P-256
printf 'secret\n' > "$work/password.txt"
printf 'guess\n' > "$work/wrong.txt"
# A red ring and star on a transparent background.
convert -size 240x240 xc:none -fill none -stroke '#E01010' -strokewidth 12 \
  -draw 'circle 120,120 120,14' -stroke none -fill '#E01010' \
  -draw 'polygon 120,50 137,100 190,100 147,130 163,180 120,150 77,180 93,130 50,100 103,100' \
  "PNG32:$work/seal.png" || fail "seal picture"

"$gongwen" render input/jining-xinfang-2020.yaml -o "$work/report.pdf" || fail "render"
# Render reserves Seal1 at the seal place; without it, place the seal by hand.
place=()
pdfsig -nocert "$work/report.pdf" 2>&1 | grep -q "Seal1" || place=(--rect 120,200,42,42 --page 1)

sign() { "$gongwen" sign "$@" > "$work/stdout" 2> "$work/stderr"; }
sign "$work/report.pdf" -o "$work/signed.pdf" --p12 "$work/rsa.p12" \
  --password-file "$work/password.txt" --seal "$work/seal.png" --reason "发布" \
  --location "济宁" --time 2021-01-15T10:30:00+08:00 "${place[@]}" \
  || fail "sign: $(cat "$work/stderr")"
pdfsig -nocert "$work/signed.pdf" > "$work/sig1.txt" 2>&1
grep -q "Signature is Valid" "$work/sig1.txt" || { cat "$work/sig1.txt"; fail "first signature"; }
grep -q "Total document signed" "$work/sig1.txt" || fail "first signature does not cover the file"
grep -q "ETSI.CAdES.detached" "$work/sig1.txt" || fail "not a PAdES signature"
cmp -s -n "$(stat -c %s "$work/report.pdf")" "$work/report.pdf" "$work/signed.pdf" \
  || fail "signing changed the rendered bytes instead of appending"

sign "$work/signed.pdf" -o "$work/twice.pdf" --p12 "$work/ec.p12" \
  --password-file "$work/password.txt" --field Seal2 --rect 20,230,40,40 --seal "$work/seal.png" \
  || fail "second sign: $(cat "$work/stderr")"
pdfsig -nocert "$work/twice.pdf" > "$work/sig2.txt" 2>&1
[ "$(grep -c "Signature is Valid" "$work/sig2.txt")" = 2 ] || { cat "$work/sig2.txt"; fail "two signatures"; }
qpdf --check "$work/twice.pdf" > "$work/qpdf.txt" 2>&1 || { cat "$work/qpdf.txt"; fail "qpdf --check"; }
pdftoppm -r 20 -png "$work/twice.pdf" "$work/page" 2> "$work/poppler.txt" || fail "pdftoppm"
[ -s "$work/poppler.txt" ] && { cat "$work/poppler.txt"; fail "poppler warnings"; }

# expect NAME EXIT PATTERN -- ARGS...: the exit code, the message, the output untouched.
status=0
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  echo "precious" > "$work/out.pdf"
  sign "$@"
  local got=$?
  if [ $got -ne "$code" ]; then
    echo "FAIL $name: exit $got, expected $code: $(cat "$work/stderr")"; status=1; return
  fi
  grep -Eq -e "$pattern" "$work/stderr" || { echo "FAIL $name: $(cat "$work/stderr")"; status=1; return; }
  [ "$(cat "$work/out.pdf")" = precious ] || { echo "FAIL $name: output clobbered"; status=1; return; }
  echo "ok $name"
}
common=(-o "$work/out.pdf" --p12 "$work/rsa.p12")
expect wrong-password 1 "password does not open" -- "$work/report.pdf" "${common[@]}" \
  --password-file "$work/wrong.txt"
expect no-password 1 "password-file" -- "$work/report.pdf" "${common[@]}"
expect already-signed 1 "already signed" -- "$work/signed.pdf" "${common[@]}" \
  --password-file "$work/password.txt"
expect bad-rect 2 "--rect: expected x,y,width,height in millimetres.*got \"1,2,3\"" -- \
  "$work/report.pdf" "${common[@]}" --password-file "$work/password.txt" --field Other --rect 1,2,3
expect rect-not-numbers 2 "--rect: expected x,y,width,height in millimetres.*got \"a,b,c,d\"" -- \
  "$work/report.pdf" "${common[@]}" --password-file "$work/password.txt" --rect a,b,c,d --page 1
expect time-not-a-time 2 "--time \"tomorrow\" is not an ISO 8601 date and time" -- \
  "$work/report.pdf" "${common[@]}" --password-file "$work/password.txt" --time tomorrow
# An option given "" (a shell variable left unset) does not fall back to its default.
expect rect-empty 2 "--rect: an empty value" -- \
  "$work/report.pdf" "${common[@]}" --password-file "$work/password.txt" --field Other --rect ""
expect time-empty 2 "--time: an empty value" -- \
  "$work/report.pdf" "${common[@]}" --password-file "$work/password.txt" --time ""
expect field-empty 2 "--field: an empty value" -- \
  "$work/report.pdf" "${common[@]}" --password-file "$work/password.txt" --field ""
expect rect-off-the-page 2 "not inside page 1, which is 210 × 297 mm" -- "$work/report.pdf" \
  "${common[@]}" --password-file "$work/password.txt" --field Other --rect 500,10,40,40 --page 1
expect page-beyond-the-end 2 "page 9 does not exist" -- "$work/report.pdf" "${common[@]}" \
  --password-file "$work/password.txt" --field Other --rect 10,10,40,40 --page 9
expect page-without-rect 2 "page goes with --rect" -- "$work/report.pdf" "${common[@]}" \
  --password-file "$work/password.txt" --page 1
# A misspelt --field while the seal place render reserved is empty.
sed 's/  seal: false/  seal: true/' input/jining-xinfang-2020.yaml > "$work/sealed.yaml"
"$gongwen" render "$work/sealed.yaml" -o "$work/sealed.pdf" || fail "render with a seal place"
expect unknown-field 2 "no field \"Seel1\"; its empty signature fields are Seal1 " -- \
  "$work/sealed.pdf" "${common[@]}" --password-file "$work/password.txt" --field Seel1
expect missing-p12 2 "cannot read" -- "$work/report.pdf" -o "$work/out.pdf" \
  --p12 "$work/none.p12" --password-file "$work/password.txt"
expect not-a-pdf 1 "not a PDF" -- "$work/password.txt" "${common[@]}" \
  --password-file "$work/password.txt"
[ $status -eq 0 ] && echo "ok sign cli"
exit $status

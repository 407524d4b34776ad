#!/usr/bin/env bash
# The bad-input catalogue: tests/bad_inputs/NAME.yaml is a broken input and
# NAME.expect the transcript of the commands run on it, which pins each
# command's exit code and its exact output (file:line:column + message):
#
#   # Why the case exists (comment lines at the top are kept on --update).
#   $ gongwen check NAME.yaml
#   exit 1
#   stderr:
#   NAME.yaml:12:5: 错误 error: ...
#
# Each command runs in a fresh directory holding NAME.yaml and an existing
# NAME.pdf (the default output). A failing command must leave NAME.pdf as it
# was and no other file behind; a successful render must write a PDF there,
# and with --draft every page of it must show 草稿. The repository's path
# appears as $ROOT in the transcripts.
#
#   bash bad_input_catalogue.sh GONGWEN REPO_ROOT BUILD_DIR [--update] [NAME...]
#
# --update rewrites the transcripts from what gongwen does now (after a message
# was changed on purpose, or to fill in a new case whose .expect holds only
# its comments and "$ gongwen ..." lines). Review `git diff tests/bad_inputs`
# before committing.
set -uo pipefail
gongwen=$(realpath "$1") root=$(realpath "$2") build=$(realpath "$3")
shift 3
update=0
names=()
for arg in "$@"; do
  case $arg in
    --update) update=1 ;;
    *) names+=("$arg") ;;
  esac
done

cases="$root/tests/bad_inputs"
work=$(mktemp -d "$build/bad-input-catalogue.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GONGWEN_HOME="$root" LC_ALL=C.UTF-8
# A hang is a failure; sanitizer builds run slower.
limit=60
grep -qs '^GONGWEN_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" && limit=300

status=0
failures=()
fail() {
  echo "FAIL $name: $*"
  status=1
  failures+=("$name")
}

if [ ${#names[@]} -eq 0 ]; then
  for f in "$cases"/*.expect; do names+=("$(basename "$f" .expect)"); done
  for f in "$cases"/*.yaml; do
    n=$(basename "$f" .yaml)
    [ -f "$cases/$n.expect" ] || { name=$n; fail "no $n.expect for $n.yaml"; }
  done
fi
[ ${#names[@]} -ge 40 ] || [ $# -gt 0 ] || { echo "FAIL: only ${#names[@]} cases"; exit 1; }

# Replaces the run-specific paths in a command's output.
normalise() {
  local text=$1
  text=${text//"$dir"/'$WORK'}
  text=${text//"$root"/'$ROOT'}
  printf '%s' "$text"
}

# Checks the files a command left behind in $dir.
check_files() {
  local code=$1
  shift
  local listing
  listing=$(cd "$dir" && ls -A | tr '\n' ' ')
  if [ "$listing" != "$name.pdf $name.yaml " ]; then
    fail "\"$*\" left these files: $listing"
    return
  fi
  if [ "$code" -ne 0 ] || [ "$1" != render ]; then
    [ "$(cat "$dir/$name.pdf")" = precious ] || fail "\"$*\" (exit $code) changed the existing $name.pdf"
    return
  fi
  [ "$(head -c 5 "$dir/$name.pdf")" = "%PDF-" ] || { fail "\"$*\" wrote no PDF"; return; }
  case " $* " in
    *" --draft "*)
      command -v pdftotext > /dev/null || { fail "pdftotext (poppler-utils) is needed"; return; }
      local pages page
      pages=$(pdfinfo "$dir/$name.pdf" | awk '/^Pages:/ { print $2 }')
      [ "${pages:-0}" -ge 1 ] || fail "\"$*\": no pages"
      for ((page = 1; page <= ${pages:-0}; page++)); do
        pdftotext -f "$page" -l "$page" "$dir/$name.pdf" - | grep -q 草稿 ||
          fail "\"$*\": page $page does not show 草稿"
      done
      ;;
  esac
}

for name in "${names[@]}"; do
  expect="$cases/$name.expect"
  input="$cases/$name.yaml"
  [ -f "$expect" ] && [ -f "$input" ] || { fail "needs $name.yaml and $name.expect"; continue; }
  actual="$work/$name.actual"
  : > "$actual"
  commands=0
  failing=0
  while IFS= read -r line; do
    case $line in
      '$ gongwen '*) ;;
      *)
        [ $commands -eq 0 ] && printf '%s\n' "$line" >> "$actual"
        continue
        ;;
    esac
    commands=$((commands + 1))
    read -ra args <<< "${line#'$ gongwen '}"
    dir="$work/$name.run"
    rm -rf "$dir"
    mkdir "$dir"
    cp "$input" "$dir/$name.yaml"
    echo precious > "$dir/$name.pdf"
    (cd "$dir" && timeout "$limit" "$gongwen" "${args[@]}" > ../out 2> ../err)
    code=$?
    case $code in
      0 | 1 | 2) ;;
      124) fail "\"${args[*]}\" did not finish within $limit s" ;;
      *) fail "\"${args[*]}\" crashed or could not run (exit $code)" ;;
    esac
    [ $code -ne 0 ] && failing=$((failing + 1))
    {
      printf '%s\n' "$line"
      echo "exit $code"
      if [ -s "$work/out" ]; then
        echo "stdout:"
        normalise "$(cat "$work/out")"
        echo
      fi
      if [ -s "$work/err" ]; then
        echo "stderr:"
        normalise "$(cat "$work/err")"
        echo
      fi
    } >> "$actual"
    check_files "$code" "${args[@]}"
  done < "$expect"
  [ $commands -gt 0 ] || fail "$name.expect lists no \"\$ gongwen ...\" command"
  [ $failing -gt 0 ] || fail "no command fails on $name.yaml: it is not a bad input"
  if [ $update -eq 1 ]; then
    if ! cmp -s "$actual" "$expect"; then
      cp "$actual" "$expect"
      echo "updated $name"
    fi
  elif ! diff -u "$expect" "$actual" > "$work/diff"; then
    fail "output differs from $name.expect (run with --update to accept it):"
    cat "$work/diff"
  fi
done

if [ $status -eq 0 ]; then
  echo "ok: ${#names[@]} bad inputs"
else
  echo "FAILED: ${failures[*]}"
fi
exit $status

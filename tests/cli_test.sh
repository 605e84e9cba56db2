#!/usr/bin/env bash
# Tests of the figcheck command line against the contract in design.md:
# exit 0 on success, 2 on bad usage or input with one clear line on stderr,
# JSON output that parses, batch results one per input line in order.
#
# usage: tests/cli_test.sh FIGCHECK FACTBASE REPO_ROOT [PYTHON]
set -u

FIGCHECK=${1:?figcheck binary}
FACTBASE=${2:?compiled fact base}
ROOT=${3:?repository root}
PY=${4:-python3}


TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
checks=0

# run ARGS...: runs figcheck, leaving $rc, $TMP/out and $TMP/err.
run() {
  "$FIGCHECK" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  rc=$?
}
run_stdin() {  # run_stdin FILE ARGS...: as run, with FILE on stdin
  local input=$1
  shift
  "$FIGCHECK" "$@" >"$TMP/out" 2>"$TMP/err" <"$input"
  rc=$?
}

fail() {
  failures=$((failures + 1))
  echo "FAIL: $CASE: $*"
  echo "  exit $rc; stdout: $(head -c 300 "$TMP/out")"
  echo "  stderr: $(head -c 600 "$TMP/err")"
}
expect_rc() { checks=$((checks + 1)); [[ $rc -eq $1 ]] || fail "exit status $rc, want $1"; }
expect_stderr_lines() {
  checks=$((checks + 1))
  local n
  n=$(wc -l <"$TMP/err")
  [[ $n -eq $1 ]] || fail "$n lines on stderr, want $1"
}
expect_stdout_lines() {
  checks=$((checks + 1))
  local n
  n=$(wc -l <"$TMP/out")
  [[ $n -eq $1 ]] || fail "$n lines on stdout, want $1"
}
expect_stdout_empty() { checks=$((checks + 1)); [[ ! -s $TMP/out ]] || fail "stdout not empty"; }
expect_stderr_has() { checks=$((checks + 1)); grep -qF -- "$1" "$TMP/err" || fail "stderr lacks \"$1\""; }
expect_stdout_has() { checks=$((checks + 1)); grep -qF -- "$1" "$TMP/out" || fail "stdout lacks \"$1\""; }
# expect_json 'python expression over d (stdin parsed as JSON)'
expect_json() {
  checks=$((checks + 1))
  "$PY" -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if ('"$1"') else 1)' \
    <"$TMP/out" || fail "stdout is not JSON with $1"
}
# A usage or input error: exit 2, nothing on stdout, one "figcheck: " line.
expect_one_line_error() {
  expect_rc 2
  expect_stdout_empty
  expect_stderr_lines 1
  checks=$((checks + 1))
  head -n1 "$TMP/err" | grep -q '^figcheck: ' || fail "stderr does not start with \"figcheck: \""
}

FB=(--factbase "$FACTBASE")
CLAIM="Shanghai's GDP totalled 5 trillion yuan in 2023."

main_cases() {
  # ------------------------------------------------ usage and input errors
  CASE="no command"; run
  expect_rc 2; expect_stdout_empty; expect_stderr_has "figcheck: no command"
  CASE="unknown command"; run frobnicate
  expect_rc 2; expect_stdout_empty; expect_stderr_has "frobnicate"
  CASE="check with no claim"; run check "${FB[@]}"
  expect_rc 2; expect_stdout_empty; expect_stderr_has "figcheck: "
  CASE="unknown flag"; run check "$CLAIM" --bogus "${FB[@]}"
  expect_one_line_error; expect_stderr_has "--bogus"
  CASE="flag without its value"; run check "$CLAIM" "${FB[@]}" --as-of
  expect_one_line_error; expect_stderr_has "--as-of"
  CASE="bad --as-of"; run check "$CLAIM" --as-of 2024-13-01 "${FB[@]}"
  expect_one_line_error; expect_stderr_has "2024-13-01"
  CASE="--as-of not a calendar day"; run check "$CLAIM" --as-of 2023-02-29 "${FB[@]}"
  expect_one_line_error
  CASE="bad --format"; run check "$CLAIM" --format xml "${FB[@]}"
  expect_one_line_error; expect_stderr_has "xml"
  CASE="missing fact base"; run check "$CLAIM" --factbase /nonexistent/factbase.json
  expect_one_line_error; expect_stderr_has "/nonexistent/factbase.json"
  CASE="corrupt fact base"; printf '{"format": "figcheck-factbase", "version": 1, "documents": [' \
    >"$TMP/corrupt.json"
  run check "$CLAIM" --factbase "$TMP/corrupt.json"
  expect_one_line_error; expect_stderr_has "corrupt.json"
  CASE="fact base of another version"
  sed 's/"version":[0-9]*,/"version":99,/' "$FACTBASE" >"$TMP/v2.json"
  run check "$CLAIM" --factbase "$TMP/v2.json"
  expect_one_line_error; expect_stderr_has "version 99"
  CASE="fact base is a directory"; run check "$CLAIM" --factbase "$TMP"
  expect_one_line_error
  CASE="empty claim"; run check "" "${FB[@]}"
  expect_one_line_error; expect_stderr_has "empty"
  CASE="blank claim"; run check "   " "${FB[@]}"
  expect_one_line_error
  CASE="claim of invalid UTF-8"; run check $'GDP \xff 5 trillion yuan' "${FB[@]}"
  expect_one_line_error; expect_stderr_has "UTF-8"
  CASE="claim in French"; run check "Le port de la ville a traité 49 millions de conteneurs en 2023." --format json "${FB[@]}"
  expect_one_line_error; expect_stderr_has "figcheck reads English claims"; expect_stderr_has "French"
  CASE="claim in Spanish"; run check "El puerto movió 49 millones de contenedores en 2023." "${FB[@]}"
  expect_one_line_error; expect_stderr_has "figcheck reads English claims"; expect_stderr_has "Spanish"
  CASE="claim in Chinese"; run check "上海港2023年集装箱吞吐量达到4900万标准箱" "${FB[@]}"
  expect_one_line_error; expect_stderr_has "figcheck reads English claims"
  CASE="claim in English with a French name"; run check "Shanghai's port handled 49.158 million TEUs in 2023, according to Société Générale." --as-of 2024-11-01 "${FB[@]}"
  expect_rc 0; expect_stdout_has "SUPPORTED"
  CASE="claim over the size limit"; run check "$(head -c 70000 /dev/zero | tr '\0' a)" "${FB[@]}"
  expect_one_line_error
  CASE="claim and --batch"; run check "$CLAIM" --batch "$TMP/none.jsonl" "${FB[@]}"
  expect_one_line_error
  CASE="facts with an argument"; run facts TEU "${FB[@]}"
  expect_one_line_error
  CASE="compile without --out"; run compile --sources "$ROOT/data/sources"
  expect_one_line_error

  # --------------------------------------------------------------- check
  CASE="help"; run --help
  expect_rc 0; expect_stdout_has "figcheck check"
  CASE="check --format json"; run check "$CLAIM" --as-of 2024-11-01 --format json "${FB[@]}"
  expect_rc 0; expect_stdout_lines 1
  expect_json 'd["verdict"] == "refuted" and d["claim"] == "'"$CLAIM"'" and isinstance(d["citation"], dict) and "quote" in d["citation"] and isinstance(d["claimed"], dict) and d["explanation"]'
  CASE="check --format json, no figure"; run check "The sky is blue." --format json "${FB[@]}"
  expect_rc 0
  expect_json 'd["verdict"] == "unverifiable" and d["citation"] is None'
  CASE="check, text"; run check "$CLAIM" --as-of 2024-11-01 "${FB[@]}"
  expect_rc 0; expect_stdout_has "REFUTED"; expect_stdout_has "4.72 trillion yuan"
  CASE="check, fact base from the environment"
  FIGCHECK_FACTBASE="$FACTBASE" run check "$CLAIM" --as-of 2024-11-01 --format json
  expect_rc 0; expect_json 'd["verdict"] == "refuted"'

  # --------------------------------------------------------------- batch
  CASE="batch with good and bad lines"
  {
    echo '{"id": "a", "claim": "Shanghai'"'"'s GDP came to 4.7 trillion yuan in 2023."}'
    echo '{"id": "b", "claim": '
    echo '{"id": "c", "text": "no claim here"}'
    echo '{"id": 4, "claim": "Shanghai'"'"'s GDP totalled 5 trillion yuan in 2023.", "as_of": "2024-11-01"}'
    echo '{"id": "e", "claim": "Il porto di Shanghai ha movimentato 49 milioni di container nel 2023."}'
  } >"$TMP/batch.jsonl"
  run check --batch "$TMP/batch.jsonl" --as-of 2024-11-01 "${FB[@]}"
  expect_rc 2
  expect_stdout_lines 5
  expect_stderr_lines 3
  expect_stderr_has "batch.jsonl:2:"
  expect_stderr_has "batch.jsonl:3:"
  checks=$((checks + 1))
  "$PY" - "$TMP/out" <<'EOF' || fail "batch output lines are not the expected JSON objects"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert rows[0]["id"] == "a" and rows[0]["verdict"] == "supported", rows[0]
assert "error" in rows[1] and "verdict" not in rows[1], rows[1]
assert rows[1]["error"]["code"] and rows[1]["error"]["message"], rows[1]
assert "error" in rows[2] and "verdict" not in rows[2], rows[2]
assert rows[2]["id"] == "c", rows[2]  # the id is echoed even on an error
assert rows[3]["id"] == 4 and rows[3]["verdict"] == "refuted", rows[3]
assert rows[4]["id"] == "e" and rows[4]["error"]["code"] == "not English", rows[4]
EOF
  CASE="batch, all good, from stdin"
  printf '%s\n' '{"id": 1, "claim": "Shanghai now counts more than 20,000 new high-tech enterprises."}' \
    '{"id": 2, "claim": "The sky is blue."}' >"$TMP/good.jsonl"
  run_stdin "$TMP/good.jsonl" check --batch - "${FB[@]}"
  expect_rc 0; expect_stdout_lines 2; expect_stderr_lines 0
  checks=$((checks + 1))
  "$PY" -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in rows] == [1, 2], rows
assert rows[0]["verdict"] == "supported" and rows[1]["verdict"] == "unverifiable", rows
' "$TMP/out" || fail "batch results out of order or wrong"
  CASE="batch file missing"; run check --batch "$TMP/none.jsonl" "${FB[@]}"
  expect_one_line_error; expect_stderr_has "none.jsonl"

  # --------------------------------------------------------------- facts
  CASE="facts --grep TEU"; run facts --grep TEU "${FB[@]}"
  expect_rc 0
  checks=$((checks + 1))
  tail -n1 "$TMP/out" | grep -Eq '^[1-9][0-9]* of [0-9]+ facts$' || fail "no fact listed"
  checks=$((checks + 1))
  # Every quoted sentence (indented lines) holds the word.
  grep '^    ' "$TMP/out" | grep -viq teu && fail "a listed fact does not mention TEU"
  CASE="facts --grep TEU --format json"; run facts --grep TEU --format json "${FB[@]}"
  expect_rc 0
  checks=$((checks + 1))
  [[ -s $TMP/out ]] || fail "no fact listed"
  checks=$((checks + 1))
  "$PY" -c '
import json, sys
for line in open(sys.argv[1]):
    c = json.loads(line)
    assert "teu" in c["quote"].lower() and c["source"]["file"], c
' "$TMP/out" || fail "facts JSON lines do not parse or do not match"
  CASE="facts --grep no match"; run facts --grep zzzzqqq "${FB[@]}"
  expect_rc 0; expect_stdout_has "0 of "

  # ---------------------------------------------------------------- scan
  printf '# Draft\n\n%s\n\nThe port handled 49.2 million TEUs in 2023.\n' "$CLAIM" >"$TMP/draft.md"
  printf 'The port handled 49.2 million TEUs in 2023.\n' >"$TMP/clean.txt"
  CASE="scan finds a refuted figure"; run scan "$TMP/draft.md" --as-of 2024-11-01 "${FB[@]}"
  expect_rc 1
  # file:line:col of the figure: "5 trillion yuan" starts at column 25 of line 3.
  expect_stdout_has "$TMP/draft.md:3:25: refuted"
  expect_stdout_has "$TMP/draft.md:5:18: supported"
  CASE="scan --fail-on never"; run scan "$TMP/draft.md" --fail-on never --as-of 2024-11-01 "${FB[@]}"
  expect_rc 0
  CASE="scan a clean file"; run scan "$TMP/clean.txt" --as-of 2024-11-01 "${FB[@]}"
  expect_rc 0; expect_stdout_has "supported"
  CASE="scan stdin, JSON"
  run_stdin "$TMP/draft.md" scan - --format json --fail-on never --as-of 2024-11-01 "${FB[@]}"
  expect_rc 0
  expect_json 'any(f["verdict"] == "refuted" and f["line"] == 3 for doc in d for f in doc["findings"])'
  # A file that cannot be read is a finding of its own; the others are
  # still scanned (tests/scan_cli_test.sh has the rest).
  CASE="scan a missing file"; run scan "$TMP/none.md" "$TMP/draft.md" "${FB[@]}"
  expect_rc 2; expect_stderr_lines 1; expect_stderr_has "none.md"
  expect_stdout_has "$TMP/none.md: error: "; expect_stdout_has "$TMP/draft.md:3:25: refuted"
  CASE="scan, bad --fail-on"; run scan "$TMP/draft.md" --fail-on bogus "${FB[@]}"
  expect_one_line_error; expect_stderr_has "bogus"

  # ------------------------------------------------------------- compile
  mkdir -p "$TMP/data"
  cp -r "$ROOT/data/sources" "$TMP/data/sources"
  cp "$ROOT/data/lexicon.json" "$TMP/data/lexicon.json"
  CASE="compile a copy of data/sources"
  run compile --sources "$TMP/data/sources" --out "$TMP/a.json"
  expect_rc 0
  checks=$((checks + 1))
  [[ -s $TMP/a.json ]] || fail "no fact base written"
  run compile --sources "$TMP/data/sources" --lexicon "$TMP/data/lexicon.json" --out "$TMP/b.json"
  expect_rc 0
  checks=$((checks + 1))
  cmp -s "$TMP/a.json" "$TMP/b.json" || fail "two compilations of the same sources differ"
  CASE="check with the fresh fact base"
  run check "$CLAIM" --as-of 2024-11-01 --format json --factbase "$TMP/a.json"
  expect_rc 0; expect_json 'd["verdict"] == "refuted"'
  CASE="compile, a source missing from the manifest"
  echo "Exports reached 12 billion yuan in 2023." >"$TMP/data/sources/999_unlisted.txt"
  run compile --sources "$TMP/data/sources" --out "$TMP/c.json"
  expect_one_line_error; expect_stderr_has "999_unlisted.txt"
  checks=$((checks + 1))
  [[ ! -e $TMP/c.json ]] || fail "a fact base was written despite the error"
  rm "$TMP/data/sources/999_unlisted.txt"
  CASE="compile, a manifest entry without its file"
  first=$(ls "$TMP/data/sources" | grep '\.txt$' | head -n1)
  mv "$TMP/data/sources/$first" "$TMP/$first"
  run compile --sources "$TMP/data/sources" --out "$TMP/c.json"
  expect_one_line_error; expect_stderr_has "$first"
  mv "$TMP/$first" "$TMP/data/sources/$first"
  CASE="compile, a broken manifest"
  cp "$TMP/data/sources/manifest.json" "$TMP/manifest.json"
  echo '{"documents": [{"file": "../x.txt"}]}' >"$TMP/data/sources/manifest.json"
  run compile --sources "$TMP/data/sources" --out "$TMP/c.json"
  expect_one_line_error; expect_stderr_has "manifest.json"
  cp "$TMP/manifest.json" "$TMP/data/sources/manifest.json"
  CASE="compile, no such folder"; run compile --sources "$TMP/nowhere" --out "$TMP/c.json"
  expect_one_line_error
}

one_line_usage_errors() {
  # design.md: "errors are one clear line on stderr", usage errors included.
  CASE="no command, one line"; run
  expect_one_line_error
  CASE="unknown command, one line"; run frobnicate
  expect_one_line_error
  CASE="check with no claim, one line"; run check "${FB[@]}"
  expect_one_line_error
}

main_cases
one_line_usage_errors

echo "cli_test: $checks checks, $failures failures"
[[ $failures -eq 0 ]]

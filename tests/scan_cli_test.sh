#!/usr/bin/env bash
# Tests of `figcheck scan` in a newsroom's CI (issue 15): a directory with a
# binary, a Latin-1 and a good draft; figcheck comments in Markdown and HTML;
# a baseline written, then the draft edited above its finding; --diff on a
# temporary git repository and --diff-file; configuration files found upward
# from each draft, and flags winning over them; --jobs. Every output format
# is checked for the unreadable file.
#
# usage: tests/scan_cli_test.sh FIGCHECK FACTBASE [PYTHON]
set -u

FIGCHECK=${1:?figcheck binary}
FACTBASE=${2:?compiled fact base}
PY=${3:-python3}
unset FIGCHECK_FACTBASE

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/.out
mkdir -p "$OUT"
failures=0
checks=0

# run ARGS...: figcheck in the current directory, leaving $rc, $OUT/out, $OUT/err.
run() {
  "$FIGCHECK" "$@" >"$OUT/out" 2>"$OUT/err" </dev/null
  rc=$?
}
fail() {
  failures=$((failures + 1))
  echo "FAIL: $CASE: $*"
  echo "  exit $rc; stdout: $(head -c 600 "$OUT/out")"
  echo "  stderr: $(head -c 600 "$OUT/err")"
}
expect_rc() { checks=$((checks + 1)); [[ $rc -eq $1 ]] || fail "exit status $rc, want $1"; }
expect_out() { checks=$((checks + 1)); grep -qF -- "$1" "$OUT/out" || fail "stdout lacks \"$1\""; }
expect_no_out() { checks=$((checks + 1)); ! grep -qF -- "$1" "$OUT/out" || fail "stdout has \"$1\""; }
expect_err() { checks=$((checks + 1)); grep -qF -- "$1" "$OUT/err" || fail "stderr lacks \"$1\""; }
expect_err_lines() {
  checks=$((checks + 1))
  local n
  n=$(wc -l <"$OUT/err")
  [[ $n -eq $1 ]] || fail "$n lines on stderr, want $1"
}
expect_one_line_error() {
  expect_rc 2
  expect_err_lines 1
  checks=$((checks + 1))
  [[ ! -s $OUT/out ]] || fail "stdout not empty"
}
# expect_json 'python expression over d (stdout parsed as JSON)'
expect_json() {
  checks=$((checks + 1))
  "$PY" -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if ('"$1"') else 1)' \
    <"$OUT/out" || fail "stdout is not JSON with $1"
}

FB=(--factbase "$FACTBASE" --as-of 2024-11-01)
WRONG="Shanghai's GDP totalled 5 trillion yuan in 2023."
RIGHT="The port handled 49.2 million TEUs in 2023."
WRONG2="The port handled 60 million TEUs in 2023."

# ------------------------------------------------ one bad file, encodings
mkdir -p "$TMP/mixed" && cd "$TMP/mixed"
printf '# Good\n\n%s\n' "$WRONG" >good.md
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00' >image.md
# Latin-1: "Café" (0xE9) and Windows-1252's apostrophe (0x92).
printf 'Caf\xe9 owners said Shanghai\x92s GDP totalled 5 trillion yuan in 2023.\n' >latin.txt

CASE="a binary, a Latin-1 and a good draft"; run scan . "${FB[@]}"
expect_rc 2
expect_out "./good.md:3:25: refuted: 5 trillion yuan"
expect_out "./latin.txt:1:42: refuted: 5 trillion yuan"
expect_out "./image.md: error: not text"
expect_out "2 figures checked in 3 files: 2 refuted"
expect_out "; 1 file not read"
expect_err_lines 1; expect_err "figcheck: ./image.md: not text"
CASE="the same, JSON"; run scan . "${FB[@]}" --format json
expect_rc 2
expect_json '[len(x["findings"]) for x in d] == [1, 0, 1] and d[1]["problems"][0]["code"] == "not text" and d[2]["encoding"] == "windows-1252" and d[2]["findings"][0]["start"] == 41'
CASE="the same, SARIF"; run scan . "${FB[@]}" --format sarif
expect_rc 2
expect_json 'len(d["runs"][0]["results"]) == 2 and d["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "image.md" and d["runs"][0]["invocations"][0]["executionSuccessful"] is False'
CASE="the same, GitHub"; run scan . "${FB[@]}" --format github
expect_rc 2
expect_out "::error file=./image.md,title=figcheck%3A not text::"
expect_out "::error file=./latin.txt,line=1,col=42,"
CASE="--encoding utf-8 refuses the Latin-1 draft"; run scan latin.txt "${FB[@]}" --encoding utf-8
expect_rc 2; expect_out "latin.txt: error: "; expect_err "UTF-8"
printf 'Caf\xe9 owners said Shanghai GDP totalled 5 trillion yuan in 2023.\n' >iso.txt
CASE="--encoding latin-1"; run scan iso.txt "${FB[@]}" --encoding latin-1 --format json
expect_rc 1
expect_json 'd[0]["encoding"] == "latin-1" and d[0]["findings"][0]["column"] == 40 and d[0]["findings"][0]["claim"].startswith("Caf\u00e9 ")'
rm iso.txt
CASE="bad --encoding"; run scan latin.txt "${FB[@]}" --encoding ebcdic
expect_one_line_error; expect_err "ebcdic"
CASE="a missing file is one finding too"; run scan good.md nothere.md "${FB[@]}"
expect_rc 2; expect_out "nothere.md: error: "; expect_out "good.md:3:25: refuted"; expect_err_lines 1
CASE="a file in a folder that does not exist"; run scan nodir/x.md good.md "${FB[@]}"
expect_rc 2; expect_out "nodir/x.md: error: "; expect_out "good.md:3:25: refuted"
CASE="an unreadable file"
printf '%s\n' "$WRONG" >locked.md && chmod 000 locked.md
if [[ -r locked.md ]]; then  # root reads anything
  echo "skip: $CASE (running as root)"
else
  run scan locked.md good.md "${FB[@]}"
  expect_rc 2; expect_out "locked.md: error: cannot open"; expect_out "good.md:3:25: refuted"
fi
rm -f locked.md

# ------------------------------------------------------ figcheck comments
mkdir -p "$TMP/comments" && cd "$TMP/comments"
cat >story.md <<EOF2
# The story is the error

<!-- figcheck-disable-next-line: the minister's speech, quoted as given -->
$WRONG

<!-- figcheck-disable: "60 million TEUs" a newer port figure -->
$WRONG2
<!-- figcheck-enable -->

$RIGHT
EOF2
cat >story.html <<EOF2
<article>
<!-- figcheck-disable -->
<p>$WRONG</p>
<!-- figcheck-enable -->
<p>$WRONG2 <!-- figcheck-disable-line: newer figure --></p>
</article>
EOF2
CASE="comments in Markdown and HTML"; run scan story.md story.html "${FB[@]}"
expect_rc 0
expect_no_out "refuted:"
expect_out "; 4 suppressed"
CASE="--show-suppressed lists them"; run scan story.md story.html "${FB[@]}" --show-suppressed
expect_rc 0
expect_out "story.md:4:25: refuted (suppressed): 5 trillion yuan"
expect_out "story.md:7:18: refuted (suppressed): 60 million TEUs"
expect_out "story.html:5:21: refuted (suppressed)"
CASE="JSON carries the reason"; run scan story.md "${FB[@]}" --show-suppressed --format json
expect_json 'd[0]["findings"][0]["suppressed"]["reason"] == "the minister'"'"'s speech, quoted as given" and d[0]["findings"][1]["suppressed"]["figure"] == "60 million TEUs" and d[0]["summary"]["suppressed"] == 2 and d[0]["summary"]["refuted"] == 0'
CASE="SARIF suppressions"; run scan story.md "${FB[@]}" --format sarif
expect_json '[r["suppressions"] for r in d["runs"][0]["results"][:2]] == [[{"kind": "inSource", "justification": "the minister'"'"'s speech, quoted as given"}], [{"kind": "inSource", "justification": "a newer port figure"}]] and "suppressions" not in d["runs"][0]["results"][2]'
printf '<!-- figcheck-disable-nextline -->\n%s\n\n<!-- figcheck-enable -->\n' "$WRONG" >malformed.md
CASE="malformed comments are reported"; run scan malformed.md "${FB[@]}"
expect_rc 2
expect_out "malformed.md:1:1: error: unknown figcheck comment \"figcheck-disable-nextline\""
expect_out "malformed.md:4:1: error: figcheck-enable with no figcheck-disable"
expect_out "malformed.md:2:25: refuted"
expect_err_lines 2
CASE="malformed comment, GitHub"; run scan malformed.md "${FB[@]}" --format github
expect_out "::error file=malformed.md,line=1,col=1,title=figcheck%3A bad figcheck comment::"

# ---------------------------------------------------------------- baseline
mkdir -p "$TMP/base" && cd "$TMP/base"
printf '# Story\n\n%s\n' "$WRONG" >a.md
CASE="write a baseline"; run scan a.md "${FB[@]}" --write-baseline .figcheck-baseline.json
expect_rc 0; expect_err "figcheck: recorded 1 findings in .figcheck-baseline.json"
checks=$((checks + 1))
"$PY" -c '
import json, sys
b = json.load(open(sys.argv[1]))
assert b["format"] == "figcheck-baseline" and b["version"] == 1, b
(f,) = b["findings"]
assert f["file"] == "a.md" and f["figure"] == "5 trillion yuan" and f["verdict"] == "refuted", f
assert len(f["sentence"]) == 16 and "line" not in f, f
' .figcheck-baseline.json || fail "baseline not as specified"
printf '# Story\n\nA new first paragraph.\n\nAnd another one, to move it down.\n\n%s\n' "$WRONG" >a.md
CASE="an edit above the finding: still in the baseline"; run scan a.md "${FB[@]}" --baseline .figcheck-baseline.json
expect_rc 0
expect_no_out "refuted:"
expect_out "; 1 in the baseline"
printf '%s\n\n%s\n' "$(cat a.md)" "$WRONG2" >a.md
CASE="a new wrong figure is reported"; run scan a.md "${FB[@]}" --baseline .figcheck-baseline.json
expect_rc 1
expect_out "a.md:9:18: refuted: 60 million TEUs"
expect_no_out "5 trillion yuan"
echo '{"format": "figcheck-baseline", "version": 1, "findings": [{"file": 3}]}' >bad.json
CASE="a bad baseline"; run scan a.md "${FB[@]}" --baseline bad.json
expect_one_line_error; expect_err "bad.json"; expect_err '$.findings[0].file'
CASE="a missing baseline"; run scan a.md "${FB[@]}" --baseline none.json
expect_one_line_error; expect_err "none.json"

# -------------------------------------------------------------------- diff
mkdir -p "$TMP/repo/drafts" && cd "$TMP/repo"
git() { command git -c user.name=figcheck -c user.email=figcheck@example.invalid \
  -c init.defaultBranch=main -c commit.gpgsign=false "$@"; }
git init -q .
printf '# Old story\n\n%s\n\n%s\n' "$WRONG" "$RIGHT" >drafts/old.md
printf '# Second\n\n%s\n' "$RIGHT" >drafts/second.md
git add -A && git commit -qm "drafts"
printf '# Old story\n\n%s\n\n%s\n\n%s\n' "$WRONG" "$RIGHT" "$WRONG2" >drafts/old.md
git commit -qam "one wrong figure added"
CASE="--diff: only the added wrong figure"; run scan drafts "${FB[@]}" --diff HEAD~1
expect_rc 1
expect_out "drafts/old.md:7:18: refuted: 60 million TEUs"
expect_no_out "5 trillion yuan"
expect_no_out "second.md"
expect_out "1 figure checked in 1 file: 1 refuted"
expect_out "; 2 on lines no change touched"
CASE="--diff from a subdirectory"; cd drafts; run scan . "${FB[@]}" --diff HEAD~1
expect_rc 1; expect_out "./old.md:7:18: refuted"; expect_no_out "5 trillion"; cd ..
CASE="--diff with uncommitted changes"
printf '\n%s\n' "$WRONG" >>drafts/second.md
run scan drafts "${FB[@]}" --diff HEAD~1
expect_rc 1; expect_out "drafts/second.md:5:25: refuted"; expect_out "drafts/old.md:7:18: refuted"
git checkout -q drafts/second.md
command git diff HEAD~1 >change.patch
CASE="--diff-file"; run scan drafts "${FB[@]}" --diff-file change.patch --format json
expect_rc 1
expect_json '[(x["file"], [f["claimed"]["text"] for f in x["findings"]]) for x in d] == [("drafts/old.md", ["60 million TEUs"])] and d[0]["summary"]["unchanged"] == 2'
CASE="--diff, a bad revision"; run scan drafts "${FB[@]}" --diff no-such-rev
expect_one_line_error; expect_err "no-such-rev"
CASE="--diff-file, not a patch"; printf '@@ garbage\n' >bad.patch; run scan drafts "${FB[@]}" --diff-file bad.patch
expect_one_line_error; expect_err "bad.patch: line 1"
CASE="--diff and standard input"; run scan - "${FB[@]}" --diff HEAD~1
expect_one_line_error

# ------------------------------------------------------------------ config
mkdir -p "$TMP/cfg/drafts/archive" "$TMP/cfg/drafts/desk" "$TMP/cfg/notes" && cd "$TMP/cfg"
command git init -q .
printf '%s\n' "$WRONG" >drafts/a.md
printf '%s\n' "$WRONG" >drafts/archive/old.md
printf '%s\n' "$WRONG" >notes/n.md
printf '%s\n' "$WRONG" >drafts/desk/d.md
cat >.figcheck.toml <<EOF2
include = ["drafts/**/*.md"]
exclude = ["drafts/archive/"]
fail-on = "never"
factbase = "fb.json"
EOF2
cp "$FACTBASE" fb.json
CASE="config: globs, fail-on and fact base from the repository root"; run scan . --as-of 2024-11-01
expect_rc 0
expect_out "./drafts/a.md:1:25: refuted"
expect_no_out "archive"
expect_no_out "notes"
CASE="config: a flag wins"; run scan . --as-of 2024-11-01 --fail-on refuted
expect_rc 1
CASE="config: found upward from a subdirectory"; cd drafts; run scan . --as-of 2024-11-01
expect_rc 0; expect_out "./a.md:1:25: refuted"; expect_no_out "archive"; cd ..
CASE="config: the nearest file wins for its drafts"
echo '{"fail-on": "refuted", "as-of": "2024-11-01"}' >drafts/desk/.figcheck.json
run scan drafts --factbase "$FACTBASE"
expect_rc 1; expect_out "drafts/desk/d.md:1:25: refuted"
CASE="config: a named file excluded"; run scan drafts/archive/old.md --as-of 2024-11-01
expect_rc 0; expect_out "0 figures checked in 0 files"
CASE="config: --factbase wins"; run scan drafts/a.md --as-of 2024-11-01 --factbase none.json
expect_one_line_error; expect_err "none.json"
CASE="config: a bad file is one line"
printf 'fail_on = "never"\n' >drafts/desk/.figcheck.toml
rm drafts/desk/.figcheck.json
run scan drafts --as-of 2024-11-01
expect_one_line_error; expect_err ".figcheck.toml:1:"; expect_err "unknown key \"fail_on\""
CASE="config: both kinds in one folder"
echo '{}' >drafts/desk/.figcheck.json
run scan drafts --as-of 2024-11-01
expect_one_line_error; expect_err "keep one"
rm drafts/desk/.figcheck.json drafts/desk/.figcheck.toml
CASE="config: baseline from the config"
"$FIGCHECK" scan drafts --as-of 2024-11-01 --write-baseline base.json >/dev/null 2>&1
printf 'exclude = "drafts/archive/"\nbaseline = "base.json"\nfactbase = "fb.json"\n' >.figcheck.toml
run scan drafts --as-of 2024-11-01
expect_rc 0; expect_no_out "refuted:"; expect_out "; 2 in the baseline"

CASE="jobs: a draft shared among threads reports what one thread does"
rm -f .figcheck.toml
mkdir -p long
for i in $(seq 1 150); do
  echo "Paragraph $i. $WRONG Nothing else here. $RIGHT"
  echo
done >long/many.md
"$FIGCHECK" scan long "${FB[@]}" --format json --jobs 1 >one.json 2>/dev/null
run scan long "${FB[@]}" --format json --jobs 7
expect_rc 1
checks=$((checks + 1)); cmp -s one.json "$OUT/out" || fail "--jobs 7 differs from --jobs 1"
expect_json 'len(d[0]["findings"]) >= 300'
for bad in 0 -2 many 3x 1000; do
  CASE="jobs: --jobs $bad refused"; run scan long "${FB[@]}" --jobs "$bad"
  expect_one_line_error; expect_err "--jobs must be a whole number from 1 to 256"
done

echo "scan_cli_test: $checks checks, $failures failures"
[[ $failures -eq 0 ]]

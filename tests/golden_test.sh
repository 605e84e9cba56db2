#!/usr/bin/env bash
# Golden tests of `figcheck scan` over the fixture drafts in
# tests/fixtures/scan/ (Markdown, HTML, plain text): findings in every
# format against the goldens, exact locations, the wrong and misleading
# figures reported, no non-claim reported, exit codes. The checks are in
# tests/fixtures/scan/golden.py; tests/fixtures/update-goldens rewrites the
# goldens.
#
# usage: tests/golden_test.sh FIGCHECK FACTBASE REPO_ROOT [PYTHON]
set -euo pipefail
FIGCHECK=${1:?figcheck binary}
FACTBASE=${2:?compiled fact base}
ROOT=${3:?repository root}
PY=${4:-python3}
exec "$PY" "$ROOT/tests/fixtures/scan/golden.py" --figcheck "$FIGCHECK" \
  --factbase "$FACTBASE" --root "$ROOT"

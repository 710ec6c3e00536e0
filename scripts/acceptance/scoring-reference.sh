#!/usr/bin/env bash
# Acceptance for issue 4: our scoring maths against reference libraries on public data.
#   logistic regression (standardised, L2 λ = 1 and 10; unpenalised) vs scikit-learn / statsmodels
#   AUC and average precision vs sklearn.metrics
#   Kaplan–Meier S(t), Greenwood SE, log-log 95 % band, median vs R survival::survfit
#   (and S(t), SE vs statsmodels SurvfuncRight)
# Prints "quantity | ours | reference | |diff|" and exits non-zero if any |diff| > tolerance.
#
# Usage (from anywhere): bash scripts/acceptance/scoring-reference.sh [--write-fixtures]
#   --write-fixtures  also copies the fresh reference outputs into test/fixtures/reference/,
#                     which reference-library.test.ts checks in CI (where Python and R are absent).
# Installs the Debian packages it needs when they are missing (root only).
set -euo pipefail
cd "$(dirname "$0")/../.."

WRITE=0
[ "${1:-}" = "--write-fixtures" ] && WRITE=1

PY=/usr/bin/python3 # Debian's python: where python3-sklearn / python3-statsmodels install
have_refs() {
  [ -x "$PY" ] && "$PY" -c 'import sklearn, statsmodels' 2>/dev/null &&
    command -v Rscript >/dev/null && Rscript -e 'suppressPackageStartupMessages(library(survival))' >/dev/null 2>&1
}
if ! have_refs; then
  if [ "$(id -u)" != 0 ]; then
    echo "scoring-reference: needs python3-sklearn python3-statsmodels r-base-core r-cran-survival (run as root to install)" >&2
    exit 2
  fi
  echo "scoring-reference: installing Debian packages python3-sklearn python3-statsmodels r-base-core r-cran-survival"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-sklearn python3-statsmodels r-base-core r-cran-survival >/dev/null
  have_refs
fi

FIX=test/fixtures/reference
TELECOM=$FIX/cn-telecom-churn.csv
echo "$(sed -n 's/^| `cn-telecom-churn.csv` | [0-9]* | `\([0-9a-f]*\)`.*/\1/p' $FIX/PROVENANCE.md)  $TELECOM" | sha256sum --check --quiet

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
Rscript scripts/acceptance/scoring-reference.R "$OUT"
"$PY" scripts/acceptance/scoring-reference.py "$TELECOM" "$OUT" "$OUT/python-reference.json"

rc=0
node --import tsx scripts/acceptance/scoring-reference-ours.ts "$OUT" "$TELECOM" || rc=$?

echo
for f in survival-lung.csv survival-aml.csv r-survival-reference.json python-reference.json; do
  if [ ! -e "$FIX/$f" ]; then echo "stored fixture $FIX/$f: absent"
  elif cmp -s "$OUT/$f" "$FIX/$f"; then echo "stored fixture $FIX/$f: identical to this run"
  else echo "stored fixture $FIX/$f: DIFFERS from this run"; fi
  [ "$WRITE" = 1 ] && cp "$OUT/$f" "$FIX/$f"
done
[ "$WRITE" = 1 ] && echo "fixtures written to $FIX"
exit "$rc"

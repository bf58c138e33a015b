#!/usr/bin/env bash
# Runs every test of the solution and prints one closing line "N passed, N failed, N skipped".
# Needs the .NET SDK pinned in global.json (NuGet packages come through the normal restore) and
# installs LibreOffice, Noto CJK, poppler, Chromium and PostgreSQL from Debian's packages when they
# are missing, and starts a private PostgreSQL cluster for the tests.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -d ../shared/seeds ]; then
  echo "test.sh: ../shared (seeds and corpus) must be beside the checkout" >&2
  exit 2
fi

# LibreOffice, Noto CJK fonts and poppler for the PDF output and its tests (from Debian's packages).
bash scripts/install-office.sh || { echo "test.sh: could not install LibreOffice (scripts/install-office.sh)" >&2; exit 2; }
# Debian's Chromium for the browser tests (Playwright drives it).
bash scripts/install-browser.sh || { echo "test.sh: could not install chromium (scripts/install-browser.sh)" >&2; exit 2; }
# A private PostgreSQL cluster on loopback: the storage and web tests run against it as well as SQLite.
JUESUAN_TEST_POSTGRES=$(bash scripts/install-postgres.sh) || { echo "test.sh: could not start PostgreSQL (scripts/install-postgres.sh)" >&2; exit 2; }
export JUESUAN_TEST_POSTGRES

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
dotnet test Juesuan.slnx -c Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  status=1
fi

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status

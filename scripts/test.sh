#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL, Chromium, nginx, npm packages) and runs every test project.
# Tests start their own PostgreSQL from the local binaries unless CITYPARTNERSHIPS_TEST_CONNECTION is set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

ensure_postgres_installed
ensure_chromium_installed
ensure_nginx_installed
# The real-lists import tests match names against the real gazetteer and its names in other languages (not
# Gazetteer__File: the portal under test would load the whole gazetteer at every start).
ensure_geonames_names
export CITYPARTNERSHIPS_TEST_GAZETTEER="${CITYPARTNERSHIPS_TEST_GAZETTEER:-$(gazetteer_file)}"
log "Installing the browser tests' npm packages"
(cd tests/CityPartnerships.BrowserTests && npm ci --no-audit --no-fund --silent)

log "Building"
dotnet tool restore >/dev/null
dotnet build CityPartnerships.sln -c Release -nologo -v quiet

results="$PWD/tests/TestResults"
rm -rf "$results"
status=0
for project in UnitTests IntegrationTests BrowserTests; do
  log "Running $project"
  dotnet test "tests/CityPartnerships.$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$project.trx" --results-directory "$results" || status=1
done

# One closing line for all projects, counted from the test results.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  # The trx of xunit counts a skipped test as not executed, not under notExecuted.
  skipped=$((skipped + $(value total) - $(value executed)))
done
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$passed" -gt 0 ] || { echo "No test ran." >&2; exit 1; }
exit $status

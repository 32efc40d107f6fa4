#!/usr/bin/env bash
# Runs every test of the solution and ends with one total, "N passed, N failed, N skipped", counted from the test
# results themselves (as .ci/run counts), so a run that executed nothing shows "0 passed". Installs what the tests need
# first (idempotent, so it is cheap on a second run): the reference implementation `graphql` (conformance oracle).
# Under CI=true a missing snapshot fails its test instead of being written (Snapshooter's strict mode).
# When PostgreSQL's binaries are installed (scripts/postgres.sh available), the Api suite runs a second time on a
# throwaway PostgreSQL server (CATALOG_TEST_PROVIDER=PostgreSQL), stopped at the end whatever happened; when they are
# absent it says so and skips that pass. SKIP_POSTGRES=1 skips it too.
set -uo pipefail
cd "$(dirname "$0")/.."

# Installed when missing, and again when the lockfile changed since (a pull that moved graphql to a new version).
oracle=tests/conformance-oracle
if [ -f $oracle/package-lock.json ] && { [ ! -d $oracle/node_modules ] || [ $oracle/package-lock.json -nt $oracle/node_modules/.package-lock.json ]; }; then
  npm ci --prefix tests/conformance-oracle --no-audit --no-fund >/dev/null || exit 1
fi

if [ "${CI:-}" = "true" ]; then export SNAPSHOOTER_STRICT_MODE=${SNAPSHOOTER_STRICT_MODE:-true}; fi

results=${TEST_RESULTS_DIR:-artifacts/test-results}
rm -rf "$results"
dotnet test Api.sln --logger "trx" --results-directory "$results" "$@"
status=$?

if [ "${SKIP_POSTGRES:-}" = "1" ]; then
  echo "PostgreSQL pass skipped (SKIP_POSTGRES=1)"
elif bash scripts/postgres.sh available; then
  if pg_env=$(bash scripts/postgres.sh start); then
    eval "$pg_env"
    trap 'bash scripts/postgres.sh stop "$POSTGRES_DIR"' EXIT
    echo "== the Api suite on PostgreSQL (port $POSTGRES_PORT)"
    CATALOG_TEST_PROVIDER=PostgreSQL CATALOG_TEST_POSTGRES="$POSTGRES_CONNECTION" \
      dotnet test tests/PostCatalog.Api.Tests --logger "trx;LogFilePrefix=postgresql" --results-directory "$results/postgresql" "$@" \
      || status=1
    bash scripts/postgres.sh stop "$POSTGRES_DIR"
    trap - EXIT
  else
    echo "FAIL could not start a throwaway PostgreSQL server (above)"
    status=1
  fi
else
  echo "PostgreSQL binaries not found (scripts/postgres.sh available): the PostgreSQL pass of the Api suite is skipped"
fi

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    # A skipped test is counted in total but not in executed (the trx's notExecuted stays 0 for it).
    skipped += int(counters.get("total", 0)) - int(counters.get("executed", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status

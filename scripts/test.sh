#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first (idempotent, so it is cheap on a second run):
# the reference implementation `graphql` (conformance oracle) from its lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f tests/conformance-oracle/package-lock.json ] && [ ! -d tests/conformance-oracle/node_modules ]; then
  npm ci --prefix tests/conformance-oracle --no-audit --no-fund >/dev/null
fi

results=${TEST_RESULTS_DIR:-artifacts/test-results}
rm -rf "$results"
dotnet test Api.sln --logger "trx" --results-directory "$results" "$@"

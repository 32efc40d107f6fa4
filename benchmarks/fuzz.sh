#!/usr/bin/env bash
# The long mode of the endpoint fuzz (tests/PostCatalog.Api.Tests/Reliability/FuzzTests.cs): the same rules, more cases.
#   bash benchmarks/fuzz.sh [CASES] [SEED]     # default 5000 cases, a fresh seed each run (printed, so a failure replays)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cases=${1:-5000}
seed=${2:-$RANDOM}
echo "fuzz: $cases random cases, seed $seed (replay: bash benchmarks/fuzz.sh $cases $seed)"
FUZZ_CASES=$cases FUZZ_SEED=$seed dotnet test "$root/tests/PostCatalog.Api.Tests" --filter "FullyQualifiedName~Reliability.FuzzTests" \
  --logger "console;verbosity=normal" -v q -nologo

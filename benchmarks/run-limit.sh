#!/usr/bin/env bash
# Ours against the limit: the best statements a person can write for four operations (PostCatalog.Limit: in-process
# Microsoft.Data.Sqlite on the same file, plus the JSON), against one request at a time to our server over loopback,
# with the memo of counts and facets on (as served) and off (every request computes).
#   benchmarks/run-limit.sh CATALOG.db
# Prints a Markdown table for the "Against the limit" section of RESULTS.md. Listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")"
bench=$(pwd)
root=$(cd .. && pwd)
catalog=${1:?usage: run-limit.sh CATALOG.db}
work=${BENCH_WORK:-/tmp/postcatalog-bench}
mkdir -p "$work"

for project in "$root/src/PostCatalog.Api" PostCatalog.Limit PostCatalog.LoadDriver; do
  dotnet build "$project" -c Release --artifacts-path "$work/build" -v q -nologo >/dev/null
done
api="$work/build/bin/PostCatalog.Api/release/PostCatalog.Api.dll"
limit="$work/build/bin/PostCatalog.Limit/release/PostCatalog.Limit.dll"
driver="$work/build/bin/PostCatalog.LoadDriver/release/PostCatalog.LoadDriver.dll"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

declare -A variables=(
  [category-total]='{"category":"data-science"}'
  [facets]='{"since":"2024-01-01"}'
  [search]='{"query":"spotify data"}'
  [nested-categories]='{}'
)
declare -A requests=([category-total]=50 [facets]=20 [search]=10 [nested-categories]=30)

ours() { # memo(true|false) operation
  local log="$work/limit-server.log" pid
  (cd "$(dirname "$api")" && Catalog__ImportSeedsWhenEmpty=false GraphQL__Catalog__Memo__Enabled="$1" exec \
     dotnet "$api" --urls "http://127.0.0.1:$port" --database "$catalog" >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
  dotnet "$driver" --url "http://127.0.0.1:$port/graphql" --operation "operations/$2.graphql" --variables "${variables[$2]}" \
    --concurrency 1 --requests "${requests[$2]}" --repetitions 3 --warmup 3 --max-seconds 30 | tail -n 1 |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["p50Ms"])'
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
}

limits=$(dotnet "$limit" --database "$catalog" --iterations 15)
echo "| operation | the limit (ms) | ours, memo on (p50 ms) | ours/limit | ours, memo off (p50 ms) | ours/limit |"
echo "|---|---:|---:|---:|---:|---:|"
for operation in category-total facets search nested-categories; do
  limit_ms=$(echo "$limits" | python3 -c "import json,sys; print(next(json.loads(l)['medianMs'] for l in sys.stdin if json.loads(l)['operation']=='$operation'))")
  on=$(ours true "$operation"); off=$(ours false "$operation")
  python3 -c "print(f'| $operation | $limit_ms | $on | {$on/$limit_ms:.2f} | $off | {$off/$limit_ms:.2f} |')"
done

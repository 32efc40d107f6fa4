#!/usr/bin/env bash
# Two stateless replicas against one, over one throwaway PostgreSQL (issue 10):
#   benchmarks/replicas.sh [POSTS]        (default 100000; catalog generated with COPY)
# One replica is driven by one load driver with 8 requests in flight; then two replicas over the same database are
# driven at once, one driver each with 4 in flight (a perfect round-robin balancer), and their throughputs summed.
# Uses the Release builds benchmarks/run.sh leaves in $BENCH_WORK/build (run it first). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")"
posts=${1:-100000}
work=${BENCH_WORK:-/tmp/postcatalog-bench}
api="$work/build/bin/PostCatalog.Api/release/PostCatalog.Api.dll"
driver="$work/build/bin/PostCatalog.LoadDriver/release/PostCatalog.LoadDriver.dll"
[ -f "$api" ] && [ -f "$driver" ] || { echo "run benchmarks/run.sh first (it builds $api)" >&2; exit 2; }

eval "$(bash ../scripts/postgres.sh start)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; bash ../scripts/postgres.sh stop "$POSTGRES_DIR"; }
trap cleanup EXIT
connection="$POSTGRES_CONNECTION;Database=replicas"
dotnet "$api" generate --posts "$posts" --seed 1 --provider PostgreSQL --connection "$connection" >/dev/null

start() { # port
  Logging__LogLevel__Default=Warning dotnet "$api" --provider PostgreSQL --connection "$connection" --urls "http://127.0.0.1:$1" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "replica on $1 did not start" >&2; return 1
}
drive() { # port concurrency operation variables
  dotnet "$driver" --url "http://127.0.0.1:$1/graphql" --operation "operations/$3.graphql" --variables "$4" \
    --requests 2000 --warmup 500 --repetitions 3 --concurrency "$2" --max-seconds 4 |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["throughput"])'
}
start 5301
start 5302
category=$(curl -s -H 'Content-Type: application/json' -d '{"query":"{ categories(first: 1, order: [{ name: ASC }]) { nodes { slug } } }"}' \
  http://127.0.0.1:5301/graphql | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["categories"]["nodes"][0]["slug"])')

echo "| operation | one replica req/s | two replicas req/s | two / one |"
echo "|---|---:|---:|---:|"
for spec in "home-page|{}" "category-page|{\"category\":\"$category\"}"; do
  operation=${spec%%|*} variables=${spec#*|}
  one=$(drive 5301 8 "$operation" "$variables")
  a=$(mktemp) b=$(mktemp)
  drive 5301 4 "$operation" "$variables" >"$a" & first=$!
  drive 5302 4 "$operation" "$variables" >"$b" & second=$!
  wait "$first" "$second"
  two=$(python3 -c "print(round($(cat "$a") + $(cat "$b"), 1))")
  rm -f "$a" "$b"
  echo "| $operation | $one | $two | $(python3 -c "print(round($two / $one, 2))") |"
done

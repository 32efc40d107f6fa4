#!/usr/bin/env bash
# The first seconds of a freshly started server: CPU per request in consecutive blocks of requests since start, and how
# many methods the JIT compiled meanwhile (dotnet-counters). Shows how long the tiered JIT's recompiling lasts under load,
# which is why run.sh warms every server before it measures anything.
#   benchmarks/warmup.sh CATALOG.db [OPERATION (default home-page)] [BLOCKS (default 12)] [REQUESTS PER BLOCK (default 1000)]
# Needs run.sh's Release build in $BENCH_WORK/build (run.sh builds it) and dotnet-counters (dotnet tool install -g dotnet-counters).
set -euo pipefail
cd "$(dirname "$0")"
database=${1:?usage: benchmarks/warmup.sh CATALOG.db [OPERATION] [BLOCKS] [REQUESTS]}
operation=${2:-home-page} blocks=${3:-12} block=${4:-1000}
work=${BENCH_WORK:-/tmp/postcatalog-bench}
api="$work/build/bin/PostCatalog.Api/release/PostCatalog.Api.dll"
driver="$work/build/bin/PostCatalog.LoadDriver/release/PostCatalog.LoadDriver.dll"
port=${BENCH_PORT:-5199}
export PATH="$PATH:$HOME/.dotnet/tools"
tick=$(getconf CLK_TCK)

Logging__LogLevel__Default=Warning dotnet "$api" --database "$database" --urls "http://127.0.0.1:$port" >"$work/warmup-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
counters="$work/warmup-counters.csv"
rm -f "$counters"
dotnet-counters collect -p "$server" --counters System.Runtime --format csv -o "$counters" --refresh-interval 1 >/dev/null 2>&1 &
collector=$!
sleep 1

echo "| block | requests since start | server CPU ms/request |"
echo "|---:|---:|---:|"
for b in $(seq 1 "$blocks"); do
  before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  dotnet "$driver" --url "http://127.0.0.1:$port/graphql" --operation "operations/$operation.graphql" --variables '{}' \
    --requests "$block" --warmup 0 --repetitions 1 --concurrency "${BENCH_CONCURRENCY:-4}" >/dev/null
  after=$(awk '{print $14 + $15}' "/proc/$server/stat")
  python3 -c "import sys; b, n, t0, t1, tick = map(float, sys.argv[1:]); print(f'| {b:.0f} | {b * n:,.0f} | {(t1 - t0) * 1000 / tick / n:.2f} |')" \
    "$b" "$block" "$before" "$after" "$tick"
done
kill $collector 2>/dev/null; wait $collector 2>/dev/null || true
# The JIT's compiled-methods rate, per second since the server started serving.
python3 - "$counters" <<'PY'
import csv, sys
rates = [float(row[-1]) for row in csv.reader(open(sys.argv[1])) if len(row) > 3 and row[2].startswith("dotnet.jit.compiled_methods")]
if rates:
    print("\nmethods compiled by the JIT per second, second by second: " + ", ".join(f"{r:.0f}" for r in rates))
PY

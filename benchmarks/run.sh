#!/usr/bin/env bash
# Load benchmarks: our GraphQL server vs the floor (hand-written SQL + Utf8JsonWriter, no GraphQL) vs the reference
# implementation (graphql-js + graphql-http + better-sqlite3), on generated catalogs, then benchmarks/RESULTS.md.
#   benchmarks/run.sh [--quick] [--provider sqlite|postgres]
# --quick: 10,000 posts and short runs (under 5 minutes); full: 10k, 100k and 1M posts (under 30 minutes).
# --provider postgres: our server and the floor over a throwaway PostgreSQL server (scripts/postgres.sh, stopped at the
# end), the catalogs generated into it with COPY; results, with ours/floor per operation, in
# $BENCH_WORK/results-MODE-postgres.md (RESULTS.md is not rewritten). The reference (graphql-js + better-sqlite3) reads
# SQLite files only, so it runs only on the SQLite pass.
# Everything listens on 127.0.0.1 only. Knobs (environment): BENCH_WORK (work folder, catalogs are kept there and
# reused), BENCH_SIZES (e.g. "2000": the catalog sizes instead of the mode's), BENCH_CONCURRENCY (8), BENCH_REQUESTS, BENCH_REPETITIONS, BENCH_MAX_SECONDS, BENCH_DEEP_PAGE (500).
# The "Engine" section of RESULTS.md (run-engine.sh) is kept as it is.
set -euo pipefail
cd "$(dirname "$0")"
bench=$(pwd)
root=$(cd .. && pwd)

mode=full provider=sqlite
while [ $# -gt 0 ]; do
  case $1 in
    --quick) mode=quick ;;
    --provider) provider=${2:-}; shift ;;
    *) echo "unknown option $1 (benchmarks/run.sh [--quick] [--provider sqlite|postgres])" >&2; exit 2 ;;
  esac
  shift
done
case $provider in sqlite|postgres) ;; *) echo "--provider is sqlite or postgres, not '$provider'" >&2; exit 2 ;; esac
if [ "$mode" = quick ]; then
  sizes=(10000); requests=${BENCH_REQUESTS:-400}; repetitions=${BENCH_REPETITIONS:-3}; max_seconds=${BENCH_MAX_SECONDS:-2}
else
  sizes=(10000 100000 1000000); requests=${BENCH_REQUESTS:-2000}; repetitions=${BENCH_REPETITIONS:-3}; max_seconds=${BENCH_MAX_SECONDS:-4}
fi
if [ -n "${BENCH_SIZES:-}" ]; then read -r -a sizes <<< "$BENCH_SIZES"; fi
concurrency=${BENCH_CONCURRENCY:-8}
# Seconds of warm-up per operation, before any is measured (8 operations: 24 s per server by default; quick: 1 s).
warm_seconds=${BENCH_WARMUP_SECONDS:-$(if [ "$mode" = quick ]; then echo 1; else echo 3; fi)}
deep_page=${BENCH_DEEP_PAGE:-500}
work=${BENCH_WORK:-/tmp/postcatalog-bench}
mkdir -p "$work"
results="$work/results-$mode$(if [ "$provider" = postgres ]; then echo -postgres; fi).jsonl"
: > "$results"
started=$(date +%s)
log() { echo "[$(( $(date +%s) - started ))s] $*" >&2; }

# --- build (Release) -------------------------------------------------------------------------------------------
log "building (Release)"
for project in "$root/src/PostCatalog.Api" PostCatalog.Floor PostCatalog.LoadDriver; do
  dotnet build "$project" -c Release --artifacts-path "$work/build" -v q -nologo >/dev/null
done
# better-sqlite3 ships no prebuilt binary reachable from here: npm builds it with node-gyp (a few minutes, once).
[ "$provider" = postgres ] || [ -f reference/node_modules/better-sqlite3/build/Release/better_sqlite3.node ] ||
  npm install --prefix reference --no-audit --no-fund >/dev/null || log "reference server unavailable (npm install failed)"
api="$work/build/bin/PostCatalog.Api/release/PostCatalog.Api.dll"
floor="$work/build/bin/PostCatalog.Floor/release/PostCatalog.Floor.dll"
driver="$work/build/bin/PostCatalog.LoadDriver/release/PostCatalog.LoadDriver.dll"
dotnet "$api" schema export --output "$work/schema.graphql" >/dev/null

# --- servers ---------------------------------------------------------------------------------------------------
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi
}
postgres_dir=""
stop_all() { stop_server; if [ -n "$postgres_dir" ]; then bash "$root/scripts/postgres.sh" stop "$postgres_dir"; fi; }
trap stop_all EXIT
servers=(ours floor reference)
if [ "$provider" = postgres ]; then
  log "starting a throwaway PostgreSQL server"
  eval "$(bash "$root/scripts/postgres.sh" start)"
  postgres_dir=$POSTGRES_DIR
  psql=("$(bash "$root/scripts/postgres.sh" bin)/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -X -At)
  servers=(ours floor) # the reference is SQLite-only (better-sqlite3)
fi

start_server() { # name database port
  local name=$1 database=$2 port=$3
  case $name in
    ours) Logging__LogLevel__Default=Warning dotnet "$api" "${catalog_args[@]}" --urls "http://127.0.0.1:$port" \
            >"$work/$name.log" 2>&1 & ;;
    floor) dotnet "$floor" "${catalog_args[@]}" --operations "$bench/operations" \
            --introspection-response "$work/introspection-response.json" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1 & ;;
    reference) node reference/server.mjs --database "$database" --schema "$work/schema.graphql" --port "$port" >"$work/$name.log" 2>&1 & ;;
  esac
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$name did not start; see $work/$name.log" >&2; return 1
}

# Peak resident set of the server process (VmHWM), in MB.
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

drive() { # server size label operation variables [extra driver args...]
  local server=$1 size=$2 label=$3 operation=$4 variables=$5; shift 5
  local line
  line=$(dotnet "$driver" --url "http://127.0.0.1:$port/graphql" --operation "operations/$operation.graphql" \
    --variables "$variables" --requests "$requests" --warmup "$(( requests / 4 ))" --repetitions "$repetitions" \
    --concurrency "$concurrency" --max-seconds "$max_seconds" "$@") || { echo "driver failed: $server $label" >&2; return 1; }
  echo "{\"server\":\"$server\",\"size\":$size,\"label\":\"$label\",\"result\":$line}" >> "$results"
}

# The benchmark's operations, each handed to $1 (drive or warm) with the server and size.
each_operation() { # how server size
  local how=$1 server=$2 size=$3
  $how "$server" "$size" home-page home-page '{}'
  $how "$server" "$size" category-page-1 category-page "{\"category\":\"$category\"}"
  $how "$server" "$size" category-page-deep category-page "{\"category\":\"$category\"}" --walk-to-page "$deep_page"
  $how "$server" "$size" category-page-1-total category-page "{\"category\":\"$category\",\"withTotal\":true}"
  $how "$server" "$size" author-page author-page "{\"slug\":\"$author\"}"
  $how "$server" "$size" search search '{"query":"spotify data"}'
  $how "$server" "$size" facets facets '{"since":"2020-01-01"}'
  $how "$server" "$size" introspection introspection '{}'
}

# Every server runs every operation for $warm_seconds (BENCH_WARMUP_SECONDS in all) before any is measured, results
# discarded: a .NET server spends its first ~20 s under load recompiling hot methods (tiered JIT, hundreds of methods a
# second; see RESULTS.md), and a measurement that starts before that is over times the JIT, not the server.
warm() { # server size label operation variables [extra driver args...]
  local operation=$4 variables=$5; shift 5
  dotnet "$driver" --url "http://127.0.0.1:$port/graphql" --operation "operations/$operation.graphql" \
    --variables "$variables" --requests 200000 --warmup 0 --repetitions 1 --concurrency "$concurrency" \
    --max-seconds "$warm_seconds" "$@" >/dev/null || true
}

# --- catalogs and runs -----------------------------------------------------------------------------------------
port=5180
for size in "${sizes[@]}"; do
  database="$work/catalog-$size.db"
  catalog_args=(--database "$database")
  if [ "$provider" = postgres ]; then
    catalog_args=(--provider PostgreSQL --connection "$POSTGRES_CONNECTION;Database=bench_$size")
    log "generating $size posts (PostgreSQL)"
    gen_started=$(date +%s)
    dotnet "$api" generate --posts "$size" "${catalog_args[@]}" --seed 1 --replace >/dev/null
    echo "{\"server\":\"generate\",\"size\":$size,\"seconds\":$(( $(date +%s) - gen_started ))}" >> "$results"
    category=$("${psql[@]}" -d "bench_$size" -c "SELECT c.slug FROM post_categories pc JOIN categories c ON c.id = pc.category_id GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1")
    author=$("${psql[@]}" -d "bench_$size" -c "SELECT a.slug FROM bylines b JOIN authors a ON a.id = b.author_id GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 1")
  else
  if [ ! -f "$database" ]; then
    log "generating $size posts"
    gen_started=$(date +%s)
    dotnet "$api" generate --posts "$size" --database "$database" --seed 1 --replace >/dev/null
    echo "{\"server\":\"generate\",\"size\":$size,\"seconds\":$(( $(date +%s) - gen_started ))}" >> "$results"
  fi
  read -r category author < <(python3 - "$database" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
category = db.execute("SELECT c.slug FROM post_categories pc JOIN categories c ON c.id = pc.category_id GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
author = db.execute("SELECT a.slug FROM bylines b JOIN authors a ON a.id = b.author_id GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
print(category, author)
PY
)
  fi
  for server in "${servers[@]}"; do
    port=$(( port + 1 ))
    log "$size posts: $server"
    if ! start_server "$server" "$database" "$port"; then stop_server; continue; fi
    if [ "$server" = ours ]; then
      # The floor answers introspection with the bytes our server writes (the result does not depend on the data).
      python3 -c "import json; print(json.dumps({'query': open('operations/introspection.graphql').read()}))" |
        curl -sf -H 'Content-Type: application/json' --data @- "http://127.0.0.1:$port/graphql" > "$work/introspection-response.json"
    fi
    each_operation warm "$server" "$size"
    each_operation drive "$server" "$size"
    echo "{\"server\":\"$server\",\"size\":$size,\"peakMb\":$(peak_mb)}" >> "$results"
    stop_server
  done
done
if [ "$provider" = postgres ]; then
  # RESULTS.md's PostgreSQL table is written by hand from this summary (the SQLite sections are report.py's).
  python3 - "$results" > "${results%.jsonl}.md" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
runs = {(r["server"], r["size"], r["label"]): r["result"] for r in rows if "result" in r}
def ratio(a, b): return f"{a / b:.2f}" if a and b else "–"
def cell(x, key, digits=1): return f"{x[key]:,.{digits}f}" if x else "–"
print("| posts | operation | page | ours req/s | floor req/s | ours/floor | ours p50 ms | floor p50 ms | p50 ours/floor | ours p99 ms | floor p99 ms |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    if r["server"] == "generate":
        print(f"| {r['size']:,} | generate | | {r['seconds']} s | | | | | | | |")
    elif "result" in r and r["server"] == "ours":
        o, f = r["result"], runs.get(("floor", r["size"], r["label"]))
        print(f"| {r['size']:,} | {r['label']} | {o.get('page', '')} | {cell(o, 'throughput', 0)} | {cell(f, 'throughput', 0)} | "
              f"{ratio(o['throughput'], f and f['throughput'])} | {cell(o, 'p50Ms')} | {cell(f, 'p50Ms')} | "
              f"{ratio(o['p50Ms'], f and f['p50Ms'])} | {cell(o, 'p99Ms')} | {cell(f, 'p99Ms')} |")
peaks = [f"{r['server']} {r['size']:,} posts {r['peakMb']} MB" for r in rows if "peakMb" in r]
print("\nPeak working set (VmHWM): " + ", ".join(peaks) + ". ours/floor: throughput ratio (1.00 = as fast as the floor); p50 ours/floor: latency ratio (1.00 = as quick).")
PY
  log "done; PostgreSQL results in ${results%.jsonl}.md"
  cat "${results%.jsonl}.md"
else
  log "done; writing RESULTS.md"
  python3 report.py "$results" "$mode" "$concurrency" "$(( $(date +%s) - started ))"
fi

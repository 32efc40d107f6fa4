#!/usr/bin/env bash
# Load and soak over loopback, bounded in count and time: every benchmark operation, round after round, against one
# server, while the `import` command writes to the same catalog file from another process. Passes when no request and
# no import fails, the server logs no error, and its memory is steady (the last round's RSS within 25% of the first's).
#   bash benchmarks/soak.sh            # SOAK_ROUNDS (6) rounds of SOAK_REQUESTS (300) per operation, SOAK_POSTS (10000) posts
# Prints one line per round and a JSON summary (also written to $SOAK_WORK/soak.json); RESULTS.md's Reliability section
# records a run.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/.." && pwd)
work=${SOAK_WORK:-/tmp/postcatalog-soak}
rounds=${SOAK_ROUNDS:-6}
requests=${SOAK_REQUESTS:-300}
posts=${SOAK_POSTS:-10000}
concurrency=${SOAK_CONCURRENCY:-8}
mkdir -p "$work"
started=$(date +%s)
log() { echo "[$(( $(date +%s) - started ))s] $*" >&2; }

log "building (Release)"
for project in "$root/src/PostCatalog.Api" "$bench/PostCatalog.LoadDriver"; do
  dotnet build "$project" -c Release --artifacts-path "$work/build" -v q -nologo >/dev/null
done
api="$work/build/bin/PostCatalog.Api/release/PostCatalog.Api.dll"
driver="$work/build/bin/PostCatalog.LoadDriver/release/PostCatalog.LoadDriver.dll"

database="$work/catalog.db"
rm -f "$database" "$database-wal" "$database-shm"
log "generating $posts posts"
dotnet "$api" generate --posts "$posts" --database "$database" --seed 1 --replace >/dev/null
read -r category author < <(python3 - "$database" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
category = db.execute("SELECT c.slug FROM post_categories pc JOIN categories c ON c.id = pc.category_id GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
author = db.execute("SELECT a.slug FROM bylines b JOIN authors a ON a.id = b.author_id GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
print(category, author)
PY
)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
Logging__LogLevel__Default=Warning dotnet "$api" --database "$database" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true; wait $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

operations=(
  "home-page|{}"
  "category-page|{\"category\":\"$category\"}"
  "category-page|{\"category\":\"$category\",\"withTotal\":true}"
  "author-page|{\"slug\":\"$author\"}"
  "search|{\"query\":\"spotify data\"}"
  "facets|{\"since\":\"2020-01-01\"}"
  "introspection|{}"
)
results="$work/rounds.jsonl"; : > "$results"
total_requests=0 total_failures=0 import_failures=0 imports=0
first_rss="" last_rss=""
for round in $(seq 1 "$rounds"); do
  # The concurrent writer: the import command, another process on the same catalog file, while the load runs.
  ( cd "$root" && dotnet "$api" import seeds --database "$database" >"$work/import-$round.log" 2>&1 ) &
  import_pid=$!
  round_requests=0 round_failures=0
  for entry in "${operations[@]}"; do
    operation=${entry%%|*} variables=${entry#*|}
    line=$(cd "$bench" && dotnet "$driver" --url "http://127.0.0.1:$port/graphql" --operation "operations/$operation.graphql" \
      --variables "$variables" --requests "$requests" --warmup 0 --repetitions 1 --concurrency "$concurrency" --max-seconds 60) \
      || line='{"requests":0,"failures":1}'
    read -r done_count failed < <(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(r["requests"], r["failures"])' "$line")
    round_requests=$((round_requests + done_count)) round_failures=$((round_failures + failed))
  done
  imports=$((imports + 1))
  import_status=0; wait "$import_pid" || import_status=$?
  [ "$import_status" -eq 0 ] || import_failures=$((import_failures + 1))
  now_rss=$(rss); first_rss=${first_rss:-$now_rss}; last_rss=$now_rss
  total_requests=$((total_requests + round_requests)) total_failures=$((total_failures + round_failures))
  echo "{\"round\":$round,\"requests\":$round_requests,\"failures\":$round_failures,\"rssMb\":$now_rss}" >> "$results"
  log "round $round: $round_requests requests, $round_failures failed, import exit $import_status, RSS $now_rss MB"
done
server_errors=$(grep -c '^fail:' "$work/server.log" || true)
peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")
seconds=$(( $(date +%s) - started ))
summary=$(python3 - "$results" "$total_requests" "$total_failures" "$imports" "$import_failures" "$server_errors" "$peak" "$seconds" "$posts" <<'PY'
import json, sys
rounds = [json.loads(l) for l in open(sys.argv[1])]
print(json.dumps({"posts": int(sys.argv[9]), "rounds": len(rounds), "requests": int(sys.argv[2]), "failures": int(sys.argv[3]),
                  "imports": int(sys.argv[4]), "importFailures": int(sys.argv[5]), "serverErrorsLogged": int(sys.argv[6]),
                  "rssByRoundMb": [r["rssMb"] for r in rounds], "peakRssMb": int(sys.argv[7]), "seconds": int(sys.argv[8])}))
PY
)
echo "$summary" | tee "$work/soak.json"
first=${first_rss:-0} last=${last_rss:-0}
steady=$(python3 -c "print(1 if $last <= $first * 1.25 else 0)")
[ "$total_failures" -eq 0 ] && [ "$import_failures" -eq 0 ] && [ "$server_errors" -eq 0 ] && [ "$steady" -eq 1 ]

#!/usr/bin/env bash
# Import scaling (issue 13): the seeds into a 100,000-post generated catalog, then N distinct documents
# (benchmarks/import/make-documents.py, about 3.6 KB and 12 posts each, every post in three documents) into an
# empty catalog, for N in 1 100 300 1000 3000. Each import is one run of the real command (`import --json`), timed
# from outside with /usr/bin/time (wall seconds with process start, peak RSS) and from inside by its report
# (finishedAt - startedAt: load, read, reconcile, write, commit). "per document" is the report time less the
# 1-document run's (EF model, first queries), divided by N. Prints a Markdown table for benchmarks/RESULTS.md ("Import").
# Usage: benchmarks/import-scaling.sh [N ...]     (about 2 minutes on a quiet 2-core machine)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("${@:-1 100 300 1000 3000}")
read -r -a counts <<< "${counts[*]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/PostCatalog.Api -v q -o "$work/bin" >/dev/null
api="$work/bin/PostCatalog.Api.dll"

timed() {  # timed COMMAND... -> "wall_seconds peak_kb report_seconds"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" --json >"$work/out" 2>"$work/err" || { cat "$work/out" "$work/err" >&2; exit 1; }
  echo "$(cat "$work/time") $(python3 benchmarks/import/report-seconds.py "$work/out")"
}

echo "| run | wall s | import s (report) | peak RSS MB | per document ms |"
echo "|---|---:|---:|---:|---:|"

dotnet "$api" generate --posts 100000 --seed 1 --seeds seeds --database "$work/big.db" >/dev/null
read -r s kb r < <(timed dotnet "$api" import seeds --database "$work/big.db")
grep -q '"posts": 36' "$work/out" || { cat "$work/out" >&2; exit 1; }
echo "| seeds (5 documents) into a 100,000-post catalog | $s | $r | $((kb / 1024)) | |"
read -r s kb r < <(timed dotnet "$api" import seeds --database "$work/big.db")
echo "| the same seeds again (unchanged) | $s | $r | $((kb / 1024)) | |"

# A 200 MB document (the issue's memory case): refused from its size by the default Import:MaxDocumentBytes.
python3 -c 'import sys; line = b"SEP 23, 2025 Beyond Winning: a line of a very large scrape\n"; f = open(sys.argv[1], "wb"); [f.write(line * 1000) for _ in range(200_000_000 // (len(line) * 1000))]' "$work/huge.txt"
/usr/bin/time -f "%e %M" -o "$work/time" dotnet "$api" import "$work/huge.txt" --database "$work/huge.db" >"$work/out" 2>&1 || true
grep -q "too large" "$work/out" || { cat "$work/out" >&2; exit 1; }
read -r s kb < <(tail -1 "$work/time")
echo "| a 200 MB document (refused: over Import:MaxDocumentBytes) | $s | | $((kb / 1024)) | |"
rm -f "$work/huge.txt"

base=""
for n in "${counts[@]}"; do
  python3 benchmarks/import/make-documents.py "$n" "$work/docs-$n"
  read -r s kb r < <(timed dotnet "$api" import "$work/docs-$n" --database "$work/docs-$n.db")
  [ -z "$base" ] && base=$r
  per=$(python3 -c "print(f'{max(0.0, ($r - $base)) * 1000 / $n:.1f}' if $n > 1 else '')")
  echo "| $n documents into an empty catalog | $s | $r | $((kb / 1024)) | $per |"
  rm -rf "$work/docs-$n" "$work/docs-$n.db"
done

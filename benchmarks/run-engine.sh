#!/usr/bin/env bash
# Engine micro-benchmarks: our parse/validate/execute (BenchmarkDotNet, in-process) and graphql-js's parse/validate of the
# same documents, in one run, then the ratios into benchmarks/RESULTS.md (section "Engine"). Machines here are noisy:
# read the ratios, not the absolute times.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)

[ -d graphql-js/node_modules ] || npm ci --prefix graphql-js --no-audit --no-fund >/dev/null
dotnet build PostCatalog.Benchmarks -c Release --artifacts-path "$out/build" -v q >/dev/null

node graphql-js/bench.mjs > "$out/graphql-js.json"
dotnet "$out/build/bin/PostCatalog.Benchmarks/release/PostCatalog.Benchmarks.dll" \
  --filter '*EngineBenchmarks*' --inProcess --exporters fulljson --artifacts "$out/bdn" ${BENCH_JOB:+--job "$BENCH_JOB"} >"$out/bdn.log"
node graphql-js/bench.mjs > "$out/graphql-js-after.json"

python3 - "$out" <<'PY'
import glob, json, sys, statistics, datetime, re, pathlib
out = sys.argv[1]
js = [json.load(open(f"{out}/graphql-js.json")), json.load(open(f"{out}/graphql-js-after.json"))]
report = json.load(open(glob.glob(f"{out}/bdn/results/*-report-full*.json")[0]))
ours = {}
for b in report["Benchmarks"]:
    doc = re.search(r"Document=([\w-]+)", b["Parameters"]).group(1)
    ours.setdefault(doc, {})[b["Method"]] = (b["Statistics"]["Median"], b["Memory"]["BytesAllocatedPerOperation"])
lines = ["## Engine (parse, validate, execute) vs graphql-js 16.15.0", "",
         f"Measured {datetime.date.today()} on this machine, both in the same run (graphql-js timed before and after ours; the median of the two is used).", "",
         "| document | step | ours (µs) | graphql-js (µs) | speed-up (graphql-js / ours) | ours allocated (bytes/op) |",
         "|---|---|---:|---:|---:|---:|"]
for doc, steps in ours.items():
    for step, key in (("Parse", "parseNs"), ("Validate", "validateNs"), ("Execute", None)):
        ns, alloc = steps[step]
        base = statistics.median([r[doc][key] for r in js]) if key else None
        ratio = f"{base / ns:.2f}x" if base else "n/a"
        lines.append(f"| {doc} | {step.lower()} | {ns/1000:.1f} | {base/1000:.1f} | {ratio} | {alloc} |" if base else
                     f"| {doc} | {step.lower()} (cached plan, JSON out) | {ns/1000:.1f} | – | – | {alloc} |")
section = "\n".join(lines) + "\n"
results = pathlib.Path("RESULTS.md")
text = results.read_text() if results.exists() else "# Benchmark results\n\n"
text = re.sub(r"## Engine .*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
results.write_text(text)
print(section)
PY

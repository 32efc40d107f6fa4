"""Turns benchmarks/run.sh's results (JSON lines) into the load sections of RESULTS.md, keeping the Engine section."""
import datetime, json, pathlib, re, statistics, sys

results_file, mode, concurrency, seconds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rows = [json.loads(line) for line in open(results_file) if line.strip()]
runs = {(r["server"], r["size"], r["label"]): r["result"] for r in rows if "result" in r}
peaks = {(r["server"], r["size"]): r["peakMb"] for r in rows if "peakMb" in r}
generated = {r["size"]: r["seconds"] for r in rows if r["server"] == "generate"}
sizes = sorted({size for (_, size, _) in runs})
labels = ["home-page", "category-page-1", "category-page-deep", "category-page-1-total", "author-page", "search", "facets", "introspection"]

def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "–"

lines = [f"## Load ({mode} run, {datetime.date.today()})", "",
         f"`benchmarks/run.sh{' --quick' if mode == 'quick' else ''}` on this 2-core machine, {seconds // 60} min {seconds % 60} s in all. "
         f"Loopback HTTP, {concurrency} requests in flight; each server first runs every operation unmeasured (BENCH_WARMUP_SECONDS, "
         "past the tiered JIT's recompiling: see \"Warm-up\"), then each operation gets a warm-up and repetitions; throughput is the median of the repetitions "
         "(± spread = (max − min) / median), p50/p99 latency the median of the repetitions' percentiles. The load driver shares the "
         "two cores with the server, and other work on the machine adds noise: read the ratios, measured in the same run, not the absolute numbers.", "",
         "*ours*: PostCatalog.Api (this engine, EF Core); *floor*: benchmarks/PostCatalog.Floor, the same SQL by hand with prepared "
         "commands and Utf8JsonWriter, no GraphQL, answering byte for byte what ours answers (PostCatalog.Floor/same-answers.py) (introspection: writes the bytes our server produced); *reference*: "
         "benchmarks/reference, graphql-js 16 + graphql-http + better-sqlite3 with the same schema and SQL, one Node process.", ""]
for size in sizes:
    lines += [f"### {size:,} posts" + (f" (generated in {generated[size]} s)" if size in generated else ""), "",
              "| operation | page | ours req/s | floor req/s | reference req/s | ours/floor | ours/reference | ours p50 ms | floor p50 ms | reference p50 ms | p50 ours/floor | ours p99 ms | floor p99 ms | reference p99 ms |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label in labels:
        o, f, r = (runs.get((s, size, label)) for s in ("ours", "floor", "reference"))
        if not o: continue
        t = lambda x: f"{x['throughput']:.0f} ±{x['throughputSpread'] * 100:.0f}%" if x else "–"
        p = lambda x, k: f"{x[k]:.1f}" if x else "–"
        lines.append(f"| {label} | {o['page']} | {t(o)} | {t(f)} | {t(r)} | {ratio(o['throughput'], f and f['throughput'])} | "
                     f"{ratio(o['throughput'], r and r['throughput'])} | {p(o, 'p50Ms')} | {p(f, 'p50Ms')} | {p(r, 'p50Ms')} | "
                     f"{ratio(o['p50Ms'], f and f['p50Ms'])} | {p(o, 'p99Ms')} | {p(f, 'p99Ms')} | {p(r, 'p99Ms')} |")
    lines.append("")
    lines.append("Peak working set (VmHWM) under this load: " + ", ".join(
        f"{s} {peaks[(s, size)]} MB" for s in ("ours", "floor", "reference") if (s, size) in peaks) + ".")
    lines.append("")

largest = sizes[-1] if sizes else None
if largest:
    lines += [f"### Paging and totalCount at {largest:,} posts", "", "| server | page reached | deep page p50 / page 1 p50 | page 1 + totalCount p50 / page 1 p50 |", "|---|---:|---:|---:|"]
    for s in ("ours", "floor", "reference"):
        one, deep, total = (runs.get((s, largest, l)) for l in ("category-page-1", "category-page-deep", "category-page-1-total"))
        if one and deep and total:
            lines.append(f"| {s} | {deep['page']} | {deep['p50Ms'] / one['p50Ms']:.2f} | {total['p50Ms'] / one['p50Ms']:.2f} |")
    lines.append("")

section = "\n".join(lines) + "\n"
path = pathlib.Path(__file__).with_name("RESULTS.md")
text = path.read_text() if path.exists() else "# Benchmark results\n"
# Only the level-2 "## Load ..." section: anchored at a line start, so "### Load on PostgreSQL" (written by hand) stays.
text = re.sub(r"^## Load .*?(?=\n## |\Z)", "", text, flags=re.S | re.M).rstrip() + "\n\n" + section
path.write_text(text)
print(section)

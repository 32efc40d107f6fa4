#!/usr/bin/env python3
"""Memory after a spike: start the API, measure its resident memory (RSS) at rest, during a burst of hostile requests,
and after it, once the burst is over and ordinary traffic resumes.

  python3 memory_spike.py --api PATH/PostCatalog.Api.dll [--label NAME] [--env KEY=VALUE ...]

Prints one JSON line: rssBaselineMb, rssPeakMb (VmHWM), rssAfterMb (after 20 s of ordinary queries at rest), plus
the counts of answers by status. --env passes runtime settings (e.g. DOTNET_gcServer=1) to compare GC configurations.
"""
import argparse, json, os, socket, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ORDINARY = "{ posts(first: 20) { nodes { title categories { name } authors { name } } } }"


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def rss_mb(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def post(url, body, statuses, lock):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json",
                                                               "Accept": "application/graphql-response+json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read(); code = response.status
    except urllib.error.HTTPError as e:
        e.read(); code = e.code
    except Exception as e:  # a dropped connection counts as a failure of its own
        code = type(e).__name__
    with lock:
        statuses[str(code)] = statuses.get(str(code), 0) + 1


def spike_bodies():
    """The hostile probes of issue 13, each a few MB: long search texts, huge variables, alias bombs, long lists."""
    yield {"query": "query($q: String!) { searchPosts(query: $q) { totalCount } }", "variables": {"q": "x" * 10_000_000}}
    yield {"query": "query($w: PostFilterInput) { posts(where: $w) { totalCount } }",
           "variables": {"w": {f"k{i}": i for i in range(100_000)}}}
    yield {"query": "{ " + " ".join(f"a{i}: posts(first: 50) {{ totalCount }}" for i in range(5_000)) + " }"}
    yield {"query": "{ posts(where: { title: { in: [" + ", ".join(f'"t{i}"' for i in range(2_000)) + "] } }) { totalCount } }"}
    yield {"query": "{ searchPosts(query: \"" + "a" * 1_000_000 + "\") { totalCount } }"}
    yield {"query": "{ posts(first: 50) { nodes { title excerpt categories { name posts(first: 10) { nodes { title } } } } } }"}


def run(url, bodies, concurrency, statuses):
    lock = threading.Lock(); queue = list(bodies); threads = []
    def worker():
        while True:
            with lock:
                if not queue: return
                body = queue.pop()
            post(url, body, statuses, lock)
    for _ in range(concurrency):
        t = threading.Thread(target=worker); t.start(); threads.append(t)
    for t in threads: t.join()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", required=True)
    parser.add_argument("--label", default="default")
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--rounds", type=int, default=6, help="rounds of the hostile probes (each round sends all of them)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--server-log", default=os.devnull, help="where the server's own output goes")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="postcatalog-memory-")
    port = free_port(); url = f"http://127.0.0.1:{port}/graphql"
    env = dict(os.environ, Logging__LogLevel__Default="Warning",
               **{"Logging__LogLevel__PostCatalog.GraphQL.AspNetCore.Memory": "Information"})
    for pair in args.env:
        key, value = pair.split("=", 1); env[key] = value
    server = subprocess.Popen(["dotnet", args.api, "--urls", f"http://127.0.0.1:{port}", "--database", f"{work}/catalog.db",
                               "--seeds", f"{ROOT}/seeds"], env=env, stdout=open(args.server_log, "w"), stderr=subprocess.STDOUT)
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read(); break
            except Exception:
                time.sleep(0.5)
        statuses = {}
        run(url, [{"query": ORDINARY}] * 300, args.concurrency, statuses)
        time.sleep(5)
        baseline = rss_mb(server.pid)

        spike = {}
        started = time.time()
        run(url, [body for _ in range(args.rounds) for body in spike_bodies()], args.concurrency, spike)
        spike_seconds = round(time.time() - started, 1)
        peak = rss_mb(server.pid, "VmHWM")
        right_after = rss_mb(server.pid)

        # The burst is over: ordinary traffic at a walking pace for 20 s, as a quiet server sees.
        after_statuses = {}
        for _ in range(20):
            run(url, [{"query": ORDINARY}] * 20, 2, after_statuses)
            time.sleep(1)
        after = rss_mb(server.pid)
        print(json.dumps({"label": args.label, "env": args.env, "rssBaselineMb": baseline, "rssPeakMb": peak,
                          "rssRightAfterMb": right_after, "rssAfterMb": after, "spikeSeconds": spike_seconds,
                          "spikeStatuses": spike, "afterStatuses": after_statuses}))
    finally:
        server.terminate()
        try: server.wait(timeout=20)
        except subprocess.TimeoutExpired: server.kill()
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()

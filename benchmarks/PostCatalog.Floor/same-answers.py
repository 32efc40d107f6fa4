"""Asks our server and the floor every benchmark operation on the same catalog and compares the bodies byte for byte:
home page, author page (and an unknown author), searches, facets, category page 1 with totalCount, then every page of
the category walked by endCursor, an unknown category, introspection. Prints the first difference of each; exit 1 if any.
  python3 same-answers.py http://127.0.0.1:5301/graphql http://127.0.0.1:5311/graphql CATEGORY_SLUG AUTHOR_SLUG
Both servers must run over the same catalog (run.sh picks the largest category and the busiest author)."""
import json, pathlib, sys, urllib.error, urllib.request

operations = pathlib.Path(__file__).resolve().parent.parent / "operations"
ours, floor, category, author = sys.argv[1:5]
failures = 0

def ask(url, operation, variables):
    body = json.dumps({"query": (operations / f"{operation}.graphql").read_text(), "variables": variables}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response: return response.read().decode()
    except urllib.error.HTTPError as e: return f"HTTP {e.code}: {e.read().decode()[:300]}"

def check(name, operation, variables):
    global failures
    a, b = ask(ours, operation, variables), ask(floor, operation, variables)
    if a != b:
        failures += 1
        i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
        print(f"DIFF {name} at char {i}:\n  ours:  ...{a[max(0, i - 80):i + 120]}\n  floor: ...{b[max(0, i - 80):i + 120]}")
    return a

check("home-page", "home-page", {})
check("author-page", "author-page", {"slug": author})
check("author-page (unknown)", "author-page", {"slug": "no-such-author"})
for words in ["spotify data", "data", "machine learning", "zzzznothing"]:
    check(f"search {words!r}", "search", {"query": words})
check("facets since 2020", "facets", {"since": "2020-01-01"})
check("facets since 2010", "facets", {"since": "2010-01-01"})
check("category-page 1 with totalCount", "category-page", {"category": category, "withTotal": True})
after, pages = None, 0
while pages < 10000:
    pages += 1
    answer = json.loads(check(f"category-page {pages}", "category-page", {"category": category, "after": after}))
    info = answer["data"]["posts"]["pageInfo"]
    if not info["hasNextPage"]: break
    after = info["endCursor"]
check("category-page (unknown)", "category-page", {"category": "no-such-category", "withTotal": True})
check("introspection", "introspection", {})
print(f"{pages} category pages walked; {failures} differences")
sys.exit(1 if failures else 0)

"""Which kinds of page cost more on a larger corpus: the same addresses timed on two running services.

usage: page_growth.py SMALL_URL LARGE_URL [ROUNDS] [WARMUP_SECONDS]

SMALL_URL serves a small store (the seeds), LARGE_URL a larger one that holds the same documents (the full
corpus); both with the in-memory cache off (--policykg.response-cache-bytes=0), so every answer is computed.
The addresses come from the small store: up to five resources of each class with a page (by IRI), and the
lists, feeds, exports and searches. After WARMUP_SECONDS (default 20) of the same requests, untimed, ROUNDS
(default 5) rounds ask each address of each service in turn, one request at a time, alternating which service
goes first. Prints, per kind of page, the p50 on each, their ratio and the ratio of the answers' sizes; a kind
whose p50 grows more than three times as much as its answers is marked, as the home page, /catalog, /documents
and /deadlines were before they were fixed (README, "Peer benchmark"). Feeds and exports of the whole graph grow
with it by design: their time should grow with their size, no faster.
"""
import statistics
import sys
import time
import urllib.parse
import urllib.request

small, large = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
warmup = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0

CLASSES = {
    "document page": "http://data.europa.eu/eli/ontology#LegalResource",
    "clause page": "http://data.europa.eu/eli/ontology#LegalResourceSubdivision",
    "task page": "https://w3id.org/vnpolicy/def#Task",
    "target page": "https://w3id.org/vnpolicy/def#Target",
    "body page": "http://www.w3.org/ns/org#Organization",
    "indicator page": "http://www.w3.org/2004/02/skos/core#Concept",
}
FIXED = {
    "home": ["/"],
    "catalog": ["/catalog"],
    "documents list": ["/documents", "/documents?sort=title", "/documents?page=2"],
    "deadlines": ["/deadlines?asOf=2026-06-15", "/deadlines?asOf=2026-06-15&group=later"],
    "deadlines feed": ["/deadlines.ics"],
    "indicators": ["/indicators"],
    "implementation tree": ["/implementation"],
    "search page": ["/search?q=gi%E1%BA%A3m+ngh%C3%A8o", "/search?q=BHYT"],
    "search API": ["/api/search?q=gi%E1%BA%A3m+ngh%C3%A8o&limit=10", "/api/search?q=BHYT&limit=10"],
    "export": ["/export/targets.csv", "/export/tasks.json"],
}


SIZES = {}


def get(base, path):
    req = urllib.request.Request(base + path, headers={"Accept": "text/html,application/json;q=0.9,*/*;q=0.8"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as r:
        SIZES[(base, path)] = len(r.read())
    return time.perf_counter() - start


def examples(cls):
    """Up to five resources of the class on the small store whose IRI is one of its addresses, by IRI."""
    query = f"SELECT DISTINCT ?s WHERE {{ ?s a <{cls}> FILTER(isIRI(?s)) }} ORDER BY ?s LIMIT 400"
    req = urllib.request.Request(small + "/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=300) as r:
        iris = r.read().decode("utf-8").splitlines()[1:]
    paths = []
    for iri in iris:
        path = urllib.parse.urlsplit(iri.strip()).path
        try:
            get(small, path)
            get(large, path)
        except urllib.error.HTTPError:
            continue  # a resource the other store names differently, or one without a page
        paths.append(path)
        if len(paths) == 5:
            break
    return paths


kinds = {kind: examples(cls) for kind, cls in CLASSES.items()}
kinds.update(FIXED)
end = time.time() + warmup
while time.time() < end:
    for paths in kinds.values():
        for p in paths:
            get(small, p)
            get(large, p)
times = {(kind, side): [] for kind in kinds for side in (small, large)}
for r in range(rounds):
    for kind, paths in kinds.items():
        for p in paths:
            for side in ((small, large) if r % 2 == 0 else (large, small)):
                times[(kind, side)].append(get(side, p) * 1000)
print(f"{'kind of page':<22} {'addresses':>9} {'small p50':>10} {'large p50':>10} {'ratio':>6} {'size ratio':>10}")
for kind, paths in kinds.items():
    if not paths:
        print(f"{kind:<22} {0:>9}  (none on the small store)")
        continue
    a, b = statistics.median(times[(kind, small)]), statistics.median(times[(kind, large)])
    sizes = sum(SIZES[(large, p)] for p in paths) / sum(SIZES[(small, p)] for p in paths)
    flag = "  grows faster than its answer" if b > 3 * a * max(1.0, sizes) else ""
    print(f"{kind:<22} {len(paths):>9} {a:>8.1f} ms {b:>7.1f} ms {b / a:>6.2f} {sizes:>10.2f}{flag}")

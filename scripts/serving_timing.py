"""Latency of a running service at one corpus size (scripts/build-benchmark.sh's growth figures).

usage: serving_timing.py BASE_URL QUERIES_DIR [WARMUP_SECONDS] [REPEATS] [PAGES_FILE]

Warms up untimed: the searches for WARMUP_SECONDS (default 60) under 8 connections, then the pages as long, then
one round of the queries. Then sends REPEATS (default 5) rounds of: ten search phrases to /api/search (limit 10),
the first 30 documents and 30 clauses as HTML pages, and every query of queries/; one request at a time, a new
connection each. Prints one line: p50 and p99 per kind, in ms.
Each kind is warmed on its own and for the same time at every size: warmed together, one pass at a time for 20 s,
the suite's slow queries left the searches one pass at the largest size where the smallest store had dozens, and
every size was timed while the Java compiler was still at work.
With PAGES_FILE, the pages are read from it when it exists and written to it when not, so that every size
of a growth run times the same pages (those of the first, smallest store).
The service should run with its in-memory cache off, so that every answer is computed.
"""
import pathlib
import statistics
import sys
import time
import urllib.parse
import urllib.request

from keep_sending import keep_sending
from search_phrases import PHRASES

base, queries_dir = sys.argv[1], sys.argv[2]
warmup = float(sys.argv[3]) if len(sys.argv) > 3 else 60.0
repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 5
pages_file = pathlib.Path(sys.argv[5]) if len(sys.argv) > 5 else None
ELI = "http://data.europa.eu/eli/ontology#"


def fetch(path, accept, body=None):
    data = urllib.parse.urlencode({"query": body}).encode() if body else None
    req = urllib.request.Request(base + path, data=data, headers={"Accept": accept})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as r:
        r.read()
    return time.perf_counter() - start


def column(query):
    req = urllib.request.Request(base + "/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=300) as r:
        return [line.strip() for line in r.read().decode().splitlines()[1:] if line.strip()]


def local(iri):
    return "/" + iri.split("/", 3)[3]


if pages_file and pages_file.exists():
    pages = pages_file.read_text(encoding="utf-8").split()
else:
    pages = [local(i) for i in column(f"SELECT ?d WHERE {{ ?d a <{ELI}LegalResource> ; <https://w3id.org/vnpolicy/def#inCorpus> true }} ORDER BY ?d LIMIT 30")]
    pages += [local(i) for i in column(f"SELECT ?c WHERE {{ ?c a <{ELI}LegalResourceSubdivision> }} ORDER BY ?c LIMIT 30")]
    if pages_file:
        pages_file.write_text("\n".join(pages), encoding="utf-8")
kinds = {
    "search": [(lambda p=p: fetch("/api/search?limit=10&q=" + urllib.parse.quote(p), "application/json")) for p in PHRASES],
    "pages": [(lambda p=p: fetch(p, "text/html")) for p in pages],
    "sparql": [(lambda q=q: fetch("/sparql", "application/sparql-results+json,text/turtle", q))
               for q in (f.read_text(encoding="utf-8") for f in sorted(pathlib.Path(queries_dir).glob("*.rq")))],
}


keep_sending(kinds["search"], warmup)
keep_sending(kinds["pages"], warmup)
for send in kinds["sparql"]:
    send()
line = []
for kind, requests in kinds.items():
    times = sorted(send() for _ in range(repeats) for send in requests)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    line.append(f"{kind} p50 {statistics.median(times) * 1000:7.1f} p99 {p99 * 1000:7.1f}")
print("   ".join(line) + f"   ({len(pages)} pages)")

"""Interleaved timing of the same requests against our service and its peers (scripts/peer-benchmark.sh).

usage: peer_timing.py QUERIES_DIR ROUNDS OURS_URL BARE_URL VIRTUOSO_URL GRAPH [WARMUP_SECONDS]

First every request goes to every engine, untimed, for WARMUP_SECONDS (default 30): the two JVMs compile
their hot paths (a cold JVM answered ASK {} in 5 ms, a warm one in 1.2 ms), Virtuoso fills its buffers.
Then every round sends each request once to each engine, the engines in a rotating order, so a change in
the machine's load falls on all of them alike. Prints per query the median latency on each engine, the number
of results each gave (a differing count is flagged), and the geometric mean of the ratios.
"""
import json
import math
import pathlib
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from search_phrases import PHRASES

queries_dir, rounds, ours, bare, virtuoso, graph = sys.argv[1], int(sys.argv[2]), *sys.argv[3:7]
warmup = float(sys.argv[7]) if len(sys.argv) > 7 else 30.0
VNP = "https://w3id.org/vnpolicy/def#"


def post(url, query, accept, extra=None):
    form = {"query": query}
    form.update(extra or {})
    req = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), method="POST",
                                 headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as r:
        body = r.read()
    return time.perf_counter() - start, body


def get(url, accept):
    start = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=120) as r:
        body = r.read()
    return time.perf_counter() - start, body


def count(body, construct):
    if construct:
        return sum(1 for line in body.decode().splitlines() if line.strip() and not line.startswith("#"))
    data = json.loads(body)
    return int(data["boolean"]) if "boolean" in data else len(data["results"]["bindings"])


def sparql_engines():
    return [("ours", lambda q, a: post(ours + "/sparql", q, a)),
            ("bare Fuseki", lambda q, a: post(bare + "/sparql", q, a)),
            ("Virtuoso", lambda q, a: post(virtuoso + "/sparql", q, a, {"default-graph-uri": graph}))]


def run(requests, engines, counter=count):
    """requests: (name, payload, accept, construct); returns {name: {engine: (median s, results counted)}}."""
    times = {n: {e: [] for e, _ in engines} for n, *_ in requests}
    counts = {n: {} for n, *_ in requests}
    failed = {}
    until = time.perf_counter() + warmup
    while time.perf_counter() < until:
        for name, payload, accept, _ in requests:
            for engine, send in engines:
                try:
                    send(payload, accept)
                except urllib.error.HTTPError:
                    pass  # reported by the timed rounds
    for r in range(rounds):
        for i, (name, payload, accept, construct) in enumerate(requests):
            k = (r + i) % len(engines)
            for engine, send in engines[k:] + engines[:k]:
                if (name, engine) in failed:
                    continue
                try:
                    seconds, body = send(payload, accept)
                except urllib.error.HTTPError as e:
                    failed[(name, engine)] = f"{e.code}: {e.read().decode(errors='replace').strip().splitlines()[0][:100]}"
                    continue
                times[name][engine].append(seconds)
                counts[name][engine] = counter(body, construct)
    for (name, engine), why in failed.items():
        print(f"{engine} refused {name}: {why}")
    return {n: {e: (statistics.median(ts), counts[n][e]) if ts else None for e, ts in by.items()} for n, by in times.items()}


def report(title, results, engines):
    names = [e for e, _ in engines]
    print(f"\n{title} (median ms over {rounds} interleaved rounds after {warmup:.0f} s of warm-up; results in brackets)")
    print(f"{'request':58s}" + "".join(f"{n:>22s}" for n in names) + f"{'ours/Virtuoso':>15s}{'ours/bare':>13s}")
    ratios = {"Virtuoso": [], "bare Fuseki": []}
    for name, by in results.items():
        cells = "".join(f"{'refused':>22s}" if by[n] is None else f"{by[n][0] * 1000:13.1f} [{by[n][1]:5d}]" for n in names)
        answered = [n for n in names if by[n] is not None]
        flag = "" if len({by[n][1] for n in answered}) == 1 else "   (counts differ)"
        line = f"{name[:58]:58s}{cells}"
        for peer in ("Virtuoso", "bare Fuseki"):
            if peer in by and by[peer] is not None and by["ours"] is not None:
                ratio = by["ours"][0] / by[peer][0]
                ratios[peer].append(ratio)
                line += f"{ratio:{15 if peer == 'Virtuoso' else 13}.2f}"
            else:
                line += f"{'-':>{15 if peer == 'Virtuoso' else 13}s}"
        print(line + flag)
    for peer, rs in ratios.items():
        if rs:
            print(f"geometric mean of ours/{peer}: {math.exp(sum(map(math.log, rs)) / len(rs)):.2f}  "
                  f"(ours at or below the peer on {sum(r <= 1 for r in rs)} of {len(rs)})")


def main():
    requests = []
    for p in sorted(pathlib.Path(queries_dir).glob("*.rq")):
        text = p.read_text(encoding="utf-8")
        if "text:query" in text:
            continue  # jena-text only: the peers have no such index
        construct = "CONSTRUCT" in text.upper().split("WHERE")[0]
        requests.append((p.stem, text, "application/n-triples" if construct else "application/sparql-results+json", construct))
    requests.append(("ASK {} (the floor)", "ASK {}", "application/sparql-results+json", False))
    engines = sparql_engines()
    report("SPARQL suite of queries/ (without text:query)", run(requests, engines), engines)

    search = [(f"search '{p}'", p, "application/json", False) for p in PHRASES]

    def ours_search(phrase, accept):
        return get(ours + "/api/search?limit=10&q=" + urllib.parse.quote(phrase), accept)

    def virtuoso_search(phrase, accept):
        q = (f"SELECT ?clause ?text WHERE {{ ?clause <{VNP}text> ?text . ?text bif:contains '\"{phrase}\"' }} LIMIT 10")
        return post(virtuoso + "/sparql", q, "application/sparql-results+json", {"default-graph-uri": graph})

    def hits(body, _construct):
        data = json.loads(body)
        results = data["results"]  # ours: a list of hits; SPARQL JSON: {"bindings": […]}
        return len(results) if isinstance(results, list) else len(results["bindings"])

    engines = [("ours", ours_search), ("Virtuoso", virtuoso_search)]
    report("Ten search phrases: /api/search (limit 10, snippets, facets) against bif:contains (exact phrase)",
           run(search, engines, hits), engines)


main()

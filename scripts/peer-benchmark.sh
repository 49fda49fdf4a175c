#!/usr/bin/env bash
# Peer benchmark (README, "Robustness"): our service, a bare Fuseki (jena-fuseki-main, vn.policykg.bench.BareFuseki)
# and Virtuoso 7 (Debian's virtuoso-opensource, free-text index on) loaded with the same dump of the same store
# generation, all three up at once on loopback. scripts/peer_timing.py sends the queries/ suite (without
# text:query), ASK {} and ten search phrases to each in interleaved rounds and prints medians and ratios; then
# wrk at 16 connections on search, pages and one mid-size SELECT, ours with its generation cache on and off (each
# warmed under wrk first).
#   scripts/peer-benchmark.sh                    # 30 s warm-up, 7 rounds, 10 s per wrk run, ports 8096-8099
#   ROUNDS=15 SECS=20 WARMUP=60 PORT=9000 scripts/peer-benchmark.sh
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8096}"; ROUNDS="${ROUNDS:-7}"; WARMUP="${WARMUP:-30}"; SECS="${SECS:-10}"; CONNS="${CONNS:-16}"
BARE_PORT=$((PORT + 1)); VIRT_HTTP=$((PORT + 2)); VIRT_SQL=$((PORT + 3))
GRAPH="urn:policykg:benchmark"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/policykg-peers-XXXXXX")"
require wrk wrk; require curl curl; require virtuoso-t virtuoso-opensource; require isql-vt virtuoso-opensource
build_jar
(cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >/dev/null)
"$JAVA" -jar "$ROOT/target/policy-kg.jar" build --policykg.store-dir="$WORK/store" --policykg.data-dir="$ROOT/data" >/dev/null
cp -r "$WORK/store" "$WORK/store-bare"   # a TDB2 store is opened by one process at a time
DUMPS="$(ls -d "$WORK"/store/generations/*/dumps)"

# Virtuoso: Debian's configuration with its files, ports and allowed directories moved into $WORK.
mkdir -p "$WORK/virtuoso"
sed -e "s#/var/lib/virtuoso-opensource-7/db#$WORK/virtuoso#g" -e "s#^ServerPort *= *1111#ServerPort = $VIRT_SQL#" \
    -e "s#^ServerPort *= *8890#ServerPort = $VIRT_HTTP#" -e "s#^DirsAllowed *=.*#DirsAllowed = ., $DUMPS, /usr/share/virtuoso-opensource-7/vad#" \
    -e "s#^NumberOfBuffers *= *10000#NumberOfBuffers = 170000#" -e "s#^MaxDirtyBuffers *= *6000#MaxDirtyBuffers = 130000#" \
    /etc/virtuoso-opensource-7/virtuoso.ini >"$WORK/virtuoso/virtuoso.ini"
(cd "$WORK/virtuoso" && exec virtuoso-t +foreground +configfile virtuoso.ini >virtuoso.out 2>&1) &
VIRT_PID=$!
trap 'stop_started; kill $VIRT_PID 2>/dev/null || true; kill $BARE_PID 2>/dev/null || true' EXIT
wait_up "http://127.0.0.1:$VIRT_HTTP/sparql?query=ASK%7B%7D" "true"
isql-vt "$VIRT_SQL" dba dba exec="DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All'); \
  ld_dir('$DUMPS', 'policy-kg.ttl.gz', '$GRAPH'); rdf_loader_run(); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); checkpoint;" >"$WORK/virtuoso/load.txt"
echo "Virtuoso: $(curl -s "http://127.0.0.1:$VIRT_HTTP/sparql" -H 'Accept: text/csv' --data-urlencode "default-graph-uri=$GRAPH" \
  --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1) triples loaded"

"$JAVA" -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath")" vn.policykg.bench.BareFuseki \
    "$WORK/store-bare" "$BARE_PORT" >"$WORK/bare.log" 2>&1 &
BARE_PID=$!
wait_up "http://127.0.0.1:$BARE_PORT/sparql?query=ASK%7B%7D" "true"

# Ours with the in-memory cache off: every request is computed, as on the peers.
start_service "$PORT" "$WORK/store" --policykg.sparql.client-budget=100000s --policykg.sparql.client-budget-refill=100000s \
    --policykg.response-cache-bytes=0
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 "$ROOT/scripts/peer_timing.py" "$ROOT/queries" "$ROUNDS" "http://127.0.0.1:$PORT" \
    "http://127.0.0.1:$BARE_PORT" "http://127.0.0.1:$VIRT_HTTP" "$GRAPH" "$WARMUP"

# wrk: the same request lines against each engine.
PYTHONPATH="$ROOT/scripts" /usr/bin/python3 - "$ROOT/queries/clauses-per-document.rq" "$GRAPH" "$WORK" <<'PY'
import sys, urllib.parse
from search_phrases import PHRASES as phrases
query, graph, work = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], sys.argv[3]
def lines(name, items):
    open(f"{work}/{name}.txt", "w").write("".join(f"GET {i}\n" for i in items))
lines("search-ours", ["/api/search?limit=10&q=" + urllib.parse.quote(p) for p in phrases])
lines("search-virtuoso", ["/sparql?default-graph-uri=" + urllib.parse.quote(graph) + "&query=" + urllib.parse.quote(
    "SELECT ?clause ?text WHERE { ?clause <https://w3id.org/vnpolicy/def#text> ?text . ?text bif:contains '\"%s\"' } LIMIT 10" % p)
    for p in phrases])
lines("select-ours", ["/sparql?query=" + urllib.parse.quote(query)])
lines("select-virtuoso", ["/sparql?default-graph-uri=" + urllib.parse.quote(graph) + "&query=" + urllib.parse.quote(query)])
PY
sparql_csv() { curl -s "http://127.0.0.1:$PORT/sparql" -H 'Accept: text/csv' --data-urlencode "query=$1" | tail -n +2 | tr -d '\r'; }
{ sparql_csv 'SELECT ?d WHERE { ?d a <http://data.europa.eu/eli/ontology#LegalResource> }'
  sparql_csv 'SELECT ?c WHERE { ?c a <http://data.europa.eu/eli/ontology#LegalResourceSubdivision> } ORDER BY ?c LIMIT 300'
} | sed -e 's#^http://localhost:8080##' -e 's#^#GET #' >"$WORK/pages.txt"

echo; echo "wrk, $CONNS connections, $SECS s each"
wrk_all() {
  WRK_ACCEPT=application/json run_wrk "ours $1: /api/search" "http://127.0.0.1:$PORT" "$WORK/search-ours.txt" "$SECS" "$CONNS"
  WRK_ACCEPT=text/html run_wrk "ours $1: resource pages" "http://127.0.0.1:$PORT" "$WORK/pages.txt" "$SECS" "$CONNS"
  WRK_ACCEPT=application/sparql-results+json run_wrk "ours $1: SELECT" "http://127.0.0.1:$PORT" "$WORK/select-ours.txt" "$SECS" "$CONNS"
}
# Each of our three under load for WARMUP seconds first, untimed: the rounds above warmed only the SPARQL and
# search paths, and a page measured while its code was still being compiled ran at a third of its later rate.
for f in search-ours:application/json pages:text/html select-ours:application/sparql-results+json; do
  WRK_ACCEPT="${f#*:}" WRK_REQUESTS="$WORK/${f%%:*}.txt" wrk -t2 -c"$CONNS" -d"${WARMUP}s" \
      -s "$ROOT/scripts/wrk-rotate.lua" "http://127.0.0.1:$PORT" >/dev/null
done
wrk_all "(cache off)"
WRK_ACCEPT=application/sparql-results+json run_wrk "Virtuoso: bif:contains" "http://127.0.0.1:$VIRT_HTTP" "$WORK/search-virtuoso.txt" "$SECS" "$CONNS"
WRK_ACCEPT=application/sparql-results+json run_wrk "Virtuoso: SELECT" "http://127.0.0.1:$VIRT_HTTP" "$WORK/select-virtuoso.txt" "$SECS" "$CONNS"
WRK_ACCEPT=application/sparql-results+json run_wrk "bare Fuseki: SELECT" "http://127.0.0.1:$BARE_PORT" "$WORK/select-ours.txt" "$SECS" "$CONNS"
stop_started
start_service "$PORT" "$WORK/store" --policykg.sparql.client-budget=100000s --policykg.sparql.client-budget-refill=100000s
# One pass over every address first, so the runs measure a warm cache, not the restarted JVM's first pages.
# Each with the Accept header its wrk run sends: the cache keeps one answer per address and Accept.
for f in search-ours:application/json pages:text/html select-ours:application/sparql-results+json; do
  while read -r _ path; do curl -s -o /dev/null -H "Accept: ${f#*:}" "http://127.0.0.1:$PORT$path"; done <"$WORK/${f%%:*}.txt"
done
wrk_all "(cache on, warm)"
echo "raw output in $WORK"

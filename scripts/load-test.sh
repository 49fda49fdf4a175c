#!/usr/bin/env bash
# Load test on loopback, bounded in time (README, "Robustness"): /api/search, resource pages, /sparql with
# the documented query mix, and /actuator/health timed while the mix runs. Starts its own service.
#   scripts/load-test.sh                 # 20 s per scenario on port 8089
#   SECS=60 PORT=9000 scripts/load-test.sh
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8089}"; SECS="${SECS:-20}"; CONNS="${CONNS:-16}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/policykg-load-XXXXXX")"
require wrk wrk; require curl curl
build_jar
# wrk is one loopback client: the per-client query budget would answer it 429 by design, so it is lifted here.
start_service "$PORT" "$WORK/store" --policykg.sparql.client-budget=100000s --policykg.sparql.client-budget-refill=100000s
echo "service on $BASE, $SECS s per scenario, $CONNS connections, $(nproc) cores"

sparql_csv() { curl -s "$BASE/sparql" -H 'Accept: text/csv' --data-urlencode "query=$1" | tail -n +2 | tr -d '\r'; }

# Search: several Vietnamese queries, with and without diacritics.
/usr/bin/python3 - >"$WORK/search.txt" <<'PY'
import urllib.parse
for q in ["xã hội", "nhà ở xã hội", "bảo hiểm y tế", "giảm nghèo đa chiều", "Sở Y tế", "chuyển đổi số", "lao động việc làm",
          "BHYT", "nha o xa hoi", "y tế cơ sở", "giáo dục", "đồng bào dân tộc thiểu số"]:
    print("GET /api/search?q=" + urllib.parse.quote(q) + "&limit=10")
PY
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/search?q=x%C3%A3+h%E1%BB%99i")" = 200 ]; then
  WRK_ACCEPT=application/json run_wrk "GET /api/search" "$BASE" "$WORK/search.txt" "$SECS" "$CONNS"
else
  echo "GET /api/search              absent on this build (issue 4): not measured"
fi

# Resource pages: every document and a sample of clauses, as HTML.
{ sparql_csv 'SELECT ?d WHERE { ?d a <http://data.europa.eu/eli/ontology#LegalResource> }'
  sparql_csv 'SELECT ?c WHERE { ?c a <http://data.europa.eu/eli/ontology#LegalResourceSubdivision> } ORDER BY ?c LIMIT 300'
} | sed -e 's#^http://localhost:8080##' -e 's#^#GET #' >"$WORK/pages.txt"
first="$(head -1 "$WORK/pages.txt" | cut -d' ' -f2)"
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$BASE$first")" = 200 ]; then
  WRK_ACCEPT=text/html run_wrk "GET resource pages (HTML)" "$BASE" "$WORK/pages.txt" "$SECS" "$CONNS"
else
  echo "GET resource pages           absent on this build (issue 5): not measured"
fi

# The SPARQL mix, with health timed every 0.2 s meanwhile.
sparql_mix "$WORK/sparql.txt"
( end=$((SECONDS + SECS)); while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE/actuator/health"; sleep 0.2; done ) >"$WORK/health.txt" &
HEALTH=$!
run_wrk "POST /sparql (query mix)" "$BASE" "$WORK/sparql.txt" "$SECS" "$CONNS"
wait "$HEALTH"
/usr/bin/python3 - "$WORK/health.txt" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
times = sorted(float(t) for _, t in rows)
bad = sum(1 for c, _ in rows if c != "200")
p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"GET /actuator/health under the mix: {len(times)} checks, p50 {p(.5)*1000:.0f} ms, p99 {p(.99)*1000:.0f} ms, "
      f"max {times[-1]*1000:.0f} ms, not 200: {bad}")
PY
echo "raw wrk output in $WORK"

# Shared by load-test.sh and overhead-benchmark.sh: build, start and stop the service on loopback, run wrk.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
STARTED_PID=""

require() { command -v "$1" >/dev/null || { echo "needs $1 (apt-get install $2)" >&2; exit 2; }; }

# build_jar: packages the service from the working tree every time (incremental), so a benchmark never
# measures a jar left over from older code.
build_jar() {
  (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -q package -DskipTests)
}

# start_service PORT STORE_DIR [extra args…]: the service jar on 127.0.0.1:PORT, waiting until health is UP.
start_service() {
  local port="$1" store="$2"; shift 2
  "$JAVA" -jar "$ROOT/target/policy-kg.jar" --server.address=127.0.0.1 --server.port="$port" \
      --policykg.store-dir="$store" --policykg.data-dir="$ROOT/data" "$@" >"$store.log" 2>&1 &
  STARTED_PID=$!
  wait_up "http://127.0.0.1:$port/actuator/health" '"status":"UP"'
}

# wait_up URL TEXT: until URL answers with TEXT (at most 5 minutes: the first start builds the store).
wait_up() {
  for _ in $(seq 1 300); do
    if curl -sf "$1" 2>/dev/null | grep -q "$2"; then return 0; fi
    sleep 1
  done
  echo "gave up waiting for $1" >&2; exit 1
}

stop_started() {
  if [ -n "$STARTED_PID" ]; then kill "$STARTED_PID" 2>/dev/null || true; wait "$STARTED_PID" 2>/dev/null || true; STARTED_PID=""; fi
}
trap stop_started EXIT

# sparql_mix FILE: the documented queries of queries/ plus a few lookups, as POST lines for wrk-rotate.lua.
sparql_mix() {
  /usr/bin/python3 - "$ROOT/queries" >"$1" <<'PY'
import pathlib, sys, urllib.parse
qs = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.rq"))]
qs += ["DESCRIBE <http://localhost:8080/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd>",
       "ASK { ?s <http://data.europa.eu/eli/ontology#applies> <http://localhost:8080/eli/vn/nq/2023/42-nq-tw> }",
       "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) LIMIT 20"]
for q in qs:
    print("POST /sparql query=" + urllib.parse.quote(q, safe=""))
PY
}

# run_wrk NAME URL REQUESTS_FILE SECONDS [CONNECTIONS]: prints one summary line: req/s, p50, p99, errors.
run_wrk() {
  local name="$1" url="$2" file="$3" secs="$4" conns="${5:-16}" out
  out="$(WRK_REQUESTS="$file" timeout $((secs + 30)) wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency \
           -s "$ROOT/scripts/wrk-rotate.lua" "$url")"
  echo "$out" >"$file.wrk.txt"
  local rps p50 p99 non2xx sock
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  sock="$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out")"
  printf '%-28s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   socket errors %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "${sock:-0}"
}

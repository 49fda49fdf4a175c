#!/usr/bin/env bash
# Overhead benchmark (README, "Robustness"): the same SPARQL query mix against our /sparql and against a
# bare Fuseki (jena-fuseki-main, vn.policykg.bench.BareFuseki) on the same TDB2 generation, one after the
# other on the same machine, ROUNDS times alternately; prints each run and the ratio of the medians.
#   scripts/overhead-benchmark.sh          # 20 s per run, 3 rounds
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8090}"; SECS="${SECS:-20}"; ROUNDS="${ROUNDS:-3}"; CONNS="${CONNS:-16}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/policykg-overhead-XXXXXX")"
require wrk wrk; require curl curl
build_jar
(cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >/dev/null)
"$JAVA" -jar "$ROOT/target/policy-kg.jar" build --policykg.store-dir="$WORK/store" --policykg.data-dir="$ROOT/data" >/dev/null
sparql_mix "$WORK/sparql.txt"
echo "query mix: $(wc -l <"$WORK/sparql.txt") queries; $SECS s per run, $CONNS connections, $(nproc) cores"

ours=(); bare=()
for r in $(seq 1 "$ROUNDS"); do
  # The per-client budget is lifted: wrk is one client, and bare Fuseki has none.
  start_service "$PORT" "$WORK/store" --policykg.sparql.client-budget=100000s --policykg.sparql.client-budget-refill=100000s
  line="$(run_wrk "ours, round $r" "http://127.0.0.1:$PORT" "$WORK/sparql.txt" "$SECS" "$CONNS")"; echo "$line"
  ours+=("$(grep -oP "[0-9.]+(?= req/s)" <<<"$line")")
  stop_started

  "$JAVA" -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath")" vn.policykg.bench.BareFuseki \
      "$WORK/store" "$PORT" >"$WORK/bare.log" 2>&1 &
  STARTED_PID=$!
  wait_up "http://127.0.0.1:$PORT/sparql?query=ASK%7B%7D" "true"
  line="$(run_wrk "bare Fuseki, round $r" "http://127.0.0.1:$PORT" "$WORK/sparql.txt" "$SECS" "$CONNS")"; echo "$line"
  bare+=("$(grep -oP "[0-9.]+(?= req/s)" <<<"$line")")
  stop_started
done
/usr/bin/python3 - "${ours[*]}" "${bare[*]}" <<'PY'
import statistics, sys
o = statistics.median(float(x) for x in sys.argv[1].split()); b = statistics.median(float(x) for x in sys.argv[2].split())
print(f"median throughput: ours {o:.1f} req/s, bare Fuseki {b:.1f} req/s; ours / bare = {o / b:.3f} ({(1 - o / b) * 100:+.1f} % overhead)")
PY

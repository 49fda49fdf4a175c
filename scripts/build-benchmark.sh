#!/usr/bin/env bash
# Build and growth benchmark (README, "Add documents"): builds a store generation from growing corpora with
# the packaged jar and a 2 GB heap, and prints for each the wall time, peak memory (RSS), triples, documents
# in, files left out and the size of the text index; then serves each store (in-memory cache off) and prints
# the p50/p99 of searches, pages and the queries/ suite (scripts/serving_timing.py), and the search p50 of the
# largest store against the 100-document one with both served at once (scripts/search_ratio.py); then the time
# to add one document to the largest.
#   scripts/build-benchmark.sh            # corpus from ../shared/corpus
#   CORPUS=/path/to/corpus scripts/build-benchmark.sh
#   SYNTHETIC=10 HEAP=18g scripts/build-benchmark.sh  # also the full corpus plus 9 synthetic copies of the
#                                                     # gazette (scripts/synthetic_corpus.py): 10x its size
#   SERVE_ONLY=/tmp/policykg-build-bench-XXXXXX scripts/build-benchmark.sh
#       # serves the stores an earlier run built there again with the current code, and builds nothing
source "$(dirname "$0")/lib.sh"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
HEAP="${HEAP:-2g}"
[ -d "$CORPUS/gazette" ] || { echo "no corpus at $CORPUS (set CORPUS=…)" >&2; exit 2; }
SERVE_ONLY="${SERVE_ONLY:-}"
WORK="${SERVE_ONLY:-$(mktemp -d "${TMPDIR:-/tmp}/policykg-build-bench-XXXXXX")}"
build_jar

# Folders of links (the corpus is read where it is, never copied): the first 100 gazette texts in path
# order, and all of them but the last, which is then added to the full build.
link_into() { mkdir -p "$1"; while read -r f; do ln -s "$f" "$1/$(basename "$(dirname "$f")")--$(basename "$f")"; done; }
if [ -z "$SERVE_ONLY" ]; then
  find "$CORPUS/gazette" -name '*.txt' | sort | head -100 | link_into "$WORK/gazette-100"
  find "$CORPUS/gazette" -name '*.txt' | sort | head -n -1 | link_into "$WORK/gazette-but-one"
fi
HELD_OUT="$(find "$CORPUS/gazette" -name '*.txt' | sort | tail -1)"
SYNTHETIC="${SYNTHETIC:-0}"
[ -n "$SERVE_ONLY" ] && [ -d "$WORK/synthetic" ] && SYNTHETIC=$(( $(find -L "$WORK/synthetic" -mindepth 1 -maxdepth 1 -type d | wc -l) + 1 ))
if [ "$SYNTHETIC" -gt 1 ] && [ -z "$SERVE_ONLY" ]; then
  /usr/bin/python3 "$ROOT/scripts/synthetic_corpus.py" "$CORPUS/gazette" "$WORK/synthetic" $((SYNTHETIC - 1))
fi
[ "$SYNTHETIC" -gt 1 ] && SYNTHETIC_DIRS="$(find -L "$WORK/synthetic" -mindepth 1 -maxdepth 1 -type d | sort | paste -sd,)"

# run NAME CORPUS_DIRS: one build into a fresh store; prints one line of figures.
run() {
  local name="$1" dirs="$2" store="$WORK/store-$1"
  local t0 t1; t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$WORK/$name.rss" "$JAVA" -Xmx"$HEAP" -jar "$ROOT/target/policy-kg.jar" build \
      --policykg.data-dir="$ROOT/data" --policykg.store-dir="$store" ${dirs:+--policykg.corpus-dirs="$dirs"} \
      >"$WORK/$name.out" 2>"$WORK/$name.err" || [ $? = 3 ]
  t1=$(date +%s.%N)
  local gen; gen="$(cat "$store/CURRENT")"
  printf '%-22s %7.1f s  peak RSS %5d MB  %9s triples  %4s documents in  %3s left out  text index %s\n' "$name" \
    "$(echo "$t1 - $t0" | bc)" "$(( $(tail -1 "$WORK/$name.rss") / 1024 ))" \
    "$(grep -oP '^Graph: \K[0-9]+' "$WORK/$name.out")" \
    "$(grep -oP '^Corpus folders .*: \K[0-9]+(?= documents in)' "$WORK/$name.out" || echo 0)" \
    "$(grep -c '^Left out: ' "$WORK/$name.out" || true)" \
    "$(du -sh "$store/generations/$gen/text" | cut -f1)"
}

# serve NAME CORPUS_DIRS: the store of `run NAME` served (same inputs, so no rebuild), its latencies measured;
# the pages timed are those of the first store served (the seeds'), present at every size.
serve() {
  local port="${PORT:-8098}"
  # Read the generation once so it is in the page cache, as on a server that has been running: right after the
  # 10x build its 965 MB index was not, and 20 s of warm-up did not bring it in (search p50 80.6 against 34.8 ms).
  local gen="$WORK/store-$1/generations/$(cat "$WORK/store-$1/CURRENT")"
  find "$gen/tdb2" "$gen/text" -type f -exec cat {} + >/dev/null
  # The SPARQL limits raised: at 10x a whole-graph query of the suite runs past the default 10 s.
  start_service "$port" "$WORK/store-$1" ${2:+--policykg.corpus-dirs="$2"} --policykg.response-cache-bytes=0 \
      --policykg.sparql.timeout=300s --policykg.sparql.client-budget=36000s
  printf '%-22s %s\n' "$1" "$(/usr/bin/python3 "$ROOT/scripts/serving_timing.py" "http://127.0.0.1:$port" "$ROOT/queries" 60 5 "$WORK/pages.txt")"
  stop_started
}

echo "$(nproc) cores, heap $HEAP, corpus $CORPUS"
if [ -z "$SERVE_ONLY" ]; then
  run seeds ""
  run nq57 "$CORPUS/nq57"
  run gazette-100 "$WORK/gazette-100"
  run all "$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf"
  [ "$SYNTHETIC" -gt 1 ] && run "synthetic-${SYNTHETIC}x" "$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf,$SYNTHETIC_DIRS"
fi
echo "serving, ms (one request at a time, after 60 s of searches and 60 s of pages under 8 connections):"
serve seeds ""
serve nq57 "$CORPUS/nq57"
serve gazette-100 "$WORK/gazette-100"
# The full corpus's store of an earlier run holds the document added at its end, from a folder of its own.
ADDED=""; [ -n "$(ls -A "$WORK/added" 2>/dev/null)" ] && ADDED="$WORK/added,"
serve all "$ADDED$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf"
[ "$SYNTHETIC" -gt 1 ] && serve "synthetic-${SYNTHETIC}x" "$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf,$SYNTHETIC_DIRS"

# The growth line of search (the largest store against the 100-document one) with both served at once and their
# requests interleaved: the p50s above, minutes apart, move with whatever else the machine runs.
LARGEST=all; LARGEST_DIRS="$ADDED$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf"
[ "$SYNTHETIC" -gt 1 ] && LARGEST="synthetic-${SYNTHETIC}x" && LARGEST_DIRS="$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf,$SYNTHETIC_DIRS"
SMALL_PORT="${PORT:-8098}"; LARGE_PORT=$((SMALL_PORT + 1)); SMALL_PID=""
trap '[ -n "$SMALL_PID" ] && kill "$SMALL_PID" 2>/dev/null; stop_started' EXIT
start_service "$SMALL_PORT" "$WORK/store-gazette-100" --policykg.corpus-dirs="$WORK/gazette-100" --policykg.response-cache-bytes=0
SMALL_PID=$STARTED_PID
start_service "$LARGE_PORT" "$WORK/store-$LARGEST" --policykg.corpus-dirs="$LARGEST_DIRS" --policykg.response-cache-bytes=0
echo "search, gazette-100 and $LARGEST served at once, requests interleaved:"
/usr/bin/python3 "$ROOT/scripts/search_ratio.py" "http://127.0.0.1:$SMALL_PORT" "http://127.0.0.1:$LARGE_PORT"
stop_started; kill "$SMALL_PID" 2>/dev/null || true; wait "$SMALL_PID" 2>/dev/null || true; SMALL_PID=""
[ -n "$SERVE_ONLY" ] && exit 0

# Adding one document to the full corpus: a new folder beside it holding one more file.
mkdir -p "$WORK/added"
t0=$(date +%s.%N)
"$JAVA" -Xmx"$HEAP" -jar "$ROOT/target/policy-kg.jar" add --policykg.data-dir="$ROOT/data" --policykg.store-dir="$WORK/store-all" \
    --policykg.corpus-dirs="$WORK/added,$CORPUS/nq57,$WORK/gazette-but-one,$CORPUS/gazette-pdf" "$HELD_OUT" \
    >"$WORK/add.out" 2>"$WORK/add.err" || [ $? = 3 ]
t1=$(date +%s.%N)
printf 'add one document (%s) to all: %.1f s (%s)\n' "$(basename "$HELD_OUT")" "$(echo "$t1 - $t0" | bc)" "$(grep '^Publication log' "$WORK/add.out")"
echo "reports in $WORK"

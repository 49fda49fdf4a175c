"""Search p50 of two running services with their requests interleaved (scripts/build-benchmark.sh's growth line).

usage: search_ratio.py SMALL_URL LARGE_URL [WARMUP_SECONDS] [PASSES]

Timed one size after another, minutes apart, on a shared machine, the ratio of two stores' search p50s swung from
2.6 to 8.4 between runs of unchanged code. Here both services run at once: each is warmed untimed (searches under
8 connections for WARMUP_SECONDS, default 120), then PASSES (default 6) passes of 10 rounds, each round the ten
phrases to one service and then to the other, one request at a time, a new connection each. Prints each pass's
p50s and their ratio (large / small), then the medians. Both services should run with their in-memory cache off.
The default warm-up is past where the large store's p50 stopped falling: warmed 30 s at a time and timed after each,
the 10x store gave 12.9-14.7 ms after 30 s, 5.4-6.7 after 60 s and 4.2-5.9 from 90 s to 240 s (one pass 7.3); the
100-document store 7.5-9.1, then 1.9-3.1 from 60 s on (README, "Warm-up of the growth line").
"""
import statistics
import sys
import time
import urllib.parse
import urllib.request

from keep_sending import keep_sending
from search_phrases import PHRASES

small, large = sys.argv[1], sys.argv[2]
warmup = float(sys.argv[3]) if len(sys.argv) > 3 else 120.0
passes = int(sys.argv[4]) if len(sys.argv) > 4 else 6
ROUNDS = 10


def search(base, phrase):
    start = time.perf_counter()
    with urllib.request.urlopen(base + "/api/search?limit=10&q=" + urllib.parse.quote(phrase), timeout=300) as r:
        r.read()
    return (time.perf_counter() - start) * 1000


keep_sending([lambda p=p: search(small, p) for p in PHRASES], warmup)
keep_sending([lambda p=p: search(large, p) for p in PHRASES], warmup)
ratios, small_p50s, large_p50s = [], [], []
for n in range(1, passes + 1):
    small_times, large_times = [], []
    for _ in range(ROUNDS):
        small_times += [search(small, p) for p in PHRASES]
        large_times += [search(large, p) for p in PHRASES]
    s, l = statistics.median(small_times), statistics.median(large_times)
    small_p50s.append(s)
    large_p50s.append(l)
    ratios.append(l / s)
    print(f"pass {n}: search p50 {s:.2f} and {l:.2f} ms, ratio {l / s:.2f}")
print(f"medians: {statistics.median(small_p50s):.2f} and {statistics.median(large_p50s):.2f} ms, "
      f"ratio {statistics.median(ratios):.2f} (passes {min(ratios):.2f} to {max(ratios):.2f})")

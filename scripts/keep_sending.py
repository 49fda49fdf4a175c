"""Untimed load for warming a service up (serving_timing.py, search_ratio.py): the compiler and caches settle."""
import threading
import time


def keep_sending(requests, seconds, connections=8):
    """Calls the REQUESTS (functions of no argument) in turn from CONNECTIONS threads for SECONDS."""
    until = time.perf_counter() + seconds

    def loop(start):
        i = start
        while time.perf_counter() < until:
            requests[i % len(requests)]()
            i += 1

    threads = [threading.Thread(target=loop, args=(c,)) for c in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

"""Reads a CSV file with Python's csv module (RFC 4180 quoting, a parser independent of ours) and prints
its rows as JSON objects keyed by the header row."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))

#!/usr/bin/python3
"""A second RDF implementation's reading of our files: for each FILE:FORMAT argument, parse FILE with
rdflib as FORMAT (turtle, json-ld, xml, nt) and print "<triples>\t<FILE>". A parse error ends with status 1
and rdflib's message, so the calling test fails with it. Run with Debian's python3-rdflib."""
import sys

import rdflib


def main(args):
    for arg in args:
        path, fmt = arg.rsplit(":", 1)
        graph = rdflib.Graph()
        try:
            graph.parse(path, format=fmt)
        except Exception as e:  # report every parser's failure the same way
            print(f"cannot parse {path} as {fmt}: {e}", file=sys.stderr)
            return 1
        print(f"{len(graph)}\t{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

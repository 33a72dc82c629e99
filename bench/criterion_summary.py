#!/usr/bin/env python3
"""Reads `cargo bench --bench render` output on stdin; prints one line per benchmark
(name: median) and, for the `render/` group, the slowest and the median screen per language
and size."""
import re
import statistics
import sys

SKIP = re.compile(r"^(Benchmarking|Found|Gnuplot|WARNING|\s+\d|\s*$|\s+(change|thrpt):)")
UNIT = {"ns": 1e-3, "µs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}

results = []
previous = ""
for line in sys.stdin:
    line = line.rstrip("\n")
    m = re.search(r"time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", line)
    if m:
        name = line[: line.index("time:")].strip() or previous
        micros = float(m.group(1)) * UNIT[m.group(2)]
        results.append((name, micros))
        print(f"{name}: {m.group(1)} {m.group(2)}")
    elif not SKIP.match(line):
        previous = line.strip()

groups = {}
for name, micros in results:
    m = re.match(r"render/(\S+) (\w+) (\d+x\d+)$", name)
    if m:
        groups.setdefault((m.group(2), m.group(3)), []).append((micros, m.group(1)))
for (lang, size), rows in sorted(groups.items()):
    slowest = max(rows)
    median = statistics.median(r[0] for r in rows)
    print(
        f"every screen, {lang} {size}: {len(rows)} screens, median {median:.0f} µs, "
        f"slowest {slowest[0]:.0f} µs ({slowest[1]})"
    )

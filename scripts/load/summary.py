"""Print the load figures from locust's CSV statistics: requests/s, p50/p95/p99 per group and overall, and
the error count. Exits 1 when any request failed (the target is zero errors)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

TARGET_MS = 100
TARGET_GROUPS = (
    "catalogue",
    "catalogue search",
    "catalogue facets",
    "secretariat dashboard",
    "city dashboard",
    "startup cities for you",
    "startup dashboard",
)


def _is_target(name: str) -> bool:
    """Every page and API list read (issue 17: p95 < 100 ms each); not the writes, nor signing in."""
    return name in TARGET_GROUPS or name.startswith(("api ", "staff api ", "secretariat "))


def _read(path: str) -> list[dict[str, str]]:
    with Path(path).open() as handle:
        return list(csv.DictReader(handle))


def main(prefix: str, users: str, seconds: str) -> int:
    rows, failures = _read(f"{prefix}_stats.csv"), _read(f"{prefix}_failures.csv")
    width = max(len(row["Type"]) + 1 + len(row["Name"]) for row in rows)
    print(f"\nLoad: {users} concurrent users for {seconds} (5 started per second), think time 0.5-1.5 s")
    columns = ("requests", "errors", "req/s", "p50", "p95", "p99")
    print(f"{'group':<{width}}  " + "  ".join(f"{c:>8}" for c in columns) + "  (latencies in ms)")
    missed = []
    for row in rows:
        name = "overall" if row["Name"] == "Aggregated" else f"{row['Type']} {row['Name']}"
        values = (
            row["Request Count"],
            row["Failure Count"],
            f"{float(row['Requests/s']):.1f}",
            row["50%"],
            row["95%"],
            row["99%"],
        )
        print(f"{name:<{width}}  " + "  ".join(f"{v:>8}" for v in values))
        if _is_target(row["Name"]) and float(row["95%"]) >= TARGET_MS:
            missed.append(f"{name} p95 {row['95%']} ms")
    errors = sum(int(row["Failure Count"]) for row in rows if row["Name"] != "Aggregated")
    print(f"errors: {errors}")
    for failure in failures:
        print(f"  {failure['Method']} {failure['Name']}: {failure['Error']} x{failure['Occurrences']}")
    verdict = ("missed: " + ", ".join(missed)) if missed else "met"
    print(f"target (every page and API list p95 < {TARGET_MS} ms): {verdict}")
    total = int(next(row for row in rows if row["Name"] == "Aggregated")["Request Count"])
    if not total:
        print("no request was made")
    return 1 if errors or not total else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""Writes the benchmark's summary (Markdown) from Gatling's statistics of both simulations.

Run by .ci/benchmark; standard library only.
"""
import argparse
import glob
import html
import os
import platform
import re
import subprocess

HEAVY = ("synthesis", "cycle overview", "capacity-building needs")


def latest_stats(gatling, simulation):
    """The statistics table of the newest report of a simulation: a row per request, the first
    for all requests together. Gatling 3.15 writes it into index.html only."""
    runs = sorted(glob.glob(os.path.join(gatling, simulation.lower() + "-*", "index.html")))
    if not runs:
        return None
    page = open(runs[-1], encoding="utf-8").read()
    rows = []
    for row in re.findall(r'<tr id="(?:ROOT|req_[^"]*)".*?</tr>', page, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row).group(1)
        cells = {int(col): value for col, value in re.findall(r'class="value \w+ col-(\d+)">([^<]*)<', row)}
        rows.append({"name": html.unescape(name), "count": number(cells.get(2)), "ko": number(cells.get(4)),
                     "rps": number(cells.get(6)), "p50": number(cells.get(8)), "p95": number(cells.get(10)),
                     "p99": number(cells.get(11)), "max": number(cells.get(12))})
    return rows


def number(value):
    try:
        return float(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return 0.0


def target(name):
    return 300 if any(word in name for word in HEAVY) else 100


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


def main():
    parser = argparse.ArgumentParser()
    for name in ("--out", "--gatling", "--startup-ms", "--generation-seconds", "--years", "--users",
                 "--phase-seconds", "--counts"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()
    phase = float(args.phase_seconds)
    lines = ["# Benchmark summary", ""]
    cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo", encoding="utf-8").read())
    lines += [
        f"- Machine: {os.cpu_count()} cores ({cpu.group(1) if cpu else '?'}), {platform.system()} {platform.release()}",
        f"- Java: {command('java', '-version') or command('sh', '-c', 'java -version 2>&1 | head -n 1')}",
        f"- PostgreSQL: {command('sh', '-c', 'psql --version')}",
        f"- Data: {args.years} years, generated in {args.generation_seconds} s; {args.users} people at once",
        f"- Start-up to ready (readiness probe answering): {int(args.startup_ms) / 1000:.1f} s (target < 10 s)",
    ]
    heap = []
    heap_file = os.path.join(args.out, "heap.txt")
    if os.path.exists(heap_file):
        for line in open(heap_file, encoding="utf-8"):
            used = re.search(r"used (\d+)K", line)
            if used:
                heap.append(int(used.group(1)) // 1024)
    if heap:
        lines.append(f"- Heap in use under load (sampled every 5 s, -Xmx512m): at most {max(heap)} MB, "
                     f"median {sorted(heap)[len(heap) // 2]} MB (target < 512 MB)")
    lines.append("")

    journeys = latest_stats(args.gatling, "JourneysSimulation")
    if journeys:
        lines += ["## Journeys (mixed load)", "",
                  "| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | p95 target | met |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
        for row in journeys[1:]:
            goal = target(row["name"])
            met = row["p95"] < goal and (goal == 300 or row["p99"] < 250)
            lines.append(f"| {row['name']} | {row['count']:.0f} | {row['ko']:.0f} | {row['p50']:.0f} | "
                         f"{row['p95']:.0f} | {row['p99']:.0f} | {row['max']:.0f} | {goal} | "
                         f"{'yes' if met else '**no**'} |")
        total = journeys[0]
        lines += ["", f"All requests: {total['count']:.0f}, errors: {total['ko']:.0f}, "
                      f"{total['rps']:.0f} requests/s; p95 {total['p95']:.0f} ms, p99 {total['p99']:.0f} ms", ""]

    throughput = latest_stats(args.gatling, "ThroughputSimulation")
    if throughput:
        # the sign-ins only prepare the signed-in phases
        pages = [row for row in throughput[1:] if "sign" not in row["name"]]
        probe = next((row["count"] / phase for row in pages if row["name"] == "health probe"), None)
        lines += ["## Each page alone", "",
                  f"{args.users} people asking for one page for {args.phase_seconds} s, one page after the other.", "",
                  "| page | requests/s | share of the health probe | p95 ms | p99 ms | errors |",
                  "|---|---:|---:|---:|---:|---:|"]
        for row in pages:
            rate = row["count"] / phase
            share = f"{rate / probe:.1%}" if probe else "?"
            lines.append(f"| {row['name']} | {rate:.0f} | {share} | {row['p95']:.0f} | {row['p99']:.0f} | "
                         f"{row['ko']:.0f} |")
        lines.append("")

    if os.path.exists(args.counts):
        lines += ["## The dataset", "", "```", open(args.counts, encoding="utf-8").read().strip(), "```", ""]
    print("\n".join(lines))


if __name__ == "__main__":
    main()

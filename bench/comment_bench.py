#!/usr/bin/env python3
"""What the comment costs on top of the table, measured the way a user runs it.

  bench/comment_bench.py [--runs N]

1. Start-up: the increase fixture (5 resources, .tollgate.yml) as --format table and as
   --format github-comment: the difference is loading the templates (JMustache), the config
   (Jackson YAML, schema) and rendering the comment.
2. Advice at scale: the generated 10,000-instance plan of estimate_bench.py as --format table (which
   runs every advice rule on every changed instance) and as --format json (which skips advice).

Medians of N whole-process runs (JVM start included); not a test. The variants of each group run
interleaved (A, B, C, A, B, C, ...) so that load from other processes on a shared machine falls on
all of them alike.
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import estimate_bench as eb  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    a = parser.parse_args()
    cfg = os.path.join(eb.ROOT, "test-fixtures", "comment", "increase", ".tollgate.yml")
    plan = os.path.join(eb.ROOT, "test-fixtures", "comment", "increase", "plan.json")
    print("machine: %d cores, load average %.1f" % (os.cpu_count(), os.getloadavg()[0]))
    interleaved([
        ("increase fixture, table, no config", ["estimate", "--path", plan, "--format", "table"]),
        ("increase fixture, table, .tollgate.yml", ["estimate", "--config", cfg, "--format", "table"]),
        ("increase fixture, github-comment", ["estimate", "--config", cfg, "--format", "github-comment"]),
        ("increase fixture, html", ["estimate", "--config", cfg, "--format", "html"]),
    ], a.runs)
    os.makedirs(eb.GENERATED, exist_ok=True)
    path = os.path.join(eb.GENERATED, "fleet-10000.json")
    if not os.path.exists(path):
        eb.generate(10000, path)
    interleaved([
        ("10,000 instances, json (no advice)", ["estimate", "--path", path, "--format", "json"]),
        ("10,000 instances, table (advice)", ["estimate", "--path", path, "--format", "table"]),
        ("10,000 instances, github-comment", ["estimate", "--path", path, "--format", "github-comment"]),
    ], max(3, a.runs // 2))
    print("load average at the end %.1f" % os.getloadavg()[0])


def interleaved(variants, runs):
    for _, args in variants:
        run_allowing_policy_exit(args)  # warm caches
    results = {label: [] for label, _ in variants}
    for _ in range(runs):
        for label, args in variants:
            results[label].append(run_allowing_policy_exit(args))
    for label, rs in results.items():
        walls = [w for w, _ in rs]
        print("%-40s median %.3f s  (min %.3f, max %.3f, n=%d)  peak RSS %.0f MiB" % (
            label, eb.statistics.median(walls), min(walls), max(walls), len(walls), max(m for _, m in rs)))


def run_allowing_policy_exit(args):
    """Like estimate_bench.run, but exit code 1 (a failing budget) is the expected result here."""
    import time
    start = time.perf_counter()
    proc = subprocess.Popen([os.path.join(eb.ROOT, "tollgate")] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("tollgate failed: " + proc.stderr.read().decode())
    return wall, usage.ru_maxrss / 1024.0


if __name__ == "__main__":
    main()

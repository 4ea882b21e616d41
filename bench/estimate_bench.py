#!/usr/bin/env python3
"""Process wall time and peak memory of `tollgate estimate`, measured the way a user runs it.

  bench/estimate_bench.py [--runs N]

1. The largest corpus plan (infracost__terraform_v0.12_plan.json, 407 KB): N runs of ./tollgate.
2. Generated plans of 10,000 and 20,000 changed aws_instance resources (with root and data volumes,
   every third one replaced, every fifth one resized): N runs each, with peak RSS, and the 20k/10k
   ratio of median times (doubling the plan should at most double the time).

Reports medians (and min/max) because this 2-core machine is noisy. Not a test: nothing here fails
a build; the figures go in the README.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("TOLLGATE_SHARED", os.path.join(ROOT, "..", "shared"))
GENERATED = os.path.join(HERE, "generated")
TYPES = ["m5.large", "m5.xlarge", "c5.large", "c6i.xlarge", "r5.large", "t3.medium", "m6g.large", "c7g.2xlarge"]


def generate(count, path):
    rng = random.Random(count)
    changes = []
    for i in range(count):
        itype = rng.choice(TYPES)
        after = {
            "ami": "ami-0123456789abcdef0", "instance_type": itype, "tags": {"team": "t%d" % (i % 17), "env": "prod"},
            "root_block_device": [{"volume_size": 20 + i % 30, "volume_type": "gp3", "delete_on_termination": True}],
            "ebs_block_device": [{"device_name": "/dev/sdf", "volume_size": 100, "volume_type": rng.choice(["gp2", "gp3", "io1"]),
                                  "iops": 3000, "delete_on_termination": True}],
            "credit_specification": [], "monitoring": i % 4 == 0, "ebs_optimized": True,
        }
        unknown = {"id": True, "arn": True, "availability_zone": True, "tenancy": True, "host_id": True,
                   "root_block_device": [{"volume_id": True, "iops": True, "throughput": True}],
                   "ebs_block_device": [{"volume_id": True, "throughput": True}]}
        if i % 3 == 0:
            actions, before = ["delete", "create"], dict(after, id="i-%08x" % i)
        elif i % 5 == 0:
            actions, before = ["update"], dict(after, id="i-%08x" % i, instance_type=rng.choice(TYPES))
        else:
            actions, before = ["create"], None
        changes.append({"address": "aws_instance.fleet[%d]" % i, "mode": "managed", "type": "aws_instance",
                        "name": "fleet", "index": i, "provider_name": "registry.terraform.io/hashicorp/aws",
                        "change": {"actions": actions, "before": before, "after": after, "after_unknown": unknown}})
    plan = {"format_version": "1.2", "terraform_version": "1.9.5", "resource_changes": changes,
            "configuration": {"provider_config": {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "us-east-1"}}}},
                              "root_module": {"resources": [{"address": "aws_instance.fleet", "provider_config_key": "aws"}]}}}
    with open(path, "w") as f:
        json.dump(plan, f)


def run(args):
    """One process: wall seconds and peak RSS in MiB (of the java process the launcher execs)."""
    start = time.perf_counter()
    proc = subprocess.Popen([os.path.join(ROOT, "tollgate")] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("tollgate failed: " + proc.stderr.read().decode())
    return wall, usage.ru_maxrss / 1024.0


def measure(label, args, runs):
    run(args)  # warm the page cache and the launcher's class-data archive
    results = [run(args) for _ in range(runs)]
    walls = [w for w, _ in results]
    peak = max(m for _, m in results)
    med = statistics.median(walls)
    print("%-34s median %.3f s  (min %.3f, max %.3f, n=%d)  peak RSS %.0f MiB" % (label, med, min(walls), max(walls), runs, peak))
    return med, peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    a = parser.parse_args()
    os.makedirs(GENERATED, exist_ok=True)
    largest = os.path.join(SHARED, "corpus", "plans", "infracost__terraform_v0.12_plan.json")
    print("machine: %d cores; java: %s" % (os.cpu_count(), subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))
    measure("largest corpus plan (407 KB)", ["estimate", "--path", largest], a.runs)
    sizes = {}
    for n in (10000, 20000):
        path = os.path.join(GENERATED, "fleet-%d.json" % n)
        if not os.path.exists(path):
            generate(n, path)
        mb = os.path.getsize(path) / 1e6
        sizes[n] = measure("%d aws_instance changes (%.0f MB)" % (n, mb), ["estimate", "--path", path, "--format", "json"], a.runs)
    print("20k / 10k median time ratio: %.2f" % (sizes[20000][0] / sizes[10000][0]))


if __name__ == "__main__":
    main()

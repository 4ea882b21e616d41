#!/usr/bin/env python3
"""Time of the HCL loader on the corpus's Terraform folders, in fresh JVMs with the launcher's options.

  bench/hcl_bench.py [--runs N]

Each run is a new JVM running bench/HclBench.java, which times from the start of main() (JVM
start-up excluded, JIT warm-up included) to the last root evaluated:
1. all 24 corpus root modules one after the other in one process;
2. terraform-aws-vpc/examples/complete alone; 3. terraform-aws-ec2-instance/examples/complete alone.

Reports medians (and min/max): this 2-core machine is shared and noisy. Not a test.
"""
import argparse
import os
import re
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("TOLLGATE_SHARED", os.path.join(ROOT, "..", "shared"))
JAR = os.path.join(ROOT, "target", "tollgate.jar")
CLASSES = os.path.join(ROOT, "target", "bench-classes")
OPTS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss4m"]


def build():
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    os.makedirs(CLASSES, exist_ok=True)
    subprocess.run(["javac", "-d", CLASSES, "-cp", JAR, os.path.join(HERE, "HclBench.java")], check=True)


def once(what):
    out = subprocess.run(["java", *OPTS, "-cp", CLASSES + os.pathsep + JAR, "HclBench",
                          os.path.join(SHARED, "corpus", "hcl"), what], check=True, capture_output=True, text=True).stdout
    lines = out.strip().splitlines()
    per_root = {l.rsplit(" ", 2)[0]: float(l.rsplit(" ", 2)[1]) / 1000 for l in lines[1:]}
    m = re.match(r"([\d.]+) ms, ([\d.]+) ms cpu", lines[0])
    return float(m.group(1)) / 1000, float(m.group(2)) / 1000, lines[0], per_root


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=10)
    args = p.parse_args()
    build()
    largest = ["terraform-aws-vpc/examples/complete", "terraform-aws-ec2-instance/examples/complete"]
    within = {r: [] for r in largest}
    for what in ["all"] + largest:
        times = []
        cpus = []
        last = ""
        for _ in range(args.runs):
            t, cpu, last, per_root = once(what)
            times.append(t)
            cpus.append(cpu)
            if what == "all":
                for r in largest:
                    within[r].append(per_root[r])
        print(f"{what}{' (alone, fresh JVM)' if what != 'all' else ''}: median {statistics.median(times):.3f} s, "
              f"min {min(times):.3f} s, max {max(times):.3f} s; CPU median {statistics.median(cpus):.3f} s "
              f"({args.runs} runs; {last.split(', ', 2)[2]})")
    for r in largest:
        print(f"{r} (within the all-roots process): median {statistics.median(within[r]):.3f} s, "
              f"min {min(within[r]):.3f} s, max {max(within[r]):.3f} s")
    print(f"load average during the runs: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main()

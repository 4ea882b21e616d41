#!/usr/bin/env python3
"""Timings of the Infracost price paths, on this machine only (loopback, bounded loops).

  bench/price_paths_bench.py [--runs N] [--requests N]

1. `tollgate prices serve` answering the Infracost CLI's request shape: a JSON array of `products`
   queries (batches of 5, as the CLI sends, and of 50, as Tollgate's client sends) for EC2 instance
   types across regions; N sequential requests each, median and p90 latency.
2. `tollgate estimate --prices infracost-api` against that endpoint, the whole process as a user runs
   it: with an empty price cache (one batched request) and with a warm one (no request), next to
   `--prices local` on the same plan.

Reports medians (and min/max or p90) because this 2-core machine is noisy. Not a test: nothing here
fails a build; the figures go in the README.
"""
import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLAN = os.path.join(ROOT, "test-fixtures", "plans", "web-app.json")
QUERY = ("query($productFilter: ProductFilter!, $priceFilter: PriceFilter) {"
         " products(filter: $productFilter) { prices(filter: $priceFilter) { priceHash USD } } }")
TYPES = ["t3.micro", "t3.large", "m5.large", "m5.xlarge", "c5.large", "c6i.2xlarge", "r5.large", "m6g.large"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def query(rng):
    return {"query": QUERY, "variables": {
        "productFilter": {"vendorName": "aws", "service": "AmazonEC2", "productFamily": "Compute Instance",
                          "region": rng.choice(REGIONS), "attributeFilters": [
                              {"key": "instanceType", "value": rng.choice(TYPES)}, {"key": "tenancy", "value": "Shared"},
                              {"key": "operatingSystem", "value": "Linux"}, {"key": "capacitystatus", "value": "Used"},
                              {"key": "preInstalledSw", "value": "NA"}]},
        "priceFilter": {"purchaseOption": "on_demand"}}}


def post(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def serve(port):
    proc = subprocess.Popen([os.path.join(ROOT, "tollgate"), "prices", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/health" % port, timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("prices serve did not start")


def endpoint_latency(url, batch, requests):
    rng = random.Random(batch)
    for _ in range(20):  # warm up: JIT, catalog blocks
        post(url, [query(rng) for _ in range(batch)])
    times = []
    for _ in range(requests):
        body = [query(rng) for _ in range(batch)]
        start = time.perf_counter()
        out = post(url, body)
        times.append(time.perf_counter() - start)
        assert len(out) == batch and all("errors" not in r for r in out), out
    times.sort()
    print("serve, batches of %2d queries: median %.1f ms, p90 %.1f ms  (n=%d; %.0f queries/s sequential)" % (
        batch, 1000 * statistics.median(times), 1000 * times[int(0.9 * len(times))], requests,
        batch / statistics.median(times)))


def run(args, env):
    start = time.perf_counter()
    done = subprocess.run([os.path.join(ROOT, "tollgate")] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if done.returncode != 0:
        sys.exit("tollgate failed: " + done.stderr.decode())
    return time.perf_counter() - start


def estimate_times(url, runs):
    env = dict(os.environ, INFRACOST_API_KEY="bench")
    api = ["estimate", "--path", PLAN, "--prices", "infracost-api", "--pricing-api-endpoint", url]
    run(["estimate", "--path", PLAN], env)
    local = [run(["estimate", "--path", PLAN], env) for _ in range(runs)]
    cold, warm = [], []
    for _ in range(runs):
        cache = tempfile.mkdtemp(prefix="tollgate-bench-cache")
        try:
            cold.append(run(api + ["--price-cache", cache], env))
            warm.append(run(api + ["--price-cache", cache], env))
        finally:
            shutil.rmtree(cache)
    for label, xs in (("local catalog", local), ("infracost-api, empty cache", cold), ("infracost-api, warm cache", warm)):
        print("estimate web-app.json, %-27s median %.3f s  (min %.3f, max %.3f, n=%d)" % (
            label + ":", statistics.median(xs), min(xs), max(xs), len(xs)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--requests", type=int, default=300)
    a = parser.parse_args()
    print("machine: %d cores; java: %s" % (os.cpu_count(), subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))
    port = free_port()
    proc = serve(port)
    try:
        url = "http://127.0.0.1:%d" % port
        endpoint_latency(url + "/graphql", 5, a.requests)
        endpoint_latency(url + "/graphql", 50, a.requests)
        estimate_times(url, a.runs)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Webhook answer times of `tollgate serve` under a steady load, and how fast its workers keep up.

  bench/serve_load.py [--rate 300] [--seconds 60] [--warmup 15] [--workers 4] [--jar target/tollgate.jar]
                      [--database-url 'jdbc:sqlite:DATA/t.db?synchronous=FULL']   (DATA: the run's temporary folder)

Starts the packaged jar (embedded SQLite in a fresh temporary data directory, the default `none`
pipeline, so a job is the queue's own work: claim, run, record), then sends signed GitHub
`pull_request` deliveries on loopback at a fixed rate (open loop: each delivery has a scheduled
send time, and its latency is measured from that time, so a slow server cannot hide behind a slow
client). Each delivery is the octokit `synchronize` example payload from ../shared with its own PR
number, so no job supersedes another. Reports answer-time p50 / p99 / max, the jobs finished per
second (from /metrics), and the server's resident memory (current and peak, from /proc). Not a test:
nothing here fails a build; the figures go in the README.
"""
import argparse
import hashlib
import hmac
import http.client
import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("TOLLGATE_SHARED", os.path.join(ROOT, "..", "shared"))
PAYLOAD = os.path.join(SHARED, "reference/vcs/github-webhooks/octokit-webhooks/payload-examples/api.github.com/pull_request/synchronize.payload.json")
SECRET = b"load test secret"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        c.request("GET", path)
        r = c.getresponse()
        return r.status, r.read().decode()
    finally:
        c.close()


def metric(text, name):
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name):
            total += float(line.rsplit(" ", 1)[1])
    return total


def memory(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM")):
                k, v = line.split(":")
                out[k] = int(v.split()[0]) // 1024
    return out


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    i = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[i]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=int, default=300)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "tollgate.jar"))
    ap.add_argument("--clients", type=int, default=64, help="concurrent client connections")
    ap.add_argument("--database-url", help="instead of the embedded default, e.g. jdbc:sqlite:FILE?synchronous=FULL")
    ap.add_argument("--warmup", type=int, default=15, help="seconds of the same load first, not measured (JIT warm-up)")
    args = ap.parse_args()

    template = json.load(open(PAYLOAD))
    load_before = open("/proc/loadavg").read().split()[0]
    data = tempfile.mkdtemp(prefix="tollgate-load-")
    port = free_port()
    env = dict(os.environ, TOLLGATE_GITHUB_WEBHOOK_SECRET=SECRET.decode())
    log = open(os.path.join(data, "serve.log"), "w")
    cmd = ["java", "-jar", args.jar, "serve", "--bind", "127.0.0.1", "--port", str(port),
           "--data-dir", os.path.join(data, "db"), "--workers", str(args.workers)]
    if args.database_url:
        cmd += ["--database-url", args.database_url.replace("DATA", os.path.join(data, "db"))]
    server = subprocess.Popen(cmd,
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                if get(port, "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline or server.poll() is not None:
                sys.exit("serve did not become ready; see " + log.name)
            time.sleep(0.1)

        warm = args.rate * args.warmup
        total = args.rate * args.seconds
        bodies = []
        for i in range(warm + total):
            template["number"] = i + 1
            template["pull_request"]["number"] = i + 1
            b = json.dumps(template).encode()
            bodies.append((b, "sha256=" + hmac.new(SECRET, b, hashlib.sha256).hexdigest()))
        work = queue.Queue()
        results = []
        lock = threading.Lock()

        def client():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine = []
            while True:
                item = work.get()
                if item is None:
                    break
                i, scheduled = item
                body, sig = bodies[i]
                headers = {"X-GitHub-Event": "pull_request", "X-GitHub-Delivery": "load-%d" % i,
                           "X-Hub-Signature-256": sig, "Content-Type": "application/json"}
                try:
                    conn.request("POST", "/webhooks/github", body, headers)
                    r = conn.getresponse()
                    r.read()
                    status = r.status
                except OSError:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    status = 0
                mine.append((time.perf_counter() - scheduled, status))
            with lock:
                results.extend(mine)

        def run(first, count):
            del results[:]
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            begin = time.perf_counter()
            for k in range(count):
                at = begin + k / args.rate
                delay = at - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                work.put((first + k, at))
            for _ in threads:
                work.put(None)
            for t in threads:
                t.join()
            return begin

        if warm:
            run(0, warm)
            while metric(get(port, "/metrics")[1], "tollgate_job_latency_seconds_count") < warm:
                time.sleep(0.2)
        done_before = metric(get(port, "/metrics")[1], "tollgate_job_latency_seconds_count")
        start = run(warm, total)
        sent_for = time.perf_counter() - start
        mem_after_send = memory(server.pid)
        # Let the workers drain the queue, timing how long the whole batch took to be processed.
        while True:
            m = get(port, "/metrics")[1]
            done = metric(m, "tollgate_job_latency_seconds_count") - done_before
            if done >= total or time.perf_counter() - start > args.seconds * 10:
                break
            time.sleep(0.2)
        drained_for = time.perf_counter() - start
        mem = memory(server.pid)

        lat = sorted(r[0] * 1000 for r in results)
        statuses = {}
        for _, s in results:
            statuses[s] = statuses.get(s, 0) + 1
        print("deliveries: %d at %d/s for %d s (sent in %.1f s) after %d s of warm-up, %d client connections, load average before: %s" % (
            total, args.rate, args.seconds, sent_for, args.warmup, args.clients, load_before))
        print("answers: %s" % ", ".join("%s x%d" % (k, v) for k, v in sorted(statuses.items())))
        print("answer time from scheduled send: p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (
            percentile(lat, 50), percentile(lat, 99), lat[-1]))
        print("jobs done: %d in %.1f s from the first delivery: %.0f jobs/s" % (done, drained_for, done / drained_for))
        print("server memory: RSS %d MiB after sending, %d MiB after draining, peak %d MiB" % (
            mem_after_send["VmRSS"], mem["VmRSS"], mem["VmHWM"]))
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()

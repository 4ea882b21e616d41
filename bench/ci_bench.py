#!/usr/bin/env python3
"""Wall time and peak memory of `tollgate ci`, and what registering `ci` costs `tollgate estimate`.

  bench/ci_bench.py [--runs N] [--baseline-jar OLD.jar]

1. `tollgate ci --dry-run` as GitHub Actions runs it: a temporary git repository made from
   test-fixtures/pr (base commit, then the resized instance and the added volume), the synchronize
   event written for those commits, the packaged jar with the launcher's JVM options (no class-data
   archive). Measures the whole process: git, writing out the base tree, evaluating and pricing both
   sides, the comment. Nothing is posted (--dry-run).
2. With --baseline-jar (a jar built from before `ci` existed): `estimate` on the bundled example
   with each jar, interleaved, N pairs, to see whether registering `ci` moves start-up.

Reports medians (and min/max) because this 2-core machine is noisy. Not a test.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "target", "tollgate.jar")
OPTS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss4m"]


def run(cmd, env=None, cwd=None):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("failed (%d): %s" % (code, proc.stderr.read().decode()))
    return wall, usage.ru_maxrss / 1024.0


def commit(repo, message):
    subprocess.run(["git", "-C", repo, "add", "-A"], check=True)
    subprocess.run(["git", "-C", repo, "commit", "-q", "-m", message], check=True)
    return subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True, stdout=subprocess.PIPE).stdout.decode().strip()


def layer(repo, name):
    shutil.copytree(os.path.join(ROOT, "test-fixtures", "pr", name), repo, dirs_exist_ok=True)


def repository(tmp):
    repo = os.path.join(tmp, "repo")
    os.makedirs(repo)
    subprocess.run(["git", "-C", repo, "init", "-q", "-b", "main"], check=True)
    for k, v in (("user.email", "bench@tollgate.invalid"), ("user.name", "bench"), ("commit.gpgsign", "false")):
        subprocess.run(["git", "-C", repo, "config", k, v], check=True)
    layer(repo, "base")
    base = commit(repo, "base")
    layer(repo, "resized-and-volume")
    head = commit(repo, "head")
    event = os.path.join(tmp, "event.json")
    with open(event, "w") as f:
        json.dump({"pull_request": {"number": 7, "title": "bench", "user": {"login": "bench"}, "labels": [],
                                    "base": {"ref": "main", "sha": base, "repo": {"full_name": "acme/infra"}},
                                    "head": {"ref": "feature", "sha": head, "repo": {"full_name": "acme/infra"}}}}, f)
    env = dict(os.environ, GITHUB_ACTIONS="true", GITHUB_EVENT_NAME="pull_request", GITHUB_EVENT_PATH=event,
               GITHUB_REPOSITORY="acme/infra", GITHUB_WORKSPACE=repo)
    return env


def measure(label, cmds, runs):
    for c in cmds:
        run(*c)
    results = {i: [] for i in range(len(cmds))}
    for _ in range(runs):
        for i, c in enumerate(cmds):
            results[i].append(run(*c))
    for i, c in enumerate(cmds):
        walls = [w for w, _ in results[i]]
        print("%-44s median %.3f s  (min %.3f, max %.3f, n=%d)  peak RSS %.0f MiB" % (
            label[i], statistics.median(walls), min(walls), max(walls), runs, max(m for _, m in results[i])))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--baseline-jar")
    a = p.parse_args()
    if not os.path.exists(JAR):
        sys.exit("build target/tollgate.jar first (mvn -B -q package -DskipTests)")
    print("load average: %.2f %.2f %.2f" % os.getloadavg())
    with tempfile.TemporaryDirectory() as tmp:
        env = repository(tmp)
        measure(["tollgate ci --dry-run (fixture pull request)"], [(["java"] + OPTS + ["-jar", JAR, "ci", "--dry-run"], env)], a.runs)
    if a.baseline_jar:
        example = os.path.join(ROOT, "test-fixtures", "plans", "web-app.json")
        measure(["estimate, jar before ci", "estimate, jar with ci"],
                [(["java"] + OPTS + ["-jar", a.baseline_jar, "estimate", "--path", example],),
                 (["java"] + OPTS + ["-jar", JAR, "estimate", "--path", example],)], a.runs)
    print("load average: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()

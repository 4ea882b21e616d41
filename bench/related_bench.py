#!/usr/bin/env python3
"""Wall time of `tollgate estimate` on plans whose resources refer to each other (RelatedResources).

  bench/related_bench.py [--runs N]

Generated Google Cloud plans of N VMs, each with its own static address (every VM's access_config
refers to address[i], so every address pricer asks who uses it), N/10 managed instance groups on
N/10 templates, and N/10 autoscalers; and an Azure plan of N Linux VMs without a location whose
location comes from a resource group through a module data source (the region a plan reader gives
by reference). Sizes N = 2,000 and 4,000: the 4k/2k ratio of medians shows whether the lookups stay
linear. Not a test; the figures go in the README.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GENERATED = os.path.join(HERE, "generated")


def change(address, typ, after, unknown=None):
    return {"address": address, "mode": "managed", "type": typ, "name": address.split(".")[-1].split("[")[0],
            "provider_name": "registry.terraform.io/hashicorp/" + ("google" if typ.startswith("google") else "azurerm"),
            "change": {"actions": ["create"], "before": None, "after": after, "after_unknown": unknown or {"id": True}}}


def refs(*targets):
    out = []
    for t in targets:
        out += [t + ".id", t]
    return {"references": out}


def gcp(n, path):
    rc, cfg = [], []
    groups = max(n // 10, 1)
    for i in range(n):
        rc.append(change("google_compute_address.ip[%d]" % i, "google_compute_address", {"name": "ip%d" % i, "region": "us-central1"}))
        rc.append(change("google_compute_instance.vm[%d]" % i, "google_compute_instance", {
            "name": "vm%d" % i, "machine_type": "e2-standard-2", "zone": "us-central1-a",
            "boot_disk": [{"initialize_params": [{"image": "debian-cloud/debian-12", "size": 20, "type": "pd-balanced"}]}],
            "network_interface": [{"network": "default", "access_config": [{}]}]},
            {"id": True, "network_interface": [{"access_config": [{"nat_ip": True}]}]}))
    for i in range(groups):
        rc.append(change("google_compute_instance_template.t[%d]" % i, "google_compute_instance_template", {
            "machine_type": "n2-standard-2", "disk": [{"boot": True, "source_image": "debian-cloud/debian-12", "disk_size_gb": 20}]}))
        rc.append(change("google_compute_instance_group_manager.g[%d]" % i, "google_compute_instance_group_manager", {
            "name": "g%d" % i, "zone": "us-central1-a", "version": [{"name": "v"}]}, {"id": True, "target_size": True, "version": [{"instance_template": True}]}))
        rc.append(change("google_compute_autoscaler.a[%d]" % i, "google_compute_autoscaler", {
            "name": "a%d" % i, "zone": "us-central1-a", "autoscaling_policy": [{"min_replicas": 2, "max_replicas": 5}]}, {"id": True, "target": True}))
    cfg += [{"address": "google_compute_address.ip", "mode": "managed", "type": "google_compute_address"},
            {"address": "google_compute_instance.vm", "mode": "managed", "type": "google_compute_instance",
             "expressions": {"network_interface": [{"access_config": [{"nat_ip": {"references": [
                 "google_compute_address.ip[count.index].address", "google_compute_address.ip"]}}]}]}},
            {"address": "google_compute_instance_template.t", "mode": "managed", "type": "google_compute_instance_template"},
            {"address": "google_compute_instance_group_manager.g", "mode": "managed", "type": "google_compute_instance_group_manager",
             "expressions": {"version": [{"instance_template": refs("google_compute_instance_template.t")}]}},
            {"address": "google_compute_autoscaler.a", "mode": "managed", "type": "google_compute_autoscaler",
             "expressions": {"target": refs("google_compute_instance_group_manager.g")}}]
    write(path, rc, cfg, {"google": {"name": "google", "expressions": {"region": {"constant_value": "us-central1"}}}})


def azure(n, path):
    rc = [change("azurerm_resource_group.main", "azurerm_resource_group", {"name": "rg", "location": "northeurope"})]
    for i in range(n):
        rc.append(change("module.vms.azurerm_linux_virtual_machine.vm[%d]" % i, "azurerm_linux_virtual_machine", {
            "name": "vm%d" % i, "size": "Standard_D2s_v5", "os_disk": [{"storage_account_type": "Premium_LRS", "disk_size_gb": 64}]},
            {"id": True, "location": True}))
    cfg = [{"address": "azurerm_resource_group.main", "mode": "managed", "type": "azurerm_resource_group"}]
    module = {"resources": [
        {"address": "data.azurerm_resource_group.rg", "mode": "data", "type": "azurerm_resource_group",
         "expressions": {"name": {"references": ["var.resource_group_name"]}}},
        {"address": "azurerm_linux_virtual_machine.vm", "mode": "managed", "type": "azurerm_linux_virtual_machine",
         "expressions": {"location": {"references": ["data.azurerm_resource_group.rg.location", "data.azurerm_resource_group.rg"]}}}]}
    write(path, rc, cfg, {"azurerm": {"name": "azurerm", "expressions": {"features": [{}]}}},
          {"vms": {"source": "./vms", "expressions": {"resource_group_name": refs("azurerm_resource_group.main")}, "module": module}})


def write(path, rc, cfg, providers, calls=None):
    root = {"resources": cfg}
    if calls:
        root["module_calls"] = calls
    with open(path, "w") as f:
        json.dump({"format_version": "1.2", "terraform_version": "1.9.5", "resource_changes": rc,
                   "configuration": {"provider_config": providers, "root_module": root}}, f)


def timed(path, runs):
    times = []
    for _ in range(runs):
        start = time.monotonic()
        p = subprocess.run([os.path.join(ROOT, "tollgate"), "estimate", "--path", path, "--format", "json",
                            "--out-file", os.devnull], capture_output=True, text=True)
        times.append(time.monotonic() - start)
        if p.returncode != 0:
            sys.exit("estimate failed on %s: %s" % (path, p.stderr.strip().splitlines()[-1:]))
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    os.makedirs(GENERATED, exist_ok=True)
    for name, make in (("gcp", gcp), ("azure", azure)):
        medians = {}
        for n in (2000, 4000):
            path = os.path.join(GENERATED, "related-%s-%d.json" % (name, n))
            make(n, path)
            t = timed(path, args.runs)
            medians[n] = statistics.median(t)
            print("%-5s N=%5d  %8.1f KB  median %.3f s  (min %.3f, max %.3f, %d runs)" % (
                name, n, os.path.getsize(path) / 1024, medians[n], min(t), max(t), len(t)))
        print("%-5s 4k/2k ratio of medians: %.2f" % (name, medians[4000] / medians[2000]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Kernel benchmark: Swiftgrad's kernel and ipykernel measured side by side in one run through
jupyter_client. Prints one JSON object on stdout.

- start-up: from `KernelManager.start_kernel()` to the first `kernel_info_reply` (median of --starts),
  and how much of it is jupyter_client's own work before it sends the first request (`start_kernel()`
  and `start_channels()` returned; the kernel process starts meanwhile);
- round-trip: a trivial cell (`1 + 1`) from sending `execute_request` to the kernel's `idle` status
  for that request on IOPub (median of --executes, after --warmup executions);
- idle memory: the kernel process's resident set (VmRSS) one second after it is ready, before any
  cell, and again one second after the round-trip cells (what each learner's idle kernel costs a
  JupyterHub).

Both kernels are started from kernelspecs written to a temporary directory, so nothing needs to be
installed. The client sockets reconnect every 5 ms instead of ZeroMQ's default 100 ms: the client
connects before the kernel has bound its ports, and the default retry timer would otherwise round
every start-up up to a multiple of 100 ms — that would measure ZeroMQ, not the kernel.
"""
import argparse
import json
import os
import queue
import statistics
import sys
import tempfile
import time

import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager


def write_spec(root, name, argv, language):
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "kernel.json"), "w") as f:
        json.dump({"argv": argv, "display_name": name, "language": language,
                   "interrupt_mode": "message" if language == "swiftgrad" else "signal"}, f)


def next_msg(channel, km, deadline, waiting_for):
    """The next message on `channel`; fails early when the kernel process has exited."""
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise TimeoutError(f"no {waiting_for}")
        try:
            return channel.get_msg(timeout=min(remaining, 0.2))
        except queue.Empty:
            if not km.is_alive():
                raise RuntimeError(f"the kernel exited before its {waiting_for}") from None


def wait_reply(channel, km, msg_id, deadline):
    while True:
        msg = next_msg(channel, km, deadline, "reply")
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def wait_idle(kc, km, msg_id, deadline):
    while True:
        msg = next_msg(kc.iopub_channel, km, deadline, "idle status")
        if (msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle"
                and msg["parent_header"].get("msg_id") == msg_id):
            return msg


def measure(kernel_name, spec_manager, context, starts, warmup, executes, timeout):
    startups, client_parts, first_executes, roundtrips = [], [], [], []
    rss_idle = rss_after = None
    for run in range(starts):
        km = KernelManager(kernel_name=kernel_name, kernel_spec_manager=spec_manager, context=context)
        t0 = time.perf_counter()
        km.start_kernel()
        kc = km.client(context=context)  # the client makes a context of its own otherwise (100 ms reconnects)
        kc.start_channels()
        client_parts.append(time.perf_counter() - t0)
        try:
            msg_id = kc.kernel_info()
            wait_reply(kc.shell_channel, km, msg_id, t0 + timeout)
            startups.append(time.perf_counter() - t0)
            if run > 0:
                # Issue 14: start to the first execute_reply (run 0 stays cell-free for the idle RSS).
                msg_id = kc.execute("1 + 1")
                wait_reply(kc.shell_channel, km, msg_id, t0 + timeout)
                first_executes.append(time.perf_counter() - t0)
            if run == 0:
                # IOPub is a PUB/SUB pair: messages published before the subscription is in place are
                # dropped, and a kernel that answers kernel_info within milliseconds can get there
                # first. wait_for_ready repeats kernel_info until IOPub delivers its status messages.
                kc.wait_for_ready(timeout=timeout)
                time.sleep(1)
                rss_idle = resident_mib(km.provisioner.pid)
                for i in range(warmup + executes):
                    s = time.perf_counter()
                    msg_id = kc.execute("1 + 1")
                    wait_idle(kc, km, msg_id, s + timeout)
                    elapsed = time.perf_counter() - s
                    wait_reply(kc.shell_channel, km, msg_id, s + timeout)   # drain the execute_reply
                    if i >= warmup:
                        roundtrips.append(elapsed)
                time.sleep(1)
                rss_after = resident_mib(km.provisioner.pid)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    return {"startup_s": statistics.median(startups), "startup_runs": startups,
            "client_part_s": statistics.median(client_parts),
            "first_execute_s": statistics.median(first_executes) if first_executes else None,
            "first_execute_runs": first_executes,
            "roundtrip_s": statistics.median(roundtrips), "roundtrip_count": len(roundtrips),
            "idle_rss_mib": rss_idle, "after_cells_rss_mib": rss_after}


def resident_mib(pid):
    """VmRSS of a process in MiB (Linux /proc)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--swiftgrad", required=True, help="path of the swiftgrad executable")
    ap.add_argument("--starts", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--executes", type=int, default=50)
    ap.add_argument("--timeout", type=float, default=30)
    args = ap.parse_args()

    context = zmq.Context()
    context.setsockopt(zmq.RECONNECT_IVL, 5)
    result = {"python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as root:
        write_spec(root, "swiftgrad-bench",
                   [os.path.abspath(args.swiftgrad), "kernel", "-f", "{connection_file}"], "swiftgrad")
        write_spec(root, "ipykernel-bench",
                   [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"], "python")
        specs = KernelSpecManager(kernel_dirs=[root])
        for key, name in (("swiftgrad", "swiftgrad-bench"), ("ipykernel", "ipykernel-bench")):
            try:
                result[key] = measure(name, specs, context, args.starts, args.warmup, args.executes,
                                      args.timeout)
            except Exception as error:  # a kernel that is not there yet is reported, not fatal
                result[key] = {"error": f"{type(error).__name__}: {error}"}
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()

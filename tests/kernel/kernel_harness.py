"""Helpers for driving the installed `swiftgrad` kernel with jupyter_client.

The kernelspec must be installed where jupyter_client looks (`swiftgrad install --sys-prefix` with the
virtualenv active, as `make test` does; or set JUPYTER_PATH to another prefix's share/jupyter).
"""
import os
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

KERNEL_NAME = "swiftgrad"
TIMEOUT = 15


def swiftgrad_binary() -> str:
    """$SWIFTGRAD_BIN, else the binary the installed kernelspec launches."""
    if os.environ.get("SWIFTGRAD_BIN"):
        return os.environ["SWIFTGRAD_BIN"]
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    return spec.argv[0]


def start_kernel(**manager_options):
    """Starts a swiftgrad kernel and a ready blocking client."""
    km = KernelManager(kernel_name=KERNEL_NAME, **manager_options)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return km, kc


def stop_kernel(km, kc):
    kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=False)


def drain(channel, timeout=0.2):
    """Reads messages from a client channel until it is quiet."""
    messages = []
    while True:
        try:
            messages.append(channel.get_msg(timeout=timeout))
        except Exception:
            return messages


def run_cell(kc, code, timeout=TIMEOUT, **options):
    """Executes code; returns (reply, iopub messages of that request between busy and idle)."""
    drain(kc.iopub_channel, 0.05)
    msg_id = kc.execute(code, **options)
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply, iopub_until_idle(kc, msg_id, timeout)


def iopub_until_idle(kc, msg_id, timeout=TIMEOUT):
    """The iopub messages parented on request `msg_id`, up to and including its `status: idle`."""
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        outputs.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return outputs


def reply_to(kc, msg_id, channel="shell", timeout=TIMEOUT):
    """The shell (or control) reply to request `msg_id`; replies to other requests are skipped."""
    get = kc.get_shell_msg if channel == "shell" else kc.get_control_msg
    deadline = time.time() + timeout
    while time.time() < deadline:
        msg = get(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise AssertionError(f"no reply to {msg_id}")

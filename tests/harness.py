"""The one harness of the Python tests: find the `swiftgrad` executable, run scripts with it, and drive
its kernel with jupyter_client (the browser tests add Lab and Chromium in browser/lab_harness.py).

`tests/conftest.py` puts this directory on sys.path, so every suite imports it as `harness`.

Two ways to start a kernel:
- `start_kernel()` launches the installed kernelspec (`swiftgrad install --sys-prefix` with the virtualenv
  active, as `make test` does; or set JUPYTER_PATH to another prefix's share/jupyter);
- `running_kernel(dir)` writes a kernelspec of its own for this checkout's binary (own env, own name).
"""
import contextlib
import json
import os
import pathlib
import subprocess
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO = pathlib.Path(__file__).resolve().parents[1]
KERNEL_NAME = "swiftgrad"
TIMEOUT = 15


def swiftgrad_binary() -> str:
    """$SWIFTGRAD_BIN, else .build/release/swiftgrad, else .build/debug/swiftgrad, else the binary the
    installed kernelspec launches (never skips)."""
    if os.environ.get("SWIFTGRAD_BIN"):
        return os.environ["SWIFTGRAD_BIN"]
    for config in ("release", "debug"):
        candidate = REPO / ".build" / config / "swiftgrad"
        if candidate.exists():
            return str(candidate)
    try:
        return KernelSpecManager().get_kernel_spec(KERNEL_NAME).argv[0]
    except Exception as error:
        raise FileNotFoundError("no swiftgrad binary: build it (swift build --product swiftgrad), "
                                "set SWIFTGRAD_BIN or install the kernelspec") from error


def run_script(tmp_path, source: str, *options: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Writes `source` to a file and runs `swiftgrad run [options] FILE`; returns the finished process."""
    script = tmp_path / "script.swiftgrad"
    script.write_text(source)
    # Bytes, decoded here: text mode would turn the progress line's \r into \n.
    done = subprocess.run([swiftgrad_binary(), "run", *options, str(script)], capture_output=True, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def start_kernel(**manager_options):
    """Starts the installed swiftgrad kernel; returns (manager, ready blocking client)."""
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


def kernel_manager(kernels_dir, name="swiftgrad-test", env=None) -> KernelManager:
    """A KernelManager for this checkout's binary (a kernelspec of its own in `kernels_dir`), not started."""
    spec_dir = pathlib.Path(kernels_dir) / name
    spec_dir.mkdir(parents=True, exist_ok=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [swiftgrad_binary(), "kernel", "-f", "{connection_file}"],
        "display_name": f"Swiftgrad ({name})",
        "language": "swiftgrad",
        "env": env or {},
    }))
    return KernelManager(kernel_name=name, kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernels_dir)]))


@contextlib.contextmanager
def running_kernel(kernels_dir, name="swiftgrad-test", env=None, timeout=30):
    """Starts this checkout's kernel; yields (manager, ready client); shuts it down afterwards."""
    km = kernel_manager(kernels_dir, name, env)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=timeout)
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


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
    """The shell (or control) reply message to request `msg_id`; replies to other requests are skipped."""
    get = kc.get_shell_msg if channel == "shell" else kc.get_control_msg
    deadline = time.time() + timeout
    while time.time() < deadline:
        msg = get(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise AssertionError(f"no reply to {msg_id}")

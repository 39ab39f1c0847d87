"""Runs the real `swiftgrad` executable on scripts (shared by the engine tests)."""
import contextlib
import json
import os
import pathlib
import subprocess

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO = pathlib.Path(__file__).resolve().parents[2]


def swiftgrad_binary() -> str:
    """$SWIFTGRAD_BIN, else .build/release/swiftgrad, else .build/debug/swiftgrad (never skips)."""
    if os.environ.get("SWIFTGRAD_BIN"):
        return os.environ["SWIFTGRAD_BIN"]
    for config in ("release", "debug"):
        candidate = REPO / ".build" / config / "swiftgrad"
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError("no swiftgrad binary: build it (swift build --product swiftgrad) or set SWIFTGRAD_BIN")


def run_script(tmp_path, source: str, *options: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Writes `source` to a file and runs `swiftgrad run [options] FILE`; returns the finished process."""
    script = tmp_path / "script.swiftgrad"
    script.write_text(source)
    # Bytes, decoded here: text mode would turn the progress line's \r into \n.
    done = subprocess.run([swiftgrad_binary(), "run", *options, str(script)], capture_output=True, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


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


def reply_to(kc, msg_id, timeout=30) -> dict:
    """The content of the shell reply to request `msg_id` (other replies are skipped)."""
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply["content"]

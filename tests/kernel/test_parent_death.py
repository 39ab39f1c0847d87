"""A kernel whose front end dies exits by itself (JPY_PARENT_PID as ipykernel, and a changed parent pid)."""
import os
import signal
import subprocess
import sys
import textwrap
import time

from jupyter_client.connect import write_connection_file

from harness import swiftgrad_binary


def is_running(pid: int) -> bool:
    """True while `pid` exists and is not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_until_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_running(pid):
            return True
        time.sleep(0.1)
    return False


def test_kernel_exits_when_the_jupyter_client_process_is_killed(tmp_path):
    """A real front end (a KernelManager in its own process) is SIGKILLed: its kernel follows."""
    front_end = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        sys.path.insert(0, sys.argv[1])
        from harness import start_kernel
        km, kc = start_kernel()
        print(km.provisioner.pid, flush=True)
        time.sleep(120)
        """), os.path.dirname(os.path.dirname(os.path.abspath(__file__)))], stdout=subprocess.PIPE, text=True)
    try:
        kernel_pid = int(front_end.stdout.readline())
        time.sleep(1.5)
        assert is_running(kernel_pid), "the kernel runs while its front end lives"
        front_end.send_signal(signal.SIGKILL)
        front_end.wait()
        assert wait_until_gone(kernel_pid, timeout=10), "orphaned kernel still running"
    finally:
        front_end.kill()


def test_kernel_exits_cleanly_when_jpy_parent_pid_dies(tmp_path):
    """JPY_PARENT_PID names another process than the direct parent (a launcher in between)."""
    connection_file = str(tmp_path / "kernel.json")
    write_connection_file(connection_file, key=b"parent-death")
    parent = subprocess.Popen(["sleep", "120"])
    kernel = subprocess.Popen([swiftgrad_binary(), "kernel", "-f", connection_file],
                              env={**os.environ, "JPY_PARENT_PID": str(parent.pid)})
    try:
        time.sleep(1.5)
        assert kernel.poll() is None, "the kernel runs while JPY_PARENT_PID lives"
        parent.kill()
        parent.wait()
        assert kernel.wait(timeout=10) == 0, "a clean exit"
    finally:
        parent.kill()
        kernel.kill()

"""`make lab` starts JupyterLab on notebooks/ and prints the URL with its token, also as root (Docker,
CI-like machines, this test machine), where Jupyter refuses to start without `--allow-root`. The test
runs the real target (its build and install steps are no-ops after `make test`'s), with the browser
turned off and a free port through a Jupyter config directory of its own."""
import json
import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
URL = re.compile(r"(http://(?:localhost|127\.0\.0\.1):(\d+)/lab\?token=(\w+))")


def test_make_lab_serves_the_lessons_and_prints_its_url(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "jupyter_server_config.json").write_text(json.dumps(
        {"ServerApp": {"open_browser": False, "port": 0, "shutdown_no_activity_timeout": 300}}))
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces")}
    log = tmp_path / "lab.log"
    with open(log, "w") as out:
        lab = subprocess.Popen(["make", "-C", str(ROOT), "--no-print-directory", "lab"], env=env, stdout=out,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        found = None
        while time.monotonic() < deadline and lab.poll() is None and not found:
            found = URL.search(log.read_text())
            time.sleep(0.5)
        text = log.read_text()
        assert found, f"make lab exited with {lab.poll()} or printed no URL:\n{text[-3000:]}"
        assert "Running as root is not recommended" not in text
        url, port, token = found.groups()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents?token={token}", timeout=30) as response:
            listed = {item["name"] for item in json.load(response)["content"]}
        assert "01-chain-rule.ipynb" in listed, f"serves notebooks/: {sorted(listed)}"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/kernelspecs?token={token}", timeout=30) as response:
            assert "swiftgrad" in json.load(response)["kernelspecs"], "the kernel is installed"
    finally:
        if lab.poll() is None:
            os.killpg(lab.pid, signal.SIGTERM)   # make, its shell and jupyter: the session this test started
            try:
                lab.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(lab.pid, signal.SIGKILL)
                lab.wait()

"""Remote kernels: a local jupyter_kernel_gateway starts Swiftgrad kernels over REST and runs cells over
its WebSocket, and `jupyter lab --gateway-url` runs its kernels there (the deployment docs/deploy.md
describes, with Enterprise Gateway in place of the local gateway)."""
import subprocess
import sys

import pytest

from lab_harness import LabServer, execute_over_websocket, free_port, rest, wait_for_http

TOKEN = "swiftgrad-gateway-tests"


@pytest.fixture(scope="module")
def kernel_gateway(tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("gateway") / "gateway.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "jupyter", "kernelgateway", "--KernelGatewayApp.ip=127.0.0.1",
                                f"--KernelGatewayApp.port={port}", f"--KernelGatewayApp.auth_token={TOKEN}",
                                "--JupyterWebsocketPersonality.list_kernels=True"],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base}/api", timeout=60, process=process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def test_kernel_gateway_runs_a_cell_over_rest_and_websocket(kernel_gateway):
    specs = rest(kernel_gateway, "/api/kernelspecs", token=TOKEN)
    assert "swiftgrad" in specs["kernelspecs"]
    kernel = rest(kernel_gateway, "/api/kernels", "POST", {"name": "swiftgrad"}, token=TOKEN)
    try:
        ws = f"ws{kernel_gateway[4:]}/api/kernels/{kernel['id']}/channels?token={TOKEN}"
        reply, iopub = execute_over_websocket(ws, "let a = Value(6.0)\nlet b = a * 7\nb.backward()\na.grad")
        assert reply["content"]["status"] == "ok"
        [result] = [m for m in iopub if m["msg_type"] == "execute_result"]
        assert result["content"]["data"]["text/plain"] == "7.0"
        reply, iopub = execute_over_websocket(ws, "b.data")
        assert [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"] == ["42.0"]
    finally:
        rest(kernel_gateway, f"/api/kernels/{kernel['id']}", "DELETE", token=TOKEN)


def test_jupyter_lab_with_gateway_url_runs_kernels_on_the_gateway(kernel_gateway, tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    lab = LabServer(root, extra_args=[f"--gateway-url={kernel_gateway}", f"--GatewayClient.auth_token={TOKEN}"])
    try:
        kernel = lab.api("/api/kernels", "POST", {"name": "swiftgrad"})
        on_gateway = [k["id"] for k in rest(kernel_gateway, "/api/kernels", token=TOKEN)]
        assert kernel["id"] in on_gateway, "Lab's kernel lives on the gateway"
        ws = f"ws{lab.url[4:]}/api/kernels/{kernel['id']}/channels?token={lab.token}"
        reply, iopub = execute_over_websocket(ws, "let x = Value(3.0)\nlet y = x ** 2\ny.backward()\nx.grad")
        assert reply["content"]["status"] == "ok"
        assert [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"] == ["6.0"]
        lab.api(f"/api/kernels/{kernel['id']}", "DELETE")
    finally:
        lab.stop()

"""Remote kernels: a local jupyter_kernel_gateway starts Swiftgrad kernels over REST and runs cells over
its WebSocket, and `jupyter lab --gateway-url` runs its kernels there (the deployment docs/deploy.md
describes, with Enterprise Gateway in place of the local gateway)."""
import asyncio
import json
import subprocess
import sys
import urllib.request
import uuid

import pytest
from tornado.websocket import websocket_connect

from lab_harness import LabServer, free_port, wait_for_http

TOKEN = "swiftgrad-gateway-tests"


def rest(base, path, method="GET", body=None, token=TOKEN):
    request = urllib.request.Request(f"{base}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
        return json.loads(text) if text else None


def execute_over_websocket(ws_url, code, timeout=60):
    """Sends one execute_request on the kernel's channels WebSocket; returns (reply, iopub messages)."""
    async def run():
        connection = await websocket_connect(ws_url)
        msg_id = uuid.uuid4().hex
        connection.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": uuid.uuid4().hex,
                       "username": "test", "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        reply, iopub, idle = None, [], False
        while reply is None or not idle:
            message = json.loads(await asyncio.wait_for(connection.read_message(), timeout))
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if message["channel"] == "shell":
                reply = message
            elif message["channel"] == "iopub":
                iopub.append(message)
                idle = idle or (message["msg_type"] == "status" and message["content"]["execution_state"] == "idle")
        connection.close()
        return reply, iopub
    return asyncio.run(run())


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
    specs = rest(kernel_gateway, "/api/kernelspecs")
    assert "swiftgrad" in specs["kernelspecs"]
    kernel = rest(kernel_gateway, "/api/kernels", "POST", {"name": "swiftgrad"})
    try:
        ws = f"ws{kernel_gateway[4:]}/api/kernels/{kernel['id']}/channels?token={TOKEN}"
        reply, iopub = execute_over_websocket(ws, "let a = Value(6.0)\nlet b = a * 7\nb.backward()\na.grad")
        assert reply["content"]["status"] == "ok"
        [result] = [m for m in iopub if m["msg_type"] == "execute_result"]
        assert result["content"]["data"]["text/plain"] == "7.0"
        reply, iopub = execute_over_websocket(ws, "b.data")
        assert [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"] == ["42.0"]
    finally:
        rest(kernel_gateway, f"/api/kernels/{kernel['id']}", "DELETE")


def test_jupyter_lab_with_gateway_url_runs_kernels_on_the_gateway(kernel_gateway, tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    lab = LabServer(root, extra_args=[f"--gateway-url={kernel_gateway}", f"--GatewayClient.auth_token={TOKEN}"])
    try:
        kernel = lab.api("/api/kernels", "POST", {"name": "swiftgrad"})
        on_gateway = [k["id"] for k in rest(kernel_gateway, "/api/kernels")]
        assert kernel["id"] in on_gateway, "Lab's kernel lives on the gateway"
        ws = f"ws{lab.url[4:]}/api/kernels/{kernel['id']}/channels?token={lab.token}"
        reply, iopub = execute_over_websocket(ws, "let x = Value(3.0)\nlet y = x ** 2\ny.backward()\nx.grad")
        assert reply["content"]["status"] == "ok"
        assert [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"] == ["6.0"]
        lab.api(f"/api/kernels/{kernel['id']}", "DELETE")
    finally:
        lab.stop()

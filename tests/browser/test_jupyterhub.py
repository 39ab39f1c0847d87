"""JupyterHub, one kernel per learner (docs/deploy.md): a real hub spawns each learner's single-user server
(`jupyterhub-singleuser`, local processes here, containers in the recipe), each server starts its own
Swiftgrad kernel from the kernelspec `make install` wrote, cells run over the server's kernel WebSocket,
and one learner cannot reach the other's server. The proxy is hub_proxy.FileRoutesProxy (routes in a file)
instead of configurable-http-proxy, so the test talks to each server at the address the proxy would use."""
import json
import os
import subprocess
import sys
import time
import urllib.error
from pathlib import Path

import pytest

from lab_harness import execute_over_websocket, free_port, rest, wait_for_http

ADMIN_TOKEN = "swiftgrad-hub-tests-admin-token"
LEARNERS = ("ada", "grace")

CONFIG = """
import sys
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {public_port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.proxy_class = "hub_proxy.FileRoutesProxy"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {homes!r} + "/{{username}}"
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.args = {spawner_args!r}
c.Spawner.env_keep = ["PATH", "VIRTUAL_ENV", "SWIFTGRAD_BIN", "LANG"]
c.Spawner.http_timeout = 120
c.JupyterHub.db_url = "sqlite:///{root}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{root}/cookie_secret"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.services = [{{"name": "tests", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "tests", "services": ["tests"],
                             "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"]}}]
"""


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    root = tmp_path_factory.mktemp("hub")
    hub_port = free_port()
    routes = root / "routes.json"
    (root / "homes").mkdir()
    # Jupyter servers refuse to run as root without --allow-root (CI machines and containers run as root).
    spawner_args = ["--allow-root"] if os.getuid() == 0 else []
    (root / "jupyterhub_config.py").write_text(CONFIG.format(
        public_port=free_port(), hub_port=hub_port, homes=str(root / "homes"), spawner_args=spawner_args,
        root=root, token=ADMIN_TOKEN))
    env = {**os.environ, "SWIFTGRAD_HUB_ROUTES": str(routes),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    log = open(root / "hub.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(root / "jupyterhub_config.py")],
                               cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    api = f"http://127.0.0.1:{hub_port}/hub/api"
    try:
        wait_for_http(api, timeout=90, process=process)
        yield api, routes
    finally:
        for name in LEARNERS:
            try:
                rest(api, f"/users/{name}/server", "DELETE", token=ADMIN_TOKEN)
            except urllib.error.URLError:
                pass
        process.terminate()
        process.wait(timeout=30)
        log.close()


def start_server(api, routes, name):
    """Creates the learner, starts their server and waits for it; returns (server base URL, their token)."""
    rest(api, f"/users/{name}", "POST", token=ADMIN_TOKEN)
    rest(api, f"/users/{name}/server", "POST", token=ADMIN_TOKEN)
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline:
        server = rest(api, f"/users/{name}", token=ADMIN_TOKEN)["servers"].get("", {})
        if server.get("ready"):
            break
        time.sleep(0.5)
    else:
        raise TimeoutError(f"{name}'s server did not start")
    route = json.loads(routes.read_text())[f"/user/{name}/"]
    token = rest(api, f"/users/{name}/tokens", "POST", {"note": "test"}, token=ADMIN_TOKEN)["token"]
    return f"{route['target']}/user/{name}", token


def test_each_learner_gets_a_server_and_a_swiftgrad_kernel_of_their_own(hub):
    api, routes = hub
    servers = {name: start_server(api, routes, name) for name in LEARNERS}
    sockets = {}
    for value, (name, (base, token)) in enumerate(servers.items(), start=2):
        assert "swiftgrad" in rest(base, "/api/kernelspecs", token=token)["kernelspecs"], f"{name}'s server"
        kernel = rest(base, "/api/kernels", "POST", {"name": "swiftgrad"}, token=token)
        assert [k["id"] for k in rest(base, "/api/kernels", token=token)] == [kernel["id"]], f"{name}'s one kernel"
        sockets[name] = ws = f"ws{base[4:]}/api/kernels/{kernel['id']}/channels"
        reply, iopub = execute_over_websocket(ws, f"let w = Value({value}.0)\nlet L = w * w\nL.backward()\nw.grad", token=token)
        assert reply["content"]["status"] == "ok", reply["content"]
        assert [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"] == [f"{2 * value}.0"]
    execute_over_websocket(sockets["ada"], "let adasSecret = 42", token=servers["ada"][1])
    reply, _ = execute_over_websocket(sockets["grace"], "adasSecret", token=servers["grace"][1])
    assert reply["content"]["status"] == "error", "grace's kernel is not ada's"
    (ada_base, _), (_, grace_token) = servers["ada"], servers["grace"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        rest(ada_base, "/api/kernels", token=grace_token)
    assert refused.value.code == 403, "grace cannot reach ada's server"

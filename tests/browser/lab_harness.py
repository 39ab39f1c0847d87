"""A real JupyterLab (from the venv) driven by headless Debian Chromium through Selenium.

One server and one browser serve every browser test (`conftest.py` makes them session fixtures):
starting JupyterLab and Chromium costs seconds, a test should cost only what it runs.

The server runs in a temporary root directory with its own settings (Light theme to start, no news or
update checks) and exposes the application object (`window.jupyterapp`), so tests drive Lab through
its own commands (open, run all, change theme) instead of clicking through menus.

Use from a test:

    def test_something(lab):
        lab.write_notebook("x.ipynb", ["let a = 1", "a + 1"])
        lab.open("x.ipynb")
        lab.run_all()
        cells = lab.code_cells()
        lab.screenshot("x-light")

Screenshots go to tests/browser/screenshots/ (git-ignored); look at them.
"""
import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import nbformat
from selenium import webdriver
from selenium.common.exceptions import JavascriptException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from harness import KERNEL_NAME

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
LIGHT = "JupyterLab Light"
DARK = "JupyterLab Dark"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, timeout: float, process=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return   # it answered (e.g. 401 without a token): it is up
        except OSError:
            time.sleep(0.25)
    raise TimeoutError(f"no answer from {url} within {timeout} s")


class LabServer:
    """`jupyter lab` (or, with app="notebook", Notebook 7's `jupyter notebook`) on a free loopback port,
    serving `root`; `extra_args` go to the command line."""

    def __init__(self, root: Path, extra_args=(), token="swiftgrad-browser-tests", app="lab"):
        self.root = Path(root)
        self.token = token
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        home = self.root.parent / f"{app}-home"
        settings = home / "user-settings"
        # A clean Lab: Light theme, no news feed, no update check, no "build recommended" prompts.
        themes = settings / "@jupyterlab" / "apputils-extension"
        themes.mkdir(parents=True, exist_ok=True)
        (themes / "themes.jupyterlab-settings").write_text(json.dumps({"theme": LIGHT}))
        (themes / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
        env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(settings), "JUPYTERLAB_WORKSPACES_DIR": str(home / "ws"),
               "JUPYTER_RUNTIME_DIR": str(home / "runtime"), "JUPYTER_CONFIG_DIR": str(home / "config")}
        app_class = "LabApp" if app == "lab" else "JupyterNotebookApp"
        args = [sys.executable, "-m", "jupyter", app, "--no-browser", f"--port={self.port}", "--ip=127.0.0.1",
                f"--ServerApp.root_dir={self.root}", f"--IdentityProvider.token={token}",
                f"--{app_class}.expose_app_in_browser=True", "--LabApp.news_url=",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                "--ServerApp.shutdown_no_activity_timeout=600", *extra_args]
        if os.getuid() == 0:
            args.append("--allow-root")
        self.log = open(home / f"{app}.log", "w")
        self.process = subprocess.Popen(args, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        wait_for_http(f"{self.url}/api/status?token={token}", timeout=90, process=self.process)

    def api(self, path: str, method="GET", body=None):
        return rest(self.url, path, method, body, token=self.token)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def chromium(width=1280, height=1000) -> webdriver.Chrome:
    """Headless Debian Chromium with its matching chromium-driver (both from apt), a laptop-sized window."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(120)
    return driver


class Lab:
    """One browser tab on a LabServer, with the steps tests need."""

    def __init__(self, server: LabServer, driver: webdriver.Chrome):
        self.server = server
        self.driver = driver
        self.load(f"{server.url}/lab?token={server.token}")

    def load(self, url: str):
        """Loads a page of the application and waits until it has started and restored its layout."""
        self.driver.get(url)
        self.wait_for("window.jupyterapp && window.jupyterapp.started !== undefined && "
                      "document.querySelector('#jp-main-dock-panel, #main-panel, .jp-LabShell, #main') !== null", timeout=90)
        self.driver.execute_async_script("const done = arguments[0]; window.jupyterapp.started.then(() => done(true));")
        self.wait_for("window.jupyterapp.restored !== undefined")
        self.driver.execute_async_script("const done = arguments[0]; window.jupyterapp.restored.then(() => done(true));")

    # --- waiting and scripting -------------------------------------------------------------------

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def js_async(self, body: str, *args):
        """Runs `body` (which may `await`) in an async function; returns what it returns."""
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; const args = Array.from(arguments).slice(0, -1);"
            f"(async () => {{ {body} }})().then(done, e => done({{__error__: String(e && e.stack || e)}}));", *args)

    def wait_for(self, expression: str, timeout: float = 30, message: str = ""):
        """Waits until the JavaScript `expression` is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            with contextlib.suppress(JavascriptException, WebDriverException):
                last = self.js(f"return ({expression});")
                if last:
                    return last
            time.sleep(0.2)
        raise TimeoutError(f"{message or expression} (last value {last!r}) after {timeout} s")

    def command(self, name: str, args: dict | None = None):
        result = self.js_async("return await window.jupyterapp.commands.execute(args[0], args[1]) && true;",
                               name, args or {})
        if isinstance(result, dict) and "__error__" in result:
            raise RuntimeError(f"command {name} failed: {result['__error__']}")
        return result

    # --- notebooks -------------------------------------------------------------------------------

    def write_notebook(self, name: str, sources, kernel=KERNEL_NAME) -> Path:
        """A notebook of code cells (markdown when a source starts with '#md ') in the server root."""
        cells = [nbformat.v4.new_markdown_cell(s[4:]) if s.startswith("#md ") else nbformat.v4.new_code_cell(s)
                 for s in sources]
        nb = nbformat.v4.new_notebook(cells=cells, metadata={
            "kernelspec": {"name": kernel, "display_name": "Swiftgrad", "language": "swiftgrad"}})
        path = self.server.root / name
        nbformat.write(nb, path)
        return path

    def open(self, path: str):
        """Opens a notebook from the server root and waits for its kernel to be idle."""
        self.command("docmanager:open", {"path": path, "factory": "Notebook"})
        self.wait_for("(() => { const w = window.jupyterapp.shell.currentWidget;"
                      f" return w && w.context && w.context.path === {json.dumps(path)} && w.sessionContext"
                      " && w.sessionContext.isReady; })()", timeout=60, message=f"{path} open")
        self.wait_kernel_idle(timeout=90)

    def current_kernel_status(self):
        return self.js("const w = window.jupyterapp.shell.currentWidget;"
                       "const s = w && w.sessionContext; return s && s.session && s.session.kernel"
                       " ? s.session.kernel.status : null;")

    def wait_kernel_idle(self, timeout=60):
        self.wait_for("(() => { const w = window.jupyterapp.shell.currentWidget;"
                      " const s = w && w.sessionContext;"
                      " return s && s.session && s.session.kernel && s.session.kernel.status === 'idle'"
                      " && !s.pendingInput; })()", timeout=timeout, message="kernel idle")

    def run_all(self, timeout=240):
        """Run All Cells, then waits until no cell is queued or running and the kernel is idle."""
        self.command("notebook:run-all-cells")
        time.sleep(0.5)
        self.wait_for("document.querySelectorAll('.jp-Notebook .jp-InputPrompt').length > 0 && "
                      "![...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt')]"
                      ".some(p => p.textContent.includes('*'))", timeout=timeout, message="all cells finished")
        self.wait_kernel_idle(timeout=timeout)

    def code_cells(self):
        """Every code cell of the current notebook: its prompt text and output area element."""
        return self.js("""
            const panel = window.jupyterapp.shell.currentWidget.node;
            return [...panel.querySelectorAll('.jp-CodeCell')].map(c => ({
                prompt: (c.querySelector('.jp-InputPrompt') || {}).textContent || '',
                outputs: c.querySelector('.jp-OutputArea'),
                cell: c,
            }));""")

    def set_theme(self, theme: str):
        self.command("apputils:change-theme", {"theme": theme})
        self.wait_for(f"document.body.dataset.jpThemeName === {json.dumps(theme)}", timeout=30)
        time.sleep(0.5)   # let the theme's CSS variables settle before reading computed styles

    def close_all(self):
        """Closes every tab without the "save changes?" dialog (the server root is scratch)."""
        self.js("for (const w of window.jupyterapp.shell.widgets('main')) {"
                " if (w.context && w.context.model) { w.context.model.dirty = false; } }")
        self.command("application:close-all")
        self.wait_for("![...window.jupyterapp.shell.widgets('main')].some(w => w.context)", timeout=30,
                      message="every document closed")

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def screenshot_element(self, element, name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.js("arguments[0].scrollIntoView({block: 'center'});", element)
        time.sleep(0.2)
        element.screenshot(str(path))
        return path

    def find(self, css: str):
        return self.driver.find_elements(By.CSS_SELECTOR, css)


class Notebook7(Lab):
    """Notebook 7 (the `notebook` package): one page per notebook at /notebooks/PATH, the same
    application object, commands and output widgets as JupyterLab. Opens in its own browser tab, so a
    session's Lab page stays as it was; `close()` closes the tab and goes back."""

    def __init__(self, server: LabServer, driver: webdriver.Chrome):
        self.server = server
        self.driver = driver
        self.previous_tab = driver.current_window_handle
        driver.switch_to.new_window("tab")

    def open(self, path: str):
        self.load(f"{self.server.url}/notebooks/{path}?token={self.server.token}")
        self.wait_for("(() => { const w = window.jupyterapp.shell.currentWidget;"
                      f" return w && w.context && w.context.path === {json.dumps(path)} && w.sessionContext"
                      " && w.sessionContext.isReady; })()", timeout=60, message=f"{path} open in Notebook 7")
        self.wait_kernel_idle(timeout=90)

    def close(self):
        self.js("const w = window.jupyterapp.shell.currentWidget;"
                " if (w && w.context && w.context.model) { w.context.model.dirty = false; }")
        self.driver.close()
        self.driver.switch_to.window(self.previous_tab)


# --- REST and kernel WebSockets of a Jupyter server, gateway or hub --------------------------------


def rest(base: str, path: str, method="GET", body=None, *, token: str):
    """JSON over HTTP with a token; returns the decoded answer (None when empty)."""
    request = urllib.request.Request(f"{base}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
        return json.loads(text) if text else None


def execute_over_websocket(ws_url: str, code: str, timeout=60, token=None):
    """Sends one execute_request on a kernel's channels WebSocket; returns (reply, iopub messages). With
    `token`, it goes in the Authorization header (JupyterHub 5 refuses tokens in URLs)."""
    async def run():
        headers = {"Authorization": f"token {token}"} if token else {}
        connection = await websocket_connect(HTTPRequest(ws_url, headers=headers))
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


# --- colour arithmetic for contrast checks -------------------------------------------------------

CONTRAST_JS = """
// Text colour and effective background (translucent layers composited over their ancestors) of el.
function rgba(s) {
  const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, bottom) {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  return [0, 1, 2].map(i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a).concat([a]);
}
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let result = [255, 255, 255, 1];   // the canvas
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}
const el = arguments[0];
return {color: rgba(getComputedStyle(el).color), background: background(el)};
"""


def luminance(rgb) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a, b) -> float:
    """WCAG contrast ratio of two RGB colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_contrast(lab: Lab, element) -> float:
    """Contrast between an element's text colour (composited over its background) and its background."""
    colors = lab.js(CONTRAST_JS, element)
    background = colors["background"]
    color = colors["color"]
    alpha = color[3]
    text = [color[i] * alpha + background[i] * (1 - alpha) for i in range(3)]
    return contrast_ratio(text, background)

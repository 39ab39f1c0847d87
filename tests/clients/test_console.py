"""jupyter console (the terminal front end) against the kernel, driven through tmux as a person would:
a multi-line function, Tab completion, an error, and `train` ending with its loss curve's text."""
import os
import shutil
import subprocess
import sys
import time

import pytest

SOCKET = f"swiftgrad-console-{os.getpid()}"


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=check)


def screen():
    """The pane's text, scrollback included."""
    return tmux("capture-pane", "-p", "-J", "-S", "-500").stdout


def wait_for(text, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen()
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen after {timeout} s:\n{screen()}")


def type_line(text, enter=True):
    tmux("send-keys", "-t", "console", "-l", text)
    if enter:
        tmux("send-keys", "-t", "console", "Enter")


@pytest.fixture(scope="module")
def console():
    assert shutil.which("tmux"), "tmux is installed by `make deps`"
    jupyter = os.path.join(os.path.dirname(sys.executable), "jupyter")
    tmux("new-session", "-d", "-s", "console", "-x", "200", "-y", "60",
         f"{jupyter} console --kernel swiftgrad --ZMQTerminalInteractiveShell.include_other_output=False")
    try:
        wait_for("In [1]:", timeout=90)
        yield
    finally:
        tmux("kill-server", check=False)


def test_multi_line_function(console):
    type_line("func square(_ x: Double) -> Double {")
    wait_for("...:")   # the continuation prompt: the kernel said the cell is incomplete
    type_line("return x * x")
    type_line("}")
    wait_for("In [2]:")
    type_line("square(7)")
    wait_for("Out[2]: 49.0")


def test_tab_completion(console):
    type_line("let consoleCompletionTarget = 41")
    wait_for("In [4]:")
    type_line("consoleCompletionTar", enter=False)
    tmux("send-keys", "-t", "console", "Tab")
    time.sleep(1)
    tmux("send-keys", "-t", "console", "-l", " + 1")
    tmux("send-keys", "-t", "console", "Enter")
    shown = wait_for("Out[4]: 42")
    assert "consoleCompletionTarget + 1" in shown, "Tab completed the name"


def test_error_keeps_the_session(console):
    type_line("1 / 0")
    shown = wait_for("DivisionByZero")
    type_line("square(3)")
    wait_for("Out[6]: 9.0")
    assert "Traceback" not in shown or "DivisionByZero" in shown


def test_train_ends_with_the_loss_curve_text(console):
    type_line("let model = MLP(2, [4, 1])")
    type_line("let history = train(model, [[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], epochs: 50, lr: 0.1)")
    shown = wait_for("Loss curve: 50 epochs")
    assert shown.index("Loss curve: 50 epochs") > shown.index("let history = train("), "after the train cell"

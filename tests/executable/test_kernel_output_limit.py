"""The kernel caps the stream output of a cell (SWIFTGRAD_MAX_OUTPUT characters) with one note, and
each cell starts with a fresh budget. Runs the real `swiftgrad kernel` through jupyter_client."""
import pytest

from harness import running_kernel

LIMIT = 200
TIMEOUT = 30


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with running_kernel(tmp_path_factory.mktemp("kernels"), "swiftgrad-limited",
                        env={"SWIFTGRAD_MAX_OUTPUT": str(LIMIT)}) as (_, kc):
        yield kc


def streams(kc, code):
    """Runs a cell; returns its stream messages as (name, text) pairs."""
    msg_id = kc.execute(code)
    out = []
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out.append((msg["content"]["name"], msg["content"]["text"]))
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return out


def test_a_flooding_cell_is_truncated_with_one_note(client):
    out = streams(client, 'for i in 0..<5000 { print("line \\(i)") }\nprint("the end")')
    stdout = "".join(text for name, text in out if name == "stdout")
    stderr = "".join(text for name, text in out if name == "stderr")
    assert len(stdout) == LIMIT and stdout.startswith("line 0\nline 1\n")
    assert "the end" not in stdout
    assert stderr.count("[output truncated") == 1 and "SWIFTGRAD_MAX_OUTPUT" in stderr


def test_the_next_cell_has_a_fresh_budget(client):
    out = streams(client, 'print("small")')
    assert out == [("stdout", "small\n")]

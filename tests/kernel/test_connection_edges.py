"""Connection files and protocol edges (issue 17), through real processes and jupyter_client: ports 0
written back, bad ports refused, "localhost", every hmac-* scheme, signed parts that are not objects,
capped results, interrupted input."""
import json
import os
import subprocess
import time

import pytest
from jupyter_client import BlockingKernelClient
from jupyter_client.session import Session

from harness import TIMEOUT, run_cell, start_kernel, stop_kernel, swiftgrad_binary
from test_protocol import raw_shell_socket, receive, reply_to, wait_until_busy


def write_connection(path, ports, ip="127.0.0.1", scheme="hmac-sha256"):
    names = ["shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"]
    info = dict(zip(names, ports), ip=ip, key="a-secret", transport="tcp", signature_scheme=scheme,
                kernel_name="swiftgrad")
    path.write_text(json.dumps(info))


def client_for(path):
    kc = BlockingKernelClient(connection_file=str(path))
    kc.load_connection_file()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return kc


def launch(path):
    return subprocess.Popen([swiftgrad_binary(), "kernel", "-f", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def shut_down(process, kc):
    kc.shutdown()
    kc.stop_channels()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_ports_zero_are_bound_and_written_back(tmp_path):
    path = tmp_path / "kernel-zero.json"
    write_connection(path, [0, 0, 0, 0, 0])
    process = launch(path)
    deadline = time.time() + TIMEOUT
    while time.time() < deadline and json.loads(path.read_text())["shell_port"] == 0:
        time.sleep(0.05)
    info = json.loads(path.read_text())
    ports = [info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")]
    assert all(1 <= p <= 65535 for p in ports) and len(set(ports)) == 5, info
    assert info["key"] == "a-secret" and info["kernel_name"] == "swiftgrad"
    kc = client_for(path)
    reply, _ = run_cell(kc, "print(6 * 7)")
    assert reply["content"]["status"] == "ok"
    shut_down(process, kc)


@pytest.mark.parametrize("bad", [-1, 70000])
def test_ports_outside_the_range_are_an_error(tmp_path, bad):
    path = tmp_path / "kernel-bad.json"
    write_connection(path, [bad, 50002, 50003, 50004, 50005])
    process = launch(path)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode != 0
    assert "1–65535" in err, err


def test_localhost_works(tmp_path):
    import socket
    ports = []
    for _ in range(5):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        ports.append(s.getsockname()[1])
        s.close()
    path = tmp_path / "kernel-localhost.json"
    write_connection(path, ports, ip="localhost")
    process = launch(path)
    kc = client_for(path)
    assert run_cell(kc, "1 + 1")[0]["content"]["status"] == "ok"
    shut_down(process, kc)


@pytest.mark.parametrize("scheme", ["hmac-md5", "hmac-sha1", "hmac-sha384", "hmac-sha512"])
def test_every_hmac_scheme_is_supported(scheme):
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name="swiftgrad")
    km.session.signature_scheme = scheme
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        reply, _ = run_cell(kc, "print(1)")
        assert reply["content"]["status"] == "ok"
    finally:
        stop_kernel(km, kc)


@pytest.fixture(scope="module")
def kernel():
    km, kc = start_kernel()
    yield km, kc
    stop_kernel(km, kc)


def test_signed_requests_whose_parts_are_not_objects_get_an_error_reply(kernel):
    km, kc = kernel
    session = Session(key=km.session.key)
    socket = raw_shell_socket(km)
    try:
        for index in (1, 2, 3):   # parent_header, metadata, content
            message = session.msg("kernel_info_request", {})
            parts = [session.pack(message["header"]), b"{}", b"{}", b"{}"]
            parts[index] = b"[1, 2]"
            socket.send_multipart([b"<IDS|MSG>", session.sign(parts)] + parts)
            reply = receive(socket, session, 5000)
            assert reply is not None, f"no reply when part {index} is an array"
            assert reply["msg_type"] == "kernel_info_reply"
            assert reply["content"]["status"] == "error"
            assert reply["content"]["ename"] == "InvalidMessage"
    finally:
        socket.close()
    assert run_cell(kc, "6 * 7")[0]["content"]["status"] == "ok"


@pytest.mark.parametrize("code,msg_type", [("Array(0..<2_000_000)", "execute_result"),
                                           ("display(Array(0..<2_000_000))", "display_data")])
def test_a_huge_result_or_display_is_capped_like_stream_output(kernel, code, msg_type):
    km, kc = kernel
    reply, outputs = run_cell(kc, code, timeout=120)
    assert reply["content"]["status"] == "ok"
    text = [m for m in outputs if m["msg_type"] == msg_type][0]["content"]["data"]["text/plain"]
    assert len(text) < 110_000
    assert "output truncated" in text
    assert text.startswith("[0, 1, 2, 3")


def test_an_interrupted_read_line_reports_an_interrupt(kernel):
    km, kc = kernel
    msg_id = kc.execute('let answer = readLine()', allow_stdin=True)
    request = kc.get_stdin_msg(timeout=TIMEOUT)
    assert request["msg_type"] == "input_request"
    interrupt = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(interrupt)
    reply = reply_to(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted", reply["content"]
    assert run_cell(kc, "print(2)")[0]["content"]["status"] == "ok"

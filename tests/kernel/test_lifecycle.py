"""Start-up, transports, encryption, restart, shutdown, heartbeat and iopub welcomes."""
import json
import time

import zmq
from jupyter_client.session import Session

import kernel_samples as samples
from harness import TIMEOUT, run_cell, start_kernel, stop_kernel


def test_kernel_info_reply(kernel):
    km, kc = kernel
    msg_id = kc.kernel_info()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    content = reply["content"]
    assert content["protocol_version"] == "5.5"
    info = content["language_info"]
    assert info["name"] == "swiftgrad"
    assert info["file_extension"] == ".swiftgrad"
    assert info["mimetype"] == "text/x-swiftgrad"
    assert info["codemirror_mode"] == "swift" and info["pygments_lexer"] == "swift"
    assert content["banner"]
    assert content["help_links"]


def test_heartbeat_echoes(kernel):
    km, kc = kernel
    assert kc.hb_channel.is_beating()
    socket = zmq.Context.instance().socket(zmq.REQ)
    socket.linger = 0
    socket.connect(f"tcp://{km.ip}:{km.hb_port}")
    try:
        socket.send(b"ping-123")
        assert socket.poll(2000)
        assert socket.recv() == b"ping-123"
    finally:
        socket.close()


def test_every_iopub_subscriber_is_welcomed(kernel):
    """XPUB_VERBOSE: a second subscriber to the same topic gets its own iopub_welcome."""
    km, kc = kernel
    session = Session(key=km.session.key)
    for _ in range(2):
        socket = zmq.Context.instance().socket(zmq.SUB)
        socket.linger = 0
        socket.setsockopt(zmq.SUBSCRIBE, b"")
        socket.connect(f"tcp://{km.ip}:{km.iopub_port}")
        try:
            assert socket.poll(5000), "no iopub_welcome"
            _, frames = session.feed_identities(socket.recv_multipart())
            message = session.deserialize(frames)
            assert message["msg_type"] == "iopub_welcome"
            assert message["content"] == {"subscription": ""}
        finally:
            socket.close()


def test_restart_relaunches_with_the_same_connection_file(fresh_kernel):
    km, kc = fresh_kernel
    run_cell(kc, samples.SET_VARIABLE)
    ports = (km.shell_port, km.iopub_port, km.control_port, km.stdin_port, km.hb_port)
    old_pid = km.provisioner.process.pid
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=TIMEOUT)
    assert km.provisioner.process.pid != old_pid
    assert (km.shell_port, km.iopub_port, km.control_port, km.stdin_port, km.hb_port) == ports
    reply, _ = run_cell(kc, "6 * 7")
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["execution_count"] == 1, "a restarted kernel starts counting again"
    reply, _ = run_cell(kc, samples.READ_VARIABLE)
    assert reply["content"]["status"] == "error", "variables do not survive a restart"


def test_shutdown_exits_cleanly():
    km, kc = start_kernel()
    kc.stop_channels()
    started = time.time()
    km.shutdown_kernel(now=False)
    assert not km.is_alive()
    assert time.time() - started < 2.5, "the kernel exited on its own, before jupyter_client's SIGTERM"


def test_curve_transport_encryption():
    assert zmq.has("curve"), "this machine's libzmq lacks CURVE"
    km, kc = start_kernel(transport_encryption="required")
    try:
        with open(km.connection_file) as f:
            info = json.load(f)
        assert len(info["curve_publickey"]) == 40 and len(info["curve_secretkey"]) == 40
        reply, outputs = run_cell(kc, samples.HELLO)
        assert reply["content"]["status"] == "ok"
        assert any(m["msg_type"] == "stream" and "hello, world" in m["content"]["text"] for m in outputs)
        assert kc.hb_channel.is_beating()
        # A client without the server key cannot talk to the kernel.
        plain = zmq.Context.instance().socket(zmq.DEALER)
        plain.linger = 0
        plain.connect(f"tcp://{km.ip}:{km.shell_port}")
        try:
            Session(key=km.session.key).send(plain, "kernel_info_request", {})
            assert not plain.poll(1000)
        finally:
            plain.close()
    finally:
        stop_kernel(km, kc)


def test_ipc_transport():
    km, kc = start_kernel(transport="ipc")
    try:
        reply, outputs = run_cell(kc, samples.HELLO)
        assert reply["content"]["status"] == "ok"
        assert any(m["msg_type"] == "stream" for m in outputs)
    finally:
        stop_kernel(km, kc)

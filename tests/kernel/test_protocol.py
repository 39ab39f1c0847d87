"""The kernel's own protocol tests through jupyter_client: interrupts, stdin, stop_on_error,
signatures and replays, unknown messages, comms, user expressions, silent cells, cursor units."""
import os
import signal
import time

import zmq
from jupyter_client.session import Session

import kernel_samples as samples
from harness import TIMEOUT, drain, reply_to, run_cell


def wait_until_busy(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            return


# --- interrupts ----------------------------------------------------------------------------------

def test_interrupt_request_stops_an_infinite_loop_and_keeps_variables(kernel):
    km, kc = kernel
    reply, _ = run_cell(kc, samples.SET_VARIABLE)
    assert reply["content"]["status"] == "ok"
    drain(kc.iopub_channel, 0.05)
    msg_id = kc.execute(samples.INFINITE_LOOP)
    wait_until_busy(kc, msg_id)
    time.sleep(0.3)   # the loop is really running
    started = time.perf_counter()
    interrupt = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(interrupt)
    control_reply = reply_to(kc, interrupt["header"]["msg_id"], channel="control")
    assert control_reply["content"]["status"] == "ok"
    execute_reply = reply_to(kc, msg_id)
    elapsed = time.perf_counter() - started
    print(f"interrupt to execute_reply: {elapsed * 1000:.1f} ms")
    assert execute_reply["content"]["status"] == "error"
    assert elapsed < 0.1, f"the loop took {elapsed * 1000:.0f} ms to stop"
    reply, outputs = run_cell(kc, samples.READ_VARIABLE)
    assert reply["content"]["status"] == "ok"
    results = [m for m in outputs if m["msg_type"] == "execute_result"]
    assert results[0]["content"]["data"]["text/plain"] == samples.READ_VARIABLE_RESULT


def test_sigint_interrupts_instead_of_killing(fresh_kernel):
    km, kc = fresh_kernel
    run_cell(kc, samples.SET_VARIABLE)
    msg_id = kc.execute(samples.INFINITE_LOOP)
    wait_until_busy(kc, msg_id)
    os.kill(km.provisioner.process.pid, signal.SIGINT)
    assert reply_to(kc, msg_id)["content"]["status"] == "error"
    assert km.is_alive()
    reply, outputs = run_cell(kc, samples.READ_VARIABLE)
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == [
        samples.READ_VARIABLE_RESULT]


def test_control_answers_kernel_info_and_heartbeat_while_a_cell_runs(kernel):
    km, kc = kernel
    msg_id = kc.execute(samples.INFINITE_LOOP)
    wait_until_busy(kc, msg_id)
    info = kc.session.msg("kernel_info_request", {})
    kc.control_channel.send(info)
    reply = reply_to(kc, info["header"]["msg_id"], channel="control")
    assert reply["content"]["language_info"]["name"] == "swiftgrad"
    assert kc.hb_channel.is_beating()
    km.interrupt_kernel()
    assert reply_to(kc, msg_id)["content"]["status"] == "error"


# --- stdin ---------------------------------------------------------------------------------------

def test_read_line_asks_the_requesting_client_over_stdin(kernel):
    km, kc = kernel
    drain(kc.iopub_channel, 0.05)
    msg_id = kc.execute(samples.READ_LINE, allow_stdin=True)
    request = kc.get_stdin_msg(timeout=TIMEOUT)
    assert request["msg_type"] == "input_request"
    assert request["parent_header"]["msg_id"] == msg_id
    assert request["content"]["password"] is False
    kc.input("typed text")
    reply = reply_to(kc, msg_id)
    assert reply["content"]["status"] == "ok"
    results = []
    while not results:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_result":
            results.append(msg)
    assert "typed text" in results[0]["content"]["data"]["text/plain"]


def test_read_line_without_allow_stdin_is_a_script_error(kernel):
    km, kc = kernel
    reply, outputs = run_cell(kc, samples.READ_LINE, allow_stdin=False)
    assert reply["content"]["status"] == "error"
    assert any(m["msg_type"] == "error" for m in outputs)


# --- stop_on_error -------------------------------------------------------------------------------

def test_stop_on_error_aborts_the_queued_executes(kernel):
    km, kc = kernel
    failing = kc.execute(samples.SLOW_ERROR)
    queued = [kc.execute("6 * 7"), kc.execute("7 * 8")]
    assert reply_to(kc, failing)["content"]["status"] == "error"
    for msg_id in queued:
        content = reply_to(kc, msg_id)["content"]
        assert content == {"status": "aborted"}, "as ipykernel: no count, so front ends show [ ]"
    reply, _ = run_cell(kc, "6 * 7")
    assert reply["content"]["status"] == "ok", "the kernel runs cells again after the abort"


def test_without_stop_on_error_queued_executes_run(kernel):
    km, kc = kernel
    failing = kc.execute(samples.SLOW_ERROR, stop_on_error=False)
    queued = kc.execute("6 * 7")
    assert reply_to(kc, failing)["content"]["status"] == "error"
    assert reply_to(kc, queued)["content"]["status"] == "ok"


# --- signatures, replays, malformed and unknown messages -----------------------------------------

def raw_shell_socket(km):
    """A DEALER connected to the kernel's shell port, outside jupyter_client's channels."""
    socket = zmq.Context.instance().socket(zmq.DEALER)
    socket.linger = 0
    if km.curve_publickey:
        socket.curve_serverkey = km.curve_publickey
        socket.curve_publickey, socket.curve_secretkey = km.curve_publickey, km.curve_secretkey
    socket.connect(f"{km.transport}://{km.ip}:{km.shell_port}")
    return socket


def receive(socket, session, timeout_ms):
    if not socket.poll(timeout_ms):
        return None
    identities, frames = session.feed_identities(socket.recv_multipart())
    return session.deserialize(frames)


def test_bad_signature_and_replayed_messages_are_dropped(kernel):
    km, kc = kernel
    good = Session(key=km.session.key)
    forged = Session(key=b"not-the-key")
    socket = raw_shell_socket(km)
    try:
        forged.send(socket, "kernel_info_request", {})
        assert receive(socket, good, 1000) is None, "a forged message was answered"

        message = good.msg("kernel_info_request", {})
        frames = good.serialize(message)
        socket.send_multipart(frames)
        assert receive(socket, good, 5000)["msg_type"] == "kernel_info_reply"
        socket.send_multipart(frames)
        assert receive(socket, good, 1000) is None, "a replayed message was answered"

        socket.send_multipart([b"<IDS|MSG>", b"garbage"])
        no_signature = good.serialize(good.msg("kernel_info_request", {}))
        no_signature[1] = b""
        socket.send_multipart(no_signature)
        assert receive(socket, good, 1000) is None
        good.send(socket, "kernel_info_request", {})
        assert receive(socket, good, 5000)["msg_type"] == "kernel_info_reply", "still serving"
    finally:
        socket.close()


def test_signed_but_malformed_messages_do_not_stop_the_kernel(kernel):
    km, kc = kernel
    good = Session(key=km.session.key)
    socket = raw_shell_socket(km)
    try:
        # Correctly signed frames whose header is not JSON, and a JSON array where an object belongs.
        for header in (b"{not json", b"[1, 2, 3]"):
            parts = [header, b"{}", b"{}", b"{}"]
            socket.send_multipart([b"<IDS|MSG>", good.sign(parts)] + parts)
            assert receive(socket, good, 1000) is None, "a malformed message was answered"
        # A well-formed execute_request without its code runs as an empty cell.
        good.send(socket, "execute_request", {"silent": False})
        reply = receive(socket, good, 5000)
        assert reply["msg_type"] == "execute_reply"
        assert reply["content"]["status"] == "ok"
    finally:
        socket.close()
    assert run_cell(kc, "6 * 7")[0]["content"]["status"] == "ok", "still serving after malformed input"


def test_unknown_request_gets_an_error_reply_wrapped_in_busy_idle(kernel):
    km, kc = kernel
    drain(kc.iopub_channel, 0.05)
    msg = kc.session.msg("frobnicate_request", {})
    kc.shell_channel.send(msg)
    reply = reply_to(kc, msg["header"]["msg_id"])
    assert reply["msg_type"] == "frobnicate_reply"
    assert reply["content"]["status"] == "error"
    states = [m["content"]["execution_state"] for m in drain(kc.iopub_channel)
              if m["msg_type"] == "status" and m["parent_header"].get("msg_id") == msg["header"]["msg_id"]]
    assert states == ["busy", "idle"]
    assert run_cell(kc, "6 * 7")[0]["content"]["status"] == "ok"


def test_comm_open_for_an_unknown_target_is_closed(kernel):
    km, kc = kernel
    drain(kc.iopub_channel, 0.05)
    msg = kc.session.msg("comm_open", {"comm_id": "c-1", "target_name": "nobody", "data": {}})
    kc.shell_channel.send(msg)
    messages = []
    deadline = time.time() + TIMEOUT
    while time.time() < deadline and not any(m["msg_type"] == "comm_close" for m in messages):
        messages.append(kc.get_iopub_msg(timeout=TIMEOUT))
    close = [m for m in messages if m["msg_type"] == "comm_close"][0]
    assert close["content"]["comm_id"] == "c-1"
    info = kc.session.msg("comm_info_request", {})
    kc.shell_channel.send(info)
    assert reply_to(kc, info["header"]["msg_id"])["content"] == {"status": "ok", "comms": {}}


# --- execute options -----------------------------------------------------------------------------

def test_silent_cells_publish_nothing_and_keep_the_count(kernel):
    km, kc = kernel
    before, _ = run_cell(kc, "6 * 7")
    reply, outputs = run_cell(kc, samples.HELLO + "\n6 * 7", silent=True)
    assert reply["content"]["status"] == "ok"
    assert [m["msg_type"] for m in outputs] == ["status", "status"]
    after, _ = run_cell(kc, "6 * 7")
    assert after["content"]["execution_count"] == before["content"]["execution_count"] + 1


def test_store_history_false_keeps_the_count(kernel):
    km, kc = kernel
    before, _ = run_cell(kc, "6 * 7")
    run_cell(kc, "6 * 7", store_history=False)
    after, _ = run_cell(kc, "6 * 7")
    assert after["content"]["execution_count"] == before["content"]["execution_count"] + 1


def test_user_expressions_each_get_a_result_or_an_error(kernel):
    km, kc = kernel
    reply, _ = run_cell(kc, samples.SET_VARIABLE, user_expressions={"good": samples.READ_VARIABLE, "bad": samples.ERROR})
    expressions = reply["content"]["user_expressions"]
    assert expressions["good"]["status"] == "ok"
    assert expressions["good"]["data"]["text/plain"] == samples.READ_VARIABLE_RESULT
    assert expressions["bad"]["status"] == "error"
    assert expressions["bad"]["ename"]


def test_complete_cursor_positions_count_unicode_scalars(kernel):
    km, kc = kernel
    run_cell(kc, f"var {samples.COMPLETION_NAME} = 1")
    # "é" is two scalars when decomposed (e + combining acute) but one Character; "🙂" one scalar.
    prefix = "let s = \"e\u0301🙂\"\n"
    code = prefix + samples.COMPLETION_NAME[:6]
    msg_id = kc.complete(code, cursor_pos=len(code))
    content = reply_to(kc, msg_id)["content"]
    assert content["cursor_end"] == len(code)
    assert content["cursor_start"] == len(prefix)
    assert samples.COMPLETION_NAME in content["matches"]


def test_displays_can_be_updated_in_place(kernel):
    km, kc = kernel
    reply, outputs = run_cell(kc, samples.UPDATE_DISPLAY)
    assert reply["content"]["status"] == "ok"
    shown = [m for m in outputs if m["msg_type"] in ("display_data", "update_display_data")]
    assert [m["msg_type"] for m in shown] == ["display_data", "update_display_data"]
    assert all(m["content"]["transient"]["display_id"] == "d1" for m in shown)
    assert shown[1]["content"]["data"]["text/plain"] == "2"

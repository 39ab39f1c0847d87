"""Shell message types sent on the control channel (the spec allows it; issue 17): each is served
and answered on control, and while a cell runs, those that need the interpreter wait their turn
behind it without holding up control — kernel_info and interrupt still answer at once."""
import time

import kernel_samples as samples
from harness import TIMEOUT, drain, iopub_until_idle, reply_to, run_cell


def on_control(kc, msg_type, content):
    """Sends a request on control; returns its msg_id."""
    message = kc.session.msg(msg_type, content)
    kc.control_channel.send(message)
    return message["header"]["msg_id"]


def test_each_shell_type_is_served_on_control(kernel):
    km, kc = kernel
    run_cell(kc, "let onControl = 6")
    drain(kc.iopub_channel, 0.05)

    msg_id = on_control(kc, "execute_request", {"code": "print(onControl * 7)\nonControl + 1", "silent": False,
                                                "store_history": True, "user_expressions": {},
                                                "allow_stdin": False, "stop_on_error": True})
    reply = reply_to(kc, msg_id, channel="control")
    assert reply["msg_type"] == "execute_reply"
    assert reply["content"]["status"] == "ok", reply["content"]
    count = reply["content"]["execution_count"]
    outputs = iopub_until_idle(kc, msg_id)
    assert [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"] == ["42\n"]
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["7"]
    assert outputs[0]["content"]["execution_state"] == "busy"

    reply = reply_to(kc, on_control(kc, "complete_request", {"code": "onCon", "cursor_pos": 5}), channel="control")
    assert reply["content"]["status"] == "ok"
    assert "onControl" in reply["content"]["matches"]

    reply = reply_to(kc, on_control(kc, "inspect_request", {"code": "onControl", "cursor_pos": 3, "detail_level": 0}),
                     channel="control")
    assert reply["content"]["status"] == "ok" and reply["content"]["found"] is True
    assert "Int" in reply["content"]["data"]["text/plain"]

    reply = reply_to(kc, on_control(kc, "history_request", {"hist_access_type": "tail", "n": 1, "output": False,
                                                            "raw": True}), channel="control")
    assert reply["content"]["status"] == "ok"
    assert [entry[1:] for entry in reply["content"]["history"]] == [[count, "print(onControl * 7)\nonControl + 1"]]

    reply = reply_to(kc, on_control(kc, "comm_info_request", {}), channel="control")
    assert reply["content"] == {"status": "ok", "comms": {}}

    reply = reply_to(kc, on_control(kc, "is_complete_request", {"code": "let x = ("}), channel="control")
    assert reply["content"]["status"] == "incomplete"

    reply = reply_to(kc, on_control(kc, "connect_request", {}), channel="control")
    assert reply["content"]["shell_port"] == km.shell_port

    reply = reply_to(kc, on_control(kc, "kernel_info_request", {}), channel="control")
    assert reply["content"]["language_info"]["name"] == "swiftgrad"

    # The next cell on shell numbers after the one run from control.
    assert run_cell(kc, "1")[0]["content"]["execution_count"] == count + 1


def test_control_is_not_held_up_by_a_cell_and_queued_requests_run_after_it(kernel):
    km, kc = kernel
    drain(kc.iopub_channel, 0.05)
    running = kc.execute(samples.INFINITE_LOOP, stop_on_error=False)
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == running and msg["msg_type"] == "execute_input":
            break
    queued_execute = on_control(kc, "execute_request", {"code": 'print("after the loop")', "silent": False,
                                                        "store_history": True, "user_expressions": {},
                                                        "allow_stdin": False, "stop_on_error": True})
    queued_complete = on_control(kc, "complete_request", {"code": "pri", "cursor_pos": 3})
    time.sleep(0.3)   # both are waiting behind the running cell

    started = time.perf_counter()
    info = reply_to(kc, on_control(kc, "kernel_info_request", {}), channel="control")
    info_ms = (time.perf_counter() - started) * 1000
    assert info["content"]["status"] == "ok"
    started = time.perf_counter()
    interrupt = reply_to(kc, on_control(kc, "interrupt_request", {}), channel="control")
    interrupt_ms = (time.perf_counter() - started) * 1000
    assert interrupt["content"]["status"] == "ok"
    print(f"on control behind a running cell: kernel_info {info_ms:.1f} ms, interrupt {interrupt_ms:.1f} ms")
    assert info_ms < 500 and interrupt_ms < 500

    assert reply_to(kc, running)["content"]["ename"] == "Interrupted"
    reply = reply_to(kc, queued_execute, channel="control")
    assert reply["content"]["status"] == "ok"
    outputs = iopub_until_idle(kc, queued_execute)
    assert [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"] == ["after the loop\n"]
    reply = reply_to(kc, queued_complete, channel="control")
    assert "print" in reply["content"]["matches"]


def test_stop_on_error_aborts_an_execute_queued_on_control(kernel):
    km, kc = kernel
    failing = kc.execute(samples.SLOW_ERROR)
    queued = on_control(kc, "execute_request", {"code": "print(1)", "silent": False, "store_history": True,
                                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    assert reply_to(kc, failing)["content"]["status"] == "error"
    assert reply_to(kc, queued, channel="control")["content"]["status"] == "aborted"
    assert run_cell(kc, "print(2)")[0]["content"]["status"] == "ok"

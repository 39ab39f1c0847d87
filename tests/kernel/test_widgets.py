"""Widgets over Jupyter comms, driven with jupyter_client as a front end would: the kernel opens
`jupyter.widget` comms with @jupyter-widgets/controls 2.0.0 models, the "front end" sends updates and
clicks back (also while a cell runs), and the next cell reads them."""
import time

from harness import TIMEOUT, drain, iopub_until_idle, reply_to, run_cell

VIEW = "application/vnd.jupyter.widget-view+json"


def comm_opens(outputs):
    return [m for m in outputs if m["msg_type"] == "comm_open"]


def open_widget(kc, code):
    """Runs a cell that creates one widget and shows it; returns (comm id, comm_open content, result)."""
    reply, outputs = run_cell(kc, code)
    assert reply["content"]["status"] == "ok", reply["content"]
    opens = comm_opens(outputs)
    assert opens, [m["msg_type"] for m in outputs]
    result = [m for m in outputs if m["msg_type"] in ("execute_result", "display_data")][-1]
    return opens[-1]["content"]["comm_id"], opens[-1], result


def send_comm(kc, comm_id, data):
    """Sends a comm_msg as a front end does; returns the message sent."""
    msg = kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
    kc.shell_channel.send(msg)
    return msg


def update(kc, comm_id, **state):
    msg = send_comm(kc, comm_id, {"method": "update", "state": state, "buffer_paths": []})
    return iopub_until_idle(kc, msg["header"]["msg_id"])


def value_of(kc, expr):
    reply, outputs = run_cell(kc, expr)
    assert reply["content"]["status"] == "ok", reply["content"]
    return [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]["text/plain"]


def test_a_slider_opens_a_float_slider_model_and_shows_its_view(kernel):
    km, kc = kernel
    comm_id, opened, result = open_widget(kc, 'let w = Slider("w", in: -3...3, value: 2.0, step: 0.1)\nw')
    assert opened["content"]["target_name"] == "jupyter.widget"
    assert opened["metadata"]["version"].startswith("2.")
    state = opened["content"]["data"]["state"]
    assert state["_model_name"] == "FloatSliderModel"
    assert state["_model_module"] == "@jupyter-widgets/controls"
    assert state["_model_module_version"] == "2.0.0"
    assert state["_view_name"] == "FloatSliderView"
    assert (state["value"], state["min"], state["max"], state["step"]) == (2.0, -3, 3, 0.1)
    data = result["content"]["data"]
    assert data[VIEW]["model_id"] == comm_id
    assert data[VIEW]["version_major"] == 2
    assert data["text/plain"] == "w: 2.0 (slider -3 … 3)"
    assert "<input type=\"range\"" in data["text/html"]


def test_a_front_end_update_is_the_value_the_next_cell_reads(kernel):
    km, kc = kernel
    comm_id, _, _ = open_widget(kc, 'let s = Slider("x", in: 0...1, value: 0.5)\ns')
    states = [m["content"]["execution_state"] for m in update(kc, comm_id, value=0.25) if m["msg_type"] == "status"]
    assert states == ["busy", "idle"]
    assert value_of(kc, "s.value") == "0.25"


def test_assigning_value_updates_the_front_end(kernel):
    km, kc = kernel
    comm_id, _, _ = open_widget(kc, 'let t = IntSlider("n", in: 1...10, value: 3)\nt')
    reply, outputs = run_cell(kc, "t.value = 7")
    assert reply["content"]["status"] == "ok"
    msgs = [m for m in outputs if m["msg_type"] == "comm_msg"]
    assert msgs[0]["content"]["comm_id"] == comm_id
    assert msgs[0]["content"]["data"] == {"method": "update", "state": {"value": 7}, "buffer_paths": []}
    reply, outputs = run_cell(kc, 't.value = 2.5')
    assert reply["content"]["status"] == "error" and "Int" in reply["content"]["evalue"]


def test_on_change_runs_with_the_new_value_parented_on_the_comm_message(kernel):
    km, kc = kernel
    comm_id, _, _ = open_widget(kc, 'let c = Checkbox("relu", value: false)\nc.onChange { on in print("relu is", on) }\nc')
    got = update(kc, comm_id, value=True)
    assert [m["content"]["text"] for m in got if m["msg_type"] == "stream"] == ["relu is true\n"]
    assert value_of(kc, "c.value") == "true"


def test_dropdown_sends_an_index_and_reads_back_the_option(kernel):
    km, kc = kernel
    comm_id, opened, _ = open_widget(kc, 'let d = Dropdown("act", options: ["tanh", "relu", "sigmoid"])\nd')
    state = opened["content"]["data"]["state"]
    assert state["_model_name"] == "DropdownModel" and state["_options_labels"] == ["tanh", "relu", "sigmoid"]
    update(kc, comm_id, index=2)
    assert value_of(kc, "d.value") == '"sigmoid"'


def test_request_state_is_answered_with_the_whole_state(kernel):
    km, kc = kernel
    comm_id, _, _ = open_widget(kc, 'let r = Slider("r", in: 0...1, value: 0.5)\nr')
    update(kc, comm_id, value=0.75)
    msg = send_comm(kc, comm_id, {"method": "request_state"})
    got = iopub_until_idle(kc, msg["header"]["msg_id"])
    state = [m for m in got if m["msg_type"] == "comm_msg"][0]["content"]["data"]["state"]
    assert state["_model_name"] == "FloatSliderModel" and state["value"] == 0.75


def test_interact_replaces_its_output_in_place(kernel):
    km, kc = kernel
    reply, outputs = run_cell(kc, 'let a = Slider("a", in: 0...4, value: 1)\ninteract(a) { a in print("twice a is", a * 2) }')
    assert reply["content"]["status"] == "ok", reply["content"]
    comm_id = comm_opens(outputs)[0]["content"]["comm_id"]
    shown = [m for m in outputs if m["msg_type"] == "display_data" and "display_id" in m["content"]["transient"]]
    assert shown[0]["content"]["data"]["text/plain"] == "twice a is 2.0"
    display_id = shown[0]["content"]["transient"]["display_id"]
    got = update(kc, comm_id, value=3.0)
    updates = [m for m in got if m["msg_type"] == "update_display_data"]
    assert updates and updates[-1]["content"]["transient"]["display_id"] == display_id
    assert updates[-1]["content"]["data"]["text/plain"] == "twice a is 6.0"


def test_comm_info_lists_the_widgets_comms(kernel):
    km, kc = kernel
    comm_id, _, _ = open_widget(kc, 'let i = Button("info")\ni')
    msg = kc.session.msg("comm_info_request", {"target_name": "jupyter.widget"})
    kc.shell_channel.send(msg)
    reply = reply_to(kc, msg["header"]["msg_id"])
    comms = reply["content"]["comms"]
    assert comms[comm_id] == {"target_name": "jupyter.widget"}
    msg = kc.session.msg("comm_info_request", {"target_name": "nobody"})
    kc.shell_channel.send(msg)
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["content"]["comms"] == {}


def test_a_running_cell_sees_a_moved_slider_at_its_next_safe_point(kernel):
    km, kc = kernel
    comm_id, _, _ = open_widget(kc, 'let g = Slider("g", in: 0...1, value: 0)\nvar seen = 0.0\ng.onChange { v in seen = v }\ng')
    drain(kc.iopub_channel, 0.05)
    cell = kc.execute("var spins = 0\nwhile seen < 0.5 { spins += 1 }\nprint(\"saw\", seen)")
    time.sleep(0.3)
    update(kc, comm_id, value=0.75)
    reply = reply_to(kc, cell)
    assert reply["content"]["status"] == "ok"
    assert value_of(kc, "seen") == "0.75"


def test_a_stop_button_and_a_learning_rate_slider_steer_a_running_train(kernel):
    km, kc = kernel
    stop_id, _, _ = open_widget(kc, 'let stop = Button("Stop")\nstop')
    lr_id, _, _ = open_widget(kc, 'let rate = Slider("lr", in: 0...1, value: 0)\nrate')
    reply, _ = run_cell(kc, "seed(1)\nlet data = makeMoons(40, noise: 0.1)\nlet net = MLP(2, [8, 1])")
    assert reply["content"]["status"] == "ok"
    drain(kc.iopub_channel, 0.05)
    cell = kc.execute("let h = train(net, data.X, data.y, epochs: 1000000, lr: rate, progress: false, stop: stop)")
    time.sleep(0.5)
    update(kc, lr_id, value=0.05)   # training learns from here on
    time.sleep(0.5)
    send_comm(kc, stop_id, {"method": "custom", "content": {"event": "click"}})
    reply = reply_to(kc, cell)
    assert reply["content"]["status"] == "ok", reply["content"]
    epochs = int(value_of(kc, "h.count"))
    assert 2 < epochs < 1000000
    # With lr 0 the loss does not move; after the slider moved it falls.
    assert value_of(kc, "h[0] == h[1]") == "true"
    assert value_of(kc, "h[h.count - 1] < h[0]") == "true"
    assert value_of(kc, "stop.clicks") == "1"


def test_the_stepper_moves_through_the_backward_pass_on_next_clicks(kernel):
    km, kc = kernel
    reply, outputs = run_cell(kc, 'let sw = Value(2.0, label: "w"), sx = Value(3.0, label: "x")\n'
                                  'let sL = (sw * sx + 1) ** 2\nstepper(sL)')
    assert reply["content"]["status"] == "ok", reply["content"]
    states = {m["content"]["comm_id"]: m["content"]["data"]["state"] for m in comm_opens(outputs)}
    buttons = {s["description"]: cid for cid, s in states.items() if s["_model_name"] == "ButtonModel"}
    slider = [cid for cid, s in states.items() if s["_model_name"] == "IntSliderModel"][0]
    box = [s for s in states.values() if s["_model_name"] == "HBoxModel"][0]
    assert box["children"] == [f"IPY_MODEL_{buttons['◀ back']}", f"IPY_MODEL_{buttons['next ▶']}", f"IPY_MODEL_{slider}"]
    first = [m for m in outputs if m["msg_type"] == "display_data" and m["content"]["transient"].get("display_id")][0]
    assert first["content"]["data"]["text/plain"].startswith("Position 0 of 3: Start: dsL/dsL = 1")
    msg = send_comm(kc, buttons["next ▶"], {"method": "custom", "content": {"event": "click"}})
    got = iopub_until_idle(kc, msg["header"]["msg_id"])
    # The slider moves in the front end, and the view is replaced by step 1.
    assert any(m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == slider
               and m["content"]["data"]["state"] == {"value": 1} for m in got)
    view = [m for m in got if m["msg_type"] == "update_display_data"][-1]
    assert view["content"]["transient"]["display_id"] == first["content"]["transient"]["display_id"]
    text = view["content"]["data"]["text/plain"]
    assert text.startswith("Position 1 of 3: step 3 backward: sL = v2 ** 2\n  dsL/dv2 = 2·v2 = 14"), text
    assert "<svg" in view["content"]["data"]["text/html"]


def test_explore_moves_every_view_to_the_chosen_epoch(kernel):
    km, kc = kernel
    reply, outputs = run_cell(kc, "seed(3)\nlet moons = makeMoons(30, noise: 0.1)\n"
                                  "let run = train(MLP(2, [4, 1]), moons.X, moons.y, epochs: 20, lr: 0.1, progress: false, snapshots: true)\n"
                                  "explore(run)")
    assert reply["content"]["status"] == "ok", reply["content"]
    states = {m["content"]["comm_id"]: m["content"]["data"]["state"] for m in comm_opens(outputs)}
    epoch = [cid for cid, s in states.items() if s.get("description") == "epoch"][0]
    first = [m for m in outputs if m["msg_type"] == "display_data" and m["content"]["transient"].get("display_id")][0]
    assert "Epoch 20 of 20" in first["content"]["data"]["text/plain"]
    got = update(kc, epoch, value=5)
    view = [m for m in got if m["msg_type"] == "update_display_data"][-1]
    assert view["content"]["transient"]["display_id"] == first["content"]["transient"]["display_id"]
    text = view["content"]["data"]["text/plain"]
    assert "Epoch 5 of 20" in text, text
    assert view["content"]["data"]["text/html"].count("<svg") >= 2   # the loss curve and the boundary
    assert value_of(kc, "run.count") == "20"

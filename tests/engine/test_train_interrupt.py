"""An interrupt stops `train` within a batch: the cell ends with an Interrupted error quickly, and the
model and every variable survive for the next cell. Runs the real kernel through jupyter_client."""
import time

from swiftgrad_cli import kernel_manager

TIMEOUT = 30


def test_interrupt_stops_training_and_keeps_the_model(tmp_path):
    km = kernel_manager(tmp_path)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        kc.execute_interactive("seed(1)\nlet (X, y) = makeMoons(100)\nlet model = MLP(2, [16, 16, 1])", timeout=TIMEOUT)
        msg_id = kc.execute("let h = train(model, X, y, epochs: 1_000_000, lr: 0.01, loss: .hinge)")
        time.sleep(1.5)
        started = time.monotonic()
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = kc.get_shell_msg(timeout=TIMEOUT)
        assert time.monotonic() - started < 5
        assert reply["content"]["status"] == "error"
        assert reply["content"]["ename"] == "Interrupted"
        assert "training was interrupted after" in reply["content"]["evalue"]
        outputs = []
        reply = kc.execute_interactive("print(model.parameters().count)", timeout=TIMEOUT,
                                       output_hook=lambda m: outputs.append(m))
        assert reply["content"]["status"] == "ok", reply["content"]
        assert any(m["msg_type"] == "stream" and m["content"]["text"] == "337\n" for m in outputs)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)

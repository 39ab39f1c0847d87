"""An interrupt stops `train` within a batch: the cell ends with an Interrupted error quickly, and the
model and every variable survive for the next cell. Runs the real kernel through jupyter_client."""
import time

from harness import reply_to, running_kernel

TIMEOUT = 30


def test_interrupt_stops_training_and_keeps_the_model(tmp_path):
    with running_kernel(tmp_path) as (km, kc):
        kc.execute_interactive("seed(1)\nlet (X, y) = makeMoons(100)\nlet model = MLP(2, [16, 16, 1])", timeout=TIMEOUT)
        msg_id = kc.execute("let h = train(model, X, y, epochs: 1_000_000, lr: 0.01, loss: .hinge)")
        time.sleep(1.5)
        started = time.monotonic()
        km.interrupt_kernel()
        interrupted = reply_to(kc, msg_id, timeout=TIMEOUT)["content"]
        assert time.monotonic() - started < 5
        assert interrupted["status"] == "error"
        assert interrupted["ename"] == "Interrupted"
        assert "training was interrupted after" in interrupted["evalue"]
        outputs = []
        reply = kc.execute_interactive("print(model.parameters().count)", timeout=TIMEOUT,
                                       output_hook=lambda m: outputs.append(m))
        assert reply["content"]["status"] == "ok", reply["content"]
        assert any(m["msg_type"] == "stream" and m["content"]["text"] == "337\n" for m in outputs)

"""stop_on_error aborts only the cells queued before the failing cell's reply: a cell the client sends
after it saw the error always runs (the kernel used to drain its queue after replying, racing a fast
client — it showed as a flaky aborted reply on the cell after an interrupted `train`)."""
from harness import reply_to, running_kernel


def test_only_cells_queued_before_the_error_reply_are_aborted(tmp_path):
    with running_kernel(tmp_path) as (_, kc):
        for _ in range(30):
            failing = kc.execute("1 / 0")
            assert reply_to(kc, failing, timeout=30)["content"]["ename"] == "DivisionByZero"
            after = kc.execute("1 + 1")
            assert reply_to(kc, after, timeout=30)["content"]["status"] == "ok", "sent after the error: runs"
        slow = kc.execute("var i = 0\nwhile i < 300000 { i += 1 }\n1 / 0")
        queued = kc.execute("1 + 1")
        assert reply_to(kc, slow, timeout=30)["content"]["status"] == "error"
        assert reply_to(kc, queued, timeout=30)["content"]["status"] == "aborted", "queued behind the failure: aborted"

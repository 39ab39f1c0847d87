"""`swiftgrad run` as a terminal host: displays with an id (train's progress) are one live line on
stderr redrawn with \\r; stdout gets each display's text/plain once; stream floods are truncated."""
import fcntl
import os
import pty
import struct
import subprocess
import termios

from harness import run_script, swiftgrad_binary

UPDATES = """
for i in 1...5 { display("step \\(i) of 5", id: "progress", update: i > 1) }
print("after")
"""


def test_display_updates_are_one_line_on_stderr(tmp_path):
    result = run_script(tmp_path, UPDATES)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\r") == 5, repr(result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), "finished with one newline"
    frames = result.stderr.rstrip("\n").split("\r")[1:]
    assert [f.strip() for f in frames] == [f'"step {i} of 5"' for i in range(1, 6)]
    # stdout: the display's final state once, then what came after it, in order
    assert result.stdout == '"step 5 of 5"\nafter\n'


def test_train_progress_is_a_live_line_then_the_loss_curve(tmp_path):
    result = run_script(tmp_path, """
seed(3)
let (X, y) = makeBlobs(20, centers: 2)
let model = MLP(2, [4, 1])
let history = train(model, X, y, epochs: 200, lr: 0.05)
print("epochs:", history.count)
""")
    assert result.returncode == 0, result.stderr
    progress = result.stderr
    assert progress.startswith("\r[") and progress.endswith("\n")
    assert progress.count("\n") == 1, "one progress line, not one per update"
    assert "epoch 200/200" in progress.split("\r")[-1] and "100%" in progress.split("\r")[-1]
    lines = result.stdout.splitlines()
    assert "epoch 200/200" in lines[0] and lines[0].endswith(" · done"), "the progress line's final state, once"
    assert lines[1].startswith("Loss curve: 200 epochs"), result.stdout
    assert lines[-1] == "epochs: 200"
    assert "epoch 1/" not in result.stdout, "progress states stay off stdout"


def test_displays_without_id_print_their_text(tmp_path):
    result = run_script(tmp_path, 'display(html("<b>hi</b> there"))\ndisplay(lossCurve([1.0, 0.5]))\n')
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("hi there\nLoss curve: 2 epochs")
    assert result.stderr == ""


def test_flooding_stream_output_is_truncated_with_a_note(tmp_path):
    flood = 'for i in 0..<1000 { print(i) }\nprint("end")\n'
    result = run_script(tmp_path, flood, "--max-output", "50")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout) == 50 and result.stdout.startswith("0\n1\n2\n")
    assert "end" not in result.stdout
    assert "[output truncated: this cell wrote more than 50 characters" in result.stderr
    assert result.stderr.count("truncated") == 1


def test_output_limit_from_the_environment_and_unlimited_by_default(tmp_path):
    flood = 'for i in 0..<1000 { print(i) }\n'
    env_before = os.environ.get("SWIFTGRAD_MAX_OUTPUT")
    os.environ["SWIFTGRAD_MAX_OUTPUT"] = "20"
    try:
        limited = run_script(tmp_path, flood)
    finally:
        if env_before is None:
            del os.environ["SWIFTGRAD_MAX_OUTPUT"]
        else:
            os.environ["SWIFTGRAD_MAX_OUTPUT"] = env_before
    assert len(limited.stdout) == 20 and "truncated" in limited.stderr
    full = run_script(tmp_path, flood)
    assert full.stdout.splitlines() == [str(i) for i in range(1000)]
    assert full.stderr == ""


def test_errors_are_reported_after_a_live_line(tmp_path):
    result = run_script(tmp_path, 'display("working", id: "p")\n1 / 0\n')
    assert result.returncode == 1
    assert result.stderr.startswith('\r"working"\n')
    assert "DivisionByZero" in result.stderr or "division" in result.stderr.lower()


def test_on_a_terminal_the_live_line_fits_its_width(tmp_path):
    """stderr on a 40-column pseudo-terminal: each redraw is cut to 39 characters so \\r can redraw it."""
    script = tmp_path / "wide.swiftgrad"
    script.write_text('for i in 1...3 { display("progress \\(i) " + String(repeating: "#", count: 60), id: "p", update: i > 1) }\n')
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 40, 0, 0))
    process = subprocess.Popen([swiftgrad_binary(), "run", str(script)], stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    stdout, _ = process.communicate(timeout=60)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    os.close(leader)
    assert process.returncode == 0
    frames = received.decode().replace("\r\n", "\n").rstrip("\n").split("\r")[1:]
    assert [f[:11] for f in frames] == ['"progress 1', '"progress 2', '"progress 3']
    assert all(len(f) == 39 for f in frames), frames
    assert stdout.decode().startswith('"progress 3 ####'), "stdout keeps the whole text"

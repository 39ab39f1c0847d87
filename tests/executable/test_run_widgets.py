"""Widgets in `swiftgrad run` (no front end): each control prints a snapshot of its state, `interact`'s
output appears once in its final state, and the teaching views print their text."""
from harness import run_script

SCRIPT = """
let w = Slider("w", in: -3...3, value: 2.0, step: 0.5)
display(w)
interact(w) { v in print("twice w is", v * 2) }
w.value = 1.5
print(Checkbox("relu", value: true), Dropdown("act", options: ["tanh", "relu"]).value)
let a = Value(2.0, label: "a"), c = Value(3.0, label: "c")
let L = a * c
L.label = "L"
print(quiz(L, expected: ["a": 3.0, "c": 3.0]))
"""


def test_widgets_print_snapshots_and_final_states(tmp_path):
    result = run_script(tmp_path, SCRIPT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "w: 2.0 (slider -3 … 3)",
        "w: 2.0 (slider -3 … 3)",
        "twice w is 3.0",   # the interact output, once, as it ended (w = 1.5)
        "[x] relu tanh",
        "✓ dL/da: you said 3, the engine says 3 (finite differences: 3)",
        "✗ dL/dc: you said 3, the engine says 2 (finite differences: 2)",
        "  dL/dc is the local derivative of L = a * c with respect to c: 2",
        "1 of 2 right",
    ], result.stdout

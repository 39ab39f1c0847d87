"""The engine's displays in a real notebook: cells executed by nbclient on the real kernel carry the
mime types issue 5 asks for, and train's live progress is one display updated in place, followed by
the loss curve as a display of its own."""
import nbformat
import pytest
from nbclient import NotebookClient

from harness import kernel_manager

CELLS = {
    "graph": """
let w = Value(2.0, label: "w")
let x = Value(3.0, label: "x")
let b = Value(1.0, label: "b")
let L = (w * x + b) ** 2
L.backward()
graph(L)
""",
    "table": "gradTable(L)",
    "trace": "trace(L)",
    "plot": "plot([3.0, 2.0, 1.5])",
    "train": """
seed(1)
let (X, y) = makeMoons(40, noise: 0.1)
let model = MLP(2, [8, 1])
let history = train(model, X, y, epochs: 300, lr: 0.05, loss: .hinge)
print(history.count)
""",
    "boundary": "decisionBoundary(model, X, y)",
    "checks": 'check(w.grad, 42, "dL/dw")\ncheck(b.grad, 15, "dL/db")',
    "rich": 'display(html("<b>bold</b>"))\nmarkdown("*hi*")',
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS.values()]
    km = kernel_manager(tmp_path_factory.mktemp("kernels"))
    NotebookClient(nb, km=km, timeout=120).execute()
    return {name: cell.outputs for name, cell in zip(CELLS, nb.cells)}


def mime_types(output):
    return set(output.get("data", {}))


def test_graph_is_dot_svg_and_text(outputs):
    [out] = outputs["graph"]
    assert out.output_type == "execute_result"
    assert mime_types(out) == {"text/vnd.graphviz", "image/svg+xml", "text/html", "text/plain"}
    assert "<svg" in out.data["image/svg+xml"] and "grad 42.0000" in out.data["text/vnd.graphviz"]
    assert "<svg" in out.data["text/html"], "inlined for front ends that scale HTML to the output width"
    assert "v1     w * x           6    14  → v2" in out.data["text/plain"], "a text drawing for consoles"


def test_tables_and_traces_have_html(outputs):
    [table] = outputs["table"]
    assert mime_types(table) == {"text/plain", "text/html", "text/markdown"}
    assert "14 · 3 = 42" in table.data["text/plain"]
    [trace] = outputs["trace"]
    assert {"text/plain", "text/html"} <= mime_types(trace)


def test_plots_are_vega_lite_svg_and_text(outputs):
    for name in ("plot", "boundary"):
        [out] = outputs[name]
        assert mime_types(out) == {"application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"}, name
        assert out.data["application/vnd.vegalite.v5+json"]["$schema"].endswith("vega-lite/v5.json")


def test_train_progress_is_one_display_then_the_loss_curve_is_another(outputs):
    displays = [o for o in outputs["train"] if o.output_type == "display_data"]
    assert len(displays) == 2, "progress updates replace one display; the curve is a display_data of its own"
    progress, curve = displays
    assert "epoch 300/300" in progress.data["text/plain"] and progress.data["text/plain"].endswith(" · done")
    assert curve.data["text/plain"].startswith("Loss curve: 300 epochs")
    assert "image/svg+xml" in curve.data and "application/vnd.vegalite.v5+json" in curve.data
    assert "display_id" not in curve.get("transient", {}), "console shows display_data, not updates"
    streams = [o for o in outputs["train"] if o.output_type == "stream"]
    assert "".join(s.text for s in streams) == "300\n"


def test_checks_and_rich_text(outputs):
    texts = [o.data["text/plain"] for o in outputs["checks"]]
    assert texts == ["✓ dL/dw: 42.0 ≈ 42", "✗ dL/db: got 14.0, expected 15"]
    assert all("text/html" in o.data for o in outputs["checks"])
    html, md = outputs["rich"]
    assert html.data["text/html"] == "<b>bold</b>" and md.data["text/markdown"] == "*hi*"

"""JupyterLab in headless Chromium, lessons 5 (training an MLP) and 6 (the matrix form) run with Run All:
every cell runs, their graphs (the tensor graph of a whole network on a batch, one neuron's graph, the
architecture) fit at a legible scale, every loss plot is drawn by Vega, the live controls render as
widgets, the final progress line stays on one line, and the tensor gradient table and the shapes table
read in the Light and the Dark theme. Screenshots of each in both themes land in tests/browser/screenshots/."""
import json
from pathlib import Path

import pytest

from lab_harness import DARK, LIGHT
from lesson_checks import assert_every_cell_ran, assert_graphs_fit, assert_text_contrasts, outputs_with, run_lesson

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
TRAINING = "05-training-an-mlp.ipynb"
MATRIX = "06-matrix-form.ipynb"
VEGA = "application/vnd.vegalite.v5+json"


def stored_vega_outputs(name):
    nb = json.loads((NOTEBOOKS / name).read_text())
    return sum(VEGA in o.get("data", {}) for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"])


def assert_lesson_rendered(lab, name):
    """Every cell ran, every graph fits, every Vega-Lite output the stored lesson has is drawn (a canvas
    or an svg). Returns how many charts."""
    assert_every_cell_ran(lab)
    assert_graphs_fit(lab)
    count = stored_vega_outputs(name)
    lab.wait_for("(() => { const p = window.jupyterapp.shell.currentWidget.node; return p.querySelectorAll("
                 f"'.jp-OutputArea .vega-embed canvas, .jp-OutputArea .vega-embed svg').length >= {count}; }})()",
                 timeout=60, message=f"{count} Vega-Lite charts drawn")
    return count


def theme_name(theme):
    return "light" if theme == LIGHT else "dark"


@pytest.fixture(scope="module")
def training(lab):
    yield from run_lesson(lab, TRAINING)


def test_training_lesson_runs_its_plots_and_widgets(training):
    lab = training
    assert assert_lesson_rendered(lab, TRAINING) >= 6, "the loss curves and decision boundaries"
    assert not [o for o in outputs_with(lab, "div") if "Error displaying widget" in o.text]
    slider = lab.find(".jp-OutputArea-output .widget-slider")
    stop = [b for b in lab.find(".jp-OutputArea-output button.widget-button") if b.text == "Stop"]
    assert slider and stop, "the learning-rate slider and the Stop button, drawn by the widget manager"
    assert "0.10" in slider[0].text


def test_final_progress_line_does_not_wrap(training):
    """The finished bar's status ("epoch 300/300 · loss … · done in 0.2 s") is one line beside the bar."""
    lab = training
    bars = [o for o in outputs_with(lab, "span") if "epoch 300/300" in o.text and "done in" in o.text]
    assert bars, "the steered training's finished progress bar"
    lines = lab.js("return arguments[0].querySelector('span').getClientRects().length;", bars[0])
    assert lines == 1, f"the status wraps onto {lines} lines: {bars[0].text!r}"


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_training_screenshots(training, theme):
    lab = training
    lab.set_theme(theme)
    plots = outputs_with(lab, ".vega-embed")
    controls = outputs_with(lab, ".widget-slider")
    bars = [o for o in outputs_with(lab, "span") if "epoch 300/300" in o.text]
    lab.screenshot_element(plots[0], f"lesson05-loss-plot-{theme_name(theme)}")
    lab.screenshot_element(controls[0], f"lesson05-slider-{theme_name(theme)}")
    lab.js("arguments[0].scrollIntoView({block: 'center'});", bars[0])
    lab.screenshot(f"lesson05-controls-{theme_name(theme)}")
    assert_text_contrasts(lab, bars, "span", theme)


@pytest.fixture(scope="module")
def matrix(lab):
    yield from run_lesson(lab, MATRIX)


def test_matrix_lesson_graphs_fit_and_its_plots_render(matrix):
    lab = matrix
    assert assert_lesson_rendered(lab, MATRIX) >= 3, "the loss curve, the gradient noise, the batch losses"
    assert noise_plot(lab).size["height"] > 100, "the gradient-noise plot drawn"


def tensor_graph(lab):
    """The network's tensor graph: the SVG whose nodes include the shape [100, 4]."""
    graphs = [o for o in outputs_with(lab, "svg") if "binaryCrossEntropy" in o.text and "[100, 4]" in o.text]
    assert graphs, "the tensor graph of the whole network"
    return graphs[0]


def noise_plot(lab):
    """The chart of the cell that plots the gradient noise (Vega draws titles on a canvas: found by its code)."""
    return lab.js("""
        const p = window.jupyterapp.shell.currentWidget.node;
        const cell = [...p.querySelectorAll('.jp-CodeCell')].find(c =>
            c.querySelector('.jp-InputArea').textContent.includes('title: "gradient noise'));
        return cell && cell.querySelector('.jp-OutputArea .vega-embed');""")


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_matrix_lesson_tables_read_in_both_themes(matrix, theme):
    lab = matrix
    lab.set_theme(theme)
    gradients = [o for o in outputs_with(lab, "table") if "Gradients of L" in o.text and "tensor" in o.text]
    shapes = [o for o in outputs_with(lab, "table") if "shape of what it differentiates" in o.text]
    assert gradients and shapes, "the tensor gradient table and the table of δ and ∂L/∂W shapes"
    assert_text_contrasts(lab, gradients + shapes, "th, td", theme)
    # Shapes such as [100, 4] stay on one line in the gradient table.
    for cell in gradients[0].find_elements("css selector", "td:nth-child(3)"):
        lines = lab.js("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                       " return new Set([...r.getClientRects()].map(q => Math.round(q.top))).size;", cell)
        assert lines == 1, f"shape cell {cell.text!r} wraps onto {lines} lines"
    name = theme_name(theme)
    lab.screenshot_element(gradients[0], f"lesson06-gradtable-{name}")
    lab.screenshot_element(shapes[0], f"lesson06-shapes-{name}")
    graph = tensor_graph(lab)
    lab.js("arguments[0].scrollIntoView({block: 'start'});", graph)
    lab.screenshot(f"lesson06-tensor-graph-{name}")
    lab.screenshot_element(noise_plot(lab), f"lesson06-gradient-noise-{name}")

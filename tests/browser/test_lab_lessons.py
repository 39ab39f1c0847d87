"""JupyterLab in headless Chromium: a lesson run with Run All renders as a learner sees it, in the Light
and the Dark theme, and Run All after an error leaves the skipped cells unnumbered.

Screenshots of each check land in tests/browser/screenshots/ (git-ignored) for a person to look at.
"""
import pytest

from lab_harness import DARK, LIGHT, text_contrast

# Lesson 2 draws wide computation graphs (1400 pt and more at natural size), a backward trace and a
# gradient table; lesson 1 adds Vega-Lite plots.
LESSON = "02-computation-graphs.ipynb"
PLOTS_LESSON = "01-chain-rule.ipynb"


@pytest.fixture(scope="module")
def lesson(lab):
    """The lesson, run once with Run All (shared by the checks below; each sets the theme it needs)."""
    lab.open(LESSON)
    lab.run_all(timeout=300)
    yield lab
    lab.set_theme(LIGHT)
    lab.close_all()


def outputs_with(lab, css):
    """Output elements (one per display) of the current notebook that contain `css`."""
    return lab.js("""
        const panel = window.jupyterapp.shell.currentWidget.node;
        return [...panel.querySelectorAll('.jp-OutputArea-output')].filter(o => o.querySelector(arguments[0]));""", css)


def test_every_cell_ran_without_error(lesson):
    cells = lesson.code_cells()
    assert cells, "no code cells rendered"
    prompts = [c["prompt"].strip() for c in cells]
    assert all(p[1:-2].isdigit() for p in prompts), f"a cell did not run: {prompts}"
    assert not lesson.find(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"), "stderr output"


def test_graphs_fit_the_output_width_and_stay_legible(lesson):
    graphs = outputs_with(lesson, "img[src^='data:image/svg+xml'], svg")
    graphs = [g for g in graphs if lesson.js("return arguments[0].closest('.jp-OutputArea-child') !== null &&"
                                             " !arguments[0].querySelector('.vega-embed')", g)]
    assert graphs, "no SVG output"
    for index, output in enumerate(graphs):
        fit = lesson.js("""
            const out = arguments[0];
            const pic = out.querySelector('img') || out.querySelector('svg');
            const r = pic.getBoundingClientRect();
            const natural = pic.naturalWidth || (pic.width && pic.width.baseVal.value) || r.width;
            return {width: r.width, area: out.clientWidth, scroll: out.scrollWidth, natural: natural};""", output)
        assert fit["width"] > 50, f"graph {index} is not drawn: {fit}"
        assert fit["width"] <= fit["area"] + 1, f"graph {index} wider than its output area: {fit}"
        assert fit["scroll"] <= fit["area"] + 1, f"graph {index} scrolls sideways: {fit}"
        # Graphviz labels are 12-16 pt at natural size; shrunk by more than half they are unreadable.
        assert fit["width"] / fit["natural"] >= 0.5 or fit["width"] >= fit["area"] - 2, f"graph {index} shrunk: {fit}"
    widest = max(graphs, key=lambda g: lesson.js("const p = arguments[0].querySelector('img, svg');"
                                                 " return p.naturalWidth || p.width.baseVal.value;", g))
    lesson.js("arguments[0].scrollIntoView({block: 'center'});", widest)
    lesson.screenshot("lesson02-widest-graph-light")


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_gradient_table_text_contrasts_with_its_background(lesson, theme):
    lesson.set_theme(theme)
    tables = [t for t in outputs_with(lesson, "table") if "chain rule" in t.text]
    assert tables, "no gradient table output"
    traces = [t for t in outputs_with(lesson, "ol") if "backward:" in t.text]
    assert traces, "no backward trace output"
    for output in tables + traces:
        for cell in output.find_elements("css selector", "th, td, li div, ol + div"):
            if not cell.text.strip():
                continue
            ratio = text_contrast(lesson, cell)
            assert ratio >= 4.5, f"{theme}: '{cell.text}' has contrast {ratio:.2f} (WCAG AA needs 4.5)"
    name = "light" if theme == LIGHT else "dark"
    lesson.screenshot_element(tables[0], f"lesson02-gradtable-{name}")
    lesson.screenshot_element(traces[0], f"lesson02-trace-{name}")


def test_vega_lite_chart_rendered(lab):
    lab.open(PLOTS_LESSON)
    lab.run_all()
    charts = lab.wait_for("document.querySelectorAll('.jp-OutputArea .vega-embed canvas, "
                          ".jp-OutputArea .vega-embed svg').length", timeout=30, message="a Vega-Lite chart")
    assert charts >= 2, "lesson 1 plots twice"
    chart = lab.find(".jp-OutputArea .vega-embed")[0]
    size = chart.size
    assert size["width"] > 100 and size["height"] > 100, size
    lab.screenshot_element(chart, "lesson01-vega")
    lab.close_all()


def test_cells_skipped_after_an_error_show_no_number(lab):
    lab.write_notebook("skipped.ipynb", ["let a = 6 * 7", "a / 0", "a + 1", "print(a)"])
    lab.open("skipped.ipynb")
    lab.run_all()
    prompts = [c["prompt"].strip() for c in lab.code_cells()]
    lab.screenshot("skipped-after-error")
    lab.close_all()
    assert prompts == ["[1]:", "[2]:", "[ ]:", "[ ]:"], prompts

"""JupyterLab in headless Chromium: a lesson run with Run All renders as a learner sees it, in the Light
and the Dark theme, and Run All after an error leaves the skipped cells unnumbered.

Screenshots of each check land in tests/browser/screenshots/ (git-ignored) for a person to look at.
"""
import pytest

from lab_harness import DARK, LIGHT
from lesson_checks import assert_every_cell_ran, assert_graphs_fit, assert_tables_read_in, run_lesson

# Lesson 2 draws wide computation graphs (1400 pt and more at natural size), a backward trace and a
# gradient table; lesson 1 adds Vega-Lite plots.
LESSON = "02-computation-graphs.ipynb"
PLOTS_LESSON = "01-chain-rule.ipynb"


@pytest.fixture(scope="module")
def lesson(lab):
    """The lesson, run once with Run All (shared by the checks below; each sets the theme it needs)."""
    yield from run_lesson(lab, LESSON)


def test_every_cell_ran_without_error(lesson):
    assert_every_cell_ran(lesson)


def test_graphs_fit_the_output_width_and_stay_legible(lesson):
    widest = assert_graphs_fit(lesson)
    lesson.js("arguments[0].scrollIntoView({block: 'center'});", widest)
    lesson.screenshot("lesson02-widest-graph-light")


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_gradient_table_text_contrasts_with_its_background(lesson, theme):
    assert_tables_read_in(lesson, theme, "lesson02")


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

"""Notebook 7 (the `notebook` package) in headless Chromium, driven apart from JupyterLab: a lesson
run with Run All, its computation graphs fit the notebook's output width, and its gradient table and
backward trace read in the Light and the Dark theme. Screenshots land in tests/browser/screenshots/."""
import shutil

import pytest

from conftest import NOTEBOOKS
from lab_harness import DARK, LIGHT, LabServer, Notebook7
from lesson_checks import assert_every_cell_ran, assert_graphs_fit, assert_tables_read_in

LESSON = "02-computation-graphs.ipynb"


@pytest.fixture(scope="module")
def lesson(tmp_path_factory, browser):
    root = tmp_path_factory.mktemp("notebook7") / "root"
    root.mkdir()
    shutil.copy(NOTEBOOKS / LESSON, root / LESSON)
    server = LabServer(root, app="notebook")
    app = Notebook7(server, browser)
    try:
        app.open(LESSON)
        app.run_all(timeout=300)
        yield app
    finally:
        app.set_theme(LIGHT)
        app.close()
        server.stop()


def test_every_cell_ran_without_error(lesson):
    name = lesson.js("return window.jupyterapp.name")
    assert "/notebooks/" in lesson.driver.current_url and name == "Jupyter Notebook", (name, lesson.driver.current_url)
    assert_every_cell_ran(lesson)


def test_graphs_fit_the_output_width(lesson):
    widest = assert_graphs_fit(lesson)
    lesson.js("arguments[0].scrollIntoView({block: 'center'});", widest)
    lesson.screenshot("notebook7-lesson02-widest-graph-light")


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_gradient_table_text_contrasts_with_its_background(lesson, theme):
    assert_tables_read_in(lesson, theme, "notebook7-lesson02")

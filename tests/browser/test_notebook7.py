"""Notebook 7 (the `notebook` package) in headless Chromium, driven apart from JupyterLab: lessons 2 and 6
run with Run All, their computation graphs fit the notebook's output width at a legible scale (lesson 6's
tensor graph of a whole network included), and their gradient tables (and lesson 2's backward trace) read
in the Light and the Dark theme. Screenshots land in tests/browser/screenshots/."""
import shutil

import pytest

from conftest import NOTEBOOKS
from lab_harness import DARK, LIGHT, LabServer, Notebook7
from lesson_checks import (assert_every_cell_ran, assert_graphs_fit, assert_tables_read_in, assert_text_contrasts,
                           gradient_tables)

GRAPHS = "02-computation-graphs.ipynb"
MATRIX = "06-matrix-form.ipynb"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("notebook7") / "root"
    root.mkdir()
    for lesson in (GRAPHS, MATRIX):
        shutil.copy(NOTEBOOKS / lesson, root / lesson)
    server = LabServer(root, app="notebook")
    yield server
    server.stop()


def run_in_notebook7(server, browser, lesson):
    app = Notebook7(server, browser)
    app.open(lesson)
    app.run_all(timeout=400)
    return app


@pytest.fixture(scope="module")
def lesson(server, browser):
    app = run_in_notebook7(server, browser, GRAPHS)
    try:
        yield app
    finally:
        app.set_theme(LIGHT)
        app.close()


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


def test_matrix_lesson_graphs_fit_and_its_tables_read(server, browser):
    app = run_in_notebook7(server, browser, MATRIX)
    try:
        assert_every_cell_ran(app)
        assert_graphs_fit(app)
        for theme in (LIGHT, DARK):
            app.set_theme(theme)
            tables = gradient_tables(app)
            assert tables, "the tensor gradient table"
            assert_text_contrasts(app, tables, "th, td", theme)
            name = "light" if theme == LIGHT else "dark"
            app.screenshot_element(tables[0], f"notebook7-lesson06-gradtable-{name}")
            graph = app.js("return [...document.querySelectorAll('.jp-OutputArea-output')].find(o =>"
                           " o.querySelector('svg') && o.textContent.includes('binaryCrossEntropy'));")
            app.js("arguments[0].scrollIntoView({block: 'start'});", graph)
            app.screenshot(f"notebook7-lesson06-tensor-graph-{name}")
    finally:
        app.set_theme(LIGHT)
        app.close()

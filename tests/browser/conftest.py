"""One JupyterLab server and one headless Chromium for every browser test (session fixtures).

The server root is a temporary directory holding copies of the lesson notebooks, so tests never
write into notebooks/. Tests that need their own notebook write it with `lab.write_notebook`.
"""
import shutil
from pathlib import Path

import pytest

from lab_harness import Lab, LabServer, chromium

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("lab") / "root"
    root.mkdir()
    for notebook in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"):
        shutil.copy(notebook, root / notebook.name)
    server = LabServer(root)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def lab(lab_server, browser):
    """The Lab page (Light theme); tests leave it with their notebooks closed."""
    return Lab(lab_server, browser)

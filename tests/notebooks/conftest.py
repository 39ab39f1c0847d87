"""Each lesson notebook executed once in the Swiftgrad kernel (nbclient), shared by the tests that check
its outputs (test_notebooks.py) and compare them with the stored ones (test_stored_notebooks.py)."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
LESSONS = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


@pytest.fixture(scope="session", params=LESSONS)
def executed(request):
    """(name, notebook) with the stored notebook's cells run top to bottom."""
    nb = nbformat.read(NOTEBOOKS / f"{request.param}.ipynb", as_version=4)
    NotebookClient(nb, kernel_name="swiftgrad", timeout=900, allow_errors=True,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return request.param, nb

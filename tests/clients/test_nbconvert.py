"""`jupyter nbconvert --to html --execute` renders every lesson: no error or stderr output, every
computation graph is inlined SVG that scales to the page width, the lesson's checks pass."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("[0-9][0-9]-*.ipynb"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    # One nbconvert for all lessons: one Python start-up, kernels started one after another.
    done = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--execute",
                           "--ExecutePreprocessor.timeout=300", "--output-dir", str(out), *map(str, NOTEBOOKS)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_renders_to_html(rendered, notebook):
    html = (rendered / f"{notebook.stem}.html").read_text()
    assert 'data-mime-type="application/vnd.jupyter.stderr"' not in html, "stderr or error output"
    assert "jp-OutputArea-output" in html, "outputs rendered"
    graphs = [svg for svg in re.findall(r"<svg\b[^>]*>", html) if re.search(r'width="[\d.]+pt"', svg)]
    for svg in graphs:   # Graphviz sizes its drawings in points; each must shrink to the page
        assert "max-width:100%" in svg and "viewbox" in svg.lower(), svg[:200]
    assert re.search(r"✓</b> all \d+ checks? passed", html), "the lesson's summary check"

"""`jupyter nbconvert --to pdf --execute` (xelatex) of lesson 2, as the venv is set up by `make install`:
the check marks, the lesson's symbols, the gradient table and every computation graph (vector drawings
converted from SVG by rsvg-convert) are in the PDF's text. The default LaTeX fonts have no ✓ ∂ ▶ ─ and
xelatex drops such characters silently, so a missing glyph shows up here as missing text. Lesson 6's tall
tensor graph stays inside the page."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

LESSON = Path(__file__).resolve().parents[2] / "notebooks" / "02-computation-graphs.ipynb"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    done = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "pdf", "--execute",
                           "--ExecutePreprocessor.timeout=300", "--output-dir", str(out), str(LESSON)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    path = out / f"{LESSON.stem}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return path, text


def test_check_marks_survive(pdf):
    _, text = pdf
    assert "✓ z = w·x = 2·3: 6.0" in text
    assert "✓ dL/dw = dL/dz · x: 42.0" in text
    assert "✓ ∂f/∂z = q: 3.0" in text, "∂ in a check message"
    assert "✗" not in text, "lesson 2's checks all pass"


def test_gradient_table_is_a_table_with_its_labels(pdf):
    _, text = pdf
    assert "Gradients of L = 49, in backward order" in text
    # A real table (pandoc's longtable from the text/markdown fallback): header cells and a row.
    assert any("node" in line and "computed as" in line and "chain rule" in line for line in text.splitlines())
    assert "dL/dw = dL/dz · dz/dw = 14 · 3 = 42" in text


def test_graphs_are_vector_drawings_with_their_labels(pdf):
    path, text = pdf
    # Graphviz node labels, drawn by the SVG converted to PDF: text in the PDF, not a bitmap.
    assert "data 49.0000" in text, "the forward-pass graph"
    assert "grad 42.0000" in text, "the graph with gradients"
    assert "dz/dw = 3" in text, "an edge-derivative label"
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len(listed.splitlines()) <= 2, f"graphs should be vector drawings, not bitmaps: {listed}"


def test_symbols_of_the_lesson_text_survive(pdf):
    _, text = pdf
    assert "next ▶" in text, "▶ in a Markdown cell"
    assert "──" in text, "box-drawing rules of a text table"


MATRIX = LESSON.with_name("06-matrix-form.ipynb")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def test_tall_graphs_stay_inside_the_page(tmp_path):
    """Lesson 6's tensor graph (9 in wide, 21 in tall) is scaled into the text area: no word of any page
    (graph labels are PDF text) lies on or below the page number. nbconvert's default figure limit, 0.9
    of the paper height, drew its last nodes over the page number. From the stored outputs (no kernel)."""
    done = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "pdf", "--output-dir", str(tmp_path),
                           str(MATRIX)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    boxes = subprocess.run(["pdftotext", "-bbox", str(tmp_path / f"{MATRIX.stem}.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout
    pages = boxes.split("<page ")[1:]
    assert len(pages) > 5
    graph_pages = 0
    for number, page in enumerate(pages, start=1):
        words = [(float(m.group(2)), float(m.group(4)), m.group(5)) for m in WORD.finditer(page)]
        footer = [top for top, _, text in words if text == str(number)]
        assert footer, f"page {number} has no page number"
        below = [text for top, bottom, text in words if bottom > max(footer) and text != str(number)]
        assert not below, f"page {number}: {below} drawn over or under the page number"
        graph_pages += {"binaryCrossEntropy", "14.169"} <= {text for _, _, text in words}   # the graph's X: ‖·‖ 14.169
    assert graph_pages, "the tensor graph's labels are in the PDF"

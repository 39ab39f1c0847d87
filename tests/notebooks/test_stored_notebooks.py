"""The notebooks in notebooks/ are what `notebooks/build.py --execute` makes today: their cells are their
sources' (notebooks/source/*.md) and their stored outputs are what the kernel shows now. GitHub, nbviewer
and `make lessons` render the stored outputs, so a display changed in Sources/Displays (theme colours,
a new text/latex fallback, widget HTML) must be followed by a rebuild; this fails until it is.

Outputs are compared kind by kind (output type, stream name, mime types) and by their text with every
number (and sparkline) masked: timings, speeds and progress widths change between runs, the layout and
words do not. Drawings (SVG, Vega-Lite) are compared by presence only: a timing plot's axes follow its
timings."""
import copy
import importlib.util
import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
SPEC = importlib.util.spec_from_file_location("lesson_build", NOTEBOOKS / "build.py")
build = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(build)

NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")
SPARKLINE = re.compile("[▁▂▃▄▅▆▇█]+")   # numbers drawn as bar heights
TEXT_TYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "text/vnd.graphviz")
WIDGET = "application/vnd.jupyter.widget-view+json"   # its model_id is new on every run


def masked(text):
    return SPARKLINE.sub("▁", NUMBER.sub("#", "".join(text) if isinstance(text, list) else text))


def shape_of(output):
    """What a reader sees of one output, numbers masked."""
    if output.output_type == "stream":
        return ("stream", output.name, masked(output.text))
    if output.output_type == "error":
        return ("error", output.ename, masked(output.evalue))
    data = output.get("data", {})
    texts = tuple((mime, masked(data[mime])) for mime in TEXT_TYPES if mime in data)
    return (output.output_type, tuple(sorted(data)), texts)


def outputs_of(nb):
    nb = copy.deepcopy(nb)
    build.coalesce_streams(nb)   # how a stream is cut into messages depends on timing
    return [[shape_of(o) for o in cell.get("outputs", [])] for cell in nb.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("source", sorted((NOTEBOOKS / "source").glob("*.md")), ids=lambda p: p.stem)
def test_stored_cells_are_the_sources(source):
    stored = nbformat.read(NOTEBOOKS / f"{source.stem}.ipynb", as_version=4)
    built = build.notebook_of(source)
    cells = lambda nb: [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in nb.cells]
    assert cells(stored) == cells(built), f"{source.name} changed: run python notebooks/build.py --execute {source.stem[:2]}"


def test_stored_outputs_are_what_the_kernel_shows_now(executed):
    name, fresh = executed
    stored = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    now, then = outputs_of(fresh), outputs_of(stored)
    assert len(now) == len(then)
    for index, (new, old) in enumerate(zip(now, then)):
        assert new == old, (f"{name}: code cell {index}'s stored outputs differ from a fresh run "
                            f"(run python notebooks/build.py --execute {name[:2]}):\nstored {old}\nnow    {new}")

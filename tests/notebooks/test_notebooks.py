"""Every lesson notebook runs top to bottom in the Swiftgrad kernel, green.

Each notebook is re-executed with nbclient (kernel "swiftgrad", installed into the venv by
`make test`). A notebook fails on any error output, on any failed check (a ✗ line in text/plain),
when it has no passing checks, or when an output kind it teaches with (SVG graphs, HTML tables,
Vega-Lite plots) is missing. A cell tagged "expect-failure" shows a deliberate failure (notebook 9's
wrong backward rule): its ✗ lines are allowed, and required.
"""
import re
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"

SVG = "image/svg+xml"
HTML = "text/html"
VEGA = "application/vnd.vegalite.v5+json"
DOT = "text/vnd.graphviz"

# What each lesson must show besides its checks: computation graphs (SVG drawn from DOT), tables (HTML
# with a <table>: gradient tables, gradcheck reports, predictions) and plots (Vega-Lite with an SVG
# fallback for nbconvert and GitHub).
EXPECTED_KINDS = {
    "01-chain-rule": {"graph", "plot"},
    "02-computation-graphs": {"graph", "table"},
    "03-build-your-own-engine": {"graph", "table"},
    "04-backprop-through-a-layer": {"graph", "table"},
    "05-training-an-mlp": {"graph", "table", "plot"},
    "06-matrix-form": {"graph", "table", "plot"},
    "07-vanishing-and-exploding-gradients": {"table", "plot"},
    "08-forward-vs-reverse-mode": {"plot"},
    "09-gradient-checking": {"table", "plot"},
    "10-beyond-feed-forward": {"graph", "plot"},
}


def kinds_of(data):
    """The output kinds one mime bundle counts as."""
    kinds = set()
    if SVG in data and DOT in data:
        kinds.add("graph")
    if "<table" in data.get(HTML, ""):
        kinds.add("table")
    if VEGA in data and SVG in data:
        kinds.add("plot")
    return kinds


SUMMARY = re.compile(r"^✓ all (\d+) checks? passed$")


def test_every_lesson_is_listed():
    found = {p.stem for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")}
    assert found == set(EXPECTED_KINDS), "notebooks/ and EXPECTED_KINDS disagree"


def plain_text(output):
    if output.output_type == "stream":
        return output.text
    return output.get("data", {}).get("text/plain", "")


def test_no_errors(executed):
    name, nb = executed
    errors = [f"cell {i}: {o.ename}: {o.evalue}" for i, c in enumerate(nb.cells)
              for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, f"{name}: " + "\n".join(errors)


def test_checks_pass(executed):
    name, nb = executed
    passed, failed, deliberate = 0, [], 0
    for i, cell in enumerate(nb.cells):
        expected_failure = "expect-failure" in cell.get("metadata", {}).get("tags", [])
        crosses = 0
        for output in cell.get("outputs", []):
            for line in plain_text(output).splitlines():
                line = line.strip()
                if line.startswith("✗"):
                    crosses += 1
                    if not expected_failure:
                        failed.append(f"cell {i}: {line}")
                elif line.startswith("✓") and output.output_type == "display_data" and not SUMMARY.match(line):
                    passed += 1
        if expected_failure:
            assert crosses > 0, f"{name}: cell {i} is tagged expect-failure but shows no failure"
            deliberate += 1
    assert not failed, f"{name}: failed checks:\n" + "\n".join(failed)
    assert passed > 0, f"{name}: no checks ran"
    last = [plain_text(o).strip() for o in nb.cells[-1].get("outputs", [])]
    summary = [m for m in (SUMMARY.match(t) for t in last) if m]
    assert summary, f"{name}: the last cell must show checkSummary() with every check passed, got {last}"
    assert int(summary[0].group(1)) == passed, f"{name}: summary counts {summary[0].group(1)}, saw {passed} ✓ lines"


def test_expected_outputs(executed):
    name, nb = executed
    shown = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            shown |= kinds_of(output.get("data", {}))
    missing = EXPECTED_KINDS[name] - shown
    assert not missing, f"{name}: shows no {sorted(missing)}"

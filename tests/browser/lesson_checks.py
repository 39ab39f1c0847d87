"""Checks shared by the JupyterLab and the Notebook 7 tests (both render outputs with the same
`.jp-OutputArea` widgets; `app` is a `lab_harness.Lab` or `lab_harness.Notebook7`)."""
from lab_harness import LIGHT, text_contrast

# WCAG AA for body text.
MIN_CONTRAST = 4.5


def outputs_with(app, css):
    """Output elements (one per display) of the current notebook that contain `css`."""
    return app.js("""
        const panel = window.jupyterapp.shell.currentWidget.node;
        return [...panel.querySelectorAll('.jp-OutputArea-output')].filter(o => o.querySelector(arguments[0]));""", css)


def assert_every_cell_ran(app):
    cells = app.code_cells()
    assert cells, "no code cells rendered"
    prompts = [c["prompt"].strip() for c in cells]
    assert all(p[1:-2].isdigit() for p in prompts), f"a cell did not run: {prompts}"
    assert not app.find(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"), "stderr output"


# Graphviz labels are 14 pt (edges 12 pt) at natural size; shrunk below this they are unreadable (lesson
# 6's tensor graph drawn left to right was at 0.29, its labels 4 pt).
MIN_GRAPH_SCALE = 0.55


def assert_graphs_fit(app):
    """Every SVG output (computation graphs; not Vega charts) fits its output area without sideways
    scrolling and is not shrunk below MIN_GRAPH_SCALE of its natural size. Returns the widest."""
    graphs = outputs_with(app, "img[src^='data:image/svg+xml'], svg")
    graphs = [g for g in graphs if app.js("return arguments[0].closest('.jp-OutputArea-child') !== null &&"
                                          " !arguments[0].querySelector('.vega-embed')", g)]
    assert graphs, "no SVG output"
    for index, output in enumerate(graphs):
        fit = app.js("""
            const out = arguments[0];
            const pic = out.querySelector('img') || out.querySelector('svg');
            const r = pic.getBoundingClientRect();
            const natural = pic.naturalWidth || (pic.width && pic.width.baseVal.value) || r.width;
            return {width: r.width, area: out.clientWidth, scroll: out.scrollWidth, natural: natural};""", output)
        assert fit["width"] > 50, f"graph {index} is not drawn: {fit}"
        assert fit["width"] <= fit["area"] + 1, f"graph {index} wider than its output area: {fit}"
        assert fit["scroll"] <= fit["area"] + 1, f"graph {index} scrolls sideways: {fit}"
        assert fit["width"] / fit["natural"] >= MIN_GRAPH_SCALE, f"graph {index} shrunk to illegible: {fit}"
    return max(graphs, key=lambda g: app.js("const p = arguments[0].querySelector('img, svg');"
                                            " return p.naturalWidth || p.width.baseVal.value;", g))


def assert_text_contrasts(app, outputs, selector, theme):
    """Every non-empty element matching `selector` inside `outputs` has WCAG AA contrast with its
    (composited) background."""
    checked = 0
    for output in outputs:
        for element in output.find_elements("css selector", selector):
            if not element.text.strip():
                continue
            ratio = text_contrast(app, element)
            assert ratio >= MIN_CONTRAST, f"{theme}: '{element.text}' has contrast {ratio:.2f} (WCAG AA needs 4.5)"
            checked += 1
    assert checked, f"no text found under {selector}"
    return checked


def assert_tables_read_in(app, theme, shot_prefix):
    """In `theme`, every cell of lesson 2's gradient tables and backward traces contrasts with its
    background; screenshots of the first table and trace."""
    app.set_theme(theme)
    tables = gradient_tables(app)
    traces = backward_traces(app)
    assert tables and traces, "a gradient table and a backward trace"
    assert_text_contrasts(app, tables + traces, "th, td, li div, ol + div", theme)
    name = "light" if theme == LIGHT else "dark"
    app.screenshot_element(tables[0], f"{shot_prefix}-gradtable-{name}")
    app.screenshot_element(traces[0], f"{shot_prefix}-trace-{name}")


def gradient_tables(app):
    return [t for t in outputs_with(app, "table") if "chain rule" in t.text]


def backward_traces(app):
    return [t for t in outputs_with(app, "ol") if "backward:" in t.text]


def run_lesson(app, name, timeout=400):
    """For a module fixture (`yield from`): `name` opened alone in the Light theme and run with Run All
    (Vega draws a chart in the theme it is rendered in); closed, in Light, afterwards."""
    app.close_all()   # another module fixture's notebook is torn down only at its module's end
    app.set_theme(LIGHT)
    app.open(name)
    app.run_all(timeout=timeout)
    yield app
    app.set_theme(LIGHT)
    app.close_all()

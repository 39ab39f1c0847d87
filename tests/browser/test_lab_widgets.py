"""Widgets in JupyterLab (headless Chromium): a Swiftgrad slider renders through JupyterLab's own widget
manager (jupyterlab_widgets), moving it with the keyboard sends comm updates to the kernel, and the
`interact` output below it — a computation graph — is redrawn with the new value. Screenshots in the
Light and the Dark theme land in tests/browser/screenshots/.
"""
from selenium.webdriver.common.keys import Keys

from lab_harness import DARK, LIGHT

NOTEBOOK = "widgets-slider.ipynb"
CELLS = [
    'let w = Slider("w", in: -3...3, value: 2.0, step: 0.5)\n'
    'interact(w) { w in\n'
    '    let weight = Value(w, label: "weight")\n'
    '    let x = Value(3.0, label: "x")   // made afresh on each redraw: backward() adds to grads\n'
    '    let L = weight * x\n'
    '    L.backward()\n'
    '    display(graph(L))\n'
    '}',
]

OUTPUT_TEXT_JS = """
    // Every output's text, with SVG images decoded (Lab shows image/svg+xml as an <img> data URL).
    const panel = window.jupyterapp.shell.currentWidget.node;
    return [...panel.querySelectorAll('.jp-OutputArea-output')].map(o => {
        const img = o.querySelector('img[src^="data:image/svg+xml"]');
        return img ? decodeURIComponent(img.src) : o.textContent;
    }).join('\\n');"""


def test_moving_a_slider_redraws_the_graph(lab):
    lab.write_notebook(NOTEBOOK, CELLS)
    lab.open(NOTEBOOK)
    try:
        lab.run_all(timeout=120)
        lab.wait_for("document.querySelector('.jp-OutputArea-output .widget-slider .noUi-handle') !== null",
                     timeout=60, message="the slider rendered by the widget manager")
        lab.screenshot("widgets-slider-light")
        lab.wait_for(f"(() => {{ {OUTPUT_TEXT_JS} }})().includes('data 6.0000')", timeout=30,
                     message="the first graph, L = 2 × 3")
        handle = lab.find(".jp-OutputArea-output .widget-slider .noUi-handle")[0]
        lab.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", handle)
        handle.send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)   # 2.0 → 3.0 in steps of 0.5
        lab.wait_for("document.querySelector('.widget-slider .widget-readout').textContent.trim() === '3.00'",
                     timeout=15, message="the slider's readout at 3.00")
        lab.wait_for(f"(() => {{ {OUTPUT_TEXT_JS} }})().includes('data 9.0000')", timeout=30,
                     message="the graph redrawn for w = 3 (L = 9)")
        redrawn = lab.js(OUTPUT_TEXT_JS)
        assert "data 6.0000" not in redrawn, "the old graph was replaced, not added to"
        assert redrawn.count("grad 3.0000") == 2, "dL/dweight = x = 3 and dL/dx = weight = 3 in the new graph"
        lab.wait_kernel_idle()
        lab.screenshot("widgets-slider-moved-light")
        lab.set_theme(DARK)
        lab.screenshot("widgets-slider-moved-dark")
    finally:
        lab.set_theme(LIGHT)
        lab.close_all()

"""The newer HTML outputs read in JupyterLab's Light and Dark themes: the gradient quiz (right and wrong
answers), the backward stepper (a widget whose view is HTML), passed and failed checks and gradcheck.
Every text element must have WCAG AA contrast with its composited background; screenshots of each
theme land in tests/browser/screenshots/ (a teacher projects these)."""
import pytest

from lab_harness import DARK, LIGHT
from lesson_checks import assert_text_contrasts, outputs_with

NOTEBOOK = "theme-outputs.ipynb"
CELLS = [
    'let w = Value(2.0, label: "w"), x = Value(3.0, label: "x"), b = Value(1.0, label: "b")\n'
    'let L = (w * x + b) ** 2\n'
    'L.backward()',
    'quiz(L, expected: ["w": 14.0, "b": 14.0, "x": 28.0])',
    'check(L.data, 49.0, "L = 49")\n'
    'check(w.grad, 41.0, "a check that fails on purpose")',
    'stepper(L)',
]


@pytest.fixture(scope="module")
def outputs(lab):
    lab.write_notebook(NOTEBOOK, CELLS)
    lab.open(NOTEBOOK)
    lab.run_all(timeout=120)
    lab.wait_for("[...document.querySelectorAll('.jp-OutputArea-output')].some(o => o.textContent.includes('Position 0 of'))",
                 timeout=60, message="the stepper's view")
    yield lab
    lab.set_theme(LIGHT)
    lab.close_all()


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_quiz_checks_and_stepper_read_in_both_themes(outputs, theme):
    lab = outputs
    lab.set_theme(theme)
    quiz = [o for o in outputs_with(lab, "div") if "the engine says" in o.text]
    assert len(quiz) == 1, "one quiz output"
    assert "✗ dL/dw" in quiz[0].text and "✓ dL/db" in quiz[0].text
    checks = [o for o in outputs_with(lab, "div") if o.text.startswith(("✓ L = 49", "✗ a check"))]
    assert len(checks) == 2, [c.text for c in checks]
    stepper = [o for o in outputs_with(lab, "div") if "Position 0 of" in o.text and "Next:" in o.text]
    assert stepper, "the stepper's HTML view"
    counted = assert_text_contrasts(lab, quiz + checks + stepper[-1:], "div", theme)
    assert counted >= 8
    name = "light" if theme == LIGHT else "dark"
    lab.screenshot_element(quiz[0], f"quiz-{name}")
    lab.screenshot_element(stepper[-1], f"stepper-{name}")
    lab.js("arguments[0].scrollIntoView({block: 'center'});", checks[1])
    lab.screenshot(f"theme-outputs-{name}")

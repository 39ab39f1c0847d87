"""papermill runs a Swiftgrad notebook with parameters: `-p lr 0.05` becomes `let lr = 0.05` (the
translator comes from python/papermill-swiftgrad, installed into the venv by the Makefile)."""
import subprocess
import sys

import nbformat


def parameterised_notebook(path):
    parameters = nbformat.v4.new_code_cell('let lr = 0.1\nlet epochs = 3\nlet name = "default"\nlet layers = [4]',
                                           metadata={"tags": ["parameters"]})
    use = nbformat.v4.new_code_cell('print(lr, epochs, name, layers)')
    nb = nbformat.v4.new_notebook(cells=[parameters, use], metadata={
        "kernelspec": {"name": "swiftgrad", "display_name": "Swiftgrad", "language": "swiftgrad"},
        "language_info": {"name": "swiftgrad"}})
    nbformat.write(nb, path)


def test_papermill_injects_swiftgrad_parameters(tmp_path):
    source, result = tmp_path / "in.ipynb", tmp_path / "out.ipynb"
    parameterised_notebook(source)
    done = subprocess.run([sys.executable, "-m", "papermill", str(source), str(result), "-p", "lr", "0.05",
                           "-p", "name", 'say "hi"', "-y", "layers: [8, 8]\nepochs: 2"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    nb = nbformat.read(result, as_version=4)
    injected = nb.cells[1]
    assert "injected-parameters" in injected.metadata.tags
    assert sorted(injected.source.splitlines()) == sorted([
        "// Parameters", "let lr = 0.05", 'let name = "say \\"hi\\""', "let layers = [8, 8]", "let epochs = 2"])
    printed = "".join(o.get("text", "") for o in nb.cells[2].outputs)
    assert printed == '0.05 2 say "hi" [8, 8]\n', "the injected values replace the defaults"


def test_translator_writes_swiftgrad_literals():
    from papermill_swiftgrad import SwiftgradTranslator as T
    assert T.translate(None) == "nil"
    assert T.translate(True) == "true"
    assert T.translate(3) == "3"
    assert T.translate(2.0) == "2.0" and T.translate(1e-8) == "1e-08"
    assert T.translate(float("nan")) == "Double.nan" and T.translate(float("-inf")) == "-Double.infinity"
    assert T.translate("a\nb") == '"a\\nb"'
    assert T.translate({}) == "[:]" and T.translate({"k": [1, 2.5]}) == '["k": [1, 2.5]]'

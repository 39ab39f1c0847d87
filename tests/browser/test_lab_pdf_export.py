"""JupyterLab's File → Save and Export Notebook As → PDF goes through the server's nbconvert handler with
the server's config: the venv's Jupyter config (written by `make install`) must reach it too, so the
export works (SVG graphs converted by rsvg-convert) and keeps the check marks (DejaVu fonts)."""
import subprocess
import urllib.request

LESSON = "02-computation-graphs.ipynb"


def test_lab_exports_a_lesson_as_pdf(lab_server, tmp_path):
    request = urllib.request.Request(f"{lab_server.url}/nbconvert/pdf/{LESSON}?download=true",
                                     headers={"Authorization": f"token {lab_server.token}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        assert response.headers["Content-Type"].startswith("application/pdf"), response.headers["Content-Type"]
        data = response.read()
    path = tmp_path / "lesson.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "✓ z = w·x = 2·3: 6.0" in text
    assert "Gradients of L = 49, in backward order" in text
    assert "data 49.0000" in text, "the first computation graph, drawn as vector text"
    assert "next ▶" in text

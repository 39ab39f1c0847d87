"""Builds the lesson notebooks from their readable sources.

    notebooks/source/NN-name.md  ->  notebooks/NN-name.ipynb

A source is Markdown; each ```swift fence becomes a code cell and the text between fences a
Markdown cell. A fence written ```swift exercise becomes a code cell tagged "exercise" (the learner's
cell, shipped with a worked solution); ```swift expect-failure marks a cell that shows a deliberate
failure (its ✗ lines are expected). With --execute the notebooks are run top to bottom in the
Swiftgrad kernel (nbclient) and stored with their outputs; the script exits non-zero if a cell
raised an error or a check failed (a ✗ line).

    python notebooks/build.py [--execute] [NN ...]
"""
import argparse
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "source"
KERNEL = "swiftgrad"
FENCE = re.compile(r"^```swift(?:[ \t]+([\w-]+))?[ \t]*\n(.*?)^```[ \t]*$\n?", re.S | re.M)


def cells_of(text):
    """Markdown and code cells of one source, in order."""
    cells, pos = [], 0
    for m in FENCE.finditer(text):
        prose = text[pos:m.start()].strip()
        if prose:
            cells.append(nbformat.v4.new_markdown_cell(prose))
        code = nbformat.v4.new_code_cell(m.group(2).rstrip("\n"))
        if m.group(1):
            code.metadata["tags"] = [m.group(1)]
        cells.append(code)
        pos = m.end()
    rest = text[pos:].strip()
    if rest:
        cells.append(nbformat.v4.new_markdown_cell(rest))
    return cells


def notebook_of(source):
    nb = nbformat.v4.new_notebook()
    nb.cells = cells_of(source.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"   # stable ids keep rebuilt notebooks' diffs to real changes
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Swiftgrad", "language": "swiftgrad"}
    nb.metadata["language_info"] = {"name": "swift", "file_extension": ".swift"}
    return nb


def coalesce_streams(nb):
    """Joins consecutive stdout (or stderr) outputs of a cell: how the kernel's stream is cut into
    messages depends on timing, and the stored notebook should not."""
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            if (out.output_type == "stream" and merged and merged[-1].output_type == "stream"
                    and merged[-1].name == out.name):
                merged[-1].text += out.text
            else:
                merged.append(out)
        if cell.cell_type == "code":
            cell.outputs = merged


def problems(nb):
    """Error outputs and failed checks, as readable lines."""
    found = []
    for i, cell in enumerate(nb.cells):
        shows_failure = "expect-failure" in cell.metadata.get("tags", [])
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                found.append(f"cell {i}: {out.ename}: {out.evalue}")
            text = out.get("data", {}).get("text/plain", "") if "data" in out else out.get("text", "")
            for line in text.splitlines():
                if line.lstrip().startswith("✗") and not shows_failure:
                    found.append(f"cell {i}: {line.strip()}")
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--execute", action="store_true", help="run in the Swiftgrad kernel and store outputs")
    ap.add_argument("only", nargs="*", help="notebook numbers or names to build (default: all)")
    args = ap.parse_args()
    failed = False
    for source in sorted(SOURCES.glob("*.md")):
        if args.only and not any(source.stem.startswith(o) for o in args.only):
            continue
        nb = notebook_of(source)
        target = HERE / f"{source.stem}.ipynb"
        if args.execute:
            NotebookClient(nb, kernel_name=KERNEL, timeout=600, allow_errors=True, record_timing=False,
                           resources={"metadata": {"path": str(HERE)}}).execute()
            coalesce_streams(nb)
            for p in problems(nb):
                print(f"{source.stem}: {p}")
                failed = True
        nbformat.write(nb, target)
        print(f"wrote {target.relative_to(HERE.parent)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

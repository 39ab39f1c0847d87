"""The real Swift compiler as the oracle for the corpus: compiles and runs corpus programs with `swiftc`.

One `swiftc` per program costs ~0.7 s (frontend start and link), too slow for CI's 2 cores on hundreds of
programs. So the programs are compiled together into ONE binary: each program's text becomes the body of
a function `corpus_N()` in a file of its own (its `import` lines hoisted), and `main.swift` calls them
in turn, printing a marker line before each. A program that does not compile as a function body (it
declares an extension, a protocol or an operator, or a global used before its declaration...) is left
out of the batch (swiftc names its file), and so is one whose batched output differs from the expected
text (a local type prints differently, say): those are compiled alone, exactly as written, with
`swiftc -module-name main` — so every expected output is confirmed by the program as written or by a
body that prints the same.

A program whose first line is `// trap: Kind` must stop as Swift stops it at run time (integer overflow,
an index out of range, `nil` unwrapped...): its expected text is what it prints before the trap, and
swiftc's binary must end by a signal (it is run under `stdbuf -oL` so its buffered output is not lost
in the crash). In the batch binary such a program runs in a process of its own. Swiftgrad must print the
same and stop with a `Kind` error (test_corpus.py).

`python3 tests/corpus/swift_oracle.py [NAME...]` (re)writes the `.expected` files from swiftc.
"""
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

CORPUS = pathlib.Path(__file__).resolve().parent / "programs"
MARKER = "\u0001corpus "


def swiftc() -> str:
    """swiftc on PATH, else the project's standard place, /opt/swift."""
    return shutil.which("swiftc") or "/opt/swift/usr/bin/swiftc"


def programs() -> list:
    return sorted(CORPUS.glob("*.swift"))


def trap_kind(path: pathlib.Path):
    """The error kind a `// trap: Kind` program stops with, or None for a program that runs to its end."""
    first = path.read_text().split("\n", 1)[0]
    match = re.fullmatch(r"// trap: (\w+)", first.strip())
    return match.group(1) if match else None


def _split_imports(source: str):
    imports = [line for line in source.splitlines() if line.startswith("import ")]
    body = "\n".join(line for line in source.splitlines() if not line.startswith("import "))
    return imports, body


def run_alone(path: pathlib.Path, workdir: pathlib.Path) -> str:
    """The program compiled alone as `main` and run; its stdout (an exception if it fails)."""
    exe = workdir / f"alone-{path.stem}"
    subprocess.run([swiftc(), "-Onone", "-module-name", "main", "-o", str(exe), str(path)],
                   check=True, capture_output=True, text=True)
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    if trap_kind(path):
        done = subprocess.run(["stdbuf", "-oL", str(exe)], capture_output=True, timeout=60, env=env)
        if done.returncode >= 0:
            raise RuntimeError(f"{path.name} should trap but exited {done.returncode}")
        return done.stdout.decode()
    done = subprocess.run([str(exe)], capture_output=True, timeout=60, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{path.name} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return done.stdout.decode()


def run_batched(paths: list, workdir: pathlib.Path):
    """Compiles the programs as function bodies of one binary; returns ({name: stdout}, [names left out]).

    Each body is a throwing function (top-level code may throw, as a non-exhaustive `catch` there does).
    The binary runs every program that ends normally in one go; given a program's name it runs that one
    alone — how the programs that trap are run, one process each (a trap ends the process)."""
    files = {}
    for i, path in enumerate(paths):
        imports, body = _split_imports(path.read_text())
        text = "\n".join(imports) + f"\nfunc corpus_{i}() throws {{\n{body}\n}}\n"
        file = workdir / f"corpus_{i}.swift"
        file.write_text(text)
        files[file.name] = (i, path)
    # Declarations that Swift allows only at file scope (an operator function in a local type too):
    # such programs go alone at once (each failed round would cost a whole batch compile).
    file_scope = re.compile(r"^(extension|protocol|infix operator|prefix operator|postfix operator|precedencegroup)\b"
                            r"|static (prefix |postfix )?func [^\w\s(]", re.M)
    left_out = {path.stem for path in paths if file_scope.search(path.read_text())}
    while True:
        inside = [name for name, (_, path) in files.items() if path.stem not in left_out]
        main = workdir / "main.swift"
        main.write_text("let only = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : nil\n" + "".join(
            f'if only {"== nil || only" if not trap_kind(files[n][1]) else ""} == "{files[n][1].stem}" '
            f'{{ print("\\u{{1}}corpus {files[n][1].stem}"); try corpus_{files[n][0]}() }}\n' for n in inside))
        exe = workdir / "batch"
        done = subprocess.run([swiftc(), "-Onone", "-module-name", "main", "-o", str(exe), str(main)]
                              + [str(workdir / n) for n in inside], capture_output=True, text=True)
        if done.returncode == 0:
            break
        failing = set(re.findall(r"(corpus_\d+\.swift):\d+:\d+: error", done.stderr))
        if not failing:
            raise RuntimeError("the batch does not compile:\n" + done.stderr[-3000:])
        left_out |= {files[n][1].stem for n in failing}
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    run = subprocess.run([str(exe)], capture_output=True, timeout=300, env=env)
    outputs = {}
    for chunk in run.stdout.decode().split(MARKER)[1:]:
        name, _, text = chunk.partition("\n")
        outputs[name] = text
    # A crash ends the binary: what did not finish is compiled alone.
    if run.returncode != 0 and outputs:
        outputs.pop(list(outputs)[-1])
    for name, (_, path) in files.items():
        if name in inside and trap_kind(path):
            trapped = subprocess.run(["stdbuf", "-oL", str(exe), path.stem], capture_output=True, timeout=60, env=env)
            if trapped.returncode < 0:  # it ended by a signal, as it must
                outputs[path.stem] = trapped.stdout.decode().partition("\n")[2]
    return outputs, sorted(left_out)


def verify(paths: list, expected: dict, jobs: int = 2) -> dict:
    """{name: swiftc's stdout} for every program, batched where the batch prints the expected text,
    else compiled alone (in `jobs` parallel compilers)."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        outputs, _ = run_batched(paths, workdir)
        alone = [p for p in paths if outputs.get(p.stem) != expected.get(p.stem)]
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for path, text in zip(alone, pool.map(lambda p: run_alone(p, workdir), alone)):
                outputs[path.stem] = text
        return {p.stem: outputs[p.stem] for p in paths}


def main(names):
    paths = [p for p in programs() if not names or p.stem in names]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            def one(p):
                try:
                    return p, run_alone(p, workdir), None
                except Exception as e:  # noqa: BLE001 - reported per program
                    return p, None, e
            for path, text, error in pool.map(one, paths):
                if error:
                    print(f"FAIL {path.name}: {getattr(error, 'stderr', '') or error}")
                    continue
                path.with_suffix(".expected").write_text(text)


if __name__ == "__main__":
    main(sys.argv[1:])

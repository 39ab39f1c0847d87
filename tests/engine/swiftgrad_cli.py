"""Runs the real `swiftgrad` executable on scripts (shared by the engine tests)."""
import os
import pathlib
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]


def swiftgrad_binary() -> str:
    """$SWIFTGRAD_BIN, else .build/release/swiftgrad, else .build/debug/swiftgrad (never skips)."""
    if os.environ.get("SWIFTGRAD_BIN"):
        return os.environ["SWIFTGRAD_BIN"]
    for config in ("release", "debug"):
        candidate = REPO / ".build" / config / "swiftgrad"
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError("no swiftgrad binary: build it (swift build --product swiftgrad) or set SWIFTGRAD_BIN")


def run_script(tmp_path, source: str, *options: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Writes `source` to a file and runs `swiftgrad run [options] FILE`; returns the finished process."""
    script = tmp_path / "script.swiftgrad"
    script.write_text(source)
    # Bytes, decoded here: text mode would turn the progress line's \r into \n.
    done = subprocess.run([swiftgrad_binary(), "run", *options, str(script)], capture_output=True, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())

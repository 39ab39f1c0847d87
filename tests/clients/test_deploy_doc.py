"""docs/deploy.md stays true: the built `swiftgrad` links the Swift runtime statically, so its container
recipe copies no Swift library, and the recipe installs the Debian packages of the libraries it links."""
import re
import subprocess
from pathlib import Path

from harness import swiftgrad_binary

DOC = (Path(__file__).resolve().parents[2] / "docs" / "deploy.md").read_text()
# The Debian runtime package named in the recipe for each system library outside the base image.
SYSTEM_LIBRARIES = {"libzmq.so.5": "libzmq5", "libblis.so.4": "libblis4-serial"}


def linked_libraries():
    out = subprocess.run(["ldd", swiftgrad_binary()], capture_output=True, text=True, check=True).stdout
    return {m.group(1): m.group(2) for m in re.finditer(r"^\s*(\S+) => (\S+)", out, re.M)}


def test_binary_needs_no_swift_runtime_libraries_and_the_recipe_copies_none():
    linked = linked_libraries()
    swift = {name for name, path in linked.items() if "/lib/swift/" in path}
    assert not swift, f"a release build links the Swift runtime statically (Package.swift), but it links {sorted(swift)}"
    assert "/usr/lib/swift/linux/" not in DOC, "the recipe still copies Swift runtime libraries"


def test_recipe_installs_the_packages_of_the_system_libraries():
    linked = linked_libraries()
    for library, package in SYSTEM_LIBRARIES.items():
        assert library in linked, f"{library} no longer linked: update the recipe and this test"
        assert package in DOC, f"{package} (for {library}) missing from the recipe"
    assert "graphviz" in DOC, "dot draws the graphs"

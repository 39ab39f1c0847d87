"""Fixtures for the kernel tests (helpers live in ../harness.py)."""
import pytest

from harness import start_kernel, stop_kernel


@pytest.fixture(scope="module")
def kernel():
    """A kernel shared by the tests of one module: (manager, client)."""
    km, kc = start_kernel()
    yield km, kc
    stop_kernel(km, kc)


@pytest.fixture
def fresh_kernel():
    """A kernel of its own for tests that restart, shut down or otherwise disturb it."""
    km, kc = start_kernel()
    yield km, kc
    stop_kernel(km, kc)

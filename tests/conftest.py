"""Puts tests/ on sys.path (pytest inserts a rootless conftest's directory) so every suite imports the one
harness as `harness`."""

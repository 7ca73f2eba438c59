"""Time the app as readers run it: with its modules' bytecode cached.

A reader's second launch loads `__pycache__`; a benchmark run in a shell with
PYTHONDONTWRITEBYTECODE set (or on a tree fresh from `git archive`) would instead compile every
module changed since the last cached copy at every start, about 1 ms per module. Each timing
benchmark compiles the trees it measures first.
"""

from __future__ import annotations

import compileall
from pathlib import Path


def compile_app(tree: Path) -> None:
    """Write the bytecode of `tree`'s viewer package (a no-op where it is up to date)."""
    compileall.compile_dir(str(tree / "viewer"), quiet=1)

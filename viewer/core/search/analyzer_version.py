"""The version of what the search analyzer emits (analysis.py), part of every index's name:
readable without importing Whoosh, so naming an index folder on the window's start path costs
nothing (importing the analyzer there kept the GUI thread ~100 ms from the first paint)."""

from __future__ import annotations

ANALYZER_VERSION = 3  # 3: the analyzer's module moved (issue 10)

"""No import cycle anywhere in viewer/, and docs/architecture.md shows the graph the code has."""

from __future__ import annotations

import re
from pathlib import Path

from tests.import_graph import cycles, mermaid, module_graph

ROOT = Path(__file__).resolve().parents[1]


def test_cycle_finder_finds_a_cycle():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_viewer_has_no_import_cycle():
    found = cycles(module_graph())
    assert not found, "import cycles: " + "; ".join(" <-> ".join(c) for c in found)


def test_architecture_picture_is_current():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)\n```", text, re.S)
    assert block, "docs/architecture.md has a mermaid block"
    assert block.group(1) == mermaid(module_graph()), (
        "the picture is out of date: regenerate it with `python -m tests.import_graph`"
    )

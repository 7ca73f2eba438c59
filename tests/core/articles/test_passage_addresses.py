"""Addresses for location lines: computed once per document, looked up per passage."""

import json
import subprocess
import sys

from tests.conftest import ROOT
from viewer.core.document.markdown_model import parse_document
from viewer.core.document.passage_addresses import (
    address_at,
    addresses_of,
    structure_of,
    with_address,
)
from viewer.core.search.engine import DocumentSearch

LAW = (
    "# 示例法\n\n## 第一章 总 则\n\n第一条 为了规范示例行为，制定本法。\n\n"
    "## 第二章 罚 则\n\n第十五条 违反规定的，处以罚款。\n\n有违法所得的，没收违法所得。\n\n"
    "（一）情节较轻的；\n"
)


def test_structure_is_parsed_once_per_document():
    document = parse_document(LAW)
    assert structure_of(document) is structure_of(document)
    assert structure_of(parse_document(LAW)) is not structure_of(document)


def test_addresses_of_paragraphs_and_items():
    document = parse_document(LAW)
    found = sorted(addresses_of(structure_of(document)).values())
    assert "第二章 › 第十五条第二款" in found
    assert "第二章 › 第十五条第二款第（一）项" in found or "第二章 › 第十五条第三款" in found


def test_location_lines_name_each_level_once():
    joined = with_address("第二章 罚 则", "第二章 › 第十五条第二款")
    assert joined == "第二章 罚 则 › 第十五条第二款"
    assert with_address("概览", "第一条") == "概览 › 第一条"
    assert with_address("学习会 › 背景", "") == "学习会 › 背景"
    assert with_address("第二章 罚 则", "第二章") == "第二章 罚 则"  # the chapter's heading


def test_a_bookmark_place_has_the_address_of_its_passage():
    document = parse_document(LAW)
    pane = next(p for p in document.panes if p.title.startswith("第二章"))
    start = pane.text.index("没收违法所得")
    assert address_at(document, pane.id, start) == "第二章 › 第十五条第二款"
    assert address_at(document, pane.id, -1) == ""


def test_search_hits_carry_the_address(tmp_path):
    search = DocumentSearch(parse_document(LAW), index_root=tmp_path / "index")
    try:
        (hit,) = search.search("没收").hits
        assert hit.address == "第二章 › 第十五条第二款"
        (title,) = search.search("规范示例").hits
        assert title.address == "第一章 › 第一条"
    finally:
        search.close()


def _cli(tmp_path, *args: str) -> dict | list:
    command = [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data"), *args]
    out = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[0] if args[0] == "search" else out.stdout)


def test_cli_json_carries_addresses(tmp_path):
    law = tmp_path / "示例法.md"
    law.write_text(LAW, encoding="utf-8")
    found = _cli(tmp_path, "search", "--json", "--document", str(law), "没收")
    assert found["hits"][0]["address"] == "第二章 › 第十五条第二款"
    found = _cli(tmp_path, "search", "--json", "--library", str(tmp_path), "没收")
    assert found["hits"][0]["address"] == "第二章 › 第十五条第二款"
    _cli(tmp_path, "bookmarks", "add", "--document", str(law), "--quote", "处以罚款")
    (listed,) = _cli(tmp_path, "bookmarks", "list", "--document", str(law), "--json")
    assert listed["address"] == "第二章 › 第十五条"
    (everything,) = _cli(tmp_path, "bookmarks", "list", "--json")
    assert everything["address"] == "第二章 › 第十五条"

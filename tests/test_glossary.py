"""One idea, one Chinese name: the Chinese catalogues and guide follow docs/glossary.md
(a pane was 专题, 主题 and 栏目; search was 搜索 and 检索; issue 15, D6)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*_zh_CN.ts"))
GUIDE = ROOT / "resources" / "guide" / "guide_zh.md"


def glossary() -> dict[str, list[str]]:
    """English term -> the Chinese words to avoid for it, from the glossary's table."""
    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1:-1] for line in text.splitlines() if line.startswith("| ")]
    terms = {}
    for cells in rows[1:]:  # after the header row
        english, _chinese, avoid, _where = (c.strip() for c in cells)
        terms[english] = [w.strip() for w in avoid.split(",") if w.strip()]
    return terms


def messages(path: Path):
    """(English source without accelerators, [Chinese translations]) of each message."""
    for message in ET.parse(path).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        node = message.find("translation")
        forms = [n.text or "" for n in node.iter("numerusform")] or [node.text or ""]
        yield source, forms


def mentions(source: str, term: str) -> bool:
    return re.search(rf"\b{re.escape(term)}(e?s)?\b", source, re.IGNORECASE) is not None


def test_the_glossary_names_the_terms_of_the_issue():
    terms = glossary()
    for term in ("topic", "pane", "theme", "search", "library"):
        assert terms.get(term), term
    assert "主题" in terms["topic"] and "栏目" in terms["pane"] and "检索" in terms["search"]


@pytest.mark.parametrize("path", CATALOGUES, ids=[p.name for p in CATALOGUES])
def test_translations_use_the_glossary_terms(path):
    terms = glossary()
    wrong = [
        f"{source!r} -> {form!r} (avoid {word} for {term})"
        for source, forms in messages(path)
        for term, avoid in terms.items()
        if mentions(source, term)
        for form in forms
        for word in avoid
        if word in form
    ]
    assert not wrong, "\n".join(wrong)


def test_the_chinese_guide_uses_the_glossary_terms():
    text = GUIDE.read_text(encoding="utf-8").replace("主题词", "")
    avoided = {word for words in glossary().values() for word in words}
    assert not [word for word in avoided if word in text]

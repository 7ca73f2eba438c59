"""The bundled briefing parsed at install time: a first launch shows exactly what a parse
would, and only for that file unchanged, with the parser unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from viewer.core.document import prerendered
from viewer.core.document.markdown_model import load_document

BRIEFING = Path(__file__).resolve().parents[3] / "briefing.md"


@pytest.fixture
def bundled(tmp_path) -> tuple[Path, Path]:
    """A copy of the bundled briefing and its install-time render (as setup.py writes it)."""
    source = tmp_path / "copy" / "briefing.md"
    source.parent.mkdir()
    shutil.copyfile(BRIEFING, source)
    resource = tmp_path / "prerendered" / "briefing.json"
    prerendered.write_prerendered(BRIEFING, resource)
    return source, resource


def test_the_render_equals_a_parse_of_the_same_file(bundled):
    source, resource = bundled
    shown = prerendered.prerendered_document(source, resource)
    parsed = load_document(source)
    assert shown is not None and shown.path == source
    assert shown == parsed  # every pane, passage, its HTML and the fingerprint


def test_an_edited_briefing_is_parsed_again(bundled):
    source, resource = bundled
    source.write_text(source.read_text(encoding="utf-8") + "\n新增一段。\n", encoding="utf-8")
    assert prerendered.prerendered_document(source, resource) is None


def test_another_document_or_a_changed_parser_is_not_served(bundled, monkeypatch):
    source, resource = bundled
    other = source.with_name("other.md")
    shutil.copyfile(source, other)
    assert prerendered.prerendered_document(other, resource) is None  # the bundled file only
    monkeypatch.setattr(prerendered, "parser_digest", lambda: "another parser")
    assert prerendered.prerendered_document(source, resource) is None


def test_a_damaged_render_is_ignored(bundled):
    source, resource = bundled
    resource.write_text('{"source": 1', encoding="utf-8")
    assert prerendered.prerendered_document(source, resource) is None
    resource.unlink()
    assert prerendered.prerendered_document(source, resource) is None

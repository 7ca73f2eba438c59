"""briefing.md carries every sentence of the seed article, verbatim and exactly once."""

from __future__ import annotations

import re

from tests.conftest import BRIEFING
from viewer.core.document.markdown_model import load_document

REQUIRED_PANES = ("互联网+金融", "互联网+交通", "深圳市与腾讯签署“互联网+”战略协议")


def _sentences(line: str) -> list[str]:
    """Split after Chinese/ASCII sentence-final punctuation (keeping closing quotes)."""
    parts = re.findall(r".+?(?:[。！？!?]+[”’」』]*|$)", line.strip())
    return [p.strip() for p in parts if p.strip()]


def _briefing_sentences() -> list[str]:
    """Sentences of briefing.md's body, with Markdown heading/quote markers removed."""
    body = BRIEFING.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    sentences = []
    for line in body.splitlines():
        sentences += _sentences(re.sub(r"^(#{1,6}|>)\s*", "", line))
    return sentences


def test_every_seed_sentence_appears_exactly_once(seed_text):
    briefing = _briefing_sentences()
    missing, repeated = [], []
    for line in seed_text.splitlines():
        for sentence in _sentences(line):
            count = briefing.count(sentence)
            if count == 0:
                missing.append(sentence)
            elif count > 1:
                repeated.append(sentence)
    assert not missing, f"{len(missing)} seed sentences missing, e.g. {missing[:3]}"
    assert not repeated, f"sentences repeated: {repeated[:3]}"


def test_every_seed_line_reaches_the_reader_as_rendered_text(seed_text):
    """Not just in the file: each seed line is the text of some passage the app shows."""
    document = load_document(BRIEFING)
    shown = [p.text for p in document.passages()]
    for line in filter(None, (raw.strip() for raw in seed_text.splitlines())):
        assert sum(text == line for text in shown) == 1, line


def test_briefing_has_the_topic_panes_and_metadata():
    document = load_document(BRIEFING)
    titles = [pane.title for pane in document.panes]
    for required in REQUIRED_PANES:
        assert required in titles
    assert "互联网" in document.title
    for key in ("source", "date", "place", "language"):
        assert document.metadata.get(key), key
    assert document.warnings == []


def test_finance_and_transport_panes_hold_their_topics():
    document = load_document(BRIEFING)
    by_title = {pane.title: pane.text for pane in document.panes}
    assert "微信红包" in by_title["互联网+金融"]
    assert "证券" in by_title["互联网+金融"]
    assert "优步" in by_title["互联网+交通"]
    assert "众创空间" in by_title["深圳市与腾讯签署“互联网+”战略协议"]

"""Which pane a document opens on when the reader has not been there before.

A law's text before its first chapter becomes the overview pane (概览): often only the dates
it was adopted and amended. Landing there shows two lines and no title, so an overview of
nothing but dated history lines (and a book's own title) is passed over for the first pane
with real content; it stays in the topic list. An overview with anything else (a notice's
addressees and preamble) is text to read and is shown.
"""

from __future__ import annotations

import re

from viewer.core.document.model import OVERVIEW_TITLE, Document, Pane

_DATED_LINE = re.compile(r"^\s*[（(]?(?:19|20)\d\d\s*年")


def is_thin_overview(pane: Pane) -> bool:
    """A code's book adds its own title to the dates (民法典's `# 物权编`): thin as well."""
    texts = [p for p in pane.passages if not (p.kind == "heading" and p.level == 1)]
    if any(h.level > 1 for h in pane.headings) or not all(_DATED_LINE.match(p.text) for p in texts):
        return False
    return pane.title == OVERVIEW_TITLE


def first_reading_pane(document: Document) -> Pane:
    """The first pane worth reading: the first one, unless it is a thin overview."""
    for pane in document.panes:
        if not is_thin_overview(pane):
            return pane
    return document.panes[0]

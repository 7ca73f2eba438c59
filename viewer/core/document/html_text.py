"""Plain text of rendered HTML, as a QTextBrowser would show it (whitespace collapsed)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "div"}
_SPACE = re.compile(r"[ \t\r\n\f]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._pre = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "pre":
            self._pre += 1
        elif tag == "br":
            self.lines.append("")
        elif tag in ("td", "th") and self.lines[-1]:
            self.lines[-1] += "\t"

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _BLOCK_TAGS and self.lines[-1]:
            self.lines.append("")

    def handle_data(self, data):
        if self._skip:
            return
        if self._pre:
            parts = data.split("\n")
            self.lines[-1] += parts[0]
            self.lines.extend(parts[1:])
            return
        data = _SPACE.sub(" ", data)
        if not self.lines[-1]:
            data = data.lstrip()
        self.lines[-1] += data


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = [line.rstrip() for line in collector.lines]
    return "\n".join(line for line in lines if line).strip()

"""Front matter: a `---` fenced block of `key: value` lines at the top of a Markdown file.

Only flat string values are used (title, source, date, place, language, panes), so a small
strict reader gives clearer errors than a general YAML parser would.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.i18n.catalogue import translate

KNOWN_KEYS = ("title", "source", "date", "place", "language", "author", "panes", "url")


@dataclass
class FrontMatter:
    values: dict[str, str] = field(default_factory=dict)
    body: str = ""
    body_line_offset: int = 0  # lines removed from the top, for error messages
    warning: str | None = None


def split_front_matter(text: str) -> FrontMatter:
    if not text.startswith("---"):
        return FrontMatter(body=text)
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return FrontMatter(body=text)
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return FrontMatter(
            body=text,
            warning=translate(
                "Document", "Front matter has no closing '---' line; it is shown as text."
            ),
        )
    values: dict[str, str] = {}
    problems: list[str] = []
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or key != key.strip():
            problem = translate("Document", "line {number}: {text}")
            problems.append(problem.format(number=number, text=repr(line.strip()[:40])))
            continue
        values[key.strip().lower()] = _unquote(value.strip())
    warning = None
    if problems:
        warning = translate("Document", "Front matter lines not understood (ignored): {lines}")
        warning = warning.format(lines="; ".join(problems[:3]))
    body = "\n".join(lines[end + 1 :])
    return FrontMatter(values=values, body=body, body_line_offset=end + 1, warning=warning)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
